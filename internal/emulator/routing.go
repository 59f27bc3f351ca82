package emulator

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// Handler serves /facti/, /pagofacil/ and /sync/ (each provider sees paths
// without its prefix), answers 404 JSON for anything else and applies the
// configured faults.
func (e *Emulator) Handler() http.Handler { return http.HandlerFunc(e.serveHTTP) }

func (e *Emulator) serveHTTP(w http.ResponseWriter, r *http.Request) {
	p, r := e.route(r)
	if f, ok := e.faults.take(p.name, r.Method, r.URL.Path); ok {
		e.injectFault(w, r, p, f)
		return
	}
	p.handler.ServeHTTP(w, r)
}

// route finds the provider for r and returns r with the provider prefix
// stripped; other paths get the fallback, whose empty name only matches
// faults for any provider.
func (e *Emulator) route(r *http.Request) (*provider, *http.Request) {
	for i := range e.providers {
		p := &e.providers[i]
		prefix := "/" + p.name
		rest, ok := strings.CutPrefix(r.URL.Path, prefix)
		if !ok || (rest != "" && rest[0] != '/') {
			continue
		}
		return p, stripPrefix(r, prefix, rest)
	}
	return &e.fallback, r
}

// stripPrefix is http.StripPrefix's rewrite, except that the bare prefix
// becomes "/" so that providers always see a rooted path.
func stripPrefix(r *http.Request, prefix, rest string) *http.Request {
	r2 := new(http.Request)
	*r2 = *r
	r2.URL = new(url.URL)
	*r2.URL = *r.URL
	r2.URL.Path = rooted(rest)
	if r.URL.RawPath != "" {
		rawRest, ok := strings.CutPrefix(r.URL.RawPath, prefix)
		r2.URL.RawPath = ""
		if ok {
			r2.URL.RawPath = rooted(rawRest)
		}
	}
	return r2
}

func rooted(p string) string {
	if p == "" {
		return "/"
	}
	return p
}

func notEmulated(w http.ResponseWriter, r *http.Request) {
	writeRootError(w, http.StatusNotFound,
		fmt.Sprintf("nothing is emulated at %s; the emulator serves /facti, /pagofacil and /sync", r.URL.Path))
}

func writeRootError(w http.ResponseWriter, status int, message string) {
	body, _ := json.Marshal(struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	}{status, message}) // cannot fail: plain fields
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(body)
}
