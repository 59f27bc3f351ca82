package pagofacil

import (
	"net"
	"net/mail"
	"net/url"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/money"
)

// Customer is the cardholder's personal data; every field is required by
// the document. JSON/YAML keys are what --customer-file accepts.
type Customer struct {
	Name      string `json:"name" yaml:"name"`           // nombre, 50
	LastName  string `json:"last_name" yaml:"last_name"` // apellidos, 50
	Email     string `json:"email" yaml:"email"`         // email, 200
	Phone     string `json:"phone" yaml:"phone"`         // telefono, 10
	Mobile    string `json:"mobile" yaml:"mobile"`       // celular, 10
	Street    string `json:"street" yaml:"street"`       // calleyNumero, 45
	Colonia   string `json:"colonia" yaml:"colonia"`     // colonia, 30
	Municipio string `json:"municipio" yaml:"municipio"` // municipio, 30
	State     string `json:"state" yaml:"state"`         // estado, 30
	Country   string `json:"country" yaml:"country"`     // pais, 50
	Zip       string `json:"zip" yaml:"zip"`             // cp, 9
}

// Plans.
const (
	PlanNormal = "NOR"
	PlanMSI    = "MSI"
)

// MSIMonths returns the instalment counts the issue allows for plan MSI.
func MSIMonths() []string { return []string{"03", "06", "09", "12", "18"} }

// ChargeRequest is a `transaccion` call without the credentials, which the
// Client adds.
type ChargeRequest struct {
	Amount    money.Amount
	OrderID   string // idPedido
	Customer  Customer
	Card      Card
	ServiceID string // idServicio: "3" (ThirdParty) or "1" (WebForm)
	Plan      string // "", NOR or MSI
	Months    string // mensualidades, only with MSI
	Params    [5]string
	NoMail    bool
	IP        string
	UserAgent string
}

// maxAmount is decimal(10,2): eight digits before the point. Parsed on
// first use: parsing at start-up compiled money's expressions for every
// command, `mxpay version` included.
var maxAmount = sync.OnceValue(func() money.Amount { a, _ := money.Parse("99999999.99"); return a })

// ValidOrderID: the document says alphanumeric; its own example is
// TEST_TX, and UUIDs carry dashes, so _ and - are accepted too.
// A loop, not a regexp: `{1,60}` compiles into sixty copies, and package
// regexps are compiled at every start-up.
func ValidOrderID(id string) bool {
	if id == "" || len(id) > 60 {
		return false
	}
	for _, c := range id {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// ValidateFields checks everything but the card against the document's
// field table (lengths in characters, types) and the plan rules.
func (r *ChargeRequest) ValidateFields() FieldErrors {
	var errs FieldErrors
	switch {
	case !r.Amount.IsPositive():
		errs.AddError("monto", i18n.Errorf("the amount must be greater than 0"))
	case r.Amount.DecimalPlaces() > 2:
		errs.AddError("monto", i18n.Errorf("the amount %s has more than 2 decimals", r.Amount))
	case r.Amount.Cmp(maxAmount()) > 0:
		errs.AddError("monto", i18n.Errorf("the amount must be at most 99999999.99 (decimal(10,2))"))
	}
	if r.OrderID != "" && !ValidOrderID(r.OrderID) {
		errs.AddError("idPedido", i18n.Errorf("the order id must be 1 to 60 letters, digits, - or _"))
	}
	c := r.Customer
	text := func(field, value string, max int) {
		switch n := utf8.RuneCountInString(value); {
		case strings.TrimSpace(value) == "":
			errs.AddError(field, i18n.Errorf("required"))
		case n > max:
			errs.AddError(field, i18n.Errorf("at most %d characters, got %d", max, n))
		}
	}
	text("nombre", c.Name, 50)
	text("apellidos", c.LastName, 50)
	text("cp", c.Zip, 9)
	text("email", c.Email, 200)
	if c.Email != "" {
		if a, err := mail.ParseAddress(c.Email); err != nil || a.Address != c.Email {
			errs.AddError("email", i18n.Errorf("not an email address"))
		}
	}
	digits := func(field, value string, max int) {
		switch {
		case value == "":
			errs.AddError(field, i18n.Errorf("required"))
		case !allDigits(value):
			errs.AddError(field, i18n.Errorf("digits only"))
		case len(value) > max:
			errs.AddError(field, i18n.Errorf("at most %d digits, got %d", max, len(value)))
		}
	}
	digits("telefono", c.Phone, 10)
	digits("celular", c.Mobile, 10)
	if strings.TrimSpace(c.Street) == "" {
		errs.AddError("calleyNumero", i18n.Errorf("required")) // its length is lenient: see freeTextLimits
	}
	text("colonia", c.Colonia, 30)
	text("municipio", c.Municipio, 30)
	text("estado", c.State, 30)
	text("pais", c.Country, 50)
	if r.ServiceID != "1" && r.ServiceID != "3" {
		errs.AddError("idServicio", i18n.Errorf("must be 3 (ThirdParty) or 1 (WebForm)"))
	}
	switch r.Plan {
	case "", PlanNormal:
		if r.Months != "" {
			errs.AddError("mensualidades", i18n.Errorf("months are only allowed with plan MSI"))
		}
	case PlanMSI:
		if !slices.Contains(MSIMonths(), r.Months) {
			errs.AddError("mensualidades", i18n.Errorf("plan MSI needs months: one of %s", strings.Join(MSIMonths(), ", ")))
		}
	default:
		errs.AddError("plan", i18n.Errorf("must be NOR or MSI"))
	}
	if r.IP != "" {
		if ip := net.ParseIP(r.IP); ip == nil || len(r.IP) > 16 {
			errs.AddError("ip", i18n.Errorf("must be an IP address of at most 16 characters"))
		}
	}
	return errs
}

// freeTextLimits are the documented lengths of the free-text fields that
// are cut rather than refused when longer: PagoFácil's own plugins send
// longer ones (PrestaShop's param2 is the base64 of the cart; browsers'
// user agents reach 200 characters) and the service charges them, so a
// refusal here would only stop charges that go through elsewhere.
// Everything else, the card above all, keeps its strict check.
var freeTextLimits = []struct {
	field string
	max   int
	value func(*ChargeRequest) string
}{
	{"calleyNumero", 45, func(r *ChargeRequest) string { return r.Customer.Street }},
	{"param1", 60, func(r *ChargeRequest) string { return r.Params[0] }},
	{"param2", 60, func(r *ChargeRequest) string { return r.Params[1] }},
	{"param3", 60, func(r *ChargeRequest) string { return r.Params[2] }},
	{"param4", 60, func(r *ChargeRequest) string { return r.Params[3] }},
	{"param5", 60, func(r *ChargeRequest) string { return r.Params[4] }},
	{"httpUserAgent", 150, func(r *ChargeRequest) string { return r.UserAgent }},
}

// Truncation is a free-text field longer than PagoFácil keeps: it is sent
// cut to Max characters.
type Truncation struct {
	Field  string
	Length int // characters given
	Max    int // characters sent
}

// Truncations lists the free-text fields that will be sent cut, in a
// stable order, so the command can warn before anything is sent.
func (r *ChargeRequest) Truncations() []Truncation {
	var out []Truncation
	for _, f := range freeTextLimits {
		if n := utf8.RuneCountInString(f.value(r)); n > f.max {
			out = append(out, Truncation{Field: f.field, Length: n, Max: f.max})
		}
	}
	return out
}

// clip cuts s to max characters.
func clip(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max])
}

// Validate checks the whole request, card included.
func (r *ChargeRequest) Validate() error {
	errs := r.ValidateFields()
	if r.Card.IsZero() {
		errs.AddError("numeroTarjeta", i18n.Errorf("no card given"))
	}
	if len(errs) > 0 {
		return &LocalValidationError{Fields: errs}
	}
	return nil
}

// form encodes the request as PagoFácil's flat data[...] keys. Optional
// fields are sent only when set.
func (r *ChargeRequest) form(sucursal, usuario string) url.Values {
	v := url.Values{}
	v.Set("method", "transaccion")
	set := func(k, val string) { v.Set("data["+k+"]", val) }
	for k, val := range r.Card.wireFields() {
		set(k, val)
	}
	c := r.Customer
	set("nombre", c.Name)
	set("apellidos", c.LastName)
	set("cp", c.Zip)
	set("monto", r.Amount.String())
	set("idSucursal", sucursal)
	set("idUsuario", usuario)
	set("idServicio", r.ServiceID)
	set("email", c.Email)
	set("telefono", c.Phone)
	set("celular", c.Mobile)
	set("colonia", c.Colonia)
	set("municipio", c.Municipio)
	set("estado", c.State)
	set("pais", c.Country)
	optional := map[string]string{
		"idPedido": r.OrderID, "plan": r.Plan, "mensualidades": r.Months,
		"ip": r.IP,
	}
	if r.NoMail {
		optional["noMail"] = "1"
	}
	for k, val := range optional {
		if val != "" {
			set(k, val)
		}
	}
	for _, f := range freeTextLimits {
		if val := f.value(r); val != "" {
			set(f.field, clip(val, f.max))
		}
	}
	return v
}
