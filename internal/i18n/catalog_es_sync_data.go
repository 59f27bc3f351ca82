package i18n

// spanishSyncData is the Spanish of Sync's data commands: accounts, transactions, attachments, webhooks.
func spanishSyncData() []entry {
	return []entry{}
}
