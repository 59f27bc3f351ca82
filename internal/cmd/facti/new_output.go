package facti

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/output"
)

func createdColumns() []output.Column[*facti.Created] {
	return []output.Column[*facti.Created]{
		{Name: "request_id", Header: "Request ID", Value: func(c *facti.Created) string { return string(c.RequestID) }},
		{Name: "total_amount", Header: "Total", Value: func(c *facti.Created) string { return c.TotalAmount.String() }},
		{Name: "limit_payment_date", Header: "Due", Value: (*facti.Created).DueDate},
		{Name: "send_to", Header: "Send invoice to", Value: func(c *facti.Created) string { return string(c.SendTo) }},
	}
}

// refRow is one payment reference with its request, for table and csv.
type refRow struct {
	c *facti.Created
	r facti.Reference
}

func referenceColumns(withRequest bool) []output.Column[refRow] {
	cols := []output.Column[refRow]{
		{Name: "payment_type", Header: "TYPE", Value: func(x refRow) string { return string(x.r.PaymentType) }},
		{Name: "payment_way_id", Header: "WAY", Value: func(x refRow) string { return string(x.r.PaymentWayID) }},
		{Name: "payment_way_alias", Header: "ALIAS", Value: func(x refRow) string { return string(x.r.PaymentWayAlias) }},
		{Name: "reference", Header: "REFERENCE", Value: func(x refRow) string { return string(x.r.Reference) }},
		{Name: "stp_cuenta_clabe", Header: "CLABE", Value: func(x refRow) string { return string(x.r.StpCuentaClabe) }},
		{Name: "bank_name", Header: "BANK", Value: func(x refRow) string { return string(x.r.BankName) }},
		{Name: "bank_agreement_number", Header: "AGREEMENT", Value: func(x refRow) string { return string(x.r.BankAgreementNumber) }},
	}
	if !withRequest {
		return cols
	}
	var head []output.Column[refRow]
	for _, c := range createdColumns() {
		head = append(head, output.Column[refRow]{Name: c.Name, Header: c.Header, Value: func(x refRow) string { return c.Value(x.c) }})
	}
	return append(head, cols...)
}

func printCreated(ios *output.IOStreams, s *cmdutil.Settings, c *facti.Created) error {
	for _, e := range c.ReferencesErrors {
		if e.Type != "" {
			fmt.Fprintln(ios.ErrOut, ios.T("Warning: no %s reference: %s", string(e.Type), string(e.Error)))
		} else {
			fmt.Fprintln(ios.ErrOut, ios.T("Warning: a reference was not generated: %s", string(e.Error)))
		}
	}
	format := strings.ToLower(s.Output.Format)
	raw := func(c *facti.Created) json.RawMessage { return c.Raw }
	switch {
	case s.Output.JSONForm():
		return output.PrintObject(ios, s.Output, createdColumns(), raw, c)
	case format == output.FormatCSV:
		// One row per reference, each carrying the request's fields.
		l, err := output.NewList(ios, s.Output, referenceColumns(true), nil)
		if err != nil {
			return err
		}
		for _, r := range c.References {
			if err := l.Add(refRow{c, r}); err != nil {
				return err
			}
		}
		return l.Close()
	}
	summary := s.Output
	summary.Fields = nil
	if err := output.PrintObject(ios, summary, createdColumns(), raw, c); err != nil {
		return err
	}
	if len(c.References) == 0 {
		return nil
	}
	fmt.Fprintln(ios.Out)
	l, err := output.NewList(ios, s.Output, referenceColumns(false), nil)
	if err != nil {
		return err
	}
	for _, r := range c.References {
		if err := l.Add(refRow{c, r}); err != nil {
			return err
		}
	}
	return l.Close()
}

// printDryRun shows the request that would be sent, credentials masked.
func printDryRun(ios *output.IOStreams, s *cmdutil.Settings, c *facti.Client, r *facti.NewRequest) error {
	form := c.RequestForm(r).Masked()
	url := c.URL("/v1/payments/new_request")
	out := ios.Out
	format := strings.ToLower(s.Output.Format)
	if format == output.FormatJSON || format == output.FormatJSONL {
		var b bytes.Buffer
		b.WriteString(`{"method":"POST","url":`)
		enc, _ := json.Marshal(url)
		b.Write(enc)
		b.WriteString(`,"content_type":"application/x-www-form-urlencoded","form":{`)
		for i := range form.Len() {
			k, v := form.Field(i)
			if i > 0 {
				b.WriteByte(',')
			}
			kb, _ := json.Marshal(k)
			vb, _ := json.Marshal(v)
			b.Write(kb)
			b.WriteByte(':')
			b.Write(vb)
		}
		b.WriteString("}}\n")
		_, err := out.Write(b.Bytes())
		return err
	}
	fmt.Fprintf(out, "POST %s\nContent-Type: application/x-www-form-urlencoded\n\n", url)
	for i := range form.Len() {
		k, v := form.Field(i)
		fmt.Fprintf(out, "%s=%s\n", k, v)
	}
	fmt.Fprintln(ios.ErrOut, ios.T("Dry run: nothing was sent."))
	return nil
}
