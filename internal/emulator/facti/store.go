package facti

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"github.com/mxpay/mxpay/internal/money"
	"go.etcd.io/bbolt"
)

const (
	bucketPayments  = "facti_payments"  // key: big-endian id, so cursors walk in id order
	bucketCompanies = "facti_companies" // key: decimal id
	bucketClients   = "facti_clients"   // key: company|email → client number for CLABEs
)

type company struct {
	ID          uint64 `json:"id"`
	OrgID       uint64 `json:"organizaciones_id"`
	RFC         string `json:"rfc"`
	RazonSocial string `json:"razon_social"`
	Alias       string `json:"alias"`
	IPNURL      string `json:"ipn_url"`
	IPNPassword string `json:"ipn_password"`
	Ways        []way  `json:"ways"`
}

type way struct {
	ID        uint64 `json:"id"`
	Type      string `json:"type"` // stp, bank
	Alias     string `json:"alias"`
	BankName  string `json:"bank_name,omitempty"`
	Agreement string `json:"bank_agreement_number,omitempty"`
}

func demoCompany() company {
	return company{
		ID: 1, OrgID: 1, RFC: DemoCompanyRFC, RazonSocial: "Empresa Demo del Emulador SA de CV", Alias: "Demo",
		IPNPassword: DemoIPNPassword,
		Ways: []way{
			{ID: 1, Type: "stp", Alias: "STP Emulador"},
			{ID: 2, Type: "bank", Alias: "Santander Emulador", BankName: "Santander", Agreement: "4381"},
		},
	}
}

// loadCompany finds a company by id; the demo company exists until
// something else is stored.
func loadCompany(tx *bbolt.Tx, id string) (*company, bool, error) {
	var c company
	found, err := state.GetJSON(tx, bucketCompanies, id, &c)
	if err != nil || found {
		return &c, found, err
	}
	if tx.Bucket([]byte(bucketCompanies)) == nil && id == DemoCompanyID {
		d := demoCompany()
		return &d, true, nil
	}
	return nil, false, nil
}

func companyByRFC(tx *bbolt.Tx, rfc string) (*company, error) {
	b := tx.Bucket([]byte(bucketCompanies))
	if b == nil {
		if strings.EqualFold(rfc, DemoCompanyRFC) {
			d := demoCompany()
			return &d, nil
		}
		return nil, nil
	}
	var found *company
	err := b.ForEach(func(_, v []byte) error {
		var c company
		if err := json.Unmarshal(v, &c); err != nil {
			return err
		}
		if strings.EqualFold(c.RFC, rfc) {
			found = &c
		}
		return nil
	})
	return found, err
}

func saveCompany(tx *bbolt.Tx, c *company) error {
	return state.PutJSON(tx, bucketCompanies, strconv.FormatUint(c.ID, 10), c)
}

// ensureSeed stores the demo company before the first write.
func ensureSeed(tx *bbolt.Tx) error {
	if tx.Bucket([]byte(bucketCompanies)) != nil {
		return nil
	}
	d := demoCompany()
	return saveCompany(tx, &d)
}

type payment struct {
	ID               uint64              `json:"id"`
	CompanyID        uint64              `json:"company_id"`
	OrgID            uint64              `json:"organizaciones_id"`
	RequestDatetime  string              `json:"request_datetime"`
	Serie            string              `json:"serie"`
	Folio            string              `json:"folio"`
	ToRFC            string              `json:"to_rfc"`
	ToClientName     string              `json:"to_client_name"`
	ToEmail          string              `json:"to_email"`
	TotalAmount      money.Amount        `json:"total_amount"`
	AmountReceived   *money.Amount       `json:"amount_received"`
	LimitPaymentDate string              `json:"limit_payment_date"`
	Status           int                 `json:"status"`
	ConfirmedFrom    string              `json:"confirmed_from"`
	ConfirmedDate    string              `json:"confirmed_date"`
	PaymentWayID     uint64              `json:"payment_way_id"`
	PaymentWayAlias  string              `json:"payment_way_alias"`
	SendEmail        bool                `json:"send_email"`
	References       []reference         `json:"references"`
	Childs           []child             `json:"childs"`
	Conceptos        []map[string]string `json:"conceptos,omitempty"`
	GenerateInvoice  bool                `json:"generate_invoice"`
	InvoiceReceiver  map[string]string   `json:"invoice_receiver,omitempty"`
	IPNResult        string              `json:"ipn_result,omitempty"`
	// NoCliente is the customer's number at the company (the one its CLABE
	// is made from); NoFactura the invoice's, when the request generated
	// one. company_payments' example shows both.
	NoCliente uint64 `json:"no_cliente,omitempty"`
	NoFactura uint64 `json:"no_factura,omitempty"`
}

type child struct {
	Serie       string       `json:"serie"`
	Folio       string       `json:"folio"`
	TotalAmount money.Amount `json:"total_amount"`
}

type reference struct {
	PaymentWayID        string `json:"payment_way_id"`
	PaymentWayAlias     string `json:"payment_way_alias"`
	PaymentType         string `json:"payment_type"`
	Reference           string `json:"reference"`
	StpCuentaClabe      string `json:"stp_cuenta_clabe,omitempty"`
	BankName            string `json:"bank_name,omitempty"`
	BankAgreementNumber string `json:"bank_agreement_number,omitempty"`
}

func idKey(id uint64) []byte {
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, id)
	return k
}

func putPayment(tx *bbolt.Tx, p *payment) error {
	b, err := tx.CreateBucketIfNotExists([]byte(bucketPayments))
	if err != nil {
		return err
	}
	data, err := json.Marshal(p)
	if err != nil {
		return err
	}
	return b.Put(idKey(p.ID), data)
}

func getPayment(tx *bbolt.Tx, idText string) (*payment, error) {
	id, err := strconv.ParseUint(idText, 10, 64)
	b := tx.Bucket([]byte(bucketPayments))
	if err != nil || b == nil {
		return nil, nil
	}
	data := b.Get(idKey(id))
	if data == nil {
		return nil, nil
	}
	var p payment
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("decoding payment %d: %w", id, err)
	}
	return &p, nil
}

// numOrString writes digits as a JSON number and anything else as a
// string, as Facti's PHP does for folios.
func numOrString(s string) json.RawMessage {
	if s != "" && len(s) < 16 && strings.Trim(s, "0123456789") == "" && (s == "0" || s[0] != '0') {
		return json.RawMessage(s)
	}
	b, _ := json.Marshal(s)
	return b
}

// listView is a payment as company_payments shows it: numbers for ids and status.
type listView struct {
	ID               uint64          `json:"id"`
	CompanyID        uint64          `json:"company_id"`
	RequestDatetime  string          `json:"request_datetime"`
	Serie            string          `json:"serie"`
	Folio            json.RawMessage `json:"folio"`
	ToRFC            string          `json:"to_rfc"`
	ToEmail          string          `json:"to_email"`
	TotalAmount      money.Amount    `json:"total_amount"`
	AmountReceived   *money.Amount   `json:"amount_received"`
	LimitPaymentDate string          `json:"limit_payment_date"`
	Status           int             `json:"status"`
	ConfirmedFrom    *string         `json:"confirmed_from"`
	ConfirmedDate    *string         `json:"confirmed_date"`
	NoCliente        *uint64         `json:"no_cliente"`
	NoFactura        *uint64         `json:"no_factura"`
}

// nonZero is n, or null for 0 (never assigned).
func nonZero(n uint64) *uint64 {
	if n == 0 {
		return nil
	}
	return &n
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func (p *payment) listView() listView {
	return listView{
		ID: p.ID, CompanyID: p.CompanyID, RequestDatetime: p.RequestDatetime, Serie: p.Serie, Folio: numOrString(p.Folio),
		ToRFC: p.ToRFC, ToEmail: p.ToEmail, TotalAmount: p.TotalAmount, AmountReceived: p.AmountReceived,
		LimitPaymentDate: p.LimitPaymentDate + " 00:00:00", Status: p.Status,
		ConfirmedFrom: nullable(p.ConfirmedFrom), ConfirmedDate: nullable(p.ConfirmedDate),
		NoCliente: nonZero(p.NoCliente), NoFactura: nonZero(p.NoFactura),
	}
}

// detailView is a payment as GET, mark-paid and delete show it: the
// document's example has status and group flags as strings.
type detailView struct {
	Result           int             `json:"result"`
	Msg              string          `json:"msg"`
	ID               uint64          `json:"id"`
	EmpresasID       uint64          `json:"empresas_id"`
	OrgID            uint64          `json:"organizaciones_id"`
	RequestDatetime  string          `json:"request_datetime"`
	Serie            string          `json:"serie"`
	Folio            json.RawMessage `json:"folio"`
	ToRFC            string          `json:"to_rfc"`
	ToEmail          string          `json:"to_email"`
	TotalAmount      money.Amount    `json:"total_amount"`
	AmountReceived   *money.Amount   `json:"amount_received"`
	LimitPaymentDate string          `json:"limit_payment_date"`
	Status           string          `json:"status"`
	ConfirmedFrom    *string         `json:"confirmed_from"`
	ConfirmedDate    *string         `json:"confirmed_date"`
	GroupParent      string          `json:"group_parent"`
	GroupChild       string          `json:"group_child"`
	CountChilds      int             `json:"count_childs"`
	Childs           []child         `json:"childs"`
}

func (p *payment) detailView() detailView {
	parent := "0"
	if len(p.Childs) > 0 {
		parent = "1"
	}
	childs := p.Childs
	if childs == nil {
		childs = []child{}
	}
	return detailView{
		Result: 1, ID: p.ID, EmpresasID: p.CompanyID, OrgID: p.OrgID, RequestDatetime: p.RequestDatetime,
		Serie: p.Serie, Folio: numOrString(p.Folio), ToRFC: p.ToRFC, ToEmail: p.ToEmail, TotalAmount: p.TotalAmount,
		AmountReceived: p.AmountReceived, LimitPaymentDate: p.LimitPaymentDate, Status: strconv.Itoa(p.Status),
		ConfirmedFrom: nullable(p.ConfirmedFrom), ConfirmedDate: nullable(p.ConfirmedDate),
		GroupParent: parent, GroupChild: "0", CountChilds: len(p.Childs), Childs: childs,
	}
}
