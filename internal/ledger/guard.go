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
	return cardRule.Text(s)
}

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
		if s[i] < '0' || s[i] > '9' {
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
