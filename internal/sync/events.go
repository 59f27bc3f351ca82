package sync

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"strings"

	"github.com/mxpay/mxpay/internal/i18n"
)

// Event is one webhook call from Sync (payload v1). Raw is the payload
// compacted, members as Sync sent them.
type Event struct {
	Event        string
	IDCredential string
	IDExternal   string
	IDJob        string
	IDJobUUID    string
	IDSite       string
	IDUser       string
	// Endpoints are links to fetch, by kind: credential, accounts,
	// transactions, attachments.
	Endpoints map[string][]string

	Raw json.RawMessage
}

// ParseEvent reads a webhook body: a JSON object (the receiver bounds its
// size). It is lenient past that, since a listener must log whatever Sync
// sends: ids sent as numbers are read as their digits, a member of another
// shape is left empty, unknown members are kept in Raw.
func ParseEvent(body []byte) (*Event, error) {
	var compact bytes.Buffer
	if err := json.Compact(&compact, body); err != nil {
		return nil, i18n.Errorf("the body is not JSON")
	}
	var members map[string]json.RawMessage
	if !bytes.HasPrefix(compact.Bytes(), []byte("{")) || json.Unmarshal(compact.Bytes(), &members) != nil {
		return nil, i18n.Errorf("the body is not a JSON object")
	}
	ev := &Event{Raw: compact.Bytes()}
	for name, dst := range map[string]*string{"event": &ev.Event, "id_credential": &ev.IDCredential, "id_external": &ev.IDExternal,
		"id_job": &ev.IDJob, "id_job_uuid": &ev.IDJobUUID, "id_site": &ev.IDSite, "id_user": &ev.IDUser} {
		*dst = scalar(members[name])
	}
	if json.Unmarshal(members["endpoints"], &ev.Endpoints) != nil {
		ev.Endpoints = nil
	}
	return ev, nil
}

// Key identifies an event for deduplication: Sync may call a webhook again
// with the same event, and a receiver must act on it once. It is the
// event, id_job and id_credential; an event naming neither a job nor a
// credential (not one Sync sends) is keyed by a hash of its whole payload,
// so only an identical resend counts as the same.
func (e *Event) Key() string {
	if e.IDJob == "" && e.IDCredential == "" {
		sum := sha256.Sum256(e.Raw)
		return "sha256:" + hex.EncodeToString(sum[:])
	}
	return e.Event + "/" + e.IDJob + "/" + e.IDCredential
}

// EventKey is the Key of a logged payload: "" when it is not an event, or
// when masking changed its ids (a redactor takes an id with a run of
// digits that passes Luhn for a card number). Such an event is not
// remembered across a restart, which errs towards acting twice on it,
// never towards dropping another event taken for it.
func EventKey(line []byte) string {
	ev, err := ParseEvent(line)
	if err != nil || strings.Contains(ev.Event+ev.IDJob+ev.IDCredential, "***") {
		return ""
	}
	return ev.Key()
}

// scalar reads a string or a number as text; anything else is "".
func scalar(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// Link is one endpoint of an event, as a path under the API's base URL
// and a query.
type Link struct {
	Kind  string
	Path  string
	Query url.Values
}

// Links returns the event's endpoints of the given kinds, in that order.
// Links are URLs or paths on the API host starting with /v1, like the
// base URL; anything else is an error, so a payload cannot send the
// client's session elsewhere.
func (e *Event) Links(kinds ...string) ([]Link, error) {
	var out []Link
	for _, kind := range kinds {
		for _, raw := range e.Endpoints[kind] {
			u, err := url.Parse(raw)
			if err != nil || !strings.HasPrefix(u.Path, "/v1/") || strings.Contains(u.Path, "..") {
				return nil, i18n.Errorf("the event's %s link is not a Sync API path", kind)
			}
			out = append(out, Link{Kind: kind, Path: strings.TrimPrefix(u.Path, "/v1"), Query: u.Query()})
		}
	}
	return out, nil
}
