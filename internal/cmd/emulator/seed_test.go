package emulator_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

func TestSeedCommand(t *testing.T) {
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator"
	r := h.MustRun(0, "", "emulator", "seed", "sync", "--transactions", "1234", "--attachments")
	user := regexp.MustCompile(`[0-9a-f]{24}`).FindString(r.Stdout)
	if user == "" {
		t.Fatalf("printed %q", r.Stdout)
	}
	if r := h.MustRun(0, "", "sync", "transactions", "count", "--user", user); r.Stdout != "1234\n" {
		t.Errorf("count %q", r.Stdout)
	}
	if r := h.MustRun(0, "", "sync", "attachments", "count", "--user", user); r.Stdout != "1234\n" {
		t.Errorf("attachments %q", r.Stdout)
	}
	h.MustRun(2, "", "emulator", "seed", "sync", "--transactions", "0")
}

func TestSeedFactiCommand(t *testing.T) {
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator"
	h.MustRun(0, "", "emulator", "seed", "facti", "--payments", "450")
	r := h.MustRun(0, "", "facti", "payments", "list", "--all", "-o", "csv", "--fields", "id,serie,status")
	lines := strings.Split(strings.TrimSpace(r.Stdout), "\n")
	if len(lines) != 451 || lines[0] != "id,serie,status" || lines[1] != "1,SEED,pending" || lines[3] != "3,SEED,paid" {
		t.Errorf("%d lines: %q", len(lines), lines[:min(4, len(lines))])
	}
	h.MustRun(2, "", "emulator", "seed", "facti", "--payments", "0")
}
