package i18n

// spanishFacti is the Spanish of Facti: its client's errors and the facti commands.
func spanishFacti() []entry {
	return concat(spanishFactiHelp(), spanishFactiMessages())
}

// spanishFactiMessages is what the facti commands and the Facti client
// write for a person: errors and their next steps, confirmations,
// progress, results, table headers and status words.
func spanishFactiMessages() []entry {
	return []entry{}
}

// spanishFactiHelp is the help of `mxpay facti`: Short, Long, Example and
// every flag's usage, each keyed by its whole English text.
func spanishFactiHelp() []entry {
	return []entry{
		// Help: mxpay facti
		tr(`Issue payment requests to customers and follow their payment`,
			`Envía solicitudes de pago a tus clientes y da seguimiento a sus pagos`),
		tr(`Facti sends payment requests (with STP CLABE and bank references) to your
customers and tells you when they pay.

Under --env emulator everything works with zero set-up: the emulator's demo
account has one company (id 1, RFC EMU190101AB1) with an STP and a
bank payment way, used by default for --company and --from-rfc.`,
			`Facti envía solicitudes de pago (con CLABE STP y referencias bancarias) a tus
clientes y te avisa cuando pagan.

Con --env emulator todo funciona sin configurar nada: la cuenta de demostración
del emulador tiene una empresa (id 1, RFC EMU190101AB1) con una forma de pago
STP y una bancaria, que se usan por omisión para --company y --from-rfc.`),
		tr(`  $ mxpay --env emulator facti payments new --folio 1001 --to-name "Cliente SA" \
      --to-email pagos@cliente.mx --amount 1500.00
  $ mxpay --env emulator facti payments list --status pending`,
			`  $ mxpay --env emulator facti payments new --folio 1001 --to-name "Cliente SA" \
      --to-email pagos@cliente.mx --amount 1500.00
  $ mxpay --env emulator facti payments list --status pending`),

		// Help: mxpay facti clabe
		tr(`Get a customer's STP CLABE accounts (stp_client_clabe)`,
			`Obtén las cuentas CLABE STP de un cliente (stp_client_clabe)`),
		tr(`Get the STP CLABE accounts a customer registers in their bank portal to pay
your company; one per STP payment way, the same every time for a company and
customer. Errors for individual payment ways go to stderr.`,
			`Obtén las cuentas CLABE STP que un cliente da de alta en su portal bancario para
pagarle a tu empresa: una por forma de pago STP, siempre la misma para cada
empresa y cliente. Los errores de cada forma de pago se escriben en stderr.`),
		tr(`  $ mxpay facti clabe --email pagos@cliente.mx
  $ mxpay facti clabe --company 452 --email pagos@cliente.mx --payment-way 1 -o json`,
			`  $ mxpay facti clabe --email pagos@cliente.mx
  $ mxpay facti clabe --company 452 --email pagos@cliente.mx --payment-way 1 -o json`),
		tr(`Facti company id (default: the profile's facti.company_id)`,
			`id de la empresa en Facti (por omisión: facti.company_id del perfil)`),
		tr(`customer's e-mail (required)`,
			`correo electrónico del cliente (obligatorio)`),
		tr(`only this STP payment way id; repeatable`,
			`solo esta forma de pago STP (id); se puede repetir`),

		// Help: mxpay facti ipn
		tr(`Receive and test Facti's payment notifications (IPN)`,
			`Recibe y prueba las notificaciones de pago de Facti (IPN)`),
		tr("Facti posts a notification (IPN) to your webhook each time a payment is\nconciliated, signed with the md5 of your company's IPN password. Store that\npassword with `mxpay auth login facti` (or MXPAY_FACTI_IPN_PASSWORD).",
			"Facti envía una notificación (IPN) a tu webhook cada vez que se concilia un\npago, firmada con el md5 de la contraseña IPN de tu empresa. Guarda esa\ncontraseña con `mxpay auth login facti` (o MXPAY_FACTI_IPN_PASSWORD)."),
		tr(`  $ mxpay facti ipn listen --forward-to http://localhost:3000/webhooks/facti
  $ mxpay facti ipn send --to http://localhost:3000/webhooks/facti --payment 38`,
			`  $ mxpay facti ipn listen --forward-to http://localhost:3000/webhooks/facti
  $ mxpay facti ipn send --to http://localhost:3000/webhooks/facti --payment 38`),

		// Help: mxpay facti ipn listen
		tr(`Receive Facti's IPNs, log them durably and print them`,
			`Recibe las IPN de Facti, guárdalas en una bitácora segura y muéstralas`),
		tr("Receive IPN POSTs (form or JSON: ipn_password, ipn_type, data). Each one is\nchecked against the md5 of the profile's IPN password (401 otherwise), appended\nto a JSONL log and fsync'd before Facti gets its 200 (if that fails, Facti gets\na 500 and sends it again), deduplicated by payment id (also across restarts,\nfrom the log), printed as one JSON line on stdout, and optionally forwarded to\n--forward-to (retried with backoff) or piped to --exec. Ctrl-C stops it cleanly.\n\nIt can face the internet: bodies over --max-body get 413, a client must send\nits headers within --header-timeout and its body within --body-timeout, idle\nconnections close after --idle-timeout, and at most --max-connections are\nserved at once, so slow clients cannot hold it. Requests with a wrong\nipn_password get 401; the first is reported, the rest only counted.\n\nUnder --env emulator the emulator's demo company is pointed at this listener,\nso `mxpay --env emulator facti payments pay ID` in another terminal delivers here.",
			"Recibe los POST de IPN (formulario o JSON: ipn_password, ipn_type, data). Cada\nuno se verifica contra el md5 de la contraseña IPN del perfil (si no coincide,\n401), se agrega a una bitácora JSONL y se escribe a disco (fsync) antes de que\nFacti reciba su 200 (si eso falla, Facti recibe un 500 y la vuelve a enviar), se\ndescarta si se repite el id de pago (también entre reinicios, gracias a la\nbitácora), se muestra como una línea JSON en stdout y, si quieres, se reenvía a\n--forward-to (con reintentos espaciados) o se pasa a --exec. Ctrl-C lo detiene\nsin perder nada.\n\nPuede quedar expuesto a internet: los cuerpos de más de --max-body reciben 413,\nun cliente debe enviar sus encabezados dentro de --header-timeout y su cuerpo\ndentro de --body-timeout, las conexiones inactivas se cierran tras\n--idle-timeout y se atienden a lo más --max-connections a la vez, así que los\nclientes lentos no lo pueden acaparar. Las solicitudes con un ipn_password\nincorrecto reciben 401; se avisa de la primera y las demás solo se cuentan.\n\nCon --env emulator, la empresa de demostración del emulador apunta a este\nreceptor, así que `mxpay --env emulator facti payments pay ID` en otra terminal\nentrega aquí."),
		tr(`  $ mxpay facti ipn listen --forward-to http://localhost:3000/webhooks/facti
  $ mxpay facti ipn listen --addr 0.0.0.0:8090 --path /facti/ipn --log /var/log/facti-ipn.jsonl
  $ mxpay facti ipn listen --exec 'jq -r .data.folio >> paid-folios.txt'`,
			`  $ mxpay facti ipn listen --forward-to http://localhost:3000/webhooks/facti
  $ mxpay facti ipn listen --addr 0.0.0.0:8090 --path /facti/ipn --log /var/log/facti-ipn.jsonl
  $ mxpay facti ipn listen --exec 'jq -r .data.folio >> paid-folios.txt'`),
		tr(`address to listen on`,
			`dirección en la que escucha`),
		tr(`drop a request whose body takes longer, after its headers`,
			`corta una solicitud cuyo cuerpo tarde más que esto, después de sus encabezados`),
		tr(`run this shell command for each new IPN, with its JSON line on stdin`,
			`ejecuta este comando de shell por cada IPN nueva, con su línea JSON en stdin`),
		tr(`forward each new IPN, as received, to this URL (retried with backoff)`,
			`reenvía cada IPN nueva, tal como llegó, a esta URL (con reintentos espaciados)`),
		tr(`drop a connection whose request line and headers take longer`,
			`corta una conexión cuya línea de solicitud y encabezados tarden más que esto`),
		tr(`close a kept-alive connection idle this long`,
			`cierra una conexión persistente que lleve inactiva este tiempo`),
		tr(`durable JSONL log of verified IPNs; also remembers which were seen`,
			`bitácora JSONL segura de las IPN verificadas; también recuerda cuáles ya llegaron`),
		tr(`largest body accepted, in bytes; larger ones are answered 413`,
			`cuerpo más grande que se acepta, en bytes; a los más grandes se responde 413`),
		tr(`connections served at once; more wait until one closes`,
			`conexiones atendidas a la vez; las demás esperan a que se cierre una`),
		tr(`URL path that receives the IPNs`,
			`ruta de la URL que recibe las IPN`),

		// Help: mxpay facti ipn send
		tr(`Send a correctly signed test IPN to your webhook`,
			`Envía a tu webhook una IPN de prueba correctamente firmada`),
		tr(`Send your webhook the notification Facti would send for a payment: signed
with the md5 of the profile's IPN password and posted as a form (or JSON with
--json). Nothing changes at Facti.

The data has every member Facti documents, in its order, with the values
company_payments shows for the payment (company_id as the listing names it).
A payment still pending is described as paid now, in full. The payment way
(payment_way_id, payment_way_alias) is the company's way of the payment's
confirmed_from, from company_payment_ways for --rfc (default facti.from_rfc).
No documented call returns company_razon_social or company_alias: they are
sent empty unless set with --set.

--set KEY=VALUE changes or adds any member, to test edge cases: a partial
payment (--set amount_received=50.00), an unknown payment way
(--set payment_way_id=99). A value that is JSON (a number, true, null, a
"quoted string") is sent as such, anything else as a string. --unset KEY
leaves a member out.`,
			`Envía a tu webhook la notificación que Facti enviaría por un pago: firmada con
el md5 de la contraseña IPN del perfil y enviada como formulario (o JSON con
--json). En Facti no cambia nada.

data trae todos los campos que Facti documenta, en su orden, con los valores
que company_payments muestra para el pago (company_id como lo nombra el
listado). Un pago aún pendiente se describe como pagado ahora, completo. La
forma de pago (payment_way_id, payment_way_alias) es la de la empresa que
corresponde al confirmed_from del pago, según company_payment_ways para --rfc
(por omisión facti.from_rfc). Ninguna llamada documentada devuelve
company_razon_social ni company_alias: se envían vacíos salvo que los fijes
con --set.

--set KEY=VALUE cambia o agrega cualquier campo, para probar casos límite: un
pago parcial (--set amount_received=50.00), una forma de pago desconocida
(--set payment_way_id=99). Un valor que es JSON (un número, true, null, una
"cadena entre comillas") se envía como tal; cualquier otro, como cadena.
--unset KEY deja fuera un campo.`),
		tr(`  $ mxpay facti ipn send --to http://localhost:3000/webhooks/facti --payment 38
  $ mxpay facti ipn send --to http://localhost:3000/webhooks/facti --payment 38 --set amount_received=50.00
  $ mxpay --env emulator facti ipn send --to http://127.0.0.1:8090/ipn --payment 1 --json`,
			`  $ mxpay facti ipn send --to http://localhost:3000/webhooks/facti --payment 38
  $ mxpay facti ipn send --to http://localhost:3000/webhooks/facti --payment 38 --set amount_received=50.00
  $ mxpay --env emulator facti ipn send --to http://127.0.0.1:8090/ipn --payment 1 --json`),
		tr(`company whose payment it is (default: the profile's facti.company_id)`,
			`empresa a la que pertenece el pago (por omisión: facti.company_id del perfil)`),
		tr(`send a JSON body instead of a form`,
			`envía un cuerpo JSON en lugar de un formulario`),
		tr(`id of the payment the IPN is about (required)`,
			`id del pago del que trata la IPN (obligatorio)`),
		tr(`RFC of that company, to find its payment ways (default: the profile's facti.from_rfc)`,
			`RFC de esa empresa, para encontrar sus formas de pago (por omisión: facti.from_rfc del perfil)`),
		tr("set a member of the IPN's data: `KEY=VALUE` (repeatable)",
			"fija un campo de data de la IPN: `KEY=VALUE` (se puede repetir)"),
		tr(`webhook URL to send the IPN to (required)`,
			`URL del webhook al que se envía la IPN (obligatorio)`),
		tr("leave a member of the IPN's data out: `KEY` (repeatable)",
			"deja fuera un campo de data de la IPN: `KEY` (se puede repetir)"),

		// Help: mxpay facti payment-ways
		tr(`List a company's payment ways (company_payment_ways)`,
			`Lista las formas de pago de una empresa (company_payment_ways)`),
		tr(`List the payment ways configured for the company with an RFC, to find the ids --payment-way takes.`,
			`Lista las formas de pago configuradas para la empresa de un RFC, para encontrar los ids que recibe --payment-way.`),
		tr(`  $ mxpay facti payment-ways
  $ mxpay facti payment-ways --rfc ACM010101ABC -o json`,
			`  $ mxpay facti payment-ways
  $ mxpay facti payment-ways --rfc ACM010101ABC -o json`),
		tr(`RFC of the company (default: the profile's facti.from_rfc)`,
			`RFC de la empresa (por omisión: facti.from_rfc del perfil)`),

		// Help: mxpay facti payments
		tr(`Create, list, inspect, mark paid and delete payment requests`,
			`Crea, lista, consulta, marca como pagadas y elimina solicitudes de pago`),
		tr(`  $ mxpay facti payments new --folio 1001 --to-name "Cliente SA" --to-email pagos@cliente.mx --amount 1500
  $ mxpay facti payments list --status paid --paid-from "$(date +%Y-%m-01)"
  $ mxpay facti payments get 38`,
			`  $ mxpay facti payments new --folio 1001 --to-name "Cliente SA" --to-email pagos@cliente.mx --amount 1500
  $ mxpay facti payments list --status paid --paid-from "$(date +%Y-%m-01)"
  $ mxpay facti payments get 38`),

		// Help: mxpay facti payments delete
		tr(`Delete a pending payment request`,
			`Elimina una solicitud de pago pendiente`),
		tr(`Delete a payment request. Facti only deletes pending requests: one that has
been paid cannot be deleted. Asks for confirmation on a terminal; pass --yes otherwise.

The request is sent once. If its reply is lost, mxpay reads the payment until
Facti no longer shows it (over verify_window) and reports what it is now.`,
			`Elimina una solicitud de pago. Facti solo elimina solicitudes pendientes: una que
ya se pagó no se puede eliminar. En una terminal pide confirmación; si no, usa --yes.

La solicitud se envía una sola vez. Si se pierde la respuesta, mxpay consulta el
pago hasta que Facti deja de mostrarlo (durante verify_window) e informa cómo
quedó.`),
		tr(`  $ mxpay facti payments delete 38 --company 452
  $ mxpay facti payments delete 38 --yes`,
			`  $ mxpay facti payments delete 38 --company 452
  $ mxpay facti payments delete 38 --yes`),
		tr(`Facti company id the payment belongs to (default: the profile's facti.company_id)`,
			`id en Facti de la empresa a la que pertenece el pago (por omisión: facti.company_id del perfil)`),

		// Help: mxpay facti payments get
		tr(`Show one payment request by its id`,
			`Muestra una solicitud de pago por su id`),
		tr(`  $ mxpay facti payments get 38
  $ mxpay facti payments get 38 -o json | jq .status`,
			`  $ mxpay facti payments get 38
  $ mxpay facti payments get 38 -o json | jq .status`),

		// Help: mxpay facti payments list
		tr(`List a company's payment requests (company_payments)`,
			`Lista las solicitudes de pago de una empresa (company_payments)`),
		tr(`List the payment requests of a company, oldest first, one page (at most 200)
at a time; --all pages by id until every matching payment has been printed,
streaming the rows so memory stays flat however many there are.

Facti cannot search by folio: --folio and --serie page through the payments
(from --since-id on) and keep those that match.`,
			`Lista las solicitudes de pago de una empresa, de la más antigua a la más
reciente, una página (200 como máximo) a la vez; --all recorre las páginas por id
hasta mostrar todos los pagos que coinciden, escribiendo las filas conforme
llegan, así que la memoria no crece sin importar cuántas sean.

Facti no busca por folio: --folio y --serie recorren los pagos (a partir de
--since-id) y se quedan con los que coinciden.`),
		tr(`  $ mxpay facti payments list --status pending
  # Paid last week (GNU date), as CSV
  $ mxpay facti payments list --status paid --paid-from "$(date -d '-7 days' +%F)" -o csv
  # The total still to collect, exact to the cent
  $ mxpay facti payments list --status pending --all --totals
  $ mxpay facti payments list --all -o csv > payments.csv
  $ mxpay facti payments list --since-id 4000 --serie A --folio 1001`,
			`  $ mxpay facti payments list --status pending
  # Pagados la semana pasada (date de GNU), en CSV
  $ mxpay facti payments list --status paid --paid-from "$(date -d '-7 days' +%F)" -o csv
  # El total por cobrar, exacto al centavo
  $ mxpay facti payments list --status pending --all --totals
  $ mxpay facti payments list --all -o csv > payments.csv
  $ mxpay facti payments list --since-id 4000 --serie A --folio 1001`),
		tr(`fetch every page until exhausted`,
			`trae todas las páginas hasta la última`),
		tr(`only payments with this folio (pages through all payments)`,
			`solo los pagos con este folio (recorre todos los pagos)`),
		tr(`how many payments to fetch, 1 to 200 (with --all: the page size; default 200)`,
			`cuántos pagos traer, de 1 a 200 (con --all: el tamaño de página; por omisión 200)`),
		tr(`only payments with an id less than or equal to this`,
			`solo los pagos con un id menor o igual a este`),
		tr(`only payments paid at or after this: YYYY-MM-DD or "YYYY-MM-DD HH:MM:SS"`,
			`solo los pagos pagados en esta fecha o después: YYYY-MM-DD o "YYYY-MM-DD HH:MM:SS"`),
		tr(`only payments paid at or before this: YYYY-MM-DD (the whole day) or "YYYY-MM-DD HH:MM:SS"`,
			`solo los pagos pagados en esta fecha o antes: YYYY-MM-DD (el día completo) o "YYYY-MM-DD HH:MM:SS"`),
		tr(`only payments with this serie (pages through all payments)`,
			`solo los pagos con esta serie (recorre todos los pagos)`),
		tr(`only payments with an id greater than or equal to this`,
			`solo los pagos con un id mayor o igual a este`),
		tr(`only pending or paid payments: pending|paid`,
			`solo los pagos pendientes o los pagados: pending|paid`),
		tr(`add exact totals of the amounts per currency (under a terminal table, else on stderr: stdout is unchanged)`,
			`agrega los totales exactos de los montos por moneda (debajo de la tabla en una terminal; si no, en stderr: stdout no cambia)`),

		// Help: mxpay facti payments new
		tr(`Send a payment request to a customer (new_request)`,
			`Envía una solicitud de pago a un cliente (new_request)`),
		tr("Send a payment request: Facti e-mails the customer the ways to pay (STP CLABE,\nbank references) and answers with those references.\n\nEverything is validated before anything is sent (RFCs, YYYY-MM-DD dates,\ne-mails, amounts); an amount with more than two decimals is rounded up to the\ncent as Facti does (242.831 → 242.84) and the rounded amount is shown. On a\nterminal, missing required values are asked for.\n\nBefore sending, mxpay searches the company's payments (--company, default\nfacti.company_id) for the serie and folio and refuses to send a second request\nfor them unless --allow-duplicate-folio. The request is sent once, never\nrepeated: if its reply is lost (a timeout, a reset, a gateway error, a reply\nthat is not Facti's), mxpay looks it up among the payments created since, over\nverify_window, and reports it found, or its outcome unknown (exit 6) with the\ncommand to check. On a terminal, and always in production, it shows what will\nbe sent and asks first (--yes confirms without a terminal).\n\nGrouped requests (--group) are sent with folio 1, as Facti requires; mxpay\nrecognises them by their invoices, read from each candidate's details.\n\nEvery request is recorded in the ledger (`mxpay ledger list`) just before it\nis sent, and with its outcome after. One an earlier run left in flight or\nunknown (a process killed mid-request) is looked up before it is sent again;\none the ledger holds as sent is refused, on every machine that shares the\nledger, unless --allow-duplicate-folio.\n\nFrom an invoice: --from-cfdi FILE.xml (CFDI 3.3 or 4.0) or\n--from-sync-attachment ID take the serie, folio, receiver (RFC and name),\ntotal and concepts from the CFDI; --to-email is still required. The invoice\nmust be an income invoice in pesos, with totals that add up, issued by the\nRFC requests are sent from (exit 2 otherwise).\n\nBulk: --from-csv FILE sends one request per row; --from-sync-invoices sends\none per CFDI the company issued since --since (the Sync user's SAT\nconnection) that has no request yet, with e-mails from --emails FILE.csv\n(rfc,email; invoices without one are listed, not sent). Every row is\nvalidated before anything is sent; rows are sent --concurrency at a time\nand streamed as they complete; a re-run skips what was created.",
			"Envía una solicitud de pago: Facti le manda al cliente por correo las formas de\npago (CLABE STP, referencias bancarias) y responde con esas referencias.\n\nTodo se valida antes de enviar nada (RFC, fechas YYYY-MM-DD, correos, montos);\nun monto con más de dos decimales se redondea hacia arriba al centavo, como lo\nhace Facti (242.831 → 242.84), y se muestra el monto redondeado. En una\nterminal se piden los datos obligatorios que falten.\n\nAntes de enviar, mxpay busca la serie y el folio entre los pagos de la empresa\n(--company, por omisión facti.company_id) y no envía una segunda solicitud para\nellos salvo con --allow-duplicate-folio. La solicitud se envía una sola vez y\nnunca se repite: si se pierde la respuesta (tiempo agotado, conexión\nreiniciada, error del gateway, una respuesta que no es de Facti), mxpay la\nbusca entre los pagos creados desde entonces, durante verify_window, e informa\nque la encontró o que su resultado es desconocido (código 6), con el comando\npara verificarla. En una terminal, y siempre en producción, muestra lo que se\nva a enviar y pregunta antes (--yes confirma sin terminal).\n\nLas solicitudes agrupadas (--group) se envían con folio 1, como lo pide Facti;\nmxpay las reconoce por sus facturas, que lee del detalle de cada candidata.\n\nCada solicitud queda en el registro (`mxpay ledger list`) justo antes de\nenviarse, y con su resultado después. Una que una ejecución anterior dejó en\ncurso o con resultado desconocido (un proceso terminado a media solicitud) se\nbusca antes de volver a enviarse; una que el registro tiene como enviada se\nrechaza, en cada máquina que comparte el registro, salvo con\n--allow-duplicate-folio.\n\nDesde una factura: --from-cfdi FILE.xml (CFDI 3.3 o 4.0) o\n--from-sync-attachment ID toman del CFDI la serie, el folio, el receptor (RFC y\nnombre), el total y los conceptos; --to-email sigue siendo obligatorio. La\nfactura debe ser de ingreso, en pesos, con totales que cuadren y emitida por el\nRFC desde el que se envían las solicitudes (si no, código 2).\n\nMasivo: --from-csv FILE envía una solicitud por fila; --from-sync-invoices\nenvía una por cada CFDI que la empresa emitió desde --since (la conexión al SAT\ndel usuario de Sync) y que aún no tiene solicitud, con los correos de --emails\nFILE.csv (rfc,email; las facturas sin correo se listan y no se envían). Todas\nlas filas se validan antes de enviar nada; se envían --concurrency filas a la\nvez y se muestran conforme terminan; al volver a ejecutarlo se omite lo que ya\nse creó."),
		tr(`  $ mxpay facti payments new --folio 1001 --to-name "Cliente SA" \
      --to-email pagos@cliente.mx --amount 1500.00 --due 2030-06-30
  # Due in 30 days (GNU date)
  $ mxpay facti payments new --folio 1002 --to-name "Cliente SA" --to-email pagos@cliente.mx \
      --amount 1500.00 --due "$(date -d '+30 days' +%F)"
  # Group three invoices into one payment request
  $ mxpay facti payments new --to-name "Cliente SA" --to-email pagos@cliente.mx --amount 600 \
      --group A:1001:100 --group A:1002:200 --group :1003:300
  # Concepts and an invoice for the customer
  $ mxpay facti payments new --folio 7 --to-name "Cliente SA" --to-email pagos@cliente.mx --amount 5000 \
      --concept 'quantity=2,unit=PIEZA,description=Monitor,pu=2500.00' \
      --invoice --receiver-rfc XAXX010101000 --receiver-name "Cliente SA" --receiver-zip 01000
  $ mxpay facti payments new --folio 1001 --to-name X --to-email x@y.mx --amount 10 --dry-run
  # From an invoice, or every invoice issued since March
  $ mxpay facti payments new --from-cfdi F-1024.xml --to-email pagos@cliente.mx
  $ mxpay facti payments new --from-sync-invoices --since 2026-03-01 --emails clientes.csv -o csv`,
			`  $ mxpay facti payments new --folio 1001 --to-name "Cliente SA" \
      --to-email pagos@cliente.mx --amount 1500.00 --due 2030-06-30
  # Con vencimiento en 30 días (date de GNU)
  $ mxpay facti payments new --folio 1002 --to-name "Cliente SA" --to-email pagos@cliente.mx \
      --amount 1500.00 --due "$(date -d '+30 days' +%F)"
  # Agrupa tres facturas en una sola solicitud de pago
  $ mxpay facti payments new --to-name "Cliente SA" --to-email pagos@cliente.mx --amount 600 \
      --group A:1001:100 --group A:1002:200 --group :1003:300
  # Conceptos y una factura para el cliente
  $ mxpay facti payments new --folio 7 --to-name "Cliente SA" --to-email pagos@cliente.mx --amount 5000 \
      --concept 'quantity=2,unit=PIEZA,description=Monitor,pu=2500.00' \
      --invoice --receiver-rfc XAXX010101000 --receiver-name "Cliente SA" --receiver-zip 01000
  $ mxpay facti payments new --folio 1001 --to-name X --to-email x@y.mx --amount 10 --dry-run
  # Desde una factura, o cada factura emitida desde marzo
  $ mxpay facti payments new --from-cfdi F-1024.xml --to-email pagos@cliente.mx
  $ mxpay facti payments new --from-sync-invoices --since 2026-03-01 --emails clientes.csv -o csv`),
		tr(`send even when a payment request with the same serie and folio exists`,
			`envía aunque ya exista una solicitud de pago con la misma serie y folio`),
		tr(`total amount, e.g. 1500.00; more than two decimals are rounded up (required)`,
			`monto total, p. ej. 1500.00; más de dos decimales se redondean hacia arriba (obligatorio)`),
		tr(`company id whose payments are searched for a duplicate before sending and for the request if its reply is lost (default: the profile's facti.company_id)`,
			`id de la empresa en cuyos pagos se busca un duplicado antes de enviar, y la solicitud si se pierde su respuesta (por omisión: facti.company_id del perfil)`),
		tr(`a concept: 'quantity=2,unit=PIEZA,description=Monitor,pu=2500.00[,total=5000.00][,details=…]'; repeatable`,
			`un concepto: 'quantity=2,unit=PIEZA,description=Monitor,pu=2500.00[,total=5000.00][,details=…]'; se puede repetir`),
		tr(`JSON file with an array of concepts (keys quantity, unit, description, pu, total, details)`,
			`archivo JSON con un arreglo de conceptos (claves quantity, unit, description, pu, total, details)`),
		tr(`bulk mode: requests in flight at once`,
			`modo masivo: solicitudes en curso a la vez`),
		tr(`print the request that would be sent (credentials masked) and send nothing`,
			`muestra la solicitud que se enviaría (con las credenciales enmascaradas) y no envía nada`),
		tr(`payment deadline YYYY-MM-DD (limit_payment_date; Facti's default: one month from today)`,
			`fecha límite de pago YYYY-MM-DD (limit_payment_date; por omisión en Facti: dentro de un mes)`),
		tr(`with --from-sync-invoices: a CSV mapping receiver RFC to e-mail (columns rfc,email); invoices without one are listed and not sent`,
			`con --from-sync-invoices: un CSV que asocia el RFC del receptor con su correo (columnas rfc,email); las facturas sin correo se listan y no se envían`),
		tr(`invoice folio (required unless --group)`,
			`folio de la factura (obligatorio salvo con --group)`),
		tr(`build the request from this CFDI 3.3 or 4.0 invoice (XML file, or - for stdin): serie, folio, receiver, total and concepts; --to-email is still required`,
			`arma la solicitud a partir de esta factura CFDI 3.3 o 4.0 (archivo XML, o - para stdin): serie, folio, receptor, total y conceptos; --to-email sigue siendo obligatorio`),
		tr(`bulk mode: one payment request per row of this CSV (headers: flag or API field names); other flags are defaults for every row`,
			`modo masivo: una solicitud de pago por cada fila de este CSV (encabezados: nombres de opciones o de campos de la API); las demás opciones son valores por omisión para todas las filas`),
		tr(`RFC of your company that issues the request (default: the profile's facti.from_rfc)`,
			`RFC de tu empresa, que emite la solicitud (por omisión: facti.from_rfc del perfil)`),
		tr("build the request from the CFDI of this Sync attachment `ID` (downloaded with --sync-user)",
			"arma la solicitud a partir del CFDI de este adjunto de Sync (`ID`), que se descarga con --sync-user"),
		tr(`bulk mode: one request per CFDI the company issued (the SAT connection's "emitidas") since --since that has none yet; e-mails from --emails`,
			`modo masivo: una solicitud por cada CFDI que la empresa emitió (las "emitidas" de la conexión al SAT) desde --since y que aún no tiene una; los correos, de --emails`),
		tr(`group invoices in one request: SERIE:FOLIO:AMOUNT, repeated; amounts must add up to --amount`,
			`agrupa facturas en una solicitud: SERIE:FOLIO:MONTO, repetido; los montos deben sumar --amount`),
		tr(`have Facti generate the invoice and attach it to the e-mail (needs the receiver's RFC)`,
			`pide a Facti que genere la factura y la adjunte al correo (requiere el RFC del receptor)`),
		tr(`bulk mode: a journal an earlier mxpay left, to import into the ledger (default FILE.journal)`,
			`modo masivo: una bitácora que dejó un mxpay anterior, para importarla al registro (por omisión FILE.journal)`),
		tr(`do not e-mail the customer now (send_email_to_client=0)`,
			`no le envía el correo al cliente por ahora (send_email_to_client=0)`),
		tr(`record the request as already paid (status 1), for information only`,
			`registra la solicitud como ya pagada (status 1), solo con fines informativos`),
		tr(`with --paid: the date it was paid, YYYY-MM-DD (default today)`,
			`con --paid: la fecha en que se pagó, YYYY-MM-DD (por omisión, hoy)`),
		tr("limit to this payment way `ID`; repeat for several (list them with: mxpay facti payment-ways)",
			"limita a esta forma de pago (`ID`); repítela para varias (lístalas con: mxpay facti payment-ways)"),
		tr(`invoice receiver's colonia (neighbourhood)`,
			`colonia del receptor de la factura`),
		tr(`invoice receiver's country`,
			`país del receptor de la factura`),
		tr(`invoice receiver's exterior number`,
			`número exterior del receptor de la factura`),
		tr(`JSON file with the receiver's fiscal data (invoice_receiver keys); flags override it`,
			`archivo JSON con los datos fiscales del receptor (claves de invoice_receiver); las opciones tienen prioridad`),
		tr(`invoice receiver's interior number`,
			`número interior del receptor de la factura`),
		tr(`invoice receiver's locality`,
			`localidad del receptor de la factura`),
		tr(`invoice receiver's municipality`,
			`municipio del receptor de la factura`),
		tr(`invoice receiver's legal name (razón social)`,
			`razón social del receptor de la factura`),
		tr(`invoice receiver's address reference`,
			`referencia del domicilio del receptor de la factura`),
		tr(`invoice receiver's RFC`,
			`RFC del receptor de la factura`),
		tr(`invoice receiver's state`,
			`estado del receptor de la factura`),
		tr(`invoice receiver's street`,
			`calle del receptor de la factura`),
		tr(`invoice receiver's postal code (5 digits)`,
			`código postal del receptor de la factura (5 dígitos)`),
		tr(`invoice serie`,
			`serie de la factura`),
		tr(`with --from-sync-invoices: invoices dated on or after this day, YYYY-MM-DD`,
			`con --from-sync-invoices: facturas con fecha de este día en adelante, YYYY-MM-DD`),
		tr("Sync user `ID` whose attachments are read (default: the profile's sync.user)",
			"usuario de Sync (`ID`) cuyos adjuntos se leen (por omisión: sync.user del perfil)"),
		tr(`customer's e-mail; repeat for several (sent joined with ;) (required)`,
			`correo electrónico del cliente; repítelo para varios (se envían unidos con ;) (obligatorio)`),
		tr(`customer's company or person name (required)`,
			`nombre de la empresa o persona del cliente (obligatorio)`),
		tr(`customer's RFC (12 or 13 characters)`,
			`RFC del cliente (12 o 13 caracteres)`),

		// Help: mxpay facti payments pay
		tr(`Mark a pending payment request as paid`,
			`Marca como pagada una solicitud de pago pendiente`),
		tr(`Mark a pending payment request as paid (conciliated by hand); Facti then sends
its IPN. Only pending → paid is possible, never back. Asks for confirmation on a
terminal; pass --yes otherwise.

The request is sent once. If its reply is lost, mxpay reads the payment until it
shows paid (over verify_window) and reports what it is now.`,
			`Marca como pagada una solicitud de pago pendiente (conciliada a mano); Facti
envía entonces su IPN. Solo se puede pasar de pendiente → pagado, nunca al revés.
En una terminal pide confirmación; si no, usa --yes.

La solicitud se envía una sola vez. Si se pierde la respuesta, mxpay consulta el
pago hasta que aparece como pagado (durante verify_window) e informa cómo quedó.`),
		tr(`  $ mxpay facti payments pay 38
  $ mxpay facti payments pay 38 --yes -o json`,
			`  $ mxpay facti payments pay 38
  $ mxpay facti payments pay 38 --yes -o json`),
	}
}
