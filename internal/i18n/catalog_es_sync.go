package i18n

// spanishSync is the Spanish of Paybook Sync: its client's errors, job codes and the sync commands.
func spanishSync() []entry {
	return []entry{}
}
