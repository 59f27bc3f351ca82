package root_test

import (
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

// complete drives cobra's hidden __complete command, as the shell scripts do.
func complete(t *testing.T, h *cmdtest.Harness, args ...string) []string {
	t.Helper()
	r := h.MustRun(0, "", append([]string{"__complete"}, args...)...)
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(r.Stdout), "\n") {
		if line != "" && !strings.HasPrefix(line, ":") {
			out = append(out, strings.SplitN(line, "\t", 2)[0])
		}
	}
	return out
}

func TestSyncCompletionsFromTheAPI(t *testing.T) {
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator"
	r := h.MustRun(0, "", "sync", "users", "create", "--name", "Ana", "-o", "json", "--jq", ".id_user")
	user := strings.TrimSpace(r.Stdout)
	if got := complete(t, h, "sync", "accounts", "list", "--user", ""); len(got) != 1 || got[0] != user {
		t.Errorf("--user completes %v, want [%s]", got, user)
	}
	sites := strings.Join(complete(t, h, "sync", "credentials", "create", "--user", user, "--site", ""), ",")
	if !strings.Contains(sites, "56cf5728784806f72b8b4568") || !strings.Contains(sites, "5da784f1f9de2a06483abec1") {
		t.Errorf("--site completes %q", sites)
	}
	if got := complete(t, h, "sync", "webhooks", "create", "--event", ""); strings.Join(got, ",") != "credential_create,credential_update,refresh" {
		t.Errorf("--event completes %v", got)
	}
	// Without a user there is no catalogue to read: nothing, and no error text.
	if got := complete(t, h, "sync", "credentials", "create", "--site", ""); len(got) != 0 {
		t.Errorf("--site without a user completes %v", got)
	}
	// A rejected key completes nothing and prints nothing.
	h.Env["MXPAY_SYNC_API_KEY"] = "wrong-key"
	r = h.MustRun(0, "", "__complete", "sync", "accounts", "list", "--user", "")
	if strings.Contains(r.Stdout, "error") || r.Stderr != "" && strings.Contains(r.Stderr, "wrong-key") {
		t.Errorf("failed completion printed: %q / %q", r.Stdout, r.Stderr)
	}
}

func TestDynamicCompletions(t *testing.T) {
	h := cmdtest.New(t)
	h.MustRun(0, "", "--profile", "live", "config", "set", "env", "production")
	h.MustRun(0, "", "--profile", "staging", "config", "set", "env", "sandbox")

	cases := []struct {
		args []string
		want string
	}{
		{[]string{"config", "list", "--profile", ""}, "live,staging"},
		{[]string{"config", "list", "--output", ""}, "table,json,jsonl,csv"},
		{[]string{"config", "list", "--env", ""}, "sandbox,production,emulator"},
		{[]string{"config", "list", "--fields", ""}, "key,value,source"},
		{[]string{"config", "list", "--fields", "key,"}, "key,value,key,source"},
		{[]string{"auth", "status", "--fields", "so"}, "source"},
		{[]string{"config", "get", "facti."}, "env,output,timeout,verify_window,lang,facti.base_url,facti.company_id,facti.from_rfc,pagofacil.base_url,sync.base_url,sync.user,ledger"},
		{[]string{"auth", "login", ""}, "facti,pagofacil,sync"},
		{[]string{"facti", "payments", "list", "--status", ""}, "pending,paid"},
		{[]string{"facti", "payments", "list", "--fields", "total"}, "total_amount"},
		{[]string{"pagofacil", "verify", "x", "--fields", "auto"}, "autorizacion"},
		{[]string{"api", ""}, "facti,pagofacil,sync"},
	}
	for _, c := range cases {
		got := strings.Join(complete(t, h, c.args...), ",")
		if got != c.want {
			t.Errorf("complete %v = %q, want %q", c.args, got, c.want)
		}
	}
}
