package jsonobj

import (
	"encoding/json"
	"testing"
)

func TestOrderOverridesAndValues(t *testing.T) {
	var o Object
	o.Set("id", 9)
	o.Set("folio", "3")
	o.SetRaw("total_amount", json.RawMessage("111.11"))
	o.Set("note", "x")
	for _, a := range []string{"amount_received=50.00", "confirmed_from=paypal", `folio="0012"`, "serie=0012", "extra={\"a\": [1, 2]}", "id=null", "empty="} {
		if err := o.Assign(a); err != nil {
			t.Fatal(err)
		}
	}
	o.Delete("note")
	o.Delete("absent")
	b, _ := json.Marshal(&o)
	want := `{"id":null,"folio":"0012","total_amount":111.11,"amount_received":50.00,"confirmed_from":"paypal","serie":"0012","extra":{"a":[1,2]},"empty":""}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	for _, bad := range []string{"novalue", "=x", " =x"} {
		if err := o.Assign(bad); err == nil {
			t.Errorf("Assign(%q) accepted", bad)
		}
	}
}
