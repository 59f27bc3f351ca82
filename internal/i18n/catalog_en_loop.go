package i18n

// englishLoop lists the English plural forms of the loop across providers: ledger and reconcile, their commands and libraries.
func englishLoop() []entry {
	return []entry{
		pluralOf("%d ledger entries", "%d entry", "%d entries"),
		pluralOf("%d mark(s) as paid were sent and their outcome is unknown",
			"%d mark as paid was sent and its outcome is unknown",
			"%d marks as paid were sent and their outcome is unknown"),
		pluralOf("%d request(s) could not be marked paid; see the reason column",
			"%d request could not be marked paid; see the reason column",
			"%d requests could not be marked paid; see the reason column"),
		pluralOf("%d deposit(s): %d matched (MXN %s; %d pending, %d marked paid now), %d in ambiguous groups (never marked), %d unmatched; %d transaction(s) were not deposits.",
			"%d deposit: %d matched (MXN %s; %d pending, %d marked paid now), %d in ambiguous groups (never marked), %d unmatched; %d transaction(s) were not deposits.",
			"%d deposits: %d matched (MXN %s; %d pending, %d marked paid now), %d in ambiguous groups (never marked), %d unmatched; %d transaction(s) were not deposits."),
		pluralOf("Mark %d payment request(s) paid (MXN %s)?",
			"Mark %d payment request paid (MXN %s)?",
			"Mark %d payment requests paid (MXN %s)?"),
		pluralOf("Mark paid: %d payment request(s) matched to bank deposits, MXN %s in all; Facti sends an IPN for each.",
			"Mark paid: %d payment request matched to bank deposits, MXN %s in all; Facti sends an IPN for each.",
			"Mark paid: %d payment requests matched to bank deposits, MXN %s in all; Facti sends an IPN for each."),
	}
}
