package i18n

// englishSyncData holds the English plural forms of its area.
func englishSyncData() []entry {
	return []entry{
		pluralOf("Stopped; %d new event(s) logged%s.", "Stopped; %d new event logged%s.", "Stopped; %d new events logged%s."),
		pluralOf(", %d call(s) without the secret refused", ", %d call without the secret refused", ", %d calls without the secret refused"),
		pluralOf("%d event(s) already in it", "%d event already in it", "%d events already in it"),
	}
}
