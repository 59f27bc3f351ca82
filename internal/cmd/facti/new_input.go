package facti

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/money"
)

// parseAmount reads an amount typed by the user; more than two decimals
// are allowed here and rounded up later, as Facti does.
func parseAmount(flag, v string) (money.Amount, error) {
	a, err := money.Parse(strings.TrimSpace(v))
	if err != nil {
		return a, cmdutil.UsageErrorf("--%s: %v", flag, err)
	}
	return a, nil
}

// parseGroup reads --group SERIE:FOLIO:AMOUNT (or FOLIO:AMOUNT without a serie).
func parseGroup(v string) (facti.GroupItem, error) {
	parts := strings.Split(v, ":")
	var g facti.GroupItem
	switch len(parts) {
	case 2:
		g.Folio = parts[0]
	case 3:
		g.Serie, g.Folio = parts[0], parts[1]
	default:
		return g, cmdutil.UsageErrorf("--group %q: write SERIE:FOLIO:AMOUNT (SERIE may be empty, e.g. :1001:250.00)", v)
	}
	a, err := parseAmount("group", parts[len(parts)-1])
	if err != nil {
		return g, err
	}
	g.Amount = a
	g.Serie, g.Folio = strings.TrimSpace(g.Serie), strings.TrimSpace(g.Folio)
	return g, nil
}

// parseConcept reads --concept 'quantity=2,unit=PIEZA,description=Monitor,pu=2500.00[,total=…][,details=…]'.
// Fields are split like a CSV record, so a description with commas can be
// quoted: 'description="Monitor, 25 pulgadas"'.
func parseConcept(v string) (facti.Concepto, error) {
	r := csv.NewReader(strings.NewReader(v))
	r.LazyQuotes = true
	fields, err := r.Read()
	if err != nil {
		return facti.Concepto{}, cmdutil.UsageErrorf("--concept %q: %v", v, err)
	}
	m := map[string]string{}
	for _, fld := range fields {
		k, val, ok := strings.Cut(fld, "=")
		if !ok {
			return facti.Concepto{}, cmdutil.UsageErrorf("--concept %q: %q is not key=value (keys: quantity, unit, description, pu, total, details)", v, fld)
		}
		m[strings.ToLower(strings.TrimSpace(k))] = strings.Trim(strings.TrimSpace(val), `"`)
	}
	return conceptFromMap(m, facti.Word("--concept "+v))
}

// conceptFromMap reads one concept; where names it in messages.
func conceptFromMap(m map[string]string, where error) (facti.Concepto, error) {
	c := facti.Concepto{Quantity: m["quantity"], Unit: m["unit"], Description: m["description"], Details: m["details"]}
	for k := range m {
		switch k {
		case "quantity", "unit", "description", "pu", "total", "details":
		default:
			return c, cmdutil.UsageErrorf("%v: unknown key %q (keys: quantity, unit, description, pu, total, details)", where, k)
		}
	}
	if m["pu"] != "" {
		a, err := money.Parse(m["pu"])
		if err != nil {
			return c, cmdutil.UsageErrorf("%v: pu: %v", where, err)
		}
		c.PU = a
	}
	if m["total"] != "" {
		a, err := money.Parse(m["total"])
		if err != nil {
			return c, cmdutil.UsageErrorf("%v: total: %v", where, err)
		}
		c.Total = &a
	}
	return c, nil
}

// readConceptsFile reads a JSON array of concepts with the API's keys;
// numbers may be JSON numbers or strings.
func readConceptsFile(path string) ([]facti.Concepto, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, cmdutil.UsageErrorf("--concepts-file: %v", err)
	}
	return parseConcepts(path, data)
}

// parseConcepts reads the contents of a --concepts-file named path.
func parseConcepts(path string, data []byte) ([]facti.Concepto, error) {
	var items []map[string]facti.Flex
	if err := json.Unmarshal(data, &items); err != nil {
		return nil, cmdutil.UsageErrorf("--concepts-file %s: want a JSON array of objects with quantity, unit, description, pu[, total, details]: %v", path, err)
	}
	var out []facti.Concepto
	for i, it := range items {
		m := map[string]string{}
		for k, v := range it {
			m[k] = string(v)
		}
		c, err := conceptFromMap(m, i18n.Errorf("--concepts-file %s item %d", path, i+1))
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

// receiverFlags are the invoice receiver's fiscal data as flags.
type receiverFlags struct {
	file string
	facti.InvoiceReceiver
}

// build merges --receiver-file with the flags (flags win); nil when none given.
func (rf *receiverFlags) build() (*facti.InvoiceReceiver, error) {
	var r facti.InvoiceReceiver
	if rf.file != "" {
		data, err := os.ReadFile(rf.file)
		if err != nil {
			return nil, cmdutil.UsageErrorf("--receiver-file: %v", err)
		}
		if r, err = parseReceiver(rf.file, data); err != nil {
			return nil, err
		}
	}
	over := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	f := rf.InvoiceReceiver
	over(&r.RFC, f.RFC)
	over(&r.Nombre, f.Nombre)
	over(&r.DomicilioCalle, f.DomicilioCalle)
	over(&r.DomicilioNoExt, f.DomicilioNoExt)
	over(&r.DomicilioNoInt, f.DomicilioNoInt)
	over(&r.DomicilioColonia, f.DomicilioColonia)
	over(&r.DomicilioLocalidad, f.DomicilioLocalidad)
	over(&r.DomicilioReferencia, f.DomicilioReferencia)
	over(&r.DomicilioMunicipio, f.DomicilioMunicipio)
	over(&r.DomicilioEstado, f.DomicilioEstado)
	over(&r.DomicilioPais, f.DomicilioPais)
	over(&r.DomicilioCP, f.DomicilioCP)
	if r == (facti.InvoiceReceiver{}) {
		return nil, nil
	}
	return &r, nil
}

// parseReceiver reads the contents of a --receiver-file named path: one
// JSON object with invoice_receiver's keys, nothing after it.
func parseReceiver(path string, data []byte) (facti.InvoiceReceiver, error) {
	var r facti.InvoiceReceiver
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(&r)
	if err == nil && dec.More() {
		err = i18n.Errorf("more than one JSON value")
	}
	if err != nil {
		return r, cmdutil.UsageErrorf("--receiver-file %s: want a JSON object with the keys of invoice_receiver (rfc, nombre, domicilio_calle, …): %v", path, err)
	}
	return r, nil
}
