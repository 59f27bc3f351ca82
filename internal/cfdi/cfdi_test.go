package cfdi

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/errs"
)

func readSample(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func parse(t *testing.T, doc string) *Invoice {
	t.Helper()
	inv, err := Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return inv
}

func TestParse40(t *testing.T) {
	inv := parse(t, readSample(t, "cfdi40.xml"))
	checks := map[string][2]string{
		"Namespace":               {inv.Namespace, Namespace40},
		"Version":                 {inv.Version, "4.0"},
		"Serie/Folio":             {inv.Serie + "/" + inv.Folio, "F/1024"},
		"Fecha":                   {inv.Fecha, "2026-02-03T10:15:00"},
		"Moneda":                  {inv.Moneda, "MXN"},
		"SubTotal":                {inv.SubTotal.String(), "5500.00"},
		"Descuento":               {inv.Descuento.String(), "250.00"},
		"Total":                   {inv.Total.String(), "6024.37"},
		"Tipo":                    {inv.TipoDeComprobante, "I"},
		"Emisor":                  {inv.Emisor.Rfc + " " + inv.Emisor.Nombre, "MXP150101AB1 MXPAY DEMO SA DE CV"},
		"Receptor":                {inv.Receptor.Rfc + " " + inv.Receptor.Nombre, "COAL800101QZ7 LAURA CONTRERAS ALVAREZ"},
		"DomicilioFiscalReceptor": {inv.Receptor.DomicilioFiscalReceptor, "44100"},
		"RegimenFiscalReceptor":   {inv.Receptor.RegimenFiscalReceptor, "626"},
		"UsoCFDI":                 {inv.Receptor.UsoCFDI, "G03"},
		"Traslados":               {inv.TotalImpuestosTrasladados.String(), "840.00"},
		"Retenidos":               {inv.TotalImpuestosRetenidos.String(), "65.63"},
		"UUID":                    {inv.UUID, "6F1C2D3E-4B5A-4C6D-8E7F-90A1B2C3D4E5"},
		"Concepto 2 VU":           {inv.Conceptos[1].ValorUnitario.String(), "166.666667"},
		"Concepto 2 Descripcion":  {inv.Conceptos[1].Descripcion, "Instalación y configuración"},
		"Concepto 1 Descuento":    {inv.Conceptos[0].Descuento.String(), "250.00"},
	}
	for name, c := range checks {
		if c[0] != c[1] {
			t.Errorf("%s = %q, want %q", name, c[0], c[1])
		}
	}
	if err := inv.Validate(); err != nil {
		t.Errorf("Validate: %v", err)
	}
	req, err := inv.PaymentRequest()
	if err != nil {
		t.Fatalf("PaymentRequest: %v", err)
	}
	if req.Serie != "F" || req.Folio != "1024" || req.ReceiverRFC != "COAL800101QZ7" || req.ReceiverName != "LAURA CONTRERAS ALVAREZ" ||
		req.Total.String() != "6024.37" || req.IssuerRFC != "MXP150101AB1" || len(req.Concepts) != 2 {
		t.Fatalf("PaymentRequest = %+v", req)
	}
	c := req.Concepts[1]
	if c.Quantity != "3" || c.Unit != "SERVICIO" || c.UnitPrice.String() != "166.666667" || c.Total.String() != "500.00" {
		t.Errorf("concept 2 = %+v", c)
	}
}

func TestParse33(t *testing.T) {
	inv := parse(t, readSample(t, "cfdi33.xml"))
	if inv.Namespace != Namespace33 || inv.Version != "3.3" || inv.Folio != "78" || inv.Total.String() != "1451.16" ||
		inv.Receptor.UsoCFDI != "G01" || inv.TipoCambio != "1" || inv.UUID != "4B2B511C-A29E-4CDF-8AD3-143515CF6152" {
		t.Fatalf("Parse = %+v", inv)
	}
	req, err := inv.PaymentRequest()
	if err != nil {
		t.Fatalf("PaymentRequest: %v", err)
	}
	// A concept without Unidad takes its ClaveUnidad as the unit.
	if req.Concepts[1].Unit != "H87" || req.Concepts[0].Unit != "PZA" {
		t.Errorf("units = %q, %q", req.Concepts[0].Unit, req.Concepts[1].Unit)
	}
}

func TestParseToleratesBOMAndNoProlog(t *testing.T) {
	inv := parse(t, readSample(t, "cfdi40-bom-noprolog.xml"))
	if inv.Folio != "1024" {
		t.Errorf("Folio = %q", inv.Folio)
	}
	noProlog := strings.SplitN(readSample(t, "cfdi33.xml"), "\n", 2)[1]
	if inv := parse(t, noProlog); inv.Folio != "78" {
		t.Errorf("Folio without prolog = %q", inv.Folio)
	}
}

// TestParseRefuses: what Parse itself refuses, each with its reason.
func TestParseRefuses(t *testing.T) {
	good40 := readSample(t, "cfdi40.xml")
	tests := []struct {
		name, doc, want string
	}{
		{"not XML", readSample(t, "not-xml.csv"), "not XML"},
		{"truncated", readSample(t, "truncated.xml"), "cut short"},
		{"empty", "  \n", "empty"},
		{"version 3.2", readSample(t, "version32.xml"), "version 3.2 is not supported"},
		{"wrong namespace", strings.Replace(good40, "http://www.sat.gob.mx/cfd/4\"", "http://www.sat.gob.mx/cfd/5\"", 1), "the namespace is"},
		{"version of the other namespace", strings.Replace(good40, `Version="4.0" Serie`, `Version="3.3" Serie`, 1), "does not belong to namespace"},
		{"no version", strings.Replace(good40, `Version="4.0" Serie`, `Serie`, 1), "no Version"},
		{"not a Comprobante", `<cfdi:Retenciones xmlns:cfdi="http://www.sat.gob.mx/cfd/4" Version="4.0"/>`, "not a cfdi:Comprobante"},
		{"latin-1", strings.Replace(good40, `encoding="UTF-8"`, `encoding="ISO-8859-1"`, 1), "UTF-8"},
		{"two documents", good40 + good40, "more XML after"},
		{"bad amount", strings.Replace(good40, `Total="6024.37"`, `Total="6,024.37"`, 1), `Total "6,024.37" is not a CFDI amount`},
		{"negative amount", strings.Replace(good40, `SubTotal="5500.00"`, `SubTotal="-5500.00"`, 1), "not a CFDI amount"},
		{"seven decimals", strings.Replace(good40, `ValorUnitario="166.666667"`, `ValorUnitario="166.6666667"`, 1), "not a CFDI amount"},
		{"missing Total", strings.Replace(good40, ` Total="6024.37"`, ``, 1), "Total is missing"},
		{"child in another namespace", strings.Replace(good40, `<cfdi:Emisor `, `<cfdi:Emisor xmlns:cfdi="http://www.sat.gob.mx/cfd/3" `, 1), "cfdi:Emisor is in namespace"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv, err := Parse(strings.NewReader(tt.doc))
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Parse = %+v, %v; want *Error", inv, err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
			if errs.KindOf(err) != errs.Usage {
				t.Errorf("kind = %v, want usage", errs.KindOf(err))
			}
		})
	}
}

// TestValidateListsEveryProblem: an invoice whose totals do not add up
// and whose RFCs are wrong gets all of it in one error.
func TestValidateListsEveryProblem(t *testing.T) {
	doc := readSample(t, "cfdi40.xml")
	for _, r := range [][2]string{
		{`Total="6024.37"`, `Total="6025.37"`},
		{`SubTotal="5500.00"`, `SubTotal="7500.00"`},
		{`Rfc="COAL800101QZ7"`, `Rfc="COAL8001"`},
		{`TotalImpuestosTrasladados="840.00"`, `TotalImpuestosTrasladados="841.00"`},
		{`Importe="5000.00" Descuento="250.00"`, `Importe="7100.00" Descuento="250.00"`}, // beyond the SAT limits for Cantidad "2"
		{`DomicilioFiscalReceptor="44100"`, `DomicilioFiscalReceptor="441"`},
	} {
		doc = strings.Replace(doc, r[0], r[1], 1)
	}
	err := parse(t, doc).Validate()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("Validate: %v", err)
	}
	for _, want := range []string{
		"Concepto \"Monitor de 25 pulgadas\": Importe 7100.00 is not Cantidad 2 × ValorUnitario 2500.00",
		"Receptor Rfc \"COAL8001\" is not an RFC",
		"the Traslados' Importe is 840.00, but TotalImpuestosTrasladados is 841.00",
		"Total is 6025.37",
		"the Conceptos' Importe is 7600.00, but SubTotal is 7500.00",
		"DomicilioFiscalReceptor \"441\"",
	} {
		found := false
		for _, p := range e.Problems {
			if strings.Contains(p, want) {
				found = true
			}
		}
		if !found {
			t.Errorf("no problem says %q; got:\n%s", want, err)
		}
	}
	if len(e.Problems) < 5 {
		t.Errorf("only %d problems: %v", len(e.Problems), e.Problems)
	}
}

func TestToleranceIsOneCent(t *testing.T) {
	doc := readSample(t, "cfdi33.xml")
	oneCent := strings.Replace(doc, `Total="1451.16"`, `Total="1451.17"`, 1)
	if err := parse(t, oneCent).Validate(); err != nil {
		t.Errorf("a cent off: %v; want accepted (rounding of the parts)", err)
	}
	twoCents := strings.Replace(doc, `Total="1451.16"`, `Total="1451.18"`, 1)
	if err := parse(t, twoCents).Validate(); err == nil {
		t.Errorf("two cents off was accepted")
	}
	// Six-decimal concept amounts add up at cents.
	sixDecimals := strings.Replace(strings.Replace(doc, `Importe="1000.00" Descuento="0"`, `Importe="1000.004999" Descuento="0"`, 1),
		`ValorUnitario="1000.00"`, `ValorUnitario="1000.004999"`, 1)
	if err := parse(t, sixDecimals).Validate(); err != nil {
		t.Errorf("six decimals: %v", err)
	}
}

func TestPaymentRequestRefuses(t *testing.T) {
	good := readSample(t, "cfdi40.xml")
	tests := []struct{ name, doc, want string }{
		{"egreso", strings.Replace(good, `TipoDeComprobante="I"`, `TipoDeComprobante="E"`, 1), `TipoDeComprobante is "E" (egreso: a credit note)`},
		{"pago", readSample(t, "pago20.xml"), `TipoDeComprobante is "P"`},
		{"dollars", strings.Replace(good, `Moneda="MXN"`, `Moneda="USD" TipoCambio="17.05"`, 1), "is in USD"},
		{"no folio", strings.Replace(good, ` Folio="1024"`, ``, 1), "no Folio"},
		{"totals", strings.Replace(good, `Total="6024.37"`, `Total="6000.00"`, 1), "Total is 6000.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv := parse(t, tt.doc)
			_, err := inv.PaymentRequest()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("PaymentRequest: %v; want it to say %q", err, tt.want)
			}
		})
	}
	// A payment receipt is itself a valid CFDI: only PaymentRequest refuses it.
	if err := parse(t, readSample(t, "pago20.xml")).Validate(); err != nil {
		t.Errorf("Validate(pago): %v", err)
	}
}
