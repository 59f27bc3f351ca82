package cfdi

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/rfc"
	"github.com/shopspring/decimal"
)

// Tolerance is how far two totals may differ once both are rounded half up
// to cents: one cent. Anexo 20 lets each concept and each tax be rounded on
// its own before they are added, so a correct invoice can be a cent off
// the exact sum of its parts; more than a cent is a wrong invoice.
var Tolerance = decimal.New(1, -2)

// centPlaces is the decimals totals are compared at: MXN, USD and EUR all
// have two (c_Moneda).
const centPlaces = 2

// Validate checks an invoice the way the SAT would for what matters when
// collecting it, and lists every problem in one *Error:
//   - Fecha, Moneda, TipoDeComprobante and at least one Concepto present;
//     the issuer's and the receiver's RFC well-formed (internal/rfc); in
//     4.0 the receiver's Nombre, DomicilioFiscalReceptor (5 digits),
//     RegimenFiscalReceptor and UsoCFDI, in 3.3 its UsoCFDI;
//   - each Concepto: Cantidad > 0, and Importe within the SAT's limits of
//     Cantidad × ValorUnitario (each factor ± half a unit of its last
//     written decimal; the lower limit truncated, the upper rounded up, to
//     Importe's decimals), its Descuento not above its Importe;
//   - Σ Concepto Importe = SubTotal; Σ Concepto Descuento = Descuento;
//     Σ Traslado Importe = TotalImpuestosTrasladados (and the same for
//     retenciones) when those totals are given;
//   - SubTotal − Descuento + TotalImpuestosTrasladados −
//     TotalImpuestosRetenidos = Total;
//
// all sums compared at cents within Tolerance. Payment (P) and transfer
// (T) invoices carry no amounts to add up; only their shape is checked.
func (inv *Invoice) Validate() error {
	var p problems
	inv.checkFields(&p)
	if inv.TipoDeComprobante != "P" && inv.TipoDeComprobante != "T" {
		inv.checkTotals(&p)
	}
	return p.err()
}

// postalCode is a 5-digit código postal; regimen a 3-digit c_RegimenFiscal.
var (
	postalCode = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[0-9]{5}$`) })
	regimen    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[0-9]{3}$`) })
)

func (inv *Invoice) checkFields(p *problems) {
	if _, err := time.Parse("2006-01-02T15:04:05", inv.Fecha); err != nil {
		p.add("Fecha %q is not a date and time such as 2024-05-10T16:55:51", inv.Fecha)
	}
	if inv.Moneda == "" {
		p.add("Moneda is missing")
	}
	switch inv.TipoDeComprobante {
	case "I", "E", "T", "N", "P":
	case "":
		p.add("TipoDeComprobante is missing")
	default:
		p.add("TipoDeComprobante %q is not I, E, T, N or P", inv.TipoDeComprobante)
	}
	checkRFC(p, "Emisor Rfc", inv.Emisor.Rfc)
	checkRFC(p, "Receptor Rfc", inv.Receptor.Rfc)
	r := inv.Receptor
	if inv.Version == "4.0" {
		if strings.TrimSpace(r.Nombre) == "" {
			p.add("Receptor Nombre is missing (required in CFDI 4.0)")
		}
		if !postalCode().MatchString(r.DomicilioFiscalReceptor) {
			p.add("Receptor DomicilioFiscalReceptor %q is not a 5-digit postal code", r.DomicilioFiscalReceptor)
		}
		if !regimen().MatchString(r.RegimenFiscalReceptor) {
			p.add("Receptor RegimenFiscalReceptor %q is not a 3-digit regime (c_RegimenFiscal)", r.RegimenFiscalReceptor)
		}
	}
	if r.UsoCFDI == "" {
		p.add("Receptor UsoCFDI is missing")
	}
	if len(inv.Conceptos) == 0 {
		p.add("there is no Concepto")
	}
}

func checkRFC(p *problems, field, v string) {
	switch {
	case v == "":
		p.add("%s is missing", field)
	case !rfc.Valid(v):
		p.add("%s %q is not an RFC (12 or 13 characters: 3-4 letters, a YYMMDD date, a 3-character homoclave)", field, v)
	}
}

func (inv *Invoice) checkTotals(p *problems) {
	var importes, descuentos decimal.Decimal
	for i, c := range inv.Conceptos {
		n := strings.TrimSpace(c.Descripcion)
		if n == "" {
			n = "#" + strconv.Itoa(i+1)
		}
		imp, desc := dec(c.Importe), dec(c.Descuento)
		importes, descuentos = importes.Add(imp), descuentos.Add(desc)
		qty, err := decimal.NewFromString(c.Cantidad)
		if err != nil || !qty.IsPositive() {
			p.add("Concepto %q: Cantidad %q must be greater than 0", n, c.Cantidad)
			continue
		}
		lo, hi := importeLimits(c.Cantidad, qty, c.vuText, dec(c.ValorUnitario), places(imp))
		if imp.LessThan(lo) || imp.GreaterThan(hi) {
			p.add("Concepto %q: Importe %s is not Cantidad %s × ValorUnitario %s (between %s and %s)",
				n, c.Importe, c.Cantidad, c.ValorUnitario, lo, hi)
		}
		if desc.GreaterThan(imp) {
			p.add("Concepto %q: Descuento %s is more than its Importe %s", n, c.Descuento, c.Importe)
		}
	}
	sameCents(p, "the Conceptos' Importe", importes, "SubTotal", dec(inv.SubTotal))
	if inv.hasDescuento || descuentos.IsPositive() {
		sameCents(p, "the Conceptos' Descuento", descuentos, "Descuento", dec(inv.Descuento))
	}
	if inv.hasTrasladoTotal {
		sameCents(p, "the Traslados' Importe", dec(inv.sumTraslados), "TotalImpuestosTrasladados", dec(inv.TotalImpuestosTrasladados))
	}
	if inv.hasRetenidoTotal {
		sameCents(p, "the Retenciones' Importe", dec(inv.sumRetenidos), "TotalImpuestosRetenidos", dec(inv.TotalImpuestosRetenidos))
	}
	want := dec(inv.SubTotal).Sub(dec(inv.Descuento)).Add(dec(inv.TotalImpuestosTrasladados)).Sub(dec(inv.TotalImpuestosRetenidos))
	sameCents(p, "SubTotal − Descuento + traslados − retenciones", want, "Total", dec(inv.Total))
}

// sameCents adds a problem when a and b differ by more than Tolerance at
// cents.
func sameCents(p *problems, aName string, a decimal.Decimal, bName string, b decimal.Decimal) {
	ra, rb := a.Round(centPlaces), b.Round(centPlaces)
	if ra.Sub(rb).Abs().GreaterThan(Tolerance) {
		p.add("%s is %s, but %s is %s", aName, ra.StringFixed(centPlaces), bName, rb.StringFixed(centPlaces))
	}
}

// importeLimits is the SAT's range for Cantidad × ValorUnitario: each
// factor moved by half a unit of its last written decimal, the lower
// product truncated and the upper rounded up to the Importe's decimals.
func importeLimits(qtyText string, qty decimal.Decimal, vuText string, vu decimal.Decimal, importePlaces int32) (lo, hi decimal.Decimal) {
	halfQty := decimal.New(5, -writtenPlaces(qtyText)-1)
	halfVU := decimal.New(5, -writtenPlaces(vuText)-1)
	lo = qty.Sub(halfQty).Mul(vu.Sub(halfVU)).RoundFloor(importePlaces)
	hi = qty.Add(halfQty).Mul(vu.Add(halfVU)).RoundCeil(importePlaces)
	return lo, hi
}

// writtenPlaces is the decimals a number is written with ("2.50" has 2).
func writtenPlaces(s string) int32 {
	if _, frac, ok := strings.Cut(s, "."); ok {
		return int32(len(frac))
	}
	return 0
}

func places(d decimal.Decimal) int32 {
	return max(centPlaces, -d.Exponent())
}

// dec is an amount as a decimal, for the arithmetic money.Amount does not
// offer (subtraction, products). money.Amount's String is exact.
func dec(a money.Amount) decimal.Decimal {
	d, _ := decimal.NewFromString(a.String())
	return d
}
