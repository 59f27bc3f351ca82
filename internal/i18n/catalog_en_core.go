package i18n

// englishCore lists the English plural forms of the CLI around the providers: root, help, errors, config, auth, output, prompts, api, emulator, ledger, reconcile.
func englishCore() []entry {
	return []entry{
		pluralOf("%d row(s)", "%d row", "%d rows"),
	}
}
