package ledger

import (
	"time"

	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/settle"
)

// Provider names the provider an entry was sent to. The values are stable:
// they are stored and printed by -o json.
type Provider string

const (
	Facti     Provider = "facti"
	PagoFacil Provider = "pagofacil"
	Sync      Provider = "sync"
)

// Operation is what was asked of the provider.
type Operation string

const (
	// NewRequest is Facti's new_request: one key per (environment, company,
	// serie, folio).
	NewRequest Operation = "new_request"
	// MarkPaid is Facti's POST /v1/payments/{id} with payed=1: one key per
	// (environment, company, payment id), so reconcile --mark-paid marks a
	// request once even when two machines run it.
	MarkPaid Operation = "mark_paid"
	// Delete is Facti's delete; it has no key (deleting twice is harmless).
	Delete Operation = "delete"
	// Transaccion is PagoFácil's charge: one key per (environment, order id).
	Transaccion Operation = "transaccion"
	// CredentialCreate is Sync's POST /credentials; it has no key.
	CredentialCreate Operation = "credential_create"
)

// Status is what became of an entry: one of settle's outcomes.
type Status = settle.Outcome

// Ref is one identifier or reference a provider returned for an entry.
type Ref struct {
	Kind  RefKind `json:"kind"`
	Value string  `json:"value"`
}

// RefKind says what a Ref is. The values are stable.
type RefKind string

const (
	// RefSTPClabe is the 18-digit CLABE Facti gives the customer for STP
	// transfers. It is the customer's, shared by all their requests.
	RefSTPClabe RefKind = "stp_clabe"
	// RefSTPReference is the numeric reference Facti gives with an STP way.
	RefSTPReference RefKind = "stp_reference"
	// RefBankReference is the deposit reference (línea de captura) of a
	// bank way: unique to the request.
	RefBankReference RefKind = "bank_reference"
	// RefBankAgreement is the bank agreement (convenio) number; it is the
	// company's, shared by every request of that payment way.
	RefBankAgreement RefKind = "bank_agreement"
	// RefAuthorization is PagoFácil's authorisation code.
	RefAuthorization RefKind = "authorization"
	// RefMaskedCard is the card as PagoFácil shows it masked
	// ("(16) **** **** ****2123"); never the number itself.
	RefMaskedCard RefKind = "masked_card"
	// RefJobID is Sync's id_job for a credential creation.
	RefJobID RefKind = "job_id"
	// RefSinceID is, for a Facti new_request, the first payment id the
	// request can have been given (the survey's max id + 1, taken before
	// it was sent): where the lookup of a request whose outcome is not
	// known starts, and what tells it from older payments of the folio.
	RefSinceID RefKind = "since_id"
	// RefSyncUser and RefSyncSite are the Sync user and site of a
	// credential creation: what the lookup of an unsettled one searches.
	RefSyncUser RefKind = "sync_user"
	RefSyncSite RefKind = "sync_site"
)

// Entry is one request mxpay sent (or was about to send), and what became
// of it.
type Entry struct {
	ID          int64     `json:"id"`
	Provider    Provider  `json:"provider"`
	Operation   Operation `json:"operation"`
	Environment string    `json:"environment"`
	Profile     string    `json:"profile"`
	CompanyID   string    `json:"company_id"`
	Serie       string    `json:"serie"`
	Folio       string    `json:"folio"`
	OrderID     string    `json:"order_id"`
	// ProviderID is the provider's id of the object: for new_request the
	// Facti payment id it returned, for mark_paid and delete the payment
	// acted on, for a charge the PagoFácil transaction id, for a credential
	// Sync's id_credential.
	ProviderID string       `json:"provider_id"`
	Amount     money.Amount `json:"amount"`   // 0.00 when the operation has none
	Currency   string       `json:"currency"` // "" when the operation has no amount
	Who        string       `json:"who"`
	Host       string       `json:"host"`
	Created    time.Time    `json:"created"`
	Updated    time.Time    `json:"updated"`
	Status     Status       `json:"status"`
	Refs       []Ref        `json:"refs"`
	Message    string       `json:"message"`
	// Raw is the provider's reply as recorded (redacted), when useful.
	Raw string `json:"raw,omitempty"`
	// Duplicate marks an entry sent on purpose although its key was held
	// (Intent.Duplicate): it holds a key of its own.
	Duplicate bool `json:"duplicate"`
}

// Ref returns the first reference of kind k, or "".
func (e Entry) Ref(k RefKind) string {
	for _, r := range e.Refs {
		if r.Kind == k {
			return r.Value
		}
	}
	return ""
}

// Intent is what is about to be sent. Begin records it as in flight.
type Intent struct {
	Provider    Provider
	Operation   Operation
	Environment string // required: sandbox, production, emulator
	Profile     string
	CompanyID   string // Facti company id (the configured facti.company_id)
	Serie       string
	Folio       string // required for new_request
	OrderID     string // required for transaccion
	ProviderID  string // required for mark_paid and delete: the payment id
	Amount      money.Amount
	Currency    string
	Message     string // a short description ("site 56cf…, user ana")
	// Who and Host default to the OS user and host name.
	Who, Host string
	// Refs are references known before sending (where a lookup of the
	// request would start, what it would search), recorded with the
	// intent so a process that dies mid-request leaves them too. They are
	// the lookup's context, not what the provider issued: FindReference
	// does not search them (Outcome.Refs are searched).
	Refs []Ref
	// Duplicate sends the request although its key is held by another
	// entry, because the user asked for it (--allow-duplicate-folio,
	// --allow-duplicate-order): the entry takes a key of its own, so it is
	// neither refused nor in the way of the entry that holds the key.
	Duplicate bool
}

// Outcome is what became of the request. Finish records it.
type Outcome struct {
	// Status must be one of created, found, declined, failed, unknown.
	// Failed means provably nothing was done: it releases the entry's key
	// so that the request may be sent again.
	Status     Status
	ProviderID string // kept as it was when empty
	Refs       []Ref  // added to the entry's references
	Message    string // replaces the entry's message when not empty
	Raw        string // replaces the recorded reply when not empty
}

// Order is the order List returns entries in.
type Order int

const (
	// NewestFirst orders by creation time, newest first (the default).
	NewestFirst Order = iota
	// ByID orders by id, oldest first: the order entries were begun in.
	ByID
)

// Filter narrows List and Pending. Zero fields do not filter.
type Filter struct {
	Provider    Provider
	Operation   Operation
	Status      []Status // any of these
	Environment string
	Since       time.Time // created at or after
	Until       time.Time // created before
	CompanyID   string
	Serie       string // applies only when set (use FindFolio for an empty serie)
	Folio       string
	OrderID     string
	ProviderID  string
	Order       Order
	Limit       int // 0: no limit
}
