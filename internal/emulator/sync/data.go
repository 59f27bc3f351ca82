package sync

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

// Catalogue ids used on the generated data.
const (
	accountTypeChecking = "520d3aa93b8e778e0d000000"
	accountTypeCredit   = "520d3aa93b8e778e0d000001"
	accountTypeFiscal   = "5b285177056f2911c13dbce0"
	attachmentTypeCFDI  = "56bcdfca784806d1378b4567"
)

// bucketAttachmentFiles holds attachment contents: {id_user, id_credential, content}.
const bucketAttachmentFiles = "sync_attachment_files"

// seeded derives ids and numbers from the credential id, so the same
// credential always yields the same accounts and transactions.
type seeded struct{ base string }

func (s seeded) sum(parts ...any) [32]byte {
	return sha256.Sum256([]byte(s.base + fmt.Sprint(parts...)))
}

func (s seeded) id(parts ...any) string {
	b := s.sum(parts...)
	return hex.EncodeToString(b[:12])
}

func (s seeded) num(parts ...any) uint64 {
	b := s.sum(parts...)
	return binary.BigEndian.Uint64(b[:8])
}

// cents formats an exact amount in pesos from integer cents.
func cents(c int64) json.RawMessage {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return json.RawMessage(fmt.Sprintf("%s%d.%02d", sign, c/100, c%100))
}

// createFoundData writes the accounts and transactions (and, for the SAT,
// CFDI attachments) a successful sync of c found, replacing earlier ones.
func createFoundData(tx *bbolt.Tx, c *storedCredential, at time.Time) error {
	id := c.Credential.IDCredential
	for _, bucket := range []string{bucketAccounts, bucketTransactions, bucketAttachments, bucketAttachmentFiles} {
		if err := deleteWhere(tx, bucket, func(raw []byte) bool { return fieldOf(raw, "id_credential") == id }); err != nil {
			return err
		}
	}
	if err := bumpData(tx); err != nil {
		return err
	}
	st, _ := siteByID(c.Credential.IDSite)
	sd := seeded{base: id}
	type acct struct{ name, number, kind string }
	accounts := []acct{{"Cuenta de cheques", "", accountTypeChecking}, {"Tarjeta de crédito", "", accountTypeCredit}}
	if st != nil && st.sat {
		accounts = []acct{{"CFDI", "", accountTypeFiscal}}
	}
	for i, a := range accounts {
		a.number = fmt.Sprintf("%04d", sd.num("number", i)%10000)
		idAccount := sd.id("account", i)
		var balance int64
		for k := range 5 {
			amount := int64(sd.num("amount", i, k)%500000) + 100 // 1.00 to 5000.99
			if k%2 == 1 || a.kind == accountTypeCredit {
				amount = -amount
			}
			balance += amount
			idTx := sd.id("transaction", i, k)
			when := at.Add(-time.Duration(sd.num("days", i, k)%60) * 24 * time.Hour).Truncate(time.Second)
			t := map[string]any{
				"id_transaction": idTx, "id_user": c.IDUser, "id_external": "", "id_credential": id,
				"id_site": c.Credential.IDSite, "id_site_organization": c.Credential.IDSiteOrganization,
				"id_site_organization_type": c.Credential.IDSiteOrganizationType, "id_account": idAccount,
				"id_account_type": a.kind, "is_disable": 0, "description": description(sd, i, k, amount),
				"amount": cents(amount), "currency": "MXN", "attachments": []any{}, "extra": nil,
				"reference": fmt.Sprintf("%08d", sd.num("ref", i, k)%100000000), "keywords": nil,
				"dt_transaction": when.Unix(), "dt_refresh": at.Unix(), "dt_disable": nil,
				// Members of the README's transaction, for an enabled, settled one.
				"id_currency": currencyMXN, "id_disable_type": nil, "is_account_disable": 0, "is_deleted": 0,
				"is_pending": 0, "dt_deleted": nil,
			}
			if st != nil && st.sat {
				att, err := putCFDI(tx, sd, c, idAccount, idTx, i, k, amount, when, at)
				if err != nil {
					return err
				}
				t["attachments"] = []any{att}
			}
			if err := state.PutJSON(tx, bucketTransactions, idTx, t); err != nil {
				return err
			}
		}
		account := map[string]any{
			"id_account": idAccount, "id_user": c.IDUser, "id_external": "", "id_credential": id,
			"id_site": c.Credential.IDSite, "id_site_organization": c.Credential.IDSiteOrganization,
			"id_site_organization_type": c.Credential.IDSiteOrganizationType, "id_account_type": a.kind,
			"is_disable": 0, "name": a.name, "number": a.number, "balance": cents(balance), "currency": "MXN",
			"keywords": nil, "dt_refresh": at.Unix(), "site": siteSummary(st),
		}
		if err := state.PutJSON(tx, bucketAccounts, idAccount, account); err != nil {
			return err
		}
	}
	return nil
}

func description(sd seeded, i, k int, amount int64) string {
	incoming := []string{"DEPOSITO SPEI", "ABONO NOMINA", "TRANSFERENCIA RECIBIDA"}
	outgoing := []string{"PAGO TARJETA", "COMPRA OXXO", "CARGO DOMICILIADO CFE", "RETIRO CAJERO"}
	if amount > 0 {
		return incoming[sd.num("desc", i, k)%uint64(len(incoming))]
	}
	return outgoing[sd.num("desc", i, k)%uint64(len(outgoing))]
}

func siteSummary(st *site) any {
	if st == nil {
		return nil
	}
	img := "/images/" + st.IDSite + "/"
	return map[string]any{"id_site": st.IDSite, "name": st.Name, "id_site_organization": st.IDSiteOrganization, "id_site_organization_type": st.IDSiteOrganizationType,
		"avatar": img + "avatar", "cover": img + "cover", "small_cover": img + "small_cover"}
}

// currencyMXN is the id_currency of MXN in the README's transactions.
const currencyMXN = "523a25953b8e77910e8b456c"

// putCFDI stores an attachment record and its XML for a SAT transaction and
// returns the transaction's reference to it.
func putCFDI(tx *bbolt.Tx, sd seeded, c *storedCredential, idAccount, idTx string, i, k int, amount int64, when, at time.Time) (map[string]any, error) {
	idAtt := sd.id("attachment", i, k)
	u := sd.sum("uuid", i, k)
	h := strings.ToUpper(hex.EncodeToString(u[:16]))
	uuid := h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
	kind := "emitidas"
	if amount < 0 {
		kind = "recibidas"
	}
	xml := invoiceXML(sd, i, k, amount, when, uuid)
	att := map[string]any{
		"id_attachment": idAtt, "id_account": idAccount, "id_user": c.IDUser, "id_external": "", "id_credential": c.Credential.IDCredential,
		"id_attachment_type": attachmentTypeCFDI, "id_transaction": idTx, "is_valid": 1, "file": uuid + ".xml",
		"mime": "text/xml", "url": "/attachments/" + idAtt, "keywords": []string{"4.0", kind, "timbrefiscaldigital", "vigente"},
		"dt_refresh": at.Unix(),
	}
	if err := state.PutJSON(tx, bucketAttachments, idAtt, att); err != nil {
		return nil, err
	}
	file := map[string]string{"id_user": c.IDUser, "id_credential": c.Credential.IDCredential, "content": xml}
	if err := state.PutJSON(tx, bucketAttachmentFiles, idAtt, file); err != nil {
		return nil, err
	}
	return map[string]any{"id_attachment": idAtt, "id_attachment_type": attachmentTypeCFDI, "url": "/attachments/" + idAtt}, nil
}
