package sync

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

// SeedBatch is how many transactions one bbolt transaction writes: big
// enough that a million rows take seconds, small enough to bound memory.
const SeedBatch = 50000

// kindSeed tags ids of seeded records.
const kindSeed = kindWebhook + 1

// SeedResult says what Seed wrote.
type SeedResult struct {
	IDUser       string `json:"id_user"`
	IDCredential string `json:"id_credential"`
	IDAccount    string `json:"id_account"`
	Transactions int    `json:"transactions"`
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

func seed(st *state.Store, idUser string, n int, attachments bool) (res SeedResult, err error) {
	err = st.Bulk(func() error {
		res, err = seedBatches(st, idUser, n, attachments)
		return err
	})
	return res, err
}

func seedBatches(st *state.Store, idUser string, n int, attachments bool) (SeedResult, error) {
	now := time.Now().Truncate(time.Second)
	res := SeedResult{IDUser: idUser}
	site := &catalogue[0]
	var genBefore uint64
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
		genBefore = dataGen(tx)
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
	row := seedRow{res: res, site: site, refresh: now.Unix()}
	var raw []byte
	// A new user has only what is seeded here, in key order (the ids
	// grow), so its plain listings need no scan (index.go).
	var known map[string]*keyList
	var attachmentIDs []string
	if idUser == "" {
		known = map[string]*keyList{bucketAccounts: {}, bucketTransactions: {}}
		known[bucketAccounts].add([]byte(res.IDAccount))
	}
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
				// A cheap mix of k, not seeded's sha256: a million rows.
				h := mix(uint64(k) ^ sd.num("seed"))
				amount := int64(h%500000) + 100
				if k%3 != 0 {
					amount = -amount
				}
				id := fmt.Sprintf("%08x%04x%012x", uint32(now.Unix()), kindSeed, first+uint64(i))
				when := now.Add(-time.Duration(k) * time.Minute)
				var att map[string]any
				if attachments {
					c := &storedCredential{IDUser: res.IDUser, Credential: publicCredential{IDCredential: res.IDCredential}}
					if att, err = putCFDI(tx, sd, c, res.IDAccount, id, 0, k, amount, when, now); err != nil {
						return err
					}
					if known != nil {
						attachmentIDs = append(attachmentIDs, att["id_attachment"].(string))
					}
				}
				if known != nil {
					known[bucketTransactions].add([]byte(id))
				}
				// A new buffer each time: bbolt keeps the value until the commit.
				if raw, err = row.appendJSON(make([]byte, 0, len(raw)+16), id, k, h, amount, when.Unix(), att); err != nil {
					return err
				}
				if err := b.Put([]byte(id), raw); err != nil {
					return err
				}
			}
			if err := bumpData(tx); err != nil {
				return err
			}
			if done+batch < n {
				return nil
			}
			if known != nil && attachments {
				slices.Sort(attachmentIDs) // hashes: not in key order
				known[bucketAttachments] = &keyList{}
				for _, id := range attachmentIDs {
					known[bucketAttachments].add([]byte(id))
				}
			}
			if err := restampIndex(tx, res.IDUser, genBefore, dataGen(tx)); err != nil {
				return err
			}
			return indexPlain(tx, res.IDUser, known) // the first query after serve starts is not the slow one
		})
		if err != nil {
			return res, err
		}
		done += batch
		res.Transactions = done
	}
	return res, nil
}

// seedRow writes seeded transactions as JSON: by hand, since a million
// rows through encoding/json took most of the seeding time. Every string is
// plain ASCII (ids, digits, the descriptions' fixed words), so none needs
// escaping.
type seedRow struct {
	res     SeedResult
	site    *site
	refresh int64
}

var seedDescriptions = [2][]string{
	{"PAGO TARJETA", "COMPRA OXXO", "CARGO DOMICILIADO CFE", "RETIRO CAJERO"},
	{"DEPOSITO SPEI", "ABONO NOMINA", "TRANSFERENCIA RECIBIDA"},
}

func (r *seedRow) appendJSON(b []byte, id string, k int, h uint64, amount, when int64, att map[string]any) ([]byte, error) {
	str := func(name, v string) {
		b = append(b, `,"`...)
		b = append(b, name...)
		b = append(b, `":"`...)
		b = append(b, v...)
		b = append(b, '"')
	}
	incoming := 0
	if amount > 0 {
		incoming = 1
	}
	words := seedDescriptions[incoming]
	b = append(b, `{"id_transaction":"`...)
	b = append(b, id...)
	b = append(b, '"')
	str("id_account", r.res.IDAccount)
	str("id_account_type", accountTypeChecking)
	str("id_credential", r.res.IDCredential)
	str("id_external", "")
	str("id_site", r.site.IDSite)
	str("id_site_organization", r.site.IDSiteOrganization)
	str("id_site_organization_type", r.site.IDSiteOrganizationType)
	str("id_user", r.res.IDUser)
	b = append(b, `,"is_disable":0`...)
	str("description", words[(h>>32)%uint64(len(words))])
	b = append(b, `,"amount":`...)
	b = append(b, cents(amount)...)
	str("currency", "MXN")
	b = append(b, `,"attachments":`...)
	if att == nil {
		b = append(b, `[]`...)
	} else {
		a, err := json.Marshal([]any{att})
		if err != nil {
			return nil, err
		}
		b = append(b, a...)
	}
	b = append(b, `,"extra":null`...)
	str("reference", fmt.Sprintf("%08d", k))
	b = append(b, `,"keywords":null,"dt_transaction":`...)
	b = strconv.AppendInt(b, when, 10)
	b = append(b, `,"dt_refresh":`...)
	b = strconv.AppendInt(b, r.refresh, 10)
	b = append(b, `,"dt_disable":null}`...)
	return b, nil
}

// mix is splitmix64's finalizer: a cheap, well-spread hash of x.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}
