package i18n

// spanishFacti is the Spanish of Facti: its client's errors and the facti commands.
func spanishFacti() []entry {
	return concat(spanishFactiHelp(), spanishFactiMessages())
}

// spanishFactiMessages is what the facti commands and the Facti client
// write for a person: errors and their next steps, confirmations,
// progress, results, table headers and status words.
func spanishFactiMessages() []entry {
	return []entry{
		// Table headers (translated on a terminal only).
		tr("ID", "ID"),
		tr("COMPANY", "EMPRESA"),
		tr("SERIE", "SERIE"),
		tr("FOLIO", "FOLIO"),
		tr("TO RFC", "RFC DESTINO"),
		tr("TO EMAIL", "CORREO DESTINO"),
		tr("TOTAL", "TOTAL"),
		tr("STATUS", "ESTADO"),
		tr("REQUESTED", "SOLICITADO"),
		tr("DUE", "VENCE"),
		tr("PAID VIA", "PAGADA VÍA"),
		tr("PAID AT", "PAGADA EL"),
		tr("LINE", "LÍNEA"),
		tr("REQUEST ID", "ID DE SOLICITUD"),
		tr("ERROR", "ERROR"),
		tr("ATTACHMENT", "ADJUNTO"),
		tr("UUID", "UUID"),
		tr("WAY", "FORMA"),
		tr("ALIAS", "ALIAS"),
		tr("CLABE", "CLABE"),
		tr("TYPE", "TIPO"),
		tr("REFERENCE", "REFERENCIA"),
		tr("BANK", "BANCO"),
		tr("AGREEMENT", "CONVENIO"),
		tr("Request ID", "ID de solicitud"),
		tr("Total", "Total"),
		tr("Due", "Vence"),
		tr("Send invoice to", "Enviar factura a"),

		// Status words in cells and messages.
		tr("paid", "pagado"),
		tr("pending", "pendiente"),
		tr("created", "creado"),
		tr("found", "encontrado"),
		tr("already-created", "ya creado"),
		tr("failed", "fallido"),
		tr("unknown", "desconocido"),
		tr("in_flight", "en curso"),
		tr("already-requested", "ya solicitado"),
		tr("no-email", "sin correo"),
		tr("skipped", "omitido"),
		tr("invalid", "inválido"),

		// Prompts.
		tr("Folio:", "Folio:"),
		tr("RFC issuing the request:", "RFC que emite la solicitud:"),
		tr("Customer name:", "Nombre del cliente:"),
		tr("Customer e-mail:", "Correo del cliente:"),
		tr("Customer e-mail (a CFDI has none):", "Correo del cliente (un CFDI no lo trae):"),
		tr("Total amount:", "Monto total:"),
		tr("Company RFC:", "RFC de la empresa:"),
		tr("Facti company id:", "Id de la empresa en Facti:"),

		// payments new: confirmation, results, notes.
		tr("Send %v to %s?", "¿Confirmas el envío de la %v a %s?"),
		tr("Payment request: %v", "Solicitud de pago: %v"),
		tr("Payment request: folio %s (%s)", "Solicitud de pago: folio %s (%s)"),
		tr("Payment request: serie %s folio %s (%s)", "Solicitud de pago: serie %s, folio %s (%s)"),
		tr("Amount: MXN %s", "Monto: MXN %s"),
		tr("To: %s <%s>", "Para: %s <%s>"),
		tr("From: company %s (RFC %s)", "De: empresa %s (RFC %s)"),
		tr("The customer is not e-mailed now (--no-email).", "Por ahora no se le envía correo al cliente (--no-email)."),
		tr("Facti e-mails the customer the ways to pay.", "Facti le envía al cliente por correo las formas de pago."),
		tr("this sends a real payment request to a real customer, and Facti e-mails them", "esto envía una solicitud de pago real a un cliente real, y Facti le manda un correo"),
		tr("this sends a real payment request to a real customer", "esto envía una solicitud de pago real a un cliente real"),
		tr("Found: an earlier run created it, as payment %s. Do not send it again.", "Encontrada: una ejecución anterior ya la creó, como el pago %s. No la vuelvas a enviar."),
		tr("Found: the reply was lost (%v), and a lookup found the request: it was created, as payment %s. Do not send it again.", "Encontrada: se perdió la respuesta (%v), y una consulta encontró la solicitud: sí se creó, como el pago %s. No la vuelvas a enviar."),
		tr("Note: amount %s has more than two decimals; Facti rounds it up to %s.", "Nota: el monto %s tiene más de dos decimales; Facti lo redondea hacia arriba a %s."),
		tr("Note: the invoice's total %s has more than two decimals; Facti rounds it up to %s.", "Nota: el total de la factura, %s, tiene más de dos decimales; Facti lo redondea hacia arriba a %s."),
		tr("Warning: no %s reference: %s", "Aviso: no hay referencia %s: %s"),
		tr("Warning: a reference was not generated: %s", "Aviso: no se generó una referencia: %s"),
		tr("Warning: %v", "Aviso: %v"),
		tr("Warning: %s", "Aviso: %s"),
		tr("Dry run: nothing was sent.", "Simulación: no se envió nada."),
		tr("looking for an existing %v before sending it (nothing was sent): %w", "buscando si ya existe una %v antes de enviarla (no se envió nada): %w"),
		tr("pass --allow-duplicate-folio to send another request for the same folio anyway", "usa --allow-duplicate-folio para enviar de todos modos otra solicitud para el mismo folio"),
		tr("nothing was sent: it is safe to run the command again", "no se envió nada: puedes volver a ejecutar el comando sin riesgo"),
		tr("it may still appear: check with %s before sending it again", "todavía puede aparecer: verifícalo con %s antes de volver a enviarla"),
		tr("Ledger entry %s: an earlier run sent %v (%v since %s) without learning the outcome; looking it up before sending anything…", "Registro %s de la bitácora: una ejecución anterior envió la %v (%v desde %s) sin conocer el resultado; se consulta antes de enviar nada…"),
		tr("It was not created (absent for a whole verify window after it was sent): sending it now.", "No se creó (no apareció durante toda una ventana de verificación después de enviarse): se envía ahora."),
		tr("ledger entry %s: %w", "registro %s de la bitácora: %w"),
		tr("it is not sent again until a lookup decides it: run the same command again later, or check with %s", "no se vuelve a enviar hasta que una consulta lo decida: ejecuta el mismo comando más tarde, o verifica con %s"),

		// payments new: flags and input.
		tr("%s are different sources of requests: give one", "%s son fuentes distintas de solicitudes: usa solo una"),
		tr("%s: the invoice gives that (with %s, only --to-email, --to-name, --due, --no-email, --payment-way, --paid and --company apply)", "%s: eso lo da la factura (con %s solo aplican --to-email, --to-name, --due, --no-email, --payment-way, --paid y --company)"),
		tr("%s: each invoice gives that, and --emails its e-mail", "%s: eso lo da cada factura, y --emails su correo"),
		tr("%s apply only with --from-sync-invoices", "%s solo aplican con --from-sync-invoices"),
		tr("--%s: %v", "--%s: %v"),
		tr("--group %q: write SERIE:FOLIO:AMOUNT (SERIE may be empty, e.g. :1001:250.00)", "--group %q: escribe SERIE:FOLIO:MONTO (SERIE puede ir vacía, p. ej. :1001:250.00)"),
		tr("--concept %q: %v", "--concept %q: %v"),
		tr("--concept %q: %q is not key=value (keys: quantity, unit, description, pu, total, details)", "--concept %q: %q no tiene la forma clave=valor (claves: quantity, unit, description, pu, total, details)"),
		tr("%v: unknown key %q (keys: quantity, unit, description, pu, total, details)", "%v: clave desconocida %q (claves: quantity, unit, description, pu, total, details)"),
		tr("%v: pu: %v", "%v: pu: %v"),
		tr("%v: total: %v", "%v: total: %v"),
		tr("--concepts-file: %v", "--concepts-file: %v"),
		tr("--concepts-file %s: want a JSON array of objects with quantity, unit, description, pu[, total, details]: %v", "--concepts-file %s: se espera un arreglo JSON de objetos con quantity, unit, description, pu[, total, details]: %v"),
		tr("--concepts-file %s item %d", "--concepts-file %s, elemento %d"),
		tr("--receiver-file: %v", "--receiver-file: %v"),
		tr("--receiver-file %s: want a JSON object with the keys of invoice_receiver (rfc, nombre, domicilio_calle, …): %v", "--receiver-file %s: se espera un objeto JSON con las claves de invoice_receiver (rfc, nombre, domicilio_calle, …): %v"),
		tr("the amount must be greater than 0", "el monto debe ser mayor que 0"),
		tr("more than one JSON value", "hay más de un valor JSON"),
		tr("--due %s is in the past (today is %s): give a date from today on", "--due %s ya pasó (hoy es %s): usa una fecha de hoy en adelante"),

		// payments new --from-cfdi, --from-sync-attachment.
		tr("--from-cfdi: %v", "--from-cfdi: %v"),
		tr("--from-cfdi and --from-sync-attachment are two sources of the invoice: give one", "--from-cfdi y --from-sync-attachment son dos fuentes de la factura: usa solo una"),
		tr("attachment %s", "adjunto %s"),
		tr("%s (nothing was sent): %v", "%s (no se envió nada): %v"),
		tr("%s was issued by %s, not by %s (the RFC requests are sent from): a payment request must come from the invoice's issuer; nothing was sent", "el emisor de %s es %s, no %s (el RFC desde el que se envían las solicitudes): una solicitud de pago debe venir del emisor de la factura; no se envió nada"),
		tr("pass --from-rfc %s if that company is in your Facti account", "usa --from-rfc %s si esa empresa está en tu cuenta de Facti"),
		tr("or set the profile's sync.user (`mxpay config set sync.user ID`)", "o configura sync.user en el perfil (`mxpay config set sync.user ID`)"),

		// Bulk: --from-csv and --from-sync-invoices.
		tr("--from-csv: %v", "--from-csv: %v"),
		tr("--from-csv %s: %v", "--from-csv %s: %v"),
		tr("--from-csv %s: no header row: %v", "--from-csv %s: no hay fila de encabezados: %v"),
		tr("--from-csv %s: unknown column %q; valid columns: %s", "--from-csv %s: columna desconocida %q; columnas válidas: %s"),
		tr("--from-csv and --from-sync-invoices are two sources of requests: give one", "--from-csv y --from-sync-invoices son dos fuentes de solicitudes: usa solo una"),
		tr("line %s: %v", "línea %s: %v"),
		tr("serie/folio %s repeats line %s (each row must be a different request)", "la serie/folio %s repite la línea %s (cada fila debe ser una solicitud distinta)"),
		tr("%s has %v; nothing was sent:\n  %v", "%s tiene %v; no se envió nada:\n  %v"),
		pluralOf("%d invalid row(s)", "%d fila inválida", "%d filas inválidas"),
		tr("%s has no rows", "%s no tiene filas"),
		tr("… and %d more", "… y %d más"),
		tr("--since %q: write a date as YYYY-MM-DD", "--since %q: escribe la fecha como YYYY-MM-DD"),
		tr("--from-sync-invoices takes the invoices issued since a date: pass --since YYYY-MM-DD", "--from-sync-invoices toma las facturas emitidas desde una fecha: usa --since YYYY-MM-DD"),
		tr("a CFDI has no e-mail: pass --emails FILE.csv with the columns rfc,email", "un CFDI no trae correo: usa --emails FILE.csv con las columnas rfc,email"),
		tr("--emails: %v", "--emails: %v"),
		tr("--emails %s: no header row (rfc,email): %v", "--emails %s: no hay fila de encabezados (rfc,email): %v"),
		tr("--emails %s: the header must name an rfc and an email column", "--emails %s: los encabezados deben nombrar una columna rfc y una email"),
		tr("missing the rfc or the email", "falta el rfc o el email"),
		tr("--emails %s has %v; nothing was sent:\n  %v", "--emails %s tiene %v; no se envió nada:\n  %v"),
		pluralOf("%d invalid line(s)", "%d línea inválida", "%d líneas inválidas"),
		tr("listing the issued CFDIs of Sync user %s (nothing was sent): %w", "listando los CFDI emitidos del usuario %s de Sync (no se envió nada): %w"),
		tr("the issued CFDIs of Sync user %s", "los CFDI emitidos del usuario %s de Sync"),
		tr("downloading CFDI %s (nothing was sent): %w", "descargando el CFDI %s (no se envió nada): %w"),
		tr("downloading attachment %s: %w", "al descargar el archivo adjunto %s: %w"),
		tr("reading the journal %s: %w", "leyendo el diario %s: %w"),
		pluralOf("Imported %d row(s) of the journal %s into the ledger; the ledger replaces the journal from now on.",
			"Se importó %d fila del diario %s a la bitácora; de ahora en adelante la bitácora reemplaza al diario.",
			"Se importaron %d filas del diario %s a la bitácora; de ahora en adelante la bitácora reemplaza al diario."),
		tr("--concurrency %d: use 1 to 64", "--concurrency %d: usa de 1 a 64"),
		pluralOf("Dry run: %d valid row(s) in %s; nothing was sent.", "Simulación: %d fila válida en %s; no se envió nada.", "Simulación: %d filas válidas en %s; no se envió nada."),
		tr("looking up company %s's payments before sending (nothing was sent): %w", "consultando los pagos de la empresa %s antes de enviar (no se envió nada): %w"),
		tr("looking for existing payment requests before sending (nothing was sent): %w", "buscando solicitudes de pago existentes antes de enviar (no se envió nada): %w"),
		pluralOf("%d row(s) already have a payment request; nothing was sent:\n  %v",
			"%d fila ya tiene una solicitud de pago; no se envió nada:\n  %v",
			"%d filas ya tienen una solicitud de pago; no se envió nada:\n  %v"),
		tr("remove those rows, or pass --allow-duplicate-folio to send another request for the same folios anyway", "quita esas filas, o usa --allow-duplicate-folio para enviar de todos modos otra solicitud para los mismos folios"),
		pluralOf("Looking up %d row(s) an earlier run sent without learning the outcome, before sending anything…",
			"Consultando %d fila que una ejecución anterior envió sin conocer el resultado, antes de enviar nada…",
			"Consultando %d filas que una ejecución anterior envió sin conocer el resultado, antes de enviar nada…"),
		pluralOf("Send %d payment request(s) from %s?", "¿Confirmas el envío de %d solicitud de pago desde %s?", "¿Confirmas el envío de %d solicitudes de pago desde %s?"),
		tr("Payment requests: %d from %s (%d already settled, not sent)", "Solicitudes de pago: %d desde %s (ya resueltas, no se envían: %d)"),
		tr("Total: MXN %s", "Total: MXN %s"),
		tr("From: company %s", "De: empresa %s"),
		pluralOf("Facti e-mails %d customer(s) the ways to pay.", "Facti le envía por correo las formas de pago a %d cliente.", "Facti les envía por correo las formas de pago a %d clientes."),
		pluralOf("this sends %d real payment request(s) to real customers", "esto envía %d solicitud de pago real a clientes reales", "esto envía %d solicitudes de pago reales a clientes reales"),
		tr("Payment requests", "Solicitudes de pago"),
		pluralOf("%d row(s): %d created, %d found after a lost reply, %d already created, %d failed, %d unknown (ledger %s).",
			"%d fila; creadas: %d, encontradas tras perderse la respuesta: %d, ya creadas antes: %d, fallidas: %d, con resultado desconocido: %d (bitácora: %s).",
			"%d filas; creadas: %d, encontradas tras perderse la respuesta: %d, ya creadas antes: %d, fallidas: %d, con resultado desconocido: %d (bitácora: %s)."),
		tr("Invoices: %d already requested, %d without an e-mail for the receiver's RFC (not sent), %d not income invoices in pesos, %d invalid.",
			"Facturas ya solicitadas: %d; sin correo para el RFC del receptor (no enviadas): %d; que no son de ingreso en pesos: %d; inválidas: %d."),
		pluralOf("%d row(s) were sent and their outcome is unknown (lines %v); none of them will be sent again until a lookup decides it",
			"%d fila se envió y su resultado es desconocido (líneas %v); no se volverá a enviar hasta que una consulta lo decida",
			"%d filas se enviaron y su resultado es desconocido (líneas %v); ninguna se volverá a enviar hasta que una consulta lo decida"),
		tr("run the same command again later: it looks those rows up in company_payments before sending anything, and sends a row again only once it has been absent for a whole verify window",
			"ejecuta el mismo comando más tarde: consulta esas filas en company_payments antes de enviar nada, y vuelve a enviar una fila solo cuando no haya aparecido durante toda una ventana de verificación"),
		pluralOf("%d row(s) failed; see the error column", "%d fila falló; revisa la columna de error", "%d filas fallaron; revisa la columna de error"),
		tr("fix them and run the same command again: created rows are skipped", "corrígelas y ejecuta el mismo comando otra vez: las filas ya creadas se omiten"),
		pluralOf("%d invoice(s) could not become payment requests; see the error column",
			"%d factura no pudo convertirse en solicitud de pago; revisa la columna de error",
			"%d facturas no pudieron convertirse en solicitudes de pago; revisa la columna de error"),

		// payments list, get, pay, delete.
		tr("--limit %d is out of range: Facti returns 1 to %d payments per request (use --all for more)", "--limit %d está fuera de rango: Facti devuelve de 1 a %d pagos por solicitud (usa --all para más)"),
		tr("--status %q: use pending or paid", "--status %q: usa pending o paid"),
		tr("%v", "%v"),
		tr("pass --company ID, or set it once for the profile: `mxpay config set facti.company_id ID`", "usa --company ID, o configúralo una vez en el perfil: `mxpay config set facti.company_id ID`"),
		tr("payment %s is already paid (confirmed %s via %s); nothing changed", "el pago %s ya está pagado (confirmado el %s vía %s); no cambió nada"),
		tr("Mark payment %s (folio %s, %s) as paid?", "¿Confirmas marcar como pagado el pago %s (folio %s, %s)?"),
		tr("Mark paid: payment %s, serie %q folio %s", "Marcar como pagado: pago %s, serie %q, folio %s"),
		tr("Delete: payment %s, serie %q folio %s", "Eliminar: pago %s, serie %q, folio %s"),
		tr("Amount: MXN %s, to %s (%s), %v", "Monto: MXN %s, para %s (%s), %v"),
		tr("this marks a real customer's payment request as paid, and Facti sends its IPN", "esto marca como pagada la solicitud de pago de un cliente real, y Facti envía su IPN"),
		tr("The reply was lost (%v), but payment %s shows paid now: it was marked.", "Se perdió la respuesta (%v), pero el pago %s ya aparece como pagado: sí se marcó."),
		tr("Payment %s marked as paid.", "Pago %s marcado como pagado."),
		tr("An earlier run marked payment %s paid (ledger entry %s): its reply was lost, and the payment shows paid now.", "Una ejecución anterior marcó como pagado el pago %s (registro %s de la bitácora): se perdió su respuesta, y el pago ya aparece como pagado."),
		tr("check it with %s before doing anything else", "verifícalo con %s antes de hacer cualquier otra cosa"),
		tr("payment %s cannot be deleted: it was paid (confirmed %s via %s), and Facti only deletes pending payment requests", "el pago %s no se puede eliminar: ya se pagó (confirmado el %s vía %s), y Facti solo elimina solicitudes de pago pendientes"),
		tr("Delete payment %s (folio %s, %s)?", "¿Confirmas eliminar el pago %s (folio %s, %s)?"),
		tr("Company: %s", "Empresa: %s"),
		tr("this deletes a real customer's payment request", "esto elimina la solicitud de pago de un cliente real"),
		tr("The reply was lost (%v), but Facti no longer shows payment %s: it was deleted.", "Se perdió la respuesta (%v), pero Facti ya no muestra el pago %s: sí se eliminó."),
		tr("Payment %s deleted.", "Pago %s eliminado."),
		tr("An earlier run deleted payment %s (ledger entry %s): its reply was lost, and Facti no longer shows it.", "Una ejecución anterior eliminó el pago %s (registro %s de la bitácora): se perdió su respuesta, y Facti ya no lo muestra."),

		// clabe.
		tr("--email: %v", "--email: %v"),

		// ipn.
		tr("no Facti IPN password found for profile %q (set MXPAY_FACTI_IPN_PASSWORD or store it)", "no se encontró la contraseña IPN de Facti para el perfil %q (define MXPAY_FACTI_IPN_PASSWORD o guárdala)"),
		tr("--path %q must start with /", "--path %q debe empezar con /"),
		tr("--log: %v", "--log: %v"),
		tr("--addr %s: %v", "--addr %s: %v"),
		tr("--addr %q: %v", "--addr %q: %v"),
		tr("Dropped the incomplete last line of %s (%d bytes): an IPN being written when the listener stopped, never acknowledged, so Facti sends it again.", "Se descartó la última línea incompleta de %s (%d bytes): una IPN que se estaba escribiendo cuando se detuvo el receptor y que nunca se confirmó, así que Facti la vuelve a enviar."),
		tr("Listening for Facti IPNs on http://%s%s (log %s, %v); Ctrl-C to stop.", "Escuchando IPN de Facti en http://%s%s (historial %s, %v); Ctrl-C para detener."),
		pluralOf("%d IPN(s) already in it", "ya tiene %d IPN", "ya tiene %d IPN"),
		tr("Emulator company %s now sends its IPNs to %s.", "La empresa %s del emulador ahora envía sus IPN a %s."),
		tr("Rejected an IPN from %s: wrong ipn_password (further ones are only counted).", "Se rechazó una IPN de %s: ipn_password incorrecto (las siguientes solo se cuentan)."),
		tr("Could not log the IPN for payment %s (%v); answered 500 so Facti sends it again.", "No se pudo guardar en el historial la IPN del pago %s (%v); se respondió 500 para que Facti la vuelva a enviar."),
		tr("Duplicate IPN for payment %s: acknowledged, not repeated.", "IPN duplicada del pago %s: se confirmó de recibido y no se repite."),
		pluralOf("Stopped; %d new IPN(s) received, %d refused for a wrong ipn_password.",
			"Detenido; se recibió %d IPN nueva; rechazadas por ipn_password incorrecto: %d.",
			"Detenido; se recibieron %d IPN nuevas; rechazadas por ipn_password incorrecto: %d."),
		pluralOf("Stopped; %d new IPN(s) received.", "Detenido; se recibió %d IPN nueva.", "Detenido; se recibieron %d IPN nuevas."),
		tr("Warning: forwarding queue full; the event is in the log but was not forwarded.", "Aviso: la cola de reenvío está llena; el evento está en el historial pero no se reenvió."),
		tr("Warning: --exec failed: %v", "Aviso: --exec falló: %v"),
		tr("answered %s", "respondió %s"),
		tr("Warning: could not forward an IPN to %s after %v: %v", "Aviso: no se pudo reenviar una IPN a %s después de %v: %v"),
		pluralOf("%d attempt(s)", "%d intento", "%d intentos"),
		tr("--set: %v", "--set: %v"),
		tr("payment %s is not among company %s's payments (company_payments); check --payment and --company", "el pago %s no está entre los pagos de la empresa %s (company_payments); revisa --payment y --company"),
		tr("Payment %s is pending at Facti; the IPN says it was paid in full now.", "El pago %s está pendiente en Facti; la IPN dice que se pagó completo ahora."),
		tr("Warning: could not read the payment ways of %s: %v", "Aviso: no se pudieron leer las formas de pago de %s: %v"),
		tr("Sent empty (no Facti reply carries them; use --set): %s", "Se enviaron vacíos (ninguna respuesta de Facti los trae; usa --set): %s"),
		tr("Sent IPN for payment %s to %s: %s", "Se envió la IPN del pago %s a %s: %s"),
		tr("the webhook answered %s", "el webhook respondió %s"),

		// The Facti client (internal/facti): what a request is.
		tr("the payment request for folio %s (%s)", "la solicitud de pago del folio %s (%s)"),
		tr("the payment request for serie %s folio %s (%s)", "la solicitud de pago de la serie %s, folio %s (%s)"),
		tr("the grouped payment request for invoices %s (%s)", "la solicitud de pago agrupada de las facturas %s (%s)"),
		tr("payment request for folio %s (%s)", "solicitud de pago del folio %s (%s)"),
		tr("payment request for serie %s folio %s (%s)", "solicitud de pago de la serie %s, folio %s (%s)"),
		tr("grouped payment request for invoices %s (%s)", "solicitud de pago agrupada de las facturas %s (%s)"),
		tr("the request to mark payment %s paid", "la solicitud para marcar como pagado el pago %s"),
		tr("the request to delete payment %s", "la solicitud para eliminar el pago %s"),
		tr("folio %s", "folio %s"),
		tr("folio %s, %s, %v", "folio %s, %s, %v"),
		tr("serie %s folio %s", "serie %s, folio %s"),
		tr("payment %s (%v, %s to %s, %v)", "pago %s (%v, %s para %s, %v)"),
		tr("payment %s (%v, %s, %v)", "pago %s (%v, %s, %v)"),

		// The Facti client: refusals and replies it cannot read.
		tr("Facti refused to %v: %v", "Facti se negó a %v: %v"),
		tr("no reason given", "sin motivo indicado"),
		tr("authenticate", "autenticar"),
		tr("create the payment request", "crear la solicitud de pago"),
		tr("get the CLABE accounts", "obtener las cuentas CLABE"),
		tr("get the payment", "obtener el pago"),
		tr("mark the payment as paid", "marcar el pago como pagado"),
		tr("delete the payment", "eliminar el pago"),
		tr("list the payment ways", "listar las formas de pago"),
		tr("list the payments", "listar los pagos"),
		tr("the reply has no details", "la respuesta no trae details"),
		tr("the reply has no payment_details", "la respuesta no trae payment_details"),
		tr("Facti's reply to the request to %v could not be read: %v", "No se pudo leer la respuesta de Facti al intentar %v: %v"),
		tr("Facti's reply to the request to %v could not be read: %v (HTTP %s)", "No se pudo leer la respuesta de Facti al intentar %v: %v (HTTP %s)"),
		tr("Facti's reply to the request to %v could not be read: %v; it begins %q", "No se pudo leer la respuesta de Facti al intentar %v: %v; empieza con %q"),
		tr("Facti's reply to the request to %v could not be read: %v (HTTP %s); it begins %q", "No se pudo leer la respuesta de Facti al intentar %v: %v (HTTP %s); empieza con %q"),
		tr("it is not Facti's JSON", "no es el JSON de Facti"),
		tr("it says result 1 with an error status", "dice result 1 con un código HTTP de error"),
		tr("it says result 1 but has no request_id", "dice result 1 pero no trae request_id"),
		tr("it is not a page of payments", "no es una página de pagos"),
		tr("its childs are not a list of invoices (serie, folio, total_amount)", "sus childs no son una lista de facturas (serie, folio, total_amount)"),
		tr("its members do not have the documented types: %v", "sus campos no tienen los tipos documentados: %v"),
		tr("a payment id %q is not a number", "un id de pago %q no es un número"),
		tr("a full page held no payment from id %s on: the server ignores since_id, so paging stopped", "una página completa no trajo ningún pago a partir del id %s: el servidor ignora since_id, así que se dejó de paginar"),

		// The Facti client: duplicates, lost replies, unknown outcomes.
		tr("%v already exists: %v; nothing was sent", "ya existe %v: %v; no se envió nada"),
		tr("%v was sent and its reply was lost (%v); payments %s all match it, so mxpay cannot tell which one it created", "%v se envió y se perdió su respuesta (%v); los pagos %s coinciden todos con ella, así que mxpay no puede saber cuál creó"),
		// As internal/settle says them (the core's catalog has the same).
		pluralOf("%d lookup(s)", "%d consulta", "%d consultas"),
		tr("%v was sent but its outcome is unknown (%v); it could not be looked up: %v", "%v se envió pero se desconoce su resultado (%v); no se pudo consultar: %v"),
		tr("%v was sent but its outcome is unknown (%v); looking it up failed (%v over %s): %v", "%v se envió pero se desconoce su resultado (%v); la consulta falló (%v durante %s): %v"),
		tr("%v was sent but its outcome is unknown (%v); %v over %s did not find it, but the provider may still apply it", "%v se envió pero se desconoce su resultado (%v); con %v durante %s no apareció, pero el proveedor todavía puede procesar lo enviado"),
		tr("%v; payment %s is %v now", "%v; el pago %s ahora está %v"),
		tr("%w; %v was not sent", "%w; no se envió %v"),
		tr("%v; %v was not sent, nothing was done", "%v; %v no se envió, no se hizo nada"),
		tr("an earlier run sent it", "una ejecución anterior la envió"),

		// The Facti client: validation before sending.
		tr("the request is not valid:\n  - %v", "la solicitud no es válida:\n  - %v"),
		tr("folio is required", "el folio es obligatorio"),
		tr("from_rfc (the RFC that issues the request) is required", "from_rfc (el RFC que emite la solicitud) es obligatorio"),
		tr("to_client_name (the customer's name) is required", "to_client_name (el nombre del cliente) es obligatorio"),
		tr("to_email is required", "to_email es obligatorio"),
		tr("to_email: %v", "to_email: %v"),
		tr("total_amount must be greater than 0", "total_amount debe ser mayor que 0"),
		tr("payment_date only applies to a request created as paid", "payment_date solo aplica a una solicitud creada como pagada"),
		tr("generating an invoice needs the receiver's fiscal data (at least its RFC)", "para generar una factura se necesitan los datos fiscales del receptor (al menos su RFC)"),
		tr("invoice_receiver[rfc] is required", "invoice_receiver[rfc] es obligatorio"),
		tr("invoice_receiver[domicilio_cp] %q is not a 5-digit postal code", "invoice_receiver[domicilio_cp] %q no es un código postal de 5 dígitos"),
		tr("grouped invoice %d has no folio", "la factura agrupada %d no tiene folio"),
		tr("grouped invoice %s amount", "el monto de la factura agrupada %s"),
		tr("the grouped amounts add up to %s but total_amount is %s: they must match exactly", "los montos agrupados suman %s pero total_amount es %s: deben coincidir exactamente"),
		tr("concept %d: quantity %q must be a number greater than 0", "concepto %d: quantity %q debe ser un número mayor que 0"),
		tr("concept %d: unit is required", "concepto %d: unit es obligatorio"),
		tr("concept %d: description is required", "concepto %d: description es obligatorio"),
		tr("concept %d: pu (unit price) must be greater than 0", "concepto %d: pu (precio unitario) debe ser mayor que 0"),
		tr("concept %d: total must be greater than 0", "concepto %d: total debe ser mayor que 0"),
		tr("%q is not an e-mail address", "%q no es una dirección de correo"),
		tr("%v %q is not an id (a whole number above 0)", "%v %q no es un id (un número entero mayor que 0)"),
		tr("%v %q is not an id", "%v %q no es un id"),
		tr("%v must be greater than 0", "%v debe ser mayor que 0"),
		tr("%v %s has more than two decimals", "%v %s tiene más de dos decimales"),
		tr("%v %q is not an RFC: 12 or 13 characters, 3-4 letters, a YYMMDD date and a 3-character homoclave (e.g. %s)", "%v %q no es un RFC: 12 o 13 caracteres, 3 o 4 letras, una fecha AAMMDD y una homoclave de 3 caracteres (p. ej. %s)"),
		tr("%v %q is not a date in the form YYYY-MM-DD", "%v %q no es una fecha con la forma YYYY-MM-DD"),
		tr("%v %q is not in the form YYYY-MM-DD or \"YYYY-MM-DD HH:MM:SS\"", "%v %q no tiene la forma YYYY-MM-DD ni \"YYYY-MM-DD HH:MM:SS\""),
		tr("payment id", "id de pago"),
		tr("the company id", "el id de la empresa"),
		tr("payment way", "forma de pago"),
		tr("the RFC", "el RFC"),
	}
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
			`id de la empresa en Facti (predeterminado: facti.company_id del perfil)`),
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
			`Recibe las IPN de Facti, guárdalas en un historial seguro y muéstralas`),
		tr("Receive IPN POSTs (form or JSON: ipn_password, ipn_type, data). Each one is\nchecked against the md5 of the profile's IPN password (401 otherwise), appended\nto a JSONL log and fsync'd before Facti gets its 200 (if that fails, Facti gets\na 500 and sends it again), deduplicated by payment id (also across restarts,\nfrom the log), printed as one JSON line on stdout, and optionally forwarded to\n--forward-to (retried with backoff) or piped to --exec. Ctrl-C stops it cleanly.\n\nIt can face the internet: bodies over --max-body get 413, a client must send\nits headers within --header-timeout and its body within --body-timeout, idle\nconnections close after --idle-timeout, and at most --max-connections are\nserved at once, so slow clients cannot hold it. Requests with a wrong\nipn_password get 401; the first is reported, the rest only counted.\n\nUnder --env emulator the emulator's demo company is pointed at this listener,\nso `mxpay --env emulator facti payments pay ID` in another terminal delivers here.",
			"Recibe los POST de IPN (formulario o JSON: ipn_password, ipn_type, data). Cada\nuno se verifica contra el md5 de la contraseña IPN del perfil (si no coincide,\n401), se agrega a un historial JSONL y se escribe a disco (fsync) antes de que\nFacti reciba su 200 (si eso falla, Facti recibe un 500 y la vuelve a enviar), se\ndescarta si se repite el id de pago (también entre reinicios, gracias al\nhistorial), se muestra como una línea JSON en stdout y, si quieres, se reenvía a\n--forward-to (con reintentos espaciados) o se pasa a --exec. Ctrl-C lo detiene\nsin perder nada.\n\nPuede quedar expuesto a internet: los cuerpos de más de --max-body reciben 413,\nun cliente debe enviar sus encabezados dentro de --header-timeout y su cuerpo\ndentro de --body-timeout, las conexiones inactivas se cierran tras\n--idle-timeout y se atienden a lo más --max-connections a la vez, así que los\nclientes lentos no lo pueden acaparar. Las solicitudes con un ipn_password\nincorrecto reciben 401; se avisa de la primera y las demás solo se cuentan.\n\nCon --env emulator, la empresa de demostración del emulador apunta a este\nreceptor, así que `mxpay --env emulator facti payments pay ID` en otra terminal\nentrega aquí."),
		tr(`  $ mxpay facti ipn listen --forward-to http://localhost:3000/webhooks/facti
  $ mxpay facti ipn listen --addr 0.0.0.0:8090 --path /facti/ipn --log /var/log/facti-ipn.jsonl
  $ mxpay facti ipn listen --exec 'jq -r .data.folio >> paid-folios.txt'`,
			`  $ mxpay facti ipn listen --forward-to http://localhost:3000/webhooks/facti
  $ mxpay facti ipn listen --addr 0.0.0.0:8090 --path /facti/ipn --log /var/log/facti-ipn.jsonl
  $ mxpay facti ipn listen --exec 'jq -r .data.folio >> paid-folios.txt'`),
		tr(`address to listen on`,
			`dirección en la que escucha`),
		tr(`drop a request whose body takes longer, after its headers`,
			`corta una solicitud cuyo cuerpo tarde más, después de sus encabezados`),
		tr(`run this shell command for each new IPN, with its JSON line on stdin`,
			`ejecuta este comando de shell por cada IPN nueva, con su línea JSON en stdin`),
		tr(`forward each new IPN, as received, to this URL (retried with backoff)`,
			`reenvía cada IPN nueva, tal como llegó, a esta URL (con reintentos espaciados)`),
		tr(`drop a connection whose request line and headers take longer`,
			`corta una conexión cuya línea de solicitud y encabezados tarden más`),
		tr(`close a kept-alive connection idle this long`,
			`cierra una conexión persistente que lleve este tiempo inactiva`),
		tr(`durable JSONL log of verified IPNs; also remembers which were seen`,
			`historial JSONL seguro de las IPN verificadas; también recuerda cuáles ya llegaron`),
		tr(`largest body accepted, in bytes; larger ones are answered 413`,
			`cuerpo más grande que se acepta, en bytes; a los más grandes se responde 413`),
		tr(`connections served at once; more wait until one closes`,
			`conexiones atendidas a la vez; las demás esperan a que una se cierre`),
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

El campo data lleva cada campo que Facti documenta, en su orden, con los
valores que company_payments muestra para el pago (company_id como lo nombra
el listado). Un pago aún pendiente se describe como pagado ahora, completo. La
forma de pago (payment_way_id, payment_way_alias) es la de la empresa que
corresponde al confirmed_from del pago, según company_payment_ways para --rfc
(predeterminado: facti.from_rfc). Ninguna llamada documentada devuelve
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
			`empresa a la que pertenece el pago (predeterminado: facti.company_id del perfil)`),
		tr(`send a JSON body instead of a form`,
			`envía un cuerpo JSON en lugar de un formulario`),
		tr(`id of the payment the IPN is about (required)`,
			`id del pago del que trata la IPN (obligatorio)`),
		tr(`RFC of that company, to find its payment ways (default: the profile's facti.from_rfc)`,
			`RFC de esa empresa, para encontrar sus formas de pago (predeterminado: facti.from_rfc del perfil)`),
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
			`RFC de la empresa (predeterminado: facti.from_rfc del perfil)`),

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
			`id en Facti de la empresa a la que pertenece el pago (predeterminado: facti.company_id del perfil)`),

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
			`cuántos pagos traer, de 1 a 200 (con --all: el tamaño de página; predeterminado: 200)`),
		tr(`only payments with an id less than or equal to this`,
			`solo los pagos con un id menor o igual a este`),
		tr(`only payments paid at or after this: YYYY-MM-DD or "YYYY-MM-DD HH:MM:SS"`,
			`solo los pagos conciliados a partir de esta fecha: YYYY-MM-DD o "YYYY-MM-DD HH:MM:SS"`),
		tr(`only payments paid at or before this: YYYY-MM-DD (the whole day) or "YYYY-MM-DD HH:MM:SS"`,
			`solo los pagos conciliados hasta esta fecha: YYYY-MM-DD (el día completo) o "YYYY-MM-DD HH:MM:SS"`),
		tr(`only payments with this serie (pages through all payments)`,
			`solo los pagos con esta serie (recorre todos los pagos)`),
		tr(`only payments with an id greater than or equal to this`,
			`solo los pagos con un id mayor o igual a este`),
		tr(`only pending or paid payments: pending|paid`,
			`solo los pagos pendientes o los pagados: pending|paid`),
		tr(`add exact totals of the amounts per currency (under a terminal table, else on stderr: stdout is unchanged)`,
			`agrega los totales exactos de los importes por moneda (bajo la tabla en una terminal; si no, en stderr: stdout no cambia)`),

		// Help: mxpay facti payments new
		tr(`Send a payment request to a customer (new_request)`,
			`Envía una solicitud de pago a un cliente (new_request)`),
		tr("Send a payment request: Facti e-mails the customer the ways to pay (STP CLABE,\nbank references) and answers with those references.\n\nEverything is validated before anything is sent (RFCs, YYYY-MM-DD dates,\ne-mails, amounts); an amount with more than two decimals is rounded up to the\ncent as Facti does (242.831 → 242.84) and the rounded amount is shown. On a\nterminal, missing required values are asked for.\n\nBefore sending, mxpay searches the company's payments (--company, default\nfacti.company_id) for the serie and folio and refuses to send a second request\nfor them unless --allow-duplicate-folio. The request is sent once, never\nrepeated: if its reply is lost (a timeout, a reset, a gateway error, a reply\nthat is not Facti's), mxpay looks it up among the payments created since, over\nverify_window, and reports it found, or its outcome unknown (exit 6) with the\ncommand to check. On a terminal, and always in production, it shows what will\nbe sent and asks first (--yes confirms without a terminal).\n\nGrouped requests (--group) are sent with folio 1, as Facti requires; mxpay\nrecognises them by their invoices, read from each candidate's details.\n\nEvery request is recorded in the ledger (`mxpay ledger list`) just before it\nis sent, and with its outcome after. One an earlier run left in flight or\nunknown (a process killed mid-request) is looked up before it is sent again;\none the ledger holds as sent is refused, on every machine that shares the\nledger, unless --allow-duplicate-folio.\n\nFrom an invoice: --from-cfdi FILE.xml (CFDI 3.3 or 4.0) or\n--from-sync-attachment ID take the serie, folio, receiver (RFC and name),\ntotal and concepts from the CFDI; --to-email is still required. The invoice\nmust be an income invoice in pesos, with totals that add up, issued by the\nRFC requests are sent from (exit 2 otherwise).\n\nBulk: --from-csv FILE sends one request per row; --from-sync-invoices sends\none per CFDI the company issued since --since (the Sync user's SAT\nconnection) that has no request yet, with e-mails from --emails FILE.csv\n(rfc,email; invoices without one are listed, not sent). Every row is\nvalidated before anything is sent; rows are sent --concurrency at a time\nand streamed as they complete; a re-run skips what was created.",
			"Envía una solicitud de pago: Facti le manda al cliente por correo las formas de\npago (CLABE STP, referencias bancarias) y responde con esas referencias.\n\nTodo se valida antes de enviar nada (RFC, fechas YYYY-MM-DD, correos, montos);\nun monto con más de dos decimales se redondea hacia arriba al centavo, como lo\nhace Facti (242.831 → 242.84), y se muestra el monto redondeado. En una\nterminal se piden los datos obligatorios que falten.\n\nAntes de enviar, mxpay busca la serie y el folio entre los pagos de la empresa\n(--company, predeterminado: facti.company_id) y no envía una segunda solicitud para\nellos salvo con --allow-duplicate-folio. La solicitud se envía una sola vez y\nnunca se repite: si se pierde la respuesta (tiempo agotado, conexión\nreiniciada, error del gateway, una respuesta que no es de Facti), mxpay la\nbusca entre los pagos creados desde entonces, durante verify_window, e informa\nque la encontró o que su resultado es desconocido (código 6), con el comando\npara verificarla. En una terminal, y siempre en producción, muestra lo que se\nva a enviar y pregunta antes (--yes confirma sin terminal).\n\nLas solicitudes agrupadas (--group) se envían con folio 1, como lo pide Facti;\nmxpay las reconoce por sus facturas, que lee del detalle de cada candidata.\n\nCada solicitud queda en la bitácora (`mxpay ledger list`) justo antes de\nenviarse, y con su resultado después. Una que una ejecución anterior dejó en\ncurso o con resultado desconocido (un proceso terminado a media solicitud) se\nbusca antes de volver a enviarse; una que la bitácora tiene como enviada se\nrechaza, en cada máquina que comparte la bitácora, salvo con\n--allow-duplicate-folio.\n\nDesde una factura: --from-cfdi FILE.xml (CFDI 3.3 o 4.0) o\n--from-sync-attachment ID toman del CFDI la serie, el folio, el receptor (RFC y\nnombre), el total y los conceptos; --to-email sigue siendo obligatorio. La\nfactura debe ser de ingreso, en pesos, con totales que cuadren y emitida por el\nRFC desde el que se envían las solicitudes (si no, código 2).\n\nMasivo: --from-csv FILE envía una solicitud por fila; --from-sync-invoices\nenvía una por cada CFDI que la empresa emitió desde --since (la conexión al SAT\ndel usuario de Sync) y que aún no tiene solicitud, con los correos de --emails\nFILE.csv (rfc,email; las facturas sin correo se listan y no se envían). Todas\nlas filas se validan antes de enviar nada; se envían --concurrency filas a la\nvez y se muestran conforme terminan; al volver a ejecutarlo se omite lo que ya\nse creó."),
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
			`id de la empresa en cuyos pagos se busca un duplicado antes de enviar, y la solicitud si se pierde su respuesta (predeterminado: facti.company_id del perfil)`),
		tr(`a concept: 'quantity=2,unit=PIEZA,description=Monitor,pu=2500.00[,total=5000.00][,details=…]'; repeatable`,
			`un concepto: 'quantity=2,unit=PIEZA,description=Monitor,pu=2500.00[,total=5000.00][,details=…]'; se puede repetir`),
		tr(`JSON file with an array of concepts (keys quantity, unit, description, pu, total, details)`,
			`archivo JSON con un arreglo de conceptos (claves quantity, unit, description, pu, total, details)`),
		tr(`bulk mode: requests in flight at once`,
			`modo masivo: solicitudes en curso a la vez`),
		tr(`print the request that would be sent (credentials masked) and send nothing`,
			`muestra la solicitud que se enviaría (con las credenciales enmascaradas) y no envía nada`),
		tr(`payment deadline YYYY-MM-DD (limit_payment_date; Facti's default: one month from today)`,
			`fecha límite de pago YYYY-MM-DD (limit_payment_date; si falta, Facti pone un mes)`),
		tr(`with --from-sync-invoices: a CSV mapping receiver RFC to e-mail (columns rfc,email); invoices without one are listed and not sent`,
			`con --from-sync-invoices: un CSV que asocia el RFC del receptor con su correo (columnas rfc,email); las facturas sin correo se listan y no se envían`),
		tr(`invoice folio (required unless --group)`,
			`folio de la factura (obligatorio salvo con --group)`),
		tr(`build the request from this CFDI 3.3 or 4.0 invoice (XML file, or - for stdin): serie, folio, receiver, total and concepts; --to-email is still required`,
			`arma la solicitud a partir de esta factura CFDI 3.3 o 4.0 (archivo XML, o - para stdin): serie, folio, receptor, total y conceptos; --to-email sigue siendo obligatorio`),
		tr(`bulk mode: one payment request per row of this CSV (headers: flag or API field names); other flags are defaults for every row`,
			`modo masivo: una solicitud de pago por cada fila de este CSV (encabezados: nombres de opciones o de campos de la API); las demás opciones son valores por omisión para todas las filas`),
		tr(`RFC of your company that issues the request (default: the profile's facti.from_rfc)`,
			`RFC de tu empresa, que emite la solicitud (predeterminado: facti.from_rfc del perfil)`),
		tr("build the request from the CFDI of this Sync attachment `ID` (downloaded with --sync-user)",
			"arma la solicitud a partir del CFDI de este adjunto de Sync (`ID`), que se descarga con --sync-user"),
		tr(`bulk mode: one request per CFDI the company issued (the SAT connection's "emitidas") since --since that has none yet; e-mails from --emails`,
			`modo masivo: una solicitud por cada CFDI que la empresa emitió (las "emitidas" de la conexión al SAT) desde --since y que aún no tiene una; los correos, de --emails`),
		tr(`group invoices in one request: SERIE:FOLIO:AMOUNT, repeated; amounts must add up to --amount`,
			`agrupa facturas en una solicitud: SERIE:FOLIO:MONTO, repetido; los montos deben sumar --amount`),
		tr(`have Facti generate the invoice and attach it to the e-mail (needs the receiver's RFC)`,
			`pide a Facti que genere la factura y la adjunte al correo (requiere el RFC del receptor)`),
		tr(`bulk mode: a journal an earlier mxpay left, to import into the ledger (default FILE.journal)`,
			`modo masivo: un diario que dejó un mxpay anterior, para importarlo a la bitácora (predeterminado: FILE.journal)`),
		tr(`do not e-mail the customer now (send_email_to_client=0)`,
			`no le envía el correo al cliente por ahora (send_email_to_client=0)`),
		tr(`record the request as already paid (status 1), for information only`,
			`registra la solicitud como ya pagada (status 1), solo con fines informativos`),
		tr(`with --paid: the date it was paid, YYYY-MM-DD (default today)`,
			`con --paid: la fecha en que se pagó, YYYY-MM-DD (predeterminado: hoy)`),
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
			"usuario de Sync (`ID`) cuyos adjuntos se leen (predeterminado: sync.user del perfil)"),
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
