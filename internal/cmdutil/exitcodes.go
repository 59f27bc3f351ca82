package cmdutil

// ExitCodeInfo documents one exit code.
type ExitCodeInfo struct {
	Code    int
	Meaning string
}

// ExitCodes lists every exit code with its meaning, for `mxpay help
// exit-codes` and the README; the constants in errors.go are the values.
func ExitCodes() []ExitCodeInfo {
	return []ExitCodeInfo{
		{ExitOK, "success (an empty list is success)"},
		{ExitError, "the provider rejected the request, or an unexpected error"},
		{ExitUsage, "usage: bad flag, bad input, validation failed before anything was sent, or a prompt was needed but input is disabled"},
		{ExitAuth, "authentication: credentials missing or rejected"},
		{ExitUnreachable, "provider unreachable or kept failing after retries; nothing was changed"},
		{ExitDeclined, "declined: the provider processed it and said no (card not authorized, bank credential rejected)"},
		{ExitUnknown, "outcome unknown: a money-moving or creating request was sent and its result could not be confirmed; the message says what to check"},
		{ExitCancelled, "cancelled: you answered no when asked to confirm; nothing was sent"},
		{ExitInterrupted, "interrupted (Ctrl-C)"},
	}
}
