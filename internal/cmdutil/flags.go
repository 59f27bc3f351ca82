package cmdutil

import (
	"strings"
	"sync"

	"github.com/mxpay/mxpay/internal/config"
	"github.com/mxpay/mxpay/internal/output"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// GlobalFlags are the persistent flags of the root command, as parsed.
type GlobalFlags struct {
	Profile    string
	Env        string
	Output     string
	JQ         string
	Template   string
	Fields     string
	NoInput    bool
	Yes        bool
	Debug      bool
	Timeout    string
	ConfigPath string
	NoPager    bool

	// changed records which flags were given on the command line, so that
	// an explicit flag wins over the environment even when it equals the default.
	changed map[string]bool
	// set holds the flags themselves, for binding them to the run's
	// configuration layers (nil when no root command registered them).
	set *pflag.FlagSet
}

// AddGlobalFlags registers the persistent flags of design.md on cmd.
func AddGlobalFlags(cmd *cobra.Command, g *GlobalFlags) {
	g.set = cmd.PersistentFlags()
	addGlobalFlags(g.set, g)
}

func addGlobalFlags(fs *pflag.FlagSet, g *GlobalFlags) {
	fs.StringVar(&g.Profile, "profile", "", "profile in the config file (env MXPAY_PROFILE; default \"default\")")
	fs.StringVar(&g.Env, "env", "", "provider environment: sandbox, production or emulator (env MXPAY_ENV; default sandbox)")
	fs.StringVarP(&g.Output, "output", "o", "", "output format: table, json, jsonl or csv (env MXPAY_OUTPUT; default table)")
	fs.StringVar(&g.JQ, "jq", "", "filter the JSON form of the result with a jq expression")
	fs.StringVar(&g.Template, "template", "", "format the JSON form of the result with a Go template (see: mxpay help formats)")
	fs.StringVar(&g.Fields, "fields", "", "comma-separated fields to show (table/csv columns, json keys)")
	fs.BoolVar(&g.NoInput, "no-input", false, "never prompt; missing input is a usage error (env MXPAY_NO_INPUT)")
	fs.BoolVarP(&g.Yes, "yes", "y", false, "confirm destructive or money-moving actions without asking")
	fs.BoolVar(&g.Debug, "debug", false, "trace HTTP exchanges to stderr, secrets redacted (env MXPAY_DEBUG)")
	fs.StringVar(&g.Timeout, "timeout", "", "per-request timeout, e.g. 30s (env MXPAY_TIMEOUT; default 30s)")
	fs.StringVar(&g.ConfigPath, "config", "", "config file (env MXPAY_CONFIG; default <user config dir>/mxpay/config.yaml)")
	fs.BoolVar(&g.NoPager, "no-pager", false, "do not page long output on a terminal (env MXPAY_PAGER, PAGER; default less -FRX)")
}

// MarkChanged remembers which global flags the user set; the root calls it
// once flags are parsed.
func (g *GlobalFlags) MarkChanged(cmd *cobra.Command) {
	g.changed = map[string]bool{}
	if g.set == nil {
		return
	}
	g.set.VisitAll(func(global *pflag.Flag) {
		if f := cmd.Flags().Lookup(global.Name); f != nil && f.Changed {
			g.changed[global.Name] = true
		}
	})
}

// globalFlagSet is the global flags alone, built once, for reading their
// shapes.
var globalFlagSet = sync.OnceValue(func() *pflag.FlagSet {
	fs := pflag.NewFlagSet("global", pflag.ContinueOnError)
	addGlobalFlags(fs, &GlobalFlags{})
	return fs
})

// GlobalFlagTakesValue reports whether arg ("--env", "-o") is a global
// flag that reads the next argument as its value: for scanning the command
// line before the command tree exists.
func GlobalFlagTakesValue(arg string) bool {
	fs := globalFlagSet()
	var f *pflag.Flag
	switch {
	case strings.HasPrefix(arg, "--"):
		f = fs.Lookup(arg[2:])
	case len(arg) == 2 && arg[0] == '-':
		f = fs.ShorthandLookup(arg[1:])
	}
	return f != nil && f.NoOptDefVal == ""
}

// Changed reports whether the flag was given on the command line.
func (g *GlobalFlags) Changed(name string) bool { return g.changed[name] }

// NoSignalsAnnotation marks commands with nothing in flight to cancel
// (version): they skip installing the Ctrl-C handler, which costs about a
// millisecond of start-up, and a Ctrl-C simply ends them.
const NoSignalsAnnotation = "mxpay/no-signals"

// OutputOptions are -o, --jq, --template and --fields from the flags and
// MXPAY_OUTPUT, without the config file (the profile's output key): for
// commands that must not read it (version). Everything else uses
// Settings().Output.
func (f *Factory) OutputOptions() output.Options {
	var flag config.Optional
	if f.Flags.Changed("output") {
		flag = config.Some(f.Flags.Output)
	}
	env, ok := f.LookupEnv("MXPAY_OUTPUT")
	return f.outputOptions(config.Resolve(flag, config.Optional{Value: env, Set: ok}, config.Optional{}, "").Value)
}

// outputOptions are the output flags with format, however it was resolved.
func (f *Factory) outputOptions(format string) output.Options {
	g := f.Flags
	return output.Options{Format: format, JQ: g.JQ, Template: g.Template, Fields: g.FieldList(), Context: f.runCtx}
}

// FieldList splits --fields.
func (g *GlobalFlags) FieldList() []string {
	var out []string
	for _, f := range strings.Split(g.Fields, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// Truthy reads boolean environment variables: 1, true, yes, on.
func Truthy(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}
