package facti

import (
	"context"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/spf13/cobra"
)

// GetOptions are `facti payments get`'s dependencies and arguments.
type GetOptions struct {
	clients
	ID string
}

// NewCmdGet builds `facti payments get ID`; runF replaces the run in tests.
func NewCmdGet(f *cmdutil.Factory, runF func(*GetOptions) error) *cobra.Command {
	opts := &GetOptions{clients: clientsOf(f)}
	return &cobra.Command{
		Use:               "get ID",
		Short:             "Show one payment request by its id",
		Example:           "  $ mxpay facti payments get 38\n  $ mxpay facti payments get 38 -o json | jq .status",
		Args:              cmdutil.ExactArgs(1, "ID"),
		ValidArgsFunction: completePaymentIDs(opts.clients, ""),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ID = args[0]
			if runF != nil {
				return runF(opts)
			}
			return getRun(cmd.Context(), opts)
		},
	}
}

func getRun(ctx context.Context, opts *GetOptions) error {
	s, _, p, err := opts.readPayment(ctx, opts.ID)
	if err != nil {
		return err
	}
	return printPayment(opts.IO, s, p)
}
