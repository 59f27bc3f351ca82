package sync

import (
	"crypto/rand"
	"encoding/hex"
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
}

// presented reads every auth form of api-notes: the Authorization header
// with API_KEY/api_key/TOKEN/Bearer schemes, and legacy api_key/token
// parameters in the query or body.
func presented(req *request) credential {
	if h := strings.TrimSpace(req.r.Header.Get("Authorization")); h != "" {
		scheme, rest, _ := strings.Cut(h, " ")
		rest = strings.TrimSpace(rest)
		switch strings.ToLower(scheme) {
		case "api_key":
			return credential{apiKey: strings.TrimPrefix(rest, "api_key=")}
		case "token":
			return credential{token: strings.TrimPrefix(rest, "token=")}
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

// sessions serves POST /sessions, GET /sessions/:token/verify and
// DELETE /sessions/:token, all with the API key.
func (s *server) sessions(w http.ResponseWriter, req *request) {
	if !s.requireAPIKey(w, req) {
		return
	}
	switch {
	case len(req.segs) == 1 && req.method == http.MethodPost:
		s.createSession(w, req)
	case len(req.segs) == 3 && req.segs[2] == "verify" && req.method == http.MethodGet:
		s.verifySession(w, req.segs[1])
	case len(req.segs) == 2 && req.method == http.MethodDelete:
		s.deleteSession(w, req.segs[1])
	default:
		methodNotAllowed(w)
	}
}

func (s *server) createSession(w http.ResponseWriter, req *request) {
	id := req.str("id_user")
	if id == "" {
		WriteError(w, http.StatusBadRequest, "id_user is required")
		return
	}
	var b [32]byte
	rand.Read(b[:])
	now := s.now().UnixNano()
	sess := session{Token: hex.EncodeToString(b[:]), IDUser: id, Created: now, LastUsed: now}
	found := false
	err := s.st.Update(func(tx *bbolt.Tx) error {
		var u user
		var err error
		if found, err = state.GetJSON(tx, bucketUsers, id, &u); err != nil || !found {
			return err
		}
		return state.PutJSON(tx, bucketSessions, sess.Token, sess)
	})
	switch {
	case err != nil:
		WriteError(w, http.StatusInternalServerError, "Internal error")
	case !found:
		WriteError(w, http.StatusNotFound, "User not found")
	default:
		writeOK(w, map[string]string{"token": sess.Token})
	}
}

func (s *server) verifySession(w http.ResponseWriter, token string) {
	var sess session
	var ok bool
	s.st.View(func(tx *bbolt.Tx) error {
		ok, _ = state.GetJSON(tx, bucketSessions, token, &sess)
		return nil
	})
	if !ok || s.now().Sub(time.Unix(0, sess.LastUsed)) > s.timing().SessionTTL {
		WriteError(w, http.StatusUnauthorized, "Unauthorized")
		return
	}
	writeOK(w, map[string]string{"id_user": sess.IDUser})
}

func (s *server) deleteSession(w http.ResponseWriter, token string) {
	deleted := false
	s.st.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket([]byte(bucketSessions))
		if b == nil || b.Get([]byte(token)) == nil {
			return nil
		}
		deleted = true
		return b.Delete([]byte(token))
	})
	if !deleted {
		writeFalse(w, "Session not found")
		return
	}
	writeOK(w, true)
}
