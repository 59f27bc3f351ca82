// Command seed fills an emulator state file for bench.sh, like the hidden
// `mxpay emulator seed sync`, and prints the seeded user's id.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/mxpay/mxpay/internal/emulator/state"
	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
)

func main() {
	db := flag.String("db", "", "emulator state file")
	n := flag.Int("n", 1000, "transactions")
	attachments := flag.Bool("attachments", false, "a CFDI on every transaction")
	flag.Parse()
	st, err := state.Open(*db)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer st.Close()
	seed := syncemu.Seed
	if *attachments {
		seed = syncemu.SeedWithAttachments
	}
	res, err := seed(st, "", *n)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(res.IDUser)
}
