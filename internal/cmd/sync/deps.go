package sync

import (
	"context"
	"fmt"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/prompt"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

// deps are what every sync command takes from the Factory, as functions
// so that nothing is built before a command needs it. Tests fill them by
// hand.
type deps struct {
	IO       *output.IOStreams
	Sync     func() (*syncapi.Client, error)
	Settings func() (*cmdutil.Settings, error)
	// Prompter asks on a terminal; its password answers are added to the
	// run's redactor as they are typed (Factory.Ask).
	Prompter func() prompt.Prompter
	// Redactor is the run's redactor: every secret a command reads is
	// added to it at once, so that no trace, error or log shows it.
	Redactor *cmdutil.Redactor
}

func newDeps(f *cmdutil.Factory) deps {
	return deps{IO: f.IOStreams, Sync: f.Sync, Settings: f.Settings, Prompter: f.Ask, Redactor: f.Redactor()}
}

// output returns the run's output options.
func (d deps) output() (output.Options, error) {
	s, err := d.Settings()
	if err != nil {
		return output.Options{}, err
	}
	return s.Output, nil
}

// connect returns the client and the user of a user-scoped command:
// --user, then the profile's sync.user, then (on a terminal) a choice
// among the key's users.
func (d deps) connect(ctx context.Context, userFlag string) (*syncapi.Client, string, error) {
	c, err := d.Sync()
	if err != nil {
		return nil, "", err
	}
	user, err := d.user(ctx, c, userFlag)
	return c, user, err
}

func (d deps) user(ctx context.Context, c *syncapi.Client, flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	settings, err := d.Settings()
	if err != nil {
		return "", err
	}
	set, err := settings.Get("sync.user")
	if err != nil {
		return "", err
	}
	if set.Value != "" {
		return set.Value, nil
	}
	if !d.IO.CanPrompt() {
		return "", cmdutil.WithHintf(cmdutil.MissingFlagError("user"),
			"pass --user ID, or set a default with `mxpay config set sync.user ID`; `mxpay sync users list` shows the ids")
	}
	var users []syncapi.User
	for u, err := range c.AllUsers(ctx, syncapi.UserFilter{}) {
		if err != nil {
			return "", explain(err)
		}
		users = append(users, u)
	}
	if len(users) == 0 {
		return "", cmdutil.WithHintf(cmdutil.UsageErrorf("this API key has no Sync users yet"), "create one with `mxpay sync users create --name NAME`")
	}
	options := make([]string, len(users))
	for i, u := range users {
		options[i] = fmt.Sprintf("%s (%s)", u.Name, u.IDUser)
	}
	i, err := d.Prompter().Select(d.IO.T("Sync user"), options, "")
	if err != nil {
		return "", err
	}
	return users[i].IDUser, nil
}

// pollInterval is how often a job is checked: the emulator is in-process
// and cheap to ask.
func (d deps) pollInterval() time.Duration {
	if s, err := d.Settings(); err == nil && s.Env == cmdutil.EnvEmulator {
		return 50 * time.Millisecond
	}
	return 2 * time.Second
}

// explain adds the next step to errors the user can act on.
func explain(err error) error {
	if err == nil {
		return nil
	}
	if cmdutil.ExitCodeOf(err) == cmdutil.ExitAuth && cmdutil.HintOf(err) == "" {
		return cmdutil.WithHintf(err, "check the key with `mxpay auth status`, or store another with `mxpay auth login sync`")
	}
	return err
}

// addUserFlag adds --user to a user-scoped command.
func addUserFlag(cmd *cobra.Command, user *string) {
	cmd.Flags().StringVar(user, "user", "", "Sync user `ID` (default: the profile's sync.user or MXPAY_SYNC_USER; asked on a terminal)")
}

// epoch shows Sync's epoch seconds as a UTC time.
func epoch(t *int64) string {
	if t == nil || *t == 0 {
		return ""
	}
	return time.Unix(*t, 0).UTC().Format("2006-01-02 15:04:05Z")
}

// withOutcomeHintf gives an unknown outcome (exit 6) its next step: the
// exact command that shows whether the request was applied, formatted from
// a catalog message and shown in the reader's language.
func withOutcomeHintf(err error, format string, args ...any) error {
	if errs.Is(err, errs.UnknownOutcome) {
		return cmdutil.WithHintf(err, format, args...)
	}
	return err
}
