package ledger

import (
	"net/url"
	"os"
	"os/user"
	"time"

	"github.com/mxpay/mxpay/internal/httpx"
)

// cardRule is the redactor without secrets of its own: its field-name
// rules and its card-number rule, applied after the caller's hook so the
// ledger never stores a card number even if the hook misses one.
var cardRule = httpx.NewRedactor(nil)

func (o *options) fillDefaults() {
	if o.now == nil {
		o.now = time.Now
	}
	if o.who == "" {
		o.who = osUser()
	}
	if o.host == "" {
		o.host, _ = os.Hostname()
	}
	if o.maxBatch <= 0 {
		o.maxBatch = defaultMaxBatch
	}
	if o.sqliteSync == "" {
		o.sqliteSync = "FULL"
	}
}

func osUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if v := os.Getenv("USER"); v != "" {
		return v
	}
	return os.Getenv("USERNAME")
}

// text masks a free-text field.
func (o *options) text(s string) string {
	if s == "" {
		return s
	}
	if o.redact != nil {
		s = o.redact(s)
	}
	return maskGroupedCards(cardRule.Text(s))
}

// isCardNumber asks the redactor's card rule (13–19 digits passing Luhn)
// about a run of digits, so that rule stays in one place.
func isCardNumber(digits string) bool {
	return len(digits) >= 13 && len(digits) <= 19 && cardRule.Text(digits) != digits
}

// maskGroupedCards masks card numbers written in groups ("4111 1111 1111
// 1111", "4111-1111-…"), which the redactor's rule, made for runs of
// digits, does not see: every stretch of consecutive groups (separated by
// one space or dash) whose digits form a card number is masked.
func maskGroupedCards(s string) string {
	type group struct{ start, end int }
	var groups []group
	var out []byte
	last := 0
	flush := func() {
		for i := range groups {
			digits := ""
			for j := i; j < len(groups); j++ {
				digits += s[groups[j].start:groups[j].end]
				if j > i && isCardNumber(digits) {
					if out == nil {
						out = make([]byte, 0, len(s))
					}
					if groups[i].start >= last {
						out = append(out, s[last:groups[i].start]...)
						out = append(out, "***"...)
						last = groups[j].end
					} else if groups[j].end > last {
						last = groups[j].end // extends a masked stretch
					}
				}
			}
		}
		groups = groups[:0]
	}
	for i := 0; i < len(s); {
		if !isDigitByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isDigitByte(s[j]) {
			j++
		}
		if n := len(groups); n > 0 && (i-groups[n-1].end != 1 || (s[i-1] != ' ' && s[i-1] != '-')) {
			flush()
		}
		groups = append(groups, group{i, j})
		i = j
	}
	flush()
	if out == nil {
		return s
	}
	return string(append(out, s[last:]...))
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// keyProblem reports a key field that masking would change: it holds a
// secret or something shaped like a card number, and must not be stored.
func (o *options) keyProblem(name, v string) string {
	if v != "" && o.text(v) != v {
		return name + " looks like a card number or a secret; the ledger stores neither"
	}
	return ""
}

// ref masks a reference value; an 18-digit CLABE is kept (see the package
// documentation).
func (o *options) ref(r Ref) Ref {
	if r.Kind == RefSTPClabe && len(r.Value) == 18 && allDigits(r.Value) {
		return r
	}
	r.Value = o.text(r.Value)
	return r
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// redactURL drops the password of a database URL, for messages.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(an unparsable URL)"
	}
	if _, has := u.User.Password(); has {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	q := u.Query()
	if q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.String()
}
