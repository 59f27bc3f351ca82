package api

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/httpx"
)

// auth is how a provider authenticates: extra form fields or a header.
type auth struct {
	fields []field
	header string
}

func authFor(provider string, creds map[string]string) auth {
	switch provider {
	case "facti":
		return auth{fields: []field{{"client_id", creds["client_id"]}, {"api_key", creds["api_key"]}}}
	case "pagofacil":
		return auth{fields: []field{{"data[idSucursal]", creds["sucursal"]}, {"data[idUsuario]", creds["usuario"]}}}
	}
	return auth{header: "API_KEY api_key=" + creds["api_key"]}
}

func syncTokenAuth(token string) auth { return auth{header: "TOKEN token=" + token} }

type request struct {
	provider, method, path string
	fields                 []field
	body                   []byte // --input
	headers                []string
	auth                   auth
}

// build turns the request into HTTP: fields in the query for GET/DELETE,
// otherwise a form (facti, pagofacil) or JSON (sync) body.
func (r *request) build(ctx context.Context, base string) (*http.Request, error) {
	u, err := url.Parse(strings.TrimRight(base, "/") + "/" + strings.TrimLeft(r.path, "/"))
	if err != nil {
		return nil, cmdutil.UsageErrorf("invalid path %q: %v", r.path, err)
	}
	all := append(append([]field{}, r.fields...), r.auth.fields...)
	var body io.Reader
	contentType := ""
	if r.method == http.MethodGet || r.method == http.MethodDelete {
		q := u.Query()
		for _, f := range all {
			q.Add(f.key, formValue(f.value))
		}
		u.RawQuery = q.Encode()
	} else {
		data, ct, err := r.encodeBody(all)
		if err != nil {
			return nil, err
		}
		body, contentType = bytes.NewReader(data), ct
	}
	req, err := http.NewRequestWithContext(ctx, r.method, u.String(), body)
	if err != nil {
		return nil, cmdutil.UsageErrorf("building the request: %v", err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	req.Header.Set("Accept", "application/json")
	if r.auth.header != "" {
		req.Header.Set("Authorization", r.auth.header)
	}
	for _, h := range r.headers {
		name, value, ok := strings.Cut(h, ":")
		if !ok || strings.TrimSpace(name) == "" {
			return nil, cmdutil.UsageErrorf("-H wants 'Name: value', got %q", name)
		}
		req.Header.Set(strings.TrimSpace(name), strings.TrimSpace(value))
	}
	return req, nil
}

func (r *request) encodeBody(all []field) ([]byte, string, error) {
	if r.provider == "sync" {
		if r.body != nil {
			return r.body, "application/json", nil
		}
		data, err := jsonBody(r.fields)
		return data, "application/json", err
	}
	form := url.Values{}
	if r.body != nil {
		parsed, err := url.ParseQuery(strings.TrimSpace(string(r.body)))
		if err != nil {
			return nil, "", cmdutil.UsageErrorf("--input for %s must be a urlencoded form: %v", r.provider, err)
		}
		form = parsed
	}
	for _, f := range all {
		form.Add(f.key, formValue(f.value))
	}
	return []byte(form.Encode()), "application/x-www-form-urlencoded", nil
}

// send makes one request. Facti's company_payments search is safe to
// retry; everything else follows httpx's rule (GET only).
func send(ctx context.Context, client *http.Client, base string, r *request) (*http.Response, error) {
	req, err := r.build(ctx, base)
	if err != nil {
		return nil, err
	}
	if r.provider == "facti" && strings.HasSuffix(strings.TrimRight(r.path, "/"), "company_payments") {
		req = httpx.AllowRetry(req)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, httpx.UnwrapURLError(err)
	}
	return resp, nil
}
