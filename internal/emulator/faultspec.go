package emulator

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParseFaults reads a fault list such as the value of MXPAY_EMULATOR_FAULTS.
// Faults are separated by ";", and each has four or five fields separated
// by ":":
//
//	PROVIDER:METHOD:PATH:KIND[:TIMES]
//
// PROVIDER is facti, pagofacil, sync or * for any. METHOD is an HTTP method
// or *. PATH is a path prefix within the provider, without the provider's
// /facti, /pagofacil or /sync prefix, or * for any. KIND is one of
//
//	latency=DURATION     wait DURATION (Go syntax: 200ms, 1.5s) before handling;
//	                     a request whose client gave up meanwhile is not handled
//	late-apply=DURATION  handle the request DURATION after it arrived, whether
//	                     or not the client is still waiting, then answer
//	status=CODE          answer CODE (400 to 599) in the provider's error
//	                     envelope without handling the request
//	gateway=CODE+DELAY   answer CODE at once with a proxy's HTML page and
//	                     handle the request DELAY later (504+12s)
//	timeout-after-write  handle the request, then never answer
//	garble               handle the request, answer 200 with a cut-off body
//	echo=CODE            answer CODE with a page echoing the request back,
//	                     without handling it
//	reset                reset the connection without handling the request
//
// TIMES, when given, limits the fault to the first TIMES matching requests;
// without it every match is disturbed. A request gets the first fault in
// the list that matches it and has uses left. Spaces around fields are
// ignored and an empty spec means no faults. Examples:
//
//	pagofacil:POST:/Wsrtransaccion:timeout-after-write:1
//	sync:*:*:latency=200ms
//	facti:*:*:status=503:2
//	facti:POST:/v1/payments/new_request:reset:1; *:*:*:latency=50ms
func ParseFaults(spec string) ([]Fault, error) {
	var faults []Fault
	for entry := range strings.SplitSeq(spec, ";") {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		f, err := parseFault(entry)
		if err != nil {
			return nil, fmt.Errorf("fault %q: %w", entry, err)
		}
		faults = append(faults, f)
	}
	return faults, nil
}

func parseFault(entry string) (Fault, error) {
	fields := strings.Split(entry, ":")
	if len(fields) != 4 && len(fields) != 5 {
		return Fault{}, fmt.Errorf("want PROVIDER:METHOD:PATH:KIND[:TIMES], got %d fields", len(fields))
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	f := Fault{
		Provider: anyAsEmpty(fields[0]),
		Method:   strings.ToUpper(anyAsEmpty(fields[1])),
		Path:     anyAsEmpty(fields[2]),
	}
	if err := parseKind(fields[3], &f); err != nil {
		return Fault{}, err
	}
	if len(fields) == 5 {
		times, err := strconv.Atoi(fields[4])
		if err != nil || times < 1 {
			return Fault{}, fmt.Errorf("times %q must be a whole number of requests, 1 or more", fields[4])
		}
		f.Times = times
	}
	if err := f.validate(); err != nil {
		return Fault{}, err
	}
	return f, nil
}

func anyAsEmpty(field string) string {
	if field == "*" {
		return ""
	}
	return field
}

// parseKind fills f.Kind and the kind's value from KIND.
func parseKind(kind string, f *Fault) error {
	name, value, hasValue := strings.Cut(kind, "=")
	switch name {
	case "latency":
		d, err := time.ParseDuration(value)
		if err != nil || d <= 0 {
			return fmt.Errorf("latency %q must be a positive duration such as 200ms", value)
		}
		f.Kind, f.Latency = FaultLatency, d
	case "late-apply":
		d, err := time.ParseDuration(value)
		if err != nil || d <= 0 {
			return fmt.Errorf("late-apply %q must be a positive duration such as 12s", value)
		}
		f.Kind, f.Latency = FaultLateApply, d
	case "status", "echo":
		code, err := strconv.Atoi(value)
		if err != nil {
			return fmt.Errorf("%s %q must be an HTTP status code such as 503", name, value)
		}
		f.Kind, f.Status = FaultStatus, code
		if name == "echo" {
			f.Kind = FaultEcho
		}
	case "gateway":
		codeText, delayText, _ := strings.Cut(value, "+")
		code, err := strconv.Atoi(codeText)
		if err != nil {
			return fmt.Errorf("gateway %q must be CODE+DELAY such as 504+12s", value)
		}
		var delay time.Duration
		if delayText != "" {
			if delay, err = time.ParseDuration(delayText); err != nil {
				return fmt.Errorf("gateway %q must be CODE+DELAY such as 504+12s", value)
			}
		}
		f.Kind, f.Status, f.Latency = FaultGateway, code, delay
	case "timeout-after-write", "reset", "garble":
		if hasValue {
			return fmt.Errorf("%s takes no value", name)
		}
		f.Kind = map[string]FaultKind{"timeout-after-write": FaultTimeoutAfterWrite, "reset": FaultReset, "garble": FaultGarble}[name]
	default:
		return fmt.Errorf("unknown kind %q; %s", kind, kindList)
	}
	return nil
}

const kindList = "use latency=DURATION, late-apply=DURATION, status=CODE, gateway=CODE+DELAY, timeout-after-write, garble, echo=CODE or reset"
