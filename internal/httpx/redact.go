package httpx

import (
	"encoding/json"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
)

// This file is the one place that decides what is secret. Everything the
// package writes to a trace or puts in an error passes through a redactor:
// first the structural rules (URL, headers, form and JSON bodies), then a
// final literal pass over the whole text for card numbers and the caller's
// known secret values, in case a structural rule missed a shape.

// mask replaces every secret value.
const mask = "***"

// secretFieldNames are field names whose values are secret wherever they
// appear: form and query keys (also as the inner key of PHP-style keys such
// as data[numeroTarjeta]), JSON object keys at any depth. The comparison
// ignores case. One list feeds both the structural rules and the free-text
// pattern, so they cannot drift apart.
const secretFieldNames = "api_key|apikey|client_id|token|password|ipn_password|numeroTarjeta|cvt|cvv|mesExpiracion|anyoExpiracion|idSucursal|idUsuario|id_sucursal|id_usuario|secret"

func isSecretField(name string) bool {
	for field := range strings.SplitSeq(secretFieldNames, "|") {
		if strings.EqualFold(field, name) {
			return true
		}
	}
	return false
}

// isSecretContainer reports keys under which every value is secret: bank
// credentials and two-factor answers are whatever fields the site defines.
func isSecretContainer(name string) bool {
	return strings.EqualFold(name, "credentials") || strings.EqualFold(name, "twofa")
}

// isSecretHeader reports headers masked whole (Authorization-like headers
// keep their scheme word instead; see redactAuthorization). Beyond the
// usual ones, a header named like a secret field (X-Token, Api-Key) counts.
func isSecretHeader(canonicalName string) bool {
	switch canonicalName {
	case "Cookie", "Set-Cookie", "X-Api-Key":
		return true
	}
	field := strings.ReplaceAll(strings.ToLower(canonicalName), "-", "_")
	return isSecretKey(field) || isSecretKey(strings.TrimPrefix(field, "x_"))
}

// minLiteralLength: shorter literal secrets are not masked in the final
// pass, because masking every "12" would make a trace unreadable; the
// structural rules still mask them where they appear as values.
const minLiteralLength = 4

// Redactor masks secrets. One Redactor serves a whole run of mxpay: every
// trace, error message, log, journal and ledger entry passes through it.
// Besides the field-name rules it masks by value: Add the secrets a run
// handles (credentials, card number and CVV, bank passwords, two-factor
// codes) and they are masked wherever they appear, whatever field, header
// or error page they come back in. A nil *Redactor applies the field-name
// rules only. It is safe for concurrent use.
type Redactor struct {
	mu       sync.RWMutex
	literals []string // longest first, so a secret containing another is masked whole
}

// NewRedactor returns a Redactor that masks secrets by value as well.
func NewRedactor(secrets []string) *Redactor {
	r := &Redactor{}
	r.Add(secrets...)
	return r
}

// Add registers secret values to mask from now on, with their escaped forms
// (a secret may travel form-, path- or JSON-escaped). Values shorter than 4
// characters are skipped: masking every "12" would garble what is shown;
// the field-name rules still mask them where they appear as values.
func (r *Redactor) Add(secrets ...string) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range secrets {
		if len(s) < minLiteralLength {
			continue
		}
		quoted, _ := json.Marshal(s)
		for _, form := range []string{s, url.QueryEscape(s), url.PathEscape(s), strings.Trim(string(quoted), `"`)} {
			if !slices.Contains(r.literals, form) {
				r.literals = append(r.literals, form)
			}
		}
	}
	slices.SortStableFunc(r.literals, func(a, b string) int { return len(b) - len(a) })
}

// Error returns err's message with every secret masked: the form every
// error takes on its way to a person.
func (r *Redactor) Error(err error) string {
	if err == nil {
		return ""
	}
	return r.Message(err.Error())
}

// Message masks mxpay's own words (messages, errors, hints, logs): the
// field-name rules and the run's known secrets, card numbers among them.
// Unlike Text it does not guess that any Luhn-valid run of digits is a
// card: mxpay's messages carry ids (Sync's have long runs of digits) that
// people must be able to copy. Text in a reply from elsewhere goes through
// Text (httpx.Excerpt, CheckStatus and the traces do that).
func (r *Redactor) Message(s string) string {
	return r.known(r.freeText(s))
}

// RedactURL returns rawURL with secrets masked: secret query parameters,
// the path segment after /sessions/ (Sync session tokens live there) and
// any password in the user info. Use it when putting a URL in a message.
func RedactURL(rawURL string) string {
	return NewRedactor(nil).URL(rawURL)
}

// isSecretKey reports whether a form, query or JSON key names a secret.
// PHP-style keys are split into their parts, so data[numeroTarjeta] and
// credentials[password] are secret, and anything under credentials[ or
// twofa[ is.
func isSecretKey(key string) bool {
	parts := strings.FieldsFunc(key, func(r rune) bool { return r == '[' || r == ']' })
	for i, part := range parts {
		if isSecretField(part) || (i == 0 && isSecretContainer(part)) {
			return true
		}
	}
	return false
}

// Text masks free text: secret-looking assignments (api_key=…, "cvt": …,
// <token>…</token>), the run's known secret values and card numbers. Use
// it for anything not known to be a URL, header or body.
func (r *Redactor) Text(s string) string {
	return r.literal(r.freeText(s))
}

// literal applies the final pass of anything from elsewhere: known secret
// values and card numbers.
func (r *Redactor) literal(s string) string {
	return maskCardNumbers(r.known(s))
}

// url masks the secret parts of a URL. An unparsable URL is passed through
// the text rules only.
func (r *Redactor) URL(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return r.Text(rawURL)
	}
	// url.UserPassword would escape the mask, so the user info is put back
	// by hand.
	userinfo := ""
	if u.User != nil {
		userinfo = url.User(u.User.Username()).String()
		if _, hasPassword := u.User.Password(); hasPassword {
			userinfo += ":" + mask
		}
		userinfo += "@"
		u.User = nil
	}
	// Mask both forms of the path: String prefers RawPath, and would
	// escape "***" if it had to encode the path itself.
	u.RawPath = maskSessionPath(u.EscapedPath())
	u.Path = maskSessionPath(u.Path)
	s := u.String()
	if userinfo != "" {
		s = strings.Replace(s, "//", "//"+userinfo, 1)
	}
	if u.RawQuery != "" {
		// Re-attach the query by hand so its order and escaping stay as sent.
		base, _, _ := strings.Cut(s, "?")
		s = base + "?" + r.form(u.RawQuery)
		if u.Fragment != "" {
			s += "#" + u.EscapedFragment()
		}
	}
	return r.literal(s)
}

// maskSessionPath masks the segment after /sessions/: Sync session tokens
// travel in paths such as /sessions/<token>/verify.
func maskSessionPath(path string) string {
	segments := strings.Split(path, "/")
	for i := 0; i+1 < len(segments); i++ {
		if segments[i] == "sessions" && segments[i+1] != "" {
			segments[i+1] = mask
		}
	}
	return strings.Join(segments, "/")
}

// form masks the values of secret keys in an urlencoded form or query
// string, keeping the order and encoding of everything else. A value that
// is itself JSON (Facti's IPN data field) has its JSON secrets masked too.
func (r *Redactor) form(encoded string) string {
	pairs := strings.Split(encoded, "&")
	for i, pair := range pairs {
		rawKey, rawValue, hasValue := strings.Cut(pair, "=")
		if !hasValue {
			continue
		}
		key, err := url.QueryUnescape(rawKey)
		if err != nil {
			key = rawKey
		}
		if isSecretKey(key) {
			pairs[i] = rawKey + "=" + mask
			continue
		}
		if value, err := url.QueryUnescape(rawValue); err == nil && looksLikeJSON(value) {
			if masked := r.json(value); masked != value {
				pairs[i] = rawKey + "=" + url.QueryEscape(masked)
			}
		}
	}
	return strings.Join(pairs, "&")
}

// header returns a header value to trace, with secrets masked.
func (r *Redactor) Header(name, value string) string {
	canonical := http.CanonicalHeaderKey(name)
	switch {
	case canonical == "Authorization" || canonical == "Proxy-Authorization":
		return redactAuthorization(value)
	case isSecretHeader(canonical):
		return mask
	}
	return r.literal(value)
}

// authScheme is a word that names an authorization scheme rather than
// holding a credential: Bearer, TOKEN, API_KEY.
// Compiled on first use: regexps at package init would slow every mxpay
// start-up, including `mxpay version`, for the sake of --debug traces.
var authScheme = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[A-Za-z][A-Za-z_-]{0,19}$`)
})

// redactAuthorization keeps the scheme word and masks the rest, so a trace
// still shows which kind of credential was sent ("TOKEN ***", "API_KEY
// ***"). A value without a recognisable scheme is masked whole, since it may
// be a bare key.
func redactAuthorization(value string) string {
	scheme, rest, hasRest := strings.Cut(strings.TrimSpace(value), " ")
	if hasRest && strings.TrimSpace(rest) != "" && authScheme().MatchString(scheme) {
		return scheme + " " + mask
	}
	return mask
}

// body masks secrets in a request or response body according to its media
// type. Unrecognised text gets the free-text rules.
func (r *Redactor) Body(contentType string, body string) string {
	mediaType := strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	switch {
	case mediaType == "application/x-www-form-urlencoded":
		return r.literal(r.form(body))
	case strings.HasSuffix(mediaType, "json") || looksLikeJSON(body):
		return r.literal(r.json(body))
	}
	return r.Text(body)
}

// known masks the run's known secret values.
func (r *Redactor) known(s string) string {
	if r != nil {
		r.mu.RLock()
		for _, lit := range r.literals {
			s = strings.ReplaceAll(s, lit, mask)
		}
		r.mu.RUnlock()
	}
	return s
}

func looksLikeJSON(s string) bool {
	trimmed := strings.TrimSpace(s)
	return strings.HasPrefix(trimmed, "{") || strings.HasPrefix(trimmed, "[")
}

// secretAssignment finds key=value and "key": "value" shapes in text that
// is neither a form nor JSON, also URL-encoded (data%5Bcvt%5D=123, as an
// error page echoing a PHP-style form shows it) (plain-text errors, XML, malformed or
// truncated JSON), including a quoted value cut off before its closing
// quote; secretElement finds <key>value</key>.
var (
	secretAssignment = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)((?:^|[^A-Za-z0-9_]|%5B)(?:` + secretFieldNames + `)(?:["'\]]|%5D)?\s*(?:[:=]|%3A|%3D)\s*)(\\"(?:[^"\\]|\\[^"])*(?:\\")?|"(?:[^"\\]|\\.)*"?|'[^']*'?|[^\s&,;"'<>}\]\\]+)`)
	})
	secretElement = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)(<(?:` + secretFieldNames + `)>)[^<]*(</)`)
	})
)

// freeText masks secret-looking assignments in unstructured text. Both
// shapes need a ':', '=' or '%' (an encoded one), or a '<': text with none
// of them (most messages, every reference) skips the expressions, which
// are most of what masking costs.
func (r *Redactor) freeText(s string) string {
	if !strings.ContainsAny(s, ":=%<") {
		return s
	}
	assignment := secretAssignment()
	s = assignment.ReplaceAllStringFunc(s, func(m string) string {
		sub := assignment.FindStringSubmatch(m)
		return sub[1] + maskQuoted(sub[2])
	})
	return secretElement().ReplaceAllString(s, "${1}"+mask+"${2}")
}

// maskQuoted masks a value and keeps its quotes: "x", 'x', or \"x\" inside
// a JSON string. A value cut off by a size limit has no closing quote.
func maskQuoted(value string) string {
	open := ""
	switch {
	case strings.HasPrefix(value, `\"`):
		open = `\"`
	case strings.HasPrefix(value, `"`), strings.HasPrefix(value, "'"):
		open = value[:1]
	}
	if open != "" && len(value) >= 2*len(open) && strings.HasSuffix(value, open) {
		return open + mask + open
	}
	return open + mask
}
