package i18n

// spanishSetup is the Spanish of the setup commands: config, auth, api, version, the help topics and the emulator command.
func spanishSetup() []entry {
	return concat(setupHelpTexts(), setupTopics(), setupMessages())
}

// setupHelpTexts are the commands' Short, Long, Example and flag usages.
func setupHelpTexts() []entry {
	return []entry{
		// mxpay api
		tr("Make a raw authenticated request to facti, pagofacil or sync",
			"Envía una solicitud autenticada directa a facti, pagofacil o sync"),
		tr(`Sends one request to PATH under the provider's base URL for the active profile and
environment, with the provider's authentication applied its own way:

  facti      client_id and api_key as form fields (query parameters for GET)
  pagofacil  data[idSucursal] and data[idUsuario] as form fields
  sync       Authorization: API_KEY api_key=…, or a session token with --user

-f key=value adds a string field; -F key=value adds a typed one (numbers, true, false,
null, or @file / @- for a file's or standard input's contents). For GET the fields go in
the query string; otherwise in the body: a form for facti and pagofacil, JSON for sync.
--input sends a body as is (a multipart one with -H 'Content-Type: multipart/form-data;
boundary=…'). The response body is printed (pretty on a terminal).

Calls that create a payment request or move money (Facti new_request, delete and
POST /v1/payments/ID; PagoFácil method=transaccion, in any encoding) are confirmed like
the commands that do the same: in production a PRODUCTION notice and a summary, and
--yes without a terminal. They are sent once, never repeated; if the answer is lost or
ambiguous (a timeout, a 3xx, a 5xx, a garbled reply), the exit code is 6: check before
sending again.

Card data (data[numeroTarjeta], data[cvt], data[mesExpiracion], data[anyoExpiracion]) is
never taken from -f/-F or the path: put it in --input, or leave it out to be prompted
for it without echo.

--paginate follows Sync lists (skip/limit) and Facti company_payments (since_id) to the end,
printing each page. Exit codes are those of every command: 3 for rejected credentials,
4 for an unreachable provider, 1 for any other non-2xx answer.`,
			`Envía una solicitud a PATH bajo la URL base del proveedor para el perfil y el entorno
activos, con la autenticación de cada proveedor aplicada a su manera:

  facti      client_id y api_key como campos de formulario (parámetros de consulta en GET)
  pagofacil  data[idSucursal] y data[idUsuario] como campos de formulario
  sync       Authorization: API_KEY api_key=…, o un token de sesión con --user

-f key=value agrega un campo de texto; -F key=value agrega uno con tipo (números, true,
false, null, o @file / @- para el contenido de un archivo o de la entrada estándar). En
GET los campos van en la cadena de consulta; si no, en el cuerpo: un formulario para facti
y pagofacil, JSON para sync. --input envía un cuerpo tal cual (uno multipart con
-H 'Content-Type: multipart/form-data; boundary=…'). Se imprime el cuerpo de la
respuesta (con formato en una terminal).

Las llamadas que crean una solicitud de pago o mueven dinero (new_request, delete y
POST /v1/payments/ID de Facti; method=transaccion de PagoFácil, en cualquier codificación)
se confirman como los comandos que hacen lo mismo: en producción, con el aviso de
producción y un resumen, y con --yes sin terminal. Se envían una sola vez, nunca se
repiten; si la respuesta se pierde o es ambigua (un timeout, un 3xx, un 5xx, una
respuesta ilegible), el código de salida es 6: verifica antes de volver a enviar.

Los datos de tarjeta (data[numeroTarjeta], data[cvt], data[mesExpiracion],
data[anyoExpiracion]) nunca se toman de -f/-F ni de la ruta: ponlos en --input, u
omítelos para que se te pidan sin mostrarse en pantalla.

--paginate sigue las listas de Sync (skip/limit) y company_payments de Facti (since_id)
hasta el final e imprime cada página. Los códigos de salida son los de todos los
comandos: 3 si se rechazan las credenciales, 4 si el proveedor no responde, 1 para
cualquier otra respuesta que no sea 2xx.`),
		tr(`  $ mxpay api sync GET /users
  $ mxpay api sync GET /transactions --user 5f1a... -f id_account=5f2b... --paginate --jq '.response[].amount'
  $ mxpay api facti POST /v1/payments/company_payments -F company_id=5 -F limit=200 --paginate
  $ mxpay api facti POST /v1/payments/company_payment_ways -f rfc=ACM010101ABC
  $ mxpay api pagofacil POST /Wsrtransaccion/index/format/json -f method=verificar -f 'data[idPedido]=ORD-1'
  $ mxpay api pagofacil POST /Wsrtransaccion/index/format/json --input charge.form --yes`,
			`  $ mxpay api sync GET /users
  $ mxpay api sync GET /transactions --user 5f1a... -f id_account=5f2b... --paginate --jq '.response[].amount'
  $ mxpay api facti POST /v1/payments/company_payments -F company_id=5 -F limit=200 --paginate
  $ mxpay api facti POST /v1/payments/company_payment_ways -f rfc=ACM010101ABC
  $ mxpay api pagofacil POST /Wsrtransaccion/index/format/json -f method=verificar -f 'data[idPedido]=ORD-1'
  $ mxpay api pagofacil POST /Wsrtransaccion/index/format/json --input charge.form --yes`),
		tr("add a typed field `key=value` (numbers, booleans, null, @file)",
			"agrega un campo con tipo `key=value` (números, booleanos, null, @file)"),
		tr("add a request header `'Name: value'`",
			"agrega un encabezado a la solicitud `'Name: value'`"),
		tr("print the status line and response headers before the body",
			"imprime la línea de estado y los encabezados de la respuesta antes del cuerpo"),
		tr("send the body from `FILE` as is (- for standard input)",
			"envía tal cual el cuerpo leído de `FILE` (- para la entrada estándar)"),
		tr("follow Sync skip/limit and Facti since_id pages to the end",
			"sigue las páginas skip/limit de Sync y since_id de Facti hasta el final"),
		tr("add a string field `key=value`",
			"agrega un campo de texto `key=value`"),
		tr("Sync: authenticate with a session token for this user `ID`",
			"Sync: autentica con un token de sesión del usuario `ID`"),

		// mxpay auth
		tr("Store, show and remove provider credentials",
			"Guarda, muestra y elimina las credenciales de los proveedores"),
		tr(`Credentials are kept per provider and profile. They are looked up in this order:
environment variables (MXPAY_FACTI_CLIENT_ID, MXPAY_FACTI_API_KEY, MXPAY_FACTI_IPN_PASSWORD,
MXPAY_PAGOFACIL_SUCURSAL, MXPAY_PAGOFACIL_USUARIO, MXPAY_SYNC_API_KEY), the OS keyring,
then a fallback file with mode 0600 beside the config file.

They are never accepted as flags: flags end up in shell history and in ps.`,
			`Las credenciales se guardan por proveedor y por perfil. Se buscan en este orden:
variables de entorno (MXPAY_FACTI_CLIENT_ID, MXPAY_FACTI_API_KEY, MXPAY_FACTI_IPN_PASSWORD,
MXPAY_PAGOFACIL_SUCURSAL, MXPAY_PAGOFACIL_USUARIO, MXPAY_SYNC_API_KEY), el llavero del
sistema (keyring) y, al final, un archivo de respaldo con permisos 0600 junto al archivo
de configuración.

Nunca se aceptan como opciones: las opciones quedan en el historial del shell y en ps.`),
		tr("Store a provider's credentials for the active profile",
			"Guarda las credenciales de un proveedor para el perfil activo"),
		tr(`Prompts for each secret of the provider (typed into password prompts), checks them
against the provider, and stores them in the OS keyring.

For scripts, --with-token reads the secrets from standard input, one key=value per line:
  facti:      client_id, api_key, ipn_password (optional)
  pagofacil:  sucursal (idSucursal), usuario (idUsuario)
  sync:       api_key`,
			`Pide cada secreto del proveedor (se escriben sin mostrarse en pantalla), los verifica
con el proveedor y los guarda en el llavero del sistema.

Para scripts, --with-token lee los secretos de la entrada estándar, un key=value por línea:
  facti:      client_id, api_key, ipn_password (opcional)
  pagofacil:  sucursal (idSucursal), usuario (idUsuario)
  sync:       api_key`),
		tr(`  $ mxpay auth login facti
  $ printf 'client_id=%s\napi_key=%s\n' "$ID" "$KEY" | mxpay auth login facti --with-token
  $ mxpay auth login sync --profile live --insecure-storage < sync-secrets.txt --with-token`,
			`  $ mxpay auth login facti
  $ printf 'client_id=%s\napi_key=%s\n' "$ID" "$KEY" | mxpay auth login facti --with-token
  $ mxpay auth login sync --profile live --insecure-storage < sync-secrets.txt --with-token`),
		tr("store in the 0600 file instead of the OS keyring",
			"guarda en el archivo 0600 en lugar del llavero del sistema"),
		tr("read secrets from standard input as key=value lines",
			"lee los secretos de la entrada estándar como líneas key=value"),
		tr("Remove stored credentials of the active profile",
			"Elimina las credenciales guardadas del perfil activo"),
		tr(`Removes a provider's secrets (or every provider's, after confirmation) from the OS
keyring and the fallback file. Environment variables cannot be removed by mxpay; you are
told when one is still set.`,
			`Elimina los secretos de un proveedor (o los de todos, tras confirmarlo) del llavero del
sistema y del archivo de respaldo. mxpay no puede eliminar variables de entorno: te avisa
cuando alguna sigue definida.`),
		tr(`  $ mxpay auth logout facti
  $ mxpay auth logout --yes --profile old`,
			`  $ mxpay auth logout facti
  $ mxpay auth logout --yes --profile old`),
		tr("Show where each secret of the active profile is found, masked",
			"Muestra dónde se encuentra cada secreto del perfil activo, enmascarado"),
		tr(`Shows, per provider, where each secret is found (env, keyring, file) and a masked
form of it (at most the first 4 and last 2 characters).

Exits 0 when the provider asked for (or, without one, at least one provider) has every
required secret; exits 3 otherwise.`,
			`Muestra, por proveedor, dónde se encuentra cada secreto (entorno, llavero, archivo) y
una forma enmascarada de él (a lo más los primeros 4 y los últimos 2 caracteres).

Sale con 0 cuando el proveedor pedido (o, sin uno, al menos un proveedor) tiene todos
los secretos requeridos; si no, sale con 3.`),
		tr(`  $ mxpay auth status
  $ mxpay auth status facti -o json`,
			`  $ mxpay auth status
  $ mxpay auth status facti -o json`),

		// mxpay config
		tr("Read and change settings of a profile",
			"Consulta y cambia los ajustes de un perfil"),
		tr(`Settings live in a YAML file (mode 0600) under profiles; pick one with --profile.
Secrets are not settings: use `+"`"+`mxpay auth login`+"`"+` for them.

Valid keys: env, output, timeout, verify_window, lang, facti.base_url, facti.company_id, facti.from_rfc, pagofacil.base_url, sync.base_url, sync.user, ledger`,
			`Los ajustes viven en un archivo YAML (permisos 0600), agrupados en perfiles; elige uno
con --profile. Los secretos no son ajustes: para ellos usa `+"`"+`mxpay auth login`+"`"+`.

Claves válidas: env, output, timeout, verify_window, lang, facti.base_url, facti.company_id, facti.from_rfc, pagofacil.base_url, sync.base_url, sync.user, ledger`),
		tr("Print the effective value of a setting",
			"Imprime el valor vigente de un ajuste"),
		tr("Print the value in effect for the active profile: flag, then environment variable, then profile, then default.",
			"Imprime el valor vigente para el perfil activo: la opción, luego la variable de entorno, luego el perfil y, al final, el predeterminado."),
		tr(`  $ mxpay config get env
  $ mxpay config get facti.from_rfc --profile live`,
			`  $ mxpay config get env
  $ mxpay config get facti.from_rfc --profile live`),
		tr("Show every setting in effect and where it comes from",
			"Muestra cada ajuste vigente y de dónde viene"),
		tr(`  $ mxpay config list
  $ mxpay config list -o json | jq -r '.[] | select(.source=="env") | .key'`,
			`  $ mxpay config list
  $ mxpay config list -o json | jq -r '.[] | select(.source=="env") | .key'`),
		tr("List the profiles in the config file",
			"Lista los perfiles del archivo de configuración"),
		tr("  $ mxpay config profiles",
			"  $ mxpay config profiles"),
		tr("Store a setting in the active profile",
			"Guarda un ajuste en el perfil activo"),
		tr(`  $ mxpay config set env production --profile live
  $ mxpay config set facti.from_rfc ACM010101ABC`,
			`  $ mxpay config set env production --profile live
  $ mxpay config set facti.from_rfc ACM010101ABC`),
		tr("Remove a setting from the active profile",
			"Quita un ajuste del perfil activo"),
		tr("  $ mxpay config unset sync.user",
			"  $ mxpay config unset sync.user"),

		// mxpay emulator
		tr("Run or reset the embedded emulator of the three APIs",
			"Ejecuta el emulador integrado de las tres API o borra su estado"),
		tr(`The emulator implements Facti, PagoFácil and Paybook Sync faithfully enough to
try every command without credentials or network. With --env emulator mxpay uses it
in-process; `+"`"+`mxpay emulator serve`+"`"+` exposes it over HTTP for other programs.

State lives in a bbolt file (MXPAY_EMULATOR_DB, default <user data dir>/mxpay/emulator.db).
Faults can be injected for testing with MXPAY_EMULATOR_FAULTS.`,
			`El emulador implementa Facti, PagoFácil y Paybook Sync con la fidelidad suficiente para
probar cada comando sin credenciales ni red. Con --env emulator, mxpay lo usa dentro del
mismo proceso; `+"`"+`mxpay emulator serve`+"`"+` lo expone por HTTP para otros programas.

El estado vive en un archivo bbolt (MXPAY_EMULATOR_DB; predeterminado:
<user data dir>/mxpay/emulator.db). Para pruebas se pueden inyectar fallas con
MXPAY_EMULATOR_FAULTS.`),
		tr("Play a customer paying (emulator only)",
			"Simula a un cliente que paga (solo en el emulador)"),
		tr("A customer pays Facti payment requests, by STP transfer or at the bank",
			"Un cliente paga solicitudes de pago de Facti, por transferencia STP o en el banco"),
		tr(`Plays the customer of a Facti payment request paying it, in the emulator only.

--via stp: the customer transfers to the request's STP CLABE; Facti conciliates
STP transfers itself, so the request becomes paid (confirmed_from stp) and
Facti's IPN is delivered, as `+"`"+`mxpay facti ipn listen`+"`"+` shows.

--via bank: the customer deposits at the bank with the request's bank
reference. Facti does not see it: the deposit appears in the company's bank
account in the Sync emulator (the --user's first checking account, or
--account), with the reference in its description, and only
`+"`"+`mxpay reconcile --mark-paid`+"`"+` turns it into a paid request.

It works under --env emulator, and against `+"`"+`mxpay emulator serve`+"`"+` through the
base URL settings.`,
			`Simula que el cliente de una solicitud de pago de Facti la paga, solo en el emulador.

--via stp: el cliente transfiere a la CLABE STP de la solicitud; Facti concilia por sí
mismo las transferencias STP, así que la solicitud queda pagada (confirmed_from stp) y
se entrega el IPN de Facti, como muestra `+"`"+`mxpay facti ipn listen`+"`"+`.

--via bank: el cliente deposita en ventanilla con la referencia bancaria de la
solicitud. Facti no lo ve: el depósito aparece en la cuenta bancaria de la empresa en
el emulador de Sync (la primera cuenta de cheques del usuario de --user, o --account),
con la referencia en su descripción, y solo `+"`"+`mxpay reconcile --mark-paid`+"`"+`
la convierte en una solicitud pagada.

Funciona con --env emulator, y contra `+"`"+`mxpay emulator serve`+"`"+` mediante los
ajustes de URL base.`),
		tr(`  $ mxpay --env emulator emulator pay facti 12 --via stp
  $ mxpay --env emulator emulator pay facti 12 13 --via bank --user 5df859c4a7a6442757726ef4
  $ mxpay --env emulator reconcile --mark-paid --yes`,
			`  $ mxpay --env emulator emulator pay facti 12 --via stp
  $ mxpay --env emulator emulator pay facti 12 13 --via bank --user 5df859c4a7a6442757726ef4
  $ mxpay --env emulator reconcile --mark-paid --yes`),
		tr("with --via bank: the account `ID` (default: the user's first checking account)",
			"con --via bank: la cuenta `ID` (predeterminada: la primera cuenta de cheques del usuario)"),
		tr("with --via bank: the Sync user whose bank account receives the deposit (default: the profile's sync.user)",
			"con --via bank: el usuario de Sync cuya cuenta bancaria recibe el depósito (predeterminado: sync.user del perfil)"),
		tr("how the customer pays: stp (a transfer Facti conciliates) or bank (a deposit that reconcile finds) (required)",
			"cómo paga el cliente: stp (una transferencia que Facti concilia) o bank (un depósito que reconcile encuentra) (obligatoria)"),
		tr("Clear the emulator's state",
			"Borra el estado del emulador"),
		tr(`Clear the emulator's state: every payment, charge, user, credential and
webhook. The ledger of what was sent to the emulator (beside its state file,
unless the ledger setting chose another) is cleared with it: it records
requests that no longer exist.`,
			`Borra el estado del emulador: cada pago, cargo, usuario, credencial y webhook. La
bitácora de lo que se envió al emulador (junto a su archivo de estado, salvo que el
ajuste ledger elija otra) se borra con él: registra solicitudes que ya no existen.`),
		tr("  $ mxpay emulator reset",
			"  $ mxpay emulator reset"),
		tr("Fill the emulator with large data sets, for benchmarks",
			"Llena el emulador con grandes volúmenes de datos, para pruebas de rendimiento"),
		tr("Add N payment requests of the demo company to the emulator's state",
			"Agrega N solicitudes de pago de la empresa demo al estado del emulador"),
		tr(`Writes N payment requests of the demo company (serie SEED, every third one paid)
straight into the emulator's state file, in large batches. The state file must not be
in use: stop `+"`"+`mxpay emulator serve`+"`"+` first, seed, then serve again.`,
			`Escribe N solicitudes de pago de la empresa demo (serie SEED, una de cada tres pagada)
directamente en el archivo de estado del emulador, en lotes grandes. El archivo de estado
no debe estar en uso: primero detén `+"`"+`mxpay emulator serve`+"`"+`, carga los datos y
vuelve a iniciarlo.`),
		tr("  mxpay emulator seed facti --payments 100000",
			"  mxpay emulator seed facti --payments 100000"),
		tr("how many payment requests to write (`N`)",
			"cuántas solicitudes de pago escribir (`N`)"),
		tr("Add a Sync account with N transactions to the emulator's state",
			"Agrega una cuenta de Sync con N transacciones al estado del emulador"),
		tr(`Writes one account with N transactions (for --user, or for a new user named
"Seed") straight into the emulator's state file, in large batches. The state file
must not be in use: stop `+"`"+`mxpay emulator serve`+"`"+` first, seed, then serve again.`,
			`Escribe una cuenta con N transacciones (del usuario de --user, o de uno nuevo llamado
"Seed") directamente en el archivo de estado del emulador, en lotes grandes. El archivo
de estado no debe estar en uso: primero detén `+"`"+`mxpay emulator serve`+"`"+`, carga los
datos y vuelve a iniciarlo.`),
		tr(`  mxpay emulator seed sync --transactions 1000000
  mxpay emulator seed sync --transactions 2000 --attachments
  mxpay emulator seed sync --transactions 5000 --user 5df7e5f40437a90a8d5037a0 -o json`,
			`  mxpay emulator seed sync --transactions 1000000
  mxpay emulator seed sync --transactions 2000 --attachments
  mxpay emulator seed sync --transactions 5000 --user 5df7e5f40437a90a8d5037a0 -o json`),
		tr("attach a CFDI XML to every transaction",
			"adjunta un XML de CFDI a cada transacción"),
		tr("how many transactions to write (`N`)",
			"cuántas transacciones escribir (`N`)"),
		tr("the Sync user `ID` to seed (default: a new user)",
			"el usuario `ID` de Sync al que se le cargan los datos (predeterminado: un usuario nuevo)"),
		tr("Serve the emulated APIs over HTTP until interrupted",
			"Sirve las API emuladas por HTTP hasta que lo interrumpas"),
		tr(`Serves /facti, /pagofacil and /sync on ADDR and prints their base URLs and the
demo credentials the emulator accepts. Stop it with Ctrl-C.

While it runs it holds the emulator state file; point other mxpay commands at it with
the base URL settings (e.g. MXPAY_FACTI_BASE_URL) instead of --env emulator.`,
			`Sirve /facti, /pagofacil y /sync en ADDR e imprime sus URL base y las credenciales demo
que acepta el emulador. Detenlo con Ctrl-C.

Mientras corre, tiene tomado el archivo de estado del emulador; apunta otros comandos de
mxpay a él con los ajustes de URL base (p. ej. MXPAY_FACTI_BASE_URL) en lugar de
--env emulator.`),
		tr(`  $ mxpay emulator serve --addr 127.0.0.1:8089
  $ MXPAY_EMULATOR_DB=/tmp/emu.db mxpay emulator serve --addr 127.0.0.1:0`,
			`  $ mxpay emulator serve --addr 127.0.0.1:8089
  $ MXPAY_EMULATOR_DB=/tmp/emu.db mxpay emulator serve --addr 127.0.0.1:0`),
		tr("address to listen on",
			"dirección en la que escucha"),

		// mxpay help TOPIC (cobra's help command is the core's)
		tr("Every environment variable mxpay reads",
			"Todas las variables de entorno que lee mxpay"),
		tr("What each exit code of mxpay means",
			"Qué significa cada código de salida de mxpay"),
		tr("Output formats, --jq, --template, --fields, --totals and the pager, with examples",
			"Formatos de salida, --jq, --template, --fields, --totals y el paginador, con ejemplos"),

		// mxpay version
		tr("Show the mxpay version, commit and build date",
			"Muestra la versión de mxpay, el commit y la fecha de compilación"),
		tr(`Show the mxpay version, commit and build date (also: mxpay --version).

With -o json (or jsonl, csv, --jq, --template) it prints the version, commit,
date and Go version as fields, for scripts and bug reports.`,
			`Muestra la versión de mxpay, el commit y la fecha de compilación (también: mxpay --version).

Con -o json (o jsonl, csv, --jq, --template) imprime la versión, el commit, la fecha y
la versión de Go como campos, para scripts y reportes de errores.`),
		tr(`  $ mxpay version
  mxpay 1.2.0 (commit 3f2a9c1, built 2026-11-20T18:04:00Z)
  $ mxpay version -o json --jq .version
  1.2.0`,
			`  $ mxpay version
  mxpay 1.2.0 (commit 3f2a9c1, built 2026-11-20T18:04:00Z)
  $ mxpay version -o json --jq .version
  1.2.0`),
	}
}

// setupTopics are the help topics (`mxpay help exit-codes`, environment,
// formats), whole: internal/cmd/help's test checks each text has its entry.
func setupTopics() []entry {
	return []entry{
		// mxpay help exit-codes
		tr(`mxpay exits with one of these codes; scripts can rely on them.

    0  success (an empty list is success)
    1  the provider rejected the request, or an unexpected error
    2  usage: bad flag, bad input, validation failed before anything was sent, or a prompt was needed but input is disabled
    3  authentication: credentials missing or rejected
    4  provider unreachable or kept failing after retries; nothing was changed
    5  declined: the provider processed it and said no (card not authorized, bank credential rejected)
    6  outcome unknown: a money-moving or creating request was sent and its result could not be confirmed; the message says what to check
    7  cancelled: you answered no when asked to confirm; nothing was sent
  130  interrupted (Ctrl-C)

Example: a cron job that only alerts when money may have moved without an answer:

  mxpay pagofacil charge --yes --card-file card.json --amount 150.00 -o json > out.json
  case $? in
    0) ;;                                  # approved
    5) echo "declined" ;;                  # the bank said no
    6) echo "unknown outcome: verify" ;;   # run the verify command printed on stderr
    *) echo "failed" ;;
  esac

Answering no when mxpay asks to confirm (on a terminal, before it creates
something or moves money) sends nothing and exits 7, never 1: 1 always
means the provider refused, or mxpay failed. Without a terminal a
confirmation cannot be asked: pass --yes, or it is a usage error (2).
Ctrl-C at any prompt is 130.

A reader that stops reading early (mxpay ... | head -1, or quitting the
pager) is not a failure: mxpay stops and exits 0 without a message, unless
a request it had sent may have moved money (6, reported on stderr).
`,
			`mxpay termina con uno de estos códigos; los scripts pueden confiar en ellos.

    0  éxito (una lista vacía es éxito)
    1  el proveedor rechazó la solicitud, o hubo un error inesperado
    2  uso: opción o entrada incorrecta, una validación falló antes de enviar nada, o había que preguntar pero la entrada está desactivada
    3  autenticación: faltan credenciales o fueron rechazadas
    4  el proveedor no responde o siguió fallando tras los reintentos; no se cambió nada
    5  declinada: el proveedor la procesó y dijo que no (tarjeta no autorizada, credencial bancaria rechazada)
    6  resultado desconocido: se envió una solicitud que crea algo o mueve dinero y no se pudo confirmar su resultado; el mensaje dice qué revisar
    7  cancelado: respondiste que no al pedirte confirmación; no se envió nada
  130  interrumpido (Ctrl-C)

Ejemplo: una tarea de cron que solo avisa cuando pudo moverse dinero sin respuesta:

  mxpay pagofacil charge --yes --card-file card.json --amount 150.00 -o json > out.json
  case $? in
    0) ;;                                  # aprobado
    5) echo "declined" ;;                  # el banco dijo que no
    6) echo "unknown outcome: verify" ;;   # ejecuta el comando de verificación que aparece en stderr
    *) echo "failed" ;;
  esac

Responder que no cuando mxpay pide confirmación (en una terminal, antes de crear
algo o mover dinero) no envía nada y sale con 7, nunca con 1: 1 siempre
significa que el proveedor rechazó, o que mxpay falló. Sin terminal no se puede
pedir confirmación: usa --yes, o es un error de uso (2).
Ctrl-C en cualquier pregunta es 130.

Un lector que deja de leer antes de tiempo (mxpay ... | head -1, o salir del
paginador) no es una falla: mxpay se detiene y sale con 0 sin mensaje, salvo que
una solicitud que ya había enviado pudiera haber movido dinero (6, informado en stderr).
`),
		// mxpay help environment
		tr(`Settings resolve as: flag > environment variable > profile > default.

Settings:
  MXPAY_ENV                  provider environment: sandbox, production or emulator (default sandbox)
  MXPAY_OUTPUT               default output format: table, json, jsonl or csv (default table)
  MXPAY_TIMEOUT              per-request timeout, whole exchange, e.g. 30s or 2m (default 30s)
  MXPAY_VERIFY_WINDOW        how long to look up a create or charge whose reply was lost (default: twice the timeout, at least 1m)
  MXPAY_LANG                 language people read: es or en (default: from LC_ALL, LC_MESSAGES or LANG)
  MXPAY_FACTI_BASE_URL       override the Facti API base URL
  MXPAY_FACTI_COMPANY_ID     Facti company id used by default
  MXPAY_FACTI_FROM_RFC       RFC that issues payment requests by default
  MXPAY_PAGOFACIL_BASE_URL   override the PagoFácil API base URL
  MXPAY_SYNC_BASE_URL        override the Paybook Sync API base URL
  MXPAY_SYNC_USER            Sync user id used by user-scoped commands
  MXPAY_LEDGER               where mxpay records every request that creates something or moves money: a SQLite file path, or a postgres:// URL shared by several machines (put its password in PGPASSWORD or ~/.pgpass, not in the URL) (default <user data dir>/mxpay/ledger.db)

Secrets (override the keyring and the secrets file; never pass secrets as flags):
  MXPAY_FACTI_CLIENT_ID      Facti Client ID
  MXPAY_FACTI_API_KEY        Facti API key
  MXPAY_FACTI_IPN_PASSWORD   Facti IPN password
  MXPAY_PAGOFACIL_SUCURSAL   PagoFácil idSucursal
  MXPAY_PAGOFACIL_USUARIO    PagoFácil idUsuario
  MXPAY_SYNC_API_KEY         Paybook Sync API key

Global behaviour:
  MXPAY_PROFILE              profile in the config file (default "default")
  MXPAY_CONFIG               config file (default <user config dir>/mxpay/config.yaml)
  MXPAY_NO_INPUT             never prompt (1, true, yes, on)
  MXPAY_DEBUG                trace HTTP exchanges to stderr, secrets redacted
  MXPAY_PAGER                pager for long output on a terminal (set but empty: none;
                             --no-pager too); then PAGER; default "less -FRX"
  NO_COLOR                   disable color (any value)
  CLICOLOR=0                 disable color (piped output is never colored)

Language (of what people read):
  LC_ALL, LC_MESSAGES, LANG  the locale: the first one set decides; Spanish when it
                             starts with "es" (es_MX.UTF-8), English otherwise
  MXPAY_LANG                 es or en, over the locale; so does the profile's lang key
                             (mxpay config set lang es), below MXPAY_LANG, as every
                             setting resolves: flag > environment > profile > default
  -o json, jsonl and csv (keys, headers and values), tables written to a pipe, exit
  codes and files (config, ledger, logs) never change with the language.

Emulator:
  MXPAY_EMULATOR_DB          emulator state file (default <user data dir>/mxpay/emulator.db)
  MXPAY_EMULATOR_FAULTS      inject faults, PROVIDER:METHOD:PATH:KIND[:TIMES] separated by ";",
                             e.g. "pagofacil:POST:/Wsrtransaccion:late-apply=40s:1"; kinds: latency=DUR,
                             late-apply=DUR, status=CODE, gateway=CODE+DELAY, timeout-after-write,
                             garble, echo=CODE, reset (see the README)
`,
			`Los ajustes se resuelven así: opción > variable de entorno > perfil > predeterminado.

Ajustes:
  MXPAY_ENV                  entorno de los proveedores: sandbox, production o emulator (predeterminado: sandbox)
  MXPAY_OUTPUT               formato de salida predeterminado: table, json, jsonl o csv (predeterminado: table)
  MXPAY_TIMEOUT              tiempo límite por solicitud, todo el intercambio, p. ej. 30s o 2m (predeterminado: 30s)
  MXPAY_VERIFY_WINDOW        cuánto tiempo buscar una creación o un cargo cuya respuesta se perdió (predeterminado: el doble del tiempo límite, al menos 1m)
  MXPAY_LANG                 idioma que lee la gente: es o en (predeterminado: según LC_ALL, LC_MESSAGES o LANG)
  MXPAY_FACTI_BASE_URL       reemplaza la URL base de la API de Facti
  MXPAY_FACTI_COMPANY_ID     id de la empresa de Facti que se usa por omisión
  MXPAY_FACTI_FROM_RFC       RFC que emite las solicitudes de pago por omisión
  MXPAY_PAGOFACIL_BASE_URL   reemplaza la URL base de la API de PagoFácil
  MXPAY_SYNC_BASE_URL        reemplaza la URL base de la API de Paybook Sync
  MXPAY_SYNC_USER            id del usuario de Sync que usan los comandos por usuario
  MXPAY_LEDGER               dónde registra mxpay cada solicitud que crea algo o mueve dinero: la ruta de un archivo SQLite, o una URL postgres:// compartida por varias máquinas (pon su contraseña en PGPASSWORD o ~/.pgpass, no en la URL) (predeterminado: <user data dir>/mxpay/ledger.db)

Secretos (tienen prioridad sobre el llavero y el archivo de secretos; nunca pases secretos como opciones):
  MXPAY_FACTI_CLIENT_ID      Client ID de Facti
  MXPAY_FACTI_API_KEY        API key de Facti
  MXPAY_FACTI_IPN_PASSWORD   contraseña de IPN de Facti
  MXPAY_PAGOFACIL_SUCURSAL   idSucursal de PagoFácil
  MXPAY_PAGOFACIL_USUARIO    idUsuario de PagoFácil
  MXPAY_SYNC_API_KEY         API key de Paybook Sync

Comportamiento general:
  MXPAY_PROFILE              perfil del archivo de configuración (predeterminado: "default")
  MXPAY_CONFIG               archivo de configuración (predeterminado: <user config dir>/mxpay/config.yaml)
  MXPAY_NO_INPUT             nunca preguntar (1, true, yes, on)
  MXPAY_DEBUG                muestra los intercambios HTTP en stderr, con los secretos ocultos
  MXPAY_PAGER                paginador de las salidas largas en una terminal (definida pero vacía:
                             ninguno; también --no-pager); luego PAGER; predeterminado: "less -FRX"
  NO_COLOR                   desactiva el color (cualquier valor)
  CLICOLOR=0                 desactiva el color (la salida a un pipe nunca lleva color)

Idioma (de lo que lee la gente):
  LC_ALL, LC_MESSAGES, LANG  la configuración regional (locale): decide la primera que esté
                             definida; español si empieza con "es" (es_MX.UTF-8), si no, inglés
  MXPAY_LANG                 es o en, por encima del locale; también la clave lang del perfil
                             (mxpay config set lang es), por debajo de MXPAY_LANG, como se
                             resuelve todo ajuste: opción > entorno > perfil > predeterminado
  -o json, jsonl y csv (claves, encabezados y valores), las tablas escritas a un pipe, los
  códigos de salida y los archivos (configuración, bitácora, logs) nunca cambian con el
  idioma.

Emulador:
  MXPAY_EMULATOR_DB          archivo de estado del emulador (predeterminado: <user data dir>/mxpay/emulator.db)
  MXPAY_EMULATOR_FAULTS      inyecta fallas, PROVIDER:METHOD:PATH:KIND[:TIMES] separadas por ";",
                             p. ej. "pagofacil:POST:/Wsrtransaccion:late-apply=40s:1"; tipos: latency=DUR,
                             late-apply=DUR, status=CODE, gateway=CODE+DELAY, timeout-after-write,
                             garble, echo=CODE, reset (consulta el README)
`),
		// mxpay help formats
		tr(`Every command that prints data accepts -o/--output (or MXPAY_OUTPUT, or the profile's output key):

  table   on a terminal: aligned columns that fit its width (ids, CLABEs, amounts and
          dates are never split or cut; free text is cut with "…"; when the columns
          still do not fit, the rightmost are hidden and stderr says which: pick them
          with --fields), statuses colored, paged when longer than the screen.
          Piped or redirected: one row per line, cells separated by a tab, no header,
          no padding, no truncation, no color, an empty cell an empty field, so
          cut -f and awk -F'\t' work; a single object prints name<TAB>value lines.
          The columns and names are those of --fields (and of the csv header).
  json    the provider's objects exactly as sent (unknown fields kept, numbers not
          re-rounded); lists are a JSON array written element by element; indented
          and colored on a terminal (never with NO_COLOR), compact when piped
  jsonl   one JSON object per line, streamed: best for very long lists and for jq
  csv     a header row, then RFC 4180 rows: best for spreadsheets

--fields a,b,c picks and orders table/csv columns, or the top-level keys kept in json/jsonl.
An unknown field is a usage error (exit 2) that lists the valid ones.

--jq EXPR filters the JSON form with an embedded jq (no jq install needed). Strings
print raw, like jq -r. With -o jsonl the filter runs on each object as it streams;
with -o json (or table) on the whole array.

--template TPL formats the JSON form with a Go template (text/template), as gh does:
{{range .}}…{{end}} walks a list; numbers print as the provider wrote them. With
-o jsonl it runs once per object. Helpers:
  tablerow FIELD...      a row of a table, aligned on a terminal, tab-separated when piped
  tablerender            print the table rows so far (done at the end anyway)
  timefmt LAYOUT TIME    a time in a Go layout ("2006-01-02"); TIME is RFC 3339,
                         YYYY-MM-DD [hh:mm:ss] or Unix seconds (as Sync sends)
  timeago TIME           "3 hours ago", "2 days from now"
  pluck FIELD LIST       the FIELD of each object; join SEP LIST joins a list
  truncate WIDTH TEXT    cut to WIDTH columns with "…"
  color STYLE TEXT       bold, red, green, yellow, cyan, blue or gray;
                         autocolor STYLE TEXT colors only on a terminal

--totals (on facti payments list, sync transactions list and sync accounts list)
adds the exact sum of the amounts per currency, as decimals (never floats):
under the table on a terminal; with -o csv/json/jsonl, --jq or a pipe, on stderr,
so stdout is exactly what it is without --totals.

On a terminal, output longer than the screen goes through a pager: MXPAY_PAGER,
else PAGER, else "less -FRX"; --no-pager or an empty MXPAY_PAGER turns it off.
Never when stdout is a pipe or a file.

Examples:
  mxpay config list -o csv --fields key,value
  mxpay auth status -o json --jq '.[] | select(.source=="missing") | .provider'
  mxpay auth status -o jsonl --jq 'select(.source=="keyring") | .secret'
  mxpay facti payments list --status pending --all --totals
  mxpay facti payments list --all | awk -F'\t' '$8 == "pending" { print $1 }'
  mxpay sync transactions list --template '{{range .}}{{tablerow (timefmt "2006-01-02" .dt_transaction) .amount .description}}{{end}}'
  mxpay config list -o json | jq -r '.[] | "\(.key)=\(.value)"'
`,
			`Todo comando que imprime datos acepta -o/--output (o MXPAY_OUTPUT, o la clave output del perfil):

  table   en una terminal: columnas alineadas que caben en su ancho (los ids, CLABE, montos
          y fechas nunca se parten ni se cortan; el texto libre se corta con "…"; si las
          columnas aún no caben, se ocultan las de la derecha y stderr dice cuáles: elígelas
          con --fields), estados en color, con paginador si no cabe en la pantalla.
          A un pipe o redirigida: una fila por línea, celdas separadas por un tabulador, sin
          encabezado, sin relleno, sin cortes, sin color, una celda vacía es un campo vacío,
          así que cut -f y awk -F'\t' funcionan; un solo objeto imprime líneas nombre<TAB>valor.
          Las columnas y sus nombres son los de --fields (y los del encabezado csv).
  json    los objetos del proveedor tal como los envió (se conservan los campos desconocidos,
          los números no se redondean de nuevo); las listas son un arreglo JSON escrito
          elemento por elemento; con sangría y color en una terminal (nunca con NO_COLOR),
          compacto a un pipe
  jsonl   un objeto JSON por línea, a medida que llega: lo mejor para listas muy largas y para jq
  csv     una fila de encabezado y luego filas RFC 4180: lo mejor para hojas de cálculo

--fields a,b,c elige y ordena las columnas de table/csv, o las claves de primer nivel que se
conservan en json/jsonl. Un campo desconocido es un error de uso (salida 2) que lista los válidos.

--jq EXPR filtra la forma JSON con un jq integrado (no hace falta instalar jq). Las cadenas
se imprimen sin comillas, como con jq -r. Con -o jsonl el filtro corre sobre cada objeto a
medida que llega; con -o json (o table), sobre el arreglo completo.

--template TPL da formato a la forma JSON con una plantilla de Go (text/template), como gh:
{{range .}}…{{end}} recorre una lista; los números se imprimen como los escribió el
proveedor. Con -o jsonl corre una vez por objeto. Funciones:
  tablerow FIELD...      una fila de tabla, alineada en una terminal, separada por tabuladores a un pipe
  tablerender            imprime las filas de la tabla hasta ese punto (al final se hace de todos modos)
  timefmt LAYOUT TIME    una fecha con un formato de Go ("2006-01-02"); TIME es RFC 3339,
                         YYYY-MM-DD [hh:mm:ss] o segundos Unix (como los envía Sync)
  timeago TIME           "3 hours ago", "2 days from now"
  pluck FIELD LIST       el FIELD de cada objeto; join SEP LIST une una lista
  truncate WIDTH TEXT    corta a WIDTH columnas con "…"
  color STYLE TEXT       bold, red, green, yellow, cyan, blue o gray;
                         autocolor STYLE TEXT solo da color en una terminal

--totals (en facti payments list, sync transactions list y sync accounts list) agrega
la suma exacta de los montos por moneda, en decimales (nunca de punto flotante): debajo
de la tabla en una terminal; con -o csv/json/jsonl, --jq o a un pipe, en stderr, así que
stdout queda exactamente igual que sin --totals.

En una terminal, la salida que no cabe en la pantalla pasa por un paginador: MXPAY_PAGER,
si no PAGER, si no "less -FRX"; --no-pager o un MXPAY_PAGER vacío lo desactivan.
Nunca cuando stdout es un pipe o un archivo.

Ejemplos:
  mxpay config list -o csv --fields key,value
  mxpay auth status -o json --jq '.[] | select(.source=="missing") | .provider'
  mxpay auth status -o jsonl --jq 'select(.source=="keyring") | .secret'
  mxpay facti payments list --status pending --all --totals
  mxpay facti payments list --all | awk -F'\t' '$8 == "pending" { print $1 }'
  mxpay sync transactions list --template '{{range .}}{{tablerow (timefmt "2006-01-02" .dt_transaction) .amount .description}}{{end}}'
  mxpay config list -o json | jq -r '.[] | "\(.key)=\(.value)"'
`),
	}
}

// setupMessages are what the setup commands write for a person: messages,
// prompts, errors and hints, table headers and cell words.
func setupMessages() []entry {
	return []entry{
		// mxpay api
		tr("unknown provider %q; choose facti, pagofacil or sync", "proveedor desconocido %q; elige facti, pagofacil o sync"),
		tr("unsupported method %q; use GET, POST, PUT, PATCH or DELETE", "método no admitido %q; usa GET, POST, PUT, PATCH o DELETE"),
		tr("--input sends the body as is; put fields in it instead of -f/-F", "--input envía el cuerpo tal cual; pon los campos en él en lugar de usar -f/-F"),
		tr("--user is only for sync", "--user es solo para sync"),
		tr("--paginate follows Sync GET lists and Facti company_payments only", "--paginate solo sigue las listas GET de Sync y company_payments de Facti"),
		tr("card data (%s) is never taken from the command line, where shell history and ps keep it", "los datos de tarjeta (%s) nunca se toman de la línea de comandos, donde el historial del shell y ps los guardan"),
		tr("put the card fields in a form given with --input FILE or --input -, or leave them out to be prompted for them", "pon los campos de la tarjeta en un formulario con --input FILE o --input -, u omítelos para que se te pidan"),
		tr("a transaccion needs the card number, CVV and expiry, and there is no terminal to ask for them", "una transaccion necesita el número de tarjeta, el CVV y el vencimiento, y no hay terminal para pedirlos"),
		tr("put them in the form given with --input FILE or --input -", "ponlos en el formulario que das con --input FILE o --input -"),
		tr("Card number", "Número de tarjeta"),
		tr("CVV", "CVV"),
		tr("Expiry month (MM)", "Mes de vencimiento (MM)"),
		tr("Expiry year (YY)", "Año de vencimiento (AA)"),
		tr("%s:", "%s:"),
		tr("field %s: %v", "campo %s: %v"),
		tr("reading --input: %v", "al leer --input: %v"),
		tr("-F %s: %v", "-F %s: %v"),
		tr("%s wants key=value, got %q", "%s espera key=value, se recibió %q"),
		tr("%s is both a value and an object", "%s es a la vez un valor y un objeto"),
		tr("sync answered status false (%s): %s", "sync respondió status false (%s): %s"), // the code is an id, never grouped
		tr("pagofacil %s answered status error", "pagofacil %s respondió status error"),
		tr("building the request: %v", "al armar la solicitud: %v"),
		tr("-H wants 'Name: value', got %q", "-H espera 'Name: value', se recibió %q"),
		tr("--input for %s must be a urlencoded form (or multipart with -H 'Content-Type: multipart/form-data; boundary=…'): %v", "--input para %s debe ser un formulario urlencoded (o multipart con -H 'Content-Type: multipart/form-data; boundary=…'): %v"),
		tr("-H Content-Type: multipart/form-data needs a boundary", "-H Content-Type: multipart/form-data necesita un boundary"),
		tr("multipart boundary: %v", "boundary de multipart: %v"),
		tr("--input is not the multipart body its Content-Type says: %v", "--input no es el cuerpo multipart que indica su Content-Type: %v"),
		tr("invalid path %q: %v", "ruta no válida %q: %v"),
		tr("%s %s answered %s", "%s %s respondió %s"),
		tr("the reply could not be read as JSON", "la respuesta no se pudo leer como JSON"),
		tr("check the credentials with `mxpay auth status`", "revisa las credenciales con `mxpay auth status`"),
		tr("Create this Facti payment request?", "¿Confirmas la creación de esta solicitud de pago de Facti?"),
		tr("this creates a real payment request to a real customer", "esto crea una solicitud de pago real a un cliente real"),
		tr("Delete Facti payment request %s?", "¿Confirmas la eliminación de la solicitud de pago %s de Facti?"),
		tr("Facti delete: payment request %s", "Facti delete: solicitud de pago %s"),
		tr("this deletes a real payment request", "esto elimina una solicitud de pago real"),
		tr("Mark Facti payment %s as paid?", "¿Confirmas que el pago %s de Facti se marque como pagado?"),
		tr("Facti: mark payment %s as paid (Facti then sends its IPN)", "Facti: marcar el pago %s como pagado (después Facti envía su IPN)"),
		tr("this marks a real payment as paid", "esto marca como pagado un pago real"),
		tr("Facti new_request: folio %s, total %s, to %s <%s>", "Facti new_request: folio %s, total %s, para %s <%s>"),
		tr("Charge MXN %s to the card ending %s?", "¿Confirmas el cargo de MXN %s a la tarjeta terminada en %s?"),
		tr("PagoFácil transaccion: MXN %s, card ending %s, order %s", "PagoFácil transaccion: MXN %s, tarjeta terminada en %s, pedido %s"),
		tr("this charges a real card", "esto hace un cargo a una tarjeta real"),
		tr("(not given)", "(no indicado)"),
		tr("check with `mxpay facti payments list` (or `mxpay facti payments get ID`) before sending it again", "verifica con `mxpay facti payments list` (o `mxpay facti payments get ID`) antes de volver a enviarla"),
		tr("check with `mxpay pagofacil verify %s` before sending it again", "verifica con `mxpay pagofacil verify %s` antes de volver a enviarla"),

		// mxpay auth
		tr("unknown provider %q; choose one of %s", "proveedor desconocido %q; elige uno de %s"),
		tr("standard input line %d is not key=value", "la línea %d de la entrada estándar no es key=value"),
		tr("standard input line %d: %s has no secret %q (keys: %s)", "línea %d de la entrada estándar: %s no tiene el secreto %q (claves: %s)"),
		tr("standard input line %d: %s is empty", "línea %d de la entrada estándar: %s está vacío"),
		tr("missing %s secret(s): %s", "faltan secretos de %s: %s"),
		tr("name the provider: mxpay auth login %s", "indica el proveedor: mxpay auth login %s"),
		tr("cannot prompt for %s secrets: no terminal or input disabled", "no se pueden pedir los secretos de %s: no hay terminal o la entrada está desactivada"),
		tr("pass --with-token and write key=value lines on standard input (keys: %s)", "usa --with-token y escribe líneas key=value en la entrada estándar (claves: %s)"),
		tr("%s accepted the credentials.", "%s aceptó las credenciales."),
		tr("Warning: %s is set in the environment and takes precedence over the stored %s.", "Aviso: %s está definida en el entorno y tiene prioridad sobre lo guardado como %s."),
		tr("Stored %s credentials for profile %q in %s.", "Se guardaron las credenciales de %s del perfil %q en %s."),
		tr("the OS keyring and the 0600 secrets file", "el llavero del sistema y el archivo de secretos 0600"),
		tr("the OS keyring", "el llavero del sistema"),
		tr("the 0600 secrets file", "el archivo de secretos 0600"),
		tr("the secret store", "el almacén de secretos"),
		tr("Which provider?", "¿Qué proveedor?"),
		tr("%s %s:", "%s %s:"),
		tr("%s %s (optional, Enter to skip):", "%s %s (opcional, Enter para omitir):"),
		tr("IPN password", "contraseña de IPN"),
		tr("Remove the credentials of every provider in profile %q?", "¿Confirmas que se eliminen las credenciales de todos los proveedores del perfil %q?"),
		tr("Note: %s is still set in the environment.", "Nota: %s sigue definida en el entorno."),
		tr("Removed %s credentials of profile %q.", "Se eliminaron las credenciales de %s del perfil %q."),
		tr("Profile %q, environment %s", "Perfil %q, entorno %s"),
		tr("no complete credentials for %s in profile %q", "no hay credenciales completas de %s en el perfil %q"),
		tr("PROVIDER", "PROVEEDOR"),
		tr("SECRET", "SECRETO"),
		tr("SOURCE", "ORIGEN"),
		tr("VALUE", "VALOR"),
		// Where a secret or a setting comes from (auth status, config list).
		tr("env", "entorno"),
		tr("keyring", "llavero"),
		tr("file", "archivo"),
		tr("memory", "memoria"),
		tr("emulator demo", "demo del emulador"),
		tr("missing", "falta"),
		tr("not set", "sin definir"),
		tr("flag", "opción"),
		tr("profile", "perfil"),
		tr("default", "predeterminado"),
		tr("emulator", "emulador"),

		// mxpay config
		tr("Set %s in profile %q (%s).", "Se guardó %s en el perfil %q (%s)."),
		tr("%s was not set in profile %q.", "%s no estaba definido en el perfil %q."),
		tr("Removed %s from profile %q.", "Se quitó %s del perfil %q."),
		tr("unknown config key %q; valid keys: %s", "clave de configuración desconocida %q; claves válidas: %s"),
		tr("KEY", "CLAVE"),
		tr("PROFILE", "PERFIL"),
		tr("ACTIVE", "ACTIVO"),

		// mxpay version
		tr("Version", "Versión"),
		tr("Commit", "Commit"),
		tr("Built", "Compilado"),
		tr("Go", "Go"),

		// mxpay emulator
		tr("Demo credentials (the emulator accepts only these):", "Credenciales demo (el emulador solo acepta estas):"),
		tr("Serving; press Ctrl-C to stop.", "Sirviendo; presiona Ctrl-C para detenerlo."),
		tr("Emulator state cleared (%s).", "Se borró el estado del emulador (%s)."),
		tr("Note: the ledger %s (the ledger setting) keeps its emulator entries; their folios and orders stay taken there.", "Nota: la bitácora %s (el ajuste ledger) conserva sus registros del emulador; sus folios y pedidos siguen ocupados ahí."),
		tr("Emulator ledger cleared (%s).", "Se borró la bitácora del emulador (%s)."),
		tr("%q needs REQUEST_ID (one or more)", "%q necesita REQUEST_ID (uno o más)"),
		tr("--via %q: use stp or bank", "--via %q: usa stp o bank"),
		tr("`emulator pay` plays a customer in the emulator, and this run is on %s", "`emulator pay` simula a un cliente en el emulador, y esta ejecución es en %s"),
		tr("add --env emulator, or point facti.base_url and sync.base_url at `mxpay emulator serve`", "agrega --env emulator, o apunta facti.base_url y sync.base_url a `mxpay emulator serve`"),
		tr("the deposit goes to a Sync user's bank account: pass --user ID or set sync.user", "el depósito va a la cuenta bancaria de un usuario de Sync: usa --user ID o define sync.user"),
		tr("Request %s: the customer deposited MXN %s at the bank with reference %s; it is in account %s, for `mxpay reconcile` to find.", "Solicitud %s: el cliente depositó MXN %s en el banco con la referencia %s; está en la cuenta %s, para que `mxpay reconcile` lo encuentre."),
		tr("Request %s: paid by STP; Facti conciliated it.", "Solicitud %s: pagada por STP; Facti la concilió."),
		tr("Its IPN went to %s.", "Su IPN se envió a %s."),
		tr("REQUEST", "SOLICITUD"),
		tr("VIA", "VÍA"),
		tr("AMOUNT", "MONTO"),
		tr("REFERENCE", "REFERENCIA"),
		tr("PAID AT", "PAGADA EL"),
		tr("BANK TRANSACTION", "MOVIMIENTO BANCARIO"),
		tr("ACCOUNT", "CUENTA"),
		tr("USER", "USUARIO"),
		tr("CREDENTIAL", "CREDENCIAL"),
		tr("TRANSACTIONS", "TRANSACCIONES"),
		tr("COMPANY", "EMPRESA"),
		tr("FIRST ID", "PRIMER ID"),
		tr("LAST ID", "ÚLTIMO ID"),
		tr("PAYMENTS", "PAGOS"),
		tr("--transactions must be a positive number", "--transactions debe ser un número positivo"),
		tr("--payments must be a positive number", "--payments debe ser un número positivo"),
		pluralOf("Seeded %d transaction(s) in %s.", "Se cargó %d transacción en %s.", "Se cargaron %d transacciones en %s."),
		pluralOf("Seeded %d payment(s) in %s.", "Se cargó %d pago en %s.", "Se cargaron %d pagos en %s."),
		tr("the emulator state %s is in use", "el estado del emulador %s está en uso"),
		tr("stop `mxpay emulator serve` while seeding", "detén `mxpay emulator serve` mientras cargas los datos"),
		// Messages that wrap an error (%w).
		tr("reading %s: %w", "al leer %s: %w"),
		tr("reading the response: %w", "al leer la respuesta: %w"),
		tr("the request was sent and its outcome is unknown: %w", "la solicitud se envió y se desconoce su resultado: %w"),
		tr("checking %s credentials: %w", "al verificar las credenciales de %s: %w"),
		tr("storing %s %s: %w", "al guardar %s %s: %w"),
		tr("reading standard input: %w", "al leer la entrada estándar: %w"),
		tr("removing %s %s: %w", "al eliminar %s %s: %w"),
		tr("invalid value for %s: %w", "valor no válido para %s: %w"),
		tr("clearing emulator state: %w", "al borrar el estado del emulador: %w"),
		tr("clearing the emulator's ledger: %w", "al borrar la bitácora del emulador: %w"),
		tr("paying request %s: %w", "al pagar la solicitud %s: %w"),
		tr("depositing for request %s: %w", "al depositar para la solicitud %s: %w"),
	}
}
