package i18n

// englishPagoFacil lists the English plural forms of PagoFácil: its client's errors, decline reasons and the pagofacil commands.
func englishPagoFacil() []entry {
	return []entry{
		pluralOf("%d pending charge(s) asked about; %d still pending.",
			"%d pending charge asked about; %d still pending.",
			"%d pending charges asked about; %d still pending."),
		pluralOf("%d charge(s) may have been made and are not settled yet",
			"%d charge may have been made and is not settled yet",
			"%d charges may have been made and are not settled yet"),
	}
}
