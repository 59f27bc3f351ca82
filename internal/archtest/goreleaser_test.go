package archtest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// goreleaser itself takes minutes to build from the module proxy, too long
// for every CI run, so this smoke check reads .goreleaser.yaml and checks
// what would break a release: the main package, the ldflags targets, the
// platforms and the files packed into archives.
func TestGoreleaserConfig(t *testing.T) {
	root := repoRoot(t)
	data, err := os.ReadFile(filepath.Join(root, ".goreleaser.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Version int `yaml:"version"`
		Builds  []struct {
			Main    string   `yaml:"main"`
			Ldflags []string `yaml:"ldflags"`
			Goos    []string `yaml:"goos"`
			Goarch  []string `yaml:"goarch"`
		} `yaml:"builds"`
		Archives []struct {
			Files []string `yaml:"files"`
		} `yaml:"archives"`
	}
	if err := yaml.Unmarshal(data, &cfg); err != nil {
		t.Fatalf(".goreleaser.yaml does not parse: %v", err)
	}
	if cfg.Version != 2 || len(cfg.Builds) != 1 || len(cfg.Archives) == 0 {
		t.Fatalf("unexpected shape: version %d, %d builds, %d archives", cfg.Version, len(cfg.Builds), len(cfg.Archives))
	}
	b := cfg.Builds[0]
	if _, err := os.Stat(filepath.Join(root, b.Main, "main.go")); err != nil {
		t.Errorf("build main %q: %v", b.Main, err)
	}
	flags := strings.Join(b.Ldflags, " ")
	for _, v := range []string{"Version", "Commit", "Date"} {
		if !strings.Contains(flags, "github.com/mxpay/mxpay/internal/build."+v+"=") {
			t.Errorf("ldflags do not set internal/build.%s", v)
		}
	}
	buildSrc, _ := os.ReadFile(filepath.Join(root, "internal", "build", "build.go"))
	for _, v := range []string{"Version", "Commit", "Date"} {
		if !strings.Contains(string(buildSrc), "\t"+v+" ") {
			t.Errorf("internal/build has no variable %s for the ldflags", v)
		}
	}
	for _, want := range []string{"linux", "darwin", "windows"} {
		if !slices.Contains(b.Goos, want) {
			t.Errorf("goos lacks %s", want)
		}
	}
	for _, want := range []string{"amd64", "arm64"} {
		if !slices.Contains(b.Goarch, want) {
			t.Errorf("goarch lacks %s", want)
		}
	}
	for _, glob := range cfg.Archives[0].Files {
		matches, _ := filepath.Glob(filepath.Join(root, glob))
		if len(matches) == 0 {
			t.Errorf("archive file pattern %q matches nothing", glob)
		}
	}
}
