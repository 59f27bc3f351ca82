// Command mxpay drives Facti, PagoFácil and Paybook Sync from the terminal.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/mxpay/mxpay/internal/build"
	"github.com/mxpay/mxpay/internal/cmd/root"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	f := cmdutil.NewFactory(build.Current().Version, output.System(os.Getenv), os.LookupEnv)
	code := root.Run(ctx, f, os.Args[1:])
	stop()
	os.Exit(code)
}
