package pagofacil

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/pagofacil"
	"github.com/mxpay/mxpay/internal/prompt"
)

// cardFields are the keys of a --card-file.
var cardFields = []string{"number", "cvv", "exp_month", "exp_year"}

// readCard gets the card from --card-file (a path, or - for stdin) or, on a
// terminal, from masked prompts. Card data never comes from flags; every
// value goes to the run's redactor the moment it is read, so no trace,
// error page or message of this run can show it; and no message here
// repeats what was read.
func readCard(opts *ChargeOptions) (pagofacil.Card, error) {
	var values map[string]string
	var err error
	switch {
	case opts.CardFile != "":
		values, err = readCardFile(opts.IO.In, opts.CardFile)
	case opts.IO.CanPrompt():
		values, err = promptCard(opts.IO, opts.Prompter())
	default:
		return pagofacil.Card{}, cmdutil.WithHintf(
			cmdutil.UsageErrorf("card data is needed and cannot be prompted for (no terminal or input disabled)"),
			"pass --card-file FILE, or --card-file - and write number, cvv, exp_month and exp_year on standard input")
	}
	opts.Redactor.Add(pagofacil.CardSecrets(values["number"], values["cvv"], values["exp_month"], values["exp_year"])...)
	if err != nil {
		return pagofacil.Card{}, err
	}
	return pagofacil.NewCard(values["number"], values["cvv"], values["exp_month"], values["exp_year"], opts.Now())
}

// promptCard asks for the card; p's password answers are masked by value
// as they are typed (Factory.Ask), the rest by readCard.
func promptCard(ios *output.IOStreams, p prompt.Prompter) (map[string]string, error) {
	values := map[string]string{}
	var err error
	if values["number"], err = p.Password(ios.T("Card number")); err != nil {
		return values, err
	}
	if values["cvv"], err = p.Password(ios.T("CVV (security code)")); err != nil {
		return values, err
	}
	expiry, err := p.Input(ios.T("Expiry (MM/YY)"), "", func(s string) error {
		if err := expiryAnswer(s); err != nil {
			return errors.New(ios.T("write the expiry as MM/YY, e.g. 08/29"))
		}
		return nil
	})
	if err != nil {
		return values, err
	}
	month, year, ok := strings.Cut(strings.TrimSpace(expiry), "/")
	values["exp_month"], values["exp_year"] = month, year
	if !ok {
		return values, cmdutil.UsageErrorf("write the expiry as MM/YY, e.g. 08/29")
	}
	return values, nil
}

// expiryAnswer is what the expiry prompt accepts: MM/YY or MM/YYYY. A
// refused answer is explained and asked again (whether the card has
// expired is the card's own check, after).
func expiryAnswer(s string) error {
	month, year, ok := strings.Cut(strings.TrimSpace(s), "/")
	m, err := strconv.Atoi(strings.TrimSpace(month))
	year = strings.TrimSpace(year)
	if !ok || err != nil || m < 1 || m > 12 || len(strings.TrimSpace(month)) > 2 || (len(year) != 2 && len(year) != 4) || strings.Trim(year, "0123456789") != "" {
		return errors.New("write the expiry as MM/YY, e.g. 08/29")
	}
	return nil
}

// readCardFile reads JSON ({"number": "...", "cvv": "...", "exp_month":
// "08", "exp_year": "29"}) or key=value lines with the same keys.
func readCardFile(stdin io.Reader, path string) (map[string]string, error) {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, 64<<10))
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, cmdutil.UsageErrorf("reading --card-file: %v", err)
	}
	defer clear(data)
	return parseCardFile(data)
}

// parseCardFile reads the card file's two forms. Its errors never quote a
// value (the file holds the card), and what was read before an error is
// returned with it, so the caller can still mask it.
func parseCardFile(data []byte) (map[string]string, error) {
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '{' {
		return parseCardJSON(t)
	}
	return parseCardLines(data)
}

func parseCardJSON(data []byte) (map[string]string, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var raw map[string]any
	if err := dec.Decode(&raw); err != nil {
		// The decoder's message could quote the input; say only where to look.
		return nil, cmdutil.UsageErrorf("--card-file is not a valid JSON object with keys %s", strings.Join(cardFields, ", "))
	}
	out := map[string]string{}
	for k, v := range raw {
		if !isCardField(k) {
			return out, cmdutil.UsageErrorf("--card-file: unknown key%s (keys: %s)", quotedKey(k), strings.Join(cardFields, ", "))
		}
		switch v := v.(type) {
		case string:
			out[k] = v
		case json.Number:
			out[k] = v.String()
		default:
			return out, cmdutil.UsageErrorf("--card-file: %s must be a string", k)
		}
	}
	return out, nil
}

func parseCardLines(data []byte) (map[string]string, error) {
	out := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		k, v, ok := strings.Cut(text, "=")
		k = strings.TrimSpace(k)
		if !ok || !isCardField(k) {
			return out, cmdutil.UsageErrorf("--card-file line %d: want key=value with keys %s", line, strings.Join(cardFields, ", "))
		}
		out[k] = strings.TrimSpace(v)
	}
	if sc.Err() != nil {
		return out, cmdutil.UsageErrorf("--card-file has a line too long to be card data")
	}
	if len(out) == 0 {
		return nil, cmdutil.UsageErrorf("--card-file is empty: write %s as JSON or key=value lines", strings.Join(cardFields, ", "))
	}
	return out, nil
}

// quotedKey quotes a mistyped key, unless it could be card data pasted in
// the wrong place (it has digits, or is long).
func quotedKey(k string) string {
	if len(k) > 20 || strings.ContainsAny(k, "0123456789") {
		return ""
	}
	return fmt.Sprintf(" %q", k)
}

func isCardField(k string) bool { return slices.Contains(cardFields, k) }
