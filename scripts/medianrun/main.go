// Command medianrun runs a baseline and one or more commands in turn, N
// times each, and prints the median (min, max) wall time of each and its
// ratio to the baseline's. With MEDIANRUN_TSV=1 it prints one line per
// command instead: its arguments, then median, min and max in seconds,
// tab-separated (the baseline first), for scripts/bench.sh.
//
//	medianrun N BASELINE -- COMMAND [ARGS...] [-- COMMAND [ARGS...]]...
package main

import (
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"
)

func main() {
	if len(os.Args) < 5 || os.Args[3] != "--" {
		fmt.Fprintln(os.Stderr, "usage: medianrun N BASELINE -- COMMAND [ARGS...] [-- COMMAND [ARGS...]]...")
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[1])
	if err != nil || n < 1 {
		fmt.Fprintln(os.Stderr, "N must be a positive integer")
		os.Exit(2)
	}
	cmds := [][]string{{os.Args[2]}}
	for _, arg := range os.Args[4:] {
		if arg == "--" {
			cmds = append(cmds, nil)
			continue
		}
		if len(cmds) == 1 {
			cmds = append(cmds, nil)
		}
		cmds[len(cmds)-1] = append(cmds[len(cmds)-1], arg)
	}
	times := make([][]time.Duration, len(cmds))
	for i := 0; i < n; i++ { // interleave so drift affects every command alike
		for j, c := range cmds {
			times[j] = append(times[j], timeRun(c))
		}
	}
	if os.Getenv("MEDIANRUN_TSV") == "1" {
		for j, c := range cmds {
			lo, hi := slices.Min(times[j]), slices.Max(times[j])
			fmt.Printf("%s\t%.6f\t%.6f\t%.6f\n", strings.Join(c, " "), median(times[j]).Seconds(), lo.Seconds(), hi.Seconds())
		}
		return
	}
	base := median(times[0])
	fmt.Printf("runs: %d each\nbaseline %s: median %v (min %v, max %v)\n", n, cmds[0][0], base, slices.Min(times[0]), slices.Max(times[0]))
	for j := 1; j < len(cmds); j++ {
		m := median(times[j])
		fmt.Printf("%-40s median %-12v (min %v, max %v) ratio %.2fx\n", strings.Join(cmds[j], " "), m, slices.Min(times[j]), slices.Max(times[j]), float64(m)/float64(base))
	}
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
