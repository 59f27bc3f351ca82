package sync

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
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

// maxEvent bounds a webhook body: payloads are links, not data.
const maxEvent = 1 << 20

// ParseEvent reads a webhook body: a JSON object of at most 1 MB. It is
// lenient past that, since a listener must log whatever Sync sends: ids
// sent as numbers are read as their digits, a member of another shape is
// left empty, unknown members are kept in Raw.
func ParseEvent(body []byte) (*Event, error) {
	if len(body) > maxEvent {
		return nil, errors.New("the body is larger than 1 MB")
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, body); err != nil {
		return nil, errors.New("the body is not JSON")
	}
	var members map[string]json.RawMessage
	if !bytes.HasPrefix(compact.Bytes(), []byte("{")) || json.Unmarshal(compact.Bytes(), &members) != nil {
		return nil, errors.New("the body is not a JSON object")
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
				return nil, fmt.Errorf("the event's %s link is not a Sync API path", kind)
			}
			out = append(out, Link{Kind: kind, Path: strings.TrimPrefix(u.Path, "/v1"), Query: u.Query()})
		}
	}
	return out, nil
}
