package sync

import (
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

// Outcomes a job was created for; decided from the credentials at creation.
const (
	outcomeOK    = "ok"    // 100 → 101 → 102 → 200
	outcomeBad   = "bad"   // 100 → 101 → 401
	outcomeTwofa = "twofa" // 100 → 101 → 410, then 102 → 200 once answered (403 if the answer is wrong), or 411
)

// job is a sync run. Its history is computed from the clock: nothing has
// to tick in the background, so jobs advance between separate commands.
type job struct {
	IDJob        string       `json:"id_job"`
	IDJobUUID    string       `json:"id_job_uuid"`
	IDCredential string       `json:"id_credential"`
	IDUser       string       `json:"id_user"`
	IDSite       string       `json:"id_site"`
	Outcome      string       `json:"outcome"`
	Twofa        []twofaField `json:"twofa,omitempty"`
	Start        int64        `json:"start"` // unix nanoseconds
	Step         int64        `json:"step"`  // the timing in force when the job started
	TwofaTimeout int64        `json:"twofa_timeout"`
	AnsweredAt   int64        `json:"answered_at,omitempty"`
	AnswerOK     bool         `json:"answer_ok,omitempty"`
	Settled      bool         `json:"settled,omitempty"`
}

// status is one entry of a job's history.
type status struct {
	Code int
	At   int64
}

// history returns the codes reached by now, oldest first.
func (j *job) history(now int64) []status {
	all := []status{{100, j.Start}, {101, j.Start + j.Step}}
	t := j.Start + 2*j.Step
	switch j.Outcome {
	case outcomeOK:
		all = append(all, status{102, t}, status{200, t + j.Step})
	case outcomeBad:
		all = append(all, status{401, t})
	case outcomeTwofa:
		all = append(all, status{410, t})
		switch {
		case j.AnsweredAt > 0 && j.AnswerOK:
			all = append(all, status{102, j.AnsweredAt}, status{200, j.AnsweredAt + j.Step})
		case j.AnsweredAt > 0:
			all = append(all, status{403, j.AnsweredAt + j.Step})
		default:
			all = append(all, status{411, t + j.TwofaTimeout})
		}
	}
	var reached []status
	for _, s := range all {
		if s.At <= now {
			reached = append(reached, s)
		}
	}
	return reached
}

// current is the newest code reached.
func (j *job) current(now int64) status {
	h := j.history(now)
	return h[len(h)-1]
}

func isFinal(code int) bool { return code >= 200 && code != 410 }

// jobs serves GET /jobs/:id/status and POST /jobs/:id/twofa.
func (s *server) jobs(w http.ResponseWriter, req *request) {
	if len(req.segs) != 3 || (req.segs[2] != "status" && req.segs[2] != "twofa") {
		notFound(w, req.r)
		return
	}
	id := s.userOf(w, req)
	if id == "" {
		return
	}
	s.settle(id)
	var j job
	var found bool
	s.st.View(func(tx *bbolt.Tx) error {
		found, _ = state.GetJSON(tx, bucketJobs, req.segs[1], &j)
		return nil
	})
	if !found || j.IDUser != id {
		WriteError(w, http.StatusNotFound, "Job not found")
		return
	}
	switch {
	case req.segs[2] == "status" && req.method == http.MethodGet:
		s.jobStatus(w, req, &j)
	case req.segs[2] == "twofa" && req.method == http.MethodPost:
		s.answerTwofa(w, req, &j)
	default:
		methodNotAllowed(w)
	}
}

func (s *server) jobStatus(w http.ResponseWriter, req *request, j *job) {
	out := []any{}
	for _, st := range j.history(s.now().UnixNano()) {
		if st.Code == 410 {
			out = append(out, map[string]any{"code": 410, "address": "http://" + req.r.Host + "/sync/v1/jobs/" + j.IDJob + "/twofa", "twofa": j.Twofa})
			continue
		}
		out = append(out, map[string]int{"code": st.Code})
	}
	writeOK(w, out)
}

func (s *server) answerTwofa(w http.ResponseWriter, req *request, j *job) {
	now := s.now().UnixNano()
	if j.current(now).Code != 410 {
		WriteError(w, http.StatusBadRequest, "The job is not waiting for a two-factor answer")
		return
	}
	answer, err := req.object("twofa")
	if err != nil {
		WriteError(w, http.StatusBadRequest, err.Error())
		return
	}
	ok := true
	for _, f := range j.Twofa {
		v := strings.TrimSpace(answer[f.Name])
		if v == "" {
			WriteError(w, http.StatusBadRequest, "Missing two-factor field: "+f.Name)
			return
		}
		if f.Name == "token" && strings.Trim(v, "0123456789") != "" {
			ok = false // the sandbox takes any digits, nothing else
		}
	}
	j.AnsweredAt, j.AnswerOK = now, ok
	if err := s.st.Update(func(tx *bbolt.Tx) error { return state.PutJSON(tx, bucketJobs, j.IDJob, j) }); err != nil {
		WriteError(w, http.StatusInternalServerError, "Internal error")
		return
	}
	writeOK(w, true)
}

// settle records the end of the user's finished jobs on their credentials
// and, after a success, creates the accounts, transactions and attachments
// found. Every user-scoped request calls it first, so data appears as soon
// as anyone looks, whether or not the job was followed.
func (s *server) settle(idUser string) {
	now := s.now()
	var events []hookEvent
	defer func() {
		for _, ev := range events {
			s.deliver(ev)
		}
	}()
	// Most calls find nothing to settle: look first without writing.
	pending := false
	s.st.View(func(tx *bbolt.Tx) error {
		return each(tx, bucketJobs, func(_ string, raw []byte) error {
			var j job
			if json.Unmarshal(raw, &j) == nil && j.IDUser == idUser && !j.Settled && isFinal(j.current(now.UnixNano()).Code) {
				pending = true
			}
			return nil
		})
	})
	if !pending {
		return
	}
	s.st.Update(func(tx *bbolt.Tx) error {
		events = nil
		var jobs []job
		each(tx, bucketJobs, func(_ string, raw []byte) error {
			var j job
			if json.Unmarshal(raw, &j) == nil && j.IDUser == idUser && !j.Settled {
				jobs = append(jobs, j)
			}
			return nil
		})
		for _, j := range jobs {
			last := j.current(now.UnixNano())
			if !isFinal(last.Code) {
				continue
			}
			j.Settled = true
			if err := state.PutJSON(tx, bucketJobs, j.IDJob, j); err != nil {
				return err
			}
			if err := finishCredential(tx, &j, last); err != nil {
				return err
			}
			var c storedCredential
			if ok, _ := state.GetJSON(tx, bucketCredentials, j.IDCredential, &c); ok && last.Code < 300 {
				at := time.Unix(0, last.At).Unix()
				events = append(events, hookEvent{event: "refresh", credential: c.Credential, idUser: idUser,
					idJob: j.IDJob, idJobUUID: j.IDJobUUID, from: at, to: at})
			}
		}
		return nil
	})
}

// finishCredential updates the credential of a finished job.
func finishCredential(tx *bbolt.Tx, j *job, last status) error {
	var c storedCredential
	if ok, err := state.GetJSON(tx, bucketCredentials, j.IDCredential, &c); err != nil || !ok || c.IDJob != j.IDJob {
		return err
	}
	at := time.Unix(0, last.At)
	c.Credential.Code = last.Code
	authorized := 0
	if last.Code < 300 {
		authorized = 1
		dt, ready := at.Unix(), at.Add(24*time.Hour).Unix()
		c.Credential.DTAuthorized, c.Credential.DTReady, c.Credential.DTRefresh = &dt, &ready, &dt
		if err := createFoundData(tx, &c, at); err != nil {
			return err
		}
	}
	c.Credential.IsAuthorized = &authorized
	return state.PutJSON(tx, bucketCredentials, c.Credential.IDCredential, c)
}
