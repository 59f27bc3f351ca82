package facti

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

// clabeWeights are the CLABE check-digit weights, repeated over 17 digits.
var clabeWeights = [3]int{3, 7, 1}

// CLABECheckDigit returns the 18th digit of a CLABE whose first 17 digits
// are given.
func CLABECheckDigit(first17 string) int {
	sum := 0
	for i, r := range first17 {
		sum += (int(r-'0') * clabeWeights[i%3]) % 10
	}
	return (10 - sum%10) % 10
}

// stpCLABE builds an STP CLABE: bank 646 (STP), plaza 180, an 11-digit
// account from the payment way and the customer's number, and the check digit.
func stpCLABE(wayID, client uint64) string {
	first := fmt.Sprintf("646180%04d%07d", wayID%10000, client%10000000)
	return first + strconv.Itoa(CLABECheckDigit(first))
}

// luhn returns the mod-10 check digit banks put on deposit references.
func luhn(digits string) int {
	sum := 0
	for i := range len(digits) {
		d := int(digits[len(digits)-1-i] - '0')
		if i%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return (10 - sum%10) % 10
}

// clientNumber gives each (company, customer e-mail) a stable number, so
// the customer's CLABE is the same for every request, as Facti documents.
func clientNumber(tx *bbolt.Tx, companyID uint64, email string) (uint64, error) {
	key := strconv.FormatUint(companyID, 10) + "|" + strings.ToLower(strings.TrimSpace(email))
	var n uint64
	found, err := state.GetJSON(tx, bucketClients, key, &n)
	if err != nil || found {
		return n, err
	}
	if n, err = state.NextID(tx, bucketClients); err != nil {
		return 0, err
	}
	return n, state.PutJSON(tx, bucketClients, key, n)
}

// selectWays picks the company's ways named by ids (all when empty) and
// reports ids the company does not have.
func selectWays(c *company, ids []string, kind string) ([]way, []referenceError) {
	var out []way
	var errs []referenceError
	for _, id := range ids {
		n, _ := strconv.ParseUint(id, 10, 64)
		i := slices.IndexFunc(c.Ways, func(w way) bool { return w.ID == n })
		switch {
		case i < 0:
			errs = append(errs, referenceError{Type: kind, Error: "La forma de pago " + id + " no existe para la empresa"})
		case kind != "" && c.Ways[i].Type != kind:
			errs = append(errs, referenceError{Type: c.Ways[i].Type, Error: "La forma de pago " + id + " no es de tipo " + kind})
		default:
			out = append(out, c.Ways[i])
		}
	}
	if len(ids) == 0 {
		for _, w := range c.Ways {
			if kind == "" || w.Type == kind {
				out = append(out, w)
			}
		}
	}
	return out, errs
}

// references builds one reference per payment way: for STP the request id
// and the customer's CLABE, for a bank a 21-digit reference with a check digit.
func references(tx *bbolt.Tx, c *company, p *payment, ids []string) ([]reference, []referenceError, error) {
	ways, errs := selectWays(c, ids, "")
	refs := []reference{}
	email, _, _ := strings.Cut(p.ToEmail, ";")
	for _, w := range ways {
		ref := reference{PaymentWayID: strconv.FormatUint(w.ID, 10), PaymentWayAlias: w.Alias, PaymentType: w.Type}
		switch w.Type {
		case "stp":
			n, err := clientNumber(tx, c.ID, email)
			if err != nil {
				return nil, nil, err
			}
			ref.Reference = strconv.FormatUint(p.ID, 10)
			ref.StpCuentaClabe = stpCLABE(w.ID, n)
		case "bank":
			digits := fmt.Sprintf("%010d%04d%06d", p.ID, c.ID%10000, w.ID%1000000)
			ref.Reference = digits + strconv.Itoa(luhn(digits))
			ref.BankName, ref.BankAgreementNumber = w.BankName, w.Agreement
		}
		refs = append(refs, ref)
	}
	return refs, errs, nil
}

type account struct {
	PaymentWayID    uint64 `json:"payment_way_id"`
	PaymentWayAlias string `json:"payment_way_alias"`
	StpCuentaClabe  string `json:"stp_cuenta_clabe"`
}

func (s *server) clientCLABE(w http.ResponseWriter, r *http.Request) {
	companyID, email := r.Form.Get("company_id"), strings.TrimSpace(r.Form.Get("to_email"))
	if companyID == "" || email == "" {
		fail(w, "Los parámetros company_id y to_email son requeridos")
		return
	}
	var accounts []account
	var errs []referenceError
	var msg string
	err := s.st.Update(func(tx *bbolt.Tx) error {
		if err := ensureSeed(tx); err != nil {
			return err
		}
		c, found, err := loadCompany(tx, companyID)
		if err != nil || !found {
			msg = "No existe la empresa " + companyID
			return err
		}
		ways, e := selectWays(c, list(r, "payment_ways_id"), "stp")
		errs = e
		for _, wy := range ways {
			n, err := clientNumber(tx, c.ID, email)
			if err != nil {
				return err
			}
			accounts = append(accounts, account{PaymentWayID: wy.ID, PaymentWayAlias: wy.Alias, StpCuentaClabe: stpCLABE(wy.ID, n)})
		}
		return nil
	})
	switch {
	case err != nil:
		WriteError(w, http.StatusInternalServerError, "Error interno: "+err.Error())
	case msg != "":
		fail(w, msg)
	default:
		if accounts == nil {
			accounts = []account{}
		}
		if errs == nil {
			errs = []referenceError{}
		}
		ok(w, map[string]any{"accounts": accounts, "errors": errs})
	}
}

func (s *server) paymentWays(w http.ResponseWriter, r *http.Request) {
	rfc := strings.TrimSpace(r.Form.Get("rfc"))
	if rfc == "" {
		fail(w, "El parámetro rfc es requerido")
		return
	}
	var c *company
	if err := s.st.View(func(tx *bbolt.Tx) (err error) { c, err = companyByRFC(tx, rfc); return }); err != nil {
		WriteError(w, http.StatusInternalServerError, "Error interno: "+err.Error())
		return
	}
	if c == nil {
		fail(w, "No existe una empresa con el RFC "+strings.ToUpper(rfc)+" en esta cuenta")
		return
	}
	type wayView struct {
		ID    uint64 `json:"id"`
		Type  string `json:"type"`
		Alias string `json:"alias"`
	}
	views := []wayView{}
	for _, wy := range c.Ways {
		views = append(views, wayView{wy.ID, wy.Type, wy.Alias})
	}
	ok(w, map[string]any{"payment_ways": views})
}

const bucketInvoices = "facti_invoices" // NextID counter of invoice numbers

// numberCustomerAndInvoice sets no_cliente (the customer's number, shared
// with its CLABEs) and, for a request that generates its invoice,
// no_factura.
func numberCustomerAndInvoice(tx *bbolt.Tx, c *company, p *payment) error {
	email, _, _ := strings.Cut(p.ToEmail, ";")
	n, err := clientNumber(tx, c.ID, email)
	if err != nil {
		return err
	}
	p.NoCliente = n
	if p.GenerateInvoice {
		if p.NoFactura, err = state.NextID(tx, bucketInvoices); err != nil {
			return err
		}
	}
	return nil
}
