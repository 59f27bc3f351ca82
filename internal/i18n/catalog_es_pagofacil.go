package i18n

// spanishPagoFacil is the Spanish of PagoFácil: its client's errors, decline reasons and the pagofacil commands.
// The words are PagoFácil's own (cargo, tarjetahabiente, idPedido, sucursal,
// meses sin intereses, mensualidades, declinado, verificar). Its decline
// reasons ("Transacción inválida") are shown as PagoFácil sends them; only
// mxpay's own reasons are listed here.
func spanishPagoFacil() []entry {
	return []entry{
		// mxpay pagofacil
		tr("Charge cards and verify charges", "Haz cargos a tarjetas y verifica cargos"),
		tr(`Charge credit and debit cards through PagoFácil (Mexico) and verify what
happened to a charge by its order id.

Card data is never accepted as flags: it is prompted for on a terminal or read
from --card-file. Credentials (idSucursal, idUsuario) come from
`+"`mxpay auth login pagofacil`"+` or MXPAY_PAGOFACIL_SUCURSAL / MXPAY_PAGOFACIL_USUARIO.`,
			`Haz cargos a tarjetas de crédito y débito con PagoFácil (México) y verifica qué
pasó con un cargo por su id de pedido.

Los datos de la tarjeta nunca se aceptan como opciones: se piden en la terminal
o se leen de --card-file. Las credenciales (idSucursal, idUsuario) vienen de
`+"`mxpay auth login pagofacil`"+` o de MXPAY_PAGOFACIL_SUCURSAL / MXPAY_PAGOFACIL_USUARIO.`),
		tr(`  mxpay auth login pagofacil
  mxpay pagofacil charge --amount 1599.00 --customer-file jon.yaml
  mxpay pagofacil verify ORD-1001
  mxpay pagofacil charges list --since today --totals`, `  mxpay auth login pagofacil
  mxpay pagofacil charge --amount 1599.00 --customer-file jon.yaml
  mxpay pagofacil verify ORD-1001
  mxpay pagofacil charges list --since today --totals`),

		// mxpay pagofacil charge
		tr("Charge a card (moves real money in production)", "Haz un cargo a una tarjeta (en producción mueve dinero real)"),
		tr(`Charge a credit or debit card with PagoFácil's transaccion method.

The card is never read from flags: on a terminal mxpay asks for the number and
CVV without echoing them, otherwise pass --card-file FILE or --card-file - with
number, cvv, exp_month and exp_year as JSON or key=value lines. Output shows
the card only as its brand and last four digits.

The order id (idPedido) is printed before anything is sent, so an interrupted
run can always be checked with `+"`mxpay pagofacil verify ORDER_ID`"+`. A charge is
never retried: if its reply is lost (a timeout, a reset, a redirect, a gateway
error, a garbled reply), mxpay asks verificar what happened, for up to the
verify_window setting (MXPAY_VERIFY_WINDOW; default twice --timeout, at least
a minute), and reports that. An order id PagoFácil already knows as approved
is refused unless --allow-duplicate-order is given.

Every charge is recorded in the ledger (`+"`mxpay pagofacil charges list`"+`): in flight
just before it is sent, with its outcome after; never the card, only its brand
and last four digits. An order the ledger knows as approved or declined is
not charged again without --allow-duplicate-order; one an earlier run left in
flight or unknown is looked up with verificar first.

Exit codes: 0 approved, 1 PagoFácil rejected fields, 2 invalid input (nothing
sent), 3 credentials rejected, 4 PagoFácil unreachable (the charge was not sent),
5 declined, 6 outcome unknown (run the verify command printed).`,
			`Haz un cargo a una tarjeta de crédito o débito con el método transaccion de PagoFácil.

La tarjeta nunca se lee de las opciones: en una terminal mxpay pide el número y
el CVV sin mostrarlos; si no, usa --card-file ARCHIVO o --card-file - con
number, cvv, exp_month y exp_year en JSON o en líneas clave=valor. La salida
muestra la tarjeta solo con su marca y sus últimos cuatro dígitos.

El id de pedido (idPedido) se imprime antes de enviar nada, así que una
ejecución interrumpida siempre se puede revisar con `+"`mxpay pagofacil verify ORDER_ID`"+`.
Un cargo nunca se reintenta: si su respuesta se pierde (tiempo agotado, conexión
reiniciada, redirección, error del gateway, respuesta ilegible), mxpay pregunta
a verificar qué pasó, durante el tiempo de verify_window (MXPAY_VERIFY_WINDOW;
predeterminado: el doble de --timeout, mínimo un minuto), e informa lo que encuentre.
Un id de pedido que PagoFácil ya tiene como aprobado se rechaza, salvo que uses
--allow-duplicate-order.

Cada cargo queda en la bitácora (ledger, `+"`mxpay pagofacil charges list`"+`): en curso
justo antes de enviarse y con su resultado después; nunca la tarjeta, solo su
marca y sus últimos cuatro dígitos. Un pedido que la bitácora tiene como
aprobado o declinado no se vuelve a cobrar sin --allow-duplicate-order; uno que
una ejecución anterior dejó en curso o desconocido se consulta antes con verificar.

Códigos de salida: 0 aprobado, 1 PagoFácil rechazó campos, 2 datos inválidos
(no se envió nada), 3 credenciales rechazadas, 4 PagoFácil inaccesible (el cargo
no se envió), 5 declinado, 6 resultado desconocido (ejecuta el comando verify
que se imprimió).`),
		tr(`  # On a terminal: prompts for the card, shows a summary and asks to confirm
  mxpay pagofacil charge --amount 1599.00 --customer-file jon.yaml

  # From a script: card on stdin, every field as flags, no prompt
  printf 'number=4111111111111111\ncvv=123\nexp_month=08\nexp_year=29\n' |
    mxpay pagofacil charge --yes --card-file - --amount 250.50 --order-id ORD-1001 \
      --name Jon --last-name Snow --email jon@example.com --phone 5575187500 \
      --mobile 5530996234 --street "Valle del Don 45" --colonia "Del Valle" \
      --municipio Tecamac --state Sonora --country México --zip 48219

  # Six months without interest, JSON result
  mxpay pagofacil charge --amount 6000 --plan MSI --months 06 \
    --customer-file jon.json --card-file card.json --yes -o json`,
			`  # En una terminal: pide la tarjeta, muestra un resumen y pide confirmar
  mxpay pagofacil charge --amount 1599.00 --customer-file jon.yaml

  # Desde un script: tarjeta por la entrada estándar, cada campo como opción, sin preguntas
  printf 'number=4111111111111111\ncvv=123\nexp_month=08\nexp_year=29\n' |
    mxpay pagofacil charge --yes --card-file - --amount 250.50 --order-id ORD-1001 \
      --name Jon --last-name Snow --email jon@example.com --phone 5575187500 \
      --mobile 5530996234 --street "Valle del Don 45" --colonia "Del Valle" \
      --municipio Tecamac --state Sonora --country México --zip 48219

  # Seis meses sin intereses, resultado en JSON
  mxpay pagofacil charge --amount 6000 --plan MSI --months 06 \
    --customer-file jon.json --card-file card.json --yes -o json`),
		tr("amount in Mexican pesos (monto), greater than 0 with at most 2 decimals, e.g. 1599.00 (required)",
			"monto en pesos mexicanos (monto), mayor que 0 y con 2 decimales como máximo, p. ej. 1599.00 (obligatorio)"),
		tr("your order id (idPedido, up to 60 letters, digits, - or _); default: a new UUID, printed before sending",
			"tu id de pedido (idPedido, hasta 60 letras, dígitos, - o _); predeterminado: un UUID nuevo, que se imprime antes de enviar"),
		tr("cardholder's first name (nombre, up to 50 characters)", "nombre del tarjetahabiente (nombre, hasta 50 caracteres)"),
		tr("cardholder's last names (apellidos, up to 50 characters)", "apellidos del tarjetahabiente (apellidos, hasta 50 caracteres)"),
		tr("cardholder's email, receives PagoFácil's receipt (email, up to 200 characters)",
			"correo del tarjetahabiente, recibe el comprobante de PagoFácil (email, hasta 200 caracteres)"),
		tr("cardholder's phone number (telefono, up to 10 digits)", "teléfono del tarjetahabiente (telefono, hasta 10 dígitos)"),
		tr("cardholder's mobile number (celular, up to 10 digits)", "celular del tarjetahabiente (celular, hasta 10 dígitos)"),
		tr("street and number (calleyNumero, up to 45 characters)", "calle y número (calleyNumero, hasta 45 caracteres)"),
		tr("colonia / neighbourhood (up to 30 characters)", "colonia (hasta 30 caracteres)"),
		tr("municipality (up to 30 characters)", "municipio (hasta 30 caracteres)"),
		tr("state (estado, up to 30 characters)", "estado (estado, hasta 30 caracteres)"),
		tr("country (pais, up to 50 characters)", "país (pais, hasta 50 caracteres)"),
		tr("postal code (cp, up to 9 characters)", "código postal (cp, hasta 9 caracteres)"),
		tr("JSON or YAML file with name, last_name, email, phone, mobile, street, colonia, municipio, state, country, zip; flags override it",
			"archivo JSON o YAML con name, last_name, email, phone, mobile, street, colonia, municipio, state, country, zip; las opciones tienen prioridad sobre él"),
		tr("NOR (single payment) or MSI (months without interest)", "NOR (una sola exhibición) o MSI (meses sin intereses)"),
		tr("instalments for --plan MSI: 03, 06, 09, 12 or 18 (mensualidades)", "mensualidades para --plan MSI: 03, 06, 09, 12 o 18 (mensualidades)"),
		tr("free value for your own use, returned by PagoFácil (param1, up to 60 characters)", "valor libre para tu propio uso, PagoFácil lo devuelve (param1, hasta 60 caracteres)"),
		tr("free value for your own use, returned by PagoFácil (param2, up to 60 characters)", "valor libre para tu propio uso, PagoFácil lo devuelve (param2, hasta 60 caracteres)"),
		tr("free value for your own use, returned by PagoFácil (param3, up to 60 characters)", "valor libre para tu propio uso, PagoFácil lo devuelve (param3, hasta 60 caracteres)"),
		tr("free value for your own use, returned by PagoFácil (param4, up to 60 characters)", "valor libre para tu propio uso, PagoFácil lo devuelve (param4, hasta 60 caracteres)"),
		tr("free value for your own use, returned by PagoFácil (param5, up to 60 characters)", "valor libre para tu propio uso, PagoFácil lo devuelve (param5, hasta 60 caracteres)"),
		tr("ask PagoFácil not to email the cardholder (noMail=1)", "pide a PagoFácil que no envíe correo al tarjetahabiente (noMail=1)"),
		tr("IP address of the buyer or your server (ip)", "dirección IP del comprador o de tu servidor (ip)"),
		tr("buyer's browser identifier (httpUserAgent, up to 150 characters)", "identificador del navegador del comprador (httpUserAgent, hasta 150 caracteres)"),
		tr("idServicio: 3 (ThirdParty, direct integrations) or 1 (WebForm)", "idServicio: 3 (ThirdParty, integraciones directas) o 1 (WebForm)"),
		tr("read the card from FILE, or - for stdin: number, cvv, exp_month, exp_year as JSON or key=value lines",
			"lee la tarjeta de FILE, o - para la entrada estándar: number, cvv, exp_month, exp_year en JSON o en líneas clave=valor"),
		tr("charge even if this --order-id was already approved, or declined (a new attempt)",
			"cobra aunque este --order-id ya esté aprobado, o declinado (un intento nuevo)"),

		// mxpay pagofacil charges
		tr("The charges mxpay made, from the ledger (PagoFácil has no listing)", "Los cargos que hizo mxpay, según la bitácora (PagoFácil no tiene listado)"),
		tr("List the charges mxpay sent, newest first, with what became of them", "Lista los cargos que envió mxpay, del más reciente al más antiguo, con su resultado"),
		tr(`List the card charges mxpay sent in the run's environment (--env), from the
ledger: PagoFácil has no listing endpoint, so this is the record of what was
charged. Outcome: approved (created, or found by verificar after a lost
reply), declined, failed (refused or never sent), in_flight or unknown (run
`+"`mxpay pagofacil verify --pending`"+`). --totals prints exact totals per outcome.`,
			`Lista los cargos a tarjeta que envió mxpay en el entorno de la ejecución (--env),
según la bitácora: PagoFácil no tiene un endpoint de listado, así que este es el
registro de lo que se cobró. Resultado: approved (aprobado: created, o found por
verificar tras una respuesta perdida), declined (declinado), failed (rechazado o
nunca enviado), in_flight o unknown (ejecuta `+"`mxpay pagofacil verify --pending`"+`).
--totals imprime los totales exactos por resultado.`),
		tr(`  # What did we charge today?
  mxpay pagofacil charges list --since today --status approved --totals
  mxpay pagofacil charges list --since 2026-03-01 --until 2026-04-01 -o csv
  mxpay pagofacil charges list --status pending`, `  # ¿Qué cobramos hoy?
  mxpay pagofacil charges list --since today --status approved --totals
  mxpay pagofacil charges list --since 2026-03-01 --until 2026-04-01 -o csv
  mxpay pagofacil charges list --status pending`),
		tr(`only charges sent at or after this: YYYY-MM-DD, "YYYY-MM-DD HH:MM:SS", RFC 3339, today, yesterday, or a duration back (24h)`,
			`solo cargos enviados en este momento o después: YYYY-MM-DD, "YYYY-MM-DD HH:MM:SS", RFC 3339, today, yesterday o un lapso hacia atrás (24h)`),
		tr("only charges sent before this (same forms as --since)", "solo cargos enviados antes de este momento (mismas formas que --since)"),
		tr("only these outcomes: approved, declined, failed, pending (in_flight and unknown), or the ledger's names",
			"solo estos resultados: approved, declined, failed, pending (in_flight y unknown), o los nombres de la bitácora"),
		tr("only the charges of this order id", "solo los cargos de este id de pedido"),
		tr("at most this many (0: all)", "como máximo esta cantidad (0: todos)"),
		tr("print only the totals: charges and exact amount per outcome", "imprime solo los totales: cargos y monto exacto por resultado"),

		// mxpay pagofacil verify
		tr("Show what became of a charge, by its order id; or settle every pending one", "Muestra qué pasó con un cargo, por su id de pedido; o resuelve todos los pendientes"),
		tr(`Ask PagoFácil (verificar) for the last result of the charge with this
order id (idPedido): approved or declined, authorization, transaction,
amount, card type and dates. When the ledger holds that order's charge in
flight or unknown, what verificar says is recorded there.

With --pending, every charge of the run's environment the ledger holds in
flight or unknown is asked about once and updated: found approved or
declined, or not charged once verificar has had no transaction for it for a
whole verify window after it was sent. It prints each one, before and now.

Exit codes: 0 when PagoFácil knows the order (approved or declined: see the
outcome field), 1 when it has no transaction for it, 3 when the credentials
are rejected, 4 when PagoFácil cannot be reached. With --pending: 0 when
every pending charge was settled, 6 when some remain unknown.`,
			`Pregunta a PagoFácil (verificar) el último resultado del cargo con este id de
pedido (idPedido): aprobado o declinado, autorización, transacción, monto, tipo
de tarjeta y fechas. Si la bitácora tiene el cargo de ese pedido en curso o
desconocido, lo que diga verificar queda registrado ahí.

Con --pending, cada cargo del entorno de la ejecución que la bitácora tiene en
curso o desconocido se consulta una vez y se actualiza: encontrado aprobado o
declinado, o no cobrado cuando verificar no tiene transacción para él durante
toda una ventana de verificación después de enviarse. Imprime cada uno, antes y
ahora.

Códigos de salida: 0 si PagoFácil conoce el pedido (aprobado o declinado: ve el
campo outcome), 1 si no tiene transacción para él, 3 si rechaza las
credenciales, 4 si no se puede contactar a PagoFácil. Con --pending: 0 si todos
los cargos pendientes quedaron resueltos, 6 si alguno sigue desconocido.`),
		tr(`  mxpay pagofacil verify 3f0c6a2e-8d1b-4c55-9a7e-2b1f0e6d9c41
  mxpay pagofacil verify ORD-1001 -o json --jq .autorizado
  mxpay pagofacil verify --pending`, `  mxpay pagofacil verify 3f0c6a2e-8d1b-4c55-9a7e-2b1f0e6d9c41
  mxpay pagofacil verify ORD-1001 -o json --jq .autorizado
  mxpay pagofacil verify --pending`),
		tr("ask about every charge the ledger holds in flight or unknown, and record the answers",
			"consulta cada cargo que la bitácora tiene en curso o desconocido, y registra las respuestas"),

		// Charging: progress, confirmation, warnings.
		tr("Order id: %s (check it any time with `%s`)", "Id de pedido: %s (revísalo cuando quieras con `%s`)"),
		tr("The charge was sent but its reply was lost: %s.\nNot charging again; asking PagoFácil (verificar) what happened to order %s (for up to %s)...",
			"El cargo se envió pero su respuesta se perdió: %s.\nNo se cobra de nuevo; preguntando a PagoFácil (verificar) qué pasó con el pedido %s (hasta por %s)..."),
		tr("Ledger entry %s: an earlier run charged order %s (%s since %s) without learning the outcome; asking verificar before anything is sent…",
			"Registro %s de la bitácora: una ejecución anterior cobró el pedido %s (%s desde %s) sin conocer el resultado; consultando a verificar antes de enviar nada…"),
		tr("ledger entry %s: order %s may have been charged and verificar could not say: %v",
			"registro %s de la bitácora: el pedido %s pudo haberse cobrado y verificar no pudo confirmarlo: %v"),
		// The same, as the code writes it (%w wraps); shown through its %v form.
		tr("ledger entry %s: order %s may have been charged and verificar could not say: %w",
			"registro %s de la bitácora: el pedido %s pudo haberse cobrado y verificar no pudo confirmarlo: %w"),
		tr("do not charge it again; run `%s` later", "no lo cobres de nuevo; ejecuta `%s` más tarde"),
		tr("Ledger entry %s is %s now.", "El registro %s de la bitácora ahora está %s."),
		tr("Warning: %s has %d characters; PagoFácil keeps %d, so the first %d are sent.",
			"Aviso: %s tiene %d caracteres; PagoFácil conserva %d, así que se envían los primeros %d."),
		tr("%s (%s months without interest)", "%s (%s meses sin intereses)"),
		tr("Charge MXN %s to %s?", "¿Confirmas el cargo de MXN %s a %s?"),
		tr("this charges a real card and moves real money", "esto hace un cargo a una tarjeta real y mueve dinero real"),
		tr("Amount:      MXN %s", "Monto:           MXN %s"),
		tr("Card:        %s", "Tarjeta:         %s"),
		tr("Cardholder:  %s %s <%s>", "Tarjetahabiente: %s %s <%s>"),
		tr("Plan:        %s", "Plan:            %s"),
		tr("Order id:    %s", "Id de pedido:    %s"),
		tr("Environment: %s (%s)", "Entorno:         %s (%s)"),
		tr("--amount: %v", "--amount: %v"),
		tr("order %s was already charged and approved (ledger entry %s, transaction %s); nothing was sent",
			"el pedido %s ya se cobró y fue aprobado (registro %s de la bitácora, transacción %s); no se envió nada"),
		tr("use another --order-id, or pass --allow-duplicate-order to charge the card again on purpose",
			"usa otro --order-id, o pasa --allow-duplicate-order para cobrar la tarjeta otra vez a propósito"),

		// Reporting a charge.
		tr("Warning: order %s had already been approved (transaction %s, authorization %s); charged again because of --allow-duplicate-order.",
			"Aviso: el pedido %s ya estaba aprobado (transacción %s, autorización %s); se cobró de nuevo por --allow-duplicate-order."),
		tr("Note: order %s had been declined before (transaction %s); this was a new attempt.",
			"Nota: el pedido %s ya se había declinado (transacción %s); este fue un intento nuevo."),
		tr("verificar found order %s: %s.", "verificar encontró el pedido %s: %s."),
		tr("Outcome of order %s unknown: run `%s`", "Resultado del pedido %s desconocido: ejecuta `%s`"),
		tr("do not charge again; run `%s` to see whether it was approved", "no cobres de nuevo; ejecuta `%s` para ver si se aprobó"),
		tr("once PagoFácil can be reached, run the command again with --order-id %s: nothing was charged",
			"cuando se pueda contactar a PagoFácil, ejecuta el comando de nuevo con --order-id %s: no se cobró nada"),
		tr("invalid charge, nothing was sent:%v", "cargo inválido, no se envió nada:%v"),
		tr("fix the values above and run the command again", "corrige los valores de arriba y ejecuta el comando de nuevo"),
		tr("%s (%v)", "%s (%v)"),
		tr("card number", "número de tarjeta"),
		tr("expiry month", "mes de vencimiento"),
		tr("expiry year", "año de vencimiento"),

		// A result, as shown on a terminal.
		tr("Result", "Resultado"),
		tr("Order id", "Id de pedido"),
		tr("Authorization", "Autorización"),
		tr("Transaction", "Transacción"),
		tr("Card type", "Tipo de tarjeta"),
		tr("Card", "Tarjeta"),
		tr("Amount (MXN)", "Monto (MXN)"),
		tr("Started", "Inicio"),
		tr("Finished", "Fin"),
		tr("Reason", "Motivo"),
		// Outcomes of a reply, as shown in cells and messages.
		tr("approved", "aprobado"),
		tr("validation_failed", "validación fallida"),
		tr("not_found", "no encontrado"),

		// Listing charges, settling pending ones.
		tr("ENTRY", "REGISTRO"),
		tr("SENT", "ENVIADO"),
		tr("ORDER", "PEDIDO"),
		tr("OUTCOME", "RESULTADO"),
		tr("LEDGER STATUS", "ESTADO EN BITÁCORA"),
		tr("AUTHORIZATION", "AUTORIZACIÓN"),
		tr("CARD", "TARJETA"),
		tr("WAS", "ANTES"),
		tr("NOW", "AHORA"),
		tr("ERROR", "ERROR"),
		tr("Warning: the ledger was not updated: %s", "Aviso: la bitácora no se actualizó: %s"),
		tr("Ledger entry %s of order %s: %s, was %s.", "Registro %s de la bitácora del pedido %s: %s, antes %s."),
		pluralOf("%d pending charge(s) asked about; %d still pending.",
			"Se consultó %d cargo pendiente; siguen pendientes: %d.",
			"Se consultaron %d cargos pendientes; siguen pendientes: %d."),
		pluralOf("%d charge(s) may have been made and are not settled yet",
			"%d cargo pudo haberse hecho y aún no está resuelto",
			"%d cargos pudieron haberse hecho y aún no están resueltos"),
		tr("do not charge those orders again; run `mxpay pagofacil verify --pending` again later (a charge verificar does not know is settled as not made a whole verify window after it was sent)",
			"no cobres esos pedidos de nuevo; vuelve a ejecutar `mxpay pagofacil verify --pending` más tarde (un cargo que verificar no conoce se da por no hecho toda una ventana de verificación después de enviarse)"),

		// The card: prompts, --card-file, --customer-file.
		tr("Card number", "Número de tarjeta"),
		tr("CVV (security code)", "CVV (código de verificación)"),
		tr("Expiry (MM/YY)", "Vencimiento (MM/AA)"),
		tr("write the expiry as MM/YY, e.g. 08/29", "escribe el vencimiento como MM/AA, p. ej. 08/29"),
		tr("card data is needed and cannot be prompted for (no terminal or input disabled)",
			"se necesitan los datos de la tarjeta y no se pueden pedir (no hay terminal o la entrada está desactivada)"),
		tr("pass --card-file FILE, or --card-file - and write number, cvv, exp_month and exp_year on standard input",
			"pasa --card-file ARCHIVO, o --card-file - y escribe number, cvv, exp_month y exp_year en la entrada estándar"),
		tr("reading --card-file: %v", "al leer --card-file: %v"),
		tr("--card-file is not a valid JSON object with keys %s", "--card-file no es un objeto JSON válido con las claves %s"),
		tr("--card-file: unknown key%s (keys: %s)", "--card-file: clave desconocida%s (claves: %s)"),
		tr("--card-file: %s must be a string", "--card-file: %s debe ser una cadena de texto"),
		tr("--card-file line %d: want key=value with keys %s", "--card-file, línea %d: se espera clave=valor con las claves %s"),
		tr("--card-file has a line too long to be card data", "--card-file tiene una línea demasiado larga para ser datos de tarjeta"),
		tr("--card-file is empty: write %s as JSON or key=value lines", "--card-file está vacío: escribe %s en JSON o en líneas clave=valor"),
		tr("reading --customer-file: %v", "al leer --customer-file: %v"),
		tr("--customer-file %s: %v (values must be quoted strings)", "--customer-file %s: %v (los valores deben ser cadenas entre comillas)"),
		tr("--customer-file %s is neither a JSON object nor YAML with the customer keys: %v",
			"--customer-file %s no es un objeto JSON ni YAML con las claves del cliente: %v"),

		// internal/pagofacil: the client's errors.
		tr("PagoFácil rejected the request (%s):%v", "PagoFácil rechazó la solicitud (%s):%v"),
		tr("the card was declined: %v (order %s, transaction %s)", "la tarjeta fue declinada: %v (pedido %s, transacción %s)"),
		tr("no reason given", "sin motivo indicado"),
		tr("reported by verificar", "según verificar"),
		tr("PagoFácil rejected the idSucursal/idUsuario credentials: %s", "PagoFácil rechazó las credenciales idSucursal/idUsuario: %s"),
		tr("PagoFácil has no transaction for order %s", "PagoFácil no tiene ninguna transacción para el pedido %s"),
		tr("PagoFácil has no transaction for order %s (%s)", "PagoFácil no tiene ninguna transacción para el pedido %s (%s)"),
		tr("PagoFácil sent a reply mxpay does not understand: %v", "PagoFácil envió una respuesta que mxpay no entiende: %v"),
		tr("PagoFácil sent a reply mxpay does not understand: %v (it begins %q)", "PagoFácil envió una respuesta que mxpay no entiende: %v (empieza con %q)"),
		tr("the body is not JSON", "el cuerpo no es JSON"),
		tr("no WebServices_Transacciones.%s object", "no trae el objeto WebServices_Transacciones.%s"),
		tr("WebServices_Transacciones.%s is not an object", "WebServices_Transacciones.%s no es un objeto"),
		tr("a transaccion object with a transaction in reply to %s", "un objeto transaccion con una transacción como respuesta a %s"),
		tr("order %s was already charged and approved (transaction %s, authorization %s, amount %s); nothing was sent",
			"el pedido %s ya se cobró y fue aprobado (transacción %s, autorización %s, monto %s); no se envió nada"),
		tr("building the PagoFácil request: %v", "al armar la solicitud a PagoFácil: %v"),
		// The same, as the code writes it (%w wraps); shown through its %v form.
		tr("building the PagoFácil request: %w", "al armar la solicitud a PagoFácil: %w"),
		tr("checking whether order %s was already charged (the charge was not sent): %v",
			"al revisar si el pedido %s ya se había cobrado (el cargo no se envió): %v"),
		// The same, as the code writes it (%w wraps); shown through its %v form.
		tr("checking whether order %s was already charged (the charge was not sent): %w",
			"al revisar si el pedido %s ya se había cobrado (el cargo no se envió): %w"),
		tr("the charge for order %s (MXN %s, %s)", "el cargo del pedido %s (MXN %s, %s)"),
		tr("an order id is needed to verify the charge", "se necesita un id de pedido para verificar el cargo"),
		tr("the order id must be 1 to 60 letters, digits, - or _", "el id de pedido debe tener de 1 a 60 letras, dígitos, - o _"),
		// Field problems found before sending.
		tr("the amount must be greater than 0", "el monto debe ser mayor que 0"),
		tr("the amount %s has more than 2 decimals", "el monto %s tiene más de 2 decimales"),
		tr("the amount must be at most 99999999.99 (decimal(10,2))", "el monto debe ser como máximo 99999999.99 (decimal(10,2))"),
		tr("required", "obligatorio"),
		tr("at most %d characters, got %d", "máximo %d caracteres, tiene %d"),
		tr("not an email address", "no es un correo electrónico"),
		tr("digits only", "solo dígitos"),
		tr("at most %d digits, got %d", "máximo %d dígitos, tiene %d"),
		tr("must be 3 (ThirdParty) or 1 (WebForm)", "debe ser 3 (ThirdParty) o 1 (WebForm)"),
		tr("months are only allowed with plan MSI", "las mensualidades solo se permiten con el plan MSI"),
		tr("plan MSI needs months: one of %s", "el plan MSI necesita mensualidades: una de %s"),
		tr("must be NOR or MSI", "debe ser NOR o MSI"),
		tr("must be an IP address of at most 16 characters", "debe ser una dirección IP de máximo 16 caracteres"),
		tr("no card given", "no se dio ninguna tarjeta"),
		tr("the card number is empty", "el número de tarjeta está vacío"),
		tr("the card number must contain digits only", "el número de tarjeta solo debe tener dígitos"),
		tr("only Visa, Mastercard and American Express cards are accepted", "solo se aceptan tarjetas Visa, Mastercard y American Express"),
		tr("a %s number has %d digits, this one has %d", "un número %s tiene %d dígitos, este tiene %d"),
		tr("the card number is mistyped (its check digit is wrong)", "el número de tarjeta está mal escrito (su dígito verificador no coincide)"),
		tr("the security code (CVV) must be %d digits", "el código de verificación (CVV) debe tener %d dígitos"),
		tr("the expiry month must be 01 to 12", "el mes de vencimiento debe ser de 01 a 12"),
		tr("the expiry year must be YY or YYYY", "el año de vencimiento debe ser AA o AAAA"),
		tr("the expiry year must be between 2000 and 2099", "el año de vencimiento debe estar entre 2000 y 2099"),
		tr("the card expired in %02d/%02d", "la tarjeta venció en %02d/%02d"),
	}
}
