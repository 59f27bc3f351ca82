package pagofacil

import (
	"errors"
	"mime"
	"net"
	"net/http"
	"strings"
)

// params are one request's method and data[...] fields, and where it came
// from: the service reports the address it sees (dataVal.ip,
// paisDetectedIP) and whether it came over https.
type params struct {
	method   string
	data     map[string]string
	remoteIP string
	https    bool
}

// readParams accepts the four encodings official plugins send: GET with a
// query string, POST with an urlencoded body, POST with every key in the
// query string, and multipart/form-data. For an urlencoded body, body
// values win over the query's.
func readParams(r *http.Request) (*params, error) {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var err error
	if ct == "multipart/form-data" {
		err = r.ParseMultipartForm(1 << 20)
	} else {
		err = r.ParseForm()
	}
	if err != nil && !errors.Is(err, http.ErrNotMultipart) {
		return nil, err
	}
	p := &params{method: strings.TrimSpace(r.Form.Get("method")), data: map[string]string{}, https: r.TLS != nil}
	if host, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		p.remoteIP = host
	}
	for key, values := range r.Form {
		inner, ok := strings.CutPrefix(key, "data[")
		if !ok || !strings.HasSuffix(inner, "]") || len(values) == 0 {
			continue
		}
		p.data[strings.TrimSuffix(inner, "]")] = values[0]
	}
	return p, nil
}

// authorised reports whether the credentials are the demo ones.
func (p *params) authorised() bool {
	return p.data["idSucursal"] == DemoSucursal && p.data["idUsuario"] == DemoUsuario
}

// credentialErrors is the reply for wrong credentials. The real wording is
// unknown; the shape is the validation object, on the credential fields.
func (p *params) credentialErrors() map[string]string {
	errs := map[string]string{}
	for _, f := range []string{"idSucursal", "idUsuario"} {
		if strings.TrimSpace(p.data[f]) == "" {
			errs[f] = "Falta el campo: '" + f + "'"
		}
	}
	if len(errs) == 0 {
		errs["idUsuario"] = "El usuario o la sucursal no existen o no están relacionados"
	}
	return errs
}
