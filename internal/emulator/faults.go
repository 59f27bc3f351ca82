package emulator

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// FaultKind says how a fault disturbs a request.
type FaultKind int

const (
	// FaultLatency waits Fault.Latency before handling the request. A
	// request whose client has given up by then (a timeout shorter than
	// the latency) is not handled at all, over a socket as in-process:
	// nothing is applied. Use FaultLateApply for a request that is applied
	// after its client gave up.
	FaultLatency FaultKind = iota + 1
	// FaultStatus answers Fault.Status in the provider's error envelope
	// without handling the request.
	FaultStatus
	// FaultTimeoutAfterWrite handles the request (its effects are applied)
	// and then never answers: the client times out not knowing the outcome.
	FaultTimeoutAfterWrite
	// FaultReset resets the connection without handling the request.
	FaultReset
	// FaultLateApply applies the request Fault.Latency after it arrived and
	// only then answers: a client with a shorter timeout gives up, and the
	// request is applied anyway, later. (FaultLatency, by contrast, does
	// not handle a request whose client has gone.)
	FaultLateApply
	// FaultGateway answers Fault.Status at once with a gateway's HTML page
	// (not the provider's envelope) and applies the request Fault.Latency
	// later, as a proxy that timed out on a slow upstream does.
	FaultGateway
	// FaultGarble handles the request and answers 200 with a body cut off
	// in the middle: the outcome is in the state, unreadable on the wire.
	FaultGarble
	// FaultEcho answers Fault.Status with an HTML page that reflects the
	// request back (method, headers, body), as some WAFs and proxies do,
	// without handling it.
	FaultEcho
	faultKinds = FaultEcho // the last kind
)

// String is the kind's name in fault specs.
func (k FaultKind) String() string {
	switch k {
	case FaultLatency:
		return "latency"
	case FaultStatus:
		return "status"
	case FaultTimeoutAfterWrite:
		return "timeout-after-write"
	case FaultReset:
		return "reset"
	case FaultLateApply:
		return "late-apply"
	case FaultGateway:
		return "gateway"
	case FaultGarble:
		return "garble"
	case FaultEcho:
		return "echo"
	}
	return fmt.Sprintf("FaultKind(%d)", int(k))
}

// Fault disturbs the requests it matches. Empty Provider, Method and Path
// match anything.
type Fault struct {
	Provider string        // "facti", "pagofacil", "sync" or "" for any
	Method   string        // HTTP method, or "" for any
	Path     string        // path prefix within the provider, e.g. "/v1/payments/new_request"
	Kind     FaultKind     // what happens
	Latency  time.Duration // FaultLatency, FaultLateApply, FaultGateway: the delay
	Status   int           // FaultStatus, FaultGateway, FaultEcho: the HTTP status, 400 to 599
	Times    int           // disturb only the first Times matching requests; 0 means all
}

// String renders f in the syntax ParseFaults reads.
func (f Fault) String() string {
	kind := f.Kind.String()
	switch f.Kind {
	case FaultLatency, FaultLateApply:
		kind += "=" + f.Latency.String()
	case FaultStatus, FaultEcho:
		kind += "=" + strconv.Itoa(f.Status)
	case FaultGateway:
		kind += "=" + strconv.Itoa(f.Status) + "+" + f.Latency.String()
	}
	spec := strings.Join([]string{orAny(f.Provider), orAny(f.Method), orAny(f.Path), kind}, ":")
	if f.Times > 0 {
		spec += ":" + strconv.Itoa(f.Times)
	}
	return spec
}

func orAny(s string) string {
	if s == "" {
		return "*"
	}
	return s
}

func (f Fault) validate() error {
	if f.Provider != "" && !slices.Contains(Providers(), f.Provider) {
		return fmt.Errorf("unknown provider %q; use facti, pagofacil, sync or *", f.Provider)
	}
	if f.Path != "" && !strings.HasPrefix(f.Path, "/") {
		return fmt.Errorf("path %q must start with / (or be * for any path)", f.Path)
	}
	if f.Times < 0 {
		return fmt.Errorf("times %d must not be negative", f.Times)
	}
	switch f.Kind {
	case FaultLatency, FaultLateApply:
		if f.Latency <= 0 {
			return errors.New("the delay must be a positive duration such as 200ms")
		}
	case FaultStatus, FaultEcho:
		if f.Status < 400 || f.Status > 599 {
			return fmt.Errorf("status %d is not an HTTP error status (400 to 599)", f.Status)
		}
	case FaultGateway:
		if f.Status < 400 || f.Status > 599 || f.Latency < 0 {
			return fmt.Errorf("gateway wants CODE+DELAY with CODE 400 to 599, e.g. 504+12s")
		}
	case FaultTimeoutAfterWrite, FaultReset, FaultGarble:
	default:
		return fmt.Errorf("unknown kind %s; %s", f.Kind, kindList)
	}
	return nil
}

func (f Fault) matches(provider, method, path string) bool {
	return (f.Provider == "" || f.Provider == provider) &&
		(f.Method == "" || strings.EqualFold(f.Method, method)) &&
		strings.HasPrefix(path, f.Path)
}

// faultInjector picks the fault for each request and counts uses, so that
// a fault with Times stops after that many requests.
type faultInjector struct {
	mu     sync.Mutex
	faults []Fault
	used   []int // uses of faults[i]
}

func (fi *faultInjector) set(faults []Fault) {
	fi.mu.Lock()
	defer fi.mu.Unlock()
	fi.faults = slices.Clone(faults)
	fi.used = make([]int, len(faults))
}

// take returns the first fault that matches and has uses left, counting
// the use.
func (fi *faultInjector) take(provider, method, path string) (Fault, bool) {
	fi.mu.Lock()
	defer fi.mu.Unlock()
	for i, f := range fi.faults {
		if f.Times > 0 && fi.used[i] >= f.Times {
			continue
		}
		if f.Kind < FaultLatency || f.Kind > faultKinds || !f.matches(provider, method, path) {
			continue
		}
		fi.used[i]++
		return f, true
	}
	return Fault{}, false
}
