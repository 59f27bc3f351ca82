package sync

import (
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/i18n"
)

// Words built at run time escape the test that reads literals: every job
// stage and every shape of the client's errors has Spanish.
func TestJobStagesHaveSpanish(t *testing.T) {
	for code := 0; code < 700; code++ {
		if s := Stage(code); !i18n.Has(s) {
			t.Errorf("stage of code %d: no Spanish for %q", code, s)
		}
	}
}

func TestClientErrorsReadInSpanish(t *testing.T) {
	es := i18n.New(i18n.Spanish)
	for _, e := range []*ReplyError{
		{HTTPStatus: 502, Method: "GET", Path: "/users", Excerpt: "<html>"},
		{HTTPStatus: 502, Excerpt: "<html>"},
		{HTTPStatus: 200, Method: "POST", Path: "/sessions", Reason: "it has no token"},
		{HTTPStatus: 200, Reason: "it has no count"},
		{HTTPStatus: 200, Method: "GET", Path: "/users", Reason: unexpectedShape(errors.New("json: cannot unmarshal"))},
		{HTTPStatus: 302, Method: "GET", Path: "/users", Location: "https://elsewhere"},
		{HTTPStatus: 302, Method: "GET", Path: "/users"},
		{HTTPStatus: 302},
		{HTTPStatus: 200, Method: "GET", Path: "/users"},
		{HTTPStatus: 200},
	} {
		key, args := e.MessageKey()
		if !i18n.Has(key) {
			t.Errorf("%q: no Spanish", key)
		}
		if got := i18n.New(i18n.English).T(key, args...); got != e.Error() {
			t.Errorf("English of the key %q differs from Error():\n%s\n%s", key, got, e.Error())
		}
		if got := i18n.Localize(e, es); !strings.HasPrefix(got, "Sync respondió") || strings.Contains(got, ", but") {
			t.Errorf("Spanish: %s", got)
		}
	}
	api := &APIError{HTTPStatus: 404, Code: 404, Method: "GET", Path: "/sessions/secret/verify", Message: "Not found"}
	if got := i18n.Localize(i18n.Errorf("listing users: %w", api), es); got != "al listar los usuarios: Sync respondió 404 a GET /sessions/***/verify: Not found" {
		t.Errorf("Spanish: %s", got)
	}
	api.Message = ""
	if key, args := api.MessageKey(); i18n.New(i18n.English).T(key, args...) != api.Error() {
		t.Errorf("English of the key differs from Error(): %s", api.Error())
	}
	_ = http.StatusOK
}
