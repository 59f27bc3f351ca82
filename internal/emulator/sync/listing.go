package sync

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"

	"go.etcd.io/bbolt"
)

// list serves GET /<resource> and GET /<resource>/count for a user, with
// every documented filter, order, skip, limit (capped at maxLimit) and
// fields.
func (s *server) list(w http.ResponseWriter, req *request, res resource) {
	count := len(req.segs) == 2 && req.segs[1] == "count"
	if len(req.segs) != 1 && !count {
		notFound(w, req.r)
		return
	}
	if req.method != http.MethodGet {
		methodNotAllowed(w)
		return
	}
	s.listFor(w, req, res, count)
}

func (s *server) listFor(w http.ResponseWriter, req *request, res resource, count bool) {
	id := s.userOf(w, req)
	if id == "" {
		return
	}
	s.settle(id)
	q, err := parseQuery(req, res, id)
	if err != nil {
		WriteError(w, http.StatusBadRequest, err.Error())
		return
	}
	skip, err := req.intParam("skip", 0)
	if err != nil {
		WriteError(w, http.StatusBadRequest, err.Error())
		return
	}
	limit, err := req.intParam("limit", maxLimit)
	if err != nil {
		WriteError(w, http.StatusBadRequest, err.Error())
		return
	}
	if limit <= 0 || limit > maxLimit {
		limit = maxLimit
	}
	var fields []string
	if f := req.str("fields"); f != "" {
		for _, name := range strings.Split(f, ",") {
			fields = append(fields, strings.TrimSpace(name))
		}
	}
	var body bytes.Buffer
	s.st.View(func(tx *bbolt.Tx) error {
		keys := s.matching(tx, res, q)
		if count {
			json.NewEncoder(&body).Encode(map[string]int{"count": len(keys)})
			return nil
		}
		page := [][]byte{}
		if skip < len(keys) {
			page = keys[skip:min(skip+limit, len(keys))]
		}
		b := tx.Bucket([]byte(res.bucket))
		body.WriteByte('[')
		for i, k := range page {
			if i > 0 {
				body.WriteByte(',')
			}
			raw := b.Get(k)
			if fields != nil {
				raw = project([]json.RawMessage{raw}, fields)[0]
			}
			body.Write(raw)
		}
		body.WriteByte(']')
		return nil
	})
	writeOK(w, json.RawMessage(bytes.TrimSpace(body.Bytes())))
}
