// Package root assembles the command tree and turns errors into exit codes.
package root

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	apicmd "github.com/mxpay/mxpay/internal/cmd/api"
	"github.com/mxpay/mxpay/internal/cmd/auth"
	configcmd "github.com/mxpay/mxpay/internal/cmd/config"
	emulatorcmd "github.com/mxpay/mxpay/internal/cmd/emulator"
	"github.com/mxpay/mxpay/internal/cmd/facti"
	helpcmd "github.com/mxpay/mxpay/internal/cmd/help"
	ledgercmd "github.com/mxpay/mxpay/internal/cmd/ledger"
	"github.com/mxpay/mxpay/internal/cmd/pagofacil"
	reconcilecmd "github.com/mxpay/mxpay/internal/cmd/reconcile"
	synccmd "github.com/mxpay/mxpay/internal/cmd/sync"
	"github.com/mxpay/mxpay/internal/cmd/version"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// NewCmdRoot builds a fresh, complete command tree bound to f; nothing is
// global, so every test builds its own.
func NewCmdRoot(f *cmdutil.Factory) *cobra.Command {
	return newCmdRoot(f, allGroups)
}

// newCmdRoot builds the tree with only the provider groups named in want
// (see providerGroupsFor): building all of them costs more start-up than
// `mxpay version` should pay.
func newCmdRoot(f *cmdutil.Factory, want func(name string) bool) *cobra.Command {
	var showVersion bool
	cmd := &cobra.Command{
		Use:   "mxpay <command> <subcommand> [flags]",
		Short: "Drive Facti, PagoFácil and Paybook Sync from the terminal",
		Long: `mxpay issues Facti payment requests, charges cards with PagoFácil and
connects banks and the SAT through Paybook Sync, from a terminal or a script.

Every command also runs against an embedded emulator of the three APIs:
add --env emulator to try anything without credentials or network.`,
		Example: `  $ mxpay auth login facti
  $ mxpay --env emulator auth status
  $ mxpay config set env production --profile live
  $ mxpay --version`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Annotations:   map[string]string{cmdutil.NoSignalsAnnotation: "true"},
		Args:          knownSubcommand,
		RunE: func(cmd *cobra.Command, args []string) error {
			if showVersion {
				return version.Run(version.NewOptions(f))
			}
			return cmd.Help()
		},
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			f.Flags.MarkChanged(cmd)
			noInput := f.Flags.NoInput || (!f.Flags.Changed("no-input") && cmdutil.Truthy(f.Getenv("MXPAY_NO_INPUT")))
			f.IOStreams.SetNeverPrompt(noInput)
			f.IOStreams.SetPager(output.PagerCommand(f.LookupEnv, f.Flags.NoPager))
			// A reader that goes away (`| head -1`, quitting the pager)
			// stops the work whose output nobody reads; Run makes it a
			// silent success.
			ctx, stopWork := context.WithCancelCause(cmd.Context())
			f.IOStreams.OnStdoutClosed(func() { stopWork(output.ErrStdoutClosed) })
			f.OnClose(func() { stopWork(nil) })
			cmd.SetContext(ctx)
			if cmd.Annotations[cmdutil.NoSignalsAnnotation] == "" {
				// Ctrl-C and SIGTERM cancel the command's context, so
				// requests stop and money-moving commands can say what
				// state they left; Run turns that into exit 130.
				ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
				cmd.SetContext(ctx)
				f.OnClose(stop)
			}
			f.SetContext(cmd.Context())
			return nil
		},
	}
	cmd.SetIn(f.IOStreams.In)
	cmd.SetOut(f.IOStreams.Out)
	cmd.SetErr(f.IOStreams.ErrOut)
	setHelp(cmd, f.Printer)
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		// `mxpay sync credentials crate --site X`: the flag is unknown only
		// because the subcommand before it is mistyped; say that.
		if words := c.Flags().Args(); c.HasSubCommands() && len(words) > 0 {
			return unknownCommand(c, words[0])
		}
		return cmdutil.WithHintf(cobraUsageError(err), "run `%s --help` for usage", c.CommandPath())
	})
	cmd.CompletionOptions.HiddenDefaultCmd = false
	cmdutil.AddGlobalFlags(cmd, f.Flags)
	cmd.Flags().BoolVar(&showVersion, "version", false, "show the mxpay version (as mxpay version does)")
	cmdutil.RegisterGlobalCompletions(cmd, f)

	cmd.AddGroup(
		&cobra.Group{ID: "core", Title: "Core commands"},
		&cobra.Group{ID: "setup", Title: "Setup commands"},
	)
	for _, g := range []struct {
		name  string
		build func(*cmdutil.Factory) *cobra.Command
	}{{"facti", facti.NewCmdFacti}, {"pagofacil", pagofacil.NewCmdPagoFacil}, {"sync", synccmd.NewCmdSync}} {
		if want(g.name) {
			sub := g.build(f)
			sub.GroupID = "core"
			cmd.AddCommand(sub)
		}
	}
	for _, sub := range []*cobra.Command{auth.NewCmdAuth(f), configcmd.NewCmdConfig(f), emulatorcmd.NewCmdEmulator(f)} {
		sub.GroupID = "setup"
		cmd.AddCommand(sub)
	}
	api := apicmd.NewCmdAPI(f, nil)
	api.GroupID = "core"
	cmd.AddCommand(api)
	for _, sub := range []*cobra.Command{ledgercmd.NewCmdLedger(f), reconcilecmd.NewCmdReconcile(f, nil)} {
		sub.GroupID = "core"
		cmd.AddCommand(sub)
	}
	cmd.AddCommand(version.NewCmdVersion(f, nil))
	cmd.AddCommand(helpcmd.NewTopics()...)
	finishTree(cmd)
	return cmd
}
