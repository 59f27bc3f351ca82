package version

import (
	"testing"

	"github.com/mxpay/mxpay/internal/build"
	"github.com/mxpay/mxpay/internal/output"
)

func testInfo() build.Info {
	return build.Info{Version: "1.2.0", Commit: "3f2a9c1d4e5f60718293", Date: "2026-11-20T18:04:00Z", Go: "go1.26.0"}
}

func TestVersionRun(t *testing.T) {
	tests := []struct {
		name string
		opts output.Options
		want string
	}{
		{"the human line", output.Options{}, "mxpay 1.2.0 (commit 3f2a9c1d4e5f, built 2026-11-20T18:04:00Z)\n"},
		{"json", output.Options{Format: "json"}, `{"version":"1.2.0","commit":"3f2a9c1d4e5f60718293","date":"2026-11-20T18:04:00Z","go":"go1.26.0"}` + "\n"},
		{"jq", output.Options{JQ: ".version"}, "1.2.0\n"},
		{"template", output.Options{Template: "{{.version}} {{.go}}\n"}, "1.2.0 go1.26.0\n"},
		{"csv", output.Options{Format: "csv", Fields: []string{"version", "commit"}}, "version,commit\n1.2.0,3f2a9c1d4e5f60718293\n"},
	}
	for _, tt := range tests {
		ios, _, out, _ := output.Test()
		opts := &VersionOptions{IO: ios, Info: testInfo, Output: func() output.Options { return tt.opts }}
		if err := Run(opts); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if out.String() != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, out, tt.want)
		}
	}
}
