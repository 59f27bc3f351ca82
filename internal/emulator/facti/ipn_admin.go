package facti

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// ConfigureIPN points a company's IPNs at target through the emulator-only
// admin path, POST /emulator/companies/{id}/ipn: real Facti has no such
// path (its IPN URLs are set in Facti's portal), so this lives with the
// emulator and not in the Facti client. hc must reach the emulator (its
// in-process transport, or `mxpay emulator serve`); base is the Facti base
// URL without /v1.
func ConfigureIPN(ctx context.Context, hc *http.Client, base, clientID, apiKey, companyID, target string) error {
	form := url.Values{"client_id": {clientID}, "api_key": {apiKey}, "url": {target}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(base, "/")+"/emulator/companies/"+url.PathEscape(companyID)+"/ipn", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := hc.Do(req)
	if err != nil {
		var urlErr *url.Error
		if errors.As(err, &urlErr) {
			return urlErr.Err // url.Error repeats the URL; the cause is enough
		}
		return err
	}
	defer resp.Body.Close()
	var reply failure
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if json.Unmarshal(body, &reply) != nil {
		return fmt.Errorf("the emulator answered %d to the IPN configuration, not its JSON", resp.StatusCode)
	}
	if reply.Result != 1 {
		return fmt.Errorf("the emulator refused the IPN configuration: %s", reply.Msg)
	}
	return nil
}
