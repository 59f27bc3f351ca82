package facti_test

import (
	"strings"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

// hasStatus reports a CSV result line of the bulk output with status.
func hasStatus(l cmdtest.TimedLine, status string) bool {
	return strings.Contains(l.Text, ","+status+",")
}
