package i18n

// spanishCore is the Spanish of the CLI around the providers: root, help, errors, config, auth, output, prompts, api, emulator, ledger, reconcile.
func spanishCore() []entry {
	return []entry{
		pluralOf("%d row(s)", "%d fila", "%d filas"),
		tr("interrupted", "interrumpido"),
		tr("error: %s", "error: %s"),
		tr("Run `%s --help` for usage.", "Ejecuta `%s --help` para ver cómo se usa."),
		tr("run `mxpay auth login %s`", "ejecuta `mxpay auth login %s`"),

		// cobra's and pflag's own words in help (internal/cmd/root/help.go).
		tr("Usage:", "Uso:"),
		tr("[command]", "[comando]"),
		tr("[flags]", "[opciones]"),
		tr("<command>", "<comando>"),
		tr("<subcommand>", "<subcomando>"),
		tr("Aliases:", "Alias:"),
		tr("Examples:", "Ejemplos:"),
		tr("Available Commands:", "Comandos disponibles:"),
		tr("Additional Commands:", "Otros comandos:"),
		tr("Flags:", "Opciones:"),
		tr("Global Flags:", "Opciones globales:"),
		tr("Additional help topics:", "Otros temas de ayuda:"),
		tr("Use \"%s [command] --help\" for more information about a command.", "Usa \"%s [comando] --help\" para ver más sobre un comando."),
		tr("(default ", "(predeterminado: "),

		// cobra's and pflag's errors, rebuilt in internal/cmd/root.
		tr("unknown command %q for %q", "comando desconocido %q para %q"),
		tr("unknown command %q for %q\n\nDid you mean this?\n\t%s\n", "comando desconocido %q para %q\n\n¿Quisiste decir esto?\n\t%s\n"),
		tr("invalid argument %q for %q", "argumento no válido %q para %q"),
		tr("invalid argument %q for %q\n\nDid you mean this?\n\t%s\n", "argumento no válido %q para %q\n\n¿Quisiste decir esto?\n\t%s\n"),
		tr("invalid argument %q for %q flag: %w", "argumento no válido %q para la opción %q: %w"),
		tr("run `%s --help` for the commands", "ejecuta `%s --help` para ver los comandos"),
		tr("run `%s --help` for usage", "ejecuta `%s --help` para ver cómo se usa"),
		tr("unknown flag: %s", "opción desconocida: %s"),
		tr("unknown shorthand flag: %s in %s", "opción corta desconocida: %s en %s"),
		tr("flag needs an argument: %s in %s", "la opción necesita un valor: %s en %s"),
		tr("flag needs an argument: %s", "la opción necesita un valor: %s"),
		tr("bad flag syntax: %s", "opción mal escrita: %s"),
		pluralOf("requires at least %d arg(s), only received %d", "requiere al menos %d argumento; recibió solo %d", "requiere al menos %d argumentos; recibió solo %d"),
		pluralOf("accepts at most %d arg(s), received %d", "acepta como máximo %d argumento; recibió %d", "acepta como máximo %d argumentos; recibió %d"),
		pluralOf("accepts %d arg(s), received %d", "acepta %d argumento; recibió %d", "acepta %d argumentos; recibió %d"),
		tr("accepts between %d and %d arg(s), received %d", "acepta entre %d y %d argumentos; recibió %d"),
		tr("required flag(s) %s not set", "falta indicar las opciones obligatorias %s"),
		tr("if any flags in the group [%s] are set they must all be set; missing [%s]", "si usas alguna de las opciones [%s], debes usarlas todas; faltan [%s]"),
		tr("at least one of the flags in the group [%s] is required", "se necesita al menos una de las opciones [%s]"),
		tr("if any flags in the group [%s] are set none of the others can be; [%s] were all set", "si usas una de las opciones [%s], no puedes usar las demás; usaste [%s]"),
		// internal/prompt: survey's words and the prompts' refusals.
		tr("(y/N)", "(s/N)"),
		tr("(Y/n)", "(S/n)"),
		tr("Yes", "Sí"),
		tr("No", "No"),
		tr("%q is not a valid answer, please try again.", "%q no es sí ni no; escribe s o n."),
		tr("Sorry, your reply was invalid:", "Respuesta no válida:"),
		tr("Use arrows to move, type to filter", "Usa las flechas para moverte, escribe para filtrar"),
		tr("for more help", "para más ayuda"),
		tr("Use arrows to move, space to select,", "Usa las flechas para moverte, la barra espaciadora para elegir,"),
		tr("<right> to all,", "<derecha> para todas,"),
		tr("<left> to none,", "<izquierda> para ninguna,"),
		tr("type to filter", "escribe para filtrar"),
		tr("an answer is required", "se necesita una respuesta"),
		tr("cannot prompt: standard input is not a terminal", "no se puede preguntar: la entrada estándar no es una terminal"),
		tr("cannot prompt: standard output is not a terminal", "no se puede preguntar: la salida estándar no es una terminal"),
		tr("prompt interrupted: %w", "pregunta interrumpida: %w"),
		tr("input ended before the question was answered: %w", "la entrada terminó antes de que se respondiera la pregunta: %w"),
		tr("prompting: %w", "al preguntar: %w"),
		// internal/cmdutil: confirmations, arguments, credentials, ledger.
		tr("confirmation needed: %s", "se necesita confirmación: %s"),
		tr("confirmation needed %s", "se necesita confirmación: %s"),
		tr("confirmation needed in production: %s", "se necesita confirmación en producción: %s"),
		tr("pass --yes to confirm without a prompt", "usa --yes para confirmar sin que se te pregunte"),
		tr("PRODUCTION: %s.", "PRODUCCIÓN: %s."),
		tr("this acts on real money and real customers", "esto opera con dinero real y clientes reales"),
		tr("cancelled: nothing was sent", "cancelado: no se envió nada"),
		tr("%q takes no arguments, got %q", "%q no lleva argumentos; recibió %q"),
		tr("%q needs %s, got %d argument(s)", "%q necesita %s; recibió %d argumento(s)"),
		tr("%q needs %d argument(s), got %d argument(s)", "%q necesita %d argumento(s); recibió %d argumento(s)"),
		tr("%q takes at most %s, got %d arguments", "%q lleva como máximo %s; recibió %d argumentos"),
		tr("%q takes at most %d argument(s), got %d arguments", "%q lleva como máximo %d argumento(s); recibió %d argumentos"),
		tr("--%s is required (prompting is disabled or there is no terminal)", "--%s es obligatoria (las preguntas están desactivadas o no hay terminal)"),
		tr("pass --%s", "usa --%s"),
		tr("unknown provider %q", "proveedor desconocido %q"),
		tr("no %s %v found for profile %q", "no se encontró %s %v para el perfil %q"),
		tr("%s and %s", "%s y %s"),
		tr("MXPAY_EMULATOR_FAULTS: %v", "MXPAY_EMULATOR_FAULTS: %v"),
		tr("opening the emulator state: %w", "al abrir el estado del emulador: %w"),
		tr("--%s must be an http or https URL, got %q", "--%s debe ser una URL http o https; recibió %q"),
		tr("finding a directory for the ledger (set MXPAY_LEDGER to choose a file): %w", "al buscar un directorio para la bitácora (define MXPAY_LEDGER para elegir un archivo): %w"),
		tr("opening the ledger (nothing was sent): %w", "al abrir la bitácora (no se envió nada): %w"),
		tr("set MXPAY_LEDGER (or `mxpay config set ledger PATH_OR_URL`) to a file or a postgres:// URL mxpay can write", "define MXPAY_LEDGER (o `mxpay config set ledger PATH_OR_URL`) con un archivo o una URL postgres:// en la que mxpay pueda escribir"),
		tr("the default ledger could not be opened: set MXPAY_LEDGER (or `mxpay config set ledger PATH_OR_URL`) to a file or a postgres:// URL mxpay can write", "no se pudo abrir la bitácora predeterminada: define MXPAY_LEDGER (o `mxpay config set ledger PATH_OR_URL`) con un archivo o una URL postgres:// en la que mxpay pueda escribir"),
		tr("the request's outcome (%s) could not be recorded in the ledger: %w", "no se pudo anotar en la bitácora el resultado de la solicitud (%s): %w"),
		tr("ledger entry %s stays in flight: the next command that touches it looks it up before anything is sent again", "el registro %s de la bitácora queda en curso: el siguiente comando que lo use lo consulta antes de volver a enviar algo"),
		tr("%w (by %s); its outcome is not settled, so it is not sent again", "%w (por %s); su resultado no está definido, así que no se vuelve a enviar"),
		tr("another mxpay may be sending it right now; otherwise run the same command again later: it looks the request up before sending anything", "puede que otro mxpay la esté enviando en este momento; si no, ejecuta el mismo comando más tarde: consulta la solicitud antes de enviar algo"),
		tr("%w (by %s); nothing was sent", "%w (por %s); no se envió nada"),
		tr("see it with `mxpay ledger show %s`; pass %s to send it again anyway", "consúltala con `mxpay ledger show %s`; usa %s para enviarla de nuevo de todos modos"),

		// internal/output: tables, totals, formats.
		tr("Total", "Total"),
		tr("Total:", "Total:"),
		tr(" no amounts to add (rows: 0)", " no hay importes que sumar (filas: 0)"),
		tr("(rows: %d)", "(filas: %d)"),
		tr("Not added: rows without an amount that is a number: %d", "Sin sumar: filas cuyo importe no es un número: %d"),
		tr("--totals: the list has no column %q", "--totals: la lista no tiene la columna %q"),
		tr("Note: column %s is hidden to fit %d columns; choose the columns with --fields.", "Nota: la columna %s se oculta para caber en %d columnas; elige las columnas con --fields."),
		tr("Note: columns %s are hidden to fit %d columns; choose the columns with --fields.", "Nota: las columnas %s se ocultan para caber en %d columnas; elige las columnas con --fields."),
		tr("standard output was closed by its reader", "quien leía la salida estándar la cerró"),
		tr("the result is not valid JSON: %w", "el resultado no es JSON válido: %w"),
		tr("jq stopped: %w", "jq se detuvo: %w"),
		tr("jq: %v", "jq: %v"),
		tr("jq: encoding a result: %w", "jq: al codificar un resultado: %w"),
		tr("writing csv: %w", "al escribir el csv: %w"),
		tr("Warning: not using the pager: %v", "Aviso: no se usa el paginador: %v"),
		tr("cannot read the pager command %q: %v", "no se puede leer el comando del paginador %q: %v"),
		tr("reading JSON: %w", "al leer el JSON: %w"),
		tr("--fields needs JSON objects, but the result is not an object", "--fields necesita objetos JSON, pero el resultado no es un objeto"),
		tr("reading JSON value of %q: %w", "al leer el valor JSON de %q: %w"),
		tr("no time to format", "no hay fecha y hora que formatear"),
		tr("%q is not a time (RFC 3339, YYYY-MM-DD hh:mm:ss, YYYY-MM-DD or Unix seconds)", "%q no es una fecha y hora (RFC 3339, YYYY-MM-DD hh:mm:ss, YYYY-MM-DD o segundos Unix)"),
		tr("unknown color %q: use bold, red, green, yellow, cyan, blue or gray", "color desconocido %q: usa bold, red, green, yellow, cyan, blue o gray"),
		tr("--template: %w", "--template: %w"),
		tr("invalid --template: %v", "--template no válido: %v"),
		tr("unknown field %q in --fields: valid fields are %s", "campo desconocido %q en --fields: los campos válidos son %s"),
		tr("invalid --jq expression %q: %v", "expresión de --jq no válida %q: %v"),
		tr("unknown output format %q: use one of %s", "formato de salida desconocido %q: usa uno de %s"),
		tr("--jq and --template both shape the JSON form: use one of them", "--jq y --template dan forma al JSON: usa solo uno de los dos"),
		tr("%s works on the JSON form of the result and cannot be combined with -o csv: use -o json or -o jsonl", "%s trabaja sobre la forma JSON del resultado y no se puede combinar con -o csv: usa -o json o -o jsonl"),
		// flags every receiver and every money list share (internal/cmdutil).
		tr("connections served at once; more wait until one closes", "conexiones atendidas a la vez; las demás esperan a que una se cierre"),
		tr("drop a connection whose request line and headers take longer", "corta una conexión cuya línea de solicitud y encabezados tarden más"),
		tr("drop a request whose body takes longer, after its headers", "corta una solicitud cuyo cuerpo tarde más, después de sus encabezados"),
		tr("close a kept-alive connection idle this long", "cierra una conexión persistente que lleve este tiempo inactiva"),
		tr("largest body accepted, in bytes; larger ones are answered 413", "cuerpo más grande que se acepta, en bytes; a los más grandes se responde 413"),
		tr("add exact totals of the amounts per currency (under a terminal table, else on stderr: stdout is unchanged)", "agrega los totales exactos de los importes por moneda (bajo la tabla en una terminal; si no, en stderr: stdout no cambia)"),
		// internal/config.
		tr("encoding config: %w", "al codificar la configuración: %w"),
		tr("creating %s: %w", "al crear %s: %w"),
		tr("writing %s: %w", "al escribir %s: %w"),
		tr("finding the user config directory: %w (set MXPAY_CONFIG)", "al buscar el directorio de configuración del usuario: %w (define MXPAY_CONFIG)"),
		tr("%q is not one of %s", "%q no es ninguno de %s"),
		tr("%q has no unit; write %ss", "%q no tiene unidad; escribe %ss"),
		tr("%q is not a duration like 30s or 2m", "%q no es una duración como 30s o 2m"),
		tr("%q must be positive", "%q debe ser positivo"),
		tr("%q is not an http(s) URL", "%q no es una URL http(s)"),
		tr("the ledger needs a file path or a postgres:// URL", "la bitácora necesita la ruta de un archivo o una URL postgres://"),
		tr("a ledger URL must be postgres:// or postgresql://, not %s://", "la URL de la bitácora debe ser postgres:// o postgresql://, no %s://"),
		tr("the ledger URL is not a URL", "la URL de la bitácora no es una URL"),
		tr("reading config file %s: profiles must be a map of profile names to settings", "al leer el archivo de configuración %s: profiles debe ser un mapa de nombres de perfil a sus ajustes"),
		tr("binding %s: no such flag", "al enlazar %s: no existe esa opción"),
		tr("reading config file %s: %w", "al leer el archivo de configuración %s: %w"),

		// internal/secrets.
		tr("cannot change %s: %w; set or unset it in your shell", "no se puede cambiar %s: %w; defínela o quítala en tu shell"),
		tr("cannot change %s %s: %w", "no se puede cambiar %s %s: %w"),
		tr("environment variables are read-only", "las variables de entorno son de solo lectura"),
		tr("the OS keyring did not answer in time", "el llavero del sistema no respondió a tiempo"),
		tr("the OS keyring is unavailable", "el llavero del sistema no está disponible"),
		tr("secret not found", "no se encontró el secreto"),
		tr("reading secrets file: %w", "al leer el archivo de secretos: %w"),
		tr("secrets file %s is not valid JSON (%v); fix or delete it and run `mxpay auth login` again", "el archivo de secretos %s no es JSON válido (%v); corrígelo o bórralo y vuelve a ejecutar `mxpay auth login`"),
		tr("encoding secrets file: %w", "al codificar el archivo de secretos: %w"),
		tr("creating directory for the secrets file: %w", "al crear el directorio del archivo de secretos: %w"),
		tr("writing secrets file: %w", "al escribir el archivo de secretos: %w"),
		tr("protecting secrets file: %w", "al proteger el archivo de secretos: %w"),
		tr("replacing secrets file %s: %w", "al reemplazar el archivo de secretos %s: %w"),
		tr("%w (waited %s)", "%w (se esperó %s)"),
		tr("reading %s from the OS keyring: %w", "al leer %s del llavero del sistema: %w"),
		tr("reading %s from the OS keyring: %w: %w", "al leer %s del llavero del sistema: %w: %w"),
		tr("storing %s in the OS keyring: %w", "al guardar %s en el llavero del sistema: %w"),
		tr("storing %s in the OS keyring: %w: %w", "al guardar %s en el llavero del sistema: %w: %w"),
		tr("deleting %s from the OS keyring: %w", "al borrar %s del llavero del sistema: %w"),
		tr("deleting %s from the OS keyring: %w: %w", "al borrar %s del llavero del sistema: %w: %w"),
		tr("removing %s %s: %w", "al eliminar %s %s: %w"),
		tr("%s %s for profile %q: %w", "%s %s del perfil %q: %w"),
		tr("cannot store the secret insecurely: no secrets file is configured", "no se puede guardar el secreto sin protección: no hay un archivo de secretos configurado"),
		tr("cannot store the secret: no OS keyring and no secrets file are available", "no se puede guardar el secreto: no hay llavero del sistema ni archivo de secretos disponibles"),
		tr("storing %s %s: %w", "al guardar %s %s: %w"),

		// internal/rfc.
		tr("%s %q is not an RFC: 12 or 13 characters, 3-4 letters, a YYMMDD date and a 3-character homoclave (e.g. %s)", "%s %q no es un RFC: 12 o 13 caracteres, 3 o 4 letras, una fecha AAMMDD y una homoclave de 3 caracteres (p. ej. %s)"),

		// internal/httpx: what happened to a request.
		tr("reading the body of %s %s: %w", "al leer el cuerpo de %s %s: %w"),
		tr("rewinding the request body to retry: %w", "al rebobinar el cuerpo de la solicitud para reintentar: %w"),
		tr("the answer from %s did not finish arriving within %s", "la respuesta de %s no terminó de llegar en %s"),
		tr("no answer from %s within %s", "%s no respondió en %s"),
		tr("no answer from %s in time: %v", "%s no respondió a tiempo: %v"),
		tr("lost the connection to %s after sending the request: %v", "se perdió la conexión con %s después de enviar la solicitud: %v"),
		tr("could not reach %s: %v", "no se pudo contactar a %s: %v"),
		tr("response body not finished within %s", "el cuerpo de la respuesta no terminó en %s"),
		tr("no response within %s", "sin respuesta en %s"),
		tr("unknown error", "error desconocido"),
		tr("no such host", "no existe ese host"),
		tr("could not look up the host name", "no se pudo resolver el nombre del host"),
		tr("the server closed the connection without answering", "el servidor cerró la conexión sin responder"),
		tr("connection refused", "conexión rechazada"),
		tr("connection reset by peer", "el otro extremo restableció la conexión"),
		tr("connection timed out", "se agotó el tiempo de conexión"),
		tr("network is unreachable", "la red no está disponible"),
		tr("no route to host", "no hay ruta al host"),
		tr("no Location", "sin Location"),
		tr("%s answered %s %s to %s %s", "%s respondió %s %s a %s %s"),
		tr("%s answered %s %s to %s %s (a redirect to %v, not followed: mxpay never re-sends a request to another address)", "%s respondió %s %s a %s %s (una redirección a %v, que no se siguió: mxpay nunca reenvía una solicitud a otra dirección)"),
		tr("interrupted after the request was sent: %v", "interrumpido después de enviar la solicitud: %v"),
		tr("interrupted: %v", "interrumpido: %v"),
		// internal/config: the keys' descriptions and their errors.
		tr("unknown config key %q; valid keys: %s", "clave de configuración desconocida %q; claves válidas: %s"),
		tr("invalid value for %s: %v", "valor no válido para %s: %v"),
		tr("provider environment: sandbox, production or emulator", "entorno del proveedor: sandbox, production o emulator"),
		tr("default output format: table, json, jsonl or csv", "formato de salida predeterminado: table, json, jsonl o csv"),
		tr("per-request timeout, whole exchange, e.g. 30s or 2m", "tiempo límite por solicitud, de todo el intercambio, p. ej. 30s o 2m"),
		tr("how long to look up a create or charge whose reply was lost (default: twice the timeout, at least 1m)", "cuánto tiempo buscar una creación o un cargo cuya respuesta se perdió (predeterminado: el doble del tiempo límite, al menos 1m)"),
		tr("language people read: es or en (default: from LC_ALL, LC_MESSAGES or LANG)", "idioma en que se lee mxpay: es o en (predeterminado: según LC_ALL, LC_MESSAGES o LANG)"),
		tr("override the Facti API base URL", "reemplaza la URL base de la API de Facti"),
		tr("Facti company id used by default", "id de empresa de Facti que se usa de forma predeterminada"),
		tr("RFC that issues payment requests by default", "RFC que emite las solicitudes de pago de forma predeterminada"),
		tr("override the PagoFácil API base URL", "reemplaza la URL base de la API de PagoFácil"),
		tr("override the Paybook Sync API base URL", "reemplaza la URL base de la API de Paybook Sync"),
		tr("Sync user id used by user-scoped commands", "id de usuario de Sync que usan los comandos de un usuario"),
		tr("where mxpay records every request that creates something or moves money: a SQLite file path, or a postgres:// URL shared by several machines (put its password in PGPASSWORD or ~/.pgpass, not in the URL) (default <user data dir>/mxpay/ledger.db)", "dónde anota mxpay cada solicitud que crea algo o mueve dinero: la ruta de un archivo SQLite, o una URL postgres:// que comparten varias máquinas (pon su contraseña en PGPASSWORD o ~/.pgpass, no en la URL) (predeterminado: <directorio de datos del usuario>/mxpay/ledger.db)"),
		// internal/settle: a request whose outcome is unknown, or never sent.
		pluralOf("%d lookup(s)", "%d consulta", "%d consultas"),
		tr("%v was sent but its outcome is unknown (%v); it could not be looked up: %v", "%v se envió pero se desconoce su resultado (%v); no se pudo consultar: %v"),
		tr("%v was sent but its outcome is unknown (%v); looking it up failed (%v over %s): %v", "%v se envió pero se desconoce su resultado (%v); la consulta falló (%v durante %s): %v"),
		tr("%v was sent but its outcome is unknown (%v); %v over %s did not find it, but the provider may still apply it", "%v se envió pero se desconoce su resultado (%v); con %v durante %s no apareció, pero el proveedor todavía puede procesar lo enviado"),
		tr("%v; %v was not sent, nothing was done", "%v; %v no se envió, no se hizo nada"),

		// internal/money: an amount that cannot be read.
		tr("invalid amount %q: %v", "importe no válido %q: %v"),
		tr("%v (write %s)", "%v (escribe %s)"),
		tr("write %s", "escribe %s"),
		tr("it is too long (at most %s characters)", "es demasiado largo (máximo %s caracteres)"),
		tr("unexpected character %s; write digits with at most one dot, such as 1234.50", "carácter inesperado %s; escribe dígitos con un solo punto como máximo, como 1234.50"),
		tr("it has more than %s digits before the dot", "tiene más de %s dígitos antes del punto"),
		tr("write digits with at most one dot, such as 1234.50", "escribe dígitos con un solo punto como máximo, como 1234.50"),
		tr("it is empty; write an amount such as 1234.50", "está vacío; escribe un importe como 1234.50"),
		tr("it is not a number; write digits such as 1234.50", "no es un número; escribe dígitos como 1234.50"),
		tr("remove the currency symbol", "quita el símbolo de moneda"),
		tr("remove the spaces", "quita los espacios"),
		tr("amounts cannot be negative", "los importes no pueden ser negativos"),
		tr("remove the + sign", "quita el signo +"),
		tr("exponents are not accepted", "no se aceptan exponentes"),
		tr("exponents are not accepted; write the digits out, such as 1234.50", "no se aceptan exponentes; escribe todos los dígitos, como 1234.50"),
		tr("it has more than one dot; write one dot before the cents, such as 1234.50", "tiene más de un punto; escribe un solo punto antes de los centavos, como 1234.50"),
		tr("it contains letters; write digits only, such as 1234.50", "tiene letras; escribe solo dígitos, como 1234.50"),
		tr("it has no digits; write an amount such as 1234.50", "no tiene dígitos; escribe un importe como 1234.50"),
		tr("use a dot for the cents, not a comma", "usa un punto para los centavos, no una coma"),
		tr("remove the thousands separator", "quita el separador de miles"),
		tr("it is not a valid JSON string", "no es una cadena JSON válida"),
		tr("it is empty", "está vacío"),
		tr("it is not a number", "no es un número"),
		tr("it is out of range", "está fuera de rango"),
		// internal/secrets: warnings.
		tr("warning: %s is still set in the environment and overrides stored secrets; unset it in your shell\n", "aviso: %s sigue definida en el entorno y tiene prioridad sobre los secretos guardados; quítala en tu shell\n"),
		tr("warning: %v; secrets are read from and stored in %s (mode 0600) instead\n", "aviso: %v; los secretos se leen y se guardan en %s (modo 0600) en su lugar\n"),
		tr("warning: %v; secrets kept in the OS keyring cannot be used\n", "aviso: %v; no se pueden usar los secretos guardados en el llavero del sistema\n"),
		tr("warning: could not remove the old copy of %s %s from %s: %v\n", "aviso: no se pudo quitar la copia anterior de %s %s de %s: %v\n"),
		tr("warning: %s can be read by other users (mode %04o); run `chmod 600 %s`\n", "aviso: otros usuarios pueden leer %s (modo %04o); ejecuta `chmod 600 %s`\n"),
		tr("%w: %w", "%w: %w"),
		tr("%s", "%s"),
		tr("%v", "%v"),

		// root: its texts, its groups, its flags and the global flags.
		tr("Drive Facti, PagoFácil and Paybook Sync from the terminal", "Opera Facti, PagoFácil y Paybook Sync desde la terminal"),
		tr(`mxpay issues Facti payment requests, charges cards with PagoFácil and
connects banks and the SAT through Paybook Sync, from a terminal or a script.

Every command also runs against an embedded emulator of the three APIs:
add --env emulator to try anything without credentials or network.`, `mxpay emite solicitudes de pago de Facti, hace cargos a tarjetas con PagoFácil y
conecta bancos y el SAT con Paybook Sync, desde una terminal o un script.

Cada comando también funciona con un emulador integrado de las tres API:
agrega --env emulator para probar lo que quieras sin credenciales ni red.`),
		tr(`  $ mxpay auth login facti
  $ mxpay --env emulator auth status
  $ mxpay config set env production --profile live
  $ mxpay --version`, `  $ mxpay auth login facti
  $ mxpay --env emulator auth status
  $ mxpay config set env production --profile live
  $ mxpay --version`),
		tr("Core commands", "Comandos principales"),
		tr("Setup commands", "Comandos de configuración"),
		tr("show the mxpay version (as mxpay version does)", "muestra la versión de mxpay (como mxpay version)"),
		tr("help for %s", "ayuda de %s"),
		tr("profile in the config file (env MXPAY_PROFILE; default \"default\")", "perfil del archivo de configuración (env MXPAY_PROFILE; predeterminado: \"default\")"),
		tr("provider environment: sandbox, production or emulator (env MXPAY_ENV; default sandbox)", "entorno del proveedor: sandbox, production o emulator (env MXPAY_ENV; predeterminado: sandbox)"),
		tr("output format: table, json, jsonl or csv (env MXPAY_OUTPUT; default table)", "formato de salida: table, json, jsonl o csv (env MXPAY_OUTPUT; predeterminado: table)"),
		tr("filter the JSON form of the result with a jq expression", "filtra la forma JSON del resultado con una expresión de jq"),
		tr("format the JSON form of the result with a Go template (see: mxpay help formats)", "da formato a la forma JSON del resultado con una plantilla de Go (consulta: mxpay help formats)"),
		tr("comma-separated fields to show (table/csv columns, json keys)", "campos que se muestran, separados por comas (columnas de tabla/csv, claves de json)"),
		tr("never prompt; missing input is a usage error (env MXPAY_NO_INPUT)", "nunca pregunta; un dato que falta es un error de uso (env MXPAY_NO_INPUT)"),
		tr("confirm destructive or money-moving actions without asking", "confirma sin preguntar las acciones que borran o mueven dinero"),
		tr("trace HTTP exchanges to stderr, secrets redacted (env MXPAY_DEBUG)", "muestra en stderr los intercambios HTTP, con los secretos ocultos (env MXPAY_DEBUG)"),
		tr("per-request timeout, e.g. 30s (env MXPAY_TIMEOUT; default 30s)", "tiempo límite por solicitud, p. ej. 30s (env MXPAY_TIMEOUT; predeterminado: 30s)"),
		tr("config file (env MXPAY_CONFIG; default <user config dir>/mxpay/config.yaml)", "archivo de configuración (env MXPAY_CONFIG; predeterminado: <directorio de configuración del usuario>/mxpay/config.yaml)"),
		tr("do not page long output on a terminal (env MXPAY_PAGER, PAGER; default less -FRX)", "no pagina la salida larga en una terminal (env MXPAY_PAGER, PAGER; predeterminado: less -FRX)"),

		// cobra's help and completion commands.
		tr("Help about any command", "Ayuda de cualquier comando"),
		tr(`Help provides help for any command in the application.
Simply type mxpay help [path to command] for full details.`, `Muestra la ayuda de cualquier comando de la aplicación.
Escribe mxpay help [ruta del comando] para ver todos los detalles.`),
		tr("Generate the autocompletion script for the specified shell", "Genera el script de autocompletado para el shell indicado"),
		tr(`Generate the autocompletion script for mxpay for the specified shell.
See each sub-command's help for details on how to use the generated script.
`, `Genera el script de autocompletado de mxpay para el shell indicado.
Consulta la ayuda de cada subcomando para ver cómo usar el script generado.
`),
		tr("disable completion descriptions", "desactiva las descripciones del autocompletado"),
		tr("Generate the autocompletion script for bash", "Genera el script de autocompletado para bash"),
		tr(`Generate the autocompletion script for the bash shell.

This script depends on the 'bash-completion' package.
If it is not installed already, you can install it via your OS's package manager.

To load completions in your current shell session:

	source <(mxpay completion bash)

To load completions for every new session, execute once:

#### Linux:

	mxpay completion bash > /etc/bash_completion.d/mxpay

#### macOS:

	mxpay completion bash > $(brew --prefix)/etc/bash_completion.d/mxpay

You will need to start a new shell for this setup to take effect.

The script needs the bash-completion package (2.x): without it, pressing Tab
prints "_get_comp_words_by_ref: command not found" or does nothing. Install it
with your package manager (Debian and Ubuntu: apt install bash-completion;
Fedora: dnf install bash-completion; macOS: brew install bash-completion@2,
then follow brew's note to source it) and start a new shell. Without root, keep
the script in ~/.local/share/bash-completion/completions/mxpay instead.
`, `Genera el script de autocompletado para el shell bash.

Este script depende del paquete 'bash-completion'.
Si todavía no lo tienes, instálalo con el gestor de paquetes de tu sistema.

Para cargar el autocompletado en tu sesión actual:

	source <(mxpay completion bash)

Para cargarlo en cada sesión nueva, ejecuta una vez:

#### Linux:

	mxpay completion bash > /etc/bash_completion.d/mxpay

#### macOS:

	mxpay completion bash > $(brew --prefix)/etc/bash_completion.d/mxpay

Abre un shell nuevo para que el cambio surta efecto.

El script necesita el paquete bash-completion (2.x): sin él, al presionar Tab
aparece "_get_comp_words_by_ref: command not found" o no pasa nada. Instálalo
con tu gestor de paquetes (Debian y Ubuntu: apt install bash-completion;
Fedora: dnf install bash-completion; macOS: brew install bash-completion@2,
y sigue la nota de brew para cargarlo) y abre un shell nuevo. Sin permisos de
root, guarda el script en ~/.local/share/bash-completion/completions/mxpay.
`),
		tr("Generate the autocompletion script for fish", "Genera el script de autocompletado para fish"),
		tr(`Generate the autocompletion script for the fish shell.

To load completions in your current shell session:

	mxpay completion fish | source

To load completions for every new session, execute once:

	mxpay completion fish > ~/.config/fish/completions/mxpay.fish

You will need to start a new shell for this setup to take effect.
`, `Genera el script de autocompletado para el shell fish.

Para cargar el autocompletado en tu sesión actual:

	mxpay completion fish | source

Para cargarlo en cada sesión nueva, ejecuta una vez:

	mxpay completion fish > ~/.config/fish/completions/mxpay.fish

Abre un shell nuevo para que el cambio surta efecto.
`),
		tr("Generate the autocompletion script for powershell", "Genera el script de autocompletado para powershell"),
		tr(`Generate the autocompletion script for powershell.

To load completions in your current shell session:

	mxpay completion powershell | Out-String | Invoke-Expression

To load completions for every new session, add the output of the above command
to your powershell profile.
`, `Genera el script de autocompletado para powershell.

Para cargar el autocompletado en tu sesión actual:

	mxpay completion powershell | Out-String | Invoke-Expression

Para cargarlo en cada sesión nueva, agrega la salida del comando anterior
a tu perfil de powershell.
`),
		tr("Generate the autocompletion script for zsh", "Genera el script de autocompletado para zsh"),
		tr(`Generate the autocompletion script for the zsh shell.

If shell completion is not already enabled in your environment you will need
to enable it.  You can execute the following once:

	echo "autoload -U compinit; compinit" >> ~/.zshrc

To load completions in your current shell session:

	source <(mxpay completion zsh)

To load completions for every new session, execute once:

#### Linux:

	mxpay completion zsh > "${fpath[1]}/_mxpay"

#### macOS:

	mxpay completion zsh > $(brew --prefix)/share/zsh/site-functions/_mxpay

You will need to start a new shell for this setup to take effect.
`, `Genera el script de autocompletado para el shell zsh.

Si el autocompletado del shell todavía no está activado en tu entorno,
actívalo. Puedes ejecutar esto una vez:

	echo "autoload -U compinit; compinit" >> ~/.zshrc

Para cargar el autocompletado en tu sesión actual:

	source <(mxpay completion zsh)

Para cargarlo en cada sesión nueva, ejecuta una vez:

#### Linux:

	mxpay completion zsh > "${fpath[1]}/_mxpay"

#### macOS:

	mxpay completion zsh > $(brew --prefix)/share/zsh/site-functions/_mxpay

Abre un shell nuevo para que el cambio surta efecto.
`),
	}
}
