package main

import (
	"strings"

	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/spf13/cobra"
)

// The fixed words cobra/doc writes around a command's own texts, and their
// Spanish. A page's line equal to one of the English ones is replaced
// whole; nothing else of the page is touched but the use line and pflag's
// "(default …)" (see spanishMarkdown).
var (
	markdownHeadings = map[string]string{
		"### Synopsis": "### Descripción",
		"### Options":  "### Opciones",
		"### Options inherited from parent commands": "### Opciones heredadas de los comandos superiores",
		"### Examples": "### Ejemplos",
		"### SEE ALSO": "### Ver también",
	}
	// The words of Spanish man pages (NOMBRE, SINOPSIS, VÉASE TAMBIÉN…).
	manHeadings = map[string]string{
		".SH NAME":        ".SH NOMBRE",
		".SH SYNOPSIS":    ".SH SINOPSIS",
		".SH DESCRIPTION": ".SH DESCRIPCIÓN",
		".SH OPTIONS":     ".SH OPCIONES",
		".SH OPTIONS INHERITED FROM PARENT COMMANDS": ".SH OPCIONES HEREDADAS DE LOS COMANDOS SUPERIORES",
		".SH EXAMPLE":  ".SH EJEMPLOS",
		".SH SEE ALSO": ".SH VÉASE TAMBIÉN",
		".SH HISTORY":  ".SH HISTORIAL",
	}
	// The .TH line's date (cobra writes "Jan 2006" of the fixed date) and
	// manual name.
	manTitle = strings.NewReplacer(`"Jan 2026"`, `"enero de 2026"`, `"mxpay manual"`, `"manual de mxpay"`)
)

// spanishMarkdown translates cobra's headings of a markdown page, the use
// line's "[flags]" (as --help shows it) and pflag's "(default …)" in the
// option lists.
func spanishMarkdown(c *cobra.Command, page string, p *i18n.Printer) string {
	lines := strings.Split(page, "\n")
	inOptions, inBlock := false, false
	for i, line := range lines {
		if t, ok := markdownHeadings[line]; ok {
			lines[i] = t
			inOptions = strings.HasPrefix(line, "### Options")
			continue
		}
		if line == "```" {
			inBlock = !inBlock
			if !inBlock {
				inOptions = false
			}
			continue
		}
		switch {
		case inBlock && inOptions:
			lines[i] = strings.ReplaceAll(line, " (default ", " "+p.Text("(default "))
		case inBlock && line == c.UseLine():
			lines[i] = useLine(c, p)
		}
	}
	return strings.Join(lines, "\n")
}

// spanishMan translates cobra's section names of a man page, its title
// line's date and manual, and the synopsis' "[flags]".
func spanishMan(c *cobra.Command, page string, p *i18n.Printer) string {
	lines := strings.Split(page, "\n")
	synopsis := false
	for i, line := range lines {
		if t, ok := manHeadings[line]; ok {
			lines[i] = t
			synopsis = line == ".SH SYNOPSIS"
			continue
		}
		switch {
		case strings.HasPrefix(line, ".TH "):
			lines[i] = manTitle.Replace(line)
		case synopsis && strings.HasPrefix(line, `\fB`):
			lines[i] = strings.Replace(line, "[flags]", p.Text("[flags]"), 1)
			synopsis = false
		}
	}
	return strings.Join(lines, "\n")
}

// useLine is the command's use line as its Spanish --help shows it.
func useLine(c *cobra.Command, p *i18n.Printer) string {
	return strings.Replace(c.UseLine(), "[flags]", p.Text("[flags]"), 1)
}
