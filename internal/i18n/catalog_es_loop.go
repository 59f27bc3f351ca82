package i18n

// spanishLoop is the Spanish of the loop across providers: ledger and reconcile, their commands and libraries.
func spanishLoop() []entry {
	return []entry{}
}
