package auth

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/prompt"
	"github.com/mxpay/mxpay/internal/secrets"
	"github.com/spf13/cobra"
)

// LoginOptions are `mxpay auth login`'s dependencies and flags.
type LoginOptions struct {
	IO       *output.IOStreams
	Settings func() (*cmdutil.Settings, error)
	Secrets  func() (*secrets.Resolver, error)
	Ask      func() prompt.Prompter // typed secrets join the run's redactor
	Redactor *cmdutil.Redactor
	Getenv   func(string) string
	// Check asks the provider whether the credentials work.
	Check func(ctx context.Context, provider string, creds map[string]string) error

	Provider  string
	WithToken bool
	Insecure  bool
}

// NewCmdLogin builds `mxpay auth login`; runF replaces loginRun in tests.
func NewCmdLogin(f *cmdutil.Factory, runF func(*LoginOptions) error) *cobra.Command {
	opts := &LoginOptions{IO: f.IOStreams, Settings: f.Settings, Secrets: f.Secrets, Ask: f.Ask,
		Redactor: f.Redactor(), Getenv: f.Getenv, Check: checkWith(f)}
	cmd := &cobra.Command{
		Use:   "login [facti|pagofacil|sync]",
		Short: "Store a provider's credentials for the active profile",
		Long: `Prompts for each secret of the provider (typed into password prompts), checks them
against the provider, and stores them in the OS keyring.

For scripts, --with-token reads the secrets from standard input, one key=value per line:
  facti:      client_id, api_key, ipn_password (optional)
  pagofacil:  sucursal (idSucursal), usuario (idUsuario)
  sync:       api_key`,
		Example: `  $ mxpay auth login facti
  $ printf 'client_id=%s\napi_key=%s\n' "$ID" "$KEY" | mxpay auth login facti --with-token
  $ mxpay auth login sync --profile live --insecure-storage < sync-secrets.txt --with-token`,
		Args:              cmdutil.MaximumArgs(1, "PROVIDER"),
		ValidArgsFunction: completeProviders,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Provider = firstArg(args)
			if runF != nil {
				return runF(opts)
			}
			return loginRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.WithToken, "with-token", false, "read secrets from standard input as key=value lines")
	cmd.Flags().BoolVar(&opts.Insecure, "insecure-storage", false, "store in the 0600 file instead of the OS keyring")
	return cmd
}

func loginRun(ctx context.Context, opts *LoginOptions) error {
	ios := opts.IO
	p, given, err := providerArg(opts.Provider)
	if err != nil {
		return err
	}
	if !given {
		if opts.WithToken || !ios.CanPrompt() {
			return cmdutil.UsageErrorf("name the provider: mxpay auth login %s", strings.Join(secrets.ProviderNames(), "|"))
		}
		if p, err = selectProvider(opts.Ask(), ios); err != nil {
			return err
		}
	}

	var values map[string]string
	switch {
	case opts.WithToken:
		values, err = parseTokenInput(ios.In, p)
	case ios.CanPrompt():
		values, err = promptSecrets(opts.Ask(), ios, p)
	default:
		return cmdutil.WithHintf(
			cmdutil.UsageErrorf("cannot prompt for %s secrets: no terminal or input disabled", p.Label),
			"pass --with-token and write key=value lines on standard input (keys: %s)", keyNames(p))
	}
	for _, v := range values {
		opts.Redactor.Add(v)
	}
	if err != nil {
		return err
	}
	if err := requireAll(p, values); err != nil {
		return err
	}
	if err := opts.Check(ctx, p.Name, values); err != nil {
		return i18n.Errorf("checking %s credentials: %w", p.Label, err)
	}
	fmt.Fprintln(ios.ErrOut, ios.T("%s accepted the credentials.", p.Label))
	return store(opts, p, values)
}

func store(opts *LoginOptions, p secrets.Provider, values map[string]string) error {
	resolver, err := opts.Secrets()
	if err != nil {
		return err
	}
	s, err := opts.Settings()
	if err != nil {
		return err
	}
	where := map[string]bool{}
	for _, k := range p.Keys {
		v, ok := values[k.Name]
		if !ok {
			continue
		}
		src, err := resolver.Save(s.Profile, p.Name, k.Name, v, opts.Insecure)
		if err != nil {
			return i18n.Errorf("storing %s %s: %w", p.Label, opts.IO.Text(k.Label), err)
		}
		where[src] = true
		if env := opts.Getenv(k.Env); env != "" {
			fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Warning: %s is set in the environment and takes precedence over the stored %s.", k.Env, opts.IO.Text(k.Label)))
		}
	}
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Stored %s credentials for profile %q in %s.", p.Label, s.Profile, describeStores(opts.IO, where)))
	return nil
}

// describeStores names where the secrets went, in the reader's language.
func describeStores(ios *output.IOStreams, where map[string]bool) string {
	switch {
	case where["keyring"] && where["file"]:
		return ios.Text("the OS keyring and the 0600 secrets file")
	case where["keyring"]:
		return ios.Text("the OS keyring")
	case where["file"]:
		return ios.Text("the 0600 secrets file")
	}
	return ios.Text("the secret store")
}

func selectProvider(ask prompt.Prompter, ios *output.IOStreams) (secrets.Provider, error) {
	providers := secrets.Providers()
	var labels []string
	for _, p := range providers {
		labels = append(labels, p.Label)
	}
	i, err := ask.Select(ios.T("Which provider?"), labels, "")
	if err != nil {
		return secrets.Provider{}, err
	}
	return providers[i], nil
}

func promptSecrets(ask prompt.Prompter, ios *output.IOStreams, p secrets.Provider) (map[string]string, error) {
	values := map[string]string{}
	for _, k := range p.Keys {
		msg := ios.T("%s %s:", p.Label, ios.Text(k.Label))
		if k.Optional {
			msg = ios.T("%s %s (optional, Enter to skip):", p.Label, ios.Text(k.Label))
		}
		var v string
		var err error
		if k.Echo {
			v, err = ask.Input(msg, "")
		} else {
			v, err = ask.Password(msg)
		}
		if err != nil {
			return nil, err
		}
		if v = strings.TrimSpace(v); v != "" {
			values[k.Name] = v
		}
	}
	return values, nil
}

// parseTokenInput reads key=value lines. Keys may be written as mxpay's key
// name, the provider's label (idSucursal) or the environment variable name.
// Errors name keys and line numbers, never values.
func parseTokenInput(r io.Reader, p secrets.Provider) (map[string]string, error) {
	values := map[string]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		name, value, ok := strings.Cut(text, "=")
		if !ok {
			return nil, cmdutil.UsageErrorf("standard input line %d is not key=value", line)
		}
		key, found := findKey(p, strings.TrimSpace(name))
		if !found {
			return nil, cmdutil.UsageErrorf("standard input line %d: %s has no secret %q (keys: %s)", line, p.Label, strings.TrimSpace(name), keyNames(p))
		}
		if value = strings.TrimSpace(value); value == "" {
			return nil, cmdutil.UsageErrorf("standard input line %d: %s is empty", line, key.Name)
		}
		values[key.Name] = value
	}
	if err := sc.Err(); err != nil {
		return nil, i18n.Errorf("reading standard input: %w", err)
	}
	return values, nil
}

func findKey(p secrets.Provider, name string) (secrets.Key, bool) {
	for _, k := range p.Keys {
		if strings.EqualFold(name, k.Name) || strings.EqualFold(name, k.Label) || strings.EqualFold(name, k.Env) {
			return k, true
		}
	}
	return secrets.Key{}, false
}

func requireAll(p secrets.Provider, values map[string]string) error {
	var missing []string
	for _, k := range p.Keys {
		if _, ok := values[k.Name]; !ok && !k.Optional {
			missing = append(missing, k.Name)
		}
	}
	if len(missing) > 0 {
		return cmdutil.UsageErrorf("missing %s secret(s): %s", p.Label, strings.Join(missing, ", "))
	}
	return nil
}

func keyNames(p secrets.Provider) string {
	var names []string
	for _, k := range p.Keys {
		names = append(names, k.Name)
	}
	return strings.Join(names, ", ")
}
