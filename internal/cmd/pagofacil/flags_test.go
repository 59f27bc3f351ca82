package pagofacil_test

import (
	"io"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/pagofacil"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// silenced keeps cobra's usage text out of the test log.
func silenced(cmd *cobra.Command) *cobra.Command {
	cmd.SetOut(io.Discard)
	return cmd
}

func testFactory() *cmdutil.Factory {
	ios, _, _, _ := output.Test()
	return cmdutil.NewFactory("test", ios, func(string) (string, bool) { return "", false })
}

func TestChargeFlags(t *testing.T) {
	var got *pagofacil.ChargeOptions
	cmd := silenced(pagofacil.NewCmdCharge(testFactory(), func(o *pagofacil.ChargeOptions) error { got = o; return nil }))
	cmd.SetArgs([]string{"--amount", "1599.00", "--order-id", "ORD-1", "--plan", "MSI", "--months", "6", "--param3", "p3",
		"--no-mail", "--ip", "10.0.0.1", "--user-agent", "UA", "--service", "1", "--card-file", "-", "--allow-duplicate-order",
		"--customer-file", "jon.yaml", "--name", "Jon", "--last-name", "Snow", "--email", "jon@example.com", "--phone", "55",
		"--mobile", "56", "--street", "S 1", "--colonia", "C", "--municipio", "M", "--state", "St", "--country", "MX", "--zip", "01234"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	c := got.Customer
	if got.Amount != "1599.00" || got.OrderID != "ORD-1" || got.Plan != "MSI" || got.Months != "6" || got.Params[2] != "p3" ||
		!got.NoMail || got.IP != "10.0.0.1" || got.UserAgent != "UA" || got.Service != "1" || got.CardFile != "-" ||
		!got.AllowDuplicate || got.CustomerFile != "jon.yaml" {
		t.Errorf("options %+v", got)
	}
	if c.Name != "Jon" || c.LastName != "Snow" || c.Email != "jon@example.com" || c.Phone != "55" || c.Mobile != "56" ||
		c.Street != "S 1" || c.Colonia != "C" || c.Municipio != "M" || c.State != "St" || c.Country != "MX" || c.Zip != "01234" {
		t.Errorf("customer %+v", c)
	}
	if got.PagoFacil == nil || got.Settings == nil || got.Confirm == nil || got.Prompter == nil || got.Redactor == nil || got.NewOrderID == nil {
		t.Error("dependencies not wired")
	}
	if got.VerifyCommand("X") != "mxpay pagofacil verify X" {
		t.Errorf("verify command %q", got.VerifyCommand("X"))
	}
}

func TestChargeFlagDefaults(t *testing.T) {
	var got *pagofacil.ChargeOptions
	cmd := silenced(pagofacil.NewCmdCharge(testFactory(), func(o *pagofacil.ChargeOptions) error { got = o; return nil }))
	cmd.SetArgs([]string{})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.Plan != "NOR" || got.Service != "3" || got.AllowDuplicate || got.OrderID != "" {
		t.Errorf("defaults %+v", got)
	}
	// Card data has no flag at all.
	for _, name := range []string{"number", "card", "cvv", "cvt", "card-number"} {
		if cmd.Flags().Lookup(name) != nil {
			t.Errorf("flag --%s exists", name)
		}
	}
	cmd.SetArgs([]string{"extra"})
	if cmd.Execute() == nil {
		t.Error("positional argument accepted")
	}
}

func TestVerifyArgs(t *testing.T) {
	var got *pagofacil.VerifyOptions
	cmd := silenced(pagofacil.NewCmdVerify(testFactory(), func(o *pagofacil.VerifyOptions) error { got = o; return nil }))
	cmd.SetArgs([]string{"ORD-7"})
	if err := cmd.Execute(); err != nil || got.OrderID != "ORD-7" || got.PagoFacil == nil || got.Settings == nil {
		t.Fatalf("err %v options %+v", err, got)
	}
	got = nil
	cmd.SetArgs([]string{})
	if cmd.Execute() == nil || got != nil {
		t.Error("verify without ORDER_ID ran")
	}
}
