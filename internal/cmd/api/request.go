package api

import (
	"bytes"
	"context"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
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

// encoded is a request's URL and body before headers.
type encoded struct {
	url         *url.URL
	body        []byte // nil for GET and DELETE
	contentType string
}

// encode lays the fields out as the provider reads them: in the query for
// GET/DELETE, otherwise a form (facti, pagofacil) or JSON (sync) body.
// withAuth adds the credentials; without them the result is what the user
// asked for, to be judged (moneyAction) or summarised.
func (r *request) encode(base string, withAuth bool) (*encoded, error) {
	u, err := url.Parse(strings.TrimRight(base, "/") + "/" + strings.TrimLeft(r.path, "/"))
	if err != nil {
		return nil, cmdutil.UsageErrorf("invalid path %q: %v", r.path, err)
	}
	all := append([]field{}, r.fields...)
	if withAuth {
		all = append(all, r.auth.fields...)
	}
	if r.method == http.MethodGet || r.method == http.MethodDelete {
		q := u.Query()
		for _, f := range all {
			q.Add(f.key, formValue(f.value))
		}
		u.RawQuery = q.Encode()
		return &encoded{url: u}, nil
	}
	data, ct, err := r.encodeBody(all)
	if err != nil {
		return nil, err
	}
	return &encoded{url: u, body: data, contentType: ct}, nil
}

// params are every parameter the provider may read, credentials aside:
// those of the request as encoded, and those of --input read as its
// Content-Type (or its look) says, since a server may read it that way.
func (r *request) params() (url.Values, error) {
	e, err := r.encode("http://provider", false)
	if err != nil {
		return nil, err
	}
	params := requestParams(e.url.Query(), e.contentType, e.body)
	for k, vs := range requestParams(nil, r.header("Content-Type"), r.body) {
		params[k] = append(params[k], vs...)
	}
	return params, nil
}

// build turns the request into HTTP, credentials included.
func (r *request) build(ctx context.Context, base string) (*http.Request, error) {
	e, err := r.encode(base, true)
	if err != nil {
		return nil, err
	}
	var body io.Reader
	if e.body != nil {
		body = bytes.NewReader(e.body)
	}
	req, err := http.NewRequestWithContext(ctx, r.method, e.url.String(), body)
	if err != nil {
		return nil, cmdutil.UsageErrorf("building the request: %v", err)
	}
	if e.contentType != "" {
		req.Header.Set("Content-Type", e.contentType)
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

// header returns the value of a -H header, or "".
func (r *request) header(name string) string {
	for _, h := range r.headers {
		if n, v, ok := strings.Cut(h, ":"); ok && strings.EqualFold(strings.TrimSpace(n), name) {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func (r *request) encodeBody(all []field) ([]byte, string, error) {
	if r.provider == "sync" {
		if r.body != nil {
			return r.body, "application/json", nil
		}
		data, err := jsonBody(r.fields)
		return data, "application/json", err
	}
	if ct := r.header("Content-Type"); r.body != nil && strings.HasPrefix(strings.ToLower(ct), "multipart/form-data") {
		data, err := addMultipartFields(r.body, ct, all)
		return data, ct, err
	}
	form := url.Values{}
	if r.body != nil {
		parsed, err := url.ParseQuery(strings.TrimSpace(string(r.body)))
		if err != nil {
			return nil, "", cmdutil.UsageErrorf("--input for %s must be a urlencoded form (or multipart with -H 'Content-Type: multipart/form-data; boundary=…'): %v", r.provider, err)
		}
		form = parsed
	}
	for _, f := range all {
		form.Add(f.key, formValue(f.value))
	}
	return []byte(form.Encode()), "application/x-www-form-urlencoded", nil
}

// addMultipartFields copies a multipart body given with --input and appends
// fields (the credentials, prompted card data) as more parts, keeping the
// boundary the Content-Type header names.
func addMultipartFields(body []byte, contentType string, fields []field) ([]byte, error) {
	_, mp, err := mime.ParseMediaType(contentType)
	if err != nil || mp["boundary"] == "" {
		return nil, cmdutil.UsageErrorf("-H Content-Type: multipart/form-data needs a boundary")
	}
	var out bytes.Buffer
	w := multipart.NewWriter(&out)
	if err := w.SetBoundary(mp["boundary"]); err != nil {
		return nil, cmdutil.UsageErrorf("multipart boundary: %v", err)
	}
	rd := multipart.NewReader(bytes.NewReader(body), mp["boundary"])
	for {
		part, err := rd.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, cmdutil.UsageErrorf("--input is not the multipart body its Content-Type says: %v", err)
		}
		dst, err := w.CreatePart(part.Header)
		if err != nil {
			return nil, err
		}
		if _, err := io.Copy(dst, part); err != nil {
			return nil, cmdutil.UsageErrorf("reading --input: %v", err)
		}
	}
	for _, f := range fields {
		if err := w.WriteField(f.key, formValue(f.value)); err != nil {
			return nil, err
		}
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// send makes one request. Facti's company_payments search is safe to
// repeat; a call that may move money is never repeated, whatever its method.
func send(ctx context.Context, ep *cmdutil.Endpoint, r *request, moves bool) (*http.Response, error) {
	req, err := r.build(ctx, ep.BaseURL)
	if err != nil {
		return nil, err
	}
	client := ep.Client
	switch {
	case moves:
		client = ep.OnceClient()
	case r.provider == "facti" && factiPaymentsCall(r.path) == "company_payments":
		req = cmdutil.AllowRetry(req)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, cmdutil.ReportError(err)
	}
	return resp, nil
}
