package i18n

// englishSyncData holds the English plural forms of its area.
func englishSyncData() []entry {
	return []entry{}
}
