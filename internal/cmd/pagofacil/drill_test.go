package pagofacil_test

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/emulator"
)

// drillKinds are the faults of the drill, one charge in len(drillKinds) each:
// replies later than --timeout (300ms) with the charge applied anyway, a
// gateway's 504 at once with the charge applied later, and the older
// faults (applied with the reply lost or garbled; refused or reset before
// anything was applied; a WAF page).
var drillKinds = []string{
	"none",
	"late-apply=450ms",
	"gateway=504+300ms",
	"timeout-after-write",
	"late-apply=1200ms",
	"gateway=504+1s",
	"garble",
	"reset",
	"status=502",
	"echo=403",
}

// drillLongestApply is the longest delay above: after it, every charge the
// faults will ever apply is in the emulator.
const drillLongestApply = 1200 * time.Millisecond

// drillRun is one charge of the drill and what mxpay said of it.
type drillRun struct {
	kind, order, stderr, stdout string
	code                        int
	end                         time.Time
}

// TestFaultDrill is the issue's fault drill: charges through `mxpay
// emulator serve` (four servers, one per worker, over loopback HTTP), each
// with the next fault of drillKinds on its charge request, --timeout 300ms
// and a 2s verify window. It then checks, against what each emulator
// applied: no order charged twice, exit 0 only for an approved charge, 5
// only for a declined one, 6 only when no charge had landed by the time
// mxpay gave up, any other exit only when nothing was charged, and never
// "nothing was charged" for a charge that exists. By default it runs one
// charge per fault kind; the full drill:
//
//	MXPAY_FAULT_DRILL=500 go test ./internal/cmd/pagofacil -run FaultDrill -v
func TestFaultDrill(t *testing.T) {
	t.Parallel()
	n := len(drillKinds)
	if v := envOr("MXPAY_FAULT_DRILL", ""); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n <= 0 {
			t.Fatalf("MXPAY_FAULT_DRILL=%q: want a number of charges", v)
		}
	}
	const workers = 4
	start := time.Now()
	runs := make([]drillRun, n)
	var wg sync.WaitGroup
	var charged drillCharges
	for w := range min(workers, n) {
		srv := startDrillServer(t)
		wg.Go(func() {
			for i := w; i < n; i += workers {
				runs[i] = srv.charge(t, i)
			}
			// Let the last late charges land before the emulator closes.
			time.Sleep(time.Until(runs[lastOf(w, n, workers)].end.Add(drillLongestApply + 300*time.Millisecond)))
			charged.add(srv.stop(t))
		})
	}
	wg.Wait()
	elapsed := time.Since(start)

	table := newDrillTable()
	duplicates, wrong := 0, 0
	for _, r := range runs {
		cs := charged.of(r.order)
		if len(cs) > 1 {
			duplicates++
			t.Errorf("order %s (%s) charged %d times", r.order, r.kind, len(cs))
		}
		landedLate, why := judgeDrillRun(r, cs)
		if why != "" {
			wrong++
			t.Errorf("%s run, order %s, exit %d: %s; emulator holds %+v\n%s", r.kind, r.order, r.code, why, cs, r.stderr)
		}
		table.add(r, landedLate)
	}
	t.Logf("fault drill: %d charges through `mxpay emulator serve` (%d workers) in %s; emulators hold %d charges; duplicates %d; reported wrongly %d",
		n, min(workers, n), elapsed.Round(time.Millisecond), charged.total(), duplicates, wrong)
	t.Log("\n" + table.String())
}

// judgeDrillRun says what is wrong with a run's report ("" when nothing),
// and whether an unknown charge landed after mxpay gave up (not wrong:
// verificar could not know it yet).
func judgeDrillRun(r drillRun, cs []drillCharge) (landedLate bool, why string) {
	if len(cs) > 0 && strings.Contains(r.stderr, "nothing was charged") {
		return false, "said nothing was charged"
	}
	switch r.code {
	case 0:
		if len(cs) != 1 || !cs[0].Approved || !strings.Contains(r.stdout, "approved") {
			return false, "reported approved"
		}
	case 5:
		if len(cs) != 1 || cs[0].Approved {
			return false, "reported declined"
		}
	case 6:
		// The last lookup comes just before mxpay exits; a charge that
		// landed well before then should have been found.
		for _, c := range cs {
			if c.Start.Before(r.end.Add(-250 * time.Millisecond)) {
				return false, fmt.Sprintf("reported unknown, but the charge landed %s before mxpay gave up", r.end.Sub(c.Start).Round(time.Millisecond))
			}
		}
		return len(cs) > 0, ""
	default:
		if len(cs) > 0 {
			return false, "reported a failure, but the card was charged"
		}
	}
	return false, ""
}

// lastOf is the index of worker w's last run.
func lastOf(w, n, workers int) int {
	return w + (n-1-w)/workers*workers
}

// drillFaults is the fault list for run i: its kind on the charge. A run
// with a chosen order id first checks it with verificar, which a 1ms
// latency lets through, so the kind still lands on the charge.
func drillFaults(t *testing.T, kind string, chosenID bool) []emulator.Fault {
	var spec []string
	if chosenID {
		spec = append(spec, "pagofacil:POST:/Wsrtransaccion:latency=1ms:1")
	}
	if kind != "none" {
		spec = append(spec, "pagofacil:POST:/Wsrtransaccion:"+kind+":1")
	}
	faults, err := emulator.ParseFaults(strings.Join(spec, ";"))
	if err != nil {
		t.Error(err) // not Fatal: this runs on a worker goroutine
	}
	return faults
}
