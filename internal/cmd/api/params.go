package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/url"
	"strings"
)

// maxPartSize bounds what is read of one multipart field when looking at a
// request's parameters; card and amount fields are short.
const maxPartSize = 1 << 20

// requestParams are the parameters a provider reads from a request, merged
// from the query string and the body in whichever encoding the body uses:
// urlencoded, multipart or JSON (nested objects flattened PHP-style, as
// data[numeroTarjeta]). A body it cannot read adds nothing.
func requestParams(query url.Values, contentType string, body []byte) url.Values {
	params := url.Values{}
	for k, vs := range query {
		params[k] = append(params[k], vs...)
	}
	media, mp, _ := mime.ParseMediaType(contentType)
	switch {
	case media == "multipart/form-data":
		addMultipart(params, body, mp["boundary"])
	case json.Valid(body) && bytes.HasPrefix(bytes.TrimSpace(body), []byte("{")):
		var obj map[string]any
		if json.Unmarshal(body, &obj) == nil {
			flattenJSON(params, "", obj)
		}
	default:
		// The PHP servers behind these APIs read a urlencoded body whatever
		// the header says; so does this.
		if form, err := url.ParseQuery(strings.TrimSpace(string(body))); err == nil {
			for k, vs := range form {
				params[k] = append(params[k], vs...)
			}
		}
	}
	return params
}

func addMultipart(params url.Values, body []byte, boundary string) {
	if boundary == "" {
		return
	}
	r := multipart.NewReader(bytes.NewReader(body), boundary)
	for {
		part, err := r.NextPart()
		if errors.Is(err, io.EOF) || err != nil {
			return
		}
		data, _ := io.ReadAll(io.LimitReader(part, maxPartSize))
		if name := part.FormName(); name != "" {
			params.Add(name, string(data))
		}
	}
}

func flattenJSON(params url.Values, prefix string, obj map[string]any) {
	for k, v := range obj {
		key := k
		if prefix != "" {
			key = prefix + "[" + k + "]"
		}
		switch t := v.(type) {
		case map[string]any:
			flattenJSON(params, key, t)
		case string:
			params.Add(key, t)
		case nil:
			params.Add(key, "")
		default:
			b, _ := json.Marshal(t)
			params.Add(key, string(b))
		}
	}
}

// param returns the first value of any of names, PHP-bracketed or not
// (data[monto] or monto).
func param(params url.Values, names ...string) string {
	for _, n := range names {
		for _, key := range []string{"data[" + n + "]", n} {
			if v := params.Get(key); v != "" {
				return v
			}
		}
	}
	return ""
}
