package i18n

// englishFacti lists the English plural forms of Facti: its client's errors and the facti commands.
func englishFacti() []entry {
	return []entry{}
}
