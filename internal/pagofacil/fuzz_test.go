package pagofacil

import (
	"testing"
)

// FuzzDecodeReply feeds any body to the reply decoder and both judges: they
// never panic, and nothing is approved unless autorizado is "1" with a
// real transaction id, whatever shape `error` (string or object) takes.
func FuzzDecodeReply(f *testing.F) {
	for _, seed := range []string{
		approvedReply, declinedReply, validationReply, verifyFoundReply, verifyNotFoundReply, verifyDeclinedReply,
		`{"WebServices_Transacciones":{"transaccion":{"autorizado":1,"transaccion":12,"error":null}}}`,
		`{"WebServices_Transacciones":{"verificar":{"error":{"idUsuario":{"nested":"x"}},"data":[]}}}`,
		`{"WebServices_Transacciones":{"transaccion":null}}`,
		`{"WebServices_Transacciones":[]}`,
		`<html>echo</html>`, ``, `null`,
	} {
		f.Add([]byte(seed), true)
		f.Add([]byte(seed), false)
	}
	f.Fuzz(func(t *testing.T, body []byte, charge bool) {
		method := "verificar"
		if charge {
			method = "transaccion"
		}
		raw, fl, err := decodeEnvelope(body, method)
		if err != nil {
			if _, ok := err.(*UnexpectedResponseError); !ok {
				t.Fatalf("decode error of type %T: %v", err, err)
			}
			return
		}
		judge := judgeVerify
		if charge {
			judge = judgeCharge
		}
		r, _ := judge(raw, fl, "ORDER-1")
		if r != nil && r.Outcome == OutcomeApproved && (fl.str("autorizado") != "1" || !hasTransaction(r)) {
			t.Fatalf("approved without autorizado=1 and a transaction: %s", body)
		}
	})
}
