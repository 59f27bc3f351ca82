package sync

import (
	"time"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

// Timing sets how fast the emulated service moves. It is kept in the state
// file, so a test (or a demo) sets it once and every later command — each
// opening the emulator afresh — sees it.
type Timing struct {
	// Step is the time between two codes of a job (100 → 101 → 102 → 200).
	Step time.Duration `json:"step"`
	// TwofaTimeout is how long a job waits at 410 before giving up with 411.
	TwofaTimeout time.Duration `json:"twofa_timeout"`
	// SessionTTL is the inactivity window of a session token.
	SessionTTL time.Duration `json:"session_ttl"`
}

// DefaultTiming is slow enough to watch a spinner, fast enough for a demo.
func DefaultTiming() Timing {
	return Timing{Step: time.Second, TwofaTimeout: 2 * time.Minute, SessionTTL: 5 * time.Minute}
}

const (
	bucketConfig = "sync_config"
	keyTiming    = "timing"
)

// Configure stores t in st; zero fields keep their defaults.
func Configure(st *state.Store, t Timing) error {
	return st.Update(func(tx *bbolt.Tx) error { return state.PutJSON(tx, bucketConfig, keyTiming, t) })
}

func (s *server) timing() Timing {
	t := DefaultTiming()
	var stored Timing
	s.st.View(func(tx *bbolt.Tx) error {
		_, err := state.GetJSON(tx, bucketConfig, keyTiming, &stored)
		return err
	})
	if stored.Step > 0 {
		t.Step = stored.Step
	}
	if stored.TwofaTimeout > 0 {
		t.TwofaTimeout = stored.TwofaTimeout
	}
	if stored.SessionTTL > 0 {
		t.SessionTTL = stored.SessionTTL
	}
	return t
}
