package sync

import (
	"encoding/json"
	"net/http"

	"go.etcd.io/bbolt"
)

// accounts serves GET /accounts for a user: the accounts successful syncs
// found, filtered by the documented id parameters. (Transactions and
// attachments are stored the same way, keyed by id, with id_user,
// id_credential and id_account members, ready to be served.)
func (s *server) accounts(w http.ResponseWriter, req *request) {
	if len(req.segs) != 1 {
		notFound(w, req.r)
		return
	}
	if req.method != http.MethodGet {
		methodNotAllowed(w)
		return
	}
	id := s.userOf(w, req)
	if id == "" {
		return
	}
	s.settle(id)
	filters := map[string]string{}
	for _, k := range []string{"id_account", "id_credential", "id_site", "id_site_organization", "id_site_organization_type"} {
		if v := req.str(k); v != "" {
			filters[k] = v
		}
	}
	items := []json.RawMessage{}
	s.st.View(func(tx *bbolt.Tx) error {
		return each(tx, bucketAccounts, func(_ string, raw []byte) error {
			if ownerOf(raw) != id {
				return nil
			}
			for k, v := range filters {
				if fieldOf(raw, k) != v {
					return nil
				}
			}
			items = append(items, append(json.RawMessage(nil), raw...))
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
