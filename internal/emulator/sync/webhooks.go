package sync

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"time"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

const bucketWebhooks = "sync_webhooks"

// kindWebhook tags webhook ids (see newID).
const kindWebhook = kindJobUUID + 1

// webhookTimeout bounds each delivery: the emulator delivers while it
// handles the request that caused the event, like Facti's IPNs.
const webhookTimeout = 2 * time.Second

// Events returns the webhook events Sync documents.
func Events() []string { return []string{"credential_create", "credential_update", "refresh"} }

type webhook struct {
	IDWebhook  string   `json:"id_webhook"`
	IDUser     *string  `json:"id_user"`
	IsDisabled int      `json:"is_disabled"`
	Events     []string `json:"events"`
	URL        string   `json:"url"`
	Delay      int      `json:"delay"`
	CtFailed   int      `json:"ct_failed"`
	DTCreated  string   `json:"dt_created"`
	DTModified *string  `json:"dt_modified"`
}

// webhooks serves GET/POST /webhooks and DELETE /webhooks/:id, with the
// API key.
func (s *server) webhooks(w http.ResponseWriter, req *request) {
	if !s.requireAPIKey(w, req) {
		return
	}
	switch {
	case len(req.segs) == 1 && req.method == http.MethodGet:
		items := []webhook{}
		s.st.View(func(tx *bbolt.Tx) error {
			return each(tx, bucketWebhooks, func(_ string, raw []byte) error {
				var h webhook
				if json.Unmarshal(raw, &h) == nil {
					items = append(items, h)
				}
				return nil
			})
		})
		writeOK(w, items)
	case len(req.segs) == 1 && req.method == http.MethodPost:
		s.createWebhook(w, req)
	case len(req.segs) == 2 && req.method == http.MethodDelete:
		deleted := false
		s.st.Update(func(tx *bbolt.Tx) error {
			b := tx.Bucket([]byte(bucketWebhooks))
			if b == nil || b.Get([]byte(req.segs[1])) == nil {
				return nil
			}
			deleted = true
			return b.Delete([]byte(req.segs[1]))
		})
		if !deleted {
			writeFalse(w, "Webhook not found")
			return
		}
		writeOK(w, true)
	default:
		methodNotAllowed(w)
	}
}

func (s *server) createWebhook(w http.ResponseWriter, req *request) {
	u, err := url.Parse(req.str("url"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		WriteError(w, http.StatusBadRequest, "url must be an http or https URL")
		return
	}
	raw, _ := req.params["events"].([]any)
	var events []string
	for _, e := range raw {
		name, _ := e.(string)
		if !slices.Contains(Events(), name) {
			WriteError(w, http.StatusBadRequest, fmt.Sprintf("Unknown event %v", e))
			return
		}
		events = append(events, name)
	}
	if len(events) == 0 {
		WriteError(w, http.StatusBadRequest, "events must list at least one event")
		return
	}
	delay, err := req.intParam("delay", 0)
	if err != nil {
		WriteError(w, http.StatusBadRequest, err.Error())
		return
	}
	now := s.now()
	h := webhook{Events: events, URL: u.String(), Delay: delay, DTCreated: now.UTC().Format(time.RFC3339)}
	err = s.st.Update(func(tx *bbolt.Tx) error {
		if updated(tx, &h, now) { // create or update (webhooks_update.go)
			return state.PutJSON(tx, bucketWebhooks, h.IDWebhook, h)
		}
		var err error
		if h.IDWebhook, err = newID(tx, now, kindWebhook); err != nil {
			return err
		}
		return state.PutJSON(tx, bucketWebhooks, h.IDWebhook, h)
	})
	if err != nil {
		WriteError(w, http.StatusInternalServerError, "Internal error")
		return
	}
	created, modified := epochReply(h, now)
	writeOK(w, map[string]any{"id_webhook": h.IDWebhook, "id_user": nil, "events": h.Events, "url": h.URL,
		"delay": h.Delay, "dt_created": created, "dt_modified": modified})
}

// hookEvent is what happened to a credential, for the v1 payload.
type hookEvent struct {
	event      string
	credential publicCredential
	idUser     string
	idJob      string
	idJobUUID  string
	executing  bool
	from, to   int64 // the refresh's dt_refresh window
}

// deliver posts the v1 payload to every webhook registered for the event:
// at once for a webhook without delay, after its delay (seconds) for the
// others (queueCall). Failures are counted on the webhook (ct_failed),
// never reported to the caller whose request caused the event.
func (s *server) deliver(ev hookEvent) {
	var hooks []webhook
	s.st.View(func(tx *bbolt.Tx) error {
		return each(tx, bucketWebhooks, func(_ string, raw []byte) error {
			var h webhook
			if json.Unmarshal(raw, &h) == nil && h.IsDisabled == 0 && slices.Contains(h.Events, ev.event) {
				hooks = append(hooks, h)
			}
			return nil
		})
	})
	if len(hooks) == 0 {
		return
	}
	body, _ := json.Marshal(payload(ev))
	for _, h := range hooks {
		if h.Delay > 0 {
			s.queueCall(pendingCall{IDWebhook: h.IDWebhook, URL: h.URL, Body: body}, time.Duration(h.Delay)*time.Second)
			continue
		}
		s.call(h.IDWebhook, h.URL, body)
	}
}

// call posts one payload and counts a failure on the webhook.
func (s *server) call(idWebhook, target string, body []byte) {
	resp, err := s.hooks.Post(target, "application/json", bytes.NewReader(body))
	if err == nil {
		resp.Body.Close()
	}
	if err == nil && resp.StatusCode/100 == 2 {
		return
	}
	s.st.Update(func(tx *bbolt.Tx) error {
		var cur webhook
		if ok, _ := state.GetJSON(tx, bucketWebhooks, idWebhook, &cur); !ok {
			return nil
		}
		cur.CtFailed++
		return state.PutJSON(tx, bucketWebhooks, idWebhook, cur)
	})
}

// payload builds Sync's v1 webhook body; endpoints are paths under the
// API's host, ready to be fetched with the user's token.
func payload(ev hookEvent) map[string]any {
	c := ev.credential
	cred := url.Values{"id_credential": {c.IDCredential}}
	window := url.Values{"id_credential": {c.IDCredential}, "skip": {"0"}, "limit": {"5000"}}
	if ev.to > 0 {
		window.Set("dt_refresh_from", fmt.Sprint(ev.from))
		window.Set("dt_refresh_to", fmt.Sprint(ev.to))
	}
	return map[string]any{
		"event": ev.event, "id_credential": c.IDCredential, "id_external": c.IDExternal, "id_job": ev.idJob,
		"id_job_uuid": ev.idJobUUID, "id_site": c.IDSite, "id_site_organization": c.IDSiteOrganization,
		"id_site_organization_type": c.IDSiteOrganizationType, "id_user": ev.idUser, "is_executing": boolInt(ev.executing),
		"endpoints": map[string][]string{
			"credential":   {"/v1/credentials/" + c.IDCredential},
			"accounts":     {"/v1/accounts?" + cred.Encode()},
			"transactions": {"/v1/transactions?" + window.Encode()},
			"attachments":  {"/v1/attachments?" + window.Encode()},
		},
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
