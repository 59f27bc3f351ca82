package sync

import (
	"github.com/mxpay/mxpay/internal/jsonrows"
)

// recordFields read the members of a stored record the filters look at,
// in one pass and without reflection: scanning a million transactions
// with encoding/json took seconds.
var recordFields = jsonrows.Fields[record]{
	"id_user":                   func(r *record, v []byte) error { return jsonrows.String(&r.IDUser, v) },
	"id_account":                func(r *record, v []byte) error { return jsonrows.String(&r.IDAccount, v) },
	"id_credential":             func(r *record, v []byte) error { return jsonrows.String(&r.IDCredential, v) },
	"id_site":                   func(r *record, v []byte) error { return jsonrows.String(&r.IDSite, v) },
	"id_site_organization":      func(r *record, v []byte) error { return jsonrows.String(&r.IDSiteOrganization, v) },
	"id_site_organization_type": func(r *record, v []byte) error { return jsonrows.String(&r.IDSiteOrganizationType, v) },
	"id_transaction":            func(r *record, v []byte) error { return jsonrows.String(&r.IDTransaction, v) },
	"id_attachment_type":        func(r *record, v []byte) error { return jsonrows.String(&r.IDAttachmentType, v) },
	"is_disable":                func(r *record, v []byte) error { return intPtr(&r.IsDisable, v) },
	"is_valid":                  func(r *record, v []byte) error { return intPtr(&r.IsValid, v) },
	"dt_transaction":            func(r *record, v []byte) error { return jsonrows.Int64Ptr(&r.DTTransaction, v) },
	"dt_refresh":                func(r *record, v []byte) error { return jsonrows.Int64Ptr(&r.DTRefresh, v) },
	"attachments":               func(r *record, v []byte) error { return jsonrows.RawElements(&r.Attachments, v) },
	"description":               func(r *record, v []byte) error { return jsonrows.String(&r.Description, v) },
	"name":                      func(r *record, v []byte) error { return jsonrows.String(&r.Name, v) },
	"file":                      func(r *record, v []byte) error { return jsonrows.String(&r.File, v) },
	"reference":                 func(r *record, v []byte) error { return jsonrows.StringPtr(&r.Reference, v) },
	"keywords":                  func(r *record, v []byte) error { return jsonrows.Strings(&r.Keywords, v) },
}

// decode reads a stored record; false when it is not one (it then matches
// nothing, as before).
func (r *record) decode(raw []byte) bool {
	_, shape, err := jsonrows.Row(jsonrows.Sub(raw), recordFields, r)
	return err == nil && shape == nil
}

func intPtr(dst **int, v []byte) error {
	if string(v) == "null" {
		*dst = nil
		return nil
	}
	var n int
	if err := jsonrows.Int(&n, v); err != nil {
		return err
	}
	*dst = &n
	return nil
}

// ownerFields read id_user alone: all a plain query looks at.
var ownerFields = jsonrows.Fields[record]{
	"id_user": func(r *record, v []byte) error { return jsonrows.String(&r.IDUser, v) },
}

// decodeOwner reads a stored record's id_user only.
func (r *record) decodeOwner(raw []byte) bool {
	_, shape, err := jsonrows.Row(jsonrows.Sub(raw), ownerFields, r)
	return err == nil && shape == nil
}
