package facti

import (
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/errs"
)

func TestDueNotPast(t *testing.T) {
	mx := time.FixedZone("CST", -6*3600)
	now := time.Date(2026, 6, 15, 23, 30, 0, 0, mx) // late evening: still the 15th here
	for due, ok := range map[string]bool{"": true, "2026-06-15": true, "2026-06-16": true, "2026-06-14": false, "2020-01-01": false} {
		err := dueNotPast(due, now)
		if (err == nil) != ok {
			t.Errorf("dueNotPast(%q) = %v, want ok %v", due, err, ok)
		}
		if err != nil && errs.KindOf(err) != errs.Usage {
			t.Errorf("dueNotPast(%q): %v should exit 2", due, err)
		}
	}
}
