package cmdutil_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
)

// Under MXPAY_LANG=es the PRODUCTION notice, its default note, and the
// confirmation-needed error with its hint read Spanish.
func TestConfirmActionInSpanish(t *testing.T) {
	ios, _, _, errOut := output.Test()
	vars := map[string]string{"MXPAY_ENV": "production", "MXPAY_LANG": "es", "MXPAY_CONFIG": filepath.Join(t.TempDir(), "config.yaml")}
	f := cmdutil.NewFactory("test", ios, func(k string) (string, bool) { v, ok := vars[k]; return v, ok })
	defer f.Close()
	err := f.ConfirmAction(cmdutil.Action{Question: "Charge MXN 150.00 to Visa ****1111?", Summary: []string{"order ORD-1"}})
	if !strings.Contains(errOut.String(), "PRODUCCIÓN: esto opera con dinero real y clientes reales.\n  order ORD-1\n") {
		t.Errorf("notice:\n%s", errOut)
	}
	p := f.Printer()
	if got := i18n.Localize(err, p); got != "se necesita confirmación en producción: Charge MXN 150.00 to Visa ****1111?" {
		t.Errorf("error: %q", got)
	}
	if got := cmdutil.HintIn(err, p); got != "usa --yes para confirmar sin que se te pregunte" {
		t.Errorf("hint: %q", got)
	}
}
