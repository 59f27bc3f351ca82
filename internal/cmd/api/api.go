// Package api implements `mxpay api`: a raw authenticated request to any
// provider endpoint, for whatever the commands do not cover (like `gh api`).
package api

import (
	"context"
	"net/http"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/prompt"
	"github.com/spf13/cobra"
)

// APIOptions are `mxpay api`'s dependencies and parsed flags.
type APIOptions struct {
	IO       *output.IOStreams
	Settings func() (*cmdutil.Settings, error)
	Endpoint func(provider string) (*cmdutil.Endpoint, error)
	// SyncToken opens (or reuses) a Sync session for a user.
	SyncToken func(ctx context.Context, user string) (string, error)
	Confirm   func(cmdutil.Action) error
	Ask       func() prompt.Prompter // passwords typed here join Redactor
	Redactor  *cmdutil.Redactor

	Provider, Method, Path string
	StringFields           []string // -f key=value
	TypedFields            []string // -F key=value
	Input                  string   // --input FILE|-
	Headers                []string // -H 'Name: value'
	Paginate               bool
	Include                bool
	User                   string // Sync: use a session token for this user
}

// NewCmdAPI builds `mxpay api`; runF replaces apiRun in flag tests.
func NewCmdAPI(f *cmdutil.Factory, runF func(*APIOptions) error) *cobra.Command {
	opts := &APIOptions{
		IO:       f.IOStreams,
		Settings: f.Settings,
		Endpoint: f.Endpoint,
		SyncToken: func(ctx context.Context, user string) (string, error) {
			c, err := f.Sync()
			if err != nil {
				return "", err
			}
			return c.Token(ctx, user)
		},
		Confirm:  f.ConfirmAction,
		Ask:      f.Ask,
		Redactor: f.Redactor(),
	}
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
--input sends a body as is (a multipart one with -H 'Content-Type: multipart/form-data;
boundary=…'). The response body is printed (pretty on a terminal).

Calls that create a payment request or move money (Facti new_request, delete and
POST /v1/payments/ID; PagoFácil method=transaccion, in any encoding) are confirmed like
the commands that do the same: in production a PRODUCTION notice and a summary, and
--yes without a terminal. They are sent once, never repeated; if the answer is lost or
ambiguous (a timeout, a 3xx, a 5xx, a garbled reply), the exit code is 6: check before
sending again.

Card data (data[numeroTarjeta], data[cvt], data[mesExpiracion], data[anyoExpiracion]) is
never taken from -f/-F or the path: put it in --input, or leave it out to be prompted
for it without echo.

--paginate follows Sync lists (skip/limit) and Facti company_payments (since_id) to the end,
printing each page. Exit codes are those of every command: 3 for rejected credentials,
4 for an unreachable provider, 1 for any other non-2xx answer.`,
		Example: `  $ mxpay api sync GET /users
  $ mxpay api sync GET /transactions --user 5f1a... -f id_account=5f2b... --paginate --jq '.response[].amount'
  $ mxpay api facti POST /v1/payments/company_payments -F company_id=5 -F limit=200 --paginate
  $ mxpay api facti POST /v1/payments/company_payment_ways -f rfc=ACM010101ABC
  $ mxpay api pagofacil POST /Wsrtransaccion/index/format/json -f method=verificar -f 'data[idPedido]=ORD-1'
  $ mxpay api pagofacil POST /Wsrtransaccion/index/format/json --input charge.form --yes`,
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
			opts.Provider, opts.Method, opts.Path = args[0], strings.ToUpper(args[1]), args[2]
			if runF != nil {
				return runF(opts)
			}
			return apiRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVarP(&opts.StringFields, "raw-field", "f", nil, "add a string field `key=value`")
	fl.StringArrayVarP(&opts.TypedFields, "field", "F", nil, "add a typed field `key=value` (numbers, booleans, null, @file)")
	fl.StringVar(&opts.Input, "input", "", "send the body from `FILE` as is (- for standard input)")
	fl.StringArrayVarP(&opts.Headers, "header", "H", nil, "add a request header `'Name: value'`")
	fl.BoolVar(&opts.Paginate, "paginate", false, "follow Sync skip/limit and Facti since_id pages to the end")
	fl.BoolVarP(&opts.Include, "include", "i", false, "print the status line and response headers before the body")
	fl.StringVar(&opts.User, "user", "", "Sync: authenticate with a session token for this user `ID`")
	return cmd
}

func apiRun(ctx context.Context, opts *APIOptions) error {
	if err := validate(opts); err != nil {
		return err
	}
	req, err := newRequest(opts)
	if err != nil {
		return err
	}
	ep, err := opts.Endpoint(opts.Provider)
	if err != nil {
		return err
	}
	req.auth = authFor(opts.Provider, ep.Credentials)
	if opts.User != "" {
		token, err := opts.SyncToken(ctx, opts.User)
		if err != nil {
			return err
		}
		req.auth = syncTokenAuth(token)
	}
	money, err := prepareMoney(opts, req)
	if err != nil {
		return err
	}
	if money != nil {
		if err := opts.Confirm(money.action); err != nil {
			return err
		}
	}
	pages, err := newPager(opts, req)
	if err != nil {
		return err
	}
	return printResponses(ctx, opts, ep, req, pages, money)
}

// newRequest reads the fields and --input into a request, credentials
// aside; card data it carries joins the redactor at once.
func newRequest(opts *APIOptions) (*request, error) {
	if err := refuseCardArgs(opts); err != nil {
		return nil, err
	}
	fields, err := parseFields(opts, opts.IO.In)
	if err != nil {
		return nil, err
	}
	req := &request{method: opts.Method, path: opts.Path, fields: fields, headers: opts.Headers, provider: opts.Provider}
	if opts.Input != "" {
		if req.body, err = readInput(opts.Input, opts.IO.In); err != nil {
			return nil, err
		}
	}
	params, err := req.params()
	if err != nil {
		return nil, err
	}
	noteCardValues(opts.Redactor, params)
	return req, nil
}

// prepareMoney decides whether the request creates a payment request or
// moves money; for a charge it asks for the card data the input lacks.
func prepareMoney(opts *APIOptions, req *request) (*moneyCall, error) {
	params, err := req.params()
	if err != nil {
		return nil, err
	}
	money := moneyAction(opts.IO.Printer(), opts.Provider, opts.Method, opts.Path, params)
	if money == nil || opts.Provider != "pagofacil" {
		return money, nil
	}
	asked, err := askMissingCard(opts, params)
	if err != nil || len(asked) == 0 {
		return money, err
	}
	req.fields = append(req.fields, asked...)
	if params, err = req.params(); err != nil {
		return nil, err
	}
	return moneyAction(opts.IO.Printer(), opts.Provider, opts.Method, opts.Path, params), nil
}

func validate(opts *APIOptions) error {
	switch opts.Provider {
	case "facti", "pagofacil", "sync":
	default:
		return cmdutil.UsageErrorf("unknown provider %q; choose facti, pagofacil or sync", opts.Provider)
	}
	switch opts.Method {
	case http.MethodGet, http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch:
	default:
		return cmdutil.UsageErrorf("unsupported method %q; use GET, POST, PUT, PATCH or DELETE", opts.Method)
	}
	if opts.Input != "" && (len(opts.StringFields) > 0 || len(opts.TypedFields) > 0) && opts.Method != http.MethodGet {
		return cmdutil.UsageErrorf("--input sends the body as is; put fields in it instead of -f/-F")
	}
	if opts.User != "" && opts.Provider != "sync" {
		return cmdutil.UsageErrorf("--user is only for sync")
	}
	if opts.Paginate && !(opts.Provider == "sync" && opts.Method == http.MethodGet) && !(opts.Provider == "facti" && factiPaymentsCall(opts.Path) == "company_payments") {
		return cmdutil.UsageErrorf("--paginate follows Sync GET lists and Facti company_payments only")
	}
	return nil
}
