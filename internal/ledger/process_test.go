package ledger

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/settle"
)

// The tests below run this test binary again as other processes, which
// open the same ledger: TestHelperProcess is what those processes run.
const (
	helperEnv = "MXPAY_LEDGER_HELPER" // race | crash
	helperDSN = "MXPAY_LEDGER_HELPER_DSN"
)

// raceFolios is how many folios each racing process tries to take.
const raceFolios = 20

// TestHelperProcess is not a test: it is a child process of the
// multi-process tests, and does nothing unless they start it.
func TestHelperProcess(t *testing.T) {
	mode := os.Getenv(helperEnv)
	if mode == "" {
		t.Skip("a child process of the multi-process tests")
	}
	ctx := context.Background()
	l, err := Open(ctx, os.Getenv(helperDSN))
	if err != nil {
		fmt.Printf("error %v\n", err)
		os.Exit(2)
	}
	switch mode {
	case "race":
		// Wait until every racer is ready, then take the folios together.
		fmt.Println("ready")
		bufio.NewReader(os.Stdin).ReadString('\n') //nolint:errcheck // EOF also means go
		var wg sync.WaitGroup
		var mu sync.Mutex
		for i := range raceFolios {
			wg.Go(func() {
				e, err := l.Begin(ctx, folioIntent(t, "P", strconv.Itoa(i)))
				mu.Lock()
				defer mu.Unlock()
				var dup *DuplicateError
				switch {
				case err == nil:
					fmt.Printf("won %d %d\n", i, e.ID)
				case errors.As(err, &dup):
					fmt.Printf("dup %d %d\n", i, dup.Existing.ID)
				default:
					fmt.Printf("error %d %v\n", i, err)
				}
			})
		}
		wg.Wait()
		l.Close()
		os.Exit(0)
	case "crash":
		e, err := l.Begin(ctx, folioIntent(t, "K", "1"))
		if err != nil {
			fmt.Printf("error %v\n", err)
			os.Exit(2)
		}
		// The request would be on the wire now; the parent kills us here.
		fmt.Printf("begun %d\n", e.ID)
		time.Sleep(time.Minute)
		os.Exit(3)
	}
	os.Exit(2)
}

type child struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
	out   *bufio.Scanner
}

func startChild(t *testing.T, mode, dsn string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.v=false")
	cmd.Env = append(os.Environ(), helperEnv+"="+mode, helperDSN+"="+dsn)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill() //nolint:errcheck // it may have exited already
		cmd.Wait()         //nolint:errcheck // killed on purpose
	})
	return &child{cmd: cmd, stdin: stdin, out: bufio.NewScanner(stdout)}
}

// line reads the child's next line, or fails.
func (c *child) line(t *testing.T) string {
	t.Helper()
	if !c.out.Scan() {
		t.Fatalf("child process ended early: %v", c.out.Err())
	}
	return c.out.Text()
}

// testProcessesRace has several processes take the same folios at once:
// each folio is won by exactly one of them.
func testProcessesRace(t *testing.T, dsn string) {
	// The ledger exists before the racers start, as it would in use.
	l := open(t, dsn)
	const processes = 3
	children := make([]*child, processes)
	for i := range children {
		children[i] = startChild(t, "race", dsn)
	}
	for _, c := range children {
		if got := c.line(t); got != "ready" {
			t.Fatalf("child said %q, want ready", got)
		}
	}
	for _, c := range children {
		c.stdin.Close()
	}
	wins := map[string]int{}
	for _, c := range children {
		for range raceFolios {
			fields := strings.Fields(c.line(t))
			switch fields[0] {
			case "won":
				wins[fields[1]]++
			case "dup":
			default:
				t.Errorf("child: %s", strings.Join(fields, " "))
			}
		}
		if err := c.cmd.Wait(); err != nil {
			t.Errorf("child: %v", err)
		}
	}
	for i := range raceFolios {
		if n := wins[strconv.Itoa(i)]; n != 1 {
			t.Errorf("folio P-%d was won %d times, want once", i, n)
		}
	}
	n := 0
	for e, err := range l.List(context.Background(), Filter{Serie: "P", Folio: "", Operation: NewRequest}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
		_ = e
	}
	if n != raceFolios {
		t.Errorf("%d entries recorded, want %d", n, raceFolios)
	}
}

// testCrashLeavesInFlight kills a process between Begin and the reply: the
// next process finds the entry in flight, and the folio still taken.
func testCrashLeavesInFlight(t *testing.T, dsn string) {
	c := startChild(t, "crash", dsn)
	fields := strings.Fields(c.line(t))
	if len(fields) != 2 || fields[0] != "begun" {
		t.Fatalf("child said %q", strings.Join(fields, " "))
	}
	id, _ := strconv.ParseInt(fields[1], 10, 64)
	if err := c.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	c.cmd.Wait() //nolint:errcheck // killed on purpose

	l := open(t, dsn)
	e, err := l.Get(context.Background(), id)
	if err != nil || e.Status != settle.InFlight {
		t.Fatalf("after the crash, entry %d = %+v, %v; want in_flight", id, e, err)
	}
	var pending []int64
	for p, err := range l.Pending(context.Background(), Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		pending = append(pending, p.ID)
	}
	if fmt.Sprint(pending) != fmt.Sprint([]int64{id}) {
		t.Errorf("Pending = %v, want [%d]", pending, id)
	}
	if _, err := l.Begin(context.Background(), folioIntent(t, "K", "1")); !errors.As(err, new(*DuplicateError)) {
		t.Errorf("the crashed entry does not hold its folio: %v", err)
	}
}
