package version

import (
	"testing"

	"github.com/mxpay/mxpay/internal/build"
	"github.com/mxpay/mxpay/internal/output"
)

func TestVersionRun(t *testing.T) {
	ios, _, out, _ := output.Test()
	opts := &VersionOptions{IO: ios, Info: func() build.Info {
		return build.Info{Version: "1.2.0", Commit: "3f2a9c1d4e5f60718293", Date: "2026-11-20T18:04:00Z"}
	}}
	if err := versionRun(opts); err != nil {
		t.Fatal(err)
	}
	if want := "mxpay 1.2.0 (commit 3f2a9c1d4e5f, built 2026-11-20T18:04:00Z)\n"; out.String() != want {
		t.Errorf("got %q, want %q", out, want)
	}
}
