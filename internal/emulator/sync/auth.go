package sync

import (
	"net/http"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

const bucketSessions = "sync_sessions"

// session is a token bound to a user.
type session struct {
	Token    string `json:"token"`
	IDUser   string `json:"id_user"`
	Created  int64  `json:"created"`   // unix nanoseconds
	LastUsed int64  `json:"last_used"` // unix nanoseconds
}

// credential is what a request authenticated with.
type credential struct {
	apiKey string
	token  string
	// idUser rides in the header with the API key in the older PHP SDK:
	// "API_KEY api_key=KEY, id_user=ID".
	idUser string
}

// presented reads every auth form of api-notes: the Authorization header
// with API_KEY/api_key/TOKEN/Bearer schemes (parameters comma-separated,
// as the older PHP SDK sends "API_KEY api_key=KEY, id_user=ID"), and
// legacy api_key/token parameters in the query or body. An empty
// Authorization header, which that SDK sends on calls without auth,
// counts as none.
func presented(req *request) credential {
	if h := strings.TrimSpace(req.r.Header.Get("Authorization")); h != "" {
		scheme, rest, _ := strings.Cut(h, " ")
		rest = strings.TrimSpace(rest)
		switch strings.ToLower(scheme) {
		case "api_key":
			p := authParams(rest, "api_key")
			return credential{apiKey: p["api_key"], idUser: p["id_user"]}
		case "token":
			return credential{token: authParams(rest, "token")["token"]}
		case "bearer":
			if rest == DemoAPIKey {
				return credential{apiKey: rest}
			}
			return credential{token: rest}
		}
		return credential{}
	}
	return credential{apiKey: req.str("api_key"), token: req.str("token")}
}

// authParams reads "k=v, k2=v2" after an Authorization scheme; a bare
// value (no k=) is taken as first's.
func authParams(rest, first string) map[string]string {
	out := map[string]string{}
	for part := range strings.SplitSeq(rest, ",") {
		part = strings.TrimSpace(part)
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			k, v = first, part
		}
		out[strings.ToLower(strings.TrimSpace(k))] = strings.Trim(strings.TrimSpace(v), `"`)
	}
	return out
}

// requireAPIKey answers 401 and returns false unless the API key is valid.
func (s *server) requireAPIKey(w http.ResponseWriter, req *request) bool {
	if presented(req).apiKey != DemoAPIKey {
		WriteError(w, http.StatusUnauthorized, "Unauthorized")
		return false
	}
	return true
}

// userOf resolves the user of a user-scoped call: a live token (whose
// inactivity window restarts), or the API key with id_user (legacy). It
// answers the error itself and returns "" on failure.
func (s *server) userOf(w http.ResponseWriter, req *request) string {
	c := presented(req)
	if c.apiKey != "" {
		if c.apiKey != DemoAPIKey {
			WriteError(w, http.StatusUnauthorized, "Unauthorized")
			return ""
		}
		id := req.str("id_user")
		if id == "" {
			id = c.idUser
		}
		if id == "" {
			WriteError(w, http.StatusBadRequest, "id_user is required with an API key")
			return ""
		}
		var found bool
		s.st.View(func(tx *bbolt.Tx) error {
			var u user
			found, _ = state.GetJSON(tx, bucketUsers, id, &u)
			return nil
		})
		if !found {
			WriteError(w, http.StatusNotFound, "User not found")
			return ""
		}
		return id
	}
	if c.token == "" {
		WriteError(w, http.StatusUnauthorized, "Unauthorized")
		return ""
	}
	now := s.now()
	ttl := s.timing().SessionTTL
	var sess session
	var found bool
	s.st.View(func(tx *bbolt.Tx) error {
		found, _ = state.GetJSON(tx, bucketSessions, c.token, &sess)
		return nil
	})
	id := ""
	idle := now.Sub(time.Unix(0, sess.LastUsed))
	switch {
	case !found:
	case idle > ttl:
		s.st.Update(func(tx *bbolt.Tx) error { return tx.Bucket([]byte(bucketSessions)).Delete([]byte(c.token)) })
	default:
		id = sess.IDUser
		// Restart the inactivity window. Writing (and syncing the file) on
		// every call serialised concurrent downloads, so a touch within a
		// sixtieth of the window is skipped: a session may end up to that
		// much early, never late.
		if idle > ttl/60 {
			sess.LastUsed = now.UnixNano()
			s.st.Update(func(tx *bbolt.Tx) error { return state.PutJSON(tx, bucketSessions, c.token, sess) })
		}
	}
	if id == "" {
		WriteError(w, http.StatusUnauthorized, "Unauthorized")
	}
	return id
}
