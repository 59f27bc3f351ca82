package facti

import (
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
)

// dueNotPast refuses a deadline (limit_payment_date, YYYY-MM-DD, already
// validated) before today: Facti would accept it and e-mail the customer a
// request that is overdue the moment it arrives. Today is the local date;
// today itself is allowed.
func dueNotPast(due string, now time.Time) error {
	if due == "" {
		return nil
	}
	d, err := time.ParseInLocation("2006-01-02", due, now.Location())
	if err != nil {
		return nil // Validate has already said what is wrong with it
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	if d.Before(today) {
		return cmdutil.UsageErrorf("--due %s is in the past (today is %s): give a date from today on", due, today.Format("2006-01-02"))
	}
	return nil
}
