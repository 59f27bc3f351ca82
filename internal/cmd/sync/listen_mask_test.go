package sync

import (
	"encoding/json"
	"testing"

	"github.com/mxpay/mxpay/internal/cmdutil"
)

func TestMaskEventKeepsSyncIDsAndMasksSecrets(t *testing.T) {
	r := new(cmdutil.Redactor)
	r.Add("listener-secret-0123456789")
	// 000000000000000000 is a run of 18 digits that passes Luhn: standing
	// alone it would be taken for a card number.
	in := `{"event":"refresh","id_job":"5e17ca000000000000000000","id_credential":"5e17c4325d4f6077171c0254",` +
		`"endpoints":{"transactions":["/v1/transactions?id_credential=5e17ca000000000000000000&limit=5000"]},` +
		`"token":"tok-1","note":"card 4111111111111111 and listener-secret-0123456789","n":1}`
	got := string(maskEvent(json.RawMessage(in), r))
	want := `{"event":"refresh","id_job":"5e17ca000000000000000000","id_credential":"5e17c4325d4f6077171c0254",` +
		`"endpoints":{"transactions":["/v1/transactions?id_credential=5e17ca000000000000000000&limit=5000"]},` +
		`"token":"***","note":"card *** and ***","n":1}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// A card number that is not a whole Sync id stays masked.
	if got := string(maskEvent(json.RawMessage(`{"id_user":"4111111111111111"}`), r)); got != `{"id_user":"***"}` {
		t.Errorf("a bare card number: %s", got)
	}
	if got := string(maskEvent(json.RawMessage(`{"a":1}`), r)); got != `{"a":1}` {
		t.Errorf("nothing to mask: %s", got)
	}
}
