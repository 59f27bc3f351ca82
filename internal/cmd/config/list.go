package config

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/config"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// ListOptions are `mxpay config list` and `profiles`'s dependencies.
type ListOptions struct {
	IO       *output.IOStreams
	Settings func() (*cmdutil.Settings, error)
	Config   func() (*config.Config, error)
}

type settingRow struct {
	Key    string `json:"key"`
	Value  string `json:"value"`
	Source string `json:"source"`
}

// NewCmdList builds `mxpay config list`; runF replaces listRun in tests.
func NewCmdList(f *cmdutil.Factory, runF func(*ListOptions) error) *cobra.Command {
	opts := &ListOptions{IO: f.IOStreams, Settings: f.Settings, Config: f.Config}
	cmd := &cobra.Command{
		Use:     "list",
		Short:   "Show every setting in effect and where it comes from",
		Example: "  $ mxpay config list\n  $ mxpay config list -o json | jq -r '.[] | select(.source==\"env\") | .key'",
		Args:    cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return listRun(opts)
		},
	}
	cmdutil.SetFields(cmd, "key", "value", "source")
	return cmd
}

func listRun(opts *ListOptions) error {
	s, err := opts.Settings()
	if err != nil {
		return err
	}
	cols := []output.Column[settingRow]{
		{Name: "key", Header: "KEY", Value: func(r settingRow) string { return r.Key }},
		{Name: "value", Header: "VALUE", Value: func(r settingRow) string { return r.Value }},
		{Name: "source", Header: "SOURCE", Value: func(r settingRow) string { return r.Source }, Words: true},
	}
	list, err := output.NewList(opts.IO, s.Output, cols, func(r settingRow) json.RawMessage { return output.MarshalRaw(r) })
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
}

type profileRow struct {
	Name   string `json:"name"`
	Active bool   `json:"active"`
}

// NewCmdProfiles builds `mxpay config profiles`; runF replaces profilesRun.
func NewCmdProfiles(f *cmdutil.Factory, runF func(*ListOptions) error) *cobra.Command {
	opts := &ListOptions{IO: f.IOStreams, Settings: f.Settings, Config: f.Config}
	return &cobra.Command{
		Use:     "profiles",
		Short:   "List the profiles in the config file",
		Example: "  $ mxpay config profiles",
		Args:    cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return profilesRun(opts)
		},
	}
}

func profilesRun(opts *ListOptions) error {
	s, err := opts.Settings()
	if err != nil {
		return err
	}
	cfg, err := opts.Config()
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
	list, err := output.NewList(opts.IO, s.Output, cols, func(r profileRow) json.RawMessage { return output.MarshalRaw(r) })
	if err != nil {
		return err
	}
	for _, n := range names {
		if err := list.Add(profileRow{Name: n, Active: n == active}); err != nil {
			return err
		}
	}
	return list.Close()
}
