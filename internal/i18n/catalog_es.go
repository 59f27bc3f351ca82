package i18n

// spanish is the Spanish (Mexico) catalog: every message mxpay shows a
// person, in the words operators and the providers use (solicitud de pago,
// folio, cargo, tarjeta declinada, referencia, CLABE, credencial, código
// de verificación), in the tú form. One file per area keeps each part
// legible; together they are the one Spanish catalog.
func spanish() []entry {
	return concat(spanishCore(), spanishSetup(), spanishFacti(), spanishPagoFacil(), spanishSync(), spanishSyncData(), spanishLoop())
}

func concat(parts ...[]entry) []entry {
	var out []entry
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
