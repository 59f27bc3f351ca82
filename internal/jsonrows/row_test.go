package jsonrows

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

type item struct {
	ID     string
	Amount json.Number
	Note   *string
	N      int
	Tags   []string
}

var itemFields = Fields[item]{
	"id":     func(i *item, v []byte) error { return String(&i.ID, v) },
	"amount": func(i *item, v []byte) error { return Number(&i.Amount, v) },
	"note":   func(i *item, v []byte) error { return StringPtr(&i.Note, v) },
	"n":      func(i *item, v []byte) error { return Int(&i.N, v) },
	"tags":   func(i *item, v []byte) error { return Strings(&i.Tags, v) },
}

// rows reads {"rows":[...]} as a list reply is read.
func rows(t *testing.T, body string) ([]item, []string, error) {
	t.Helper()
	var out []item
	var raws []string
	r := NewReader([]byte(body))
	var shape error
	err := r.Object(func(name []byte) error {
		if string(name) != "rows" {
			return r.Skip()
		}
		e := Rows(r, itemFields, func(i *item, raw []byte) {
			out = append(out, *i)
			raws = append(raws, string(raw))
		})
		if se := (*ShapeError)(nil); errors.As(e, &se) {
			shape = e
			return nil
		}
		return e
	})
	if err == nil {
		err = r.End()
	}
	if err == nil {
		err = shape
	}
	return out, raws, err
}

// Each row comes back byte for byte as sent: numbers as written (1234.50,
// 1e400, integers past float64), unknown members, escapes, whitespace.
func TestRowsKeepTheirBytes(t *testing.T) {
	row := []string{
		`{"id":"a\"b\\c\u00e9\n","amount":1234.50,"extra":{"x":"}]\"","y":[1,{"z":null}]}}`,
		"{ \"id\" : \"t2\",\n  \"amount\": 1e400, \"n\": 7,\t\"unknown\": [\"]\", \"\\\\\"] }",
		`{"amount":123456789012345678901234567890.000000001,"id":"t3","note":null,"tags":["a","b"]}`,
		`{"ID":"upper","amount":"12.50","id_user":"x"}`,
	}
	body := `{"rid":"r","rows":[` + row[0] + ",\n  " + row[1] + " , " + row[2] + "," + row[3] + `], "status":true}`
	got, raws, err := rows(t, body)
	if err != nil {
		t.Fatal(err)
	}
	for i := range row {
		if raws[i] != row[i] {
			t.Errorf("row %d raw = %s, want %s", i, raws[i], row[i])
		}
	}
	if got[0].ID != "a\"b\\c\u00e9\n" || got[0].Amount != "1234.50" {
		t.Errorf("row 0 = %+v", got[0])
	}
	if got[1].ID != "t2" || got[1].Amount != "1e400" || got[1].N != 7 {
		t.Errorf("row 1 = %+v", got[1])
	}
	if got[2].Amount != "123456789012345678901234567890.000000001" || got[2].Note != nil || strings.Join(got[2].Tags, ",") != "a,b" {
		t.Errorf("row 2 = %+v", got[2])
	}
	// Names match case-insensitively when they do not match exactly, and a
	// quoted number is a json.Number, as with encoding/json.
	if got[3].ID != "upper" || got[3].Amount != "12.50" {
		t.Errorf("row 3 = %+v", got[3])
	}
}

func TestLeniencyFollowsEncodingJSON(t *testing.T) {
	got, _, err := rows(t, `{"rows":[{"id":"first","id":"last","amount":null,"note":"\ud800x","n":null}]}`)
	if err != nil {
		t.Fatal(err)
	}
	if got[0].ID != "last" || got[0].Amount != "" || *got[0].Note != "\ufffdx" {
		t.Errorf("%+v", got[0])
	}
	got, _, err = rows(t, "{\"rows\":[{\"id\":\"caf\xe9\"}]}") // invalid UTF-8
	if err != nil || got[0].ID != "caf\ufffd" {
		t.Errorf("%q %v", got[0].ID, err)
	}
	if _, _, err := rows(t, `{"rows":null}`); err != nil {
		t.Errorf("null rows: %v", err)
	}
}

// A member of the wrong type is a shape problem that does not stop the
// read: the rest of the body is still validated, and the problem never
// quotes the value.
func TestShapeProblemsDoNotStopValidation(t *testing.T) {
	got, _, err := rows(t, `{"rows":[{"id":5,"amount":"secret-abc"},{"id":"ok","n":1.5},"x"],"more":{}}`)
	var se *ShapeError
	if !errors.As(err, &se) || se.Member != "id" || len(got) != 3 || got[1].ID != "ok" {
		t.Fatalf("%v %+v", err, got)
	}
	if strings.Contains(err.Error(), "secret") {
		t.Errorf("the error quotes a value: %v", err)
	}
	if _, _, err := rows(t, `{"rows":[{"id":5}],"more":{]}`); err == nil || errors.As(err, &se) {
		t.Errorf("a syntax error after a shape problem: %v", err)
	}
}

func TestInvalidBodies(t *testing.T) {
	for _, body := range []string{``, ` `, `{"rows":[{"id":"a"}`, `{"rows":[]} {}`, `{"rows":[]}x`, `{"rows":[1,]}`, `{"rows":[01]}`, `<html>`, `{"rows":["a\x01"]}`} {
		if _, _, err := rows(t, body); err == nil {
			t.Errorf("%q read without an error", body)
		}
	}
}

// The scanner finds value ends the validator agrees with, on any input.
func FuzzReader(f *testing.F) {
	for _, s := range []string{`{"a":[1,"x\"]",{"b":null}],"c":-1.5e3}`, `[[],{},"\\\\",true]`, `"s"`, `{"a":}`, "{\"\xff\":1}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(data)
		if (r.err == nil) != json.Valid(data) {
			t.Fatalf("valid %v, encoding/json says %v: %q", r.err == nil, json.Valid(data), data)
		}
		if r.err != nil {
			return
		}
		var walk func() error
		walk = func() error {
			switch r.Kind() {
			case '{':
				return r.Object(func([]byte) error { return walk() })
			case '[':
				return r.Array(walk)
			}
			v, err := r.Value()
			if err == nil && !json.Valid(v) {
				t.Fatalf("value %q of %q is not JSON", v, data)
			}
			return err
		}
		if err := walk(); err != nil {
			t.Fatalf("walking %q: %v", data, err)
		}
		if err := r.End(); err != nil {
			t.Fatalf("end of %q: %v", data, err)
		}
		whole, err := Sub(data).Value()
		if err != nil || string(whole) != strings.TrimSpace(string(data)) {
			t.Fatalf("whole value %q of %q (%v)", whole, data, err)
		}
	})
}
