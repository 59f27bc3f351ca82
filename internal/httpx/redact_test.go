package httpx

import (
	"strings"
	"testing"
)

func TestIsSecretKey(t *testing.T) {
	secret := []string{
		"api_key", "API_KEY", "apikey", "client_id", "token", "password", "ipn_password",
		"numeroTarjeta", "NUMEROTARJETA", "cvt", "cvv", "idSucursal", "idUsuario",
		"id_sucursal", "id_usuario", "secret", "data[numeroTarjeta]", "data[cvt]",
		"credentials[password]", "credentials[username]", "twofa[otp]", "credentials", "twofa",
		"data[0][cvv]",
	}
	for _, key := range secret {
		if !isSecretKey(key) {
			t.Errorf("isSecretKey(%q) = false, want true", key)
		}
	}
	public := []string{
		"id_user", "username", "data[nombre]", "monto", "token_type", "skip", "id_site",
		"conceptos[0][quantity]", "data[credentials_hint]", "tokens", "",
	}
	for _, key := range public {
		if isSecretKey(key) {
			t.Errorf("isSecretKey(%q) = true, want false", key)
		}
	}
}

func TestRedactForm(t *testing.T) {
	r := NewRedactor(nil)
	tests := []struct{ in, want string }{
		{"client_id=abc&api_key=def&folio=7", "client_id=***&api_key=***&folio=7"},
		{"data%5BnumeroTarjeta%5D=4111&data%5Bnombre%5D=Jon", "data%5BnumeroTarjeta%5D=***&data%5Bnombre%5D=Jon"},
		{"credentials%5Bpin%5D=1234&twofa[answer]=x&flag", "credentials%5Bpin%5D=***&twofa[answer]=***&flag"},
		{"ipn_password=md5hash&ipn_type=1", "ipn_password=***&ipn_type=1"},
		// Facti's IPN carries a JSON document in a form field.
		{"ipn_type=1&data=%7B%22token%22%3A%22abc%22%2C%22folio%22%3A3%7D", "ipn_type=1&data=%7B%22token%22%3A%22%2A%2A%2A%22%2C%22folio%22%3A3%7D"},
	}
	for _, tt := range tests {
		if got := r.form(tt.in); got != tt.want {
			t.Errorf("form(%q)\n got  %q\n want %q", tt.in, got, tt.want)
		}
	}
}

func TestRedactJSON(t *testing.T) {
	r := NewRedactor(nil)
	tests := []struct{ name, in, want string }{
		{"nested keys, formatting kept",
			"{\n  \"a\": {\"Token\" : \"x1\", \"n\": 5},\n  \"list\": [{\"cvv\": 123}, {\"ok\": true}]\n}",
			"{\n  \"a\": {\"Token\" : \"***\", \"n\": 5},\n  \"list\": [{\"cvv\": \"***\"}, {\"ok\": true}]\n}"},
		{"containers mask everything inside",
			`{"credentials":{"rfc":"ACM010101ABC","extra":{"pin":1},"list":["a","b"]},"twofa":{"otp":"55"},"after":"seen"}`,
			`{"credentials":{"rfc":"***","extra":{"pin":"***"},"list":["***","***"]},"twofa":{"otp":"***"},"after":"seen"}`},
		{"form descriptors stay readable; secret keys inside are masked",
			`{"credentials":[{"name":"password","type":"password","label":"Clave"}],"twofa":[{"name":"token","type":"text","token":"abc"}]}`,
			`{"credentials":[{"name":"password","type":"password","label":"Clave"}],"twofa":[{"name":"token","type":"text","token":"***"}]}`},
		{"secret key with an object value",
			`{"token":{"value":"v","exp":3},"id":1}`,
			`{"token":{"value":"***","exp":"***"},"id":1}`},
		{"escaped quotes and null",
			`{"password":"a\"b","x":null,"secret":null}`,
			`{"password":"***","x":null,"secret":"***"}`},
		{"keys as values are not keys",
			`["token","password",{"k":"token"}]`,
			`["token","password",{"k":"token"}]`},
		{"truncated document",
			`{"id":1,"api_key":"abc","note":"cut here, token: \"half`,
			`{"id":1,"api_key":"***","note":"cut here, token: \"***`},
		{"truncated inside a secret value",
			`{"id":1,"password":"hunte`,
			`{"id":1,"password":"***`},
		{"two documents", `{"token":"a"}` + "\n" + `{"token":"b"}`, `{"token":"***"}` + "\n" + `{"token":"***"}`},
	}
	for _, tt := range tests {
		if got := r.json(tt.in); got != tt.want {
			t.Errorf("%s:\n got  %s\n want %s", tt.name, got, tt.want)
		}
	}
}

func TestRedactFreeText(t *testing.T) {
	r := NewRedactor(nil)
	tests := []struct{ in, want string }{
		{"error: token=abc123 is invalid", "error: token=*** is invalid"},
		{"api_key: 'k-1', user: x", "api_key: '***', user: x"},
		{`<auth><password>p4ss</password><user>u</user></auth>`, `<auth><password>***</password><user>u</user></auth>`},
		{"mytoken=visible", "mytoken=visible"},
		{"the token expired", "the token expired"},
	}
	for _, tt := range tests {
		if got := r.freeText(tt.in); got != tt.want {
			t.Errorf("freeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRedactAuthorization(t *testing.T) {
	tests := []struct{ in, want string }{
		{"TOKEN token=abc", "TOKEN ***"},
		{"API_KEY api_key=abc", "API_KEY ***"},
		{"api_key api_key=abc", "api_key ***"},
		{"Bearer eyJhbGciOi.x.y", "Bearer ***"},
		{"Basic dXNlcjpwYXNz", "Basic ***"},
		{"bare-key-value", "***"},
		{"abc123def456 trailing", "***"},
		{"", "***"},
	}
	for _, tt := range tests {
		if got := redactAuthorization(tt.in); got != tt.want {
			t.Errorf("redactAuthorization(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRedactHeader(t *testing.T) {
	r := NewRedactor(nil)
	tests := []struct{ name, value, want string }{
		{"Authorization", "TOKEN token=abc", "TOKEN ***"},
		{"proxy-authorization", "Basic abc", "Basic ***"},
		{"Cookie", "a=b", "***"},
		{"Set-Cookie", "a=b; Path=/", "***"},
		{"X-Api-Key", "k", "***"},
		{"X-Token", "k", "***"},
		{"Api-Key", "k", "***"},
		{"Content-Type", "application/json", "application/json"},
		{"X-Http-Method-Override", "GET", "GET"},
	}
	for _, tt := range tests {
		if got := r.Header(tt.name, tt.value); got != tt.want {
			t.Errorf("header(%s: %s) = %q, want %q", tt.name, tt.value, got, tt.want)
		}
	}
}

func TestRedactURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://sync.example/v1/sessions/abcdef0123/verify", "https://sync.example/v1/sessions/***/verify"},
		{"https://sync.example/v1/sessions", "https://sync.example/v1/sessions"},
		{"https://sync.example/v1/sessions/", "https://sync.example/v1/sessions/"},
		{"https://h/v1/transactions?token=t0k&limit=5&id_user=u", "https://h/v1/transactions?token=***&limit=5&id_user=u"},
		{"https://user:pa55@h/x", "https://user:***@h/x"},
		{"https://h/x?api_key=k#frag", "https://h/x?api_key=***#frag"},
		{"https://h/a%20b?x=1", "https://h/a%20b?x=1"},
		{"http://h/pay?card=4111111111111111", "http://h/pay?card=***"},
	}
	for _, tt := range tests {
		if got := RedactURL(tt.in); got != tt.want {
			t.Errorf("RedactURL(%q)\n got  %q\n want %q", tt.in, got, tt.want)
		}
	}
}

func TestMaskCardNumbers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"card 4111111111111111 ok", "card *** ok"},
		{"amex 378282246310005", "amex ***"},
		{"4111111111111112", "4111111111111112"},         // fails Luhn
		{"411111111111", "411111111111"},                 // 12 digits: too short
		{"41111111111111111111", "41111111111111111111"}, // 20 digits: too long
		{"a5555555555554444b", "a5555555555554444b"},     // glued to letters: part of an id, not a card
		{"card:5555555555554444.", "card:***."},          // inside other text
		{"4111111111111111,5555555555554444", "***,***"},
		// A Sync id (a 24-hex ObjectId) whose digits pass Luhn is an id.
		{`"id_credential":"6b0f42c50002000000000003"`, `"id_credential":"6b0f42c50002000000000003"`},
		{"/v1/credentials/6b0f42c50002000000000003?x", "/v1/credentials/6b0f42c50002000000000003?x"},
		{"4111111111111111 6b0f42c50002000000000003", "*** 6b0f42c50002000000000003"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := maskCardNumbers(tt.in); got != tt.want {
			t.Errorf("maskCardNumbers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLiteralSecrets(t *testing.T) {
	r := NewRedactor([]string{"s3cret value/+", "abc", ""})
	in := `raw s3cret value/+ query s3cret+value%2F%2B path s3cret%20value%2F+ short abc`
	got := r.Text(in)
	if strings.Contains(got, "s3cret") {
		t.Errorf("text(%q) = %q, want every form of the secret masked", in, got)
	}
	if !strings.HasSuffix(got, "short abc") {
		t.Errorf("text(%q) = %q: secrets under 4 characters are left to the field rules", in, got)
	}
}

func TestRedactBodyChoosesByContentType(t *testing.T) {
	r := NewRedactor(nil)
	tests := []struct{ contentType, body, want string }{
		{"application/x-www-form-urlencoded; charset=utf-8", "token=a&b=c", "token=***&b=c"},
		{"application/json", `{"token":"a"}`, `{"token":"***"}`},
		{"application/vnd.api+json", `{"token":"a"}`, `{"token":"***"}`},
		{"", ` {"token":"a"}`, ` {"token":"***"}`},
		{"text/plain", "token=a b", "token=*** b"},
		{"text/html", "<p>card 4111111111111111</p>", "<p>card ***</p>"},
	}
	for _, tt := range tests {
		if got := r.Body(tt.contentType, tt.body); got != tt.want {
			t.Errorf("body(%q, %q) = %q, want %q", tt.contentType, tt.body, got, tt.want)
		}
	}
}

func TestFreeTextMasksURLEncodedPHPKeys(t *testing.T) {
	page := `<pre>method=transaccion&data%5BnumeroTarjeta%5D=4111111111111111&data%5Bcvt%5D=739&data%5BidSucursal%5D=suc_9&data%5BmesExpiracion%5D=12&api_key%3Dkey_live_1</pre>`
	got := NewRedactor(nil).Text(page)
	for _, leak := range []string{"=739", "suc_9", "4111111111111111", "key_live_1", "=12"} {
		if strings.Contains(got, leak) {
			t.Errorf("%q survived in %q", leak, got)
		}
	}
	if !strings.Contains(got, "method=transaccion") {
		t.Errorf("non-secret fields must stay: %q", got)
	}
}

func TestMessageKeepsIDsThatLookLikeCards(t *testing.T) {
	// Sync ids carry long digit runs; one in ten passes the Luhn check. In
	// mxpay's own messages ("run `mxpay sync credentials list --user ID`")
	// they must stay copyable, while known secrets are still masked.
	r := NewRedactor([]string{"key_live_abcdef"})
	msg := "run `mxpay sync credentials list --user 6b0f36b00002000000000008` (key key_live_abcdef)"
	got := r.Message(msg)
	if !strings.Contains(got, "6b0f36b00002000000000008") || strings.Contains(got, "key_live_abcdef") {
		t.Errorf("Message = %q", got)
	}
	if strings.Contains(r.Text("see 00002000000000008 above"), "00002000000000008") {
		t.Error("Text, for replies from elsewhere, still masks a standalone Luhn-valid run")
	}
}

func TestCardRuleSparesDigitRunsInsideIDs(t *testing.T) {
	r := NewRedactor(nil)
	for in, want := range map[string]string{
		`{"id_job":"5e17ca000000000000000000"}`:      `{"id_job":"5e17ca000000000000000000"}`,
		`card 4111111111111111 declined`:             `card *** declined`,
		`data%5BnumeroTarjeta%5D%3D4111111111111111`: `data%5BnumeroTarjeta%5D%3D***`,
		`"4111111111111111"`:                         `"***"`,
	} {
		if got := r.Text(in); got != want {
			t.Errorf("Text(%s) = %s, want %s", in, got, want)
		}
	}
}

// TestFreeTextSkipsOnlyWhatCannotMatch: text without ':', '=', '%' or '<'
// skips the expressions; the expressions would have left it unchanged.
func TestFreeTextSkipsOnlyWhatCannotMatch(t *testing.T) {
	for _, s := range []string{"password secret", "api_key 123", `"cvv" "123"`, "token\tabc", "the payment request for folio 1 to a@b.mx", "",
		"cvv 123 'x'", `\"password\" \"y\"`, "data[cvt] 123", "numeroTarjeta>4111<"} {
		slow := secretElement().ReplaceAllString(secretAssignment().ReplaceAllString(s, "${1}***"), "${1}***${2}")
		if slow != s {
			t.Errorf("%q: the expressions change it (%q), so it must not be skipped", s, slow)
		}
		if got := NewRedactor(nil).freeText(s); got != s {
			t.Errorf("freeText(%q) = %q", s, got)
		}
	}
}
