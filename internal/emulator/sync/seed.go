package sync

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

// SeedBatch is how many transactions one bbolt transaction writes: big
// enough that a million rows take seconds, small enough to bound memory.
const SeedBatch = 20000

// kindSeed tags ids of seeded records.
const kindSeed = kindWebhook + 1

// SeedResult says what Seed wrote.
type SeedResult struct {
	IDUser       string `json:"id_user"`
	IDCredential string `json:"id_credential"`
	IDAccount    string `json:"id_account"`
	Transactions int    `json:"transactions"`
}

// seedTransaction is a transaction as Sync lists it; a struct marshals much
// faster than a map when writing a million.
type seedTransaction struct {
	IDTransaction          string          `json:"id_transaction"`
	IDAccount              string          `json:"id_account"`
	IDAccountType          string          `json:"id_account_type"`
	IDCredential           string          `json:"id_credential"`
	IDExternal             string          `json:"id_external"`
	IDSite                 string          `json:"id_site"`
	IDSiteOrganization     string          `json:"id_site_organization"`
	IDSiteOrganizationType string          `json:"id_site_organization_type"`
	IDUser                 string          `json:"id_user"`
	IsDisable              int             `json:"is_disable"`
	Description            string          `json:"description"`
	Amount                 json.RawMessage `json:"amount"`
	Currency               string          `json:"currency"`
	Attachments            []any           `json:"attachments"`
	Extra                  any             `json:"extra"`
	Reference              string          `json:"reference"`
	Keywords               any             `json:"keywords"`
	DTTransaction          int64           `json:"dt_transaction"`
	DTRefresh              int64           `json:"dt_refresh"`
	DTDisable              any             `json:"dt_disable"`
}

// Seed writes n transactions for one account of idUser (a new user named
// "Seed" when idUser is empty), in batches of SeedBatch, for benchmarks
// and demos of big data sets. Dates spread back one per minute from now;
// amounts and descriptions vary deterministically.
func Seed(st *state.Store, idUser string, n int) (SeedResult, error) {
	return seed(st, idUser, n, false)
}

// SeedWithAttachments is Seed with a CFDI XML attachment on every
// transaction, for download benchmarks.
func SeedWithAttachments(st *state.Store, idUser string, n int) (SeedResult, error) {
	return seed(st, idUser, n, true)
}

func seed(st *state.Store, idUser string, n int, attachments bool) (SeedResult, error) {
	now := time.Now().Truncate(time.Second)
	res := SeedResult{IDUser: idUser}
	site := &catalogue[0]
	err := st.Update(func(tx *bbolt.Tx) error {
		if idUser == "" {
			id, err := newID(tx, now, kindUser)
			if err != nil {
				return err
			}
			res.IDUser = id
			if err := state.PutJSON(tx, bucketUsers, id, user{IDUser: id, Name: "Seed", DTCreate: now.Unix()}); err != nil {
				return err
			}
		} else if ok, err := state.GetJSON(tx, bucketUsers, idUser, &user{}); err != nil || !ok {
			if err == nil {
				err = fmt.Errorf("no Sync user %s in the emulator", idUser)
			}
			return err
		}
		var err error
		if res.IDCredential, err = newID(tx, now, kindCredential); err != nil {
			return err
		}
		if res.IDAccount, err = newID(tx, now, kindSeed); err != nil {
			return err
		}
		if err := bumpData(tx); err != nil {
			return err
		}
		return state.PutJSON(tx, bucketAccounts, res.IDAccount, map[string]any{
			"id_account": res.IDAccount, "id_user": res.IDUser, "id_external": "", "id_credential": res.IDCredential,
			"id_site": site.IDSite, "id_site_organization": site.IDSiteOrganization,
			"id_site_organization_type": site.IDSiteOrganizationType, "id_account_type": accountTypeChecking,
			"is_disable": 0, "name": "Cuenta de cheques (seed)", "number": "0000", "balance": cents(0), "currency": "MXN",
			"keywords": nil, "dt_refresh": now.Unix(), "site": siteSummary(site),
		})
	})
	if err != nil {
		return res, err
	}
	sd := seeded{base: res.IDAccount}
	for done := 0; done < n; {
		batch := min(SeedBatch, n-done)
		err := st.Update(func(tx *bbolt.Tx) error {
			b, err := tx.CreateBucketIfNotExists([]byte(bucketTransactions))
			if err != nil {
				return err
			}
			seq, err := tx.CreateBucketIfNotExists([]byte(bucketSequence))
			if err != nil {
				return err
			}
			first := seq.Sequence() + 1
			if err := seq.SetSequence(seq.Sequence() + uint64(batch)); err != nil {
				return err
			}
			b.FillPercent = 0.95 // keys only grow within a batch
			for i := range batch {
				k := done + i
				amount := int64(sd.num("amount", k)%500000) + 100
				if k%3 != 0 {
					amount = -amount
				}
				t := seedTransaction{
					IDTransaction: fmt.Sprintf("%08x%04x%012x", uint32(now.Unix()), kindSeed, first+uint64(i)),
					IDAccount:     res.IDAccount, IDAccountType: accountTypeChecking, IDCredential: res.IDCredential,
					IDSite: site.IDSite, IDSiteOrganization: site.IDSiteOrganization, IDSiteOrganizationType: site.IDSiteOrganizationType,
					IDUser: res.IDUser, Description: description(sd, 0, k, amount), Amount: cents(amount), Currency: "MXN",
					Attachments: []any{}, Reference: fmt.Sprintf("%08d", k), DTTransaction: now.Add(-time.Duration(k) * time.Minute).Unix(),
					DTRefresh: now.Unix(),
				}
				if attachments {
					c := &storedCredential{IDUser: res.IDUser, Credential: publicCredential{IDCredential: res.IDCredential}}
					when := time.Unix(t.DTTransaction, 0)
					att, err := putCFDI(tx, sd, c, res.IDAccount, t.IDTransaction, 0, k, amount, when, now)
					if err != nil {
						return err
					}
					t.Attachments = []any{att}
				}
				raw, err := json.Marshal(t)
				if err != nil {
					return err
				}
				if err := b.Put([]byte(t.IDTransaction), raw); err != nil {
					return err
				}
			}
			return bumpData(tx)
		})
		if err != nil {
			return res, err
		}
		done += batch
		res.Transactions = done
	}
	return res, nil
}
