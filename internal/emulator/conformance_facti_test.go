package emulator

import (
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	emufacti "github.com/mxpay/mxpay/internal/emulator/facti"
)

type factiCase struct {
	Name       string            `yaml:"name"`
	Method     string            `yaml:"method"`
	Path       string            `yaml:"path"`
	Form       map[string]string `yaml:"form"`
	Save       map[string]string `yaml:"save"`
	Expect     map[string]string `yaml:"expect"`
	Documented string            `yaml:"documented"`
	IPNMembers []string          `yaml:"ipn_members"`
}

// factiCall sends a case as Facti's PHP SDK does: client_id and api_key
// with the parameters, a form body for POST, the query for GET.
func factiCall(t *testing.T, root string, c factiCase, vars map[string]string) any {
	t.Helper()
	form := url.Values{"client_id": {emufacti.DemoClientID}, "api_key": {emufacti.DemoAPIKey}}
	for k, v := range c.Form {
		form.Set(k, expand(v, vars))
	}
	u := root + "/facti" + expand(c.Path, vars)
	var resp *http.Response
	var err error
	if c.Method == http.MethodGet {
		resp, err = http.Get(u + "?" + form.Encode())
	} else {
		resp, err = http.PostForm(u, form)
	}
	if err != nil {
		t.Fatalf("%s: %v", c.Name, err)
	}
	body := readAll(t, resp)
	got := decodeJSON(t, c.Name, body)
	if resp.StatusCode != http.StatusOK || scalarText(mustAt(t, got, "result")) != "1" {
		t.Fatalf("%s: HTTP %d: %s", c.Name, resp.StatusCode, body)
	}
	return got
}

func mustAt(t *testing.T, v any, path string) any {
	t.Helper()
	got, ok := at(v, path)
	if !ok {
		t.Fatalf("no %s in %s", path, excerpt(v))
	}
	return got
}

func TestFactiDocumentExamplesAgainstEmulatorServe(t *testing.T) {
	var cases []factiCase
	loadCases(t, "facti.yaml", &cases)
	if len(cases) != 8 {
		t.Fatalf("%d cases read", len(cases))
	}
	root, _ := serveForConformance(t)
	ipns := make(chan url.Values, 4)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		ipns <- r.PostForm
	}))
	defer hook.Close()
	resp, err := http.PostForm(root+"/facti/emulator/companies/"+emufacti.DemoCompanyID+"/ipn",
		url.Values{"client_id": {emufacti.DemoClientID}, "api_key": {emufacti.DemoAPIKey}, "url": {hook.URL}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()

	vars := map[string]string{}
	for _, c := range cases {
		got := factiCall(t, root, c, vars)
		conforms(t, c.Name, decodeJSON(t, c.Name+" (documented)", []byte(c.Documented)), got, true)
		for k, want := range c.Expect {
			if v := scalarText(mustAt(t, got, k)); v != want {
				t.Errorf("%s: %s = %s, want %s", c.Name, k, v, want)
			}
		}
		for _, name := range sortedKeys(c.Save) {
			vars[name] = scalarText(mustAt(t, got, c.Save[name]))
		}
		if c.IPNMembers != nil {
			checkIPN(t, c, ipns)
		}
	}
}

// checkIPN checks the IPN the case caused: the md5 of the company's
// password, ipn_type 1 and data with the documented members, in order.
func checkIPN(t *testing.T, c factiCase, ipns chan url.Values) {
	t.Helper()
	var form url.Values
	select {
	case form = <-ipns:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s: no IPN", c.Name)
	}
	sum := md5.Sum([]byte(emufacti.DemoIPNPassword))
	if form.Get("ipn_password") != hex.EncodeToString(sum[:]) || form.Get("ipn_type") != "1" {
		t.Errorf("IPN: ipn_password %q, ipn_type %q", form.Get("ipn_password"), form.Get("ipn_type"))
	}
	dec := json.NewDecoder(strings.NewReader(form.Get("data")))
	var keys []string
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("IPN data %q", form.Get("data"))
	}
	for dec.More() {
		k, _ := dec.Token()
		var v json.RawMessage
		dec.Decode(&v)
		keys = append(keys, k.(string))
		if k == "confirmed_from" && !slices.Contains([]string{`"bank"`, `"stp"`, `"paypal"`}, string(v)) {
			t.Errorf("IPN confirmed_from %s: the document allows bank, stp and paypal", v)
		}
	}
	if !slices.Equal(keys, c.IPNMembers) {
		t.Errorf("IPN data members %v\nthe document's      %v", keys, c.IPNMembers)
	}
}
