package sync

import (
	"context"
	"fmt"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

// jobWatch follows the sync jobs of one user.
type jobWatch struct {
	deps
	client *syncapi.Client
	user   string
}

// answerFunc is called when a job stops at 410: it returns the two-factor
// values to post.
type answerFunc func(fields []syncapi.FormField) (map[string]string, error)

// follow polls a job until it reaches a final code, showing the stage on a
// spinner. At 410 it calls answer (nil: stop and return the 410 entry). A
// 410 entry already answered (at index answered of the history, or -1) is
// waited out rather than answered twice.
func (w jobWatch) follow(ctx context.Context, job string, answered int, answer answerFunc) (syncapi.JobStatus, error) {
	spinner := output.NewSpinner(w.IO, w.IO.T("Job %s: checking", job))
	defer func() { spinner.Stop() }()
	poll := w.pollInterval()
	for {
		history, err := w.client.JobStatuses(ctx, w.user, job)
		if err != nil {
			return syncapi.JobStatus{}, err
		}
		if len(history) == 0 {
			return syncapi.JobStatus{}, i18n.Errorf("job %s has no status yet", job)
		}
		last := history[len(history)-1]
		spinner.Update(w.IO.T("Job %s: %s", job, w.IO.Text(syncapi.Stage(last.Code))))
		switch {
		case last.Code == syncapi.CodeTwofa && len(history)-1 != answered:
			if answer == nil {
				return last, nil
			}
			spinner.Stop()
			values, err := answer(last.Twofa)
			if err != nil {
				return last, err
			}
			if err := w.client.SendTwofa(ctx, w.user, job, values); err != nil {
				return last, err
			}
			answered = len(history) - 1
			spinner = output.NewSpinner(w.IO, w.IO.T("Job %s: two-factor code sent", job))
		case !syncapi.IsPending(last.Code) && last.Code != syncapi.CodeTwofa:
			return last, nil
		}
		select {
		case <-ctx.Done():
			return last, ctx.Err()
		case <-time.After(poll):
		}
	}
}

// askTwofa prompts for the fields of a 410 entry; without a terminal it
// stops with the command that answers later.
func (w jobWatch) askTwofa(job string) answerFunc {
	return func(form []syncapi.FormField) (map[string]string, error) {
		if !w.IO.CanPrompt() {
			return nil, cmdutil.WithHintf(cmdutil.UsageErrorf("job %s is waiting for a two-factor code and there is no terminal to ask for it", job),
				"answer it with `mxpay sync twofa %s --stdin` (one value per line)", job)
		}
		fmt.Fprintln(w.IO.ErrOut, w.IO.T("The site asks for a two-factor code."))
		values := map[string]string{}
		if err := w.fillFields(i18n.Errorf("two-factor fields"), form, values, ""); err != nil {
			// Ctrl-C at the prompt: the job still waits for its code.
			return values, cmdutil.WithHintf(err, "the job still waits for the code: answer it with `mxpay sync twofa %s`", job)
		}
		return values, nil
	}
}

// stageOf is a job code's stage as a message, shown in the reader's
// language when it is an argument of an error.
func stageOf(code int) error { return i18n.Errorf(syncapi.Stage(code)) }

// explanations say in plain words what a final 4xx code asks the user to
// do. Each is a catalog message: shown in the reader's language.
var explanations = map[int]string{
	401: "the site rejected the username or password; check them and try again",
	403: "the two-factor code or token was rejected; start again and use a fresh code",
	405: "the account is locked at the site; unlock it there (usually by resetting the password) and try again",
	406: "someone is logged in to this account elsewhere; log out of the other session and try again",
	408: "the site needs you to do something there first (accept terms, change the password, confirm details); log in on the site, finish it, and try again",
	409: "these credentials belong to a different site; check the site id with `mxpay sync sites list`",
	411: "the two-factor code timed out",
	413: "the site could not log in for a reason of its own; log in on the site to check the account, then try again",
	449: "this site is no longer supported by Sync; look for its replacement with `mxpay sync sites list`",
}

// finalError maps a job's final code to the command's outcome: nil for 2xx,
// exit 5 with an explanation for codes the user must act on, exit 4 for
// failures on the provider's side.
func finalError(job string, code int) error {
	switch {
	case syncapi.IsSuccess(code):
		return nil
	case code == syncapi.CodeTwofaTimeout:
		return cmdutil.WithHintf(cmdutil.DeclinedErrorf("job %s: two-factor code timed out (code 411)", job),
			"run `mxpay sync twofa %s` as soon as the next code arrives, or start again with `mxpay sync credentials create`", job)
	case code >= 500:
		return cmdutil.WithHintf(cmdutil.NewError(errs.Unreachable, i18n.Errorf("job %s failed at the provider (code %d): %s", job, code, i18n.Errorf(providerExplanation(code))), ""),
			"nothing is wrong with the credentials; try again later")
	}
	if why, ok := explanations[code]; ok {
		return cmdutil.DeclinedErrorf("job %s stopped with code %d: %s", job, code, i18n.Errorf(why))
	}
	return cmdutil.DeclinedErrorf("job %s stopped with code %d: the site did not accept the connection", job, code)
}

func providerExplanation(code int) string {
	switch code {
	case 501:
		return "the site is unavailable"
	case 504:
		return "the connection to the site timed out"
	case 509:
		return "the site is under maintenance"
	}
	return "Sync had an internal error"
}
