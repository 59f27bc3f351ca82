package sync

import (
	"encoding/json"
	"net/url"
	"strconv"

	"github.com/mxpay/mxpay/internal/jsonobj"
)

// EventSource is what a webhook call is about, for building the payload
// Sync posts (mxpay's own test trigger, `sync webhooks send`).
type EventSource struct {
	Event                  string // credential_create, credential_update, refresh
	IDCredential           string
	IDExternal             string
	IDJob, IDJobUUID       string
	IDSite                 string
	IDSiteOrganization     string
	IDSiteOrganizationType string
	IDUser                 string
	// Executing is is_executing: the job still runs (credential events).
	Executing bool
	// RefreshFrom and RefreshTo (epoch seconds) bound the dt_refresh of the
	// new data a refresh's transactions and attachments links ask for.
	RefreshFrom, RefreshTo int64
}

// Payload is the v1 webhook body (api-notes.md): the ids, is_executing and
// endpoints, the paths (under the API's /v1) to fetch what changed with
// the user's session; transactions and attachments are paged by 5000 as
// Sync's links are.
func (s EventSource) Payload() *jsonobj.Object {
	cred := url.Values{"id_credential": {s.IDCredential}}
	window := url.Values{"id_credential": {s.IDCredential}, "skip": {"0"}, "limit": {"5000"}}
	if s.RefreshTo > 0 {
		window.Set("dt_refresh_from", strconv.FormatInt(s.RefreshFrom, 10))
		window.Set("dt_refresh_to", strconv.FormatInt(s.RefreshTo, 10))
	}
	executing := 0
	if s.Executing {
		executing = 1
	}
	o := &jsonobj.Object{}
	o.Set("event", s.Event)
	o.Set("id_credential", s.IDCredential)
	o.Set("id_external", s.IDExternal)
	o.Set("id_job", s.IDJob)
	o.Set("id_job_uuid", s.IDJobUUID)
	o.Set("id_site", s.IDSite)
	o.Set("id_site_organization", s.IDSiteOrganization)
	o.Set("id_site_organization_type", s.IDSiteOrganizationType)
	o.Set("id_user", s.IDUser)
	o.Set("is_executing", executing)
	o.Set("endpoints", map[string][]string{
		"credential":   {"/v1/credentials/" + url.PathEscape(s.IDCredential)},
		"accounts":     {"/v1/accounts?" + cred.Encode()},
		"transactions": {"/v1/transactions?" + window.Encode()},
		"attachments":  {"/v1/attachments?" + window.Encode()},
	})
	return o
}

// CredentialEvent is the source of event about c, as listed by Sync: its
// user, site and organisation ids (read from the listing as sent).
func CredentialEvent(event string, c *Credential) EventSource {
	var m map[string]json.RawMessage
	_ = json.Unmarshal(c.Raw, &m)
	s := EventSource{Event: event, IDCredential: c.IDCredential, IDUser: c.IDUser, IDSite: c.IDSite,
		IDSiteOrganization: scalar(m["id_site_organization"]), IDSiteOrganizationType: scalar(m["id_site_organization_type"]),
		IDExternal: scalar(m["id_external"])}
	if s.IDUser == "" {
		s.IDUser = scalar(m["id_user"])
	}
	return s
}
