package sync

import (
	"encoding/json"

	"github.com/mxpay/mxpay/internal/jsonrows"
)

// The big listings (transactions, accounts, attachments) decode their
// rows while the envelope is scanned (responseRows), member by member
// through these tables: the JSON tags on the types document the same
// names for everything else.

// rowsInto reads the response array into dst, each row keeping its bytes.
func rowsInto[T any](dst *[]T, fields jsonrows.Fields[T], setRaw func(*T, json.RawMessage)) responseRows {
	return func(r *jsonrows.Reader) error {
		*dst = (*dst)[:0] // a renewed session's retry reads the page again
		return jsonrows.Rows(r, fields, func(row *T, raw []byte) {
			setRaw(row, raw)
			*dst = append(*dst, *row)
		})
	}
}

var transactionFields = jsonrows.Fields[Transaction]{
	"id_transaction": func(t *Transaction, v []byte) error { return jsonrows.String(&t.IDTransaction, v) },
	"id_account":     func(t *Transaction, v []byte) error { return jsonrows.String(&t.IDAccount, v) },
	"id_credential":  func(t *Transaction, v []byte) error { return jsonrows.String(&t.IDCredential, v) },
	"id_site":        func(t *Transaction, v []byte) error { return jsonrows.String(&t.IDSite, v) },
	"description":    func(t *Transaction, v []byte) error { return jsonrows.String(&t.Description, v) },
	"amount":         func(t *Transaction, v []byte) error { return jsonrows.Number(&t.Amount, v) },
	"currency":       func(t *Transaction, v []byte) error { return jsonrows.String(&t.Currency, v) },
	"reference":      func(t *Transaction, v []byte) error { return jsonrows.StringPtr(&t.Reference, v) },
	"is_disable":     func(t *Transaction, v []byte) error { return jsonrows.Int(&t.IsDisable, v) },
	"attachments":    func(t *Transaction, v []byte) error { return jsonrows.RawElements(&t.Attachments, v) },
	"dt_transaction": func(t *Transaction, v []byte) error { return jsonrows.Int64Ptr(&t.DTTransaction, v) },
	"dt_refresh":     func(t *Transaction, v []byte) error { return jsonrows.Int64Ptr(&t.DTRefresh, v) },
}

var accountFields = jsonrows.Fields[Account]{
	"id_account":    func(a *Account, v []byte) error { return jsonrows.String(&a.IDAccount, v) },
	"id_credential": func(a *Account, v []byte) error { return jsonrows.String(&a.IDCredential, v) },
	"id_site":       func(a *Account, v []byte) error { return jsonrows.String(&a.IDSite, v) },
	"name":          func(a *Account, v []byte) error { return jsonrows.String(&a.Name, v) },
	"number":        func(a *Account, v []byte) error { return jsonrows.String(&a.Number, v) },
	"balance":       func(a *Account, v []byte) error { return jsonrows.Number(&a.Balance, v) },
	"currency":      func(a *Account, v []byte) error { return jsonrows.String(&a.Currency, v) },
	"is_disable":    func(a *Account, v []byte) error { return jsonrows.Int(&a.IsDisable, v) },
	"dt_refresh":    func(a *Account, v []byte) error { return jsonrows.Int64Ptr(&a.DTRefresh, v) },
	"site":          decodeAccountSite,
}

var accountSiteFields = jsonrows.Fields[AccountSite]{
	"name": func(s *AccountSite, v []byte) error { return jsonrows.String(&s.Name, v) },
}

func decodeAccountSite(a *Account, v []byte) error {
	if len(v) > 0 && v[0] == 'n' {
		a.Site = nil
		return nil
	}
	site := &AccountSite{}
	r := jsonrows.Sub(v) // part of a reply already validated
	_, shape, err := jsonrows.Row(r, accountSiteFields, site)
	if err != nil {
		return err
	}
	a.Site = site
	return shape
}

var attachmentFields = jsonrows.Fields[Attachment]{
	"id_attachment":      func(a *Attachment, v []byte) error { return jsonrows.String(&a.IDAttachment, v) },
	"id_account":         func(a *Attachment, v []byte) error { return jsonrows.String(&a.IDAccount, v) },
	"id_transaction":     func(a *Attachment, v []byte) error { return jsonrows.String(&a.IDTransaction, v) },
	"id_attachment_type": func(a *Attachment, v []byte) error { return jsonrows.String(&a.IDAttachmentType, v) },
	"is_valid":           func(a *Attachment, v []byte) error { return jsonrows.Int(&a.IsValid, v) },
	"file":               func(a *Attachment, v []byte) error { return jsonrows.String(&a.File, v) },
	"mime":               func(a *Attachment, v []byte) error { return jsonrows.StringPtr(&a.Mime, v) },
	"url":                func(a *Attachment, v []byte) error { return jsonrows.String(&a.URL, v) },
	"keywords":           func(a *Attachment, v []byte) error { return jsonrows.Strings(&a.Keywords, v) },
	"dt_refresh":         func(a *Attachment, v []byte) error { return jsonrows.Int64Ptr(&a.DTRefresh, v) },
}
