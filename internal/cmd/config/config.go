// Package config implements `mxpay config`: non-secret settings per profile.
package config

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/config"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// NewCmdConfig groups the config subcommands.
func NewCmdConfig(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config <command>",
		Short: "Read and change settings of a profile",
		Long: `Settings live in a YAML file (mode 0600) under profiles; pick one with --profile.
Secrets are not settings: use ` + "`mxpay auth login`" + ` for them.

Valid keys: ` + strings.Join(config.KeyNames(), ", "),
		Args: cmdutil.NoArgs,
	}
	cmd.AddCommand(newCmdGet(f), newCmdSet(f), newCmdUnset(f), newCmdList(f), newCmdProfiles(f))
	return cmd
}

func completeKeys(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return config.KeyNames(), cobra.ShellCompDirectiveNoFileComp
}

func newCmdGet(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:               "get KEY",
		Short:             "Print the effective value of a setting",
		Long:              "Print the value in effect for the active profile: flag, then environment variable, then profile, then default.",
		Example:           "  $ mxpay config get env\n  $ mxpay config get facti.from_rfc --profile live",
		Args:              cmdutil.ExactArgs(1, "KEY"),
		ValidArgsFunction: completeKeys,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := f.Settings()
			if err != nil {
				return err
			}
			v, err := s.Get(args[0])
			if err != nil {
				return err
			}
			fmt.Fprintln(f.IOStreams.Out, v.Value)
			return nil
		},
	}
}

func newCmdSet(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:               "set KEY VALUE",
		Short:             "Store a setting in the active profile",
		Example:           "  $ mxpay config set env production --profile live\n  $ mxpay config set facti.from_rfc ACM010101ABC",
		Args:              cmdutil.ExactArgs(2, "KEY VALUE"),
		ValidArgsFunction: completeKeys,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := f.Config()
			if err != nil {
				return err
			}
			profile := f.ProfileName()
			if err := cfg.Set(profile, args[0], args[1]); err != nil {
				return err
			}
			if err := cfg.Save(); err != nil {
				return err
			}
			fmt.Fprintf(f.IOStreams.ErrOut, "Set %s in profile %q (%s).\n", args[0], profile, cfg.Path())
			return nil
		},
	}
}

func newCmdUnset(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:               "unset KEY",
		Short:             "Remove a setting from the active profile",
		Example:           "  $ mxpay config unset sync.user",
		Args:              cmdutil.ExactArgs(1, "KEY"),
		ValidArgsFunction: completeKeys,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := f.Config()
			if err != nil {
				return err
			}
			profile := f.ProfileName()
			had, err := cfg.Unset(profile, args[0])
			if err != nil {
				return err
			}
			if !had {
				fmt.Fprintf(f.IOStreams.ErrOut, "%s was not set in profile %q.\n", args[0], profile)
				return nil
			}
			if err := cfg.Save(); err != nil {
				return err
			}
			fmt.Fprintf(f.IOStreams.ErrOut, "Removed %s from profile %q.\n", args[0], profile)
			return nil
		},
	}
}

type settingRow struct {
	Key    string `json:"key"`
	Value  string `json:"value"`
	Source string `json:"source"`
}

func newCmdList(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "list",
		Short:   "Show every setting in effect and where it comes from",
		Example: "  $ mxpay config list\n  $ mxpay config list -o json | jq -r '.[] | select(.source==\"env\") | .key'",
		Args:    cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := f.Settings()
			if err != nil {
				return err
			}
			cols := []output.Column[settingRow]{
				{Name: "key", Header: "KEY", Value: func(r settingRow) string { return r.Key }},
				{Name: "value", Header: "VALUE", Value: func(r settingRow) string { return r.Value }},
				{Name: "source", Header: "SOURCE", Value: func(r settingRow) string { return r.Source }},
			}
			list, err := output.NewList(f.IOStreams, s.Output, cols, func(r settingRow) json.RawMessage { return output.MarshalRaw(r) })
			if err != nil {
				return err
			}
			// Only registered keys are listed, and no key is a secret.
			for _, name := range config.KeyNames() {
				v, err := s.Get(name)
				if err != nil {
					return err
				}
				if err := list.Add(settingRow{Key: name, Value: v.Value, Source: string(v.Source)}); err != nil {
					return err
				}
			}
			return list.Close()
		},
	}
	cmdutil.SetFields(cmd, "key", "value", "source")
	return cmd
}

type profileRow struct {
	Name   string `json:"name"`
	Active bool   `json:"active"`
}

func newCmdProfiles(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:     "profiles",
		Short:   "List the profiles in the config file",
		Example: "  $ mxpay config profiles",
		Args:    cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := f.Settings()
			if err != nil {
				return err
			}
			cfg, err := f.Config()
			if err != nil {
				return err
			}
			names := cfg.Profiles()
			active := strings.ToLower(s.Profile)
			if !slices.Contains(names, active) {
				names = append(names, active)
			}
			cols := []output.Column[profileRow]{
				{Name: "name", Header: "PROFILE", Value: func(r profileRow) string { return r.Name }},
				{Name: "active", Header: "ACTIVE", Value: func(r profileRow) string {
					if r.Active {
						return "*"
					}
					return ""
				}},
			}
			list, err := output.NewList(f.IOStreams, s.Output, cols, func(r profileRow) json.RawMessage { return output.MarshalRaw(r) })
			if err != nil {
				return err
			}
			for _, n := range names {
				if err := list.Add(profileRow{Name: n, Active: n == active}); err != nil {
					return err
				}
			}
			return list.Close()
		},
	}
}
