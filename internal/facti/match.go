package facti

import (
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/mxpay/mxpay/internal/money"
)

// How a payment request is recognised among a company's payments, the only
// search Facti offers (company_payments has no folio filter).
//
// A single request is its serie and folio. A grouped request (--group) is
// sent with the fixed folio 1 and no serie, as the document requires, so
// company_payments shows every grouped request as folio 1: what identifies
// one is its set of invoices (serie, folio, amount), which only the
// payment's details (GET /v1/payments/{id}, "childs") show. So a grouped
// request is looked for among the listed folio-1 payments with the same
// total and e-mail, and each candidate's details are read to compare the
// invoices. The same details tell a single request with folio 1 from a
// grouped one.

// Seen is what a survey keeps of one listed payment: enough to recognise
// a request and to name it in a message, not the whole object.
type Seen struct {
	ID      uint64
	Serie   string
	Folio   string
	ToEmail string
	Total   money.Amount
	Paid    bool
}

// seenOf reads a listed payment; ok is false when its id is not a number.
func seenOf(p *Payment) (Seen, bool) {
	id, err := strconv.ParseUint(string(p.ID), 10, 64)
	if err != nil {
		return Seen{}, false
	}
	return Seen{ID: id, Serie: string(p.Serie), Folio: string(p.Folio), ToEmail: string(p.ToEmail), Total: p.TotalAmount, Paid: p.Paid()}, true
}

// invoiceKey is how a serie and folio compare (see Canonical).
func invoiceKey(serie, folio string) string {
	serie, folio = Canonical(serie, folio)
	return serie + "\x00" + folio
}

// Canonical is a serie and folio as they compare: spaces and the serie's
// case ignored, and a folio of digits read as a number (Facti's PHP may
// store "0012" as 12). Keys kept elsewhere (the ledger's) use it so that
// they compare as Facti's listing does.
func Canonical(serie, folio string) (string, string) {
	folio = strings.TrimSpace(folio)
	if folio != "" && strings.Trim(folio, "0123456789") == "" {
		if trimmed := strings.TrimLeft(folio, "0"); trimmed != "" {
			folio = trimmed
		} else {
			folio = "0"
		}
	}
	return strings.ToUpper(strings.TrimSpace(serie)), folio
}

// groupKey is the listed key of every grouped request (folio 1, no serie).
var groupKey = invoiceKey("", "1")

// listedKey is the key under which company_payments shows r.
func (r *NewRequest) listedKey() string {
	if len(r.Group) > 0 {
		return groupKey
	}
	return invoiceKey(r.Serie, r.Folio)
}

// emailSet normalises a to_email value (addresses separated by ; or ,).
func emailSet(v string) string {
	parts := strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return r == ';' || r == ',' || r == ' ' })
	slices.Sort(parts)
	return strings.Join(slices.Compact(parts), ";")
}

// listedMatch reports whether the listed payment s can be r: the same
// listed serie/folio, total and e-mail (an e-mail the listing leaves out
// is not held against it).
func listedMatch(r *NewRequest, s Seen) bool {
	return invoiceKey(s.Serie, s.Folio) == r.listedKey() && s.Total.Equal(r.TotalAmount) &&
		(s.ToEmail == "" || emailSet(s.ToEmail) == emailSet(strings.Join(r.ToEmails, ";")))
}

// invoicesOf is the set of invoices of a grouped request, comparable.
func invoicesOf(items []GroupItem) string {
	keys := make([]string, len(items))
	for i, g := range items {
		keys[i] = invoiceKey(g.Serie, g.Folio) + "=" + g.Amount.String()
	}
	slices.Sort(keys)
	return strings.Join(keys, "\n")
}

// child is one invoice of a grouped payment as its details show it. The
// document shows only "childs: []"; the shape is assumed to be the
// request's own (serie, folio, total_amount).
type child struct {
	Serie       Flex         `json:"serie"`
	Folio       Flex         `json:"folio"`
	TotalAmount money.Amount `json:"total_amount"`
}

// groupDetails reads and remembers the invoices of listed folio-1
// payments, so that a survey and the lookups after it read each one once.
type groupDetails struct {
	c     *Client
	mu    sync.Mutex
	known map[uint64]*string // the invoice set; "" for a single request
}

func newGroupDetails(c *Client) *groupDetails {
	return &groupDetails{c: c, known: map[uint64]*string{}}
}

// invoices returns the invoice set of payment id ("" when it is not a
// grouped request). A child it cannot read makes the set unreadable: an
// error, since nothing can then be said of it.
func (g *groupDetails) invoices(ctx context.Context, id uint64) (string, error) {
	g.mu.Lock()
	if v, ok := g.known[id]; ok {
		g.mu.Unlock()
		return *v, nil
	}
	g.mu.Unlock()
	p, err := g.c.GetPayment(ctx, strconv.FormatUint(id, 10))
	if err != nil {
		return "", err
	}
	var children []child
	if len(p.Childs) > 0 && string(p.Childs) != "null" {
		if err := json.Unmarshal(p.Childs, &children); err != nil {
			return "", &ReplyError{Op: "get the payment", Problem: "its childs are not a list of invoices (serie, folio, total_amount)"}
		}
	}
	items := make([]GroupItem, 0, len(children))
	for _, ch := range children {
		items = append(items, GroupItem{Serie: string(ch.Serie), Folio: string(ch.Folio), Amount: ch.TotalAmount})
	}
	set := ""
	if len(items) > 0 {
		set = invoicesOf(items)
	}
	g.mu.Lock()
	g.known[id] = &set
	g.mu.Unlock()
	return set, nil
}

// is reports whether the listed payment s is r: listedMatch, and for a
// request listed as folio 1 the details agree (the same invoices for a
// grouped request, none for a single one).
func (g *groupDetails) is(ctx context.Context, r *NewRequest, s Seen) (bool, error) {
	if !listedMatch(r, s) {
		return false, nil
	}
	if r.listedKey() != groupKey {
		return true, nil
	}
	set, err := g.invoices(ctx, s.ID)
	if err != nil {
		return false, err
	}
	if len(r.Group) == 0 {
		return set == "", nil
	}
	return set == invoicesOf(r.Group), nil
}

// SameFolio reports whether two folios are the same invoice number, as
// the lookups compare them ("0012" is 12).
func SameFolio(a, b string) bool { return invoiceKey("", a) == invoiceKey("", b) }
