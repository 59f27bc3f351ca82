package i18n

// englishSetup holds the English plural forms of its area.
func englishSetup() []entry {
	return []entry{
		pluralOf("Seeded %d transaction(s) in %s.", "Seeded %d transaction in %s.", "Seeded %d transactions in %s."),
		pluralOf("Seeded %d payment(s) in %s.", "Seeded %d payment in %s.", "Seeded %d payments in %s."),
	}
}
