package output

import (
	"bufio"
	"time"
)

// outBufferSize is the buffer of a list's output: big writes, few syscalls.
const outBufferSize = 64 << 10

// streamFlushEvery bounds how long a streamed row may wait in the buffer
// while rows keep coming; when the producer is about to wait, the buffer
// is written out at once (List.Stream).
const streamFlushEvery = 50 * time.Millisecond

// rowWriter is a list's buffered output. By default every row is written
// out as soon as it is added; a streamed list (List.Stream) writes out only
// when the buffer fills, when streamFlushEvery has passed since the last
// write, when the producer is about to wait, and on Close or Flush.
type rowWriter struct {
	*bufio.Writer
	streamed bool
	last     time.Time
}

// rowDone is called after each row.
func (w *rowWriter) rowDone() error {
	if !w.due() {
		return nil
	}
	return w.Flush()
}

// due reports whether the rows buffered are to be written out now.
func (w *rowWriter) due() bool {
	if !w.streamed {
		return true
	}
	now := time.Now()
	if now.Sub(w.last) < streamFlushEvery {
		return false
	}
	w.last = now
	return true
}
