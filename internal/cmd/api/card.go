package api

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
)

// cardFields are PagoFácil's card data: never accepted on the command line
// (shell history, ps), read from --input or typed at a no-echo prompt.
var cardFields = []struct{ name, label string }{
	{"numeroTarjeta", "Card number"},
	{"cvt", "CVV"},
	{"mesExpiracion", "Expiry month (MM)"},
	{"anyoExpiracion", "Expiry year (YY)"},
}

// cardFieldName returns the card field a key names (data[cvt] or cvt), or "".
func cardFieldName(key string) string {
	inner := key
	if k, ok := strings.CutPrefix(key, "data["); ok {
		inner = strings.TrimSuffix(k, "]")
	}
	for _, f := range cardFields {
		if strings.EqualFold(inner, f.name) {
			return f.name
		}
	}
	return ""
}

// refuseCardArgs fails when card data is given as -f/-F or in the path's
// query string: all of them are argv.
func refuseCardArgs(opts *APIOptions) error {
	var keys []string
	for _, kv := range append(append([]string{}, opts.StringFields...), opts.TypedFields...) {
		k, _, _ := strings.Cut(kv, "=")
		keys = append(keys, k)
	}
	if u, err := url.Parse(opts.Path); err == nil {
		for k := range u.Query() {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		if name := cardFieldName(k); name != "" {
			return cmdutil.WithHintf(
				cmdutil.UsageErrorf("card data (%s) is never taken from the command line, where shell history and ps keep it", name),
				"put the card fields in a form given with --input FILE or --input -, or leave them out to be prompted for them")
		}
	}
	return nil
}

// noteCardValues adds the card data a request carries to the run's
// redactor, so it is masked in anything mxpay writes from now on.
func noteCardValues(r *cmdutil.Redactor, params url.Values) {
	for k, vs := range params {
		if cardFieldName(k) != "" {
			r.Add(vs...)
		}
	}
}

// askMissingCard asks, without echo, for the card fields a charge lacks and
// returns them as fields to add. Without a terminal a charge missing them
// is a usage error naming --input.
func askMissingCard(opts *APIOptions, params url.Values) ([]field, error) {
	var missing []int
	for i, f := range cardFields {
		if param(params, f.name) == "" {
			missing = append(missing, i)
		}
	}
	if len(missing) == 0 {
		return nil, nil
	}
	if !opts.IO.CanPrompt() {
		return nil, cmdutil.WithHintf(
			cmdutil.UsageErrorf("a transaccion needs the card number, CVV and expiry, and there is no terminal to ask for them"),
			"put them in the form given with --input FILE or --input -")
	}
	var out []field
	for _, i := range missing {
		v, err := opts.Ask().Password(opts.IO.T("%s:", opts.IO.Text(cardFields[i].label)))
		if err != nil {
			return nil, err
		}
		out = append(out, field{key: fmt.Sprintf("data[%s]", cardFields[i].name), value: strings.TrimSpace(v)})
	}
	return out, nil
}
