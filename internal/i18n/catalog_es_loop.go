package i18n

// spanishLoop is the Spanish of the loop across providers: ledger and reconcile, their commands and libraries.
// The ledger is "la bitácora" and an entry "un registro" (masculine, as
// its status words: creado, declinado); a deposit matched to a payment
// request is "conciliado".
func spanishLoop() []entry {
	return []entry{
		// mxpay ledger
		tr("What mxpay sent that creates something or moves money, and what became of it",
			"Lo que mxpay envió que crea algo o mueve dinero, y qué pasó con ello"),
		tr(`Every request mxpay sends that creates something or moves money is recorded
in the ledger before it is sent, and again with its outcome: Facti payment
requests (new_request), marks as paid and deletes, PagoFácil charges
(transaccion) and Sync credential creations.

Outcomes: in_flight (recorded, sent or about to be, no answer recorded: the
process died, or is still running), created (the provider answered that it
did it), found (the answer was lost and a lookup found it done), declined,
failed (refused, or provably never sent) and unknown (it may have been done
and no lookup could tell). The next command that touches an in_flight or
unknown entry looks it up before sending anything again;
`+"`mxpay pagofacil verify --pending`"+` does it for every charge.

The ledger is a SQLite file (default <user data dir>/mxpay/ledger.db, or beside
the emulator's state under --env emulator) or a PostgreSQL database shared
by several machines: set it with MXPAY_LEDGER or `+"`mxpay config set ledger PATH_OR_URL`"+`.
Its unique keys (a folio of a company, an order id, a payment marked paid)
hold across every machine that shares it. Card numbers, CVVs, expiry dates,
passwords, codes and API keys are never stored.`,
			`Cada solicitud que mxpay envía y que crea algo o mueve dinero queda en la
bitácora (ledger) antes de enviarse, y otra vez con su resultado: solicitudes de
pago de Facti (new_request), marcas como pagada y eliminaciones, cargos de
PagoFácil (transaccion) y altas de credenciales de Sync.

Resultados: in_flight (en curso: registrado, enviado o por enviarse, sin respuesta
registrada: el proceso murió o sigue corriendo), created (creado: el proveedor
respondió que lo hizo), found (encontrado: la respuesta se perdió y una consulta
lo encontró hecho), declined (declinado), failed (fallido: rechazado, o con
certeza nunca enviado) y unknown (desconocido: pudo haberse hecho y ninguna
consulta lo pudo confirmar). El siguiente comando que toque un registro
in_flight o unknown lo consulta antes de volver a enviar nada;
`+"`mxpay pagofacil verify --pending`"+` lo hace para todos los cargos.

La bitácora es un archivo SQLite (predeterminado: <directorio de datos del
usuario>/mxpay/ledger.db, o junto al estado del emulador con --env emulator) o
una base de datos PostgreSQL compartida por varias máquinas: configúrala con
MXPAY_LEDGER o `+"`mxpay config set ledger PATH_OR_URL`"+`. Sus claves únicas (un folio
de una empresa, un id de pedido, un pago marcado como pagado) valen en todas las
máquinas que la comparten. Nunca se guardan números de tarjeta, CVV, fechas de
vencimiento, contraseñas, códigos ni API keys.`),
		tr(`  $ mxpay ledger list --since today
  $ mxpay ledger list --provider pagofacil --status created,found --totals
  $ mxpay ledger list --status pending -o json
  $ mxpay ledger show 42`, `  $ mxpay ledger list --since today
  $ mxpay ledger list --provider pagofacil --status created,found --totals
  $ mxpay ledger list --status pending -o json
  $ mxpay ledger show 42`),

		// mxpay ledger list
		tr("List the ledger's entries, newest first", "Lista los registros de la bitácora, del más reciente al más antiguo"),
		tr(`List what mxpay sent in the run's environment (--env), newest first, streamed.
A table shows the main columns (--fields chooses; csv and json carry every
field, json the ledger's own objects with their references). On a terminal
a table ends with its totals on stderr; --totals prints only the totals, per
currency and outcome, in any format. Amounts are exact.`,
			`Lista lo que mxpay envió en el entorno de la ejecución (--env), del más reciente
al más antiguo, conforme se lee. Una tabla muestra las columnas principales
(--fields las elige; csv y json llevan todos los campos, json los objetos de la
bitácora con sus referencias). En una terminal la tabla termina con sus totales
en stderr; --totals imprime solo los totales, por moneda y resultado, en
cualquier formato. Los montos son exactos.`),
		tr(`  $ mxpay ledger list --since today
  $ mxpay ledger list --provider facti --operation new_request --folio 1001
  $ mxpay ledger list --status pending --all-envs -o json
  $ mxpay ledger list --provider pagofacil --since 2026-03-01 --until 2026-04-01 --totals -o csv`, `  $ mxpay ledger list --since today
  $ mxpay ledger list --provider facti --operation new_request --folio 1001
  $ mxpay ledger list --status pending --all-envs -o json
  $ mxpay ledger list --provider pagofacil --since 2026-03-01 --until 2026-04-01 --totals -o csv`),
		tr("only entries sent to this provider: facti, pagofacil or sync", "solo registros enviados a este proveedor: facti, pagofacil o sync"),
		tr("only this operation: new_request, mark_paid, delete, transaccion or credential_create",
			"solo esta operación: new_request, mark_paid, delete, transaccion o credential_create"),
		tr("only these outcomes (repeatable or comma-separated): in_flight, unknown, created, found, declined, failed, pending",
			"solo estos resultados (repetible o separados por comas): in_flight, unknown, created, found, declined, failed, pending"),
		tr(`only entries recorded at or after this: YYYY-MM-DD, "YYYY-MM-DD HH:MM:SS", RFC 3339, today, yesterday, or a duration back (24h)`,
			`solo registros hechos en este momento o después: YYYY-MM-DD, "YYYY-MM-DD HH:MM:SS", RFC 3339, today, yesterday o un lapso hacia atrás (24h)`),
		tr("only entries recorded before this (same forms as --since)", "solo registros hechos antes de este momento (mismas formas que --since)"),
		tr("only entries of this Facti company id", "solo registros de este id de empresa de Facti"),
		tr("only entries of this folio", "solo registros de este folio"),
		tr("only entries of this PagoFácil order id", "solo registros de este id de pedido de PagoFácil"),
		tr("only entries of this provider id (a Facti payment, a PagoFácil transaction, a Sync credential)",
			"solo registros de este id del proveedor (un pago de Facti, una transacción de PagoFácil, una credencial de Sync)"),
		tr("at most this many entries (0: all)", "como máximo esta cantidad de registros (0: todos)"),
		tr("entries of every environment, not only the run's (--env)", "registros de todos los entornos, no solo el de la ejecución (--env)"),
		tr("in the order they were recorded", "en el orden en que se registraron"),
		tr("print only the totals: entries and exact amount per currency and outcome",
			"imprime solo los totales: registros y monto exacto por moneda y resultado"),

		// mxpay ledger show
		tr("Show one ledger entry: what was sent, what became of it, its references",
			"Muestra un registro de la bitácora: qué se envió, qué pasó con ello, sus referencias"),
		tr(`  $ mxpay ledger show 42
  $ mxpay ledger show 42 -o json --jq '.refs[] | select(.kind == "bank_reference") | .value'`, `  $ mxpay ledger show 42
  $ mxpay ledger show 42 -o json --jq '.refs[] | select(.kind == "bank_reference") | .value'`),

		// Ledger messages.
		tr("--status %q: use %s", "--status %q: usa %s"),
		tr(`--%s %q: write a date (2026-03-01), a date and time ("2026-03-01 14:00:00" or RFC 3339), today, yesterday, or a duration back from now (24h)`,
			`--%s %q: escribe una fecha (2026-03-01), una fecha y hora ("2026-03-01 14:00:00" o RFC 3339), today, yesterday o un lapso hacia atrás desde ahora (24h)`),
		tr("--provider %q: use facti, pagofacil or sync", "--provider %q: usa facti, pagofacil o sync"),
		tr("--operation %q: use new_request, mark_paid, delete, transaccion or credential_create",
			"--operation %q: usa new_request, mark_paid, delete, transaccion o credential_create"),
		tr("--limit %d: use 0 (all) or more", "--limit %d: usa 0 (todos) o más"),
		tr("ledger entry id %q: an entry id is a positive number (see `mxpay ledger list`)",
			"id de registro %q: un id de registro es un número positivo (ve `mxpay ledger list`)"),
		tr("there is no ledger entry %s in %s", "no hay ningún registro %s en la bitácora %s"),
		tr("list the entries with `mxpay ledger list`", "lista los registros con `mxpay ledger list`"),
		pluralOf("%d ledger entries", "%d registro", "%d registros"),
		tr("%s %s %s %s (%d)", "%s %s %s %s (%d)"),

		// Ledger tables (headers on a terminal) and their words.
		tr("ID", "ID"),
		tr("CREATED", "CREADO"),
		tr("PROVIDER", "PROVEEDOR"),
		tr("OPERATION", "OPERACIÓN"),
		tr("ENV", "ENTORNO"),
		tr("PROFILE", "PERFIL"),
		tr("COMPANY", "EMPRESA"),
		tr("SERIE", "SERIE"),
		tr("FOLIO", "FOLIO"),
		tr("PROVIDER ID", "ID DEL PROVEEDOR"),
		tr("AMOUNT", "MONTO"),
		tr("CUR", "MON"),
		tr("STATUS", "ESTADO"),
		tr("UPDATED", "ACTUALIZADO"),
		tr("WHO", "QUIÉN"),
		tr("REFERENCES", "REFERENCIAS"),
		tr("MESSAGE", "MENSAJE"),
		tr("DUPLICATE ON PURPOSE", "DUPLICADO A PROPÓSITO"),
		tr("CURRENCY", "MONEDA"),
		tr("ENTRIES", "REGISTROS"),
		tr("TRANSACTION", "TRANSACCIÓN"),
		tr("in_flight", "en curso"),
		tr("unknown", "desconocido"),
		tr("created", "creado"),
		tr("found", "encontrado"),
		tr("declined", "declinado"),
		tr("failed", "fallido"),
		tr("pending", "pendiente"),
		tr("true", "sí"),
		tr("false", "no"),

		// internal/ledger
		tr("no such ledger entry", "no existe ese registro en la bitácora"),
		tr("the ledger is closed", "la bitácora está cerrada"),
		tr("%s %v was already sent in %s: ledger entry %s, %v since %s", "%s (%v) ya se envió en %s: registro %s de la bitácora, %v desde %s"),
		tr("folio %s-%s of company %s", "folio %s-%s de la empresa %s"),
		tr("folio %s of company %s", "folio %s de la empresa %s"),
		tr("order %s", "pedido %s"),
		tr("payment %s of company %s", "pago %s de la empresa %s"),
		tr("ledger entry %s is already %v; it cannot become %v", "el registro %s de la bitácora ya está %v; no puede quedar %v"),
		tr("ledger: %v", "bitácora: %v"),
		tr("ledger: %w", "bitácora: %w"),
		tr("ledger: bad time %q: %v", "bitácora: hora inválida %q: %v"),
		tr("ledger: bad time %q: %w", "bitácora: hora inválida %q: %w"),
		tr("ledger %s: %v", "bitácora %s: %v"),
		tr("ledger %s: %w", "bitácora %s: %w"),
		tr("ledger: no location given (a file path or a postgres:// URL)", "bitácora: no se indicó ubicación (una ruta de archivo o una URL postgres://)"),
		tr("ledger: %q is neither a file path nor a postgres:// URL", "bitácora: %q no es una ruta de archivo ni una URL postgres://"),
		tr("ledger entry %s: %v", "registro %s de la bitácora: %v"),
		tr("ledger entry %s: %w", "registro %s de la bitácora: %w"),
		tr("ledger entry %s: references: %v", "registro %s de la bitácora: referencias: %v"),
		tr("ledger entry %s: references: %w", "registro %s de la bitácora: referencias: %w"),
		tr("folio %q (serie %q) in %s: %v", "folio %q (serie %q) en %s: %v"),
		tr("folio %q (serie %q) in %s: %w", "folio %q (serie %q) en %s: %w"),
		tr("order %q in %s: %v", "pedido %q en %s: %v"),
		tr("order %q in %s: %w", "pedido %q en %s: %w"),
		tr("reading the ledger: %v", "al leer la bitácora: %v"),
		tr("reading the ledger: %w", "al leer la bitácora: %w"),
		tr("ledger migration %s (%s): %v", "migración %s de la bitácora (%s): %v"),
		tr("ledger migration %s (%s): %w", "migración %s de la bitácora (%s): %w"),
		tr("the ledger's schema is version %s, newer than this mxpay knows (%s): upgrade mxpay",
			"el esquema de la bitácora es la versión %s, más nueva de la que conoce este mxpay (%s): actualiza mxpay"),
		tr("the key of %v stays taken but no entry holds it", "la clave de %v sigue ocupada pero ningún registro la tiene"),
		tr("%s has no key, yet its insert conflicted", "%s no tiene clave, pero su inserción tuvo un conflicto"),

		// mxpay reconcile
		tr("Match bank deposits (Sync) against payment requests (Facti); --mark-paid marks them paid",
			"Concilia depósitos bancarios (Sync) con solicitudes de pago (Facti); --mark-paid las marca como pagadas"),
		tr(`Read the deposits (amount above zero) of the company's bank accounts from Sync
and match them against the company's Facti payment requests:

 1. by the reference Facti issued for the request (its bank reference, its STP
    CLABE and reference, kept in the ledger for the requests mxpay created),
    found in the deposit's reference or description;
 2. else by exact amount, when the deposit is dated from a day before the
    request was made to three days after it was due, and exactly one
    candidate exists on both sides.

It prints every deposit that matches nothing (as the statement is read),
then every match (rule reference, reference+amount or amount), then every
deposit of an ambiguous group with the requests it could be (never marked),
and with --unpaid the pending requests no deposit touched; in every format,
amounts exact. A summary goes to stderr.

The accounts are --account (repeatable), else every account of the Sync user
(--user, default sync.user) but credit cards and the SAT's.

--mark-paid marks the matched requests still pending as paid in Facti (which
then sends its IPN): it shows them and asks first (in production with the
PRODUCTION notice; without a terminal it needs --yes), and records each mark
in the ledger, so a second run, on any machine sharing it, marks nothing
twice.`,
			`Lee de Sync los depósitos (monto mayor que cero) de las cuentas bancarias de la
empresa y los concilia con las solicitudes de pago de la empresa en Facti:

 1. por la referencia que Facti emitió para la solicitud (su referencia
    bancaria, su CLABE y referencia STP, guardadas en la bitácora para las
    solicitudes que creó mxpay), encontrada en la referencia o la descripción
    del depósito;
 2. si no, por monto exacto, cuando la fecha del depósito va de un día antes de
    que se hizo la solicitud a tres días después de su vencimiento, y hay
    exactamente un candidato de cada lado.

Imprime cada depósito que no concilia con nada (conforme se lee el estado de
cuenta), luego cada conciliación (regla reference, reference+amount o amount),
luego cada depósito de un grupo ambiguo con las solicitudes que podría ser
(nunca se marcan), y con --unpaid las solicitudes pendientes que ningún depósito
tocó; en todos los formatos, con montos exactos. Un resumen va a stderr.

Las cuentas son las de --account (repetible); si no, todas las cuentas del
usuario de Sync (--user, predeterminado: sync.user) salvo tarjetas de crédito y las
del SAT.

--mark-paid marca como pagadas en Facti las solicitudes conciliadas que siguen
pendientes (Facti envía entonces su IPN): primero las muestra y pide
confirmación (en producción con el aviso PRODUCTION; sin terminal necesita
--yes), y registra cada marca en la bitácora, así que una segunda ejecución, en
cualquier máquina que la comparta, no marca nada dos veces.`),
		tr(`  $ mxpay reconcile --since 2026-03-01
  $ mxpay reconcile --since yesterday --account 5703f88223428348328b45db -o csv > conciliacion.csv
  $ mxpay reconcile --mark-paid
  $ mxpay reconcile --mark-paid --yes --jq '[.[] | select(.action == "marked-paid")] | length'`, `  $ mxpay reconcile --since 2026-03-01
  $ mxpay reconcile --since yesterday --account 5703f88223428348328b45db -o csv > conciliacion.csv
  $ mxpay reconcile --mark-paid
  $ mxpay reconcile --mark-paid --yes --jq '[.[] | select(.action == "marked-paid")] | length'`),
		tr(`only deposits dated at or after this: YYYY-MM-DD, "YYYY-MM-DD HH:MM:SS", RFC 3339, today, yesterday, or a duration back (72h)`,
			`solo depósitos con fecha en este momento o después: YYYY-MM-DD, "YYYY-MM-DD HH:MM:SS", RFC 3339, today, yesterday o un lapso hacia atrás (72h)`),
		tr("only deposits dated before this (same forms as --since)", "solo depósitos con fecha anterior a este momento (mismas formas que --since)"),
		tr("Sync user `ID` whose bank accounts are read (default: the profile's sync.user)",
			"`ID` del usuario de Sync cuyas cuentas bancarias se leen (predeterminado: el sync.user del perfil)"),
		tr("read only this account `ID` (repeatable; default: the user's bank accounts)",
			"lee solo la cuenta con este `ID` (repetible; predeterminado: las cuentas bancarias del usuario)"),
		tr("Facti company id whose requests are matched (default: the profile's facti.company_id)",
			"id de la empresa de Facti cuyas solicitudes se concilian (predeterminado: el facti.company_id del perfil)"),
		tr("mark the matched pending requests as paid in Facti, each through the ledger",
			"marca como pagadas en Facti las solicitudes pendientes conciliadas, cada una a través de la bitácora"),
		tr("also list the pending requests no deposit touched", "lista también las solicitudes pendientes que ningún depósito tocó"),

		// Reconcile messages.
		tr("Sync user %s has no bank account to reconcile%v", "el usuario de Sync %s no tiene ninguna cuenta bancaria para conciliar%v"),
		tr(" among %s", " entre %s"),
		tr("connect the company's bank with `mxpay sync credentials create`, or name an account with --account",
			"conecta el banco de la empresa con `mxpay sync credentials create`, o indica una cuenta con --account"),
		tr("Reconciling the deposits of %s against company %s's payment requests…",
			"Conciliando los depósitos de %s con las solicitudes de pago de la empresa %s…"),
		tr("Facti company id:", "Id de la empresa en Facti:"),
		tr("listing the accounts of Sync user %s: %w", "al listar las cuentas del usuario de Sync %s: %w"),
		tr("listing the accounts of Sync user %s: %v", "al listar las cuentas del usuario de Sync %s: %v"),
		tr("transaction %s: amount %q: %w", "transacción %s: monto %q: %w"),
		tr("transaction %s: amount %q: %v", "transacción %s: monto %q: %v"),
		tr("%v", "%v"),
		tr("the deposits are read from a Sync user's bank accounts: pass --user ID or set sync.user",
			"los depósitos se leen de las cuentas bancarias de un usuario de Sync: pasa --user ID o configura sync.user"),
		pluralOf("%d mark(s) as paid were sent and their outcome is unknown",
			"se envió %d marca como pagada y su resultado es desconocido",
			"se enviaron %d marcas como pagadas y su resultado es desconocido"),
		tr("run `mxpay reconcile --mark-paid` again later: each mark is recorded in the ledger, and what a lookup cannot settle is not sent twice",
			"vuelve a ejecutar `mxpay reconcile --mark-paid` más tarde: cada marca queda en la bitácora, y lo que una consulta no puede resolver no se envía dos veces"),
		pluralOf("%d request(s) could not be marked paid; see the reason column",
			"%d solicitud no se pudo marcar como pagada; ve la columna de motivo",
			"%d solicitudes no se pudieron marcar como pagadas; ve la columna de motivo"),
		pluralOf("%d deposit(s): %d matched (MXN %s; %d pending, %d marked paid now), %d in ambiguous groups (never marked), %d unmatched; %d transaction(s) were not deposits.",
			"%d depósito: conciliados %d (MXN %s; pendientes %d, marcados como pagados ahora %d), en grupos ambiguos %d (nunca se marcan), sin conciliar %d; transacciones que no eran depósitos: %d.",
			"%d depósitos: conciliados %d (MXN %s; pendientes %d, marcados como pagados ahora %d), en grupos ambiguos %d (nunca se marcan), sin conciliar %d; transacciones que no eran depósitos: %d."),
		// The confirmation of --mark-paid.
		tr(" (folio %s%s)", " (folio %s%s)"),
		tr("  request %s%s, MXN %s, paid by deposit %s of %s (%s)", "  solicitud %s%s, MXN %s, pagada con el depósito %s del %s (%s)"),
		tr("  … and %d more", "  … y %d más"),
		pluralOf("Mark %d payment request(s) paid (MXN %s)?",
			"¿Confirmas marcar como pagada %d solicitud de pago (MXN %s)?",
			"¿Confirmas marcar como pagadas %d solicitudes de pago (MXN %s)?"),
		pluralOf("Mark paid: %d payment request(s) matched to bank deposits, MXN %s in all; Facti sends an IPN for each.",
			"Marcar como pagada: %d solicitud de pago conciliada con depósitos bancarios, MXN %s en total; Facti envía un IPN por cada una.",
			"Marcar como pagadas: %d solicitudes de pago conciliadas con depósitos bancarios, MXN %s en total; Facti envía un IPN por cada una."),
		tr("this marks real customers' payment requests as paid, and Facti sends their IPNs",
			"esto marca como pagadas solicitudes de pago de clientes reales, y Facti envía sus IPN"),
		// Reasons in the reason column (a table on a terminal).
		tr("the run was stopped first", "la ejecución se detuvo antes"),
		tr("ledger entry %s: marked by %s", "registro %s de la bitácora: lo marcó %s"),
		tr("ledger entry %s: an earlier run's mark took", "registro %s de la bitácora: la marca de una ejecución anterior quedó aplicada"),
		tr("the reply was lost; the request shows paid now", "la respuesta se perdió; la solicitud ya aparece pagada"),
		tr("its references belong to different requests", "sus referencias pertenecen a solicitudes distintas"),
		tr("its reference is shared by several requests, and not exactly one of them has its amount",
			"su referencia la comparten varias solicitudes, y no exactamente una tiene su monto"),
		tr("more deposits carry this request's reference; the earliest, %s, was matched",
			"más depósitos traen la referencia de esta solicitud; se concilió el más antiguo, %s"),
		tr("its amount matches a request already matched by reference to %s",
			"su monto coincide con una solicitud ya conciliada por referencia con %s"),
		tr("several deposits and requests of the same amount within their dates: which paid which is not certain",
			"varios depósitos y solicitudes del mismo monto dentro de sus fechas: no es seguro cuál pagó cuál"),

		// Reconcile tables (headers on a terminal) and their words.
		tr("RESULT", "RESULTADO"),
		tr("RULE", "REGLA"),
		tr("ACTION", "ACCIÓN"),
		tr("ACCOUNT", "CUENTA"),
		tr("DATE", "FECHA"),
		tr("DESCRIPTION", "DESCRIPCIÓN"),
		tr("REFERENCE", "REFERENCIA"),
		tr("REQUEST", "SOLICITUD"),
		tr("REQUESTED", "SOLICITADO"),
		tr("TO EMAIL", "CORREO DESTINO"),
		tr("REASON", "MOTIVO"),
		tr("matched", "conciliado"),
		tr("unmatched", "sin conciliar"),
		tr("ambiguous", "ambiguo"),
		tr("unpaid", "sin pagar"),
		tr("reference", "referencia"),
		tr("reference+amount", "referencia+monto"),
		tr("amount", "monto"),
		tr("to-mark", "por marcar"),
		tr("paid", "pagado"),
		tr("marked-paid", "marcado pagado"),
		tr("already-paid", "ya pagado"),
		tr("already-marked", "ya marcado"),
		tr("not-marked", "sin marcar"),
		tr("never-marked", "nunca se marca"),
	}
}
