package facti

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"go.etcd.io/bbolt"
)

// maxLimit is company_payments' documented page size cap; larger limits
// are cut to it, and it is also the default (assumed).
const maxLimit = 200

func (s *server) companyPayments(w http.ResponseWriter, r *http.Request) {
	f := r.Form.Get
	companyID := f("company_id")
	if companyID == "" {
		fail(w, "El parámetro company_id es requerido")
		return
	}
	var since, maxID uint64
	var err error
	if v := f("since_id"); v != "" {
		if since, err = strconv.ParseUint(v, 10, 64); err != nil {
			fail(w, "El parámetro since_id debe ser numérico")
			return
		}
	}
	maxID = ^uint64(0)
	if v := f("max_id"); v != "" {
		if maxID, err = strconv.ParseUint(v, 10, 64); err != nil {
			fail(w, "El parámetro max_id debe ser numérico")
			return
		}
	}
	limit := maxLimit
	if v := f("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 {
			fail(w, "El parámetro limit debe ser un número mayor a 0")
			return
		}
		limit = min(limit, maxLimit)
	}
	status := f("status")
	if status != "" && status != "0" && status != "1" {
		fail(w, "El parámetro status debe ser 0 o 1")
		return
	}
	from, to := f("from_payment_date"), f("to_payment_date")
	for _, v := range []string{from, to} {
		if _, err := time.Parse("2006-01-02 15:04:05", v); v != "" && err != nil {
			fail(w, "Las fechas de pago deben tener el formato Y-m-d H:i:s")
			return
		}
	}
	views := make([]listView, 0, 16)
	var msg string
	err = s.st.View(func(tx *bbolt.Tx) error {
		if _, found, err := loadCompany(tx, companyID); err != nil || !found {
			msg = "No existe la empresa " + companyID
			return err
		}
		b := tx.Bucket([]byte(bucketPayments))
		if b == nil {
			return nil
		}
		cur := b.Cursor()
		for k, v := cur.Seek(idKey(since)); k != nil && len(views) < limit; k, v = cur.Next() {
			var p payment
			if err := json.Unmarshal(v, &p); err != nil {
				return err
			}
			if p.ID > maxID {
				break
			}
			if strconv.FormatUint(p.CompanyID, 10) != companyID || (status != "" && strconv.Itoa(p.Status) != status) {
				continue
			}
			if (from != "" || to != "") && (p.ConfirmedDate == "" || (from != "" && p.ConfirmedDate < from) || (to != "" && p.ConfirmedDate > to)) {
				continue
			}
			views = append(views, p.listView())
		}
		return nil
	})
	switch {
	case err != nil:
		WriteError(w, http.StatusInternalServerError, "Error interno: "+err.Error())
	case msg != "":
		fail(w, msg)
	default:
		ok(w, map[string]any{"payments": views})
	}
}

func (s *server) getPayment(w http.ResponseWriter, r *http.Request) {
	var p *payment
	if err := s.st.View(func(tx *bbolt.Tx) (err error) { p, err = getPayment(tx, r.PathValue("id")); return }); err != nil {
		WriteError(w, http.StatusInternalServerError, "Error interno: "+err.Error())
		return
	}
	if p == nil {
		fail(w, "No existe el pago "+r.PathValue("id"))
		return
	}
	ok(w, map[string]any{"details": p.detailView()})
}

// conciliate marks p paid in full, confirmed from via now, as Facti does
// when it conciliates a payment, and stores it; it returns p's company,
// whose IPN URL is told.
func conciliate(tx *bbolt.Tx, p *payment, via string) (*company, error) {
	received := p.TotalAmount
	p.Status, p.AmountReceived, p.ConfirmedFrom, p.ConfirmedDate = 1, &received, via, now().Format("2006-01-02 15:04:05")
	c, _, err := loadCompany(tx, strconv.FormatUint(p.CompanyID, 10))
	if err != nil {
		return nil, err
	}
	return c, putPayment(tx, p)
}

// markPaid changes a pending payment to paid (never back) and then
// delivers the IPN, as Facti does for manual conciliation.
func (s *server) markPaid(w http.ResponseWriter, r *http.Request) {
	switch r.Form.Get("payed") {
	case "1", "true", "yes":
	default:
		fail(w, "El parámetro payed es requerido (1, true o yes)")
		return
	}
	var p *payment
	var c *company
	var msg string
	err := s.st.Update(func(tx *bbolt.Tx) error {
		var err error
		if p, err = getPayment(tx, r.PathValue("id")); err != nil || p == nil {
			msg = "No existe el pago " + r.PathValue("id")
			return err
		}
		if p.Status == 1 {
			msg = "El pago " + r.PathValue("id") + " ya está marcado como pagado"
			return nil
		}
		c, err = conciliate(tx, p, p.confirmedVia())
		return err
	})
	switch {
	case err != nil:
		WriteError(w, http.StatusInternalServerError, "Error interno: "+err.Error())
	case msg != "":
		fail(w, msg)
	default:
		if c != nil && c.IPNURL != "" {
			s.sendIPN(c, p)
		}
		ok(w, map[string]any{"details": p.detailView()})
	}
}

func (s *server) deletePayment(w http.ResponseWriter, r *http.Request) {
	companyID, id := r.Form.Get("company_id"), r.Form.Get("id")
	if companyID == "" || id == "" {
		fail(w, "Los parámetros company_id e id son requeridos")
		return
	}
	var p *payment
	var msg string
	err := s.st.Update(func(tx *bbolt.Tx) error {
		var err error
		if p, err = getPayment(tx, id); err != nil || p == nil || strconv.FormatUint(p.CompanyID, 10) != companyID {
			msg = "No existe el pago " + id + " en la empresa " + companyID
			return err
		}
		if p.Status != 0 {
			msg = "Solo se pueden eliminar pagos con status 0 (pendientes): el pago " + id + " ya fue conciliado"
			return nil
		}
		return tx.Bucket([]byte(bucketPayments)).Delete(idKey(p.ID))
	})
	switch {
	case err != nil:
		WriteError(w, http.StatusInternalServerError, "Error interno: "+err.Error())
	case msg != "":
		fail(w, msg)
	default:
		ok(w, map[string]any{"payment_details": p.detailView()})
	}
}
