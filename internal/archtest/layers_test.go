package archtest

import (
	"slices"
	"testing"
)

// Command packages reach the emulator and the HTTP policy only through
// cmdutil: the one place that knows demo credentials and builds clients.
// internal/cmd/emulator is the exception: serving the emulator is its job.
func TestCommandsDoNotImportEmulatorOrHTTPX(t *testing.T) {
	for _, p := range goList(t, "./internal/cmd/...") {
		if under(p.ImportPath, module+"/internal/cmd/emulator") {
			continue
		}
		for _, imp := range p.Imports {
			if under(imp, module+"/internal/emulator") || under(imp, module+"/internal/httpx") {
				t.Errorf("%s imports %s; use cmdutil (clients, IsAmbiguous, NeverSent, HTTPClient, DemoCredentials)", p.ImportPath, imp)
			}
		}
	}
}

// The settings layer knows keys and precedence, not the providers' wire.
func TestConfigImportsNoProviderClient(t *testing.T) {
	for _, p := range goList(t, "./internal/config/...") {
		for _, dep := range p.Deps {
			for _, client := range []string{"facti", "pagofacil", "sync"} {
				if under(dep, module+"/internal/"+client) {
					t.Errorf("%s depends on %s; config must not know a provider client", p.ImportPath, dep)
				}
			}
		}
	}
}

// Test doubles (prompttest, httptest helpers) stay out of the binary.
func TestBinaryDoesNotLinkTesting(t *testing.T) {
	p := goList(t, "./cmd/mxpay")[0]
	if slices.Contains(p.Deps, "testing") {
		t.Errorf("the mxpay binary links the testing package; move test doubles to a package only tests import")
	}
}
