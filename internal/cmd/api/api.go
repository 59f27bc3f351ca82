// Package api implements `mxpay api`: a raw authenticated request to any
// provider endpoint, for whatever the commands do not cover (like `gh api`).
package api

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/mxpay/mxpay/internal/errs"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/spf13/cobra"
)

type options struct {
	provider, method, path string
	stringFields           []string // -f key=value
	typedFields            []string // -F key=value
	input                  string   // --input FILE|-
	headers                []string // -H 'Name: value'
	paginate               bool
	include                bool
	user                   string // Sync: use a session token for this user
}

// SessionTokenFunc returns a Sync session token for a user; supplied by the
// Sync commands so this package does not reimplement sessions.
type SessionTokenFunc func(ctx context.Context, f *cmdutil.Factory, user string) (string, error)

// NewCmdAPI builds `mxpay api`. sessionToken may be nil until Sync sessions
// exist; --user then fails with a clear message.
func NewCmdAPI(f *cmdutil.Factory, sessionToken SessionTokenFunc) *cobra.Command {
	opts := &options{}
	cmd := &cobra.Command{
		Use:   "api PROVIDER METHOD PATH",
		Short: "Make a raw authenticated request to facti, pagofacil or sync",
		Long: `Sends one request to PATH under the provider's base URL for the active profile and
environment, with the provider's authentication applied its own way:

  facti      client_id and api_key as form fields (query parameters for GET)
  pagofacil  data[idSucursal] and data[idUsuario] as form fields
  sync       Authorization: API_KEY api_key=…, or a session token with --user

-f key=value adds a string field; -F key=value adds a typed one (numbers, true, false,
null, or @file / @- for a file's or standard input's contents). For GET the fields go in
the query string; otherwise in the body: a form for facti and pagofacil, JSON for sync.
--input sends a body as is. The response body is printed (pretty on a terminal).

--paginate follows Sync lists (skip/limit) and Facti company_payments (since_id) to the end,
printing each page. Exit codes are those of every command: 3 for rejected credentials,
4 for an unreachable provider, 1 for any other non-2xx answer.`,
		Example: `  $ mxpay api sync GET /users
  $ mxpay api sync GET /transactions --user 5f1a... -f id_account=5f2b... --paginate --jq '.response[].amount'
  $ mxpay api facti POST /v1/payments/company_payments -F company_id=5 -F limit=200 --paginate
  $ mxpay api facti POST /v1/payments/company_payment_ways -f rfc=ACM010101ABC
  $ mxpay api pagofacil POST /Wsrtransaccion/index/format/json -f method=verificar -f 'data[idPedido]=ORD-1'`,
		Args: cmdutil.ExactArgs(3, "PROVIDER METHOD PATH"),
		ValidArgsFunction: func(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			switch len(args) {
			case 0:
				return []string{"facti", "pagofacil", "sync"}, cobra.ShellCompDirectiveNoFileComp
			case 1:
				return []string{"GET", "POST", "PUT", "DELETE"}, cobra.ShellCompDirectiveNoFileComp
			}
			return nil, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.provider, opts.method, opts.path = args[0], strings.ToUpper(args[1]), args[2]
			return run(cmd.Context(), f, opts, sessionToken)
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVarP(&opts.stringFields, "raw-field", "f", nil, "add a string field `key=value`")
	fl.StringArrayVarP(&opts.typedFields, "field", "F", nil, "add a typed field `key=value` (numbers, booleans, null, @file)")
	fl.StringVar(&opts.input, "input", "", "send the body from `FILE` as is (- for standard input)")
	fl.StringArrayVarP(&opts.headers, "header", "H", nil, "add a request header `'Name: value'`")
	fl.BoolVar(&opts.paginate, "paginate", false, "follow Sync skip/limit and Facti since_id pages to the end")
	fl.BoolVarP(&opts.include, "include", "i", false, "print the status line and response headers before the body")
	fl.StringVar(&opts.user, "user", "", "Sync: authenticate with a session token for this user `ID`")
	return cmd
}

func run(ctx context.Context, f *cmdutil.Factory, opts *options, sessionToken SessionTokenFunc) error {
	if err := validate(opts); err != nil {
		return err
	}
	fields, err := parseFields(opts, f.IOStreams.In)
	if err != nil {
		return err
	}
	var body []byte
	if opts.input != "" {
		if body, err = readInput(opts.input, f.IOStreams.In); err != nil {
			return err
		}
	}
	ep, err := f.Endpoint(opts.provider)
	if err != nil {
		return err
	}
	auth := authFor(opts.provider, ep.Credentials)
	if opts.user != "" {
		if sessionToken == nil {
			return cmdutil.UsageErrorf("--user needs Sync sessions, which this build does not have yet")
		}
		token, err := sessionToken(ctx, f, opts.user)
		if err != nil {
			return err
		}
		auth = syncTokenAuth(token)
	}
	req := &request{method: opts.method, path: opts.path, fields: fields, body: body, headers: opts.headers, auth: auth, provider: opts.provider}
	pages := newPager(opts, req)
	for {
		resp, err := send(ctx, ep.Client, ep.BaseURL, req)
		if err != nil {
			return err
		}
		next, err := printResponse(f, opts, resp, pages)
		if err != nil || !next {
			return err
		}
	}
}

func validate(opts *options) error {
	switch opts.provider {
	case "facti", "pagofacil", "sync":
	default:
		return cmdutil.UsageErrorf("unknown provider %q; choose facti, pagofacil or sync", opts.provider)
	}
	switch opts.method {
	case http.MethodGet, http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch:
	default:
		return cmdutil.UsageErrorf("unsupported method %q; use GET, POST, PUT, PATCH or DELETE", opts.method)
	}
	if opts.input != "" && (len(opts.stringFields) > 0 || len(opts.typedFields) > 0) && opts.method != http.MethodGet {
		return cmdutil.UsageErrorf("--input sends the body as is; put fields in it instead of -f/-F")
	}
	if opts.user != "" && opts.provider != "sync" {
		return cmdutil.UsageErrorf("--user is only for sync")
	}
	if opts.paginate && !(opts.provider == "sync" && opts.method == http.MethodGet) && !(opts.provider == "facti" && strings.HasSuffix(strings.TrimRight(opts.path, "/"), "company_payments")) {
		return cmdutil.UsageErrorf("--paginate follows Sync GET lists and Facti company_payments only")
	}
	return nil
}

func readInput(name string, stdin io.Reader) ([]byte, error) {
	data, err := readFileOrStdin(name, stdin)
	if err != nil {
		return nil, cmdutil.UsageErrorf("reading --input: %v", err)
	}
	return data, nil
}

// describeStatus is the exit-code rule for a non-2xx answer.
func statusError(resp *http.Response) error {
	msg := fmt.Errorf("%s %s answered %s", resp.Request.Method, resp.Request.URL.Path, resp.Status)
	switch {
	case resp.StatusCode == 401 || resp.StatusCode == 403:
		return cmdutil.NewError(errs.Auth, msg, "check the credentials with `mxpay auth status`")
	case resp.StatusCode == 429 || resp.StatusCode >= 500:
		return errs.Wrap(errs.Unreachable, msg)
	}
	return errs.Wrap(errs.Rejected, msg)
}
