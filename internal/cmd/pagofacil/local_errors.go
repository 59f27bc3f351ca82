package pagofacil

import (
	"errors"
	"fmt"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/pagofacil"
)

// flagOf names where each wire field comes from, so a local validation
// error says which flag (or file key) to fix.
var flagOf = map[string]string{
	"monto": "--amount", "idPedido": "--order-id", "nombre": "--name / name", "apellidos": "--last-name / last_name",
	"email": "--email / email", "telefono": "--phone / phone", "celular": "--mobile / mobile",
	"calleyNumero": "--street / street", "colonia": "--colonia / colonia", "municipio": "--municipio / municipio",
	"estado": "--state / state", "pais": "--country / country", "cp": "--zip / zip", "plan": "--plan",
	"mensualidades": "--months", "idServicio": "--service", "ip": "--ip", "httpUserAgent": "--user-agent",
	"param1": "--param1", "param2": "--param2", "param3": "--param3", "param4": "--param4", "param5": "--param5",
	"numeroTarjeta": "card number", "cvt": "CVV", "mesExpiracion": "expiry month", "anyoExpiracion": "expiry year",
}

// cardWords are the flagOf names that are words, not flags: translated
// when shown.
var cardWords = map[string]bool{"card number": true, "expiry month": true, "expiry year": true}

// localFailure rewords input refused before sending (exit 2) with the flag
// behind each field; other errors pass through.
func localFailure(err error) error {
	var local *pagofacil.LocalValidationError
	if !errors.As(err, &local) {
		return err
	}
	where := func(field string) any {
		flag, ok := flagOf[field]
		if !ok {
			return field
		}
		if cardWords[flag] {
			return i18n.Errorf("%s (%v)", field, i18n.Errorf(flag))
		}
		return fmt.Sprintf("%s (%s)", field, flag)
	}
	return cmdutil.WithHintf(cmdutil.UsageErrorf("invalid charge, nothing was sent:%v", local.Fields.Lines(where)), "fix the values above and run the command again")
}
