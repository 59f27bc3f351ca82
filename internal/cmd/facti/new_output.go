package facti

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/httpx"
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

func printCreated(f *cmdutil.Factory, c *facti.Created) error {
	for _, e := range c.ReferencesErrors {
		if e.Type != "" {
			fmt.Fprintf(f.IOStreams.ErrOut, "Warning: no %s reference: %s\n", e.Type, e.Error)
		} else {
			fmt.Fprintf(f.IOStreams.ErrOut, "Warning: a reference was not generated: %s\n", e.Error)
		}
	}
	if c.Recovered != nil {
		return printPayment(f, c.Recovered)
	}
	s, err := f.Settings()
	if err != nil {
		return err
	}
	format := strings.ToLower(s.Output.Format)
	raw := func(c *facti.Created) json.RawMessage { return c.Raw }
	switch {
	case s.Output.JQ != "" || format == output.FormatJSON || format == output.FormatJSONL:
		return output.PrintObject(f.IOStreams, s.Output, createdColumns(), raw, c)
	case format == output.FormatCSV:
		// One row per reference, each carrying the request's fields.
		l, err := output.NewList(f.IOStreams, s.Output, referenceColumns(true), nil)
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
	if err := output.PrintObject(f.IOStreams, summary, createdColumns(), raw, c); err != nil {
		return err
	}
	if len(c.References) == 0 {
		return nil
	}
	fmt.Fprintln(f.IOStreams.Out)
	l, err := output.NewList(f.IOStreams, s.Output, referenceColumns(false), nil)
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
func printDryRun(f *cmdutil.Factory, c *facti.Client, r *facti.NewRequest) error {
	s, err := f.Settings()
	if err != nil {
		return err
	}
	form := c.RequestForm(r).Masked()
	url := c.URL("/v1/payments/new_request")
	out := f.IOStreams.Out
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
	fmt.Fprintln(f.IOStreams.ErrOut, "Dry run: nothing was sent.")
	return nil
}

// recoverCreate handles a failed new_request. Only an ambiguous failure
// (sent, no answer) needs work: search company_payments for the folio,
// never send again. Exit 6 only when the search itself fails.
func recoverCreate(ctx context.Context, f *cmdutil.Factory, c *facti.Client, r *facti.NewRequest, companyFlag string, sendErr error) (*facti.Created, error) {
	if !httpx.IsAmbiguous(sendErr) {
		return nil, sendErr
	}
	folio, serie := r.Folio, r.Serie
	if len(r.Group) > 0 {
		folio, serie = "1", ""
	}
	check := fmt.Sprintf("check with `mxpay facti payments list` whether a request with folio %s for %s exists before sending it again", folio, r.TotalAmount)
	company, err := setting(f, companyFlag, "facti.company_id", emulatorCompany)
	if err != nil || company == "" {
		return nil, cmdutil.UnknownOutcomeError(fmt.Errorf("%v; the request may have been created, and without --company (or facti.company_id) mxpay cannot look it up", sendErr), check)
	}
	fmt.Fprintf(f.IOStreams.ErrOut, "The reply was lost after the request was sent (%v); searching company %s for folio %s…\n", sendErr, company, folio)
	vctx, cancel := verifyContext(ctx)
	defer cancel()
	found, err := c.FindPayments(vctx, facti.Match{CompanyID: company, Serie: serie, Folio: folio, ToEmail: strings.Join(r.ToEmails, ";"), TotalAmount: r.TotalAmount})
	switch {
	case err != nil:
		return nil, cmdutil.UnknownOutcomeError(fmt.Errorf("%v; searching for it failed too: %v", sendErr, err), check)
	case len(found) == 0:
		return nil, cmdutil.WithHint(fmt.Errorf("%v; no payment request with folio %s exists, so nothing was created", sendErr, folio), "it is safe to run the command again")
	case len(found) > 1:
		var ids []string
		for _, p := range found {
			ids = append(ids, string(p.ID))
		}
		return nil, cmdutil.UnknownOutcomeError(fmt.Errorf("%v; several payment requests match folio %s (ids %s) and mxpay cannot tell which one this was", sendErr, folio, strings.Join(ids, ", ")), "check those ids with `mxpay facti payments get ID`; do not send the request again")
	}
	fmt.Fprintf(f.IOStreams.ErrOut, "Found it: the request was created as payment %s.\n", found[0].ID)
	return &facti.Created{RequestID: found[0].ID, TotalAmount: found[0].TotalAmount, Recovered: &found[0]}, nil
}
