package i18n

// spanishSyncData is the Spanish of Sync's data commands: accounts, transactions, attachments, webhooks.
// The words are Paybook Sync's own: cuenta, transacción, archivo adjunto,
// CFDI, webhook, endpoint.
func spanishSyncData() []entry {
	return concat(syncDataTables(), syncDataAccounts(), syncDataTransactions(), syncDataAttachments(),
		syncDataWebhooks(), syncDataListen())
}

// syncDataSame is the entry of a help text that reads the same in both
// languages (an Example with no comments: commands stay as they are).
func syncDataSame(s string) entry { return tr(s, s) }

// syncDataTables are the table headings (on a terminal only) and the
// progress labels of the lists.
func syncDataTables() []entry {
	return []entry{
		tr("ID", "ID"),
		tr("SITE", "SITIO"),
		tr("NAME", "NOMBRE"),
		tr("NUMBER", "NÚMERO"),
		tr("BALANCE", "SALDO"),
		tr("CURRENCY", "MONEDA"),
		tr("REFRESHED", "ACTUALIZADO"),
		tr("CREDENTIAL", "CREDENCIAL"),
		tr("DATE", "FECHA"),
		tr("DESCRIPTION", "DESCRIPCIÓN"),
		tr("AMOUNT", "MONTO"),
		tr("ACCOUNT", "CUENTA"),
		tr("REFERENCE", "REFERENCIA"),
		tr("ATTACHMENTS", "ADJUNTOS"),
		tr("COUNT", "TOTAL"),
		tr("FILE", "ARCHIVO"),
		tr("TRANSACTION", "TRANSACCIÓN"),
		tr("VALID", "VÁLIDO"),
		tr("KEYWORDS", "PALABRAS CLAVE"),
		tr("TYPE", "TIPO"),
		tr("URL", "URL"),
		tr("EVENTS", "EVENTOS"),
		tr("DELAY", "ESPERA"),
		tr("FAILED", "FALLIDAS"),
		tr("CREATED", "CREADO"),

		tr("accounts", "cuentas"),
		tr("transactions", "transacciones"),
		tr("attachments", "adjuntos"),
	}
}

func syncDataAccounts() []entry {
	return []entry{
		tr("Read the accounts a user's credentials found", "Consulta las cuentas que encontraron las credenciales de un usuario"),
		tr("List a user's accounts with their balances", "Lista las cuentas de un usuario con sus saldos"),
		tr(`List the accounts a user's credentials found, with their balances.

Account numbers are shown masked, as Sync sends them. Balances are exact.`,
			`Lista las cuentas que encontraron las credenciales de un usuario, con sus saldos.

Los números de cuenta se muestran enmascarados, como los envía Sync. Los saldos son exactos.`),
		syncDataSame(`  mxpay sync accounts list --user 5df7e5f40437a90a8d5037a0
  mxpay sync accounts list --credential 5e1d5734e849507b770c5007 -o json
  mxpay sync accounts list --disabled=false --fields id_account,name,balance -o csv`),
		tr("only accounts of this site `ID`", "solo cuentas del sitio con este `ID`"),
		tr("only accounts of this site organization `ID`", "solo cuentas de la organización del sitio con este `ID`"),
		tr("only accounts of this organization type `ID`", "solo cuentas del tipo de organización con este `ID`"),
		tr("only disabled accounts (--disabled=false: only enabled ones)", "solo cuentas deshabilitadas (--disabled=false: solo las habilitadas)"),
		// Page flags, built in listing.go with this noun and order.
		tr("at most `N` accounts (default: the server's page size)", "como máximo `N` cuentas (predeterminado: el tamaño de página del servidor)"),
		tr("skip the first `N` accounts", "omite las primeras `N` cuentas"),
		tr("sort by a member, ascending or `FIELD[,desc]` (e.g. dt_refresh,desc)", "ordena por un campo, ascendente, o `FIELD[,desc]` (p. ej. dt_refresh,desc)"),
	}
}

func syncDataTransactions() []entry {
	return []entry{
		tr("Read and count a user's transactions", "Consulta y cuenta las transacciones de un usuario"),
		tr("List a user's transactions, one page or all of them", "Lista las transacciones de un usuario, una página o todas"),
		tr(`List a user's transactions. Amounts are exact (negative for charges).

With --all every page is read and each row printed as it arrives, so a
million transactions go to a CSV file with flat memory; on a terminal a
progress bar on stderr counts the rows fetched out of the total.`,
			`Lista las transacciones de un usuario. Los montos son exactos (negativos en los cargos).

Con --all se lee cada página y cada fila se imprime en cuanto llega, así que
un millón de transacciones van a un archivo CSV sin que crezca la memoria; en
una terminal, una barra de progreso en stderr cuenta las filas leídas del total.`),
		syncDataSame(`  mxpay sync transactions list --user 5df7e5f40437a90a8d5037a0 --limit 20
  mxpay sync transactions list --account 5703f88223428348328b45db --from 2026-01-01 --to 2026-01-31
  mxpay sync transactions list --all -o csv > transactions.csv
  mxpay sync transactions list --all --has-attachment --order dt_transaction,desc -o jsonl`),
		tr("Count a user's transactions matching the filters", "Cuenta las transacciones de un usuario que cumplen los filtros"),
		syncDataSame(`  mxpay sync transactions count --user 5df7e5f40437a90a8d5037a0
  mxpay sync transactions count --from 2026-01-01 --to 2026-03-31 --has-attachment -o json`),
		tr("only this transaction `ID`", "solo la transacción con este `ID`"),
		tr("only transactions of this site `ID`", "solo transacciones del sitio con este `ID`"),
		tr("only transactions of this site organization `ID`", "solo transacciones de la organización del sitio con este `ID`"),
		tr("only transactions of this organization type `ID`", "solo transacciones del tipo de organización con este `ID`"),
		tr("only transactions with attachments (--has-attachment=false: only without)", "solo transacciones con archivos adjuntos (--has-attachment=false: solo las que no tienen)"),
		tr("only disabled transactions (--disabled=false: only enabled ones)", "solo transacciones deshabilitadas (--disabled=false: solo las habilitadas)"),
		tr("only transactions on or after `DATE` (YYYY-MM-DD or RFC 3339)", "solo transacciones desde `DATE` (AAAA-MM-DD o RFC 3339)"),
		tr("only transactions on or before `DATE` (a date includes the whole day)", "solo transacciones hasta `DATE` (una fecha incluye el día completo)"),
		tr("only transactions synced on or after `DATE`", "solo transacciones sincronizadas desde `DATE`"),
		tr("only transactions synced on or before `DATE`", "solo transacciones sincronizadas hasta `DATE`"),
		tr("at most `N` transactions (default: the server's page size)", "como máximo `N` transacciones (predeterminado: el tamaño de página del servidor)"),
		tr("skip the first `N` transactions", "omite las primeras `N` transacciones"),
		tr("sort by a member, ascending or `FIELD[,desc]` (e.g. dt_transaction,desc)", "ordena por un campo, ascendente, o `FIELD[,desc]` (p. ej. dt_transaction,desc)"),
	}
}

func syncDataAttachments() []entry {
	return []entry{
		tr("List and download the documents attached to transactions (CFDI XML, PDF)", "Lista y descarga los documentos adjuntos a las transacciones (XML del CFDI, PDF)"),
		tr("List a user's attachments", "Lista los archivos adjuntos de un usuario"),
		syncDataSame(`  mxpay sync attachments list --user 5df7e5f40437a90a8d5037a0
  mxpay sync attachments list --keywords emitidas --refreshed-from 2026-01-01 -o csv
  mxpay sync attachments list --all -o jsonl | jq -r .file`),
		tr("Count a user's attachments matching the filters", "Cuenta los archivos adjuntos de un usuario que cumplen los filtros"),
		syncDataSame(`  mxpay sync attachments count --user 5df7e5f40437a90a8d5037a0
  mxpay sync attachments count --keywords recibidas --valid -o json`),
		tr("only attachments of this type `ID`", "solo archivos adjuntos del tipo con este `ID`"),
		tr("only attachments of this transaction `ID`", "solo archivos adjuntos de la transacción con este `ID`"),
		tr("only valid documents (--valid=false: only invalid ones)", "solo documentos válidos (--valid=false: solo los no válidos)"),
		tr("only attachments synced on or after `DATE` (YYYY-MM-DD or RFC 3339)", "solo archivos adjuntos sincronizados desde `DATE` (AAAA-MM-DD o RFC 3339)"),
		tr("only attachments synced on or before `DATE`", "solo archivos adjuntos sincronizados hasta `DATE`"),
		tr("at most `N` attachments (default: the server's page size)", "como máximo `N` archivos adjuntos (predeterminado: el tamaño de página del servidor)"),
		tr("skip the first `N` attachments", "omite los primeros `N` archivos adjuntos"),

		// extra
		tr("Print the data Sync extracted from an attachment", "Muestra la información que Sync extrajo de un archivo adjunto"),
		tr(`Print the data Sync extracted from an attachment: the document as a tree of
elements (n: name, a: attributes, c: children). JSON output is Sync's reply as is;
the table form is the tree, indented.`,
			`Muestra la información que Sync extrajo de un archivo adjunto: el documento como un
árbol de elementos (n: nombre, a: atributos, c: hijos). La salida JSON es la
respuesta de Sync tal cual; la tabla es el árbol, con sangría.`),
		syncDataSame(`  mxpay sync attachments extra 5db073b4caaf236a6a4c2eb5
  mxpay sync attachments extra 5db073b4caaf236a6a4c2eb5 -o json | jq '.extra[0].c[0].a.RFC'`),
		tr("decoding Sync's extracted data: %w", "al leer la información que extrajo Sync: %w"),

		// get
		tr("Download attachments: one by id, or every one matching filters with --all", "Descarga archivos adjuntos: uno por su id, o con --all todos los que cumplen los filtros"),
		tr(`Download the raw file of an attachment (the CFDI XML or PDF as Sync stores it).

The file is named after the attachment's file name, in the current directory,
unless -O names a file, a directory, or - for stdout. Downloads go to a temporary
file that is renamed only when complete, so a failed download leaves nothing
half-written; an existing file is never overwritten without --force.

With --all, every attachment matching the filters is downloaded into --dir,
--concurrency at a time. Files already there are skipped (they are complete, since
only complete downloads are renamed into place), so an interrupted run can simply
be repeated. Failures are listed at the end and make the exit code 1.`,
			`Descarga el archivo original de un adjunto (el XML del CFDI o el PDF, como Sync lo guarda).

El archivo se guarda con el nombre de archivo del adjunto, en el directorio
actual, a menos que -O indique un archivo, un directorio, o - para stdout. Las descargas
van a un archivo temporal que se renombra solo cuando está completo, así que una
descarga fallida no deja nada a medio escribir; un archivo existente nunca se
sobrescribe sin --force.

Con --all se descargan en --dir todos los archivos adjuntos que cumplen los
filtros, --concurrency a la vez. Los archivos que ya están ahí se omiten (están
completos, porque solo las descargas completas se renombran a su lugar), así que
basta con repetir una ejecución interrumpida. Las fallas se listan al final y
hacen que el código de salida sea 1.`),
		syncDataSame(`  mxpay sync attachments get 5db073b4caaf236a6a4c2eb5
  mxpay sync attachments get 5db073b4caaf236a6a4c2eb5 -O factura.xml --force
  mxpay sync attachments get 5db073b4caaf236a6a4c2eb5 -O - | xmllint --format -
  mxpay sync attachments get --all --keywords emitidas --dir cfdi/ --concurrency 16`),
		tr("write to `FILE`, into DIR, or - for stdout (default: the attachment's file name)", "escribe en `FILE`, dentro de DIR, o - para stdout (predeterminado: el nombre de archivo del adjunto)"),
		tr("overwrite an existing file", "sobrescribe un archivo existente"),
		tr("download every attachment matching the filters", "descarga todos los archivos adjuntos que cumplen los filtros"),
		tr("with --all, the `DIR` to download into (created if missing)", "con --all, el directorio `DIR` donde se descarga (se crea si no existe)"),
		tr("with --all, download `N` files at a time", "con --all, descarga `N` archivos a la vez"),
		tr("give an attachment ID, or --all with filters", "indica el ID de un archivo adjunto, o --all con filtros"),
		tr("Saved %s (%d bytes).", "Se guardó %s (%d bytes)."),
		tr("%s already exists", "%s ya existe"),
		tr("pass --force to overwrite it, or -O to choose another name", "usa --force para sobrescribirlo, o -O para elegir otro nombre"),
		tr("the download of attachment %s stopped after %d of %d bytes", "la descarga del archivo adjunto %s se detuvo tras %d de %d bytes"),
		tr("downloading attachment %s: %w", "al descargar el archivo adjunto %s: %w"),
		tr("the download stopped after %d of %d bytes", "la descarga se detuvo tras %d de %d bytes"),
	}
}

func syncDataWebhooks() []entry {
	return []entry{
		tr("Register URLs Sync calls when credentials sync, and receive those calls", "Registra las URL a las que Sync llama cuando se sincronizan las credenciales, y recibe esas llamadas"),

		// list
		tr("List the webhooks of the API key", "Lista los webhooks de la API key"),
		syncDataSame(`  mxpay sync webhooks list
  mxpay sync webhooks list -o json | jq -r '.[].url'`),

		// create
		tr("Register a URL for Sync to call on credential and refresh events (creates or updates)", "Registra una URL a la que Sync llama en los eventos de credenciales y de actualización (la crea o la actualiza)"),
		tr(`Register a URL Sync calls (HTTP POST, JSON) when one of the events happens:
  credential_create  a credential was added
  credential_update  a credential was updated (new password, new sync)
  refresh            a sync finished with new data
Without --event, all three.

Sync's POST /webhooks creates or updates a webhook. The webhooks are listed
first, so when the URL was already registered mxpay says which happened:
Sync updated that webhook (same id, now with these events and delay), or it
created another one beside it, and then Sync calls the URL once for each:
delete the one you do not want with `+"`mxpay sync webhooks delete ID`"+`.

The request is sent once. If its reply is lost (a timeout, a gateway error),
the webhooks are listed before anything is reported.`,
			`Registra una URL a la que Sync llama (HTTP POST, JSON) cuando ocurre uno de los eventos:
  credential_create  se agregó una credencial
  credential_update  se actualizó una credencial (contraseña nueva, sincronización nueva)
  refresh            terminó una sincronización con datos nuevos
Sin --event, los tres.

El POST /webhooks de Sync crea o actualiza un webhook. Primero se listan los
webhooks, así que cuando la URL ya estaba registrada mxpay dice qué pasó: Sync
actualizó ese webhook (el mismo id, ahora con estos eventos y esta espera), o
creó otro junto a él, y entonces Sync llama a la URL una vez por cada uno:
elimina el que no quieras con `+"`mxpay sync webhooks delete ID`"+`.

La solicitud se envía una sola vez. Si su respuesta se pierde (un tiempo de
espera agotado, un error del gateway), se listan los webhooks antes de informar
cualquier resultado.`),
		syncDataSame(`  mxpay sync webhooks create --url https://example.com/sync-webhook
  mxpay sync webhooks create --url https://example.com/hook --event refresh --delay 60
  mxpay sync webhooks create --url "http://127.0.0.1:8091/webhook/$(cat sync-webhook.secret)" --event credential_create,refresh -o json`),
		tr("the `URL` Sync will POST events to", "la `URL` a la que Sync enviará los eventos por POST"),
		tr("`EVENT`s to send: credential_create, credential_update, refresh (repeat or comma-separate; default all)", "eventos `EVENT` que se envían: credential_create, credential_update, refresh (repite la opción o sepáralos con comas; predeterminado: los tres)"),
		tr("wait `SECONDS` before each call", "espera `SECONDS` segundos antes de cada llamada"),
		tr("run `mxpay sync webhooks list` to see whether %s was registered before creating it again", "ejecuta `mxpay sync webhooks list` para ver si %s quedó registrada antes de volver a crearla"),
		tr("--url must be an http or https URL, got %q", "--url debe ser una URL http o https; se recibió %q"),
		tr("unknown event %q: Sync sends %s", "evento desconocido %q: Sync envía %s"),
		tr("--delay must not be negative", "--delay no puede ser negativo"),
		tr("The reply was lost, but the webhook was registered.", "Se perdió la respuesta, pero el webhook quedó registrado."),
		tr("Registered webhook %s for %s. The webhooks could not be listed first (%v), so whether Sync created it or updated one already registered for this URL is not known: `mxpay sync webhooks list` shows them.",
			"Se registró el webhook %s para %s. No se pudieron listar los webhooks antes (%v), así que no se sabe si Sync lo creó o actualizó uno ya registrado para esta URL: `mxpay sync webhooks list` los muestra."),
		tr("Updated webhook %s: %s was already registered, and Sync updated it.", "Se actualizó el webhook %s: %s ya estaba registrada y Sync actualizó ese webhook."),
		tr("Created webhook %s for %s.", "Se creó el webhook %s para %s."),
		tr("%s is also registered as webhook %s, so Sync calls it once for each; remove the one you do not want with `mxpay sync webhooks delete ID`.",
			"%s también está registrada como webhook %s, así que Sync la llama una vez por cada uno; elimina el que no quieras con `mxpay sync webhooks delete ID`."),

		// delete
		tr("Delete a webhook", "Elimina un webhook"),
		syncDataSame(`  mxpay sync webhooks delete 5e17c4746cee651e7b03df34
  mxpay sync webhooks delete 5e17c4746cee651e7b03df34 --yes`),
		tr("Delete webhook %s? Sync will stop calling its URL.", "¿Confirmas que quieres eliminar el webhook %s? Sync dejará de llamar a su URL."),
		tr("Deleted webhook %s.", "Se eliminó el webhook %s."),

		// send
		tr("Send a test webhook call, with Sync's v1 payload, to your endpoint", "Envía a tu endpoint una llamada de webhook de prueba, con el payload v1 de Sync"),
		tr(`Post to your endpoint the call Sync makes when something happens to a
credential, with the v1 payload: event, the credential's, job's, site's and
user's ids, is_executing and the endpoints to fetch. Nothing changes at Sync.

With --credential the ids are the credential's, as Sync lists it for the user
(--user, else the profile's sync.user); without it they are made up, and no
call to Sync is made. Each send is a new job (a new id_job, so a receiver that
deduplicates takes it as a new event) unless --job names one: send the same
--job twice to test a receiver's deduplication.

--set KEY=VALUE changes or adds any member of the payload (a JSON value such as
1 or {"a":1} is sent as such, anything else as a string); --unset KEY leaves
one out.

Against `+"`mxpay sync webhooks listen`"+`, --to is the URL it printed, secret
included.`,
			`Envía por POST a tu endpoint la llamada que hace Sync cuando algo le pasa a una
credencial, con el payload v1: event, los ids de la credencial, del job, del
sitio y del usuario, is_executing y los endpoints por consultar. Nada cambia en Sync.

Con --credential los ids son los de la credencial, como Sync la lista para el
usuario (--user, si no, el sync.user del perfil); sin ella son inventados, y no
se hace ninguna llamada a Sync. Cada envío es un job nuevo (un id_job nuevo, así
que un receptor que descarta duplicados lo toma como un evento nuevo) a menos
que --job indique uno: envía el mismo --job dos veces para probar cómo un
receptor descarta duplicados.

--set KEY=VALUE cambia o agrega cualquier campo del payload (un valor JSON como
1 o {"a":1} se envía tal cual, cualquier otro como cadena); --unset KEY deja
uno fuera.

Con `+"`mxpay sync webhooks listen`"+`, --to es la URL que mostró, con el
secreto incluido.`),
		syncDataSame(`  mxpay sync webhooks send --to "http://127.0.0.1:8091/webhook/$(cat sync-webhook.secret)" --event refresh
  mxpay sync webhooks send --to https://example.com/hook --event credential_create --credential 5e17c432d7288d358a039141
  mxpay sync webhooks send --to https://example.com/hook --event refresh --job 5e17c4325d4f6077171c0254 --set is_executing=1`),
		tr("the endpoint `URL` to post the call to (required)", "la `URL` del endpoint al que se envía la llamada (obligatoria)"),
		tr("`EVENT`: credential_create, credential_update or refresh (required)", "`EVENT`: credential_create, credential_update o refresh (obligatorio)"),
		tr("the `ID` of a credential of the user the event is about", "el `ID` de una credencial del usuario del evento"),
		tr("the user (`ID_USER`) of --credential, or of the made-up event (default: the profile's sync.user)", "el usuario (`ID_USER`) de --credential, o del evento inventado (predeterminado: el sync.user del perfil)"),
		tr("`ID_JOB` of the event (default: a new one each send)", "`ID_JOB` del evento (predeterminado: uno nuevo en cada envío)"),
		tr("set a member of the payload: `KEY=VALUE` (repeatable)", "fija un campo del payload: `KEY=VALUE` (se puede repetir)"),
		tr("leave a member of the payload out: `KEY` (repeatable)", "deja fuera un campo del payload: `KEY` (se puede repetir)"),
		tr("--set: %v", "--set: %v"),
		tr("Sent a %s call to %s://%s: %s", "Se envió una llamada %s a %s://%s: %s"),
		tr("the endpoint answered %s: %s", "el endpoint respondió %s: %s"),
		tr("user %s has no credential %s (see `mxpay sync credentials list`)", "el usuario %s no tiene la credencial %s (consulta `mxpay sync credentials list`)"),
	}
}

func syncDataListen() []entry {
	return []entry{
		tr("Receive Sync webhook calls: log them durably, print them, pass them on", "Recibe las llamadas de webhook de Sync: las registra de forma duradera, las muestra y las reenvía"),
		tr(`Serve the webhook endpoint Sync calls. Sync signs nothing, so the endpoint
has a secret: the URL carries a token (PATH/TOKEN, or PATH?token=TOKEN) and a
call without it is answered 401 and neither logged nor shown. The token is
generated for the run, or read from --secret-file (created with a new token
when the file does not exist, so the registered URL survives restarts). The
URL to register is printed when the listener starts; the token is masked
everywhere else.

Each call's JSON payload is appended to the --log file (JSON Lines) and flushed
to disk before answering 200, so an event Sync considers delivered is never
lost; then it is printed as one JSON line on stdout. An event already in the
log (the same event, id_job and id_credential, also from an earlier run) is
answered 200 and not repeated. A body that is not a JSON object is answered
400, one over --max-body 413, and neither is logged. What is logged and printed
passes the run's redactor, like everything mxpay writes.

--forward-to posts each new payload on to another URL; --exec runs a shell
command with the payload on its stdin. Both run after the answer, one event at
a time, in order. With --fetch, the payload's transactions and attachments
links are read (every page) with the user's session and each row is printed
too, as {"fetched": KIND, "data": ROW}.

It can face the internet: a client must send its headers within
--header-timeout and its body within --body-timeout, idle connections close
after --idle-timeout, and at most --max-connections are served at once. Expose
it with a tunnel or a proxy in front (give its address as --public-url).
Stop with Ctrl-C.`,
			`Atiende el endpoint de webhook al que llama Sync. Sync no firma nada, así que
el endpoint tiene un secreto: la URL lleva un token (PATH/TOKEN, o
PATH?token=TOKEN) y una llamada sin él se responde con 401, sin registrarla ni
mostrarla. El token se genera para la ejecución, o se lee de --secret-file (que
se crea con un token nuevo cuando el archivo no existe, para que la URL
registrada siga sirviendo tras reiniciar). La URL por registrar se muestra al
iniciar el receptor; en todo lo demás el token va enmascarado.

El payload JSON de cada llamada se agrega al archivo --log (JSON Lines) y se
escribe a disco antes de responder 200, así que un evento que Sync da por
entregado nunca se pierde; luego se muestra como una línea JSON en stdout. Un
evento que ya está en el registro (el mismo event, id_job e id_credential,
también de una ejecución anterior) se responde con 200 y no se repite. Un cuerpo
que no es un objeto JSON se responde con 400, uno mayor que --max-body con 413,
y ninguno se registra. Lo que se registra y se muestra pasa por el enmascarador
de la ejecución, como todo lo que escribe mxpay.

--forward-to envía cada payload nuevo por POST a otra URL; --exec ejecuta un
comando de shell con el payload en su stdin. Ambos corren después de la
respuesta, un evento a la vez, en orden. Con --fetch, se leen (todas las
páginas) las ligas de transacciones y archivos adjuntos del payload con la
sesión del usuario y también se muestra cada fila, como
{"fetched": KIND, "data": ROW}.

Puede quedar expuesto a internet: un cliente debe enviar sus encabezados dentro
de --header-timeout y su cuerpo dentro de --body-timeout, las conexiones
inactivas se cierran tras --idle-timeout, y se atienden a lo más
--max-connections a la vez. Exponlo con un túnel o un proxy delante (indica su
dirección con --public-url). Detenlo con Ctrl-C.`),
		syncDataSame(`  mxpay sync webhooks listen --secret-file ~/.config/mxpay/sync-webhook.secret
  mxpay sync webhooks listen --addr 0.0.0.0:8091 --public-url https://hooks.example.mx --log /var/lib/mxpay/sync-events.jsonl
  mxpay sync webhooks listen --fetch | jq -c 'select(.fetched == "transactions") | .data'
  mxpay sync webhooks listen --exec './on-sync-event.sh' --forward-to http://127.0.0.1:9000/events`),
		tr("`HOST:PORT` to listen on", "`HOST:PORT` en el que escucha el receptor"),
		tr("URL `PATH` of the endpoint; the secret follows it", "`PATH` de la URL del endpoint; el secreto va después"),
		tr("JSON Lines `FILE` every event is appended to before it is acknowledged", "archivo JSON Lines `FILE` al que se agrega cada evento antes de confirmarlo"),
		tr("`FILE` holding the secret senders present (created with a new one if missing); default: a new secret for this run", "`FILE` con el secreto que presentan los remitentes (si no existe, se crea con uno nuevo); predeterminado: un secreto nuevo para esta ejecución"),
		tr("`URL` Sync reaches this listener at (a tunnel or proxy), for the URL printed to register", "`URL` en la que Sync llega a este receptor (un túnel o proxy), para la URL por registrar que se muestra"),
		tr("also POST each new payload to `URL`", "también envía por POST cada payload nuevo a `URL`"),
		tr("also run `COMMAND` (with sh -c) for each new event, payload on stdin", "también ejecuta `COMMAND` (con sh -c) por cada evento nuevo, con el payload en stdin"),
		tr("read the new transactions and attachments each event links to, and print them", "lee las transacciones y los archivos adjuntos nuevos a los que liga cada evento, y los muestra"),

		tr("--path must start with /", "--path debe empezar con /"),
		tr("opening the event log: %w", "al abrir el registro de eventos: %w"),
		tr("listening on %s: %w", "al escuchar en %s: %w"),
		tr("Dropped the incomplete last line of %s (%d bytes): an event being written when the listener stopped, never acknowledged, so Sync sends it again.",
			"Se descartó la última línea incompleta de %s (%d bytes): un evento que se escribía cuando el receptor se detuvo, nunca confirmado, así que Sync lo envía de nuevo."),
		pluralOf("Stopped; %d new event(s) logged%s.", "Detenido; %d evento nuevo registrado%s.", "Detenido; %d eventos nuevos registrados%s."),
		pluralOf(", %d call(s) without the secret refused", ", %d llamada sin el secreto rechazada", ", %d llamadas sin el secreto rechazadas"),
		tr("could not log an event, answered 500: %v", "no se pudo registrar un evento; se respondió 500: %v"),
		tr("Duplicate %s event (job %s, credential %s): acknowledged, not repeated.", "Evento %s duplicado (job %s, credencial %s): confirmado, no se repite."),
		tr("forwarding to %s: %v", "al reenviar a %s: %v"),
		tr("--exec: %v", "--exec: %v"),
		tr("--fetch: %v", "--fetch: %v"),
		tr("answered %s", "respondió %s"),
		tr("the event names no id_user", "el evento no indica id_user"),

		tr("Listening on %s%s, logging to %s (%s). Press Ctrl-C to stop.", "Escuchando en %s%s; los eventos se registran en %s (%s). Presiona Ctrl-C para detener."),
		pluralOf("%d event(s) already in it", "ya tiene %d evento", "ya tiene %d eventos"),
		tr("Calls must carry this run's secret. Register the endpoint with:", "Las llamadas deben llevar el secreto de esta ejecución. Registra el endpoint con:"),
		tr("Wrote a new secret to %s. Register the endpoint with:", "Se escribió un secreto nuevo en %s. Registra el endpoint con:"),
		tr("Calls must carry the secret in %s, as registered with:", "Las llamadas deben llevar el secreto que está en %s, como se registró con:"),
		tr("(Sync must reach it at that address: give the public one with --public-url.)", "(Sync debe poder llegar a esa dirección: indica la pública con --public-url.)"),
		tr("--secret-file: %v", "--secret-file: %v"),
		tr("--secret-file %s must hold one token of at least %d letters, digits, - or _ (delete it to have a new one generated)",
			"--secret-file %s debe contener un solo token de al menos %d letras, dígitos, - o _ (bórralo para que se genere uno nuevo)"),
	}
}
