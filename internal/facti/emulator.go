package facti

import "context"

// ConfigureEmulatorIPN sets where the emulator sends a company's IPNs. It
// calls an emulator-only path (POST /emulator/companies/{id}/ipn) that real
// Facti does not have: configure real IPN URLs in Facti's portal.
func (c *Client) ConfigureEmulatorIPN(ctx context.Context, companyID, target string) error {
	f := c.credentials()
	f.Add("url", target)
	_, err := c.post(ctx, "configure the emulator's IPN URL", "/emulator/companies/"+companyID+"/ipn", f, true)
	return err
}
