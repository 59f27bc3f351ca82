package pagofacil

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/pagofacil"
)

// cardFields are the keys of a --card-file.
var cardFields = []string{"number", "cvv", "exp_month", "exp_year"}

// readCard gets the card from --card-file (a path, or - for stdin) or, on a
// terminal, from masked prompts. Card data never comes from flags, and no
// message here repeats what was read.
func readCard(f *cmdutil.Factory, cardFile string, now time.Time) (pagofacil.Card, error) {
	var values map[string]string
	var err error
	switch {
	case cardFile != "":
		values, err = readCardFile(f.IOStreams.In, cardFile)
	case f.IOStreams.CanPrompt():
		values, err = promptCard(f)
	default:
		return pagofacil.Card{}, cmdutil.WithHint(
			cmdutil.UsageErrorf("card data is needed and cannot be prompted for (no terminal or input disabled)"),
			"pass --card-file FILE, or --card-file - and write number, cvv, exp_month and exp_year on standard input")
	}
	if err != nil {
		return pagofacil.Card{}, err
	}
	return pagofacil.NewCard(values["number"], values["cvv"], values["exp_month"], values["exp_year"], now)
}

func promptCard(f *cmdutil.Factory) (map[string]string, error) {
	p := f.Prompter()
	number, err := p.Password("Card number")
	if err != nil {
		return nil, err
	}
	cvv, err := p.Password("CVV (security code)")
	if err != nil {
		return nil, err
	}
	expiry, err := p.Input("Expiry (MM/YY)", "")
	if err != nil {
		return nil, err
	}
	month, year, ok := strings.Cut(strings.TrimSpace(expiry), "/")
	if !ok {
		return nil, cmdutil.UsageErrorf("write the expiry as MM/YY, e.g. 08/29")
	}
	return map[string]string{"number": number, "cvv": cvv, "exp_month": month, "exp_year": year}, nil
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
			return nil, cmdutil.UsageErrorf("--card-file: unknown key %q (keys: %s)", k, strings.Join(cardFields, ", "))
		}
		switch v := v.(type) {
		case string:
			out[k] = v
		case json.Number:
			out[k] = v.String()
		default:
			return nil, cmdutil.UsageErrorf("--card-file: %s must be a string", k)
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
			return nil, cmdutil.UsageErrorf("--card-file line %d: want key=value with keys %s", line, strings.Join(cardFields, ", "))
		}
		out[k] = strings.TrimSpace(v)
	}
	if len(out) == 0 {
		return nil, cmdutil.UsageErrorf("--card-file is empty: write %s as JSON or key=value lines", strings.Join(cardFields, ", "))
	}
	return out, nil
}

func isCardField(k string) bool {
	for _, f := range cardFields {
		if k == f {
			return true
		}
	}
	return false
}
