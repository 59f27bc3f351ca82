// Package help adds help topics: `mxpay help exit-codes`, `mxpay help
// environment` and `mxpay help formats`. Each is a command without a Run,
// which cobra lists under "Additional help topics" and gendocs documents.
package help

import (
	"fmt"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/config"
	"github.com/mxpay/mxpay/internal/secrets"
	"github.com/spf13/cobra"
)

// NewTopics returns the help topic commands.
func NewTopics() []*cobra.Command {
	return []*cobra.Command{
		topic("exit-codes", "What each exit code of mxpay means"),
		topic("environment", "Every environment variable mxpay reads"),
		topic("formats", "Output formats, --jq, --template, --fields, --totals and the pager, with examples"),
	}
}

// Text returns a topic's text. It is built only when shown or documented:
// every mxpay run builds the command tree, and these texts were the costly
// part of it for `mxpay version`.
func Text(name string) string {
	switch name {
	case "exit-codes":
		return exitCodesText()
	case "environment":
		return environmentText()
	case "formats":
		return formatsText
	}
	return ""
}

func topic(name, short string) *cobra.Command {
	c := &cobra.Command{Use: name, Short: short}
	c.SetHelpFunc(func(c *cobra.Command, args []string) {
		c.Long = Text(c.Name())
		c.Parent().HelpFunc()(c, args)
	})
	return c
}

func exitCodesText() string {
	var b strings.Builder
	b.WriteString("mxpay exits with one of these codes; scripts can rely on them.\n\n")
	for _, e := range cmdutil.ExitCodes() {
		fmt.Fprintf(&b, "  %3d  %s\n", e.Code, e.Meaning)
	}
	b.WriteString(`
Example: a cron job that only alerts when money may have moved without an answer:

  mxpay pagofacil charge --yes --card-file card.json --amount 150.00 -o json > out.json
  case $? in
    0) ;;                                  # approved
    5) echo "declined" ;;                  # the bank said no
    6) echo "unknown outcome: verify" ;;   # run the verify command printed on stderr
    *) echo "failed" ;;
  esac

Answering no when mxpay asks to confirm (on a terminal, before it creates
something or moves money) sends nothing and exits 7, never 1: 1 always
means the provider refused, or mxpay failed. Without a terminal a
confirmation cannot be asked: pass --yes, or it is a usage error (2).
Ctrl-C at any prompt is 130.

A reader that stops reading early (mxpay ... | head -1, or quitting the
pager) is not a failure: mxpay stops and exits 0 without a message, unless
a request it had sent may have moved money (6, reported on stderr).
`)
	return b.String()
}

func environmentText() string {
	var b strings.Builder
	b.WriteString("Settings resolve as: flag > environment variable > profile > default.\n\nSettings:\n")
	for _, k := range config.Keys() {
		def := ""
		if k.Default != "" {
			def = " (default " + k.Default + ")"
		}
		fmt.Fprintf(&b, "  %-26s %s%s\n", k.Env, k.Description, def)
	}
	b.WriteString("\nSecrets (override the keyring and the secrets file; never pass secrets as flags):\n")
	for _, p := range secrets.Providers() {
		for _, k := range p.Keys {
			fmt.Fprintf(&b, "  %-26s %s %s\n", k.Env, p.Label, k.Label)
		}
	}
	b.WriteString(`
Global behaviour:
  MXPAY_PROFILE              profile in the config file (default "default")
  MXPAY_CONFIG               config file (default <user config dir>/mxpay/config.yaml)
  MXPAY_NO_INPUT             never prompt (1, true, yes, on)
  MXPAY_DEBUG                trace HTTP exchanges to stderr, secrets redacted
  MXPAY_PAGER                pager for long output on a terminal (set but empty: none;
                             --no-pager too); then PAGER; default "less -FRX"
  NO_COLOR                   disable color (any value)
  CLICOLOR=0                 disable color (piped output is never colored)

Language (of what people read):
  LC_ALL, LC_MESSAGES, LANG  the locale: the first one set decides; Spanish when it
                             starts with "es" (es_MX.UTF-8), English otherwise
  MXPAY_LANG                 es or en, over the locale; so does the profile's lang key
                             (mxpay config set lang es), below MXPAY_LANG, as every
                             setting resolves: flag > environment > profile > default
  -o json, jsonl and csv (keys, headers and values), tables written to a pipe, exit
  codes and files (config, ledger, logs) never change with the language.

Emulator:
  MXPAY_EMULATOR_DB          emulator state file (default <user data dir>/mxpay/emulator.db)
  MXPAY_EMULATOR_FAULTS      inject faults, PROVIDER:METHOD:PATH:KIND[:TIMES] separated by ";",
                             e.g. "pagofacil:POST:/Wsrtransaccion:late-apply=40s:1"; kinds: latency=DUR,
                             late-apply=DUR, status=CODE, gateway=CODE+DELAY, timeout-after-write,
                             garble, echo=CODE, reset (see the README)
`)
	return b.String()
}

const formatsText = `Every command that prints data accepts -o/--output (or MXPAY_OUTPUT, or the profile's output key):

  table   on a terminal: aligned columns that fit its width (ids, CLABEs, amounts and
          dates are never split or cut; free text is cut with "…"; when the columns
          still do not fit, the rightmost are hidden and stderr says which: pick them
          with --fields), statuses colored, paged when longer than the screen.
          Piped or redirected: one row per line, cells separated by a tab, no header,
          no padding, no truncation, no color, an empty cell an empty field, so
          cut -f and awk -F'\t' work; a single object prints name<TAB>value lines.
          The columns and names are those of --fields (and of the csv header).
  json    the provider's objects exactly as sent (unknown fields kept, numbers not
          re-rounded); lists are a JSON array written element by element; indented
          and colored on a terminal (never with NO_COLOR), compact when piped
  jsonl   one JSON object per line, streamed: best for very long lists and for jq
  csv     a header row, then RFC 4180 rows: best for spreadsheets

--fields a,b,c picks and orders table/csv columns, or the top-level keys kept in json/jsonl.
An unknown field is a usage error (exit 2) that lists the valid ones.

--jq EXPR filters the JSON form with an embedded jq (no jq install needed). Strings
print raw, like jq -r. With -o jsonl the filter runs on each object as it streams;
with -o json (or table) on the whole array.

--template TPL formats the JSON form with a Go template (text/template), as gh does:
{{range .}}…{{end}} walks a list; numbers print as the provider wrote them. With
-o jsonl it runs once per object. Helpers:
  tablerow FIELD...      a row of a table, aligned on a terminal, tab-separated when piped
  tablerender            print the table rows so far (done at the end anyway)
  timefmt LAYOUT TIME    a time in a Go layout ("2006-01-02"); TIME is RFC 3339,
                         YYYY-MM-DD [hh:mm:ss] or Unix seconds (as Sync sends)
  timeago TIME           "3 hours ago", "2 days from now"
  pluck FIELD LIST       the FIELD of each object; join SEP LIST joins a list
  truncate WIDTH TEXT    cut to WIDTH columns with "…"
  color STYLE TEXT       bold, red, green, yellow, cyan, blue or gray;
                         autocolor STYLE TEXT colors only on a terminal

--totals (on facti payments list, sync transactions list and sync accounts list)
adds the exact sum of the amounts per currency, as decimals (never floats):
under the table on a terminal; with -o csv/json/jsonl, --jq or a pipe, on stderr,
so stdout is exactly what it is without --totals.

On a terminal, output longer than the screen goes through a pager: MXPAY_PAGER,
else PAGER, else "less -FRX"; --no-pager or an empty MXPAY_PAGER turns it off.
Never when stdout is a pipe or a file.

Examples:
  mxpay config list -o csv --fields key,value
  mxpay auth status -o json --jq '.[] | select(.source=="missing") | .provider'
  mxpay auth status -o jsonl --jq 'select(.source=="keyring") | .secret'
  mxpay facti payments list --status pending --all --totals
  mxpay facti payments list --all | awk -F'\t' '$8 == "pending" { print $1 }'
  mxpay sync transactions list --template '{{range .}}{{tablerow (timefmt "2006-01-02" .dt_transaction) .amount .description}}{{end}}'
  mxpay config list -o json | jq -r '.[] | "\(.key)=\(.value)"'
`
