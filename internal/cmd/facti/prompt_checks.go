package facti

import (
	"strings"

	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/money"
)

// What a prompted answer must be, by the same rules the request is checked
// with before sending; a refused answer is explained and asked again.

func rfcAnswer(s string) error {
	return facti.CheckRFC("the RFC", strings.ToUpper(strings.TrimSpace(s)))
}

func emailAnswer(s string) error {
	for part := range strings.SplitSeq(s, ";") {
		if err := facti.CheckEmail(strings.TrimSpace(part)); err != nil {
			return err
		}
	}
	return nil
}

func amountAnswer(s string) error {
	a, err := money.Parse(strings.TrimSpace(s))
	if err != nil {
		return err
	}
	if !a.IsPositive() {
		return i18n.Errorf("the amount must be greater than 0")
	}
	return nil
}
