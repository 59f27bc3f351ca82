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
	var scanned keyList // the keys of a plain query, to keep (index.go)
	var keep bool
	var gen uint64
	s.st.View(func(tx *bbolt.Tx) error {
		keys, fresh, g := s.matching(tx, res, q)
		if fresh {
			scanned, keep, gen = keys, true, g
		}
		if count {
			json.NewEncoder(&body).Encode(map[string]int{"count": keys.len()})
			return nil
		}
		b := tx.Bucket([]byte(res.bucket))
		body.WriteByte('[')
		for i := skip; i < min(skip+limit, keys.len()); i++ {
			if i > skip {
				body.WriteByte(',')
			}
			raw := b.Get(keys.at(i))
			if fields != nil {
				raw = project([]json.RawMessage{raw}, fields)[0]
			}
			body.Write(raw)
		}
		body.WriteByte(']')
		return nil
	})
	writeOK(w, json.RawMessage(bytes.TrimSpace(body.Bytes())))
	if keep {
		// After the reply: the next start of the emulator finds them.
		s.st.Update(func(tx *bbolt.Tx) error { return storeIndex(tx, res.bucket, id, gen, scanned) })
	}
}
