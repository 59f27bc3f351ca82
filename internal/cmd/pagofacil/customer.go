package pagofacil

import (
	"bytes"
	"encoding/json"
	"os"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/pagofacil"
	"go.yaml.in/yaml/v3"
)

// loadCustomer reads --customer-file: a JSON or YAML object with the keys
// name, last_name, email, phone, mobile, street, colonia, municipio, state,
// country and zip. Unknown keys are refused so a typo is not silently
// ignored.
func loadCustomer(path string) (pagofacil.Customer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return pagofacil.Customer{}, cmdutil.UsageErrorf("reading --customer-file: %v", err)
	}
	return parseCustomer(path, data)
}

// parseCustomer reads a customer file's JSON or YAML form.
func parseCustomer(path string, data []byte) (pagofacil.Customer, error) {
	var c pagofacil.Customer
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '{' {
		dec := json.NewDecoder(bytes.NewReader(t))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			return c, cmdutil.UsageErrorf("--customer-file %s: %v (values must be quoted strings)", path, err)
		}
		return c, nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return c, cmdutil.UsageErrorf("--customer-file %s is neither a JSON object nor YAML with the customer keys: %v", path, err)
	}
	return c, nil
}

// mergeCustomer lets flags override the file, field by field.
func mergeCustomer(file, flags pagofacil.Customer) pagofacil.Customer {
	pick := func(flag, fromFile string) string {
		if flag != "" {
			return flag
		}
		return fromFile
	}
	return pagofacil.Customer{
		Name: pick(flags.Name, file.Name), LastName: pick(flags.LastName, file.LastName),
		Email: pick(flags.Email, file.Email), Phone: pick(flags.Phone, file.Phone),
		Mobile: pick(flags.Mobile, file.Mobile), Street: pick(flags.Street, file.Street),
		Colonia: pick(flags.Colonia, file.Colonia), Municipio: pick(flags.Municipio, file.Municipio),
		State: pick(flags.State, file.State), Country: pick(flags.Country, file.Country),
		Zip: pick(flags.Zip, file.Zip),
	}
}
