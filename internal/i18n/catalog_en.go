package i18n

// english lists the English messages that differ from their ids: plural
// forms (the id says "row(s)"). One file per area, as for Spanish.
func english() []entry {
	return concat(englishCore(), englishSetup(), englishFacti(), englishPagoFacil(), englishSync(), englishSyncData(), englishLoop())
}
