package api

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"

	"github.com/mxpay/mxpay/internal/errs"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/output"
)

// maxBody bounds what is read of one response; raw downloads belong to the
// provider commands, which stream.
const maxBody = 64 << 20

// printResponse prints one page and reports whether another follows.
func printResponse(f *cmdutil.Factory, opts *options, resp *http.Response, pages pager) (bool, error) {
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err != nil {
		return false, fmt.Errorf("reading the response: %w", err)
	}
	out := f.IOStreams.Out
	if opts.include {
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
	if json.Valid(body) && len(body) > 0 {
		s, err := f.Settings()
		if err != nil {
			return false, err
		}
		o := output.Options{Format: output.FormatJSON, JQ: s.Output.JQ}
		raw := func(b []byte) json.RawMessage { return b }
		if err := output.PrintObject[[]byte](f.IOStreams, o, nil, raw, body); err != nil {
			return false, err
		}
	} else if _, err := out.Write(body); err != nil {
		return false, err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return false, statusError(resp)
	}
	if err := envelopeError(opts.provider, body); err != nil {
		return false, err
	}
	return pages.next(body), nil
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
			return errs.New(kind, "sync answered status false (%d): %s", env.Code, env.Message)
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
