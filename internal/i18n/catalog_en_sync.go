package i18n

// englishSync lists the English plural forms of Paybook Sync: its client's errors, job codes and the sync commands.
func englishSync() []entry {
	return []entry{
		// Both forms are the text English has always shown.
		pluralOf("%d attachment(s) failed to download:\n%s", "%d attachment(s) failed to download:\n%s", "%d attachment(s) failed to download:\n%s"),
	}
}
