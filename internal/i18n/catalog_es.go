package i18n

// spanish is the Spanish (Mexico) catalog: every message mxpay shows a
// person, in the words operators and the providers use (solicitud de pago,
// folio, cargo, tarjeta declinada, referencia, CLABE, credencial, código
// de verificación), in the tú form.
func spanish() []entry {
	return []entry{
		pluralOf("%d row(s)", "%d fila", "%d filas"),
	}
}
