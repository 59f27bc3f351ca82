package i18n

// english lists the English messages that differ from their ids: plural
// forms (the id says "row(s)").
func english() []entry {
	return []entry{
		pluralOf("%d row(s)", "%d row", "%d rows"),
	}
}
