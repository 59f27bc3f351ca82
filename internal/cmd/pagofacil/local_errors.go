package pagofacil

import (
	"errors"
	"fmt"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
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

// localFailure rewords input refused before sending (exit 2) with the flag
// behind each field; other errors pass through.
func localFailure(err error) error {
	var local *pagofacil.LocalValidationError
	if !errors.As(err, &local) {
		return err
	}
	var b strings.Builder
	b.WriteString("invalid charge, nothing was sent:")
	for _, fe := range local.Fields {
		where := fe.Field
		if flag, ok := flagOf[fe.Field]; ok {
			where = fmt.Sprintf("%s (%s)", fe.Field, flag)
		}
		fmt.Fprintf(&b, "\n  %s: %s", where, fe.Message)
	}
	return cmdutil.WithHint(cmdutil.UsageErrorf("%s", b.String()), "fix the values above and run the command again")
}
