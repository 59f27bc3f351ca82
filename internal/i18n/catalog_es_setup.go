package i18n

// spanishSetup is the Spanish of the setup commands: config, auth, api, version, the help topics and the emulator command.
func spanishSetup() []entry {
	return []entry{}
}
