package sync

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

type createOptions struct {
	user, site string
	sets       []string
	noWait     bool
}

func newCmdCredentialsCreate(f *cmdutil.Factory) *cobra.Command {
	opts := &createOptions{}
	cmd := &cobra.Command{
		Use:   "create",
		Short: "Connect a bank or the SAT: register credentials and follow the sync",
		Long: `Register a user's credentials at a site and follow the sync job.

The site's credential form is read from the catalogue; every field not given
with --set is asked for (passwords masked). When the site asks for a
two-factor code, you are asked for it and it is sent. Exit codes: 0 when the
sync finished, 5 when the site refused (with what to do), 4 when the provider
failed, 2 when a field is missing and there is no terminal to ask.`,
		Example: `  mxpay sync credentials create --user 5df859c4a7a6442757726ef4 --site 56cf5728784806f72b8b4568
  mxpay sync credentials create --site 5da784f1f9de2a06483abec1 --set rfc=ACM010101ABC
  mxpay sync credentials create --site 56cf5728784806f72b8b4569 --no-wait -o json`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return explain(runCreate(cmd.Context(), f, opts))
		},
	}
	addUserFlag(cmd, &opts.user)
	cmd.Flags().StringVar(&opts.site, "site", "", "site `ID` from `mxpay sync sites list` (chosen from a list on a terminal)")
	cmd.Flags().StringArrayVar(&opts.sets, "set", nil, "credential field value as `FIELD=VALUE` (repeatable; missing fields are asked for: leave passwords out, command lines land in shell history)")
	cmd.Flags().BoolVar(&opts.noWait, "no-wait", false, "print id_credential and id_job and exit without following the job")
	return cmd
}

func runCreate(ctx context.Context, f *cmdutil.Factory, opts *createOptions) error {
	s, err := connect(f)
	if err != nil {
		return err
	}
	settings, err := f.Settings()
	if err != nil {
		return err
	}
	user, err := s.user(ctx, opts.user)
	if err != nil {
		return err
	}
	site, err := s.chooseSite(ctx, user, opts.site)
	if err != nil {
		return err
	}
	values, err := parseSets(opts.sets, site.Credentials)
	if err != nil {
		return err
	}
	if err := fillFields(f, "credential fields for "+site.Name, missingFields(site.Credentials, values, true), values); err != nil {
		return err
	}
	if err := validate(site.Credentials, values); err != nil {
		return err
	}
	started := time.Now()
	nc, err := s.client.CreateCredential(ctx, user, site.IDSite, values)
	if err != nil {
		return s.verifyCreate(ctx, user, site, started, err)
	}
	if opts.noWait {
		return output.PrintObject(f.IOStreams, settings.Output, newCredentialColumns(), func(n syncapi.NewCredential) json.RawMessage { return n.Raw }, *nc)
	}
	last, err := s.follow(ctx, user, nc.IDJob, -1, s.askTwofa(nc.IDJob))
	if err != nil {
		return err
	}
	return s.finish(ctx, user, nc.IDCredential, nc.IDJob, site.Name, last.Code)
}

func newCredentialColumns() []output.Column[syncapi.NewCredential] {
	return []output.Column[syncapi.NewCredential]{
		{Name: "id_credential", Header: "CREDENTIAL", Value: func(n syncapi.NewCredential) string { return n.IDCredential }},
		{Name: "id_job", Header: "JOB", Value: func(n syncapi.NewCredential) string { return n.IDJob }},
	}
}

// chooseSite returns the site named by --site, or one chosen from the
// catalogue on a terminal (the list filters as the user types).
func (s *session) chooseSite(ctx context.Context, user, id string) (*syncapi.Site, error) {
	if id != "" {
		site, err := s.client.Site(ctx, user, id)
		if syncapi.IsNotFound(err) {
			return nil, cmdutil.WithHint(cmdutil.UsageErrorf("no site with id %s", id), "find the id with `mxpay sync sites list --name TEXT`")
		}
		return site, err
	}
	if !s.f.IOStreams.CanPrompt() {
		return nil, cmdutil.WithHint(cmdutil.MissingFlagError("site"), "find the id with `mxpay sync sites list --name TEXT`")
	}
	sites, err := s.client.Sites(ctx, user, syncapi.SiteFilter{})
	if err != nil {
		return nil, err
	}
	options := make([]string, len(sites))
	for i, st := range sites {
		options[i] = fmt.Sprintf("%s (%s)", st.Name, st.IDSite)
	}
	i, err := s.f.Prompter().Select("Site (type to filter)", options, "")
	if err != nil {
		return nil, err
	}
	return &sites[i], nil
}

// askTwofa prompts for the fields of a 410 entry; without a terminal it
// stops with the command that answers later.
func (s *session) askTwofa(job string) answerFunc {
	return func(form []syncapi.FormField) (map[string]string, error) {
		values := map[string]string{}
		if !s.f.IOStreams.CanPrompt() {
			return nil, cmdutil.WithHint(cmdutil.UsageErrorf("job %s is waiting for a two-factor code and there is no terminal to ask for it", job),
				fmt.Sprintf("answer it with `mxpay sync twofa %s --stdin` (one value per line)", job))
		}
		fmt.Fprintf(s.f.IOStreams.ErrOut, "The site asks for a two-factor code.\n")
		return values, fillFields(s.f, "two-factor fields", form, values)
	}
}

// verifyCreate handles a failed create: an ambiguous failure is checked by
// listing the credentials before anything is reported.
func (s *session) verifyCreate(ctx context.Context, user string, site *syncapi.Site, started time.Time, err error) error {
	if !httpx.IsAmbiguous(err) {
		return err
	}
	creds, verr := s.client.Credentials(ctx, user, syncapi.ListParams{})
	if verr != nil {
		return cmdutil.UnknownOutcomeError(err, fmt.Sprintf("run `mxpay sync credentials list --user %s` to see whether a credential for %s was registered", user, site.Name))
	}
	for _, c := range creds {
		if c.IDSite == site.IDSite && c.DTExecute != nil && *c.DTExecute >= started.Add(-time.Minute).Unix() {
			fmt.Fprintf(s.f.IOStreams.ErrOut, "The reply was lost, but credential %s for %s was registered; follow it with `mxpay sync credentials list --user %s`.\n", c.IDCredential, site.Name, user)
			return nil
		}
	}
	return errors.Join(err, errors.New("no credential was registered; it is safe to run the command again"))
}

// summary is what a finished sync reports.
type summary struct {
	IDCredential string `json:"id_credential,omitempty"`
	IDJob        string `json:"id_job"`
	Site         string `json:"site,omitempty"`
	Code         int    `json:"code"`
	Accounts     *int   `json:"accounts"`
}

func summaryColumns() []output.Column[summary] {
	return []output.Column[summary]{
		{Name: "id_credential", Header: "Credential", Value: func(s summary) string { return s.IDCredential }},
		{Name: "id_job", Header: "Job", Value: func(s summary) string { return s.IDJob }},
		{Name: "site", Header: "Site", Value: func(s summary) string { return s.Site }},
		{Name: "code", Header: "Code", Value: func(s summary) string { return fmt.Sprint(s.Code) }},
		{Name: "accounts", Header: "Accounts found", Value: func(s summary) string {
			if s.Accounts == nil {
				return "unknown"
			}
			return fmt.Sprint(*s.Accounts)
		}},
	}
}

// finish reports a job's final code: a summary on success, an error else.
func (s *session) finish(ctx context.Context, user, credential, job, siteName string, code int) error {
	if err := finalError(job, code); err != nil {
		return err
	}
	sum := summary{IDCredential: credential, IDJob: job, Site: siteName, Code: code}
	// The count is a courtesy: failing to read it does not undo a success.
	if credential != "" {
		if accounts, err := s.client.Accounts(ctx, user, syncapi.AccountFilter{Common: syncapi.Common{IDCredential: credential}}); err == nil {
			n := len(accounts)
			sum.Accounts = &n
		}
	}
	settings, err := s.f.Settings()
	if err != nil {
		return err
	}
	if siteName != "" {
		fmt.Fprintf(s.f.IOStreams.ErrOut, "Connected %s.\n", siteName)
	} else {
		fmt.Fprintf(s.f.IOStreams.ErrOut, "Job %s finished.\n", job)
	}
	cols := summaryColumns()
	if credential == "" {
		cols = []output.Column[summary]{summaryColumns()[1], summaryColumns()[3]} // job and code: all that is known
	}
	return output.PrintObject(s.f.IOStreams, settings.Output, cols, nil, sum)
}
