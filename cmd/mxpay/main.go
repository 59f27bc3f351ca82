// Command mxpay drives Facti, PagoFácil and Paybook Sync from the terminal.
package main

import (
	"context"
	"os"

	"github.com/mxpay/mxpay/internal/cmd/root"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
)

func main() {
	// Signal handling is installed per command by the root (see
	// cmdutil.NoSignalsAnnotation); the version comes from the build info
	// when a request needs it.
	f := cmdutil.NewFactory("", output.System(os.Getenv), os.LookupEnv)
	os.Exit(root.Run(context.Background(), f, os.Args[1:]))
}
