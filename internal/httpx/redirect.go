package httpx

import (
	"net/http"
	"strings"
)

// checkRedirect is the redirect policy of every mxpay client. A redirect is
// followed only when nothing of the request could leak or be applied twice:
// the request carried no body (a search, a create or a charge never follows
// one: its form holds the credentials and, for a charge, the card) and the
// target has the same scheme, host and port as the original request. Any
// other redirect ends the exchange with the 3xx response itself, which
// callers see as a *StatusError: for a request that creates or moves money
// that is an ambiguous outcome, to be looked up, never "created".
func checkRedirect(req *http.Request, via []*http.Request) error {
	first := via[0]
	if hasBody(first) || !sameOrigin(first, req) || len(via) >= 5 {
		return http.ErrUseLastResponse
	}
	return nil
}

func hasBody(req *http.Request) bool {
	return (req.Body != nil && req.Body != http.NoBody) || req.GetBody != nil || req.ContentLength > 0
}

// sameOrigin compares scheme, host and port, with the scheme's default port
// made explicit so that http://h and http://h:80 agree.
func sameOrigin(a, b *http.Request) bool {
	return strings.EqualFold(a.URL.Scheme, b.URL.Scheme) &&
		strings.EqualFold(a.URL.Hostname(), b.URL.Hostname()) &&
		portOf(a) == portOf(b)
}

func portOf(r *http.Request) string {
	if p := r.URL.Port(); p != "" {
		return p
	}
	switch strings.ToLower(r.URL.Scheme) {
	case "https":
		return "443"
	case "http":
		return "80"
	}
	return ""
}
