package pagofacil

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestUnknownPathAnswersPagoFacilEnvelope(t *testing.T) {
	rec := httptest.NewRecorder()
	New(nil).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/nothing?method=transaccion", nil))

	if rec.Code != http.StatusNotFound {
		t.Errorf("status = %d, want 404", rec.Code)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type = %q, want application/json", ct)
	}
	// Decoding into map[string]string fails if any value is not a string,
	// which is the property PagoFácil clients rely on.
	var got struct {
		WS struct {
			Transaccion map[string]string `json:"transaccion"`
		} `json:"WebServices_Transacciones"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatalf("body %s does not have string values only: %v", rec.Body, err)
	}
	want := map[string]string{
		"autorizado": "0",
		"status":     "error",
		"texto":      "Recurso no encontrado",
		"error":      "Recurso+no+encontrado",
	}
	tx := got.WS.Transaccion
	if len(tx) != len(want) {
		t.Errorf("transaccion = %v, want %v", tx, want)
	}
	for k, v := range want {
		if tx[k] != v {
			t.Errorf("transaccion[%q] = %q, want %q", k, tx[k], v)
		}
	}
}

func TestWriteErrorURLEncodesAccents(t *testing.T) {
	rec := httptest.NewRecorder()
	WriteError(rec, http.StatusServiceUnavailable, "Transacción inválida")
	var got envelope
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if e := got.WebServicesTransacciones.Transaccion.Error; e != "Transacci%C3%B3n+inv%C3%A1lida" {
		t.Errorf("error = %q, want Transacci%%C3%%B3n+inv%%C3%%A1lida", e)
	}
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("status = %d, want 503", rec.Code)
	}
}
