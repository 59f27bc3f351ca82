// Package cfdi reads Mexican electronic invoices (CFDI 3.3 and 4.0, the
// SAT's Anexo 20) so that mxpay can turn an issued invoice into a Facti
// payment request.
//
//	inv, err := cfdi.Parse(file)          // XML, namespace, version, amounts
//	req, err := inv.PaymentRequest()      // Validate + what a request needs
//
// Parse reads what is there and refuses what cannot be an invoice of a
// supported version; Validate checks what the SAT checks that matters for
// collecting it (RFCs, required fields, totals that add up, see Validate);
// PaymentRequest also requires an income invoice (TipoDeComprobante "I") in
// pesos with a folio. Every failure is an *Error listing every problem, of
// kind Usage: the input is wrong and nothing was sent.
//
// Amounts are exact (money.Amount, up to the 6 decimals CFDI allows);
// quantities keep their text as written. Nothing is rounded here: Facti's
// two-decimal rule belongs to the Facti layer.
package cfdi

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/money"
)

// The namespaces of the two supported versions.
const (
	Namespace33 = "http://www.sat.gob.mx/cfd/3"
	Namespace40 = "http://www.sat.gob.mx/cfd/4"
)

// MaxSize bounds what Parse reads: invoices are kilobytes; a larger input
// is not an invoice.
const MaxSize = 8 << 20

// Invoice is a CFDI as written. Optional amounts absent from the XML are
// zero.
type Invoice struct {
	Namespace         string
	Version           string // "3.3" or "4.0"
	Serie             string
	Folio             string
	Fecha             string // as written: 2006-01-02T15:04:05, local time of LugarExpedicion
	Moneda            string
	TipoCambio        string // as written; "" when absent
	SubTotal          money.Amount
	Descuento         money.Amount
	Total             money.Amount
	TipoDeComprobante string // I income, E egress (credit note), T transfer, N payroll, P payment
	MetodoPago        string
	FormaPago         string
	LugarExpedicion   string
	Emisor            Emisor
	Receptor          Receptor
	Conceptos         []Concepto
	// The totals of the comprobante-level Impuestos, and the sums of its
	// Traslado and Retencion lines (to check them against).
	TotalImpuestosTrasladados  money.Amount
	TotalImpuestosRetenidos    money.Amount
	sumTraslados, sumRetenidos money.Amount
	hasTrasladoTotal           bool
	hasRetenidoTotal           bool
	hasDescuento               bool
	// UUID is the Timbre Fiscal Digital's folio fiscal; "" when unstamped.
	UUID string
}

// Emisor is the issuer.
type Emisor struct {
	Rfc, Nombre, RegimenFiscal string
}

// Receptor is the customer. DomicilioFiscalReceptor and
// RegimenFiscalReceptor exist from 4.0 on.
type Receptor struct {
	Rfc, Nombre, DomicilioFiscalReceptor, RegimenFiscalReceptor, UsoCFDI string
}

// Concepto is one line of the invoice.
type Concepto struct {
	ClaveProdServ string
	Cantidad      string // as written, e.g. "1" or "2.500000"
	ClaveUnidad   string
	Unidad        string
	Descripcion   string
	ValorUnitario money.Amount
	Importe       money.Amount
	Descuento     money.Amount
	vuText        string // ValorUnitario as written: its decimals set the SAT's limits
}

// Error lists every problem of an invoice.
type Error struct {
	Problems []string
}

func (e *Error) Error() string {
	if len(e.Problems) == 1 {
		return "invalid CFDI: " + e.Problems[0]
	}
	return "invalid CFDI:\n  - " + strings.Join(e.Problems, "\n  - ")
}

// Kind is Usage: the invoice is wrong, and nothing was sent.
func (e *Error) Kind() errs.Kind { return errs.Usage }

type problems []string

func (p *problems) add(format string, args ...any) { *p = append(*p, fmt.Sprintf(format, args...)) }

func (p problems) err() error {
	if len(p) == 0 {
		return nil
	}
	return &Error{Problems: p}
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Parse reads a CFDI 3.3 or 4.0. It accepts a missing <?xml?> prolog and a
// UTF-8 byte-order mark; it refuses input that is not XML, is cut short,
// is not a cfdi:Comprobante, is of another version (3.2) or namespace, is
// not UTF-8, or holds amounts that are not CFDI amounts.
func Parse(r io.Reader) (*Invoice, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading the CFDI: %w", err)
	}
	if len(data) > MaxSize {
		return nil, &Error{Problems: []string{fmt.Sprintf("it is larger than %d MiB; an invoice is a few kilobytes", MaxSize>>20)}}
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Error{Problems: []string{"the file is empty"}}
	}
	var doc xmlComprobante
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.CharsetReader = onlyUTF8
	if err := dec.Decode(&doc); err != nil {
		return nil, &Error{Problems: []string{syntaxProblem(err)}}
	}
	if err := rejectTrailing(dec); err != nil {
		return nil, err
	}
	if p := checkVersion(doc); len(p) > 0 {
		return nil, p.err()
	}
	return doc.invoice()
}

// onlyUTF8 refuses a declared encoding other than UTF-8 (encoding/xml
// handles UTF-8 itself); Anexo 20 requires UTF-8.
func onlyUTF8(label string, _ io.Reader) (io.Reader, error) {
	return nil, fmt.Errorf("the encoding is %q; a CFDI is UTF-8", label)
}

func syntaxProblem(err error) string {
	switch {
	case errors.Is(err, io.EOF):
		return "it is not XML (no element found)"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "the XML is cut short (truncated file?)"
	}
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		if strings.Contains(se.Msg, "unexpected EOF") {
			return fmt.Sprintf("the XML is cut short at line %d (truncated file?)", se.Line)
		}
		return fmt.Sprintf("it is not well-formed XML: line %d: %s", se.Line, se.Msg)
	}
	return "it is not a CFDI: " + err.Error()
}

// rejectTrailing refuses anything but comments, processing instructions
// and space after the root element (a second document glued on).
func rejectTrailing(dec *xml.Decoder) error {
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return &Error{Problems: []string{syntaxProblem(err)}}
		}
		switch t := tok.(type) {
		case xml.Comment, xml.ProcInst:
		case xml.CharData:
			if len(bytes.TrimSpace(t)) > 0 {
				return &Error{Problems: []string{"there is text after the cfdi:Comprobante element"}}
			}
		default:
			return &Error{Problems: []string{"there is more XML after the cfdi:Comprobante element"}}
		}
	}
}

// checkVersion accepts the namespace and Version pairs of 3.3 and 4.0.
func checkVersion(doc xmlComprobante) problems {
	var p problems
	if doc.XMLName.Local != "Comprobante" {
		p.add("the root element is <%s>, not a cfdi:Comprobante", doc.XMLName.Local)
		return p
	}
	switch {
	case doc.Version == "" && doc.LegacyVersion != "":
		p.add("version %s is not supported (only CFDI 3.3 and 4.0)", doc.LegacyVersion)
	case doc.XMLName.Space == Namespace33 && doc.Version == "3.3",
		doc.XMLName.Space == Namespace40 && doc.Version == "4.0":
	case doc.XMLName.Space != Namespace33 && doc.XMLName.Space != Namespace40:
		p.add("the namespace is %q, not CFDI 3.3 (%s) or 4.0 (%s)", doc.XMLName.Space, Namespace33, Namespace40)
	case doc.Version == "":
		p.add("the Comprobante has no Version")
	default:
		p.add("Version %q does not belong to namespace %s (3.3 is %s, 4.0 is %s)", doc.Version, doc.XMLName.Space, Namespace33, Namespace40)
	}
	for _, child := range []struct {
		name string
		n    *xml.Name
	}{{"Emisor", doc.Emisor.nameOf()}, {"Receptor", doc.Receptor.nameOf()}, {"Conceptos", doc.Conceptos.nameOf()}} {
		if child.n != nil && child.n.Space != doc.XMLName.Space {
			p.add("cfdi:%s is in namespace %q, not the Comprobante's %s", child.name, child.n.Space, doc.XMLName.Space)
		}
	}
	return p
}
