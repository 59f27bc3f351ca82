package sync

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/settle"
)

const (
	siteNormal = "56cf5728784806f72b8b4568"
	credID     = "5e17c432d7288d358a039141"
)

var newCredentialReply = `{"id_credential":"` + credID + `","id_job":"j1","id_job_uuid":"x","is_new":1,"username":"t**t"}`

func credentialRows(site string, executed time.Time) string {
	return `[{"id_credential":"` + credID + `","id_site":"` + site + `","code":100,"dt_execute":` + strconv.FormatInt(executed.Unix(), 10) + `}]`
}

// Each way a creating request can fail without saying what Sync did. The
// credential shows up on the second lookup: it must be reported found,
// with the POST sent once.
var ambiguousAnswers = map[string]route{
	"timeout": silentUntilGivenUp,
	"reset":   hangUp,
	"redirect": func(_ int, w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Location", "http://127.0.0.1:1/elsewhere")
		w.WriteHeader(http.StatusTemporaryRedirect)
	},
	"gateway page": func(_ int, w http.ResponseWriter, _ *http.Request) {
		write(w, 502, "text/html", "<html>502 Bad Gateway</html>")
	},
	"429 envelope":     answer(429, wrap(429, false, "null")),
	"503 envelope":     answer(503, wrap(503, false, "null")),
	"408":              func(_ int, w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusRequestTimeout) },
	"garbled 200":      answer(200, wrap(200, true, newCredentialReply)[:40]),
	"200 not envelope": func(_ int, w http.ResponseWriter, _ *http.Request) { write(w, 200, "text/html", "<html>hello</html>") },
	"200 wrong shape":  answer(200, wrap(200, true, `"queued"`)),
	"403 WAF page": func(_ int, w http.ResponseWriter, _ *http.Request) {
		write(w, 403, "text/html", "<h1>Request blocked</h1>")
	},
	"empty 200":         func(_ int, w http.ResponseWriter, _ *http.Request) { w.WriteHeader(200) },
	"401 not from Sync": func(_ int, w http.ResponseWriter, _ *http.Request) { write(w, 401, "text/plain", "proxy says no") },
}

// silentUntilGivenUp reads the request and answers nothing until the
// client hangs up (the server notices only once the body is read).
func silentUntilGivenUp(_ int, _ http.ResponseWriter, r *http.Request) {
	io.Copy(io.Discard, r.Body)
	select {
	case <-r.Context().Done():
	case <-time.After(10 * time.Second):
	}
}

func TestCreateCredentialAfterAnAmbiguousFailureIsLookedUp(t *testing.T) {
	for name, fail := range ambiguousAnswers {
		t.Run(name, func(t *testing.T) {
			h := newHostile(t, map[string]route{
				"POST /v1/credentials": fail,
				"GET /v1/credentials":  listing(func(n int) bool { return n >= 2 }, credentialRows(siteNormal, time.Now())),
			})
			c := h.client(200*time.Millisecond, nil)
			got, err := c.CreateCredentialOrFind(context.Background(), "u1", siteNormal, map[string]string{"username": "test", "password": "test"})
			if err != nil {
				t.Fatalf("err = %v", err)
			}
			if got.Outcome != settle.Found || got.Found == nil || got.IDCredential() != credID || got.New != nil {
				t.Errorf("got %+v", got)
			}
			if n := h.count("POST /v1/credentials"); n != 1 {
				t.Errorf("the credentials were sent %d times", n)
			}
			h.verify()
		})
	}
}

func TestCreateCredentialNotFoundIsUnknown(t *testing.T) {
	h := newHostile(t, map[string]route{
		"POST /v1/credentials": hangUp,
		// An older credential of the same site is not ours.
		"GET /v1/credentials": listing(func(int) bool { return true }, credentialRows(siteNormal, time.Now().Add(-time.Hour))),
	})
	c := h.client(200*time.Millisecond, nil)
	_, err := c.CreateCredentialOrFind(context.Background(), "u1", siteNormal, map[string]string{"username": "test", "password": "test"})
	var unknown *settle.UnknownError
	if !errors.As(err, &unknown) || errs.KindOf(err) != errs.UnknownOutcome {
		t.Fatalf("err = %v, want an unknown outcome", err)
	}
	if unknown.Lookup.Attempts < 2 || h.count("POST /v1/credentials") != 1 {
		t.Errorf("%d lookups, %d sends", unknown.Lookup.Attempts, h.count("POST /v1/credentials"))
	}
	if strings.Contains(err.Error(), "safe") || strings.Contains(err.Error(), "nothing was") {
		t.Errorf("an unknown outcome must not sound safe: %v", err)
	}
}

func TestCreateCredentialDefinitiveAnswers(t *testing.T) {
	t.Run("created", func(t *testing.T) {
		h := newHostile(t, map[string]route{"POST /v1/credentials": answer(200, wrap(200, true, newCredentialReply))})
		got, err := h.client(time.Second, nil).CreateCredentialOrFind(context.Background(), "u1", siteNormal, map[string]string{"username": "test"})
		if err != nil || got.Outcome != settle.Created || got.New.IDJob != "j1" {
			t.Fatalf("%+v %v", got, err)
		}
	})
	t.Run("refused in the envelope", func(t *testing.T) {
		h := newHostile(t, map[string]route{"POST /v1/credentials": answer(400, wrap(400, false, "null"))})
		_, err := h.client(time.Second, nil).CreateCredentialOrFind(context.Background(), "u1", siteNormal, nil)
		var api *APIError
		if !errors.As(err, &api) || errs.KindOf(err) != errs.Rejected {
			t.Fatalf("err = %v", err)
		}
		h.verify() // and no GET /v1/credentials: a refusal is final
	})
	t.Run("never sent", func(t *testing.T) {
		h := newHostile(t, nil)
		c := h.client(time.Second, nil)
		h.srv.Close()
		_, err := c.CreateCredentialOrFind(context.Background(), "u1", siteNormal, nil)
		var notSent *settle.NotSentError
		if !errors.As(err, &notSent) || errs.KindOf(err) != errs.Unreachable {
			t.Fatalf("err = %v, want NotSentError", err)
		}
	})
}

func TestLookupStopsWhenTheKeyIsRefused(t *testing.T) {
	h := newHostile(t, map[string]route{
		"POST /v1/credentials": hangUp,
		"GET /v1/credentials":  answer(401, wrap(401, false, "null")),
		"POST /v1/sessions":    answer(401, wrap(401, false, "null")),
	})
	_, err := h.client(200*time.Millisecond, nil).CreateCredentialOrFind(context.Background(), "u1", siteNormal, nil)
	var unknown *settle.UnknownError
	if !errors.As(err, &unknown) || unknown.Lookup.Attempts != 1 {
		t.Fatalf("err = %v", err)
	}
}

func TestSessionFailureBeforeSendingIsNotAmbiguous(t *testing.T) {
	h := newHostile(t, map[string]route{"POST /v1/sessions": hangUp})
	c := h.client(200*time.Millisecond, nil)
	c.sessions = NewMemorySessions() // no cached token: one must be opened first
	_, err := c.CreateCredentialOrFind(context.Background(), "u1", siteNormal, nil)
	var unknown *settle.UnknownError
	if err == nil || errors.As(err, &unknown) {
		t.Fatalf("err = %v: the credentials were never sent", err)
	}
	h.verify()
}

func TestEchoPageInAnErrorIsMasked(t *testing.T) {
	echo := func(_ int, w http.ResponseWriter, r *http.Request) {
		body := make([]byte, 512)
		n, _ := r.Body.Read(body)
		write(w, 403, "text/html", "<pre>"+string(body[:n])+"</pre>")
	}
	h := newHostile(t, map[string]route{"POST /v1/credentials": echo, "GET /v1/credentials": listing(func(int) bool { return false }, "")})
	r := httpx.NewRedactor([]string{"rfc-secret-ACM01", "ciec-Pa55word"})
	_, err := h.client(time.Second, r).CreateCredentialOrFind(context.Background(), "u1", siteNormal, map[string]string{"rfc": "rfc-secret-ACM01", "password": "ciec-Pa55word"})
	var unknown *settle.UnknownError
	if !errors.As(err, &unknown) || !strings.Contains(err.Error(), "<pre>") {
		t.Fatalf("err = %v", err)
	}
	if strings.Contains(err.Error(), "ACM01") || strings.Contains(err.Error(), "Pa55word") {
		t.Errorf("the error quotes a secret: %v", err)
	}
}

func TestRegisterWebhookLostReplyIsFoundAmongTheWebhooks(t *testing.T) {
	now := time.Now().UTC()
	// Sync lists every webhook at once, whatever skip says; an older one
	// with the same URL and other events is not ours.
	older := `{"id_webhook":"5e17c4746cee651e7b03df34","url":"https://example.com/h","events":["refresh"],"dt_created":"2020-01-10 01:05:24"}`
	ours := `{"id_webhook":"5e17c4746cee651e7b03df35","url":"https://example.com/h","events":["refresh","credential_create"],"dt_created":"` + now.Format(time.RFC3339) + `"}`
	var posted atomic.Bool
	h := newHostile(t, map[string]route{
		"POST /v1/webhooks": func(_ int, w http.ResponseWriter, _ *http.Request) {
			posted.Store(true)
			write(w, 504, "text/html", "<html>504</html>")
		},
		"GET /v1/webhooks": func(n int, w http.ResponseWriter, r *http.Request) {
			rows := "[" + older + "]" // before sending
			if posted.Load() {
				rows = "[" + older + "," + ours + "]"
			}
			answer(200, wrap(200, true, rows))(n, w, r)
		},
	})
	got, err := h.client(time.Second, nil).RegisterWebhook(context.Background(), "https://example.com/h", []string{"credential_create", "refresh"}, nil)
	if err != nil || !got.Found || got.Updated || got.Webhook.IDWebhook != "5e17c4746cee651e7b03df35" || len(got.Others) != 1 {
		t.Fatalf("%+v %v", got, err)
	}
	if h.count("POST /v1/webhooks") != 1 {
		t.Error("the webhook was sent again")
	}
}

func TestCreateUserLostReplyIsFoundByExternalID(t *testing.T) {
	ext, name := "MIST030794", "Rey Misterio"
	h := newHostile(t, map[string]route{
		"POST /v1/users": hangUp,
		"GET /v1/users": func(n int, w http.ResponseWriter, r *http.Request) {
			if r.URL.Query().Get("id_external") != ext {
				t.Errorf("looked up by %q", r.URL.RawQuery)
			}
			listing(func(n int) bool { return n >= 2 }, `[{"id_user":"5df859c4a7a6442757726ef4","id_external":"`+ext+`","name":"Rey Misterio","dt_create":`+strconv.FormatInt(time.Now().Unix(), 10)+`}]`)(n, w, r)
		},
	})
	u, found, err := h.client(200*time.Millisecond, nil).CreateUserOrFind(context.Background(), UserFields{Name: &name, IDExternal: &ext})
	if err != nil || !found || u.IDUser != "5df859c4a7a6442757726ef4" {
		t.Fatalf("%+v %v %v", u, found, err)
	}
}

func TestCreateUserWithoutExternalIDCannotBeLookedUp(t *testing.T) {
	name := "Rey Misterio"
	h := newHostile(t, map[string]route{"POST /v1/users": hangUp})
	_, _, err := h.client(200*time.Millisecond, nil).CreateUserOrFind(context.Background(), UserFields{Name: &name})
	var unknown *settle.UnknownError
	if !errors.As(err, &unknown) || unknown.Lookup.Attempts != 0 || !strings.Contains(err.Error(), "could not be looked up") {
		t.Fatalf("err = %v", err)
	}
	h.verify() // and no GET /v1/users
}

func TestCreatedAtReadsTheObjectID(t *testing.T) {
	if at, ok := createdAt("5df859c4a7a6442757726ef4"); !ok || at.Unix() != 1576556996 {
		t.Errorf("%v %v", at, ok)
	}
	for _, bad := range []string{"", "w1", "zzzzzzzza7a6442757726ef4"} {
		if _, ok := createdAt(bad); ok {
			t.Errorf("%q read as an object id", bad)
		}
	}
}
