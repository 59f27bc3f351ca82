package sync

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

func jobColumns() []output.Column[syncapi.JobStatus] {
	return []output.Column[syncapi.JobStatus]{
		{Name: "code", Header: "CODE", Value: func(j syncapi.JobStatus) string { return fmt.Sprint(j.Code) }},
		{Name: "stage", Header: "STAGE", Value: func(j syncapi.JobStatus) string { return syncapi.Stage(j.Code) }, Words: true},
	}
}

// CredentialsStatusOptions are the inputs of `sync credentials status`.
type CredentialsStatusOptions struct {
	deps
	User, Job string
	Watch     bool
}

// NewCmdCredentialsStatus builds `sync credentials status`.
func NewCmdCredentialsStatus(f *cmdutil.Factory, runF func(*CredentialsStatusOptions) error) *cobra.Command {
	opts := &CredentialsStatusOptions{deps: newDeps(f)}
	cmd := &cobra.Command{
		Use:   "status JOB_ID",
		Short: "Show the codes a sync job went through, newest last",
		Long: `Show the codes a sync job went through, newest last.

With --watch it waits until the job ends (or asks for a two-factor code)
and exits like ` + "`credentials create`" + `: 0 on success, 5 when the site
refused, 4 when the provider failed.`,
		Example: `  mxpay sync credentials status 5e17c4325d4f6077171c0254
  mxpay sync credentials status 5e17c4325d4f6077171c0254 --watch`,
		Args: cmdutil.ExactArgs(1, "JOB_ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Job = args[0]
			if runF != nil {
				return runF(opts)
			}
			return explain(credentialsStatusRun(cmd.Context(), opts))
		},
	}
	addUserFlag(cmd, &opts.User)
	cmd.Flags().BoolVar(&opts.Watch, "watch", false, "wait until the job ends or asks for a two-factor code")
	return cmd
}

func credentialsStatusRun(ctx context.Context, opts *CredentialsStatusOptions) error {
	o, err := opts.output()
	if err != nil {
		return err
	}
	c, user, err := opts.connect(ctx, opts.User)
	if err != nil {
		return err
	}
	if opts.Watch {
		w := jobWatch{deps: opts.deps, client: c, user: user}
		if _, err := w.follow(ctx, opts.Job, -1, nil); err != nil {
			return err
		}
	}
	history, err := c.JobStatuses(ctx, user, opts.Job)
	if err != nil {
		return err
	}
	list, err := output.NewList(opts.IO, o, jobColumns(), func(j syncapi.JobStatus) json.RawMessage { return j.Raw })
	if err != nil {
		return err
	}
	for _, h := range history {
		if err := list.Add(h); err != nil {
			return err
		}
	}
	if err := list.Close(); err != nil {
		return err
	}
	if len(history) == 0 {
		return nil
	}
	last := history[len(history)-1].Code
	if last == syncapi.CodeTwofa {
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("The job is waiting for a two-factor code: run `mxpay sync twofa %s`.", opts.Job))
		return nil
	}
	if opts.Watch {
		return finalError(opts.Job, last)
	}
	return nil
}
