// Package build reports the version of this binary. Version, Commit and Date
// are set at link time by the release (-ldflags "-X ..."); a `go install`
// build falls back to what the Go toolchain recorded.
package build

import (
	"runtime/debug"
	"strings"
)

// Set by -ldflags at release time; never assigned at run time.
var (
	Version = ""
	Commit  = ""
	Date    = ""
)

// Info is the version of the running binary.
type Info struct {
	Version string `json:"version"`
	Commit  string `json:"commit"`
	Date    string `json:"date"`
	Go      string `json:"go"`
}

// Current returns the link-time values, filled in from debug.ReadBuildInfo
// where the linker set nothing.
func Current() Info {
	info := Info{Version: Version, Commit: Commit, Date: Date}
	bi, ok := debug.ReadBuildInfo()
	if ok {
		info.Go = bi.GoVersion
		if info.Version == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			info.Version = strings.TrimPrefix(bi.Main.Version, "v")
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				if info.Commit == "" {
					info.Commit = s.Value
				}
			case "vcs.time":
				if info.Date == "" {
					info.Date = s.Value
				}
			}
		}
	}
	if info.Version == "" {
		info.Version = "dev"
	}
	return info
}
