package prompttest

// Package prompttest holds the Prompter double shared by the tests of every
// command package. It imports "testing", so it lives apart from
// internal/prompt: the mxpay binary must not link the testing package
// (internal/archtest checks it).

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/mxpay/mxpay/internal/prompt"
)

// Mock is a Prompter for tests. Each Expect call queues one expected prompt;
// prompts must arrive in that order. An unexpected prompt (wrong kind, a
// message that does not match, or none left) fails the test and returns an
// error, and the test also fails if an expectation is never used.
//
// It reports with t.Errorf, not t.Fatalf, because the code under test may
// prompt from a goroutine other than the test's, where FailNow is not allowed;
// the returned error then stops the command.
type Mock struct {
	t            testing.TB
	mu           sync.Mutex
	expectations []expectation
	refused      []string
}

type promptKind string

const (
	kindInput       promptKind = "Input"
	kindPassword    promptKind = "Password"
	kindSelect      promptKind = "Select"
	kindMultiSelect promptKind = "MultiSelect"
	kindConfirm     promptKind = "Confirm"
	kindInterrupt   promptKind = "any" // ExpectInterrupt: any kind of prompt
)

type expectation struct {
	kind    promptKind
	message string // matched as a substring of the prompt's message
	text    string // the answer for Input and Password, the option for Select
	options []string
	confirm bool
}

var _ prompt.Prompter = (*Mock)(nil)

// NewMock returns a Mock that checks, when the test ends, that every
// expectation was used.
func NewMock(t testing.TB) *Mock {
	m := &Mock{t: t}
	t.Cleanup(m.verify)
	return m
}

// ExpectInput expects an Input prompt whose message contains message. When
// the prompt's validators refuse answer, the prompt is asked again, as on a
// terminal: the next expectation (another ExpectInput) answers it, and
// Refused records why.
func (m *Mock) ExpectInput(message, answer string) {
	m.expect(expectation{kind: kindInput, message: message, text: answer})
}

// ExpectPassword expects a Password prompt whose message contains message.
func (m *Mock) ExpectPassword(message, answer string) {
	m.expect(expectation{kind: kindPassword, message: message, text: answer})
}

// ExpectSelect expects a Select prompt and answers with the option whose text
// is option; the test fails if that option is not offered.
func (m *Mock) ExpectSelect(message, option string) {
	m.expect(expectation{kind: kindSelect, message: message, text: option})
}

// ExpectMultiSelect expects a MultiSelect prompt and chooses options by text;
// the test fails if any of them is not offered.
func (m *Mock) ExpectMultiSelect(message string, options []string) {
	m.expect(expectation{kind: kindMultiSelect, message: message, options: slices.Clone(options)})
}

// ExpectInterrupt expects a prompt of any kind whose message contains
// message, and answers it as Ctrl-C does: an error wrapping
// context.Canceled.
func (m *Mock) ExpectInterrupt(message string) {
	m.expect(expectation{kind: kindInterrupt, message: message})
}

// ExpectConfirm expects a Confirm prompt whose message contains message.
func (m *Mock) ExpectConfirm(message string, answer bool) {
	m.expect(expectation{kind: kindConfirm, message: message, confirm: answer})
}

func (m *Mock) Input(message, _ string, validate ...prompt.Validator) (string, error) {
	for {
		e, err := m.next(kindInput, message)
		if err != nil {
			return "", err
		}
		refusal := prompt.Check(e.text, validate)
		if refusal == nil {
			return e.text, nil
		}
		m.mu.Lock()
		m.refused = append(m.refused, refusal.Error())
		m.mu.Unlock()
	}
}

// Refused returns the explanations given for answers the validators
// refused, in order.
func (m *Mock) Refused() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.refused)
}

func (m *Mock) Password(message string) (string, error) {
	e, err := m.next(kindPassword, message)
	return e.text, err
}

func (m *Mock) Select(message string, options []string, _ string) (int, error) {
	e, err := m.next(kindSelect, message)
	if err != nil {
		return 0, err
	}
	i := slices.Index(options, e.text)
	if i < 0 {
		return 0, m.fail("Select %q: option %q is not among the offered options %q", message, e.text, options)
	}
	return i, nil
}

func (m *Mock) MultiSelect(message string, options []string, _ []string) ([]int, error) {
	e, err := m.next(kindMultiSelect, message)
	if err != nil {
		return nil, err
	}
	indexes := []int{}
	for _, want := range e.options {
		i := slices.Index(options, want)
		if i < 0 {
			return nil, m.fail("MultiSelect %q: option %q is not among the offered options %q", message, want, options)
		}
		indexes = append(indexes, i)
	}
	return indexes, nil
}

func (m *Mock) Confirm(message string, _ bool) (bool, error) {
	e, err := m.next(kindConfirm, message)
	return e.confirm, err
}

func (m *Mock) expect(e expectation) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.expectations = append(m.expectations, e)
}

// next consumes the first expectation if it matches the prompt being asked.
// A mismatched expectation is consumed too, so one mistake does not make
// every later prompt fail with a confusing message.
func (m *Mock) next(kind promptKind, message string) (expectation, error) {
	m.mu.Lock()
	if len(m.expectations) == 0 {
		m.mu.Unlock()
		return expectation{}, m.fail("unexpected %s prompt %q: no more prompts were expected", kind, message)
	}
	e := m.expectations[0]
	m.expectations = m.expectations[1:]
	m.mu.Unlock()

	if (e.kind != kind && e.kind != kindInterrupt) || !strings.Contains(message, e.message) {
		return expectation{}, m.fail("unexpected %s prompt %q: expected a %s prompt containing %q", kind, message, e.kind, e.message)
	}
	if e.kind == kindInterrupt {
		return expectation{}, fmt.Errorf("prompt interrupted: %w", context.Canceled)
	}
	return e, nil
}

func (m *Mock) fail(format string, args ...any) error {
	m.t.Helper()
	err := fmt.Errorf("prompt mock: "+format, args...)
	m.t.Errorf("%v", err)
	return err
}

func (m *Mock) verify() {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, e := range m.expectations {
		m.t.Errorf("prompt mock: expected %s prompt containing %q was never asked", e.kind, e.message)
	}
}
