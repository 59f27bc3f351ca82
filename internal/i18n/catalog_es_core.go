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
		tr("Aliases:", "Alias:"),
		tr("Examples:", "Ejemplos:"),
		tr("Available Commands:", "Comandos disponibles:"),
		tr("Additional Commands:", "Otros comandos:"),
		tr("Flags:", "Opciones:"),
		tr("Global Flags:", "Opciones globales:"),
		tr("Additional help topics:", "Otros temas de ayuda:"),
		tr("Use \"%s [command] --help\" for more information about a command.", "Usa \"%s [comando] --help\" para ver más sobre un comando."),
		tr("(default ", "(predeterminado: "),
	}
}
