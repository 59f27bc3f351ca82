package cmdutil_test

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/prompt"
	"github.com/mxpay/mxpay/internal/prompt/prompttest"
)

// testFactory is a Factory in env, with or without a terminal, whose
// prompts are answered by mock (nil: any prompt fails the test).
func testFactory(t *testing.T, env string, tty bool, mock *prompttest.Mock) (*cmdutil.Factory, *bytes.Buffer) {
	t.Helper()
	ios, _, _, errOut := output.Test()
	ios.SetTTY(tty, tty, tty)
	vars := map[string]string{"MXPAY_ENV": env, "MXPAY_CONFIG": filepath.Join(t.TempDir(), "config.yaml")}
	f := cmdutil.NewFactory("test", ios, func(k string) (string, bool) { v, ok := vars[k]; return v, ok })
	if mock == nil {
		mock = prompttest.NewMock(t)
	}
	f.Prompter = func() prompt.Prompter { return mock }
	return f, errOut
}

var charge = cmdutil.Action{
	Question:   "Charge MXN 150.00 to Visa ****1111?",
	Summary:    []string{"amount MXN 150.00", "order ORD-1"},
	Production: "this charges a real card",
}

func TestConfirmActionInProduction(t *testing.T) {
	t.Run("no terminal, no --yes: usage error naming --yes, notice shown", func(t *testing.T) {
		f, errOut := testFactory(t, "production", false, nil)
		err := f.ConfirmAction(charge)
		if errs.KindOf(err) != errs.Usage || !strings.Contains(cmdutil.HintOf(err), "--yes") {
			t.Errorf("err = %v (hint %q), want a usage error pointing at --yes", err, cmdutil.HintOf(err))
		}
		requireNotice(t, errOut.String(), true)
	})
	t.Run("no terminal, --yes: goes ahead, notice shown", func(t *testing.T) {
		f, errOut := testFactory(t, "production", false, nil)
		f.Flags.Yes = true
		if err := f.ConfirmAction(charge); err != nil {
			t.Fatal(err)
		}
		requireNotice(t, errOut.String(), true)
	})
	t.Run("terminal, no: cancelled", func(t *testing.T) {
		mock := prompttest.NewMock(t)
		mock.ExpectConfirm("Charge MXN 150.00", false)
		f, errOut := testFactory(t, "production", true, mock)
		err := f.ConfirmAction(charge)
		if !errors.Is(err, cmdutil.ErrCancelled) || errs.KindOf(err) != errs.Cancelled {
			t.Errorf("err = %v, want ErrCancelled", err)
		}
		requireNotice(t, errOut.String(), true)
	})
	t.Run("terminal, yes", func(t *testing.T) {
		mock := prompttest.NewMock(t)
		mock.ExpectConfirm("Charge MXN 150.00", true)
		f, _ := testFactory(t, "production", true, mock)
		if err := f.ConfirmAction(charge); err != nil {
			t.Fatal(err)
		}
	})
}

func TestConfirmActionOutsideProduction(t *testing.T) {
	t.Run("no terminal: goes ahead silently", func(t *testing.T) {
		f, errOut := testFactory(t, "sandbox", false, nil)
		if err := f.ConfirmAction(charge); err != nil || errOut.Len() != 0 {
			t.Errorf("err = %v, stderr %q; want nil and nothing", err, errOut)
		}
	})
	t.Run("no terminal, AskAlways: needs --yes", func(t *testing.T) {
		f, _ := testFactory(t, "sandbox", false, nil)
		a := charge
		a.AskAlways = true
		if err := f.ConfirmAction(a); errs.KindOf(err) != errs.Usage {
			t.Errorf("err = %v, want a usage error", err)
		}
	})
	t.Run("terminal: summary and question, no PRODUCTION", func(t *testing.T) {
		mock := prompttest.NewMock(t)
		mock.ExpectConfirm("Charge", true)
		f, errOut := testFactory(t, "emulator", true, mock)
		if err := f.ConfirmAction(charge); err != nil {
			t.Fatal(err)
		}
		requireNotice(t, errOut.String(), false)
	})
}

// requireNotice checks the summary is on stderr, with the PRODUCTION line
// exactly when prod.
func requireNotice(t *testing.T, stderr string, prod bool) {
	t.Helper()
	for _, line := range charge.Summary {
		if !strings.Contains(stderr, line) {
			t.Errorf("summary line %q missing from stderr:\n%s", line, stderr)
		}
	}
	if got := strings.Contains(stderr, "PRODUCTION: this charges a real card."); got != prod {
		t.Errorf("PRODUCTION notice shown = %v, want %v:\n%s", got, prod, stderr)
	}
}

func TestStderrPassesTheRunsRedactor(t *testing.T) {
	f, errOut := testFactory(t, "sandbox", false, nil)
	f.Redactor().Add("card-4111111111111111-secret")
	f.IOStreams.ErrOut.Write([]byte("proxy page echoed data[x]=card-4111111111111111-secret\n"))
	if strings.Contains(errOut.String(), "card-4111111111111111-secret") || !strings.Contains(errOut.String(), "***") {
		t.Errorf("stderr = %q, want the secret masked", errOut)
	}
}

func TestAskNotesPasswords(t *testing.T) {
	mock := prompttest.NewMock(t)
	mock.ExpectPassword("Bank password", "hunter2-bank-pass")
	mock.ExpectInput("User", "plain-user-name")
	f, errOut := testFactory(t, "sandbox", true, mock)
	pass, err := f.Ask().Password("Bank password:")
	if err != nil || pass != "hunter2-bank-pass" {
		t.Fatalf("Password = %q, %v", pass, err)
	}
	user, _ := f.Ask().Input("User:", "")
	f.IOStreams.ErrOut.Write([]byte("login " + user + " with " + pass + "\n"))
	if got := errOut.String(); strings.Contains(got, pass) || !strings.Contains(got, user) {
		t.Errorf("stderr = %q: want the password masked and the plain answer kept", got)
	}
	if got := f.Redactor().Text("reply quoting hunter2-bank-pass"); strings.Contains(got, pass) {
		t.Errorf("Redactor().Text = %q, want the typed password masked everywhere", got)
	}
}

// Listeners write to stderr from a goroutine per request: the writes must
// not race (run with -race) nor interleave.
func TestStderrWritesAreSerialised(t *testing.T) {
	f, errOut := testFactory(t, "sandbox", false, nil)
	done := make(chan struct{})
	for i := 0; i < 8; i++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for j := 0; j < 50; j++ {
				f.IOStreams.ErrOut.Write([]byte("line from a request handler\n"))
			}
		}()
	}
	for i := 0; i < 8; i++ {
		<-done
	}
	if got := strings.Count(errOut.String(), "line from a request handler\n"); got != 400 {
		t.Errorf("%d whole lines, want 400", got)
	}
}
