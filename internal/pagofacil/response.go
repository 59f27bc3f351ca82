package pagofacil

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"

	"github.com/mxpay/mxpay/internal/i18n"
)

// Outcome is what a reply means.
type Outcome string

const (
	OutcomeApproved   Outcome = "approved"
	OutcomeDeclined   Outcome = "declined"
	OutcomeValidation Outcome = "validation_failed"
	OutcomeNotFound   Outcome = "not_found"
	OutcomeUnknown    Outcome = "unknown"
)

// Result is a decoded transaccion or verificar object. Raw is the object
// exactly as PagoFácil sent it, for -o json.
type Result struct {
	Outcome       Outcome
	Authorization string // autorizacion
	Transaction   string // transaccion
	Text          string // texto
	Message       string // pf_message
	Status        string
	Mode          string
	Reason        string      // error as a string, URL-decoded
	Fields        FieldErrors // error as an object
	CardType      string      // TipoTC
	MaskedCard    string      // dataVal.numeroTarjeta, e.g. "(16) **** **** ****2123"
	Amount        string      // monto as sent back
	OrderID       string      // idPedido
	TransIni      string
	TransFin      string
	Raw           json.RawMessage
}

// fields decodes a JSON object leniently: PagoFácil sends strings, but a
// number or boolean is kept as its text rather than failing the decode.
type fields map[string]json.RawMessage

func (f fields) str(key string) string {
	raw, ok := f[key]
	if !ok {
		return ""
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s
	}
	t := strings.TrimSpace(string(raw))
	if t == "null" || strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[") {
		return ""
	}
	return t
}

func (f fields) object(key string) fields {
	var out fields
	if raw, ok := f[key]; ok {
		_ = json.Unmarshal(raw, &out) // a non-object stays nil
	}
	return out
}

// decodeEnvelope returns the raw inner object of
// WebServices_Transacciones.<method>. Its errors never quote the body: the
// caller adds an excerpt masked by the run's redactor (see Client.call),
// since a page that is not PagoFácil's may echo the request, card and all.
func decodeEnvelope(body []byte, method string) (json.RawMessage, fields, error) {
	var env struct {
		WS map[string]json.RawMessage `json:"WebServices_Transacciones"`
	}
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, nil, unexpected(i18n.Errorf("the body is not JSON"))
	}
	raw, ok := env.WS[method]
	fellBack := false
	if !ok {
		// Some errors (an unknown method, the emulator's 404) come under
		// "transaccion" whatever was asked.
		raw, ok = env.WS["transaccion"]
		fellBack = method != "transaccion"
	}
	if !ok {
		return nil, nil, unexpected(i18n.Errorf("no WebServices_Transacciones.%s object", method))
	}
	var f fields
	if err := json.Unmarshal(raw, &f); err != nil || f == nil {
		return nil, nil, unexpected(i18n.Errorf("WebServices_Transacciones.%s is not an object", method))
	}
	if fellBack && f.str("transaccion") != "" && f.str("transaccion") != "n/a" {
		// Only errors come under the wrong name: a transaction there is
		// not an answer to the question asked.
		return nil, nil, unexpected(i18n.Errorf("a transaccion object with a transaction in reply to %s", method))
	}
	return raw, f, nil
}

// decodeResult fills a Result from the inner object, without judging it.
func decodeResult(raw json.RawMessage, f fields) *Result {
	r := &Result{
		Authorization: f.str("autorizacion"),
		Transaction:   f.str("transaccion"),
		Text:          f.str("texto"),
		Message:       f.str("pf_message"),
		Status:        f.str("status"),
		Mode:          f.str("mode"),
		CardType:      f.str("TipoTC"),
		TransIni:      f.str("TransIni"),
		TransFin:      f.str("TransFin"),
	}
	data, val := f.object("data"), f.object("dataVal")
	r.Raw = scrubCredentials(raw, data)
	r.MaskedCard = val.str("numeroTarjeta")
	r.Amount = firstNonEmpty(val.str("monto"), data.str("monto"))
	r.OrderID = firstNonEmpty(data.str("idPedido"), val.str("idPedido"))
	if r.CardType == "" {
		r.CardType = val.str("tipoTarjeta")
	}
	// error is a URL-encoded string for a decline and an object of
	// field → message for validation failures.
	if e, ok := f["error"]; ok {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(e, &obj); err == nil {
			m := map[string]string{}
			for k, v := range obj {
				m[k] = decodeText(fields{"v": v}.str("v"))
			}
			r.Fields = sortedFieldErrors(m)
		} else {
			r.Reason = decodeText(f.str("error"))
		}
	}
	return r
}

// decodeText undoes PagoFácil's URL encoding ("Transacci%C3%B3n+inv%C3%A1lida").
// Plain text is left alone: "+" only means a space when the text is encoded.
func decodeText(s string) string {
	if !strings.Contains(s, "%") && strings.Contains(s, " ") {
		return s
	}
	if d, err := url.QueryUnescape(s); err == nil {
		return d
	}
	return s
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// isCredentialField tells the fields whose rejection means bad credentials.
func isCredentialField(name string) bool { return name == "idSucursal" || name == "idUsuario" }

// onlyCredentials reports whether every field error is about credentials.
func onlyCredentials(fe FieldErrors) bool {
	for _, e := range fe {
		if !isCredentialField(e.Field) {
			return false
		}
	}
	return len(fe) > 0
}

func (fe FieldErrors) joined() string {
	var parts []string
	for _, e := range fe {
		parts = append(parts, e.Field+": "+e.Message)
	}
	return strings.Join(parts, "; ")
}

// scrubCredentials masks the idSucursal and idUsuario PagoFácil echoes in
// data (truncated, but still a good part of a secret), so that printing Raw
// never shows them. Everything else stays byte for byte as sent.
func scrubCredentials(raw json.RawMessage, data fields) json.RawMessage {
	out := raw
	for _, key := range []string{"idSucursal", "idUsuario"} {
		v, ok := data[key]
		if !ok || len(data.str(key)) < 4 {
			continue
		}
		out = bytes.ReplaceAll(out, v, []byte(`"***"`))
	}
	return out
}
