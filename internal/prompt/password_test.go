package prompt

import (
	"bytes"
	"context"
	"errors"
	"io"
	"testing"
)

func TestReadSecret(t *testing.T) {
	tests := []struct {
		name, in, want string
		err            error
	}{
		{"plain", "s3cret\r", "s3cret", nil},
		{"newline ends too", "abc\n", "abc", nil},
		{"backspace", "abcd\x7f\x7fz\r", "abz", nil},
		{"backspace over a multibyte rune", "contraseña\x7f\x7fa\r", "contraseña"[:len("contrase")] + "a", nil},
		{"ctrl-u clears", "wrong\x15right\r", "right", nil},
		{"control bytes ignored", "a\x01b\r", "ab", nil},
		{"ctrl-c interrupts", "abc\x03", "", context.Canceled},
		{"ctrl-d on empty line ends input", "\x04", "", io.EOF},
		{"input ends", "abc", "", io.EOF},
	}
	for _, tt := range tests {
		got, err := readSecret(bytes.NewReader([]byte(tt.in)))
		if got != tt.want || (tt.err == nil) != (err == nil) || (tt.err != nil && !errors.Is(err, tt.err)) {
			t.Errorf("%s: readSecret = %q, %v; want %q, %v", tt.name, got, err, tt.want, tt.err)
		}
	}
}
