package emulator

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// waitFor polls cond until it holds or a generous deadline passes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestLateApplyHandlesAfterTheClientGaveUp(t *testing.T) {
	e := openTest(t, Fault{Provider: Facti, Kind: FaultLateApply, Latency: 150 * time.Millisecond})
	h := &countingHandler{}
	e.mount(t, Facti, h)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, BaseURL(Facti)+"/v1/payments/new_request", strings.NewReader("folio=1"))
	if _, err := inProcessClient(e).Do(req); err == nil {
		t.Fatal("the client got an answer before the late apply")
	}
	if h.calls.Load() != 0 {
		t.Fatal("applied before the delay")
	}
	waitFor(t, "the late apply", func() bool { return h.calls.Load() == 1 })
}

func TestLateApplyAnswersAPatientClient(t *testing.T) {
	e := openTest(t, Fault{Provider: Facti, Kind: FaultLateApply, Latency: 50 * time.Millisecond})
	h := &countingHandler{}
	e.mount(t, Facti, h)
	resp, err := inProcessClient(e).Post(BaseURL(Facti)+"/x", "text/plain", strings.NewReader("a"))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	if string(body) != "ok" || h.calls.Load() != 1 {
		t.Errorf("body %q, calls %d", body, h.calls.Load())
	}
}

func TestGatewayAnswersAtOnceAndAppliesLater(t *testing.T) {
	e := openTest(t, Fault{Provider: PagoFacil, Kind: FaultGateway, Status: 504, Latency: 100 * time.Millisecond})
	h := &countingHandler{}
	e.mount(t, PagoFacil, h)
	resp, err := inProcessClient(e).Post(BaseURL(PagoFacil)+"/Wsrtransaccion/index/format/json", "application/x-www-form-urlencoded", strings.NewReader("method=transaccion"))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 504 || !strings.Contains(string(body), "504 Gateway Timeout") || h.calls.Load() != 0 {
		t.Fatalf("status %d, body %q, calls %d: want a gateway page before anything was applied", resp.StatusCode, body, h.calls.Load())
	}
	waitFor(t, "the apply behind the gateway", func() bool { return h.calls.Load() == 1 })
}

func TestGarbleAppliesAndCutsTheReply(t *testing.T) {
	e := openTest(t, Fault{Provider: Sync, Kind: FaultGarble})
	e.mount(t, Sync, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"status":true,"response":{"id_credential":"abc"}}`)
	}))
	resp, err := inProcessClient(e).Post(BaseURL(Sync)+"/credentials", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.HasPrefix(`{"status":true,"response":{"id_credential":"abc"}}`, string(body)) || len(body) == 0 || strings.HasSuffix(string(body), "}") {
		t.Errorf("status %d, body %q: want a 200 cut short", resp.StatusCode, body)
	}
}

func TestEchoReflectsTheRequestWithoutHandling(t *testing.T) {
	e := openTest(t, Fault{Provider: Facti, Kind: FaultEcho, Status: 403})
	h := &countingHandler{}
	e.mount(t, Facti, h)
	resp, err := inProcessClient(e).Post(BaseURL(Facti)+"/v1/payments/new_request", "application/x-www-form-urlencoded", strings.NewReader("client_id=abc123&api_key=k_999"))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 403 || !strings.Contains(string(body), "api_key=k_999") || h.calls.Load() != 0 {
		t.Errorf("status %d, calls %d, body %q", resp.StatusCode, h.calls.Load(), body)
	}
}

func TestParseNewFaultKinds(t *testing.T) {
	faults, err := ParseFaults("facti:POST:/v1/payments/new_request:late-apply=2s:3; pagofacil:*:*:gateway=504+12s; sync:*:*:garble; *:*:*:echo=403")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range faults {
		got = append(got, f.String())
	}
	want := "facti:POST:/v1/payments/new_request:late-apply=2s:3 pagofacil:*:*:gateway=504+12s sync:*:*:garble *:*:*:echo=403"
	if strings.Join(got, " ") != want {
		t.Errorf("round trip = %q, want %q", strings.Join(got, " "), want)
	}
	for _, bad := range []string{"*:*:*:late-apply=0s", "*:*:*:gateway=504+x", "*:*:*:gateway=200+1s", "*:*:*:garble=1"} {
		if _, err := ParseFaults(bad); err == nil {
			t.Errorf("ParseFaults(%q) accepted it", bad)
		}
	}
}
