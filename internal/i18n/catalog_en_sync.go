package i18n

// englishSync lists the English plural forms of Paybook Sync: its client's errors, job codes and the sync commands.
func englishSync() []entry {
	return []entry{}
}
