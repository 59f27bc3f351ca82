package emulator

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
)

type syncCase struct {
	Name       string            `yaml:"name"`
	Auth       string            `yaml:"auth"` // api_key or token
	Method     string            `yaml:"method"`
	Route      string            `yaml:"route"`
	Payload    any               `yaml:"payload"`
	Save       map[string]string `yaml:"save"`
	Documented string            `yaml:"documented"`
	Envelope   bool              `yaml:"envelope"`
	RawPrefix  string            `yaml:"raw_prefix"`
	// UntilLastCode polls a job's status until its newest code is this.
	UntilLastCode int `yaml:"until_last_code"`
	// Nullable members are set in the example for a reason the replayed
	// request does not share (the file says which).
	Nullable []string `yaml:"nullable"`
}

// sdkCall sends one request the way sync-php's Sync::run does.
func sdkCall(t *testing.T, root string, c syncCase, vars map[string]string) (*http.Response, []byte) {
	t.Helper()
	body, _ := json.Marshal(c.Payload) // json_encode: array() is [], null is null
	req, err := http.NewRequest(http.MethodPost, root+"/sync/v1"+expand(c.Route, vars), strings.NewReader(expand(string(body), vars)))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-type", "application/json")
	switch c.Auth {
	case "api_key":
		req.Header.Set("Authorization", "API_KEY api_key="+syncemu.DemoAPIKey)
	case "token":
		req.Header.Set("Authorization", "TOKEN token="+vars["token"])
	}
	if c.Method != http.MethodPost {
		req.Header.Set("X-Http-Method-Override", c.Method)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s: %v", c.Name, err)
	}
	return resp, readAll(t, resp)
}

// sdkValue is what Sync::run returns: the envelope's response, or the
// whole envelope when response is a boolean.
func sdkValue(t *testing.T, c syncCase, status int, body []byte) any {
	t.Helper()
	env, ok := decodeJSON(t, c.Name, body).(map[string]any)
	if !ok {
		t.Fatalf("%s: not an envelope: %s", c.Name, body)
	}
	if status != http.StatusOK || env["status"] != true || scalarText(env["code"]) != "200" {
		t.Fatalf("%s: HTTP %d, envelope %s", c.Name, status, body)
	}
	if _, isBool := env["response"].(bool); isBool || c.Envelope {
		if !c.Envelope {
			t.Errorf("%s: response is a boolean, the README shows an object", c.Name)
		}
		return env
	}
	return env["response"]
}

func TestSyncPHPReadmeExamplesAgainstEmulatorServe(t *testing.T) {
	var cases []syncCase
	loadCases(t, "sync-php-readme.yaml", &cases)
	if len(cases) < 25 {
		t.Fatalf("only %d cases read", len(cases))
	}
	root, e := serveForConformance(t)
	if err := syncemu.Configure(e.store, syncemu.Timing{Step: 30 * time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{}
	for _, c := range cases {
		resp, body := sdkCall(t, root, c, vars)
		if c.RawPrefix != "" {
			if resp.StatusCode != http.StatusOK || !strings.HasPrefix(string(body), c.RawPrefix) {
				t.Errorf("%s: HTTP %d, body %.60q: the SDK takes a body as a file only when it starts with %q", c.Name, resp.StatusCode, body, c.RawPrefix)
			}
			continue
		}
		got := sdkValue(t, c, resp.StatusCode, body)
		for deadline := time.Now().Add(10 * time.Second); c.UntilLastCode != 0; {
			list, _ := got.([]any)
			if last, ok := at(list, itoa(len(list)-1)+".code"); ok && scalarText(last) == itoa(c.UntilLastCode) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: the job never reached %d: %s", c.Name, c.UntilLastCode, body)
			}
			time.Sleep(20 * time.Millisecond)
			resp, body = sdkCall(t, root, c, vars)
			got = sdkValue(t, c, resp.StatusCode, body)
		}
		conforms(t, c.Name, decodeJSON(t, c.Name+" (documented)", []byte(c.Documented)), got, false, c.Nullable...)
		for _, name := range sortedKeys(c.Save) {
			v, ok := at(got, c.Save[name])
			if !ok {
				t.Fatalf("%s: no %s in %s", c.Name, c.Save[name], body)
			}
			vars[name] = scalarText(v)
		}
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
