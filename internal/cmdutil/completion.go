package cmdutil

import (
	"strings"

	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// fieldsAnnotation holds the --fields names a command accepts, for completion.
const fieldsAnnotation = "mxpay/fields"

// SetFields records the field names a list or object command prints, so
// `--fields <TAB>` completes them.
func SetFields(cmd *cobra.Command, names ...string) {
	if cmd.Annotations == nil {
		cmd.Annotations = map[string]string{}
	}
	cmd.Annotations[fieldsAnnotation] = strings.Join(names, ",")
}

// RegisterGlobalCompletions completes the global flags' values: formats,
// environments, profile names from the config file and the command's fields.
func RegisterGlobalCompletions(root *cobra.Command, f *Factory) {
	noFiles := cobra.ShellCompDirectiveNoFileComp
	_ = root.RegisterFlagCompletionFunc("output", fixed(output.Formats()...))
	_ = root.RegisterFlagCompletionFunc("env", fixed(EnvSandbox, EnvProduction, EnvEmulator))
	_ = root.RegisterFlagCompletionFunc("profile", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		cfg, err := f.Config()
		if err != nil {
			return nil, noFiles // completion prints nothing on failure
		}
		return cfg.Profiles(), noFiles
	})
	_ = root.RegisterFlagCompletionFunc("fields", func(cmd *cobra.Command, _ []string, typed string) ([]string, cobra.ShellCompDirective) {
		names := strings.Split(cmd.Annotations[fieldsAnnotation], ",")
		if names[0] == "" {
			return nil, noFiles
		}
		// Complete the last element of a comma-separated list.
		done, last := "", typed
		if i := strings.LastIndex(typed, ","); i >= 0 {
			done, last = typed[:i+1], typed[i+1:]
		}
		var out []string
		for _, n := range names {
			if strings.HasPrefix(n, last) && !strings.Contains(","+done, ","+n+",") {
				out = append(out, done+n)
			}
		}
		return out, noFiles | cobra.ShellCompDirectiveNoSpace
	})
}

func fixed(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}
