//go:build linux

package prompt

import (
	"bytes"
	"os"
	"strings"
	gosync "sync"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/i18n"

	"github.com/creack/pty"
)

// fakeTerminal is a pseudo-terminal whose far end answers survey's cursor
// queries, as a terminal does, and records what was drawn.
type fakeTerminal struct {
	ptmx, tty *os.File
	mu        gosync.Mutex
	seen      bytes.Buffer
}

func newFakeTerminal(t *testing.T) *fakeTerminal {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	ft := &fakeTerminal{ptmx: ptmx, tty: tty}
	go func() {
		buf := make([]byte, 1024)
		answered := 0
		for {
			n, err := ptmx.Read(buf)
			ft.mu.Lock()
			ft.seen.Write(buf[:n])
			asked := strings.Count(ft.seen.String(), "\x1b[6n")
			ft.mu.Unlock()
			for ; answered < asked; answered++ {
				ptmx.WriteString("\x1b[1;1R")
			}
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() { tty.Close(); ptmx.Close() })
	return ft
}

func (ft *fakeTerminal) screen() string {
	ft.mu.Lock()
	defer ft.mu.Unlock()
	return ft.seen.String()
}

// waitFor waits until the screen shows text.
func (ft *fakeTerminal) waitFor(t *testing.T, text string) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if strings.Contains(ft.screen(), text) {
			return
		}
	}
	t.Fatalf("the terminal never showed %q; it shows %q", text, ft.screen())
}

// Every accepted answer, typed at a terminal, in both languages: the
// question shows the language's marker, and survey's "Sorry, your reply
// was invalid" never appears for s.
func TestConfirmAtATerminalAcceptsEveryAnswerInBothLanguages(t *testing.T) {
	answers := map[string]bool{"s": true, "si": true, "sí": true, "y": true, "yes": true, "S": true, "n": false, "no": false, "NO": false}
	for _, lang := range []i18n.Lang{i18n.English, i18n.Spanish} {
		marker := map[i18n.Lang]string{i18n.English: "(y/N)", i18n.Spanish: "(s/N)"}[lang]
		for answer, want := range answers {
			t.Run(string(lang)+"/"+answer, func(t *testing.T) {
				ft := newFakeTerminal(t)
				p := NewSurveyIn(i18n.New(lang), ft.tty, ft.tty, ft.tty)
				type result struct {
					yes bool
					err error
				}
				done := make(chan result, 1)
				go func() {
					yes, err := p.Confirm("Charge MXN 1.00?", false)
					done <- result{yes, err}
				}()
				ft.waitFor(t, marker)
				time.Sleep(50 * time.Millisecond) // survey is reading keys
				ft.ptmx.WriteString(answer + "\r")
				select {
				case r := <-done:
					if r.err != nil || r.yes != want {
						t.Errorf("answer %q: %v, %v; want %v\n%q", answer, r.yes, r.err, want, ft.screen())
					}
				case <-time.After(10 * time.Second):
					t.Fatalf("answer %q was not taken: %q", answer, ft.screen())
				}
				if strings.Contains(ft.screen(), "Sorry") || strings.Contains(ft.screen(), "no es sí ni no") {
					t.Errorf("answer %q was refused: %q", answer, ft.screen())
				}
			})
		}
	}
}

// An answer that is neither is refused in the reader's language and the
// question asked again.
func TestConfirmRefusesOtherAnswersInTheReadersLanguage(t *testing.T) {
	ft := newFakeTerminal(t)
	p := NewSurveyIn(i18n.New(i18n.Spanish), ft.tty, ft.tty, ft.tty)
	done := make(chan bool, 1)
	go func() {
		yes, _ := p.Confirm("¿Confirmas el cargo?", false)
		done <- yes
	}()
	ft.waitFor(t, "(s/N)")
	time.Sleep(50 * time.Millisecond)
	ft.ptmx.WriteString("quizá\r")
	ft.waitFor(t, `Respuesta no válida: "quizá" no es sí ni no`)
	if strings.Contains(ft.screen(), "Sorry, your reply was invalid") {
		t.Errorf("survey's English refusal under Spanish: %q", ft.screen())
	}
	time.Sleep(100 * time.Millisecond)
	ft.ptmx.WriteString("sí\r")
	select {
	case yes := <-done:
		if !yes {
			t.Error("sí after a refusal was not a yes")
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("sí was not taken: %q", ft.screen())
	}
}
