package output

import "io"

// Colors of JSON on a terminal, as gh's: keys bold blue, strings green,
// numbers cyan, true and false yellow, null gray; punctuation plain.
const (
	jsonKeyColor    = "\x1b[1;34m"
	jsonStringColor = "\x1b[32m"
	jsonNumberColor = "\x1b[36m"
	jsonBoolColor   = "\x1b[33m"
	jsonNullColor   = "\x1b[90m"
	colorReset      = "\x1b[0m"
)

// colorJSON returns w coloring the JSON written to it when stdout is a
// terminal with color on; otherwise w itself. Piped JSON, and JSON under
// NO_COLOR, is never colored.
func colorJSON(ios *IOStreams, w io.Writer) io.Writer {
	if !ios.IsStdoutTTY() || !ios.ColorEnabled() {
		return w
	}
	return &jsonColorWriter{w: w}
}

// jsonColorWriter colors a stream of JSON text, however it is split into
// writes, without changing a byte of it: only escape sequences are added
// around keys, strings, numbers and literals. A string is known to be a key
// only when the next byte that is not a space is a colon, so a finished
// string (and the spaces after it) is held until that byte arrives.
type jsonColorWriter struct {
	w       io.Writer
	out     []byte
	str     []byte // the string being read or held, quotes included
	spaces  []byte // spaces after a held string
	state   jsonLexState
	escaped bool
}

type jsonLexState int

const (
	lexPlain   jsonLexState = iota
	lexString               // inside a string
	lexHeld                 // a string ended; key or value not known yet
	lexLiteral              // inside a number, true, false or null
)

func (c *jsonColorWriter) Write(p []byte) (int, error) {
	c.out = c.out[:0]
	for _, b := range p {
		c.lex(b)
	}
	if _, err := c.w.Write(c.out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// end releases a held string (a top-level string is a value) and closes a
// literal; call it after each complete value whose end may be held.
func (c *jsonColorWriter) end() error {
	c.out = c.out[:0]
	c.release(false)
	if c.state == lexLiteral {
		c.out = append(c.out, colorReset...)
		c.state = lexPlain
	}
	_, err := c.w.Write(c.out)
	return err
}

func (c *jsonColorWriter) lex(b byte) {
	switch c.state {
	case lexString:
		c.str = append(c.str, b)
		switch {
		case c.escaped:
			c.escaped = false
		case b == '\\':
			c.escaped = true
		case b == '"':
			c.state = lexHeld
		}
		return
	case lexHeld:
		if isJSONSpace(b) {
			c.spaces = append(c.spaces, b)
			return
		}
		c.release(b == ':')
	case lexLiteral:
		if isLiteralByte(b) {
			c.out = append(c.out, b)
			return
		}
		c.out = append(c.out, colorReset...)
		c.state = lexPlain
	}
	switch {
	case b == '"':
		c.state = lexString
		c.str = append(c.str[:0], b)
	case isJSONSpace(b) || b == '{' || b == '}' || b == '[' || b == ']' || b == ',' || b == ':':
		c.out = append(c.out, b)
	default:
		color := jsonNumberColor
		switch b {
		case 't', 'f':
			color = jsonBoolColor
		case 'n':
			color = jsonNullColor
		}
		c.out = append(c.out, color...)
		c.out = append(c.out, b)
		c.state = lexLiteral
	}
}

// release writes a held string as a key or a value, and the spaces after it.
func (c *jsonColorWriter) release(key bool) {
	if c.state != lexHeld {
		return
	}
	color := jsonStringColor
	if key {
		color = jsonKeyColor
	}
	c.out = append(c.out, color...)
	c.out = append(c.out, c.str...)
	c.out = append(c.out, colorReset...)
	c.out = append(c.out, c.spaces...)
	c.str, c.spaces = c.str[:0], c.spaces[:0]
	c.state = lexPlain
}

func isJSONSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

func isLiteralByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '-' || b == '+' || b == '.'
}
