package pagofacil

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// required are the fields the document marks obligatory for transaccion.
var required = []string{
	"nombre", "apellidos", "numeroTarjeta", "cvt", "cp", "mesExpiracion", "anyoExpiracion",
	"monto", "idSucursal", "idUsuario", "idServicio", "email", "telefono", "celular",
	"calleyNumero", "colonia", "municipio", "estado", "pais",
}

// maxLen are the document's lengths, in characters, of the fields whose
// length is checked: a longer value is refused.
var maxLen = map[string]int{
	"nombre": 50, "apellidos": 50, "cp": 9, "idSucursal": 60, "idUsuario": 60, "email": 200,
	"telefono": 10, "celular": 10, "colonia": 30, "municipio": 30, "estado": 30,
	"pais": 50, "idPedido": 60, "plan": 3, "mensualidades": 2, "ip": 16, "noMail": 1,
}

// clippedLen are the document's lengths of the free-text fields the
// service evidently stores cut rather than refuses: PagoFácil's own
// PrestaShop plugin always sends param2 as the base64 of the cart (far
// over 60), and browsers send user agents near 200 characters, and both
// charge. A longer value is accepted and kept truncated (clipFreeText).
// calleyNumero is still required; only its length is lenient.
var clippedLen = map[string]int{
	"param1": 60, "param2": 60, "param3": 60, "param4": 60, "param5": 60,
	"httpUserAgent": 150, "calleyNumero": 45,
}

// clipFreeText returns d with the over-long free-text fields cut to their
// documented length, in characters.
func clipFreeText(d map[string]string) map[string]string {
	out := make(map[string]string, len(d))
	for k, v := range d {
		if n, ok := clippedLen[k]; ok && utf8.RuneCountInString(v) > n {
			v = string([]rune(v)[:n])
		}
		out[k] = v
	}
	return out
}

var (
	amountPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\d{1,8}(\.\d{1,2})?$`) })
	digits        = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\d+$`) })
)

// validate returns field → message in PagoFácil's wording, empty when the
// charge may proceed.
func validate(d map[string]string, now time.Time) map[string]string {
	errs := map[string]string{}
	for _, f := range required {
		if strings.TrimSpace(d[f]) == "" {
			errs[f] = "Falta el campo: '" + f + "'"
		}
	}
	for f, n := range maxLen {
		if utf8.RuneCountInString(d[f]) > n {
			errs[f] = "El campo '" + f + "' excede la longitud máxima de " + strconv.Itoa(n)
		}
	}
	if _, missing := errs["numeroTarjeta"]; !missing {
		if n := strings.ReplaceAll(d["numeroTarjeta"], " ", ""); !digits().MatchString(n) || len(n) < 13 || len(n) > 16 || !luhn(n) || brand(n) == "" {
			errs["numeroTarjeta"] = "El número de tarjeta no es válido"
		}
	}
	if _, missing := errs["cvt"]; !missing {
		want := 3
		if brand(d["numeroTarjeta"]) == amex {
			want = 4
		}
		if !digits().MatchString(d["cvt"]) || len(d["cvt"]) != want {
			errs["cvt"] = "El código de seguridad no es válido"
		}
	}
	month, mErr := strconv.Atoi(d["mesExpiracion"])
	year, yErr := strconv.Atoi(d["anyoExpiracion"])
	if _, missing := errs["mesExpiracion"]; !missing && (mErr != nil || month < 1 || month > 12 || len(d["mesExpiracion"]) != 2) {
		errs["mesExpiracion"] = "El mes de expiración no es válido (MM)"
	}
	if _, missing := errs["anyoExpiracion"]; !missing && (yErr != nil || len(d["anyoExpiracion"]) != 2) {
		errs["anyoExpiracion"] = "El año de expiración no es válido (YY)"
	}
	if len(errs) == 0 && year*12+month < (now.Year()%100)*12+int(now.Month()) {
		errs["anyoExpiracion"] = "La tarjeta ha expirado"
	}
	if m := d["monto"]; m != "" && (!amountPattern().MatchString(m) || strings.Trim(m, "0.") == "") {
		errs["monto"] = "El monto no es válido"
	} else if m != "" && belowMinimum(m) {
		errs["monto"] = "El monto mínimo por transacción es de $" + minAmount + " MXN"
	}
	if s := d["idServicio"]; s != "" && s != "1" && s != "3" {
		errs["idServicio"] = "El servicio no es válido"
	}
	if e := d["email"]; e != "" && (!strings.Contains(e, "@") || strings.ContainsAny(e, " ,;")) {
		errs["email"] = "El correo electrónico no es válido"
	}
	switch d["plan"] {
	case "", "NOR":
	case "MSI":
		switch d["mensualidades"] {
		case "03", "06", "09", "12", "18":
		default:
			errs["mensualidades"] = "Mensualidades no válidas para el plan MSI"
		}
	default:
		errs["plan"] = "El plan no es válido"
	}
	return errs
}

const (
	visa       = "Visa"
	mastercard = "Master Card"
	amex       = "American Express"
)

func brand(n string) string {
	switch {
	case strings.HasPrefix(n, "4"):
		return visa
	case strings.HasPrefix(n, "34"), strings.HasPrefix(n, "37"):
		return amex
	case len(n) >= 2 && n[0] == '5' && n[1] >= '1' && n[1] <= '5':
		return mastercard
	case len(n) >= 4 && n[:4] >= "2221" && n[:4] <= "2720":
		return mastercard
	}
	return ""
}

func luhn(n string) bool {
	sum, double := 0, false
	for i := len(n) - 1; i >= 0; i-- {
		d := int(n[i] - '0')
		if double {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum, double = sum+d, !double
	}
	return sum%10 == 0
}

// minAmount is the account's minimum charge. mxpay cannot know an
// account's settings, so this is the provider-side validation error a
// locally valid charge can still meet. It is 1.00, the smallest charge the
// document shows processed: its "No Autorizado" example charges 1.00 and is
// declined by the bank, not refused by validation, so the account minimum
// is not settingsTransaction.minTransaccionTc ("5") as once assumed.
const minAmount = "1.00"

func belowMinimum(m string) bool {
	whole, _, _ := strings.Cut(m, ".")
	w, _ := strconv.Atoi(whole)
	return w < 1
}
