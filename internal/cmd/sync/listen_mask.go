package sync

import (
	"encoding/json"

	"github.com/mxpay/mxpay/internal/cmdutil"
)

// maskEvent is the payload as the listener logs and prints it, through the
// run's redactor. Sync's ids stay whole (the redactor's card rule leaves
// digit runs inside ids alone): they say which job and credential an event
// was about, and let a restart tell a resent event from a new one.
func maskEvent(raw json.RawMessage, r *cmdutil.Redactor) []byte {
	return []byte(r.Body("application/json", string(raw)))
}
