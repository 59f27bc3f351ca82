package i18n

// englishSetup holds the English plural forms of its area.
func englishSetup() []entry {
	return []entry{}
}
