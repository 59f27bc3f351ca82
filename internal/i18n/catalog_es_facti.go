package i18n

// spanishFacti is the Spanish of Facti: its client's errors and the facti commands.
func spanishFacti() []entry {
	return []entry{}
}
