// Command medianrun runs two commands alternately N times each and prints
// the median wall time of each and their ratio (second / first).
package main

import (
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"time"
)

func main() {
	if len(os.Args) < 5 || os.Args[3] != "--" {
		fmt.Fprintln(os.Stderr, "usage: medianrun N BASELINE -- COMMAND [ARGS...]")
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[1])
	if err != nil || n < 1 {
		fmt.Fprintln(os.Stderr, "N must be a positive integer")
		os.Exit(2)
	}
	base := []string{os.Args[2]}
	cmd := os.Args[4:]
	var tb, tc []time.Duration
	for i := 0; i < n; i++ { // alternate so drift affects both equally
		tb = append(tb, timeRun(base))
		tc = append(tc, timeRun(cmd))
	}
	mb, mc := median(tb), median(tc)
	fmt.Printf("runs: %d each\nbaseline %s: median %v\ncommand  %v: median %v\nratio: %.2fx\n",
		n, base[0], mb, cmd, mc, float64(mc)/float64(mb))
}

func timeRun(argv []string) time.Duration {
	c := exec.Command(argv[0], argv[1:]...)
	start := time.Now()
	if err := c.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "%v: %v\n", argv, err)
		os.Exit(1)
	}
	return time.Since(start)
}

func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}
