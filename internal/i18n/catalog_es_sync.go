package i18n

// spanishSync is the Spanish of Paybook Sync: its client's errors, job codes and the sync commands.
//
// The words are Paybook's own (its README in Spanish): usuario, sitio,
// organización, credencial, catálogo, proceso (a job), código de
// verificación (the two-factor code). Labels of a site's form are Sync's
// text and are shown as sent.
func spanishSync() []entry {
	return concat(spanishSyncHelp(), spanishSyncMessages(), spanishSyncClient())
}

// spanishSyncHelp is the help of `mxpay sync`, users, sites, catalogues,
// credentials and twofa.
func spanishSyncHelp() []entry {
	return []entry{
		// the filters every list of a user's data shares (listing.go)
		tr("only this account `ID`", "solo esta cuenta (`ID`)"),
		tr("only what this credential `ID` found", "solo lo que encontró esta credencial (`ID`)"),
		tr("only rows containing any of these comma-separated `WORDS`", "solo las filas que contienen alguna de estas `WORDS` (separadas por comas)"),
		tr("leave out rows containing any of these comma-separated `WORDS`", "omite las filas que contienen alguna de estas `WORDS` (separadas por comas)"),
		// sync
		tr("Connect banks and the SAT, and read accounts and transactions", "Conecta bancos y el SAT, y consulta cuentas y movimientos"),
		tr(`Connect banks and the SAT through Paybook Sync (Syncfy).

Users, sessions and webhooks use the API key stored by `+"`mxpay auth login sync`"+`.
Everything else belongs to one user: pass --user, or set a default with
`+"`mxpay config set sync.user ID`"+` (or MXPAY_SYNC_USER). Session tokens are
obtained on demand and cached privately in the user cache directory.`,
			`Conecta bancos y el SAT a través de Paybook Sync (Syncfy).

Los usuarios, las sesiones y los webhooks usan la API key que guardó
`+"`mxpay auth login sync`"+`. Todo lo demás pertenece a un usuario: pasa --user o
define uno predeterminado con `+"`mxpay config set sync.user ID`"+` (o
MXPAY_SYNC_USER). Los tokens de sesión se obtienen cuando hacen falta y se
guardan en privado en el directorio de caché del usuario.`),
		tr("Sync user `ID` (default: the profile's sync.user or MXPAY_SYNC_USER; asked on a terminal)",
			"`ID` del usuario de Sync (predeterminado: sync.user del perfil o MXPAY_SYNC_USER; en una terminal se pregunta)"),

		// paging flags (listing.go)
		tr("read every page, printing rows as they arrive", "lee todas las páginas y muestra las filas conforme llegan"),
		tr("with --all, ask for `N` rows per request", "con --all, pide `N` filas por solicitud"),
		tr("read every page (the default unless --limit or --skip is given)", "lee todas las páginas (lo predeterminado, salvo que des --limit o --skip)"),
		tr("when reading every page, ask for `N` rows per request", "al leer todas las páginas, pide `N` filas por solicitud"),
		tr("at most `N` users (default: the server's page size)", "a lo más `N` usuarios (predeterminado: el tamaño de página del servidor)"),
		tr("skip the first `N` users", "omite los primeros `N` usuarios"),
		tr("at most `N` sites (default: the server's page size)", "a lo más `N` sitios (predeterminado: el tamaño de página del servidor)"),
		tr("skip the first `N` sites", "omite los primeros `N` sitios"),
		tr("at most `N` account types (default: the server's page size)", "a lo más `N` tipos de cuenta (predeterminado: el tamaño de página del servidor)"),
		tr("skip the first `N` account types", "omite los primeros `N` tipos de cuenta"),
		tr("at most `N` attachment types (default: the server's page size)", "a lo más `N` tipos de adjunto (predeterminado: el tamaño de página del servidor)"),
		tr("skip the first `N` attachment types", "omite los primeros `N` tipos de adjunto"),
		tr("at most `N` countries (default: the server's page size)", "a lo más `N` países (predeterminado: el tamaño de página del servidor)"),
		tr("skip the first `N` countries", "omite los primeros `N` países"),
		tr("at most `N` organizations (default: the server's page size)", "a lo más `N` organizaciones (predeterminado: el tamaño de página del servidor)"),
		tr("skip the first `N` organizations", "omite las primeras `N` organizaciones"),
		tr("sort by a member, ascending or `FIELD[,desc]` (e.g. dt_create,desc)", "ordena por un campo, ascendente o `FIELD[,desc]` (p. ej. dt_create,desc)"),
		tr("sort by a member, ascending or `FIELD[,desc]` (e.g. name,desc)", "ordena por un campo, ascendente o `FIELD[,desc]` (p. ej. name,desc)"),
		tr("sort by a member, ascending or `FIELD[,desc]` (e.g. name)", "ordena por un campo, ascendente o `FIELD[,desc]` (p. ej. name)"),
		tr("sort by a member, ascending or `FIELD[,desc]` (e.g. code)", "ordena por un campo, ascendente o `FIELD[,desc]` (p. ej. code)"),

		// users
		tr("Manage the users of the API key (the people or companies whose banks are synced)",
			"Administra los usuarios de la API key (las personas o empresas cuyos bancos se sincronizan)"),
		tr("List the users of the API key", "Lista los usuarios de la API key"),
		tr(`  mxpay sync users list
  mxpay sync users list --external-id ELSAN090909
  mxpay sync users list --user-id 5df859c4a7a6442757726ef4 -o json
  mxpay sync users list --all --order dt_create,desc -o json | jq -r '.[].id_user'`,
			`  mxpay sync users list
  mxpay sync users list --external-id ELSAN090909
  mxpay sync users list --user-id 5df859c4a7a6442757726ef4 -o json
  mxpay sync users list --all --order dt_create,desc -o json | jq -r '.[].id_user'`),
		tr("only the user with this `ID` (id_user)", "solo el usuario con este `ID` (id_user)"),
		tr("only the user with this external `ID` (your own reference)", "solo el usuario con este `ID` externo (tu propia referencia)"),
		tr("Create a user", "Crea un usuario"),
		tr(`Create a user of the API key.

With --external-id, a reply lost on the way (a timeout, a gateway error) is
checked by looking the user up by that id before anything is reported, so the
command can tell whether the user was created. Without it nothing identifies
the new user, and such a failure ends with exit 6 and the command to check.`,
			`Crea un usuario de la API key.

Con --external-id, si la respuesta se pierde en el camino (tiempo agotado, un
error del gateway), mxpay busca al usuario por ese id antes de informar nada,
así que el comando puede decir si el usuario se creó. Sin él nada identifica al
usuario nuevo, y una falla así termina con código de salida 6 y el comando para
verificarlo.`),
		tr(`  mxpay sync users create --name "Rey Misterio" --external-id MIST030794
  id=$(mxpay sync users create --name "ACME SA de CV" --jq .id_user)`,
			`  mxpay sync users create --name "Rey Misterio" --external-id MIST030794
  id=$(mxpay sync users create --name "ACME SA de CV" --jq .id_user)`),
		tr("the user's `NAME` (asked on a terminal when missing)", "el nombre (`NAME`) del usuario (en una terminal se pregunta si falta)"),
		tr("your own reference for the user, e.g. a customer `ID`", "tu propia referencia para el usuario, p. ej. un `ID` de cliente"),
		tr("Change a user's name or external id", "Cambia el nombre o el id externo de un usuario"),
		tr(`  mxpay sync users update 5df859c4a7a6442757726ef4 --name "El Santo Jr."
  mxpay sync users update 5df859c4a7a6442757726ef4 --external-id ELSAN090909`,
			`  mxpay sync users update 5df859c4a7a6442757726ef4 --name "El Santo Jr."
  mxpay sync users update 5df859c4a7a6442757726ef4 --external-id ELSAN090909`),
		tr("the new `NAME`", "el nombre nuevo (`NAME`)"),
		tr("the new external `ID`", "el `ID` externo nuevo"),
		tr("Delete a user and ALL of their data (credentials, accounts, transactions, attachments)",
			"Elimina un usuario y TODA su información (credenciales, cuentas, movimientos, adjuntos)"),
		tr(`  mxpay sync users delete 5df859c4a7a6442757726ef4
  mxpay sync users delete 5df859c4a7a6442757726ef4 --yes`,
			`  mxpay sync users delete 5df859c4a7a6442757726ef4
  mxpay sync users delete 5df859c4a7a6442757726ef4 --yes`),

		// sites
		tr("Browse the catalogue of banks and other sites Sync can connect to", "Consulta el catálogo de bancos y otros sitios a los que Sync se puede conectar"),
		tr("List the sites, with the credential fields each one asks for", "Lista los sitios, con los campos de credencial que pide cada uno"),
		tr(`List the site catalogue: the banks and other institutions Sync connects
to, with the credential fields each one asks for.

--site, --organization and --organization-type are Sync's filters
(id_site, id_site_organization, id_site_organization_type). --name and
--type are mxpay's own: Sync has no parameter for them, so mxpay reads the
catalogue and keeps the sites whose name contains TEXT, and with
--type business the sites whose is_business is 1, with --type personal
those whose is_personal is 1 (a site can be both).

The whole catalogue is read, page by page, unless --limit or --skip asks
for one page; --name and --type then filter the rows of that page.
`+"`mxpay sync catalogues organizations --with-sites`"+` lists the sites grouped by bank.`,
			`Lista el catálogo de sitios: los bancos y otras instituciones a los que Sync
se conecta, con los campos de credencial que pide cada uno.

--site, --organization y --organization-type son filtros de Sync
(id_site, id_site_organization, id_site_organization_type). --name y
--type son de mxpay: Sync no tiene parámetro para ellos, así que mxpay lee el
catálogo y se queda con los sitios cuyo nombre contiene TEXT; con
--type business, los sitios con is_business en 1, y con --type personal,
los que tienen is_personal en 1 (un sitio puede ser ambos).

Se lee el catálogo completo, página por página, salvo que --limit o --skip
pidan una sola página; en ese caso --name y --type filtran las filas de esa
página. `+"`mxpay sync catalogues organizations --with-sites`"+` lista los sitios
agrupados por banco.`),
		tr(`  mxpay sync sites list
  mxpay sync sites list --name banco --type personal
  mxpay sync sites list --organization 56cf4ff5784806152c8b4567 -o json
  mxpay sync sites list --site 5da784f1f9de2a06483abec1 --fields id_site,name,credentials
  mxpay sync sites list --order name,desc --limit 10`,
			`  mxpay sync sites list
  mxpay sync sites list --name banco --type personal
  mxpay sync sites list --organization 56cf4ff5784806152c8b4567 -o json
  mxpay sync sites list --site 5da784f1f9de2a06483abec1 --fields id_site,name,credentials
  mxpay sync sites list --order name,desc --limit 10`),
		tr("only the site `ID` (id_site)", "solo el sitio con este `ID` (id_site)"),
		tr("only sites of the organization `ID` (id_site_organization)", "solo los sitios de la organización con este `ID` (id_site_organization)"),
		tr("only sites of the organization type `ID` (id_site_organization_type)", "solo los sitios del tipo de organización con este `ID` (id_site_organization_type)"),
		tr("only sites whose name contains `TEXT` (any case; applied by mxpay)", "solo los sitios cuyo nombre contiene `TEXT` (sin distinguir mayúsculas; lo aplica mxpay)"),
		tr("only sites for `TYPE` users: business (is_business is 1) or personal (is_personal is 1); applied by mxpay",
			"solo los sitios para usuarios de tipo `TYPE`: business (is_business en 1, empresas) o personal (is_personal en 1, personas); lo aplica mxpay"),

		// catalogues
		tr("Read Sync's catalogues: account and attachment types, countries, banks and their sites",
			"Consulta los catálogos de Sync: tipos de cuenta y de adjunto, países, bancos y sus sitios"),
		tr(`Read the catalogues that name the ids found elsewhere: id_account_type on
accounts and transactions, id_attachment_type on attachments, id_country
and id_site_organization (the bank, or the SAT) on sites and credentials.

Catalogues are read as a user, like everything but users and webhooks:
pass --user or set sync.user. Each is read whole unless --limit or --skip
asks for one page. The site catalogue itself is `+"`mxpay sync sites list`"+`.`,
			`Consulta los catálogos que dan nombre a los ids que aparecen en otras partes:
id_account_type en cuentas y movimientos, id_attachment_type en adjuntos,
id_country e id_site_organization (el banco, o el SAT) en sitios y credenciales.

Los catálogos se leen como un usuario, igual que todo salvo los usuarios y los
webhooks: pasa --user o define sync.user. Cada uno se lee completo salvo que
--limit o --skip pidan una sola página. El catálogo de sitios es
`+"`mxpay sync sites list`"+`.`),
		tr("List the account types (what id_account_type names)", "Lista los tipos de cuenta (lo que nombra id_account_type)"),
		tr(`  mxpay sync catalogues account-types
  mxpay sync catalogues account-types -o json --jq '.[] | select(.name | test("crédito"; "i")) | .id_account_type'`,
			`  mxpay sync catalogues account-types
  mxpay sync catalogues account-types -o json --jq '.[] | select(.name | test("crédito"; "i")) | .id_account_type'`),
		tr("List the attachment types (what id_attachment_type names)", "Lista los tipos de adjunto (lo que nombra id_attachment_type)"),
		tr(`  mxpay sync catalogues attachment-types
  mxpay sync catalogues attachment-types --fields id_attachment_type,name -o csv`,
			`  mxpay sync catalogues attachment-types
  mxpay sync catalogues attachment-types --fields id_attachment_type,name -o csv`),
		tr("List the countries Sync has sites in (what id_country names)", "Lista los países en los que Sync tiene sitios (lo que nombra id_country)"),
		tr(`  mxpay sync catalogues countries
  mxpay sync catalogues countries -o json --jq '.[] | select(.code == "MX") | .id_country'`,
			`  mxpay sync catalogues countries
  mxpay sync catalogues countries -o json --jq '.[] | select(.code == "MX") | .id_country'`),
		tr("List the site organizations: the banks and authorities (the SAT) that own the sites",
			"Lista las organizaciones de los sitios: los bancos y autoridades (el SAT) a los que pertenecen los sitios"),
		tr(`List the site organizations (/catalogues/site_organizations): the banks and
authorities, such as the SAT, whose sites credentials connect to.

With --with-sites each organization comes with its sites and their
credential forms (/catalogues/organizations/sites). That listing takes
Sync's filters only: it is read in one request, without --limit, --skip,
--order or --all, and --fields then picks what is printed without being
sent to Sync. In tables and csv the sites column lists "name (id_site)".

--country (id_country) is not in the PHP library's README, but in
Paybook's API reference for both listings.`,
			`Lista las organizaciones de los sitios (/catalogues/site_organizations): los
bancos y autoridades, como el SAT, a cuyos sitios se conectan las credenciales.

Con --with-sites cada organización viene con sus sitios y sus formularios de
credencial (/catalogues/organizations/sites). Ese listado solo acepta los
filtros de Sync: se lee en una sola solicitud, sin --limit, --skip, --order ni
--all, y --fields elige lo que se muestra sin mandarse a Sync. En tablas y csv
la columna de sitios lista "nombre (id_site)".

--country (id_country) no está en el README de la biblioteca de PHP, pero sí en
la referencia del API de Paybook para ambos listados.`),
		tr(`  mxpay sync catalogues organizations
  mxpay sync catalogues organizations --with-sites --organization-type 56cf4f5b784806cf028b4567
  mxpay sync catalogues organizations --site 5da784f1f9de2a06483abec1 -o json
  mxpay sync catalogues organizations --with-sites -o json --jq '.[] | {name, sites: [.sites[].id_site]}'`,
			`  mxpay sync catalogues organizations
  mxpay sync catalogues organizations --with-sites --organization-type 56cf4f5b784806cf028b4567
  mxpay sync catalogues organizations --site 5da784f1f9de2a06483abec1 -o json
  mxpay sync catalogues organizations --with-sites -o json --jq '.[] | {name, sites: [.sites[].id_site]}'`),
		tr("only the organization of the site `ID` (id_site); with --with-sites, only that site",
			"solo la organización del sitio con este `ID` (id_site); con --with-sites, solo ese sitio"),
		tr("only the organization `ID` (id_site_organization)", "solo la organización con este `ID` (id_site_organization)"),
		tr("only organizations of the type `ID` (id_site_organization_type)", "solo las organizaciones del tipo con este `ID` (id_site_organization_type)"),
		tr("only organizations of the country `ID` (id_country, from `mxpay sync catalogues countries`)",
			"solo las organizaciones del país con este `ID` (id_country, de `mxpay sync catalogues countries`)"),
		tr("list each organization with its sites (/catalogues/organizations/sites)", "lista cada organización con sus sitios (/catalogues/organizations/sites)"),

		// credentials
		tr("Register, follow and delete a user's bank and SAT credentials", "Registra, sigue y elimina las credenciales de banco y del SAT de un usuario"),
		tr("List a user's credentials and the code of their latest sync", "Lista las credenciales de un usuario y el código de su última sincronización"),
		tr(`  mxpay sync credentials list --user 5df859c4a7a6442757726ef4
  mxpay sync credentials list -o json --jq '.[] | select(.code != 200) | .id_credential'`,
			`  mxpay sync credentials list --user 5df859c4a7a6442757726ef4
  mxpay sync credentials list -o json --jq '.[] | select(.code != 200) | .id_credential'`),
		tr("Delete a credential with its accounts and transactions", "Elimina una credencial con sus cuentas y movimientos"),
		tr(`  mxpay sync credentials delete 5e17c432d7288d358a039141 --user 5df859c4a7a6442757726ef4
  mxpay sync credentials delete 5e17c432d7288d358a039141 --yes`,
			`  mxpay sync credentials delete 5e17c432d7288d358a039141 --user 5df859c4a7a6442757726ef4
  mxpay sync credentials delete 5e17c432d7288d358a039141 --yes`),
		tr("Connect a bank or the SAT: register credentials and follow the sync", "Conecta un banco o el SAT: registra las credenciales y sigue la sincronización"),
		tr(`Register a user's credentials at a site and follow the sync job.

The site's credential form is read from the catalogue. Values come from
--stdin (one FIELD=VALUE per line: the way for a script to pass a password),
from --set, or are asked for on a terminal (passwords without echo). A
password given with --set works but is warned about: command lines land in
shell history. When the site asks for a two-factor code, you are asked for it
and it is sent.

The request is sent once. If its reply is lost (a timeout, a gateway error),
the user's credentials are looked up before anything is reported. It is
recorded in the ledger (`+"`mxpay ledger list --provider sync`"+`): the user and
the site, never a value of the form.

Exit codes: 0 when the sync finished, 5 when the site refused (with what to
do), 4 when the provider failed or could not be reached, 6 when the
credentials were sent and whether Sync registered them could not be found
out, 2 when a field is missing and there is no terminal to ask.`,
			`Registra las credenciales de un usuario en un sitio y sigue el proceso de
sincronización.

El formulario de credencial del sitio se lee del catálogo. Los valores vienen de
--stdin (un FIELD=VALUE por línea: la forma de que un script pase una
contraseña), de --set, o se preguntan en una terminal (las contraseñas sin
mostrarse). Una contraseña dada con --set funciona, pero se advierte: las líneas
de comandos quedan en el historial del shell. Cuando el sitio pide un código de
verificación, se te pregunta y se envía.

La solicitud se envía una sola vez. Si se pierde su respuesta (tiempo agotado,
un error del gateway), se buscan las credenciales del usuario antes de informar
nada. Queda en el registro (`+"`mxpay ledger list --provider sync`"+`): el usuario
y el sitio, nunca un valor del formulario.

Códigos de salida: 0 cuando la sincronización terminó, 5 cuando el sitio la
rechazó (con lo que hay que hacer), 4 cuando el proveedor falló o no se pudo
contactar, 6 cuando las credenciales se enviaron y no se pudo saber si Sync las
registró, 2 cuando falta un campo y no hay terminal para preguntarlo.`),
		tr(`  mxpay sync credentials create --user 5df859c4a7a6442757726ef4 --site 56cf5728784806f72b8b4568
  printf 'rfc=ACM010101ABC\npassword=%s\n' "$CIEC" | mxpay sync credentials create --site 5da784f1f9de2a06483abec1 --stdin
  mxpay sync credentials create --site 56cf5728784806f72b8b4569 --no-wait -o json`,
			`  mxpay sync credentials create --user 5df859c4a7a6442757726ef4 --site 56cf5728784806f72b8b4568
  printf 'rfc=ACM010101ABC\npassword=%s\n' "$CIEC" | mxpay sync credentials create --site 5da784f1f9de2a06483abec1 --stdin
  mxpay sync credentials create --site 56cf5728784806f72b8b4569 --no-wait -o json`),
		tr("site `ID` from `mxpay sync sites list` (chosen from a list on a terminal)", "`ID` del sitio, de `mxpay sync sites list` (en una terminal se elige de una lista)"),
		tr("credential field value as `FIELD=VALUE` (repeatable; not for passwords: command lines land in shell history)",
			"valor de un campo de la credencial como `FIELD=VALUE` (se puede repetir; no para contraseñas: las líneas de comandos quedan en el historial del shell)"),
		tr("read FIELD=VALUE lines from standard input, one field per line", "lee líneas FIELD=VALUE de la entrada estándar, un campo por línea"),
		tr("print id_credential and id_job and exit without following the job", "muestra id_credential e id_job y termina sin seguir el proceso"),
		tr("Show the codes a sync job went through, newest last", "Muestra los códigos por los que pasó un proceso de sincronización, el más reciente al final"),
		tr(`Show the codes a sync job went through, newest last.

With --watch it waits until the job ends (or asks for a two-factor code)
and exits like `+"`credentials create`"+`: 0 on success, 5 when the site
refused, 4 when the provider failed.`,
			`Muestra los códigos por los que pasó un proceso de sincronización, el más
reciente al final.

Con --watch espera a que el proceso termine (o pida un código de verificación)
y termina como `+"`credentials create`"+`: 0 si salió bien, 5 cuando el sitio lo
rechazó, 4 cuando falló el proveedor.`),
		tr(`  mxpay sync credentials status 5e17c4325d4f6077171c0254
  mxpay sync credentials status 5e17c4325d4f6077171c0254 --watch`,
			`  mxpay sync credentials status 5e17c4325d4f6077171c0254
  mxpay sync credentials status 5e17c4325d4f6077171c0254 --watch`),
		tr("wait until the job ends or asks for a two-factor code", "espera a que el proceso termine o pida un código de verificación"),

		// twofa
		tr("Answer a sync job that is waiting for a two-factor code, and follow it", "Responde a un proceso de sincronización que espera un código de verificación, y síguelo"),
		tr(`Answer a sync job that is waiting for a two-factor code (code 410), then
follow the job to its end like `+"`credentials create`"+`.

Values come from --set, from --stdin (one value per line, in the order of the
site's two-factor fields, so a script can pipe an SMS code), or are asked for
on a terminal. A job still starting is waited for; a job that is not waiting
for a code is an error (exit 1).`,
			`Responde a un proceso de sincronización que espera un código de verificación
(código 410) y sigue el proceso hasta el final, como `+"`credentials create`"+`.

Los valores vienen de --set, de --stdin (un valor por línea, en el orden de los
campos de verificación del sitio, para que un script pueda pasar un código de
SMS), o se preguntan en una terminal. Si el proceso apenas está iniciando, se
espera; si no está esperando un código, es un error (código de salida 1).`),
		tr(`  mxpay sync twofa 5e27c17ce6fea94c7c6b4194
  mxpay sync twofa 5e27c17ce6fea94c7c6b4194 --set token=123456
  read-sms-code | mxpay sync twofa 5e27c17ce6fea94c7c6b4194 --stdin`,
			`  mxpay sync twofa 5e27c17ce6fea94c7c6b4194
  mxpay sync twofa 5e27c17ce6fea94c7c6b4194 --set token=123456
  read-sms-code | mxpay sync twofa 5e27c17ce6fea94c7c6b4194 --stdin`),
		tr("two-factor field value as `FIELD=VALUE` (repeatable)", "valor de un campo de verificación como `FIELD=VALUE` (se puede repetir)"),
		tr("read the values from standard input, one per line", "lee los valores de la entrada estándar, uno por línea"),
	}
}

// spanishSyncMessages is what the sync commands write for a person:
// prompts, progress, results, hints and errors, table headers and words.
func spanishSyncMessages() []entry {
	return []entry{
		// table headers
		tr("ID", "ID"),
		tr("NAME", "NOMBRE"),
		tr("EXTERNAL ID", "ID EXTERNO"),
		tr("CREATED", "CREADO"),
		tr("MODIFIED", "MODIFICADO"),
		tr("ORGANIZATION", "ORGANIZACIÓN"),
		tr("REQUIRED FIELDS", "CAMPOS OBLIGATORIOS"),
		tr("TYPE", "TIPO"),
		tr("COUNTRY", "PAÍS"),
		tr("SITES", "SITIOS"),
		tr("CODE", "CÓDIGO"),
		tr("SITE", "SITIO"),
		tr("USERNAME", "USUARIO"),
		tr("STATUS", "ESTADO"),
		tr("REFRESHED", "ACTUALIZADO"),
		tr("CREDENTIAL", "CREDENCIAL"),
		tr("JOB", "PROCESO"),
		tr("STAGE", "ETAPA"),
		tr("FILE", "ARCHIVO"),
		tr("BYTES", "BYTES"),
		tr("ERROR", "ERROR"),
		tr("Credential", "Credencial"),
		tr("Job", "Proceso"),
		tr("Site", "Sitio"),
		tr("Code", "Código"),
		tr("Accounts found", "Cuentas encontradas"),
		tr("unknown", "desconocido"),

		// job stages (codes.go), in tables and progress
		tr("registered", "registrado"),
		tr("starting", "conectando"),
		tr("logged in, downloading", "sesión iniciada, descargando"),
		tr("two-factor code received", "código de verificación recibido"),
		tr("finished", "terminado"),
		tr("waiting for the two-factor code", "esperando el código de verificación"),
		tr("working", "en proceso"),
		tr("failed at the provider", "falló en el proveedor"),
		tr("two-factor code timed out", "se agotó el tiempo del código de verificación"),
		tr("rejected by the site", "rechazado por el sitio"),

		// attachments get --all (getall.go)
		tr("downloaded", "descargado"),
		tr("skipped", "omitido"),
		tr("failed", "fallido"),
		tr("attachments", "adjuntos"),
		tr("%d downloaded, %d already there, %d failed (in %s).", "%d descargados, %d ya estaban, %d fallaron (en %s)."),
		pluralOf("%d attachment(s) failed to download:\n%s", "%d adjunto no se pudo descargar:\n%s", "%d adjuntos no se pudieron descargar:\n%s"),
		tr("run the same command again: complete files are skipped", "vuelve a ejecutar el mismo comando: los archivos completos se omiten"),
		tr("--concurrency must be between 1 and 64", "--concurrency debe estar entre 1 y 64"),

		// progress nouns (listing.go)
		tr("users", "usuarios"),
		tr("sites", "sitios"),
		tr("account types", "los tipos de cuenta"),
		tr("attachment types", "los tipos de adjunto"),
		tr("countries", "los países"),
		tr("organizations", "organizaciones"),

		// users
		tr("User name", "Nombre del usuario"),
		tr("run `mxpay sync users list --external-id %s` to see whether it was created before creating it again",
			"ejecuta `mxpay sync users list --external-id %s` para ver si se creó antes de volver a crearlo"),
		tr("run `mxpay sync users list` to see whether it was created before creating it again; with --external-id mxpay can check by itself",
			"ejecuta `mxpay sync users list` para ver si se creó antes de volver a crearlo; con --external-id mxpay lo puede verificar solo"),
		tr("The reply was lost, but the user was created.", "La respuesta se perdió, pero el usuario sí se creó."),
		tr("Next: make it the default user with `mxpay config set sync.user %s`, or pass --user %s.",
			"Siguiente paso: hazlo el usuario predeterminado con `mxpay config set sync.user %s`, o pasa --user %s."),
		tr("nothing to update: pass --name or --external-id", "no hay nada que actualizar: pasa --name o --external-id"),
		tr("Delete Sync user %s and ALL of their data (credentials, accounts, transactions, attachments)? This cannot be undone.",
			"¿Confirmas que quieres eliminar el usuario de Sync %s y TODA su información (credenciales, cuentas, movimientos, adjuntos)? No se puede deshacer."),
		tr("Deleted user %s and all of their data.", "Se eliminó el usuario %s y toda su información."),

		// the user of a command (deps.go)
		tr("pass --user ID, or set a default with `mxpay config set sync.user ID`; `mxpay sync users list` shows the ids",
			"pasa --user ID o define uno predeterminado con `mxpay config set sync.user ID`; `mxpay sync users list` muestra los ids"),
		tr("this API key has no Sync users yet", "esta API key todavía no tiene usuarios de Sync"),
		tr("create one with `mxpay sync users create --name NAME`", "crea uno con `mxpay sync users create --name NAME`"),
		tr("Sync user", "Usuario de Sync"),
		tr("check the key with `mxpay auth status`, or store another with `mxpay auth login sync`",
			"revisa la API key con `mxpay auth status`, o guarda otra con `mxpay auth login sync`"),

		// sites and the site picker
		tr("--type must be business or personal, not %q", "--type debe ser business o personal, no %q"),
		tr("Sync's site catalogue is empty for this user: there is no site to connect to",
			"el catálogo de sitios de Sync está vacío para este usuario: no hay ningún sitio al cual conectarse"),
		tr("Bank or institution (type to filter)", "Banco o institución (escribe para filtrar)"),
		tr("Site at %s (type to filter)", "Sitio de %s (escribe para filtrar)"),
		tr("1 site", "1 sitio"),
		tr("%d sites", "%d sitios"),

		// catalogues
		tr("--with-sites reads /catalogues/organizations/sites, which takes no --limit, --skip, --order or --all: Sync sends it whole",
			"--with-sites lee /catalogues/organizations/sites, que no acepta --limit, --skip, --order ni --all: Sync lo manda completo"),

		// credentials
		tr("Delete credential %s with its accounts, transactions and attachments?", "¿Confirmas que quieres eliminar la credencial %s con sus cuentas, movimientos y adjuntos?"),
		tr("Deleted credential %s.", "Se eliminó la credencial %s."),
		tr("run `mxpay sync credentials list --user %s` to see whether a credential for %s was registered before creating it again",
			"ejecuta `mxpay sync credentials list --user %s` para ver si se registró una credencial para %s antes de volver a crearla"),
		tr("pass them as FIELD=VALUE lines on --stdin, or run in a terminal to be asked", "pásalos como líneas FIELD=VALUE con --stdin, o ejecútalo en una terminal para que se te pregunten"),
		tr("missing credential fields for %s: %s", "faltan campos de la credencial para %s: %s"),
		tr("credential fields for %s", "campos de la credencial para %s"),
		tr("no site with id %s", "no hay ningún sitio con id %s"),
		tr("find the id with `mxpay sync sites list --name TEXT`", "busca el id con `mxpay sync sites list --name TEXT`"),
		tr("The job is waiting for a two-factor code: run `mxpay sync twofa %s`.", "El proceso espera un código de verificación: ejecuta `mxpay sync twofa %s`."),

		// form fields (fields.go, field_lines.go)
		tr("--set wants FIELD=VALUE, got a value without a field name or '='", "--set espera FIELD=VALUE y recibió un valor sin nombre de campo o sin '='"),
		tr("unknown field %q in --set: this form has %s", "campo desconocido %q en --set: este formulario tiene %s"),
		tr("warning: the %s field is a password, and --set puts it on the command line, where shell history and `ps` can show it; leave it out to be asked, or pass it with --stdin",
			"aviso: el campo %s es una contraseña, y --set la pone en la línea de comandos, donde el historial del shell y `ps` la pueden mostrar; omítela para que se te pregunte, o pásala con --stdin"),
		tr("missing %s: %s", "faltan %s: %s"),
		tr("the value given for %s (%s) does not have the format the site expects (%s)", "el valor dado para %s (%s) no tiene el formato que espera el sitio (%s)"),
		tr("--stdin: line %d is longer than %d KB", "--stdin: la línea %d mide más de %d KB"),
		tr("reading stdin: %w", "al leer la entrada estándar: %w"),
		tr("--stdin line %d: want FIELD=VALUE (the fields are %s)", "--stdin, línea %d: se espera FIELD=VALUE (los campos son %s)"),
		tr("--stdin line %d names a field this form does not have (it has %s)", "--stdin, línea %d: nombra un campo que este formulario no tiene (tiene %s)"),
		tr("--stdin line %d: field %s is given twice", "--stdin, línea %d: el campo %s viene dos veces"),
		tr("--stdin line %d: field %s is given with --set too", "--stdin, línea %d: el campo %s también viene con --set"),
		tr("--stdin: no line for two-factor field %s (one value per line, in the order %s)",
			"--stdin: falta la línea del campo de verificación %s (un valor por línea, en el orden %s)"),

		// two-factor and the job (twofa.go, follow.go, summary.go)
		tr("two-factor fields", "campos del código de verificación"),
		tr("job %s is not waiting for a two-factor code: it ended with code %d (%s); see `mxpay sync credentials status %s`",
			"el proceso %s no está esperando un código de verificación: terminó con el código %d (%s); consulta `mxpay sync credentials status %s`"),
		tr("pipe them to `mxpay sync twofa %s --stdin` (one value per line), or run in a terminal to be asked",
			"pásalos por una tubería a `mxpay sync twofa %s --stdin` (un valor por línea), o ejecútalo en una terminal para que se te pregunten"),
		tr("Job %s: checking", "Proceso %s: consultando"),
		tr("Job %s: %s", "Proceso %s: %s"),
		tr("Job %s: two-factor code sent", "Proceso %s: código de verificación enviado"),
		tr("job %s has no status yet", "el proceso %s todavía no tiene estado"),
		tr("job %s is waiting for a two-factor code and there is no terminal to ask for it",
			"el proceso %s espera un código de verificación y no hay terminal para preguntarlo"),
		tr("answer it with `mxpay sync twofa %s --stdin` (one value per line)", "respóndelo con `mxpay sync twofa %s --stdin` (un valor por línea)"),
		tr("The site asks for a two-factor code.", "El sitio pide un código de verificación."),
		tr("the job still waits for the code: answer it with `mxpay sync twofa %s`", "el proceso sigue esperando el código: respóndelo con `mxpay sync twofa %s`"),
		tr("job %s: two-factor code timed out (code 411)", "proceso %s: se agotó el tiempo del código de verificación (código 411)"),
		tr("run `mxpay sync twofa %s` as soon as the next code arrives, or start again with `mxpay sync credentials create`",
			"ejecuta `mxpay sync twofa %s` en cuanto llegue el siguiente código, o empieza de nuevo con `mxpay sync credentials create`"),
		tr("job %s failed at the provider (code %d): %s", "el proceso %s falló en el proveedor (código %d): %s"),
		tr("nothing is wrong with the credentials; try again later", "las credenciales están bien; inténtalo más tarde"),
		tr("job %s stopped with code %d: %s", "el proceso %s se detuvo con el código %d: %s"),
		tr("job %s stopped with code %d: the site did not accept the connection", "el proceso %s se detuvo con el código %d: el sitio no aceptó la conexión"),
		tr("Connected %s. See the accounts it found: `mxpay sync accounts list --user %s`.",
			"Se conectó %s. Consulta las cuentas que encontró: `mxpay sync accounts list --user %s`."),
		tr("Job %s finished.", "El proceso %s terminó."),
		tr("The reply was lost, but credential %s for %s was registered (code %d: %s). Its sync job is not known, so it is not followed: see `mxpay sync credentials list --user %s`.",
			"La respuesta se perdió, pero la credencial %s para %s sí se registró (código %d: %s). No se conoce su proceso de sincronización, así que no se sigue: consulta `mxpay sync credentials list --user %s`."),

		// what a final job code asks for (follow.go)
		tr("the site rejected the username or password; check them and try again", "el sitio rechazó el usuario o la contraseña; revísalos e inténtalo de nuevo"),
		tr("the two-factor code or token was rejected; start again and use a fresh code", "se rechazó el código de verificación o el token; empieza de nuevo y usa un código nuevo"),
		tr("the account is locked at the site; unlock it there (usually by resetting the password) and try again",
			"la cuenta está bloqueada en el sitio; desbloquéala ahí (por lo general, restableciendo la contraseña) e inténtalo de nuevo"),
		tr("someone is logged in to this account elsewhere; log out of the other session and try again",
			"alguien tiene una sesión abierta en esta cuenta en otro lado; cierra esa otra sesión e inténtalo de nuevo"),
		tr("the site needs you to do something there first (accept terms, change the password, confirm details); log in on the site, finish it, and try again",
			"el sitio necesita que primero hagas algo ahí (aceptar términos, cambiar la contraseña, confirmar datos); entra al sitio, termínalo e inténtalo de nuevo"),
		tr("these credentials belong to a different site; check the site id with `mxpay sync sites list`",
			"estas credenciales son de otro sitio; revisa el id del sitio con `mxpay sync sites list`"),
		tr("the two-factor code timed out", "se agotó el tiempo del código de verificación"),
		tr("the site could not log in for a reason of its own; log in on the site to check the account, then try again",
			"el sitio no pudo iniciar sesión por una razón propia; entra al sitio para revisar la cuenta y luego inténtalo de nuevo"),
		tr("this site is no longer supported by Sync; look for its replacement with `mxpay sync sites list`",
			"Sync ya no da soporte a este sitio; busca su reemplazo con `mxpay sync sites list`"),
		tr("the site is unavailable", "el sitio no está disponible"),
		tr("the connection to the site timed out", "se agotó el tiempo de la conexión con el sitio"),
		tr("the site is under maintenance", "el sitio está en mantenimiento"),
		tr("Sync had an internal error", "Sync tuvo un error interno"),

		// paging and dates (listing.go)
		tr("--limit and --skip must not be negative, and --page-size must be positive", "--limit y --skip no deben ser negativos, y --page-size debe ser positivo"),
		tr("--%s wants a date (2026-01-31) or an RFC 3339 time (2026-01-31T18:00:00-06:00), got %q",
			"--%s espera una fecha (2026-01-31) o una hora RFC 3339 (2026-01-31T18:00:00-06:00) y recibió %q"),
		tr("--%s is after --%s", "--%s es posterior a --%s"),
	}
}

// spanishSyncClient is internal/sync's words: the errors of the client.
// What Sync itself says (its message) is the provider's and shown as sent.
func spanishSyncClient() []entry {
	return []entry{
		tr("Sync answered %d to %s %s: %s", "Sync respondió %d a %s %s: %s"),
		tr("Sync answered %d %s, but %s", "Sync respondió %d %s, pero %s"),
		tr("Sync answered %d %s (a redirect to no Location, not followed)", "Sync respondió %d %s (una redirección sin Location, que no se siguió)"),
		tr("Sync answered %d %s (a redirect to %s, not followed)", "Sync respondió %d %s (una redirección a %s, que no se siguió)"),
		tr("Sync answered %d %s and an empty body", "Sync respondió %d %s con el cuerpo vacío"),
		tr("Sync answered %d %s and a reply that is not its JSON envelope: %q", "Sync respondió %d %s con una respuesta que no es su sobre JSON: %q"),
		tr("Sync answered %s %s with %d %s, but %s", "Sync respondió a %s %s con %d %s, pero %s"),
		tr("Sync answered %s %s with %d %s (a redirect to no Location, not followed)", "Sync respondió a %s %s con %d %s (una redirección sin Location, que no se siguió)"),
		tr("Sync answered %s %s with %d %s (a redirect to %s, not followed)", "Sync respondió a %s %s con %d %s (una redirección a %s, que no se siguió)"),
		tr("Sync answered %s %s with %d %s and an empty body", "Sync respondió a %s %s con %d %s y el cuerpo vacío"),
		tr("Sync answered %s %s with %d %s and a reply that is not its JSON envelope: %q", "Sync respondió a %s %s con %d %s y una respuesta que no es su sobre JSON: %q"),
		tr("its response has an unexpected shape (%s)", "su response tiene una forma inesperada (%s)"),
		tr("it has no token", "no trae token"),
		tr("it has no count", "no trae el conteo"),

		tr("encoding the request: %w", "al codificar la solicitud: %w"),
		tr("building the request: %w", "al armar la solicitud: %w"),
		tr("nothing identifies it to look it up by", "nada lo identifica para buscarlo"),
		tr("no Sync user given", "no se indicó ningún usuario de Sync"),
		tr("creating the session cache: %w", "al crear la caché de sesiones: %w"),
		tr("writing the session cache: %w", "al escribir la caché de sesiones: %w"),
		tr("opening a session for user %s: %w", "al abrir una sesión para el usuario %s: %w"),
		tr("listing users: %w", "al listar los usuarios: %w"),
		tr("creating the user: %w", "al crear el usuario: %w"),
		tr("updating user %s: %w", "al actualizar el usuario %s: %w"),
		tr("deleting user %s: %w", "al eliminar el usuario %s: %w"),
		tr("listing sites: %w", "al listar los sitios: %w"),
		tr("listing %s: %w", "al listar %s: %w"),
		// and the catalogues it names: account types, attachment types and
		// countries are with the progress nouns.
		tr("site organizations", "las organizaciones de los sitios"),
		tr("sites by organization", "los sitios por organización"),
		tr("listing credentials: %w", "al listar las credenciales: %w"),
		tr("deleting credential %s: %w", "al eliminar la credencial %s: %w"),
		tr("creating credentials: %w", "al crear las credenciales: %w"),
		tr("reading job %s: %w", "al consultar el proceso %s: %w"),
		tr("sending the two-factor answer for job %s: %w", "al enviar el código de verificación del proceso %s: %w"),
		tr("listing accounts: %w", "al listar las cuentas: %w"),
		tr("listing transactions: %w", "al listar los movimientos: %w"),
		tr("counting transactions: %w", "al contar los movimientos: %w"),
		tr("listing attachments: %w", "al listar los adjuntos: %w"),
		tr("counting attachments: %w", "al contar los adjuntos: %w"),
		tr("reading the extracted data of attachment %s: %w", "al leer los datos extraídos del adjunto %s: %w"),
		tr("downloading attachment %s: %w", "al descargar el archivo adjunto %s: %w"),
		tr("listing webhooks: %w", "al listar los webhooks: %w"),
		tr("creating the webhook: %w", "al crear el webhook: %w"),
		tr("deleting webhook %s: %w", "al eliminar el webhook %s: %w"),
		tr("the body is not JSON", "el cuerpo no es JSON"),
		tr("the body is not a JSON object", "el cuerpo no es un objeto JSON"),
		tr("the event's %s link is not a Sync API path", "el enlace %s del evento no es una ruta del API de Sync"),
	}
}
