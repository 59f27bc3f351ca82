package sync

import (
	"context"
	"fmt"

	"github.com/mxpay/mxpay/internal/cmdutil"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

type twofaOptions struct {
	user  string
	sets  []string
	stdin bool
}

func newCmdTwofa(f *cmdutil.Factory) *cobra.Command {
	opts := &twofaOptions{}
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
			return explain(runTwofa(cmd.Context(), f, opts, args[0]))
		},
	}
	addUserFlag(cmd, &opts.user)
	cmd.Flags().StringArrayVar(&opts.sets, "set", nil, "two-factor field value as `FIELD=VALUE` (repeatable)")
	cmd.Flags().BoolVar(&opts.stdin, "stdin", false, "read the values from standard input, one per line")
	return cmd
}

func runTwofa(ctx context.Context, f *cmdutil.Factory, opts *twofaOptions, job string) error {
	s, err := connect(f)
	if err != nil {
		return err
	}
	user, err := s.user(ctx, opts.user)
	if err != nil {
		return err
	}
	// A job still logging in has not asked yet: wait for the question.
	last, err := s.follow(ctx, user, job, -1, nil)
	if err != nil {
		return err
	}
	if last.Code != syncapi.CodeTwofa {
		return fmt.Errorf("job %s is not waiting for a two-factor code: it ended with code %d (%s); see `mxpay sync credentials status %s`", job, last.Code, syncapi.Stage(last.Code), job)
	}
	values, err := parseSets(opts.sets, last.Twofa)
	if err != nil {
		return err
	}
	missing := missingFields(last.Twofa, values, false)
	if opts.stdin {
		if err := readStdinValues(f.IOStreams.In, missing, values); err != nil {
			return err
		}
	} else if err := fillFields(f, "two-factor fields", missing, values); err != nil {
		return err
	}
	if err := s.client.SendTwofa(ctx, user, job, values); err != nil {
		return err
	}
	history, err := s.client.JobStatuses(ctx, user, job)
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
	final, err := s.follow(ctx, user, job, answered, s.askTwofa(job))
	if err != nil {
		return err
	}
	// A job's status does not name its credential, so the summary has the
	// job only.
	return s.finish(ctx, user, "", job, "", final.Code)
}
