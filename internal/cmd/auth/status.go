package auth

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/secrets"
	"github.com/spf13/cobra"
)

type statusRow struct {
	Provider string `json:"provider"`
	Secret   string `json:"secret"`
	Source   string `json:"source"` // env, keyring, file, emulator demo, missing, not set
	Value    string `json:"value"`  // masked
}

// StatusOptions are `mxpay auth status`'s dependencies and arguments.
type StatusOptions struct {
	IO       *output.IOStreams
	Settings func() (*cmdutil.Settings, error)
	Secrets  func() (*secrets.Resolver, error)
	Provider string // "" for every provider
}

// NewCmdStatus builds `mxpay auth status`; runF replaces statusRun in tests.
func NewCmdStatus(f *cmdutil.Factory, runF func(*StatusOptions) error) *cobra.Command {
	opts := &StatusOptions{IO: f.IOStreams, Settings: f.Settings, Secrets: f.Secrets}
	cmd := &cobra.Command{
		Use:   "status [facti|pagofacil|sync]",
		Short: "Show where each secret of the active profile is found, masked",
		Long: `Shows, per provider, where each secret is found (env, keyring, file) and a masked
form of it (at most the first 4 and last 2 characters).

Exits 0 when the provider asked for (or, without one, at least one provider) has every
required secret; exits 3 otherwise.`,
		Example:           "  $ mxpay auth status\n  $ mxpay auth status facti -o json",
		Args:              cmdutil.MaximumArgs(1, "PROVIDER"),
		ValidArgsFunction: completeProviders,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Provider = firstArg(args)
			if runF != nil {
				return runF(opts)
			}
			return statusRun(opts)
		},
	}
	cmdutil.SetFields(cmd, "provider", "secret", "source", "value")
	return cmd
}

func statusRun(opts *StatusOptions) error {
	p, given, err := providerArg(opts.Provider)
	if err != nil {
		return err
	}
	providers := secrets.Providers()
	if given {
		providers = []secrets.Provider{p}
	}
	s, err := opts.Settings()
	if err != nil {
		return err
	}
	resolver, err := opts.Secrets()
	if err != nil {
		return err
	}
	cols := []output.Column[statusRow]{
		{Name: "provider", Header: "PROVIDER", Value: func(r statusRow) string { return r.Provider }},
		{Name: "secret", Header: "SECRET", Value: func(r statusRow) string { return r.Secret }},
		{Name: "source", Header: "SOURCE", Value: func(r statusRow) string { return r.Source }, Words: true},
		{Name: "value", Header: "VALUE", Value: func(r statusRow) string { return r.Value }},
	}
	list, err := output.NewList(opts.IO, s.Output, cols, func(r statusRow) json.RawMessage { return output.MarshalRaw(r) })
	if err != nil {
		return err
	}
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Profile %q, environment %s", s.Profile, s.Env))
	var complete, incomplete []string
	for _, prov := range providers {
		rows, ok, err := providerStatus(resolver, s.Profile, s.Env, prov)
		if err != nil {
			return err
		}
		for _, r := range rows {
			if err := list.Add(r); err != nil {
				return err
			}
		}
		if ok {
			complete = append(complete, prov.Name)
		} else {
			incomplete = append(incomplete, prov.Name)
		}
	}
	if err := list.Close(); err != nil {
		return err
	}
	if (given && len(incomplete) > 0) || len(complete) == 0 {
		return cmdutil.AuthErrorf(incomplete[0], "no complete credentials for %s in profile %q", incomplete[0], s.Profile)
	}
	return nil
}

// providerStatus reports every secret of one provider; ok is true when all
// required ones are present.
func providerStatus(r *secrets.Resolver, profile, env string, p secrets.Provider) ([]statusRow, bool, error) {
	var rows []statusRow
	requiredFound, missing := 0, 0
	for _, k := range p.Keys {
		row := statusRow{Provider: p.Name, Secret: k.Name}
		v, src, err := r.Lookup(profile, p.Name, k.Name)
		switch {
		case err == nil:
			row.Source, row.Value = src, secrets.Mask(v)
			if !k.Optional {
				requiredFound++
			}
		case errors.Is(err, secrets.ErrNotFound):
			row.Source = "not set"
			if !k.Optional {
				row.Source = "missing"
				missing++
			}
		default:
			return nil, false, err
		}
		rows = append(rows, row)
	}
	// Under the emulator a provider with none of its required secrets
	// configured uses demo credentials, exactly as the commands will.
	if requiredFound == 0 && env == cmdutil.EnvEmulator {
		demo := cmdutil.DemoCredentials(p.Name)
		for i := range rows {
			if v, ok := demo[rows[i].Secret]; ok && rows[i].Value == "" {
				rows[i].Source, rows[i].Value = "emulator demo", secrets.Mask(v)
			}
		}
		return rows, true, nil
	}
	return rows, missing == 0, nil
}
