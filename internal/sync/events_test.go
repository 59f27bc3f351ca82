package sync

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestParseEventIsLenientAndLinksStayOnTheAPI(t *testing.T) {
	ev, err := ParseEvent([]byte(`{ "event": "refresh", "id_user": 5, "extra": [1],
		"endpoints": {"transactions": ["/v1/transactions?id_credential=c1&skip=0&limit=5000"], "accounts": ["/v1/accounts?id_credential=c1"]} }`))
	if err != nil || ev.Event != "refresh" || ev.IDUser != "5" || string(ev.Raw[:10]) != `{"event":"` {
		t.Fatalf("%+v %v", ev, err)
	}
	links, err := ev.Links("transactions")
	if err != nil || len(links) != 1 || links[0].Path != "/transactions" || links[0].Query.Get("limit") != "5000" {
		t.Fatalf("%+v %v", links, err)
	}
	for _, body := range []string{`[]`, `nope`, `"x"`} {
		if _, err := ParseEvent([]byte(body)); err == nil {
			t.Errorf("%s accepted", body)
		}
	}
	bad, _ := ParseEvent([]byte(`{"endpoints":{"transactions":["/sessions/x"]}}`))
	if _, err := bad.Links("transactions"); err == nil {
		t.Error("a link outside /v1 was accepted")
	}
}

func TestEventKey(t *testing.T) {
	a, _ := ParseEvent([]byte(`{"event":"refresh","id_job":"j1","id_credential":"c1","is_executing":0}`))
	b, _ := ParseEvent([]byte(`{ "id_credential": "c1", "id_job": "j1", "event": "refresh", "extra": true }`))
	c, _ := ParseEvent([]byte(`{"event":"credential_update","id_job":"j1","id_credential":"c1"}`))
	if a.Key() != b.Key() || a.Key() == c.Key() || a.Key() != "refresh/j1/c1" {
		t.Errorf("keys %q %q %q", a.Key(), b.Key(), c.Key())
	}
	x, _ := ParseEvent([]byte(`{"event":"refresh","note":"1"}`))
	y, _ := ParseEvent([]byte(`{"event":"refresh","note":"2"}`))
	if x.Key() == y.Key() || !strings.HasPrefix(x.Key(), "sha256:") {
		t.Errorf("id-less events: %q %q", x.Key(), y.Key())
	}
	for line, want := range map[string]string{
		`{"event":"refresh","id_job":"j1","id_credential":"c1"}`:        "refresh/j1/c1",
		`{"event":"refresh","id_job":"6b0f3b***","id_credential":"c1"}`: "",
		`not json`: "",
	} {
		if got := EventKey([]byte(line)); got != want {
			t.Errorf("EventKey(%s) = %q, want %q", line, got, want)
		}
	}
}

func TestPayloadIsV1(t *testing.T) {
	p := EventSource{Event: "refresh", IDCredential: "c1", IDJob: "j1", IDJobUUID: "u1", IDSite: "s1", IDUser: "usr", RefreshFrom: 10, RefreshTo: 20}.Payload()
	b, _ := json.Marshal(p)
	want := `{"event":"refresh","id_credential":"c1","id_external":"","id_job":"j1","id_job_uuid":"u1","id_site":"s1","id_site_organization":"","id_site_organization_type":"","id_user":"usr","is_executing":0,` +
		`"endpoints":{"accounts":["/v1/accounts?id_credential=c1"],"attachments":["/v1/attachments?dt_refresh_from=10\u0026dt_refresh_to=20\u0026id_credential=c1\u0026limit=5000\u0026skip=0"],` +
		`"credential":["/v1/credentials/c1"],"transactions":["/v1/transactions?dt_refresh_from=10\u0026dt_refresh_to=20\u0026id_credential=c1\u0026limit=5000\u0026skip=0"]}}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	ev, err := ParseEvent(b)
	if err != nil || ev.Key() != "refresh/j1/c1" {
		t.Fatal(ev, err)
	}
	if links, err := ev.Links("transactions", "attachments"); err != nil || len(links) != 2 {
		t.Errorf("links %v %v", links, err)
	}
}
