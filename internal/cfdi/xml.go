package cfdi

import (
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/mxpay/mxpay/internal/money"
)

// The XML shapes. Element tags name no namespace, so they match the CFDI
// elements of either version; checkVersion then checks the namespaces.
type xmlComprobante struct {
	XMLName           xml.Name
	Version           string        `xml:"Version,attr"`
	LegacyVersion     string        `xml:"version,attr"` // CFDI 3.2 and older
	Serie             string        `xml:"Serie,attr"`
	Folio             string        `xml:"Folio,attr"`
	Fecha             string        `xml:"Fecha,attr"`
	Moneda            string        `xml:"Moneda,attr"`
	TipoCambio        string        `xml:"TipoCambio,attr"`
	SubTotal          string        `xml:"SubTotal,attr"`
	Descuento         string        `xml:"Descuento,attr"`
	Total             string        `xml:"Total,attr"`
	TipoDeComprobante string        `xml:"TipoDeComprobante,attr"`
	MetodoPago        string        `xml:"MetodoPago,attr"`
	FormaPago         string        `xml:"FormaPago,attr"`
	LugarExpedicion   string        `xml:"LugarExpedicion,attr"`
	Emisor            *xmlEmisor    `xml:"Emisor"`
	Receptor          *xmlReceptor  `xml:"Receptor"`
	Conceptos         *xmlConceptos `xml:"Conceptos"`
	Impuestos         *xmlImpuestos `xml:"Impuestos"`
	Complemento       []struct {
		Timbres []struct {
			UUID string `xml:"UUID,attr"`
		} `xml:"TimbreFiscalDigital"`
	} `xml:"Complemento"`
}

type xmlEmisor struct {
	XMLName       xml.Name
	Rfc           string `xml:"Rfc,attr"`
	Nombre        string `xml:"Nombre,attr"`
	RegimenFiscal string `xml:"RegimenFiscal,attr"`
}

type xmlReceptor struct {
	XMLName                 xml.Name
	Rfc                     string `xml:"Rfc,attr"`
	Nombre                  string `xml:"Nombre,attr"`
	DomicilioFiscalReceptor string `xml:"DomicilioFiscalReceptor,attr"`
	RegimenFiscalReceptor   string `xml:"RegimenFiscalReceptor,attr"`
	UsoCFDI                 string `xml:"UsoCFDI,attr"`
}

type xmlConceptos struct {
	XMLName  xml.Name
	Concepto []xmlConcepto `xml:"Concepto"`
}

type xmlConcepto struct {
	ClaveProdServ string `xml:"ClaveProdServ,attr"`
	Cantidad      string `xml:"Cantidad,attr"`
	ClaveUnidad   string `xml:"ClaveUnidad,attr"`
	Unidad        string `xml:"Unidad,attr"`
	Descripcion   string `xml:"Descripcion,attr"`
	ValorUnitario string `xml:"ValorUnitario,attr"`
	Importe       string `xml:"Importe,attr"`
	Descuento     string `xml:"Descuento,attr"`
}

type xmlImpuestos struct {
	TotalImpuestosTrasladados string `xml:"TotalImpuestosTrasladados,attr"`
	TotalImpuestosRetenidos   string `xml:"TotalImpuestosRetenidos,attr"`
	Traslados                 []struct {
		Importe string `xml:"Importe,attr"`
	} `xml:"Traslados>Traslado"`
	Retenciones []struct {
		Importe string `xml:"Importe,attr"`
	} `xml:"Retenciones>Retencion"`
}

func (e *xmlEmisor) nameOf() *xml.Name {
	if e == nil {
		return nil
	}
	return &e.XMLName
}

func (r *xmlReceptor) nameOf() *xml.Name {
	if r == nil {
		return nil
	}
	return &r.XMLName
}

func (c *xmlConceptos) nameOf() *xml.Name {
	if c == nil {
		return nil
	}
	return &c.XMLName
}

// invoice converts the XML into an Invoice, refusing amounts that are not
// CFDI amounts.
func (doc xmlComprobante) invoice() (*Invoice, error) {
	var p problems
	amount := func(field, v string, required bool) money.Amount {
		if v == "" {
			if required {
				p.add("%s is missing", field)
			}
			return money.Amount{}
		}
		a, ok := parseImporte(v)
		if !ok {
			p.add("%s %q is not a CFDI amount (digits, a dot and at most 6 decimals)", field, v)
		}
		return a
	}
	inv := &Invoice{
		Namespace: doc.XMLName.Space, Version: doc.Version, Serie: doc.Serie, Folio: doc.Folio, Fecha: doc.Fecha,
		Moneda: doc.Moneda, TipoCambio: doc.TipoCambio, TipoDeComprobante: doc.TipoDeComprobante,
		MetodoPago: doc.MetodoPago, FormaPago: doc.FormaPago, LugarExpedicion: doc.LugarExpedicion,
		SubTotal:     amount("SubTotal", doc.SubTotal, true),
		Descuento:    amount("Descuento", doc.Descuento, false),
		Total:        amount("Total", doc.Total, true),
		hasDescuento: doc.Descuento != "",
	}
	if e := doc.Emisor; e != nil {
		inv.Emisor = Emisor{Rfc: e.Rfc, Nombre: e.Nombre, RegimenFiscal: e.RegimenFiscal}
	}
	if r := doc.Receptor; r != nil {
		inv.Receptor = Receptor{Rfc: r.Rfc, Nombre: r.Nombre, DomicilioFiscalReceptor: r.DomicilioFiscalReceptor,
			RegimenFiscalReceptor: r.RegimenFiscalReceptor, UsoCFDI: r.UsoCFDI}
	}
	if doc.Conceptos != nil {
		for i, c := range doc.Conceptos.Concepto {
			name := func(f string) string { return "Concepto " + strconv.Itoa(i+1) + " " + f }
			if c.Cantidad != "" {
				if _, ok := parseImporte(c.Cantidad); !ok {
					p.add("%s %q is not a CFDI quantity", name("Cantidad"), c.Cantidad)
				}
			}
			inv.Conceptos = append(inv.Conceptos, Concepto{
				ClaveProdServ: c.ClaveProdServ, Cantidad: c.Cantidad, ClaveUnidad: c.ClaveUnidad, Unidad: c.Unidad,
				Descripcion:   c.Descripcion,
				ValorUnitario: amount(name("ValorUnitario"), c.ValorUnitario, true),
				Importe:       amount(name("Importe"), c.Importe, true),
				Descuento:     amount(name("Descuento"), c.Descuento, false),
				vuText:        c.ValorUnitario,
			})
		}
	}
	if t := doc.Impuestos; t != nil {
		inv.TotalImpuestosTrasladados = amount("TotalImpuestosTrasladados", t.TotalImpuestosTrasladados, false)
		inv.TotalImpuestosRetenidos = amount("TotalImpuestosRetenidos", t.TotalImpuestosRetenidos, false)
		inv.hasTrasladoTotal = t.TotalImpuestosTrasladados != ""
		inv.hasRetenidoTotal = t.TotalImpuestosRetenidos != ""
		for i, tr := range t.Traslados {
			inv.sumTraslados = inv.sumTraslados.Add(amount("Traslado "+strconv.Itoa(i+1)+" Importe", tr.Importe, false))
		}
		for i, re := range t.Retenciones {
			inv.sumRetenidos = inv.sumRetenidos.Add(amount("Retencion "+strconv.Itoa(i+1)+" Importe", re.Importe, true))
		}
	}
	for _, c := range doc.Complemento {
		for _, tfd := range c.Timbres {
			if inv.UUID == "" {
				inv.UUID = strings.ToUpper(tfd.UUID)
			}
		}
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return inv, nil
}

// parseImporte reads the SAT's t_Importe: digits, optionally a dot and 1
// to 6 decimals; no sign, no exponent, no separators.
func parseImporte(v string) (money.Amount, bool) {
	whole, frac, hasDot := strings.Cut(v, ".")
	if whole == "" || len(whole) > 18 || !digits(whole) || (hasDot && (frac == "" || len(frac) > 6 || !digits(frac))) {
		return money.Amount{}, false
	}
	a, err := money.ParseWire(v)
	return a, err == nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
