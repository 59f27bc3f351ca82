package emulator

import (
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"sync/atomic"
	"testing"
)

// openTest opens an emulator whose state lives in the test's temp dir.
func openTest(t *testing.T, faults ...Fault) *Emulator {
	t.Helper()
	e, err := Open(Options{DBPath: filepath.Join(t.TempDir(), "emulator.db"), Faults: faults})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

// mount replaces a provider's handler. Call it before the first request.
func (e *Emulator) mount(t *testing.T, name string, h http.Handler) {
	t.Helper()
	for i := range e.providers {
		if e.providers[i].name == name {
			e.providers[i].handler = h
			return
		}
	}
	t.Fatalf("no provider %q", name)
}

// countingHandler answers 200 "ok" and counts the requests it handled.
type countingHandler struct{ calls atomic.Int32 }

func (c *countingHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	io.Copy(io.Discard, r.Body)
	c.calls.Add(1)
	w.Write([]byte("ok"))
}

func inProcessClient(e *Emulator) *http.Client {
	return &http.Client{Transport: e.Transport()}
}

// checkEnvelope asserts that resp carries provider's error envelope with
// status and message.
func checkEnvelope(t *testing.T, provider string, resp *http.Response, status int, message string) {
	t.Helper()
	defer resp.Body.Close()
	if resp.StatusCode != status {
		t.Errorf("%s: status = %d, want %d", provider, resp.StatusCode, status)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("%s: Content-Type = %q, want application/json", provider, ct)
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s: reading body: %v", provider, err)
	}
	switch provider {
	case Facti:
		var got struct {
			Result *int    `json:"result"`
			Msg    *string `json:"msg"`
		}
		if err := json.Unmarshal(body, &got); err != nil || got.Result == nil || *got.Result != 0 ||
			got.Msg == nil || *got.Msg != message {
			t.Errorf("facti body = %s (%v), want result 0 and msg %q", body, err, message)
		}
	case PagoFacil:
		var got struct {
			WS struct {
				Tx map[string]string `json:"transaccion"`
			} `json:"WebServices_Transacciones"`
		}
		if err := json.Unmarshal(body, &got); err != nil || got.WS.Tx["autorizado"] != "0" ||
			got.WS.Tx["status"] != "error" || got.WS.Tx["texto"] != message {
			t.Errorf("pagofacil body = %s (%v), want autorizado \"0\", status error and texto %q", body, err, message)
		}
	case Sync:
		var got struct {
			RID     string `json:"rid"`
			Code    int    `json:"code"`
			Status  *bool  `json:"status"`
			Message string `json:"message"`
		}
		if err := json.Unmarshal(body, &got); err != nil || got.RID == "" || got.Code != status ||
			got.Status == nil || *got.Status || got.Message != message {
			t.Errorf("sync body = %s (%v), want rid, code %d, status false and message %q", body, err, status, message)
		}
	default:
		t.Fatalf("no envelope known for provider %q", provider)
	}
}
