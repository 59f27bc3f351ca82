package api

import (
	"net/url"
	"testing"

	"github.com/mxpay/mxpay/internal/facti"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

// The reply decoders read whatever a provider (or a proxy in front of it)
// sends; they must never panic, only decide.
func FuzzReplyDecoders(f *testing.F) {
	f.Add([]byte(`{"result":0,"msg":"x"}`))
	f.Add([]byte(`{"WebServices_Transacciones":{"transaccion":{"status":"error","error":{"idSucursal":"bad"}}}}`))
	f.Add([]byte(`{"status":false,"code":401,"response":[1,2]}`))
	f.Add([]byte(`{"payments":[{"id":"7"},{"id":9}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, p := range []string{"facti", "pagofacil", "sync"} {
			_ = envelopeError(p, body)
		}
		r := &request{}
		(&skipPager{r: r, cur: syncapi.NewSkipCursor(0)}).next(body)
		cur, _ := facti.NewSinceCursor("", "", 1)
		(&sinceIDPager{r: r, cur: cur}).next(body)
	})
}

// requestParams reads --input in any encoding to find charges and card data.
func FuzzRequestParams(f *testing.F) {
	f.Add("multipart/form-data; boundary=X", []byte("--X\r\nContent-Disposition: form-data; name=\"method\"\r\n\r\ntransaccion\r\n--X--\r\n"))
	f.Add("application/json", []byte(`{"method":"transaccion","data":{"cvt":"1","n":[1]}}`))
	f.Add("", []byte("method=transaccion&data[cvt]=123"))
	f.Fuzz(func(t *testing.T, contentType string, body []byte) {
		p := requestParams(url.Values{"a": {"b"}}, contentType, body)
		_ = moneyAction(nil, "pagofacil", "POST", "/x", p)
		_ = moneyAction(nil, "facti", "POST", string(body), p)
	})
}
