package i18n

// englishFacti lists the English plural forms of Facti: its client's errors and the facti commands.
// English reads as it always has ("3 invalid row(s)"): both forms are the
// message itself, except the lookups, which the unknown-outcome message
// has always counted ("1 lookup", "3 lookups").
func englishFacti() []entry {
	same := func(key string) entry { return pluralOf(key, key, key) }
	return []entry{
		same("%d invalid row(s)"),
		same("%d invalid line(s)"),
		same("Imported %d row(s) of the journal %s into the ledger; the ledger replaces the journal from now on."),
		same("Dry run: %d valid row(s) in %s; nothing was sent."),
		same("%d row(s) already have a payment request; nothing was sent:\n  %v"),
		same("Looking up %d row(s) an earlier run sent without learning the outcome, before sending anything…"),
		same("Send %d payment request(s) from %s?"),
		same("Facti e-mails %d customer(s) the ways to pay."),
		same("this sends %d real payment request(s) to real customers"),
		same("%d row(s): %d created, %d found after a lost reply, %d already created, %d failed, %d unknown (ledger %s)."),
		same("%d row(s) were sent and their outcome is unknown (lines %v); none of them will be sent again until a lookup decides it"),
		same("%d row(s) failed; see the error column"),
		same("%d invoice(s) could not become payment requests; see the error column"),
		same("%d IPN(s) already in it"),
		same("Stopped; %d new IPN(s) received, %d refused for a wrong ipn_password."),
		same("Stopped; %d new IPN(s) received."),
		same("%d attempt(s)"),
		pluralOf("%d lookup(s)", "%d lookup", "%d lookups"), // as the core has it
	}
}
