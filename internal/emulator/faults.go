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
	// FaultLatency waits Fault.Latency before handling the request.
	FaultLatency FaultKind = iota + 1
	// FaultStatus answers Fault.Status in the provider's error envelope
	// without handling the request.
	FaultStatus
	// FaultTimeoutAfterWrite handles the request (its effects are applied)
	// and then never answers: the client times out not knowing the outcome.
	FaultTimeoutAfterWrite
	// FaultReset resets the connection without handling the request.
	FaultReset
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
	Latency  time.Duration // FaultLatency: the delay
	Status   int           // FaultStatus: the HTTP status, 400 to 599
	Times    int           // disturb only the first Times matching requests; 0 means all
}

// String renders f in the syntax ParseFaults reads.
func (f Fault) String() string {
	kind := f.Kind.String()
	switch f.Kind {
	case FaultLatency:
		kind += "=" + f.Latency.String()
	case FaultStatus:
		kind += "=" + strconv.Itoa(f.Status)
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
	case FaultLatency:
		if f.Latency <= 0 {
			return errors.New("latency must be a positive duration such as 200ms")
		}
	case FaultStatus:
		if f.Status < 400 || f.Status > 599 {
			return fmt.Errorf("status %d is not an HTTP error status (400 to 599)", f.Status)
		}
	case FaultTimeoutAfterWrite, FaultReset:
	default:
		return fmt.Errorf("unknown kind %s; use latency=DURATION, status=CODE, timeout-after-write or reset", f.Kind)
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
		if f.Kind < FaultLatency || f.Kind > FaultReset || !f.matches(provider, method, path) {
			continue
		}
		fi.used[i]++
		return f, true
	}
	return Fault{}, false
}
