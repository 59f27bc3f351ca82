package cmdutil

import (
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// AddTotalsFlag gives a list of money --totals: exact sums per currency,
// under the table on a terminal and on stderr otherwise, so stdout is the
// same with or without it.
func AddTotalsFlag(cmd *cobra.Command, on *bool) {
	cmd.Flags().BoolVar(on, "totals", false, "add exact totals of the amounts per currency (under a terminal table, else on stderr: stdout is unchanged)")
}

// TotalsIf is t when --totals was given, else nil (no totals).
func TotalsIf(on bool, t output.Totals) *output.Totals {
	if !on {
		return nil
	}
	return &t
}
