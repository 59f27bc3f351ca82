package sync

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/emulator"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

// session is what a command needs to talk to Sync.
type session struct {
	f      *cmdutil.Factory
	client *syncapi.Client
	env    string
}

// connect builds the client for the active profile. Session tokens are
// cached per profile; under the emulator they live next to its state, since
// they mean nothing anywhere else.
func connect(f *cmdutil.Factory) (*session, error) {
	ep, err := f.Endpoint("sync")
	if err != nil {
		return nil, err
	}
	s, err := f.Settings()
	if err != nil {
		return nil, err
	}
	var store syncapi.SessionStore
	if dir, err := sessionDir(f, s.Env); err == nil {
		store = syncapi.FileSessions{Dir: dir, Profile: s.Profile}
	}
	return &session{f: f, client: syncapi.New(ep.Client, ep.BaseURL, ep.Credentials["api_key"], store), env: s.Env}, nil
}

// SessionToken returns a session token for user under the active profile,
// cached like every Sync command's; `mxpay api sync --user` uses it.
func SessionToken(ctx context.Context, f *cmdutil.Factory, user string) (string, error) {
	s, err := connect(f)
	if err != nil {
		return "", err
	}
	return s.client.Token(ctx, user)
}

func sessionDir(f *cmdutil.Factory, env string) (string, error) {
	if env == cmdutil.EnvEmulator {
		db, err := emulator.DefaultDBPath(f.Getenv)
		if err != nil {
			return "", err
		}
		return filepath.Join(filepath.Dir(db), "sync-sessions"), nil
	}
	if dir := f.Getenv("XDG_CACHE_HOME"); filepath.IsAbs(dir) {
		return filepath.Join(dir, "mxpay", "sync-sessions"), nil
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "mxpay", "sync-sessions"), nil
}

// pollInterval is how often a job is checked: the emulator is in-process
// and cheap to ask.
func (s *session) pollInterval() time.Duration {
	if s.env == cmdutil.EnvEmulator {
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
		return cmdutil.WithHint(err, "check the key with `mxpay auth status`, or store another with `mxpay auth login sync`")
	}
	return err
}

// addUserFlag adds --user to a user-scoped command.
func addUserFlag(cmd *cobra.Command, user *string) {
	cmd.Flags().StringVar(user, "user", "", "Sync user `ID` (default: the profile's sync.user or MXPAY_SYNC_USER; asked on a terminal)")
}

// user resolves the user of a user-scoped command: --user, then the
// profile setting, then (on a terminal) a choice among the key's users.
func (s *session) user(ctx context.Context, flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	settings, err := s.f.Settings()
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
	if !s.f.IOStreams.CanPrompt() {
		return "", cmdutil.WithHint(cmdutil.MissingFlagError("user"),
			"pass --user ID, or set a default with `mxpay config set sync.user ID`; `mxpay sync users list` shows the ids")
	}
	users, err := allUsers(ctx, s.client, syncapi.UserFilter{})
	if err != nil {
		return "", explain(err)
	}
	if len(users) == 0 {
		return "", cmdutil.WithHint(cmdutil.UsageErrorf("this API key has no Sync users yet"), "create one with `mxpay sync users create --name NAME`")
	}
	options := make([]string, len(users))
	for i, u := range users {
		options[i] = fmt.Sprintf("%s (%s)", u.Name, u.IDUser)
	}
	i, err := s.f.Prompter().Select("Sync user", options, "")
	if err != nil {
		return "", err
	}
	return users[i].IDUser, nil
}

// allUsers reads every user of the key.
func allUsers(ctx context.Context, c *syncapi.Client, filter syncapi.UserFilter) ([]syncapi.User, error) {
	var out []syncapi.User
	err := eachUserPage(ctx, c, filter, func(page []syncapi.User) error {
		out = append(out, page...)
		return nil
	})
	return out, err
}

// eachUserPage reads every page of users. The server's cap on limit is not
// documented, so paging stops at an empty page rather than a short one, or
// when a page repeats an id already seen (a server ignoring skip).
func eachUserPage(ctx context.Context, c *syncapi.Client, filter syncapi.UserFilter, fn func([]syncapi.User) error) error {
	seen := map[string]bool{}
	filter.Limit = syncapi.PageSize
	for filter.Skip = 0; ; filter.Skip += syncapi.PageSize {
		page, err := c.ListUsers(ctx, filter)
		if err != nil {
			return err
		}
		if len(page) == 0 || seen[page[0].IDUser] {
			return nil
		}
		for _, u := range page {
			seen[u.IDUser] = true
		}
		if err := fn(page); err != nil {
			return err
		}
	}
}
