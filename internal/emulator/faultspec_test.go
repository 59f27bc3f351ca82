package emulator

import (
	"strings"
	"testing"
	"time"
)

func TestParseFaults(t *testing.T) {
	tests := []struct {
		spec string
		want []Fault
	}{
		{"", nil},
		{" ; ", nil},
		{"pagofacil:POST:/Wsrtransaccion:timeout-after-write:1",
			[]Fault{{Provider: PagoFacil, Method: "POST", Path: "/Wsrtransaccion", Kind: FaultTimeoutAfterWrite, Times: 1}}},
		{"sync:*:*:latency=200ms", []Fault{{Provider: Sync, Kind: FaultLatency, Latency: 200 * time.Millisecond}}},
		{"facti:*:*:status=503:2", []Fault{{Provider: Facti, Kind: FaultStatus, Status: 503, Times: 2}}},
		{"*:get:/v1:reset", []Fault{{Method: "GET", Path: "/v1", Kind: FaultReset}}},
		{" facti : POST : /v1/payments : reset ; sync:*:*:latency=1.5s; ", []Fault{
			{Provider: Facti, Method: "POST", Path: "/v1/payments", Kind: FaultReset},
			{Provider: Sync, Kind: FaultLatency, Latency: 1500 * time.Millisecond},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			got, err := ParseFaults(tt.spec)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d faults %v, want %v", len(got), got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("fault %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestParseFaultsNamesTheBadPart(t *testing.T) {
	tests := []struct{ spec, wantInErr string }{
		{"sync:*:*", "got 3 fields"},
		{"sync:*:*:reset:1:2", "got 6 fields"},
		{"stripe:*:*:reset", `unknown provider "stripe"`},
		{"sync:*:v1:reset", `path "v1" must start with /`},
		{"sync:*:*:explode", `unknown kind "explode"`},
		{"sync:*:*:latency", `latency "" must be a positive duration`},
		{"sync:*:*:latency=fast", `latency "fast"`},
		{"sync:*:*:latency=-1s", `latency "-1s"`},
		{"sync:*:*:status=abc", `status "abc"`},
		{"sync:*:*:status=200", "status 200 is not an HTTP error status"},
		{"sync:*:*:reset=1", "reset takes no value"},
		{"sync:*:*:reset:0", `times "0"`},
		{"sync:*:*:reset:once", `times "once"`},
		{"sync:*:*:reset; facti:*:*:nope", `fault "facti:*:*:nope"`},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			faults, err := ParseFaults(tt.spec)
			if err == nil {
				t.Fatalf("ParseFaults(%q) = %v, want an error", tt.spec, faults)
			}
			if !strings.Contains(err.Error(), tt.wantInErr) {
				t.Errorf("error %q does not contain %q", err, tt.wantInErr)
			}
		})
	}
}

func TestFaultStringRoundTrips(t *testing.T) {
	faults := []Fault{
		{Provider: PagoFacil, Method: "POST", Path: "/Wsrtransaccion", Kind: FaultTimeoutAfterWrite, Times: 1},
		{Kind: FaultLatency, Latency: 250 * time.Millisecond},
		{Provider: Facti, Kind: FaultStatus, Status: 503, Times: 2},
		{Provider: Sync, Path: "/v1/jobs", Kind: FaultReset},
	}
	for _, f := range faults {
		parsed, err := ParseFaults(f.String())
		if err != nil || len(parsed) != 1 || parsed[0] != f {
			t.Errorf("ParseFaults(%q) = %v, %v; want %+v", f.String(), parsed, err, f)
		}
	}
}
