package prompttest

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
)

// fakeTB records failures and cleanups instead of failing the real test, so
// the tests can observe what the mock reports.
type fakeTB struct {
	testing.TB
	mu       sync.Mutex
	errors   []string
	cleanups []func()
}

func newFakeTB(t *testing.T) *fakeTB { return &fakeTB{TB: t} }

func (f *fakeTB) Helper() {}

func (f *fakeTB) Errorf(format string, args ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}

func (f *fakeTB) Fatalf(format string, args ...any) { f.Errorf(format, args...) }

func (f *fakeTB) Cleanup(fn func()) { f.cleanups = append(f.cleanups, fn) }

func (f *fakeTB) runCleanups() {
	for i := len(f.cleanups) - 1; i >= 0; i-- {
		f.cleanups[i]()
	}
}

func (f *fakeTB) failures() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return strings.Join(f.errors, "\n")
}

func TestMockAnswersInOrder(t *testing.T) {
	tb := newFakeTB(t)
	m := NewMock(tb)
	m.ExpectInput("Company", "ACME")
	m.ExpectPassword("API key", "sk_test")
	m.ExpectSelect("Provider", "sync")
	m.ExpectMultiSelect("Accounts", []string{"savings", "checking"})
	m.ExpectConfirm("Charge", true)

	if got, err := m.Input("Company name", "x"); err != nil || got != "ACME" {
		t.Errorf("Input = %q, %v", got, err)
	}
	if got, err := m.Password("Facti API key"); err != nil || got != "sk_test" {
		t.Errorf("Password = %q, %v", got, err)
	}
	if got, err := m.Select("Provider?", []string{"facti", "pagofacil", "sync"}, ""); err != nil || got != 2 {
		t.Errorf("Select = %d, %v; want 2", got, err)
	}
	got, err := m.MultiSelect("Accounts to import", []string{"checking", "credit", "savings"}, nil)
	if err != nil || fmt.Sprint(got) != "[2 0]" {
		t.Errorf("MultiSelect = %v, %v; want [2 0]", got, err)
	}
	if got, err := m.Confirm("Charge 10.00 MXN?", false); err != nil || !got {
		t.Errorf("Confirm = %v, %v; want true", got, err)
	}
	tb.runCleanups()
	if f := tb.failures(); f != "" {
		t.Errorf("mock reported failures for expected prompts:\n%s", f)
	}
}

func TestMockFailsOnUnexpectedPrompts(t *testing.T) {
	tests := []struct {
		name   string
		expect func(*Mock)
		ask    func(*Mock) error
		want   string
	}{
		{
			name:   "none left",
			expect: func(*Mock) {},
			ask:    func(m *Mock) error { _, err := m.Input("Name", ""); return err },
			want:   `unexpected Input prompt "Name": no more prompts were expected`,
		},
		{
			name:   "wrong kind",
			expect: func(m *Mock) { m.ExpectInput("API key", "k") },
			ask:    func(m *Mock) error { _, err := m.Password("API key"); return err },
			want:   `unexpected Password prompt "API key": expected a Input prompt containing "API key"`,
		},
		{
			name:   "wrong message",
			expect: func(m *Mock) { m.ExpectConfirm("Delete", true) },
			ask:    func(m *Mock) error { _, err := m.Confirm("Charge?", false); return err },
			want:   `expected a Confirm prompt containing "Delete"`,
		},
		{
			name:   "select option not offered",
			expect: func(m *Mock) { m.ExpectSelect("Provider", "stripe") },
			ask:    func(m *Mock) error { _, err := m.Select("Provider", []string{"facti", "sync"}, ""); return err },
			want:   `option "stripe" is not among the offered options`,
		},
		{
			name:   "multiselect option not offered",
			expect: func(m *Mock) { m.ExpectMultiSelect("Accounts", []string{"savings", "gold"}) },
			ask: func(m *Mock) error {
				_, err := m.MultiSelect("Accounts", []string{"savings"}, nil)
				return err
			},
			want: `option "gold" is not among the offered options`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tb := newFakeTB(t)
			m := NewMock(tb)
			tc.expect(m)
			err := tc.ask(m)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one containing %q", err, tc.want)
			}
			if f := tb.failures(); !strings.Contains(f, tc.want) {
				t.Errorf("test failure = %q, want one containing %q", f, tc.want)
			}
			tb.runCleanups() // a consumed mismatch must not be reported again as unused
			if n := strings.Count(tb.failures(), "prompt mock:"); n != 1 {
				t.Errorf("want exactly one failure, got %d:\n%s", n, tb.failures())
			}
		})
	}
}

func TestMockFailsOnUnusedExpectations(t *testing.T) {
	tb := newFakeTB(t)
	m := NewMock(tb)
	m.ExpectConfirm("Delete payment", true)
	m.ExpectInput("Reason", "dup")
	if _, err := m.Confirm("Delete payment 42?", false); err != nil {
		t.Fatal(err)
	}
	if tb.failures() != "" {
		t.Fatalf("failed before cleanup: %s", tb.failures())
	}
	tb.runCleanups()
	if f := tb.failures(); !strings.Contains(f, `expected Input prompt containing "Reason" was never asked`) {
		t.Errorf("cleanup failures = %q, want the unused Input expectation", f)
	}
}

func TestMockConcurrentPrompts(t *testing.T) {
	tb := newFakeTB(t)
	m := NewMock(tb)
	const n = 20
	for range n {
		m.ExpectConfirm("Continue", true)
	}
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			if ok, err := m.Confirm("Continue?", false); err != nil || !ok {
				t.Errorf("Confirm = %v, %v", ok, err)
			}
		})
	}
	wg.Wait()
	tb.runCleanups()
	if f := tb.failures(); f != "" {
		t.Errorf("unexpected failures: %s", f)
	}
}

func TestMockAsksAgainWhenAValidatorRefuses(t *testing.T) {
	m := NewMock(t)
	m.ExpectInput("Amount", "1,500.50")
	m.ExpectInput("Amount", "1500.50")
	noCommas := func(s string) error {
		if strings.Contains(s, ",") {
			return errors.New("write it without commas")
		}
		return nil
	}
	got, err := m.Input("Amount", "", noCommas)
	if err != nil || got != "1500.50" {
		t.Fatalf("Input = %q, %v", got, err)
	}
	if r := m.Refused(); len(r) != 1 || r[0] != "write it without commas" {
		t.Errorf("Refused = %q", r)
	}
}
