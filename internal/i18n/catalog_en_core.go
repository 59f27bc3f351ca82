package i18n

// englishCore lists the English plural forms of the CLI around the providers: root, help, errors, config, auth, output, prompts, api, emulator, ledger, reconcile.
func englishCore() []entry {
	return []entry{
		pluralOf("%d row(s)", "%d row", "%d rows"),
		pluralOf("%d lookup(s)", "%d lookup", "%d lookups"),
		// cobra's own words, kept as cobra writes them.
		pluralOf("requires at least %d arg(s), only received %d", "requires at least %d arg(s), only received %d", "requires at least %d arg(s), only received %d"),
		pluralOf("accepts at most %d arg(s), received %d", "accepts at most %d arg(s), received %d", "accepts at most %d arg(s), received %d"),
		pluralOf("accepts %d arg(s), received %d", "accepts %d arg(s), received %d", "accepts %d arg(s), received %d"),
	}
}
