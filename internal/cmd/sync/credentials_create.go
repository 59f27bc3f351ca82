package sync

import (
	"context"
	"encoding/json"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

// CredentialsCreateOptions are the inputs of `sync credentials create`.
type CredentialsCreateOptions struct {
	deps
	Ledger     func() (ledger.Ledger, error)
	User, Site string
	Sets       []string
	Stdin      bool
	NoWait     bool
}

// NewCmdCredentialsCreate builds `sync credentials create`.
func NewCmdCredentialsCreate(f *cmdutil.Factory, runF func(*CredentialsCreateOptions) error) *cobra.Command {
	opts := &CredentialsCreateOptions{deps: newDeps(f), Ledger: f.Ledger}
	cmd := &cobra.Command{
		Use:   "create",
		Short: "Connect a bank or the SAT: register credentials and follow the sync",
		Long: `Register a user's credentials at a site and follow the sync job.

The site's credential form is read from the catalogue. Values come from
--stdin (one FIELD=VALUE per line: the way for a script to pass a password),
from --set, or are asked for on a terminal (passwords without echo). A
password given with --set works but is warned about: command lines land in
shell history. When the site asks for a two-factor code, you are asked for it
and it is sent.

The request is sent once. If its reply is lost (a timeout, a gateway error),
the user's credentials are looked up before anything is reported. It is
recorded in the ledger (` + "`mxpay ledger list --provider sync`" + `): the user and
the site, never a value of the form.

Exit codes: 0 when the sync finished, 5 when the site refused (with what to
do), 4 when the provider failed or could not be reached, 6 when the
credentials were sent and whether Sync registered them could not be found
out, 2 when a field is missing and there is no terminal to ask.`,
		Example: `  mxpay sync credentials create --user 5df859c4a7a6442757726ef4 --site 56cf5728784806f72b8b4568
  printf 'rfc=ACM010101ABC\npassword=%s\n' "$CIEC" | mxpay sync credentials create --site 5da784f1f9de2a06483abec1 --stdin
  mxpay sync credentials create --site 56cf5728784806f72b8b4569 --no-wait -o json`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return explain(credentialsCreateRun(cmd.Context(), opts))
		},
	}
	addUserFlag(cmd, &opts.User)
	cmd.Flags().StringVar(&opts.Site, "site", "", "site `ID` from `mxpay sync sites list` (chosen from a list on a terminal)")
	cmd.Flags().StringArrayVar(&opts.Sets, "set", nil, "credential field value as `FIELD=VALUE` (repeatable; not for passwords: command lines land in shell history)")
	cmd.Flags().BoolVar(&opts.Stdin, "stdin", false, "read FIELD=VALUE lines from standard input, one field per line")
	cmd.Flags().BoolVar(&opts.NoWait, "no-wait", false, "print id_credential and id_job and exit without following the job")
	return cmd
}

func credentialsCreateRun(ctx context.Context, opts *CredentialsCreateOptions) error {
	c, user, err := opts.connect(ctx, opts.User)
	if err != nil {
		return err
	}
	site, err := opts.chooseSite(ctx, c, user)
	if err != nil {
		return err
	}
	values, err := opts.values(site)
	if err != nil {
		return err
	}
	s, err := opts.Settings()
	if err != nil {
		return err
	}
	l, err := opts.Ledger()
	if err != nil {
		return err
	}
	if err := settleEarlierCredentials(ctx, l, c, s, user, site.IDSite); err != nil {
		return err
	}
	entry, err := l.Begin(ctx, credentialIntent(s, user, site))
	if err != nil {
		return err
	}
	res, err := c.CreateCredentialOrFind(ctx, user, site.IDSite, values)
	if _, ferr := cmdutil.FinishLedger(ctx, l, entry.ID, credentialOutcome(res, err, opts.Redactor)); ferr != nil && err == nil {
		return ferr
	}
	if err != nil {
		return withOutcomeHintf(err, "run `mxpay sync credentials list --user %s` to see whether a credential for %s was registered before creating it again", user, site.Name)
	}
	w := jobWatch{deps: opts.deps, client: c, user: user}
	if res.Found != nil {
		return w.reportFound(res.Found, site)
	}
	if opts.NoWait {
		o, err := opts.output()
		if err != nil {
			return err
		}
		return output.PrintObject(opts.IO, o, newCredentialColumns(), func(n syncapi.NewCredential) json.RawMessage { return n.Raw }, *res.New)
	}
	last, err := w.follow(ctx, res.New.IDJob, -1, w.askTwofa(res.New.IDJob))
	if err != nil {
		return err
	}
	return w.finish(ctx, res.New.IDCredential, res.New.IDJob, site.Name, last.Code)
}

// values gathers the form's values: --set, then --stdin, then prompts for
// what is still missing. Each is added to the redactor as it is read.
func (opts *CredentialsCreateOptions) values(site *syncapi.Site) (map[string]string, error) {
	values, err := opts.parseSets(opts.Sets, site.Credentials)
	if err != nil {
		return nil, err
	}
	if opts.Stdin {
		if err := readFieldLines(opts.IO.In, site.Credentials, values, opts.Redactor.Add); err != nil {
			return nil, err
		}
	}
	missing := missingFields(site.Credentials, values, true)
	const hint = "pass them as FIELD=VALUE lines on --stdin, or run in a terminal to be asked"
	if opts.Stdin && len(missing) > 0 {
		return nil, cmdutil.WithHintf(cmdutil.UsageErrorf("missing credential fields for %s: %s", site.Name, fieldNames(missing)), hint)
	}
	if err := opts.fillFields(i18n.Errorf("credential fields for %s", site.Name), missing, values, hint); err != nil {
		return nil, err
	}
	return values, validate(site.Credentials, values)
}

func newCredentialColumns() []output.Column[syncapi.NewCredential] {
	return []output.Column[syncapi.NewCredential]{
		{Name: "id_credential", Header: "CREDENTIAL", Value: func(n syncapi.NewCredential) string { return n.IDCredential }},
		{Name: "id_job", Header: "JOB", Value: func(n syncapi.NewCredential) string { return n.IDJob }},
	}
}

// chooseSite returns the site named by --site, or one chosen on a
// terminal from the catalogue grouped by bank (site_picker.go).
func (opts *CredentialsCreateOptions) chooseSite(ctx context.Context, c *syncapi.Client, user string) (*syncapi.Site, error) {
	if opts.Site != "" {
		site, err := c.Site(ctx, user, opts.Site)
		if syncapi.IsNotFound(err) {
			return nil, cmdutil.WithHintf(cmdutil.UsageErrorf("no site with id %s", opts.Site), "find the id with `mxpay sync sites list --name TEXT`")
		}
		return site, err
	}
	if !opts.IO.CanPrompt() {
		return nil, cmdutil.WithHintf(cmdutil.MissingFlagError("site"), "find the id with `mxpay sync sites list --name TEXT`")
	}
	return opts.pickSite(ctx, c, user)
}
