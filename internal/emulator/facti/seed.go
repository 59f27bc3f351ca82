package facti

import (
	"strconv"
	"time"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"github.com/mxpay/mxpay/internal/money"
	"go.etcd.io/bbolt"
)

// seedBatch is how many payments one bbolt transaction writes.
const seedBatch = 20000

// SeedResult says what SeedPayments wrote.
type SeedResult struct {
	CompanyID string `json:"company_id"`
	FirstID   uint64 `json:"first_id"`
	LastID    uint64 `json:"last_id"`
	Payments  int    `json:"payments"`
}

// SeedPayments writes n payment requests of the demo company (serie SEED,
// folios numbered on from the payments already there; every third one
// paid), for benchmarks of company_payments. Amounts vary
// deterministically.
func SeedPayments(st *state.Store, n int) (SeedResult, error) {
	res := SeedResult{CompanyID: DemoCompanyID}
	now := time.Now()
	err := st.Bulk(func() error {
		for done := 0; done < n; {
			batch := min(seedBatch, n-done)
			err := st.Update(func(tx *bbolt.Tx) error {
				if err := ensureSeed(tx); err != nil {
					return err
				}
				c, _, err := loadCompany(tx, DemoCompanyID)
				if err != nil {
					return err
				}
				for range batch {
					id, err := nextPaymentID(tx)
					if err != nil {
						return err
					}
					if res.FirstID == 0 {
						res.FirstID = id
					}
					res.LastID = id
					if err := putPayment(tx, seedPayment(c, id, now)); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				return err
			}
			done += batch
			res.Payments = done
		}
		return nil
	})
	return res, err
}

func seedPayment(c *company, id uint64, now time.Time) *payment {
	cents := int64(id*7919%900000) + 10000 // 100.00 to 9099.99
	total, _ := money.Parse(strconv.FormatInt(cents/100, 10) + "." + strconv.FormatInt(100+cents%100, 10)[1:])
	when := now.Add(-time.Duration(id) * time.Second)
	p := &payment{
		ID: id, CompanyID: c.ID, OrgID: c.OrgID, RequestDatetime: when.Format("2006-01-02 15:04:05"),
		Serie: "SEED", Folio: strconv.FormatUint(id, 10), ToRFC: "XAXX010101000", ToClientName: "Cliente " + strconv.FormatUint(id, 10),
		ToEmail: "cliente" + strconv.FormatUint(id, 10) + "@example.mx", TotalAmount: total,
		LimitPaymentDate: when.AddDate(0, 1, 0).Format("2006-01-02"),
	}
	if id%3 == 0 {
		received := total
		p.Status, p.AmountReceived, p.ConfirmedFrom, p.ConfirmedDate = 1, &received, "stp", when.Add(time.Hour).Format("2006-01-02 15:04:05")
	}
	return p
}
