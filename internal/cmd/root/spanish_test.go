package root_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/cmd/root"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/prompt/prompttest"
)

// englishWords are words no Spanish line of help has (command names,
// flags, env vars and examples aside).
var englishWords = regexp.MustCompile(`(?i)\b(the|and|with|from|your|show|shows|default|usage|flags|commands|available|additional|help about|issue|charge|connect|store|read)\b`)

// `mxpay --help` under LANG=es_MX.UTF-8 is entirely Spanish: cobra's
// words, root's texts, the group titles, every command's summary and every
// flag's usage.
func TestRootHelpIsSpanishUnderASpanishLocale(t *testing.T) {
	h := cmdtest.New(t)
	h.Env["LANG"] = "es_MX.UTF-8"
	out := h.MustRun(0, "", "--help").Stdout

	for _, english := range []string{"Usage:", "Flags:", "Available Commands:", "Additional Commands:", "Global Flags:", "Additional help topics:",
		"Core commands", "Setup commands", "Drive Facti, PagoFácil and Paybook Sync from the terminal",
		"mxpay issues Facti payment requests", "Every command also runs against", "help for mxpay", "(default", "for more information about a command"} {
		if strings.Contains(out, english) {
			t.Errorf("Spanish help shows %q:\n%s", english, out)
		}
	}
	for _, spanish := range []string{"Uso:", "Opciones:", "Comandos principales", "Comandos de configuración", "Otros temas de ayuda:",
		"mxpay emite solicitudes de pago de Facti", "ayuda de mxpay",
		"mxpay <comando> <subcomando> [opciones]", `Usa "mxpay [comando] --help" para ver más sobre un comando.`} {
		if !strings.Contains(out, spanish) {
			t.Errorf("Spanish help lacks %q:\n%s", spanish, out)
		}
	}

	// Every command listed, with its catalog summary.
	ios, _, _, _ := output.Test()
	f := cmdutil.NewFactory("test", ios, func(string) (string, bool) { return "", false })
	defer f.Close()
	tree := root.NewCmdRoot(f)
	tree.InitDefaultHelpCmd()
	tree.InitDefaultCompletionCmd()
	es := i18n.New(i18n.Spanish)
	for _, c := range tree.Commands() {
		if !c.IsAvailableCommand() && c.Name() != "help" && !c.IsAdditionalHelpTopicCommand() {
			continue
		}
		if !i18n.Has(c.Short) {
			t.Errorf("mxpay %s: no Spanish for its summary %q", c.Name(), c.Short)
			continue
		}
		name := c.Name()
		if c.IsAdditionalHelpTopicCommand() {
			name = c.CommandPath()
		}
		line := regexp.MustCompile(`(?m)^  ` + regexp.QuoteMeta(name) + ` +` + regexp.QuoteMeta(es.Text(c.Short)) + `$`)
		if !line.MatchString(out) {
			t.Errorf("mxpay %s is not listed with its Spanish summary %q:\n%s", c.Name(), es.Text(c.Short), out)
		}
	}

	// No line reads English.
	for _, line := range strings.Split(out, "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "$ ") {
			continue // an example: a command as it is typed
		}
		var words []string
		for _, w := range strings.Fields(trimmed) {
			if !strings.HasPrefix(w, "-") && !strings.Contains(w, "MXPAY_") && !strings.Contains(w, "/") && !strings.Contains(w, `"`) {
				words = append(words, w)
			}
		}
		if m := englishWords.FindString(strings.Join(words, " ")); m != "" {
			t.Errorf("an English word (%q) in Spanish help: %q", m, line)
		}
	}
}

// Representative messages: a usage error (unknown flag, mistyped command,
// missing argument), a missing credential and a confirmation answered no
// read Spanish with MXPAY_LANG=es, and exactly as before without it.
func TestMessagesInBothLanguages(t *testing.T) {
	cases := []struct {
		name     string
		args     []string
		code     int
		en, es   []string
		sandbox  bool
		answerNo bool
	}{
		{name: "unknown flag", args: []string{"facti", "payments", "list", "--bogus"}, code: 2,
			en: []string{"error: unknown flag: --bogus\n", "Run `mxpay facti payments list --help` for usage\n"},
			es: []string{"error: opción desconocida: --bogus\n", "Ejecuta `mxpay facti payments list --help` para ver cómo se usa\n"}},
		{name: "unknown shorthand flag", args: []string{"facti", "payments", "list", "-Z"}, code: 2,
			en: []string{"error: unknown shorthand flag: 'Z' in -Z\n"},
			es: []string{"error: opción corta desconocida: 'Z' en -Z\n"}},
		{name: "flag without its value", args: []string{"facti", "payments", "list", "--fields"}, code: 2,
			en: []string{"error: flag needs an argument: --fields\n"},
			es: []string{"error: la opción necesita un valor: --fields\n"}},
		{name: "mistyped command", args: []string{"facti", "paymens"}, code: 2,
			en: []string{"error: unknown command \"paymens\" for \"mxpay facti\"\n\nDid you mean this?\n\tpayments\n", "Run `mxpay facti --help` for the commands\n"},
			es: []string{"error: comando desconocido \"paymens\" para \"mxpay facti\"\n\n¿Quisiste decir esto?\n\tpayments\n", "Ejecuta `mxpay facti --help` para ver los comandos\n"}},
		{name: "missing argument", args: []string{"facti", "payments", "get"}, code: 2,
			en: []string{"Run `mxpay facti payments get --help` for usage.\n"},
			es: []string{"Ejecuta `mxpay facti payments get --help` para ver cómo se usa.\n"}},
		{name: "missing credential", args: []string{"facti", "payments", "list"}, code: 3, sandbox: true,
			en: []string{"error: no Facti Client ID and API key found for profile \"default\"\n", "Run `mxpay auth login facti`\n"},
			es: []string{"error: no se encontró Facti Client ID y API key para el perfil \"default\"\n", "Ejecuta `mxpay auth login facti`\n"}},
		{name: "confirmation answered no", args: []string{"facti", "payments", "pay", "1"}, code: 7, answerNo: true,
			en: []string{"error: cancelled: nothing was sent\n"},
			es: []string{"error: cancelado: no se envió nada\n"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := cmdtest.New(t)
			h.Env["MXPAY_ENV"] = "emulator"
			if c.sandbox {
				h.Env["MXPAY_ENV"] = "sandbox"
			}
			if c.answerNo {
				h.MustRun(0, "", "facti", "payments", "new", "--folio", "9", "--to-name", "X", "--to-email", "a@b.mx", "--amount", "1", "--no-email")
			}
			for _, lang := range []string{"", "es"} {
				wants := c.en
				delete(h.Env, "MXPAY_LANG")
				if lang != "" {
					wants = c.es
					h.Env["MXPAY_LANG"] = lang
				}
				if c.answerNo {
					h.TTY = true
					h.Prompter = prompttest.NewMock(t)
					h.Prompter.ExpectConfirm("", false)
				}
				r := h.Run("", c.args...)
				if r.Code != c.code {
					t.Errorf("MXPAY_LANG=%s: exit %d, want %d\n%s", lang, r.Code, c.code, r.Stderr)
				}
				for _, want := range wants {
					if !strings.Contains(r.Stderr, want) {
						t.Errorf("MXPAY_LANG=%s: stderr lacks %q:\n%s", lang, want, r.Stderr)
					}
				}
			}
		})
	}
}
