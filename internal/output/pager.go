package output

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/kballard/go-shellquote"
	"github.com/mxpay/mxpay/internal/i18n"
)

// DefaultPager is the pager used when neither MXPAY_PAGER nor PAGER says
// otherwise: -F quits at once when the output fits one screen, -R passes
// colors through, -X leaves the output on the screen afterwards.
const DefaultPager = "less -FRX"

// PagerCommand decides the pager, first found wins: --no-pager (none),
// MXPAY_PAGER (set but empty: none), PAGER, DefaultPager. explicit reports
// whether the user named it (a pager that does not start is then worth a
// warning; a missing less is not).
func PagerCommand(lookupEnv func(string) (string, bool), noPager bool) (command string, explicit bool) {
	if noPager {
		return "", false
	}
	if v, ok := lookupEnv("MXPAY_PAGER"); ok {
		return strings.TrimSpace(v), true
	}
	if v, _ := lookupEnv("PAGER"); strings.TrimSpace(v) != "" {
		return strings.TrimSpace(v), true
	}
	return DefaultPager, false
}

// pagerState is the pager of one run: chosen by SetPager, started by the
// printers with StartPager, stopped by the root with StopPager.
type pagerState struct {
	command  string
	explicit bool
	cmd      *exec.Cmd
	pipe     *closingWriter
	saved    io.Writer
	onClose  func()
}

func (p *pagerState) running() bool    { return p.cmd != nil }
func (p *pagerState) readerGone() bool { return p.pipe != nil && p.pipe.isClosed() }

// SetPager chooses the pager command ("" for none); see PagerCommand.
func (s *IOStreams) SetPager(command string, explicit bool) {
	s.pager.command, s.pager.explicit = command, explicit
}

// StartPager sends the rest of stdout through the pager, when there is one
// and stdout is a terminal; never into a pipe or a file. It is called by
// the printers just before a result is written (after any prompt, since
// the pager takes the terminal), and does nothing the second time. A pager
// that cannot be started leaves stdout as it was.
func (s *IOStreams) StartPager() {
	p := &s.pager
	if p.command == "" || p.cmd != nil || !s.stdoutTTY {
		return
	}
	args, err := shellquote.Split(p.command)
	if err != nil || len(args) == 0 {
		p.warn(s, i18n.Errorf("cannot read the pager command %q: %v", p.command, err))
		return
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = pagerEnv(os.Environ())
	cmd.Stdout = s.Out
	if s.stdout != nil {
		cmd.Stdout = s.stdout.f // the terminal itself, so the pager can page
	}
	cmd.Stderr = s.ErrOut
	in, err := cmd.StdinPipe()
	if err != nil {
		p.warn(s, err)
		return
	}
	if err := cmd.Start(); err != nil {
		p.warn(s, err)
		return
	}
	p.cmd, p.saved = cmd, s.Out
	p.pipe = &closingWriter{f: in, onClose: p.onClose}
	s.Out = p.pipe
}

// StopPager ends the input of the pager and waits for the user to leave
// it, then restores stdout. Safe to call when no pager runs.
func (s *IOStreams) StopPager() {
	p := &s.pager
	if p.cmd == nil {
		return
	}
	if closer, ok := p.pipe.f.(io.Closer); ok {
		_ = closer.Close()
	}
	_ = p.cmd.Wait() // the pager's own exit status is no concern of the command's
	s.Out, p.cmd = p.saved, nil
}

func (p *pagerState) warn(s *IOStreams, err error) {
	p.command = "" // once is enough
	if p.explicit {
		fmt.Fprintln(s.ErrOut, s.T("Warning: not using the pager: %v", i18n.Localize(err, s.Printer())))
	}
}

// pagerEnv gives less and lv the options a CLI pager needs (as gh does)
// unless the user set their own.
func pagerEnv(env []string) []string {
	has := func(name string) bool {
		for _, kv := range env {
			if strings.HasPrefix(kv, name+"=") {
				return true
			}
		}
		return false
	}
	if !has("LESS") {
		env = append(env, "LESS=FRX")
	}
	if !has("LV") {
		env = append(env, "LV=-c")
	}
	return env
}
