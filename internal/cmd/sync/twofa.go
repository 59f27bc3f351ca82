package sync

import (
	"context"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

// TwofaOptions are the inputs of `sync twofa`.
type TwofaOptions struct {
	deps
	User, Job string
	Sets      []string
	Stdin     bool
}

// NewCmdTwofa builds `sync twofa`.
func NewCmdTwofa(f *cmdutil.Factory, runF func(*TwofaOptions) error) *cobra.Command {
	opts := &TwofaOptions{deps: newDeps(f)}
	cmd := &cobra.Command{
		Use:   "twofa JOB_ID",
		Short: "Answer a sync job that is waiting for a two-factor code, and follow it",
		Long: `Answer a sync job that is waiting for a two-factor code (code 410), then
follow the job to its end like ` + "`credentials create`" + `.

Values come from --set, from --stdin (one value per line, in the order of the
site's two-factor fields, so a script can pipe an SMS code), or are asked for
on a terminal. A job still starting is waited for; a job that is not waiting
for a code is an error (exit 1).`,
		Example: `  mxpay sync twofa 5e27c17ce6fea94c7c6b4194
  mxpay sync twofa 5e27c17ce6fea94c7c6b4194 --set token=123456
  read-sms-code | mxpay sync twofa 5e27c17ce6fea94c7c6b4194 --stdin`,
		Args: cmdutil.ExactArgs(1, "JOB_ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Job = args[0]
			if runF != nil {
				return runF(opts)
			}
			return explain(twofaRun(cmd.Context(), opts))
		},
	}
	addUserFlag(cmd, &opts.User)
	cmd.Flags().StringArrayVar(&opts.Sets, "set", nil, "two-factor field value as `FIELD=VALUE` (repeatable)")
	cmd.Flags().BoolVar(&opts.Stdin, "stdin", false, "read the values from standard input, one per line")
	return cmd
}

func twofaRun(ctx context.Context, opts *TwofaOptions) error {
	c, user, err := opts.connect(ctx, opts.User)
	if err != nil {
		return err
	}
	w := jobWatch{deps: opts.deps, client: c, user: user}
	job := opts.Job
	// A job still logging in has not asked yet: wait for the question.
	last, err := w.follow(ctx, job, -1, nil)
	if err != nil {
		return err
	}
	if last.Code != syncapi.CodeTwofa {
		return i18n.Errorf("job %s is not waiting for a two-factor code: it ended with code %d (%s); see `mxpay sync credentials status %s`", job, last.Code, stageOf(last.Code), job)
	}
	values, err := opts.parseSets(opts.Sets, last.Twofa)
	if err != nil {
		return err
	}
	missing := missingFields(last.Twofa, values, false)
	if opts.Stdin {
		err = readValueLines(opts.IO.In, missing, values, opts.Redactor.Add)
	} else {
		err = opts.fillFields(i18n.Errorf("two-factor fields"), missing, values,
			"pipe them to `mxpay sync twofa %s --stdin` (one value per line), or run in a terminal to be asked", job)
	}
	if err != nil {
		return err
	}
	if err := c.SendTwofa(ctx, user, job, values); err != nil {
		return err
	}
	history, err := c.JobStatuses(ctx, user, job)
	if err != nil {
		return err
	}
	// The entry just answered is the newest 410; do not answer it again.
	answered := -1
	for i, h := range history {
		if h.Code == syncapi.CodeTwofa {
			answered = i
		}
	}
	final, err := w.follow(ctx, job, answered, w.askTwofa(job))
	if err != nil {
		return err
	}
	// A job's status does not name its credential, so the summary has the
	// job only.
	return w.finish(ctx, "", job, "", final.Code)
}
