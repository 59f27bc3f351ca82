package emulator

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	emupf "github.com/mxpay/mxpay/internal/emulator/pagofacil"
)

type pagoFacilCases struct {
	Transaccion []struct {
		Name       string            `yaml:"name"`
		Data       map[string]string `yaml:"data"`
		Documented string            `yaml:"documented"`
	} `yaml:"transaccion"`
	Verificar struct {
		Documented string `yaml:"documented"`
	} `yaml:"verificar"`
}

// pagoFacilPath is the document's URL, question mark included.
const pagoFacilPath = "/pagofacil/Wsrtransaccion/index/format/json?"

// pagoFacilCall sends method and data[...] in one of the four ways
// PagoFácil's plugins do (api-notes.md).
func pagoFacilCall(t *testing.T, root, encoding string, form url.Values) []byte {
	t.Helper()
	var req *http.Request
	var err error
	switch encoding {
	case "GET query":
		req, err = http.NewRequest(http.MethodGet, root+pagoFacilPath+form.Encode(), nil)
	case "POST urlencoded":
		req, err = http.NewRequest(http.MethodPost, root+pagoFacilPath, strings.NewReader(form.Encode()))
		if err == nil {
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
	case "POST query":
		req, err = http.NewRequest(http.MethodPost, root+pagoFacilPath+form.Encode(), nil)
	case "multipart":
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		for k := range form {
			mw.WriteField(k, form.Get(k))
		}
		mw.Close()
		req, err = http.NewRequest(http.MethodPost, root+pagoFacilPath, &b)
		if err == nil {
			req.Header.Set("Content-Type", mw.FormDataContentType())
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s: %v", encoding, err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Errorf("%s: HTTP %d", encoding, resp.StatusCode)
	}
	return readAll(t, resp)
}

func TestPagoFacilDocumentExamplesAgainstEmulatorServe(t *testing.T) {
	var cases pagoFacilCases
	loadCases(t, "pagofacil.yaml", &cases)
	if len(cases.Transaccion) != 2 {
		t.Fatalf("%d transaccion cases", len(cases.Transaccion))
	}
	root, _ := serveForConformance(t)
	verifyDoc := decodeJSON(t, "verificar (documented)", []byte(cases.Verificar.Documented))
	for _, c := range cases.Transaccion {
		form := url.Values{"method": {"transaccion"}, "data[idSucursal]": {emupf.DemoSucursal}, "data[idUsuario]": {emupf.DemoUsuario}}
		for k, v := range c.Data {
			form.Set("data["+k+"]", v)
		}
		doc := decodeJSON(t, c.Name+" (documented)", []byte(c.Documented))
		wantAuthorised := scalarText(mustAt(t, doc, "WebServices_Transacciones.transaccion.autorizado"))
		for _, enc := range []string{"GET query", "POST urlencoded", "POST query", "multipart"} {
			body := pagoFacilCall(t, root, enc, form)
			got := decodeJSON(t, c.Name, body)
			if a, _ := at(got, "WebServices_Transacciones.transaccion.autorizado"); scalarText(a) != wantAuthorised {
				t.Errorf("%s, %s: autorizado %v, the example shows %s: %s", c.Name, enc, a, wantAuthorised, body)
				continue
			}
			conforms(t, c.Name+" ("+enc+")", doc, got, false)
		}

		// verificar for the same order: the approved example; a declined
		// order has no autorizacion and must carry error instead.
		verify := url.Values{"method": {"verificar"}, "data[idPedido]": {c.Data["idPedido"]},
			"data[idUsuario]": {emupf.DemoUsuario}, "data[idSucursal]": {emupf.DemoSucursal}}
		body := pagoFacilCall(t, root, "POST urlencoded", verify)
		got := decodeJSON(t, "verificar "+c.Name, body)
		want := verifyDoc
		if wantAuthorised == "0" {
			want = decodeJSON(t, "verificar", []byte(cases.Verificar.Documented))
			v := mustAt(t, want, "WebServices_Transacciones.verificar").(map[string]any)
			delete(v, "autorizacion")
			v["error"], v["autorizado"] = "Transacci%C3%B3n+inv%C3%A1lida", "0"
		}
		conforms(t, "verificar "+c.Name, want, got, false)
		if a, _ := at(got, "WebServices_Transacciones.verificar.autorizado"); scalarText(a) != wantAuthorised {
			t.Errorf("verificar %s: autorizado %v, want %s", c.Name, a, wantAuthorised)
		}
	}
}
