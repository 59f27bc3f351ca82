package sync

import (
	"encoding/json"
	"net/http"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

// user is stored exactly as Sync returns it.
type user struct {
	IDUser     string  `json:"id_user"`
	IDExternal *string `json:"id_external"`
	Name       string  `json:"name"`
	DTCreate   int64   `json:"dt_create"`
	DTModify   *int64  `json:"dt_modify"`
}

// users serves /users and /users/:id with the API key.
func (s *server) users(w http.ResponseWriter, req *request) {
	if !s.requireAPIKey(w, req) {
		return
	}
	switch {
	case len(req.segs) == 1 && req.method == http.MethodGet:
		s.listUsers(w, req)
	case len(req.segs) == 1 && req.method == http.MethodPost:
		s.createUser(w, req)
	case len(req.segs) == 2 && req.method == http.MethodGet:
		req.params["id_user"] = req.segs[1]
		s.listUsers(w, req)
	case len(req.segs) == 2 && req.method == http.MethodPut:
		s.updateUser(w, req, req.segs[1])
	case len(req.segs) == 2 && req.method == http.MethodDelete:
		s.deleteUser(w, req.segs[1])
	default:
		methodNotAllowed(w)
	}
}

func (s *server) listUsers(w http.ResponseWriter, req *request) {
	id, ext := req.str("id_user"), req.str("id_external")
	items := []json.RawMessage{}
	s.st.View(func(tx *bbolt.Tx) error {
		return each(tx, bucketUsers, func(_ string, raw []byte) error {
			var u user
			json.Unmarshal(raw, &u)
			if (id == "" || u.IDUser == id) && (ext == "" || (u.IDExternal != nil && *u.IDExternal == ext)) {
				items = append(items, append(json.RawMessage(nil), raw...))
			}
			return nil
		})
	})
	page, err := req.page(items)
	if err != nil {
		WriteError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeOK(w, page)
}

func (s *server) createUser(w http.ResponseWriter, req *request) {
	name := req.str("name")
	if name == "" {
		WriteError(w, http.StatusBadRequest, "name is required")
		return
	}
	now := s.now()
	u := user{Name: name, DTCreate: now.Unix()}
	if ext := req.str("id_external"); ext != "" {
		u.IDExternal = &ext
	}
	err := s.st.Update(func(tx *bbolt.Tx) error {
		id, err := newID(tx, now, kindUser)
		if err != nil {
			return err
		}
		u.IDUser = id
		return state.PutJSON(tx, bucketUsers, id, u)
	})
	if err != nil {
		WriteError(w, http.StatusInternalServerError, "Internal error")
		return
	}
	writeOK(w, u)
}

func (s *server) updateUser(w http.ResponseWriter, req *request, id string) {
	var u user
	found := false
	err := s.st.Update(func(tx *bbolt.Tx) error {
		var err error
		if found, err = state.GetJSON(tx, bucketUsers, id, &u); err != nil || !found {
			return err
		}
		if name := req.str("name"); name != "" {
			u.Name = name
		}
		if _, ok := req.params["id_external"]; ok {
			ext := req.str("id_external")
			u.IDExternal = &ext
		}
		t := s.now().Unix()
		u.DTModify = &t
		return state.PutJSON(tx, bucketUsers, id, u)
	})
	switch {
	case err != nil:
		WriteError(w, http.StatusInternalServerError, "Internal error")
	case !found:
		WriteError(w, http.StatusNotFound, "User not found")
	default:
		writeOK(w, u)
	}
}

// deleteUser removes the user and every record of theirs.
func (s *server) deleteUser(w http.ResponseWriter, id string) {
	found := false
	err := s.st.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket([]byte(bucketUsers))
		if b == nil || b.Get([]byte(id)) == nil {
			return nil
		}
		found = true
		if err := b.Delete([]byte(id)); err != nil {
			return err
		}
		for _, bucket := range []string{bucketSessions, bucketCredentials, bucketJobs, bucketAccounts, bucketTransactions, bucketAttachments, bucketAttachmentFiles} {
			if err := deleteWhere(tx, bucket, func(raw []byte) bool { return ownerOf(raw) == id }); err != nil {
				return err
			}
		}
		return nil
	})
	switch {
	case err != nil:
		WriteError(w, http.StatusInternalServerError, "Internal error")
	case !found:
		WriteError(w, http.StatusNotFound, "User not found")
	default:
		writeOK(w, true)
	}
}
