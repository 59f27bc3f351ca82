package sync

import (
	"fmt"
	"html"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/emulator/demo"
)

// The SAT connection's CFDIs are invoices of the demo company: the ones it
// issued ("emitidas") are to its customers, with a serie and folio,
// concepts and 16% IVA that add up, so that each can become a Facti
// payment request of the same company (`facti payments new
// --from-sync-invoices`); the ones it received ("recibidas") come from its
// suppliers. Every one is a valid CFDI 4.0 whose Total is the
// transaction's amount.

// party is an issuer or receiver of an emulated invoice.
type party struct {
	RFC, Name, Zip, Regimen, Use string
}

// demoCompany is the demo company of every emulated provider: Facti's
// company, the SAT's taxpayer, the bank's account holder.
var demoCompany = party{RFC: demo.FactiCompanyRFC, Name: "EMPRESA DEMO DEL EMULADOR SA DE CV", Zip: "06600", Regimen: "601", Use: "G03"}

// DemoCustomers are the receivers of the demo company's invoices, with the
// e-mail a demo would map their RFC to (a CFDI has no e-mail).
var DemoCustomers = []struct {
	party
	Email string
}{
	{party{"COAL800101QZ7", "LAURA CONTRERAS ALVAREZ", "44100", "626", "G03"}, "laura.contreras@example.mx"},
	{party{"FLU940315KT2", "FERRETERIA LUPITA SA DE CV", "64000", "601", "G01"}, "pagos@ferreterialupita.example.mx"},
	{party{"ADC050620RM8", "ABARROTES DON CHUY SA DE CV", "20000", "601", "G01"}, "cxp@donchuy.example.mx"},
	{party{"TMO110812PL4", "TALLER MECANICO ORTIZ SA DE CV", "76000", "601", "G03"}, "ortiz@example.mx"},
}

var suppliers = []party{
	{"CFE370814QI0", "COMISION FEDERAL DE ELECTRICIDAD", "06500", "601", "G03"},
	{"PMO980220SL3", "PAPELERIA Y MUEBLES DE OFICINA SA DE CV", "03100", "601", "G03"},
}

// concept is one line of an emulated invoice.
type concept struct {
	Qty         int64
	Key, Unit   string
	Description string
	UnitCents   int64
}

var catalog = []concept{
	{Key: "81112101", Unit: "E48", Description: "Servicio de soporte técnico"},
	{Key: "43211507", Unit: "H87", Description: "Computadora de escritorio"},
	{Key: "84111506", Unit: "E48", Description: "Servicio de facturación"},
	{Key: "31162800", Unit: "H87", Description: "Tornillería surtida"},
}

// invoiceXML is a valid CFDI 4.0 for a transaction of amount cents
// (negative: received): Total is |amount|, SubTotal and IVA split it at
// 16%, and one or two concepts add up to SubTotal.
func invoiceXML(sd seeded, i, k int, amount int64, when time.Time, uuid string) string {
	// Consecutive invoices go to consecutive customers: a connection's
	// few issued invoices have different receivers.
	issuer, receiver := demoCompany, DemoCustomers[(sd.num("customer", i)+uint64(k/2))%uint64(len(DemoCustomers))].party
	serie, folio := "F", fmt.Sprintf("%d%02d", 1000+sd.num("folio", i)%9000, k)
	if amount < 0 {
		issuer, receiver = suppliers[sd.num("supplier", i, k)%uint64(len(suppliers))], demoCompany
		serie, folio, amount = "A", fmt.Sprint(sd.num("folio", i, k)%900000+100000), -amount
	}
	total := amount
	subtotal := (total*100 + 58) / 116 // round(total / 1.16)
	iva := total - subtotal
	var lines []concept
	first := catalog[sd.num("concept", i, k)%uint64(len(catalog))]
	if second := catalog[(sd.num("concept", i, k)+1)%uint64(len(catalog))]; subtotal >= 400 {
		second.Qty, second.UnitCents = 2, subtotal/4
		first.Qty, first.UnitCents = 1, subtotal-2*second.UnitCents
		lines = []concept{first, second}
	} else {
		first.Qty, first.UnitCents = 1, subtotal
		lines = []concept{first}
	}
	var b strings.Builder
	// No <?xml?> prolog: Sync may serve a CFDI without it (api-notes), and
	// whether the raw download adds one is the attachments handler's rule.
	fmt.Fprintf(&b, `<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" Version="4.0" Serie="%s" Folio="%s" Fecha="%s" FormaPago="99" SubTotal="%s" Moneda="MXN" Total="%s" TipoDeComprobante="I" Exportacion="01" MetodoPago="PPD" LugarExpedicion="%s">`,
		serie, folio, when.UTC().Format("2006-01-02T15:04:05"), cents(subtotal), cents(total), issuer.Zip)
	fmt.Fprintf(&b, `<cfdi:Emisor Rfc="%s" Nombre="%s" RegimenFiscal="%s"/>`, issuer.RFC, html.EscapeString(issuer.Name), issuer.Regimen)
	fmt.Fprintf(&b, `<cfdi:Receptor Rfc="%s" Nombre="%s" DomicilioFiscalReceptor="%s" RegimenFiscalReceptor="%s" UsoCFDI="%s"/>`,
		receiver.RFC, html.EscapeString(receiver.Name), receiver.Zip, receiver.Regimen, receiver.Use)
	b.WriteString(`<cfdi:Conceptos>`)
	for _, c := range lines {
		fmt.Fprintf(&b, `<cfdi:Concepto ClaveProdServ="%s" Cantidad="%d" ClaveUnidad="%s" Descripcion="%s" ValorUnitario="%s" Importe="%s" ObjetoImp="02"/>`,
			c.Key, c.Qty, c.Unit, html.EscapeString(c.Description), cents(c.UnitCents), cents(c.Qty*c.UnitCents))
	}
	b.WriteString(`</cfdi:Conceptos>`)
	fmt.Fprintf(&b, `<cfdi:Impuestos TotalImpuestosTrasladados="%s"><cfdi:Traslados><cfdi:Traslado Base="%s" Impuesto="002" TipoFactor="Tasa" TasaOCuota="0.160000" Importe="%s"/></cfdi:Traslados></cfdi:Impuestos>`,
		cents(iva), cents(subtotal), cents(iva))
	fmt.Fprintf(&b, `<cfdi:Complemento><tfd:TimbreFiscalDigital xmlns:tfd="http://www.sat.gob.mx/TimbreFiscalDigital" Version="1.1" UUID="%s" FechaTimbrado="%s"/></cfdi:Complemento></cfdi:Comprobante>`,
		uuid, when.UTC().Format("2006-01-02T15:04:05"))
	return b.String()
}
