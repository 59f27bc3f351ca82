package sync

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"net/http"
	"time"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

// sessions serves POST /sessions (with the API key), and
// GET /sessions/:token/verify and DELETE /sessions/:token, where the token
// in the path is itself the credential (sessionCall).
func (s *server) sessions(w http.ResponseWriter, req *request) {
	switch {
	case len(req.segs) == 1 && req.method == http.MethodPost:
		if s.requireAPIKey(w, req) {
			s.createSession(w, req)
		}
	case len(req.segs) == 3 && req.segs[2] == "verify" && req.method == http.MethodGet:
		if sessionCall(w, req, req.segs[1]) {
			s.verifySession(w, req.segs[1])
		}
	case len(req.segs) == 2 && req.method == http.MethodDelete:
		if sessionCall(w, req, req.segs[1]) {
			s.deleteSession(w, req.segs[1])
		}
	default:
		methodNotAllowed(w)
	}
}

// sessionCall authorises a call on the session token in its path. The
// official SDKs send these with no Authorization at all (sync-php's
// Session::verify and ::delete), with "TOKEN token=<that token>", or with
// the API key; all three are accepted. A wrong API key, or a different
// token, is refused: presenting a credential means it must be right.
func sessionCall(w http.ResponseWriter, req *request, token string) bool {
	c := presented(req)
	switch {
	case c.apiKey != "" && c.apiKey != DemoAPIKey,
		c.apiKey == "" && c.token != "" && subtle.ConstantTimeCompare([]byte(c.token), []byte(token)) != 1:
		WriteError(w, http.StatusUnauthorized, "Unauthorized")
		return false
	}
	return true
}

func (s *server) createSession(w http.ResponseWriter, req *request) {
	id := req.str("id_user")
	if id == "" {
		id = presented(req).idUser // the older PHP SDK sends it in the header
	}
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
