package pagofacil

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/emulator/state"
)

const visaNumber = "4111111111111111"

func newServer(t *testing.T) (http.Handler, *state.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "emulator.db")
	st, err := state.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return New(st), st, path
}

func chargeForm(orderID, number, cvv string) url.Values {
	v := url.Values{"method": {"transaccion"}}
	for k, val := range map[string]string{
		"nombre": "Jon", "apellidos": "Snow", "numeroTarjeta": number, "cvt": cvv, "cp": "48219",
		"mesExpiracion": "08", "anyoExpiracion": "99", "monto": "1599.00", "idSucursal": DemoSucursal,
		"idUsuario": DemoUsuario, "idServicio": "3", "email": "jon@example.com", "telefono": "55751875",
		"celular": "5530996234", "calleyNumero": "Valle del Don", "colonia": "Del Valle", "municipio": "Tecamac",
		"estado": "Sonora", "pais": "México", "idPedido": orderID,
	} {
		v.Set("data["+k+"]", val)
	}
	return v
}

type reply struct {
	WS map[string]map[string]any `json:"WebServices_Transacciones"`
}

func do(t *testing.T, h http.Handler, req *http.Request) (int, map[string]any, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var r reply
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatalf("reply %s: %v", rec.Body, err)
	}
	for _, obj := range r.WS {
		return rec.Code, obj, rec.Body.String()
	}
	t.Fatalf("empty reply %s", rec.Body)
	return 0, nil, ""
}

func postForm(v url.Values) *http.Request {
	req := httptest.NewRequest(http.MethodPost, Path, strings.NewReader(v.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return req
}

func TestFourEncodingsAreAccepted(t *testing.T) {
	h, _, _ := newServer(t)
	multi := func(v url.Values) *http.Request {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		for k := range v {
			mw.WriteField(k, v.Get(k))
		}
		mw.Close()
		req := httptest.NewRequest(http.MethodPost, Path, &buf)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		return req
	}
	encodings := map[string]func(url.Values) *http.Request{
		"get":       func(v url.Values) *http.Request { return httptest.NewRequest(http.MethodGet, Path+"?"+v.Encode(), nil) },
		"post body": postForm,
		"post query": func(v url.Values) *http.Request {
			return httptest.NewRequest(http.MethodPost, Path+"?"+v.Encode(), nil)
		},
		"multipart": multi,
	}
	for name, build := range encodings {
		code, obj, _ := do(t, h, build(chargeForm("enc-"+strings.ReplaceAll(name, " ", "")+"-approve", visaNumber, "123")))
		if code != 200 || obj["autorizado"] != "1" || obj["status"] != "success" {
			t.Errorf("%s: %d %v", name, code, obj)
		}
	}
}

func TestAllValuesAreStringsAndCardIsBlanked(t *testing.T) {
	h, _, path := newServer(t)
	_, _, body := do(t, h, postForm(chargeForm("blank-approve", visaNumber, "987")))
	var strict struct {
		WS struct {
			T map[string]json.RawMessage `json:"transaccion"`
		} `json:"WebServices_Transacciones"`
	}
	json.Unmarshal([]byte(body), &strict)
	for k, raw := range strict.WS.T {
		if raw[0] != '"' && k != "data" && k != "dataVal" {
			t.Errorf("%s is not a string: %s", k, raw)
		}
	}
	var data map[string]string
	if err := json.Unmarshal(strict.WS.T["data"], &data); err != nil {
		t.Errorf("data has non-string values: %v", err)
	}
	if data["numeroTarjeta"] != "" || data["cvt"] != "" || data["bin"] != "411111" {
		t.Errorf("data not blanked: %v", data)
	}
	if !strings.Contains(body, `"(16) **** **** ****1111"`) || !strings.Contains(body, `"(3) ***"`) {
		t.Errorf("dataVal not masked: %s", body)
	}
	if strings.Contains(body, visaNumber) || strings.Contains(body, `"987"`) || strings.Contains(body, DemoSucursal) {
		t.Errorf("reply leaks card or credentials: %s", body)
	}
	db, _ := os.ReadFile(path)
	if bytes.Contains(db, []byte(visaNumber)) || bytes.Contains(db, []byte(`"987"`)) {
		t.Error("the state file holds the card number or CVV")
	}
}

func TestValidationErrorsAreAnObject(t *testing.T) {
	h, _, _ := newServer(t)
	v := chargeForm("val-1", "4111111111111112", "12")
	v.Del("data[mesExpiracion]")
	v.Set("data[monto]", "10.001")
	_, obj, _ := do(t, h, postForm(v))
	errs, ok := obj["error"].(map[string]any)
	if !ok || obj["autorizado"] != "0" || obj["transaccion"] != "n/a" || !strings.HasPrefix(obj["texto"].(string), "Error en las Validaciones") {
		t.Fatalf("reply %v", obj)
	}
	for _, f := range []string{"mesExpiracion", "numeroTarjeta", "cvt", "monto"} {
		if errs[f] == nil {
			t.Errorf("no error for %s: %v", f, errs)
		}
	}
	v = chargeForm("val-2-approve", visaNumber, "123")
	v.Set("data[monto]", "0.99")
	if _, obj, _ = do(t, h, postForm(v)); obj["error"].(map[string]any)["monto"] == nil {
		t.Errorf("below the minimum: %v", obj)
	}
	if errs["mesExpiracion"] != "Falta el campo: 'mesExpiracion'" {
		t.Errorf("mesExpiracion: %v", errs["mesExpiracion"])
	}
}

func TestWrongCredentialsAreRejected(t *testing.T) {
	h, st, _ := newServer(t)
	v := chargeForm("cred-approve", visaNumber, "123")
	v.Set("data[idUsuario]", "someone-else")
	_, obj, _ := do(t, h, postForm(v))
	errs, _ := obj["error"].(map[string]any)
	if obj["autorizado"] != "0" || errs["idUsuario"] == nil || len(errs) != 1 {
		t.Errorf("reply %v", obj)
	}
	if cs, _ := Charges(st); len(cs) != 0 {
		t.Errorf("charged with wrong credentials: %v", cs)
	}
}

func TestOutcomeRule(t *testing.T) {
	h, _, _ := newServer(t)
	// Find an order id of each parity, so the hash rule itself is covered.
	var even, odd string
	for i := 0; even == "" || odd == ""; i++ {
		id := "hash" + string(rune('a'+i%26)) + strings.Repeat("x", i/26)
		if Approves(id) {
			even = id
		} else {
			odd = id
		}
	}
	cases := []struct {
		order, number, cvv, want string
	}{
		{even, visaNumber, "123", "1"},
		{odd, visaNumber, "123", "0"},
		{"x-decline", "5555555555554444", "123", "0"},
		{"x-approve", "5555555555554444", "123", "1"},
		{"y-decline", "378282246310005", "1234", "1"}, // Amex: approved when valid
	}
	for _, c := range cases {
		_, obj, _ := do(t, h, postForm(chargeForm(c.order, c.number, c.cvv)))
		if obj["autorizado"] != c.want || obj["status"] != "success" {
			t.Errorf("%s %s: %v", c.order, c.number[:4], obj)
		}
		if c.want == "0" && (obj["error"] != "Transacci%C3%B3n+inv%C3%A1lida" || obj["pf_message"] != "Transaccion denegada") {
			t.Errorf("decline shape: %v", obj)
		}
	}
}

func TestVerifyReturnsLastResult(t *testing.T) {
	h, st, _ := newServer(t)
	verify := func(order string) map[string]any {
		v := url.Values{"method": {"verificar"}, "data[idPedido]": {order}, "data[idSucursal]": {DemoSucursal}, "data[idUsuario]": {DemoUsuario}}
		_, obj, _ := do(t, h, postForm(v))
		return obj
	}
	if got := verify("ord-1-approve"); got["status"] != "0" || got["transaccion"] != nil {
		t.Errorf("unknown order: %v", got)
	}
	do(t, h, postForm(chargeForm("ord-1-approve", visaNumber, "123")))
	got := verify("ord-1-approve")
	dv := got["dataVal"].(map[string]any)
	if got["autorizado"] != "1" || got["status"] != "1" || got["transaccion"] == nil || dv["monto"] != "1599.00" || got["TipoTC"] != "Visa" {
		t.Errorf("found: %v", got)
	}
	// The store persists across handlers over the same file.
	if cs, _ := Charges(st); len(cs) != 1 || cs[0].OrderID != "ord-1-approve" || !cs[0].Approved {
		t.Errorf("charges %+v", cs)
	}
	if got := verify("ord-1-approve"); New(st) == nil || got["autorizado"] != "1" {
		t.Error("verify after reopen")
	}
}
