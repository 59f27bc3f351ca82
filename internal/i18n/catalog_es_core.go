package i18n

// spanishCore is the Spanish of the CLI around the providers: root, help, errors, config, auth, output, prompts, api, emulator, ledger, reconcile.
func spanishCore() []entry {
	return []entry{
		pluralOf("%d row(s)", "%d fila", "%d filas"),
		tr("interrupted", "interrumpido"),
		tr("error: %s", "error: %s"),
		tr("Run `%s --help` for usage.", "Ejecuta `%s --help` para ver cómo se usa."),
		tr("run `mxpay auth login %s`", "ejecuta `mxpay auth login %s`"),
	}
}
