package api

import (
	"net/http"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
)

// Calls through `mxpay api` that create a payment request or move money
// follow the rule of every such command (cmdutil.ConfirmAction): PRODUCTION
// notice and summary, --yes without a terminal in production, sent once.

// factiReads are the POST endpoints under /v1/payments/ that only read;
// any other name there is a payment id, whose POST marks it paid.
var factiReads = []string{"stp_client_clabe", "company_payments", "company_payment_ways"}

// moneyCall is a request that creates a payment request or moves money:
// what to confirm, and what to check when its outcome is unknown.
type moneyCall struct {
	action    cmdutil.Action
	check     string // a catalog format, with checkArgs
	checkArgs []any
}

// moneyAction returns what a request needs confirmed, or nil when it
// neither creates a payment request nor moves money. The path is the one
// the user gave; params are everything the provider will read.
// The texts are in p's language (nil: English).
func moneyAction(p *i18n.Printer, provider, method, rawPath string, params url.Values) *moneyCall {
	switch provider {
	case "facti":
		if a := factiAction(p, method, rawPath, params); a != nil {
			return &moneyCall{action: *a, check: "check with `mxpay facti payments list` (or `mxpay facti payments get ID`) before sending it again"}
		}
	case "pagofacil":
		if isCharge(params) {
			id := param(params, "idPedido")
			if id == "" {
				id = "ORDER_ID"
			}
			return &moneyCall{action: *chargeAction(p, params), check: "check with `mxpay pagofacil verify %s` before sending it again", checkArgs: []any{id}}
		}
	}
	return nil
}

// isCharge reports a PagoFácil `method=transaccion`, however it is spelled.
func isCharge(params url.Values) bool {
	return slices.ContainsFunc(params["method"], func(v string) bool {
		return strings.EqualFold(strings.TrimSpace(v), "transaccion")
	})
}

// factiPaymentsCall returns the name after /v1/payments/ ("new_request",
// "delete", a payment id), or "" for any other path.
func factiPaymentsCall(rawPath string) string {
	p := rawPath
	if u, err := url.Parse(rawPath); err == nil {
		p = u.Path
	}
	p = strings.ToLower(path.Clean("/" + p))
	name, ok := strings.CutPrefix(p, "/v1/payments/")
	if !ok || name == "" || strings.Contains(name, "/") {
		return ""
	}
	return name
}

func factiAction(p *i18n.Printer, method, rawPath string, params url.Values) *cmdutil.Action {
	name := factiPaymentsCall(rawPath)
	switch {
	case name == "" || slices.Contains(factiReads, name):
		return nil
	case name == "new_request":
		return &cmdutil.Action{
			Question:   p.T("Create this Facti payment request?"),
			Summary:    []string{describeNewRequest(p, params)},
			Production: p.T("this creates a real payment request to a real customer"),
		}
	case name == "delete":
		id := orUnknown(p, params.Get("id"))
		return &cmdutil.Action{
			Question:   p.T("Delete Facti payment request %s?", id),
			Summary:    []string{p.T("Facti delete: payment request %s", id)},
			Production: p.T("this deletes a real payment request"),
		}
	case method != http.MethodGet || params.Has("payed"):
		return &cmdutil.Action{
			Question:   p.T("Mark Facti payment %s as paid?", name),
			Summary:    []string{p.T("Facti: mark payment %s as paid (Facti then sends its IPN)", name)},
			Production: p.T("this marks a real payment as paid"),
		}
	}
	return nil
}

func describeNewRequest(pr *i18n.Printer, p url.Values) string {
	folio := p.Get("folio")
	if s := p.Get("serie"); s != "" {
		folio = s + "-" + folio
	}
	return pr.T("Facti new_request: folio %s, total %s, to %s <%s>",
		orUnknown(pr, folio), orUnknown(pr, p.Get("total_amount")), orUnknown(pr, p.Get("to_client_name")), orUnknown(pr, p.Get("to_email")))
}

func chargeAction(pr *i18n.Printer, p url.Values) *cmdutil.Action {
	last4 := orUnknown(pr, lastDigits(param(p, "numeroTarjeta"), 4))
	amount := orUnknown(pr, param(p, "monto"))
	return &cmdutil.Action{
		Question:   pr.T("Charge MXN %s to the card ending %s?", amount, last4),
		Summary:    []string{pr.T("PagoFácil transaccion: MXN %s, card ending %s, order %s", amount, last4, orUnknown(pr, param(p, "idPedido")))},
		Production: pr.T("this charges a real card"),
	}
}

func lastDigits(s string, n int) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, " ", ""), "-", "")
	if len(s) <= n {
		return ""
	}
	return s[len(s)-n:]
}

func orUnknown(p *i18n.Printer, s string) string {
	if s == "" {
		return p.T("(not given)")
	}
	return s
}

// failed is the error for a money call that got no answer: when the request
// may have been applied, its outcome is unknown (exit 6), never "nothing
// happened". m may be nil (not a money call): err is returned as is.
func (m *moneyCall) failed(err error) error {
	if m == nil || !cmdutil.IsAmbiguous(err) {
		return err
	}
	return m.unknown(err)
}

// unknown reports a money call whose answer says nothing certain.
func (m *moneyCall) unknown(reason error) error {
	err := i18n.Errorf("the request was sent and its outcome is unknown: %w", reason)
	return cmdutil.WithHintf(cmdutil.UnknownOutcomeError(err, ""), m.check, m.checkArgs...)
}

// ambiguousStatus is a status that does not prove the request was refused:
// a redirect, a timeout, throttling or a gateway's error page may all stand
// in front of a provider that applied it.
func ambiguousStatus(code int) bool {
	return (code >= 300 && code < 400) || code == http.StatusRequestTimeout || code == http.StatusTooManyRequests || code >= 500
}
