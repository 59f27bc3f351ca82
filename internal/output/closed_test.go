package output

import (
	"errors"
	"os"
	"syscall"
	"testing"
)

// pipeWriter fails like a pipe whose reader went away.
type pipeWriter struct{ writes int }

func (p *pipeWriter) Write(b []byte) (int, error) {
	p.writes++
	return 0, &os.PathError{Op: "write", Path: "|1", Err: syscall.EPIPE}
}

func TestClosingWriterMarksAClosedStdout(t *testing.T) {
	p := &pipeWriter{}
	called := 0
	ios := &IOStreams{}
	ios.stdout = &closingWriter{f: p}
	ios.Out = ios.stdout
	ios.OnStdoutClosed(func() { called++ })

	l, err := NewList(ios, Options{Format: "csv"}, paymentColumns(), paymentRaw)
	if err != nil {
		t.Fatal(err)
	}
	err = l.Add(samplePayments()[0])
	if !errors.Is(err, ErrStdoutClosed) || !errors.Is(err, syscall.EPIPE) {
		t.Fatalf("err = %v, want ErrStdoutClosed and EPIPE", err)
	}
	if _, err := ios.Out.Write([]byte("again")); !errors.Is(err, ErrStdoutClosed) {
		t.Errorf("a later write: %v", err)
	}
	if !ios.StdoutClosed() || called != 1 || p.writes != 1 {
		t.Errorf("closed %v, onClose called %d times, %d writes reached the pipe", ios.StdoutClosed(), called, p.writes)
	}
}
