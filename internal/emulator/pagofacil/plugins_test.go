package pagofacil

import (
	"encoding/base64"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

// PagoFácil's PrestaShop plugin sends param2 as the base64 of the cart and
// browsers send long user agents: the charge goes through, with those
// fields kept cut to their documented lengths.
func TestPluginsOverLongFreeTextIsAcceptedAndStoredTruncated(t *testing.T) {
	h, _, _ := newServer(t)
	cart := base64.StdEncoding.EncodeToString([]byte(strings.Repeat(`{"id_product":7,"quantity":2,"price":"799.50"},`, 8)))
	agent := "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0 " + strings.Repeat("é", 60)
	street := "Avenida Insurgentes Sur número 2113, interior A3, esquina con Barranca del Muerto"
	v := chargeForm("PLUGIN-1-approve", visaNumber, "123")
	v.Set("data[param2]", cart)
	v.Set("data[httpUserAgent]", agent)
	v.Set("data[calleyNumero]", street)
	_, tx, body := do(t, h, postForm(v))
	if tx["autorizado"] != "1" || tx["status"] != "success" {
		t.Fatalf("the plugin's charge was refused: %s", body)
	}
	data := tx["data"].(map[string]any)
	if tx["param2"] != cart[:60] || data["param2"] != cart[:60] {
		t.Errorf("param2 kept %q / %q, want the first 60 characters", tx["param2"], data["param2"])
	}
	if ua := data["httpUserAgent"].(string); utf8.RuneCountInString(ua) != 150 || !strings.HasPrefix(agent, ua) {
		t.Errorf("httpUserAgent kept %d characters: %q", utf8.RuneCountInString(ua), ua)
	}
	if s := data["calleyNumero"].(string); utf8.RuneCountInString(s) != 45 || !strings.HasPrefix(street, s) {
		t.Errorf("calleyNumero kept %q", s)
	}
}

// Required fields and card data keep their strict checks.
func TestStrictFieldsStillRefuseOverLongValues(t *testing.T) {
	h, _, _ := newServer(t)
	for field, value := range map[string]string{
		"nombre":        strings.Repeat("J", 51),
		"colonia":       strings.Repeat("c", 31),
		"idPedido":      strings.Repeat("x", 61),
		"numeroTarjeta": visaNumber + "1",
		"cvt":           "12345",
	} {
		v := chargeForm("STRICT-1", visaNumber, "123")
		v.Set("data["+field+"]", value)
		_, tx, body := do(t, h, postForm(v))
		errs, _ := tx["error"].(map[string]any)
		if tx["transaccion"] != "n/a" || errs[field] == nil {
			t.Errorf("%s of %d characters: %s", field, len(value), body)
		}
	}
	v := chargeForm("STRICT-2", visaNumber, "123")
	v.Del("data[calleyNumero]")
	if _, tx, body := do(t, h, postForm(v)); tx["transaccion"] != "n/a" {
		t.Errorf("calleyNumero is still required: %s", body)
	}
}

func TestVerifyOfADeclinedOrderHasAnError(t *testing.T) {
	h, _, _ := newServer(t)
	do(t, h, postForm(chargeForm("ORDER-9-decline", visaNumber, "123")))
	verify := url.Values{"method": {"verificar"}, "data[idPedido]": {"ORDER-9-decline"}, "data[idUsuario]": {DemoUsuario}, "data[idSucursal]": {DemoSucursal}}
	_, vr, body := do(t, h, postForm(verify))
	if vr["autorizado"] != "0" || vr["transaccion"] == "" {
		t.Fatalf("verificar: %s", body)
	}
	if e, ok := vr["error"].(string); !ok || e == "" {
		t.Errorf("verificar of a declined order has no error: %s", body)
	}
	if u, _ := url.QueryUnescape(vr["error"].(string)); u != "Transacción inválida" {
		t.Errorf("error %q", u)
	}
}
