package cmdutil

import (
	"github.com/mxpay/mxpay/internal/receiver"
	"github.com/spf13/pflag"
)

// AddReceiverFlags registers the limits every webhook receiver takes, with
// l's values as defaults (receiver.DefaultLimits), so both receivers
// offer the same flags with the same meaning.
func AddReceiverFlags(fs *pflag.FlagSet, l *receiver.Limits) {
	fs.IntVar(&l.MaxConns, "max-connections", l.MaxConns, "connections served at once; more wait until one closes")
	fs.DurationVar(&l.HeaderTimeout, "header-timeout", l.HeaderTimeout, "drop a connection whose request line and headers take longer")
	fs.DurationVar(&l.BodyTimeout, "body-timeout", l.BodyTimeout, "drop a request whose body takes longer, after its headers")
	fs.DurationVar(&l.IdleTimeout, "idle-timeout", l.IdleTimeout, "close a kept-alive connection idle this long")
	fs.Int64Var(&l.MaxBody, "max-body", l.MaxBody, "largest body accepted, in bytes; larger ones are answered 413")
}

// CheckReceiverFlags is the usage error for limits a receiver cannot run
// with.
func CheckReceiverFlags(l receiver.Limits) error {
	if err := l.Check(); err != nil {
		return UsageErrorf("%v", err)
	}
	return nil
}
