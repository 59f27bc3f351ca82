package output

import (
	"strings"
	"testing"
)

func TestProgressAndSpinnerAreSilentWithoutTTY(t *testing.T) {
	ios, _, _, errOut := Test()
	ios.SetTTY(true, true, false) // only stderr matters

	p := NewProgress(ios, 10, "fetching")
	p.Add(3)
	p.SetTotal(20)
	p.Describe("still fetching")
	p.Finish()

	s := NewSpinner(ios, "waiting")
	s.Update("still waiting")
	s.Stop()

	if errOut.Len() != 0 {
		t.Errorf("nothing should reach stderr when it is not a terminal, got %q", errOut.String())
	}
}

func TestProgressDrawsOnTTYStderr(t *testing.T) {
	ios, _, out, errOut := Test()
	ios.SetTTY(false, false, true)

	p := NewProgress(ios, 4, "fetching payments")
	p.Add(2)
	if !strings.Contains(errOut.String(), "fetching payments") {
		t.Errorf("bar should show its description on stderr, got %q", errOut.String())
	}
	p.Finish()
	if out.Len() != 0 {
		t.Errorf("progress must never touch stdout, got %q", out.String())
	}
}

func TestSpinnerDrawsOnTTYStderr(t *testing.T) {
	ios, _, out, errOut := Test()
	ios.SetTTY(false, false, true)

	s := NewSpinner(ios, "waiting for the bank")
	s.Stop()
	if !strings.Contains(errOut.String(), "waiting for the bank") {
		t.Errorf("spinner should show its message on stderr, got %q", errOut.String())
	}
	if out.Len() != 0 {
		t.Errorf("a spinner must never touch stdout, got %q", out.String())
	}
}

func TestColorScheme(t *testing.T) {
	off := NewColorScheme(false)
	on := NewColorScheme(true)
	for name, color := range map[string][2]func(string) string{
		"bold":   {off.Bold, on.Bold},
		"green":  {off.Green, on.Green},
		"red":    {off.Red, on.Red},
		"yellow": {off.Yellow, on.Yellow},
		"gray":   {off.Gray, on.Gray},
	} {
		if got := color[0]("text"); got != "text" {
			t.Errorf("%s with color off = %q, want the text unchanged", name, got)
		}
		got := color[1]("text")
		if !strings.HasPrefix(got, "\x1b[") || !strings.HasSuffix(got, "text\x1b[0m") {
			t.Errorf("%s with color on = %q, want the text between escape codes", name, got)
		}
	}
	if got := on.Red(""); got != "" {
		t.Errorf("empty text should stay empty, got %q", got)
	}

	ios, _, _, _ := Test()
	if ios.ColorScheme().Enabled() {
		t.Error("test streams have color off")
	}
	ios.SetColorEnabled(true)
	if !ios.ColorScheme().Enabled() {
		t.Error("ColorScheme should follow SetColorEnabled")
	}
}
