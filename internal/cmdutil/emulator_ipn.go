package cmdutil

import (
	"context"

	emufacti "github.com/mxpay/mxpay/internal/emulator/facti"
)

// PointEmulatorIPN makes the emulator send company's Facti IPNs to target
// (an emulator-only admin call; real Facti takes IPN URLs in its portal),
// then releases the emulator's state file so other mxpay processes can use
// the emulator while this one keeps running (a listener). Only under --env
// emulator.
func (f *Factory) PointEmulatorIPN(ctx context.Context, company, target string) error {
	ep, err := f.Endpoint("facti")
	if err != nil {
		return err
	}
	if err := emufacti.ConfigureIPN(ctx, ep.Client, ep.BaseURL, ep.Credentials["client_id"], ep.Credentials["api_key"], company, target); err != nil {
		return err
	}
	return f.ReleaseEmulator()
}
