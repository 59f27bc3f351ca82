package sync_test

import (
	"strings"
	"testing"

	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
	"github.com/mxpay/mxpay/internal/prompt/prompttest"
)

const (
	orgTypeGovernment = "56cf4f5b784806cf028b4569" // the SAT's organization type in the emulator
	orgBBVA           = "5b28552d056f2911c13dbc10"
	siteBBVANetCash   = "5b2857a3056f2911c13dbd11"
	countryUS         = "5a2f8e52f9de2a07328b4568"
)

func lines(s string) int { return strings.Count(s, "\n") }

func TestCataloguesEveryFormat(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	h.Env["MXPAY_SYNC_USER"] = newUser(t, h, "u")

	r := h.MustRun(0, "", "sync", "catalogues", "account-types")
	// A piped table: tab-separated rows, no header.
	if !strings.HasPrefix(r.Stdout, "520d3aa93b8e778e0d000000\tCuenta de cheques\n") {
		t.Errorf("table:\n%s", r.Stdout)
	}
	if n := len(decodeJSON[[]map[string]any](t, h.MustRun(0, "", "sync", "catalogues", "account-types", "-o", "json").Stdout)); n != 7 {
		t.Errorf("json: %d account types", n)
	}
	if n := lines(h.MustRun(0, "", "sync", "catalogues", "account-types", "-o", "jsonl").Stdout); n != 7 {
		t.Errorf("jsonl: %d lines", n)
	}
	r = h.MustRun(0, "", "sync", "catalogues", "attachment-types", "--limit", "2", "--skip", "1", "-o", "csv")
	if r.Stdout != "id_attachment_type,name\n56bcdfca784806d1378b4568,Estado de cuenta\n56bcdfca784806d1378b4569,Constancia de situación fiscal\n" {
		t.Errorf("csv page:\n%s", r.Stdout)
	}
	r = h.MustRun(0, "", "sync", "catalogues", "countries", "--order", "code,desc", "--fields", "code", "-o", "csv")
	if r.Stdout != "code\nUS\nPE\nMX\nES\nCO\nCL\nBR\nAR\n" {
		t.Errorf("countries by code, descending:\n%s", r.Stdout)
	}
	// Read whole by default; --all with small pages reads the same rows.
	whole := h.MustRun(0, "", "sync", "catalogues", "countries", "-o", "jsonl").Stdout
	if all := h.MustRun(0, "", "sync", "catalogues", "countries", "--all", "--page-size", "3", "-o", "jsonl").Stdout; all != whole || lines(all) != 8 {
		t.Errorf("--all in pages of 3:\n%s\nwhole:\n%s", all, whole)
	}
	h.MustRun(2, "", "sync", "catalogues", "countries", "--all", "--limit", "3")

	delete(h.Env, "MXPAY_SYNC_USER")
	if r := h.MustRun(2, "", "sync", "catalogues", "countries"); !strings.Contains(r.Stderr, "--user") {
		t.Errorf("without a user: %s", r.Stderr)
	}
}

func TestCatalogueOrganizations(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	h.Env["MXPAY_SYNC_USER"] = newUser(t, h, "u")
	r := h.MustRun(0, "", "sync", "catalogues", "organizations")
	for _, bank := range []string{"SAT", "BBVA México", "Banamex", "Santander", "Banorte"} {
		if !strings.Contains(r.Stdout, "\t"+bank+"\t") {
			t.Errorf("no %s in:\n%s", bank, r.Stdout)
		}
	}
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--organization-type", orgTypeGovernment}, "SAT"},
		{[]string{"--site", syncemu.SiteToken}, "ACME Bank (sandbox)"},
		{[]string{"--organization", orgBBVA}, "BBVA México"},
		{[]string{"--country", countryUS}, ""},
		{[]string{"--order", "name,desc", "--limit", "2"}, "Scotiabank\nSantander"},
		{[]string{"--with-sites", "--organization", orgBBVA}, "BBVA México"},
	}
	for _, tc := range cases {
		args := append([]string{"sync", "catalogues", "organizations", "--jq", ".[].name"}, tc.args...)
		if got := strings.TrimSpace(h.MustRun(0, "", args...).Stdout); got != tc.want {
			t.Errorf("%v: %q, want %q", tc.args, got, tc.want)
		}
	}
	r = h.MustRun(0, "", "sync", "catalogues", "organizations", "--with-sites", "--organization", orgBBVA, "-o", "csv", "--fields", "name,sites")
	if r.Stdout != "name,sites\nBBVA México,\"BBVA México (5b2857a3056f2911c13dbd10), BBVA Net Cash (5b2857a3056f2911c13dbd11)\"\n" {
		t.Errorf("csv with sites:\n%s", r.Stdout)
	}
	r = h.MustRun(0, "", "sync", "catalogues", "organizations", "--with-sites", "--site", syncemu.SiteSATCIEC, "--jq", ".[].sites[] | .name, .credentials[0].name")
	if r.Stdout != "SAT CIEC\nrfc\n" {
		t.Errorf("--with-sites --site: %q", r.Stdout)
	}
	if r := h.MustRun(2, "", "sync", "catalogues", "organizations", "--with-sites", "--limit", "2"); !strings.Contains(r.Stderr, "no --limit") {
		t.Errorf("--with-sites --limit: %s", r.Stderr)
	}
}

func TestSitesListSyncFilters(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	h.Env["MXPAY_SYNC_USER"] = newUser(t, h, "u")
	for args, want := range map[string]string{
		"--site " + syncemu.SiteSATCIEC:                    "SAT CIEC",
		"--organization-type " + orgTypeGovernment:         "SAT CIEC",
		"--organization " + orgBBVA + " --type business":   "BBVA Net Cash",
		"--organization " + orgBBVA + " --order name,desc": "BBVA Net Cash\nBBVA México",
		"--order name --limit 2 --skip 1":                  "BBVA México\nBBVA Net Cash", // bytes: "BBVA" sorts before "Banamex"
	} {
		cmd := append([]string{"sync", "sites", "list", "--jq", ".[].name"}, strings.Fields(args)...)
		if got := strings.TrimSpace(h.MustRun(0, "", cmd...).Stdout); got != want {
			t.Errorf("%s: %q, want %q", args, got, want)
		}
	}
	whole := h.MustRun(0, "", "sync", "sites", "list", "-o", "jsonl").Stdout
	if all := h.MustRun(0, "", "sync", "sites", "list", "--all", "--page-size", "4", "-o", "jsonl").Stdout; all != whole || lines(whole) < 20 {
		t.Errorf("%d sites in pages of 4, %d whole", lines(all), lines(whole))
	}
	if r := h.MustRun(0, "", "sync", "sites", "list", "--help"); !strings.Contains(r.Stdout, "is_business") || !strings.Contains(r.Stdout, "--organization-type") {
		t.Errorf("help:\n%s", r.Stdout)
	}
}

func TestUsersListByIDAndOrder(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	newUser(t, h, "Blue Demon")
	santo := newUser(t, h, "El Santo")
	newUser(t, h, "Rey Misterio")
	if got := strings.TrimSpace(h.MustRun(0, "", "sync", "users", "list", "--user-id", santo, "--jq", ".[].name").Stdout); got != "El Santo" {
		t.Errorf("--user-id: %q", got)
	}
	if got := h.MustRun(0, "", "sync", "users", "list", "--order", "name,desc", "--fields", "name", "-o", "csv").Stdout; got != "name\nRey Misterio\nEl Santo\nBlue Demon\n" {
		t.Errorf("--order name,desc:\n%s", got)
	}
	if got := h.MustRun(0, "", "sync", "users", "list", "--all", "--page-size", "2", "--order", "name", "--fields", "name", "-o", "csv").Stdout; got != "name\nBlue Demon\nEl Santo\nRey Misterio\n" {
		t.Errorf("--all in pages of 2:\n%s", got)
	}
}

func TestSitePickerGroupsSitesByBank(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	h.TTY = true
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectSelect("Bank or institution", "BBVA México (2 sites)")
	h.Prompter.ExpectSelect("Site at BBVA México", "BBVA Net Cash ("+siteBBVANetCash+")")
	h.Prompter.ExpectInput("Client number", "123456")
	h.Prompter.ExpectInput("Username", "test")
	h.Prompter.ExpectPassword("Password", "test")
	r := h.MustRun(0, "", "sync", "credentials", "create", "--user", user)
	if !strings.Contains(r.Stdout, "Site:           BBVA Net Cash") || !strings.Contains(r.Stdout, "Code:           200") {
		t.Errorf("stdout:\n%s", r.Stdout)
	}
}
