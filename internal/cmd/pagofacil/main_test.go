package pagofacil_test

import (
	"os"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

// TestMain lets the crash tests run mxpay as a child process they can
// SIGKILL.
func TestMain(m *testing.M) {
	cmdtest.RunChildIfAsked()
	os.Exit(m.Run())
}
