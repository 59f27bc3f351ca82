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
		{[]string{"config", "get", "facti."}, "env,output,timeout,facti.base_url,facti.company_id,facti.from_rfc,pagofacil.base_url,sync.base_url,sync.user"},
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
