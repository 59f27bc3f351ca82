package i18n

// spanishPagoFacil is the Spanish of PagoFácil: its client's errors, decline reasons and the pagofacil commands.
func spanishPagoFacil() []entry {
	return []entry{}
}
