package root_test

import (
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/emulator/state"
	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
)

// A script reads the same bytes whatever the operator's language: every
// machine output (-o json, jsonl, csv, a table on a pipe) and every exit
// code is identical under LANG=es_MX.UTF-8 and LANG=C, across the three
// providers and the core. Only stderr, which people read, may differ.
func TestMachineOutputIsTheSameInEveryLanguage(t *testing.T) {
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator"
	st, err := state.Open(h.Env["MXPAY_EMULATOR_DB"])
	if err != nil {
		t.Fatal(err)
	}
	if err := syncemu.Configure(st, syncemu.Timing{Step: 10 * time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	// One state for both languages: a payment request, a paid one, an
	// approved charge, a Sync user with a connected bank.
	h.MustRun(0, "", "facti", "payments", "new", "--folio", "501", "--to-name", "Cliente SA", "--to-email", "pagos@cliente.mx", "--amount", "1500.50", "--no-email")
	h.MustRun(0, "", "facti", "payments", "new", "--folio", "502", "--to-name", "Otro SA", "--to-email", "pagos@otro.mx", "--amount", "2500", "--no-email")
	h.MustRun(0, "", "facti", "payments", "pay", "2", "--yes")
	card := "number=4111111111111111\ncvv=123\nexp_month=08\nexp_year=29\n"
	h.MustRun(0, card, "pagofacil", "charge", "--yes", "--card-file", "-", "--amount", "250.50", "--order-id", "ORD-1002",
		"--name", "Jon", "--last-name", "Snow", "--email", "jon@example.com", "--phone", "5575187500",
		"--mobile", "5530996234", "--street", "Valle del Don 45", "--colonia", "Del Valle",
		"--municipio", "Tecamac", "--state", "Sonora", "--country", "México", "--zip", "48219")
	user := strings.TrimSpace(h.MustRun(0, "", "sync", "users", "create", "--name", "El Santo", "--jq", ".id_user").Stdout)
	h.Env["MXPAY_SYNC_USER"] = user
	h.MustRun(0, "", "sync", "credentials", "create", "--site", syncemu.SiteNormal, "--set", "username=test", "--set", "password=test")

	runs := []struct {
		name string
		args []string
		code int
	}{
		{"config list json", []string{"config", "list", "-o", "json"}, 0},
		{"facti list json", []string{"facti", "payments", "list", "-o", "json"}, 0},
		{"facti list csv", []string{"facti", "payments", "list", "-o", "csv"}, 0},
		{"facti list jsonl", []string{"facti", "payments", "list", "-o", "jsonl"}, 0},
		{"facti list piped table", []string{"facti", "payments", "list"}, 0},
		{"facti get piped object", []string{"facti", "payments", "get", "1"}, 0},
		{"pagofacil verify json", []string{"pagofacil", "verify", "ORD-1002", "-o", "json"}, 0},
		{"sync accounts csv", []string{"sync", "accounts", "list", "-o", "csv"}, 0},
		{"sync transactions csv", []string{"sync", "transactions", "list", "-o", "csv"}, 0},
		{"ledger csv", []string{"ledger", "list", "-o", "csv"}, 0},
		{"totals stay off stdout", []string{"facti", "payments", "list", "-o", "csv", "--totals"}, 0},
		{"usage error: unknown flag", []string{"facti", "payments", "list", "--bogus"}, 2},
		{"usage error: mistyped command", []string{"facti", "paymens", "list"}, 2},
		{"usage error: argument count", []string{"facti", "payments", "get"}, 2},
		{"provider refusal", []string{"facti", "payments", "get", "999999"}, 1},
		{"refusal: already paid", []string{"facti", "payments", "pay", "2", "--yes"}, 1},
	}
	for _, run := range runs {
		t.Run(run.name, func(t *testing.T) {
			results := map[string]cmdtest.Result{}
			for _, lang := range []string{"es_MX.UTF-8", "C"} {
				h.Env["LANG"] = lang
				results[lang] = h.Run("", run.args...)
			}
			delete(h.Env, "LANG")
			es, c := results["es_MX.UTF-8"], results["C"]
			if c.Code != run.code {
				t.Fatalf("LANG=C: exit %d, want %d\n%s", c.Code, run.code, c.Stderr)
			}
			if es.Code != c.Code {
				t.Errorf("exit %d under LANG=es_MX.UTF-8, %d under LANG=C", es.Code, c.Code)
			}
			if es.Stdout != c.Stdout {
				t.Errorf("stdout differs:\nLANG=es_MX.UTF-8:\n%s\nLANG=C:\n%s", es.Stdout, c.Stdout)
			}
			if run.code == 0 && c.Stdout == "" {
				t.Errorf("no output to compare")
			}
		})
	}
}
