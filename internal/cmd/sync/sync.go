// Package sync implements `mxpay sync`: commands over the Paybook Sync API.
//
// Every command has the same shape: XOptions (the Factory's dependencies
// as functions, then the parsed flags), NewCmdX(f, runF) and xRun(ctx,
// opts), which knows nothing of cobra. The wire, the paging and the
// safe-create rule live in internal/sync; commands resolve their inputs,
// call the client and print.
package sync

import (
	"context"

	"github.com/mxpay/mxpay/internal/cmdutil"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

// NewCmdSync groups the Paybook Sync commands.
func NewCmdSync(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sync <command>",
		Short: "Connect banks and the SAT, and read accounts and transactions",
		Long: `Connect banks and the SAT through Paybook Sync (Syncfy).

Users, sessions and webhooks use the API key stored by ` + "`mxpay auth login sync`" + `.
Everything else belongs to one user: pass --user, or set a default with
` + "`mxpay config set sync.user ID`" + ` (or MXPAY_SYNC_USER). Session tokens are
obtained on demand and cached privately in the user cache directory.`,
		Args: cmdutil.NoArgs,
	}
	cmd.AddCommand(newCmdUsers(f), newCmdSites(f), newCmdCatalogues(f), newCmdCredentials(f), NewCmdTwofa(f, nil),
		newCmdAccounts(f), newCmdTransactions(f), newCmdAttachments(f), newCmdWebhooks(f))
	registerCompletions(f, cmd)
	return cmd
}

// Validator checks a Sync API key before `mxpay auth login sync` stores it,
// with the cheapest authenticated call: one user.
func Validator() cmdutil.CredentialValidator {
	return func(ctx context.Context, ep *cmdutil.Endpoint) error {
		c := syncapi.New(ep.Client, ep.BaseURL, ep.Credentials["api_key"], nil)
		_, err := c.ListUsers(ctx, syncapi.UserFilter{ListParams: syncapi.ListParams{Limit: 1}})
		return err
	}
}

// SessionToken returns a session token for user under the active profile,
// cached like every Sync command's; `mxpay api sync --user` uses it.
func SessionToken(ctx context.Context, f *cmdutil.Factory, user string) (string, error) {
	c, err := f.Sync()
	if err != nil {
		return "", err
	}
	return c.Token(ctx, user)
}
