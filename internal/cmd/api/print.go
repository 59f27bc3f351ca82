package api

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
)

// maxBody bounds what is read of one response; raw downloads belong to the
// provider commands, which stream.
const maxBody = 64 << 20

// fetched is one response read whole: a page is read completely before it
// is printed, so a slow reader of the output (a pager) never holds the
// exchange open past --timeout.
type fetched struct {
	resp    *http.Response // its body already read and closed
	body    []byte
	sendErr error // nothing came back
	readErr error // the body broke off
}

// fetch sends r and reads its reply.
func fetch(ctx context.Context, ep *cmdutil.Endpoint, r *request, moves bool) fetched {
	resp, err := send(ctx, ep, r, moves)
	if err != nil {
		return fetched{sendErr: err}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	return fetched{resp: resp, body: body, readErr: err}
}

// printResponses prints the first reply and, with --paginate, the pages
// after it: each next page is fetched while the one before is printed.
func printResponses(ctx context.Context, opts *APIOptions, ep *cmdutil.Endpoint, req *request, pages pager, money *moneyCall) error {
	f := fetch(ctx, ep, req, money != nil)
	for {
		if f.sendErr != nil {
			return money.failed(f.sendErr)
		}
		more, verdict, err := judge(opts, &f, pages, money)
		if err != nil {
			return err
		}
		var next chan fetched
		fetchCtx, cancel := context.WithCancel(ctx)
		if more {
			next = make(chan fetched, 1)
			go func() { next <- fetch(fetchCtx, ep, req, false) }()
		}
		err = printReply(ctx, opts, &f)
		if err != nil || verdict != nil || next == nil {
			cancel()
			if next != nil {
				<-next
			}
			if err != nil {
				return err
			}
			return verdict
		}
		f = <-next
		cancel()
	}
}

// judge decides what a reply means before it is printed: err when the
// body could not be read (nothing is printed), verdict the error to
// report once it is printed, more whether another page follows (the
// request then already asks for it).
func judge(opts *APIOptions, f *fetched, pages pager, money *moneyCall) (more bool, verdict, err error) {
	resp := f.resp
	if f.readErr != nil {
		err := i18n.Errorf("reading the response: %w", cmdutil.ReportError(f.readErr))
		if money != nil {
			return false, nil, money.unknown(err)
		}
		return false, nil, err
	}
	ok := resp.StatusCode >= 200 && resp.StatusCode <= 299
	if !ok || len(f.body) == 0 || !json.Valid(f.body) {
		// An error page may echo the request (credentials, card data):
		// it is shown with the run's secrets masked.
		f.body = []byte(opts.Redactor.Text(string(f.body)))
	}
	isJSON := len(f.body) > 0 && json.Valid(f.body)
	switch {
	case money != nil && ambiguousStatus(resp.StatusCode):
		return false, money.unknown(i18n.Errorf("%s %s answered %s", resp.Request.Method, resp.Request.URL.Path, resp.Status)), nil
	case !ok:
		return false, statusError(resp), nil
	case money != nil && !isJSON:
		return false, money.unknown(i18n.Errorf("the reply could not be read as JSON")), nil
	}
	if err := envelopeError(opts.Provider, f.body); err != nil {
		return false, err, nil
	}
	more, err = pages.next(f.body)
	return more, err, nil
}

// printReply prints a reply's headers (with --include) and body.
func printReply(ctx context.Context, opts *APIOptions, f *fetched) error {
	if opts.Include {
		printHeaders(opts.IO.Out, f.resp)
	}
	return printBody(ctx, opts, f.body, len(f.body) > 0 && json.Valid(f.body))
}

func printHeaders(out io.Writer, resp *http.Response) {
	fmt.Fprintf(out, "%s %s\n", resp.Proto, resp.Status)
	names := make([]string, 0, len(resp.Header))
	for name := range resp.Header {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, v := range resp.Header[name] {
			fmt.Fprintf(out, "%s: %s\n", name, v)
		}
	}
	fmt.Fprintln(out)
}

// printBody prints JSON through the output package (--jq applies, under
// the command's context) and anything else as it came.
func printBody(ctx context.Context, opts *APIOptions, body []byte, isJSON bool) error {
	if !isJSON {
		_, err := opts.IO.Out.Write(body)
		return err
	}
	s, err := opts.Settings()
	if err != nil {
		return err
	}
	o := output.Options{Format: output.FormatJSON, JQ: s.Output.JQ, Template: s.Output.Template, Context: ctx}
	raw := func(b []byte) json.RawMessage { return b }
	return output.PrintObject[[]byte](opts.IO, o, nil, raw, body)
}

// statusError is the exit-code rule for a non-2xx answer.
func statusError(resp *http.Response) error {
	msg := i18n.Errorf("%s %s answered %s", resp.Request.Method, resp.Request.URL.Path, resp.Status)
	switch {
	case resp.StatusCode == 401 || resp.StatusCode == 403:
		return cmdutil.WithHintf(cmdutil.NewError(errs.Auth, msg, ""), "check the credentials with `mxpay auth status`")
	case resp.StatusCode == 429 || resp.StatusCode >= 500:
		return errs.Wrap(errs.Unreachable, msg)
	}
	return errs.Wrap(errs.Rejected, msg)
}

// envelopeError reads failures providers report with HTTP 200: Facti's
// result 0, PagoFácil's status "error" (a declined card is status "success":
// the request worked) and Sync's status false (whose code field carries the
// status).
func envelopeError(provider string, body []byte) error {
	switch provider {
	case "pagofacil":
		return pagofacilError(body)
	case "facti":
		var env struct {
			Result json.RawMessage `json:"result"`
			Msg    string          `json:"msg"`
		}
		if json.Unmarshal(body, &env) == nil && (string(env.Result) == "0" || string(env.Result) == `"0"`) {
			// The Facti client's error decides bad credentials (3) from other refusals (1).
			return &facti.Error{Op: "answer the request", HTTPStatus: http.StatusOK, Msg: env.Msg}
		}
	case "sync":
		var env struct {
			Status  *bool  `json:"status"`
			Code    int    `json:"code"`
			Message string `json:"message"`
		}
		if json.Unmarshal(body, &env) == nil && env.Status != nil && !*env.Status {
			kind := errs.Rejected
			switch {
			case env.Code == 401 || env.Code == 403:
				kind = errs.Auth
			case env.Code >= 500:
				kind = errs.Unreachable
			}
			return errs.New(kind, "sync answered status false (%s): %s", strconv.Itoa(env.Code), env.Message)
		}
	}
	return nil
}

func pagofacilError(body []byte) error {
	var env struct {
		WS map[string]struct {
			Status string          `json:"status"`
			Error  json.RawMessage `json:"error"`
		} `json:"WebServices_Transacciones"`
	}
	if json.Unmarshal(body, &env) != nil {
		return nil
	}
	for method, r := range env.WS {
		if r.Status != "error" {
			continue
		}
		kind := errs.Rejected
		var fields map[string]string
		if json.Unmarshal(r.Error, &fields) == nil && onlyCredentialFields(fields) {
			kind = errs.Auth
		}
		return errs.New(kind, "pagofacil %s answered status error", method)
	}
	return nil
}

// onlyCredentialFields tells a rejection of idSucursal/idUsuario (bad
// credentials) from a validation error about the request itself.
func onlyCredentialFields(fields map[string]string) bool {
	if len(fields) == 0 {
		return false
	}
	for k := range fields {
		if k != "idSucursal" && k != "idUsuario" {
			return false
		}
	}
	return true
}
