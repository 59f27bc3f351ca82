package sync

import (
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	gosync "sync"

	"go.etcd.io/bbolt"
)

// record holds the members of accounts, transactions and attachments that
// the documented filters look at. Decoding into it is much cheaper than
// into a map, which matters when a million transactions are scanned.
type record struct {
	IDUser                 string            `json:"id_user"`
	IDAccount              string            `json:"id_account"`
	IDCredential           string            `json:"id_credential"`
	IDSite                 string            `json:"id_site"`
	IDSiteOrganization     string            `json:"id_site_organization"`
	IDSiteOrganizationType string            `json:"id_site_organization_type"`
	IDTransaction          string            `json:"id_transaction"`
	IDAttachmentType       string            `json:"id_attachment_type"`
	IsDisable              *int              `json:"is_disable"`
	IsValid                *int              `json:"is_valid"`
	DTTransaction          *int64            `json:"dt_transaction"`
	DTRefresh              *int64            `json:"dt_refresh"`
	Attachments            []json.RawMessage `json:"attachments"`
	Description            string            `json:"description"`
	Name                   string            `json:"name"`
	File                   string            `json:"file"`
	Reference              *string           `json:"reference"`
	Keywords               []string          `json:"keywords"`
}

func (r *record) str(name string) string {
	switch name {
	case "id_account":
		return r.IDAccount
	case "id_credential":
		return r.IDCredential
	case "id_site":
		return r.IDSite
	case "id_site_organization":
		return r.IDSiteOrganization
	case "id_site_organization_type":
		return r.IDSiteOrganizationType
	case "id_transaction":
		return r.IDTransaction
	case "id_attachment_type":
		return r.IDAttachmentType
	}
	return ""
}

// text is what keywords and skip_keywords search, lowercased.
func (r *record) text() string {
	parts := []string{r.Description, r.Name, r.File}
	if r.Reference != nil {
		parts = append(parts, *r.Reference)
	}
	parts = append(parts, r.Keywords...)
	return strings.ToLower(strings.Join(parts, "\x00"))
}

// resource describes one listable kind: its bucket, its id member (the
// bucket key) and the filters Sync documents for it.
type resource struct {
	bucket  string
	idParam string   // the record's own id, filterable too
	ids     []string // other id_* equality filters
	flags   []string // 0/1 filters: is_disable, is_valid, has_attachment
	ranges  []string // dt_* members filterable with _from/_to
}

var (
	accountsResource = resource{bucket: bucketAccounts, idParam: "id_account",
		ids:   []string{"id_credential", "id_site", "id_site_organization", "id_site_organization_type"},
		flags: []string{"is_disable"}}
	transactionsResource = resource{bucket: bucketTransactions, idParam: "id_transaction",
		ids:    []string{"id_account", "id_credential", "id_site", "id_site_organization", "id_site_organization_type"},
		flags:  []string{"has_attachment", "is_disable"},
		ranges: []string{"dt_refresh", "dt_transaction"}}
	attachmentsResource = resource{bucket: bucketAttachments, idParam: "id_attachment",
		ids:    []string{"id_account", "id_attachment_type", "id_credential", "id_transaction"},
		flags:  []string{"is_valid"},
		ranges: []string{"dt_refresh"}}
)

// query is a parsed listing request: everything but skip, limit and fields.
type query struct {
	user      string
	eq        map[string]string
	flags     map[string]int
	from, to  map[string]int64
	keywords  []string
	skipWords []string
	order     string
	desc      bool
}

// parseQuery reads the resource's filters from req. Bad values are 400s,
// as a strict API would answer.
func parseQuery(req *request, res resource, user string) (*query, error) {
	q := &query{user: user, eq: map[string]string{}, flags: map[string]int{}, from: map[string]int64{}, to: map[string]int64{}}
	for _, k := range append([]string{res.idParam}, res.ids...) {
		if v := req.str(k); v != "" {
			q.eq[k] = v
		}
	}
	for _, k := range res.flags {
		if v := req.str(k); v != "" {
			switch v {
			case "0", "false":
				q.flags[k] = 0
			case "1", "true":
				q.flags[k] = 1
			default:
				return nil, fmt.Errorf("%s must be 0 or 1", k)
			}
		}
	}
	for _, k := range res.ranges {
		for suffix, m := range map[string]map[string]int64{"_from": q.from, "_to": q.to} {
			if v := req.str(k + suffix); v != "" {
				n, err := strconv.ParseInt(v, 10, 64)
				if err != nil {
					return nil, fmt.Errorf("%s%s must be a Unix time in seconds", k, suffix)
				}
				m[k] = n
			}
		}
	}
	q.keywords = words(req.str("keywords"))
	q.skipWords = words(req.str("skip_keywords"))
	if order := req.str("order"); order != "" {
		field, dir, _ := strings.Cut(order, ",")
		q.order = strings.TrimSpace(field)
		q.desc = strings.EqualFold(strings.TrimSpace(dir), "desc")
	}
	return q, nil
}

// words splits a keywords parameter: comma-separated terms, lowercased.
func words(s string) []string {
	var out []string
	for _, w := range strings.Split(s, ",") {
		if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// match reports whether a record passes every filter. keywords keeps
// records containing any of the terms; skip_keywords drops records
// containing any.
func (q *query) match(r *record, self string) bool {
	if r.IDUser != q.user {
		return false
	}
	for k, v := range q.eq {
		got := r.str(k)
		if got == "" {
			got = self
		}
		if got != v {
			return false
		}
	}
	for k, v := range q.flags {
		var got int
		switch k {
		case "has_attachment":
			if len(r.Attachments) > 0 {
				got = 1
			}
		case "is_disable":
			got = deref(r.IsDisable)
		case "is_valid":
			got = deref(r.IsValid)
		}
		if got != v {
			return false
		}
	}
	for k, from := range q.from {
		if t := r.dt(k); t == nil || *t < from {
			return false
		}
	}
	for k, to := range q.to {
		if t := r.dt(k); t == nil || *t > to {
			return false
		}
	}
	if len(q.keywords) > 0 || len(q.skipWords) > 0 {
		text := r.text()
		if len(q.keywords) > 0 && !containsAny(text, q.keywords) {
			return false
		}
		if containsAny(text, q.skipWords) {
			return false
		}
	}
	return true
}

func (r *record) dt(name string) *int64 {
	if name == "dt_transaction" {
		return r.DTTransaction
	}
	return r.DTRefresh
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

func containsAny(text string, terms []string) bool {
	for _, t := range terms {
		if strings.Contains(text, t) {
			return true
		}
	}
	return false
}

// signature identifies a query for the key cache.
func (q *query) signature(bucket string) string {
	v := url.Values{"bucket": {bucket}, "user": {q.user}, "order": {q.order, strconv.FormatBool(q.desc)},
		"kw": {strings.Join(q.keywords, ",")}, "skw": {strings.Join(q.skipWords, ",")}}
	for k, s := range q.eq {
		v.Set("eq."+k, s)
	}
	for k, n := range q.flags {
		v.Set("flag."+k, strconv.Itoa(n))
	}
	for k, n := range q.from {
		v.Set("from."+k, strconv.FormatInt(n, 10))
	}
	for k, n := range q.to {
		v.Set("to."+k, strconv.FormatInt(n, 10))
	}
	return v.Encode()
}

// keyCache remembers the matching keys of recent queries, so paging
// through a million transactions with skip costs one scan, not one per
// page. Entries are valid for one data generation (see bumpData).
type keyCache struct {
	mu      gosync.Mutex
	entries map[string]cachedKeys
}

type cachedKeys struct {
	gen  uint64
	keys keyList
}

// maxCachedQueries bounds the cache; the oldest entry is not tracked, any
// entry is dropped when full (queries are cheap to recompute).
const maxCachedQueries = 16

// matching returns the keys of the records matching q in the requested
// order, from the cache when the data has not changed since.
// When the keys of a plain query had to be scanned for, scanned says so,
// with the generation they hold for, so the caller can keep them (index.go)
// once its read transaction is over.
func (s *server) matching(tx *bbolt.Tx, res resource, q *query) (keys keyList, scanned bool, gen uint64) {
	gen = dataGen(tx)
	sig := q.signature(res.bucket)
	s.cache.mu.Lock()
	if e, ok := s.cache.entries[sig]; ok && e.gen == gen {
		s.cache.mu.Unlock()
		return e.keys, false, gen
	}
	s.cache.mu.Unlock()
	kept := false
	if q.plain() {
		keys, kept = loadIndex(tx, res.bucket, q.user, gen)
	}
	if !kept {
		keys = scan(tx, res, q)
		scanned = q.plain()
	}
	s.cache.mu.Lock()
	if s.cache.entries == nil || len(s.cache.entries) >= maxCachedQueries {
		s.cache.entries = map[string]cachedKeys{}
	}
	s.cache.entries[sig] = cachedKeys{gen: gen, keys: keys}
	s.cache.mu.Unlock()
	return keys, scanned, gen
}

// scan reads the bucket once, keeping matching keys (copied: bbolt's
// slices die with the transaction), sorted when an order is asked for.
func scan(tx *bbolt.Tx, res resource, q *query) keyList {
	var keys keyList
	b := tx.Bucket([]byte(res.bucket))
	if b == nil {
		return keys
	}
	var sortVals []string
	decode := (*record).decode
	if q.plain() {
		decode = (*record).decodeOwner
	}
	b.ForEach(func(k, v []byte) error {
		var r record
		if !decode(&r, v) || !q.match(&r, string(k)) {
			return nil
		}
		keys.add(k)
		if q.order != "" {
			var m map[string]any
			json.Unmarshal(v, &m)
			sortVals = append(sortVals, sortKey(m[q.order]))
		}
		return nil
	})
	if q.order != "" {
		idx := make([]int, keys.len())
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool {
			if q.desc {
				return sortVals[idx[a]] > sortVals[idx[b]]
			}
			return sortVals[idx[a]] < sortVals[idx[b]]
		})
		var sorted keyList
		for _, j := range idx {
			sorted.add(keys.at(j))
		}
		keys = sorted
	}
	return keys
}

const dataGenKey = "data_generation"

// dataGen reads the generation of the listable data.
func dataGen(tx *bbolt.Tx) uint64 {
	b := tx.Bucket([]byte(bucketSequence))
	if b == nil {
		return 0
	}
	v := b.Get([]byte(dataGenKey))
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

// bumpData marks accounts, transactions or attachments as changed. A
// missing counter (a fresh or reset state) starts at a random value, so a
// reset never brings back a generation cached before it.
func bumpData(tx *bbolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists([]byte(bucketSequence))
	if err != nil {
		return err
	}
	next := dataGen(tx) + 1
	if next == 1 {
		var r [8]byte
		rand.Read(r[:])
		next = binary.BigEndian.Uint64(r[:]) | 1
	}
	var v [8]byte
	binary.BigEndian.PutUint64(v[:], next)
	return b.Put([]byte(dataGenKey), v[:])
}
