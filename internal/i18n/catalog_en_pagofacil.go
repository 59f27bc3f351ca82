package i18n

// englishPagoFacil lists the English plural forms of PagoFácil: its client's errors, decline reasons and the pagofacil commands.
func englishPagoFacil() []entry {
	return []entry{}
}
