package sync

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

// environmentSandbox is the id_environment the emulator reports.
const environmentSandbox = "574894bf7848066d138b4570"

// publicCredential is a credential as Sync lists it.
type publicCredential struct {
	IDCredential           string   `json:"id_credential"`
	IDUser                 string   `json:"id_user"`
	IDEnvironment          string   `json:"id_environment"`
	IDExternal             string   `json:"id_external"`
	IDSite                 string   `json:"id_site"`
	IDSiteOrganization     string   `json:"id_site_organization"`
	IDSiteOrganizationType string   `json:"id_site_organization_type"`
	IDOrganization         string   `json:"id_organization"`
	IsAuthorized           *int     `json:"is_authorized"`
	IsLocked               int      `json:"is_locked"`
	IsTwofa                int      `json:"is_twofa"`
	CanSync                int      `json:"can_sync"`
	ReadyIn                *int64   `json:"ready_in"`
	Username               string   `json:"username"`
	Code                   int      `json:"code"`
	Keywords               []string `json:"keywords"`
	DTAuthorized           *int64   `json:"dt_authorized"`
	DTExecute              int64    `json:"dt_execute"`
	DTReady                *int64   `json:"dt_ready"`
	DTRefresh              *int64   `json:"dt_refresh"`
}

// storedCredential keeps what the emulator needs besides the public view.
// The secret values themselves are never stored: the outcome of the job is
// decided when the credential is created.
type storedCredential struct {
	IDUser      string           `json:"id_user"`
	IDJob       string           `json:"id_job"`
	UsernameKey string           `json:"username_key"` // hash of user, site and username: one credential each
	Credential  publicCredential `json:"credential"`
}

// credentials serves /credentials, /credentials/pulls and
// /credentials/:id for a user.
func (s *server) credentials(w http.ResponseWriter, req *request) {
	id := s.userOf(w, req)
	if id == "" {
		return
	}
	s.settle(id)
	switch {
	case len(req.segs) == 1 && req.method == http.MethodGet:
		s.listCredentials(w, req, id)
	case len(req.segs) == 1 && req.method == http.MethodPost,
		// The current documentation and the SDK's own tests create with
		// POST /credentials/pulls; both paths are the same call.
		len(req.segs) == 2 && req.segs[1] == "pulls" && req.method == http.MethodPost:
		s.createCredential(w, req, id)
	case len(req.segs) == 2 && req.method == http.MethodDelete:
		s.deleteCredential(w, id, req.segs[1])
	default:
		methodNotAllowed(w)
	}
}

func (s *server) listCredentials(w http.ResponseWriter, req *request, idUser string) {
	now := s.now()
	items := []json.RawMessage{}
	s.st.View(func(tx *bbolt.Tx) error {
		return each(tx, bucketCredentials, func(_ string, raw []byte) error {
			var c storedCredential
			if json.Unmarshal(raw, &c) != nil || c.IDUser != idUser {
				return nil
			}
			pub := c.Credential
			var j job
			if ok, _ := state.GetJSON(tx, bucketJobs, c.IDJob, &j); ok {
				pub.Code = j.current(now.UnixNano()).Code
				if pub.Code == 410 {
					pub.IsTwofa = 1
				}
			}
			if pub.DTReady != nil {
				in := max(*pub.DTReady-now.Unix(), 0)
				pub.ReadyIn = &in
			}
			b, _ := json.Marshal(pub)
			items = append(items, b)
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

func (s *server) createCredential(w http.ResponseWriter, req *request, idUser string) {
	st, ok := siteByID(req.str("id_site"))
	if !ok {
		WriteError(w, http.StatusBadRequest, "id_site is missing or unknown")
		return
	}
	values, err := req.object("credentials")
	if err != nil {
		WriteError(w, http.StatusBadRequest, err.Error())
		return
	}
	username := ""
	for _, f := range st.Credentials {
		v := values[f.Name]
		if f.Required && v == "" {
			WriteError(w, http.StatusBadRequest, "Missing credential field: "+f.Name)
			return
		}
		if f.Validation != nil && !regexp.MustCompile(*f.Validation).MatchString(v) {
			WriteError(w, http.StatusBadRequest, "Credential field "+f.Name+" is not valid")
			return
		}
		if f.Username {
			username = v
		}
	}
	now := s.now()
	t := s.timing()
	j := job{IDUser: idUser, IDSite: st.IDSite, Outcome: outcomeFor(st, values), Start: now.UnixNano(), Step: int64(t.Step), TwofaTimeout: int64(t.TwofaTimeout)}
	if j.Outcome == outcomeTwofa {
		j.Twofa = st.twofa
	}
	sum := sha256.Sum256([]byte(idUser + "\x00" + st.IDSite + "\x00" + username))
	key := hex.EncodeToString(sum[:])
	var reply map[string]any
	var ev hookEvent
	err = s.st.Update(func(tx *bbolt.Tx) error {
		c, isNew, err := findOrNewCredential(tx, idUser, key, st, now)
		if err != nil {
			return err
		}
		defer func() {
			ev = hookEvent{event: "credential_update", credential: c.Credential, idUser: idUser, idJob: j.IDJob, idJobUUID: j.IDJobUUID, executing: true}
			if isNew == 1 {
				ev.event = "credential_create"
			}
		}()
		if j.IDJob, err = newID(tx, now, kindJob); err != nil {
			return err
		}
		if j.IDJobUUID, err = newID(tx, now, kindJobUUID); err != nil {
			return err
		}
		j.IDCredential = c.Credential.IDCredential
		c.IDJob = j.IDJob
		c.Credential.Username = mask(username)
		c.Credential.DTExecute = now.Unix()
		c.Credential.Code = 100
		if err := state.PutJSON(tx, bucketJobs, j.IDJob, j); err != nil {
			return err
		}
		base := "http://" + req.r.Host + "/sync/v1"
		reply = map[string]any{
			"id_credential": c.Credential.IDCredential, "id_job_uuid": j.IDJobUUID, "id_job": j.IDJob,
			"is_new": isNew, "username": c.Credential.Username,
			"ws":     strings.Replace(base, "http://", "ws://", 1) + "/status/" + j.IDJob,
			"status": base + "/jobs/" + j.IDJob + "/status", "twofa": base + "/jobs/" + j.IDJob + "/twofa",
		}
		return state.PutJSON(tx, bucketCredentials, c.Credential.IDCredential, c)
	})
	if err != nil {
		WriteError(w, http.StatusInternalServerError, "Internal error")
		return
	}
	s.deliver(ev)
	writeOK(w, reply)
}

// outcomeFor decides how the job will end, from the sandbox's rules:
// test/test (an RFC and "test" for the SAT) succeed, anything else is
// rejected with 401; two-factor sites stop at 410 first.
func outcomeFor(st *site, v map[string]string) string {
	good := v["password"] == "test" && (st.sat || v["username"] == "test")
	switch {
	case !good:
		return outcomeBad
	case st.twofa != nil:
		return outcomeTwofa
	}
	return outcomeOK
}

// findOrNewCredential returns the user's credential for the same site and
// username (credentials are unique per user and institution), or a new one.
func findOrNewCredential(tx *bbolt.Tx, idUser, key string, st *site, now time.Time) (*storedCredential, int, error) {
	var found *storedCredential
	each(tx, bucketCredentials, func(_ string, raw []byte) error {
		var c storedCredential
		if found == nil && json.Unmarshal(raw, &c) == nil && c.IDUser == idUser && c.UsernameKey == key {
			found = &c
		}
		return nil
	})
	if found != nil {
		return found, 0, nil
	}
	id, err := newID(tx, now, kindCredential)
	if err != nil {
		return nil, 0, err
	}
	zero := 0
	return &storedCredential{IDUser: idUser, UsernameKey: key, Credential: publicCredential{
		IDCredential: id, IDUser: idUser, IDEnvironment: environmentSandbox, IDSite: st.IDSite,
		IDSiteOrganization: st.IDSiteOrganization, IDSiteOrganizationType: st.IDSiteOrganizationType,
		IDOrganization: st.IDSiteOrganization, IsAuthorized: &zero,
	}}, 1, nil
}

// mask keeps the first and last character, as Sync does ("t**t").
func mask(s string) string {
	r := []rune(s)
	if len(r) <= 2 {
		return strings.Repeat("*", len(r))
	}
	return string(r[0]) + strings.Repeat("*", len(r)-2) + string(r[len(r)-1])
}

// deleteCredential removes a credential, its jobs and its data. Unknown
// ids answer HTTP 200 with status false, as Sync does.
func (s *server) deleteCredential(w http.ResponseWriter, idUser, id string) {
	found := false
	err := s.st.Update(func(tx *bbolt.Tx) error {
		var c storedCredential
		ok, err := state.GetJSON(tx, bucketCredentials, id, &c)
		if err != nil || !ok || c.IDUser != idUser {
			return err
		}
		found = true
		if err := tx.Bucket([]byte(bucketCredentials)).Delete([]byte(id)); err != nil {
			return err
		}
		for _, bucket := range []string{bucketJobs, bucketAccounts, bucketTransactions, bucketAttachments, bucketAttachmentFiles} {
			if err := deleteWhere(tx, bucket, func(raw []byte) bool { return fieldOf(raw, "id_credential") == id }); err != nil {
				return err
			}
		}
		return nil
	})
	switch {
	case err != nil:
		WriteError(w, http.StatusInternalServerError, "Internal error")
	case !found:
		writeFalse(w, "Credential not found")
	default:
		writeOK(w, true)
	}
}
