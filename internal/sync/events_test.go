package sync

import "testing"

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
