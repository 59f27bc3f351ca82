package pagofacil_test

import (
	"context"
	"fmt"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/emulator"
	emupf "github.com/mxpay/mxpay/internal/emulator/pagofacil"
	"github.com/mxpay/mxpay/internal/emulator/state"
)

// drillServer is one `mxpay emulator serve` and the mxpay that charges
// through it. The test keeps the emulator the command serves, to set each
// run's fault.
type drillServer struct {
	emu    *emulator.Emulator
	db     string
	client *cmdtest.Harness
	stopFn context.CancelFunc
	done   chan cmdtest.Result
}

func startDrillServer(t *testing.T) *drillServer {
	t.Helper()
	db := filepath.Join(t.TempDir(), "drill.db")
	emu, err := emulator.Open(emulator.Options{DBPath: db})
	if err != nil {
		t.Fatal(err)
	}
	addr := closedPort(t)
	serve := cmdtest.New(t)
	serve.Customize = func(f *cmdutil.Factory) { f.Emulator = func() (*emulator.Emulator, error) { return emu, nil } }
	ctx, cancel := context.WithCancel(context.Background())
	s := &drillServer{emu: emu, db: db, stopFn: cancel, done: make(chan cmdtest.Result, 1)}
	go func() { s.done <- serve.RunContext(ctx, "", "emulator", "serve", "--addr", addr) }()
	root := "http://" + addr
	if err := waitForServe(root + "/pagofacil/"); err != nil {
		cancel()
		t.Fatalf("emulator serve never answered: %v", err)
	}
	s.client = cmdtest.New(t)
	s.client.Env["MXPAY_ENV"] = "sandbox"
	s.client.Env["MXPAY_PAGOFACIL_BASE_URL"] = emulator.ProviderBaseURL(root, "pagofacil")
	s.client.Env["MXPAY_PAGOFACIL_SUCURSAL"] = emupf.DemoSucursal
	s.client.Env["MXPAY_PAGOFACIL_USUARIO"] = emupf.DemoUsuario
	s.client.Env["MXPAY_TIMEOUT"] = "300ms"
	s.client.Env["MXPAY_VERIFY_WINDOW"] = "2s"
	return s
}

// charge runs drill charge number i.
func (s *drillServer) charge(t *testing.T, i int) drillRun {
	kind := drillKinds[i%len(drillKinds)]
	chosenID := i%4 == 3
	s.emu.SetFaults(drillFaults(t, kind, chosenID))
	card := visaCard()
	if i%3 == 0 {
		card = amexCard()
	}
	var extra []string
	if chosenID {
		extra = []string{"--order-id", fmt.Sprintf("drill-%d", i)}
	}
	r := s.client.Run(card, chargeArgs(fmt.Sprintf("%d.%02d", 5+i, i%100), extra...)...)
	run := drillRun{kind: kind, stderr: r.Stderr, stdout: r.Stdout, code: r.Code, end: time.Now()}
	if m := orderIDLine.FindStringSubmatch(r.Stderr); m != nil {
		run.order = m[1]
	} else {
		t.Errorf("%s run %d printed no order id:\n%s", kind, i, r.Stderr)
	}
	return run
}

// stop ends `emulator serve`, closes the emulator and returns its charges.
func (s *drillServer) stop(t *testing.T) []drillCharge {
	s.stopFn()
	if r := <-s.done; r.Code != 0 {
		t.Errorf("emulator serve: exit %d\n%s", r.Code, r.Stderr)
	}
	s.emu.Close()
	st, err := state.Open(s.db)
	if err != nil {
		t.Error(err)
		return nil
	}
	defer st.Close()
	cs, err := emupf.Charges(st)
	if err != nil {
		t.Error(err)
	}
	return cs
}

func waitForServe(url string) error {
	var err error
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		var resp *http.Response
		if resp, err = http.Get(url); err == nil {
			resp.Body.Close()
			return nil
		}
	}
	return err
}

type drillCharge = emupf.Charge

// drillCharges gathers the charges of every worker's emulator by order id.
type drillCharges struct {
	mu      sync.Mutex
	byOrder map[string][]drillCharge
	n       int
}

func (d *drillCharges) add(cs []drillCharge) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.byOrder == nil {
		d.byOrder = map[string][]drillCharge{}
	}
	for _, c := range cs {
		d.byOrder[c.OrderID] = append(d.byOrder[c.OrderID], c)
	}
	d.n += len(cs)
}

func (d *drillCharges) of(order string) []drillCharge { return d.byOrder[order] }
func (d *drillCharges) total() int                    { return d.n }

// drillTable counts exit codes per fault kind.
type drillTable struct {
	codes      map[string]map[int]int
	found      map[string]int // settled by verificar
	landedLate map[string]int // unknown, and the charge landed after mxpay gave up
}

func newDrillTable() *drillTable {
	return &drillTable{codes: map[string]map[int]int{}, found: map[string]int{}, landedLate: map[string]int{}}
}

func (tb *drillTable) add(r drillRun, landedLate bool) {
	if tb.codes[r.kind] == nil {
		tb.codes[r.kind] = map[int]int{}
	}
	tb.codes[r.kind][r.code]++
	if strings.Contains(r.stderr, "verificar found order") {
		tb.found[r.kind]++
	}
	if landedLate {
		tb.landedLate[r.kind]++
	}
}

func (tb *drillTable) String() string {
	var all []int
	for _, codes := range tb.codes {
		for c := range codes {
			if !slices.Contains(all, c) {
				all = append(all, c)
			}
		}
	}
	slices.Sort(all)
	var b strings.Builder
	fmt.Fprintf(&b, "%-20s %5s", "fault", "runs")
	for _, c := range all {
		fmt.Fprintf(&b, " %6s", fmt.Sprintf("exit%d", c))
	}
	fmt.Fprintf(&b, " %8s %11s\n", "verified", "landed-late")
	for _, kind := range drillKinds {
		codes := tb.codes[kind]
		runs := 0
		for _, n := range codes {
			runs += n
		}
		fmt.Fprintf(&b, "%-20s %5d", kind, runs)
		for _, c := range all {
			fmt.Fprintf(&b, " %6d", codes[c])
		}
		fmt.Fprintf(&b, " %8d %11d\n", tb.found[kind], tb.landedLate[kind])
	}
	return b.String()
}
