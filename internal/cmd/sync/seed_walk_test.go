package sync_test

import (
	"bufio"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The Sync document (the PHP library's README) vendored in
// internal/sync/testdata lists its resources in tables:
//
//	Recurso Acción Método Autenticación Parametros
//	/users Consulta usuarios para esa API Key GET
//	{ api_key: API_KEY }
//	{
//	    "id_external", // Opcional
//	    …
//	}
//	Crea un usuario nuevo POST
//	…
//
// A row names a resource (or repeats the one above), an action and a
// method (or repeats the one above); a parameter block under it belongs to
// it, and a row without one shares the block of the row above, as cells
// spanning rows do in the original table. The Sync::run examples add
// calls and parameters of their own (GET /users with id_user).
const seedDocument = "../../sync/testdata/sync-php-README.txt"

// documentedCalls returns every documented call ("GET /users") with its
// parameters.
func documentedCalls(t *testing.T) map[string][]string {
	t.Helper()
	f, err := os.Open(seedDocument)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20) // the document holds long base64 lines
	for sc.Scan() {
		lines = append(lines, strings.TrimSpace(sc.Text()))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	calls := map[string][]string{}
	add := func(call string, params ...string) {
		for _, p := range params {
			if !slices.Contains(calls[call], p) {
				calls[call] = append(calls[call], p)
			}
		}
		if calls[call] == nil {
			calls[call] = []string{}
		}
	}
	tables := 0
	for i := 0; i < len(lines); i++ {
		switch {
		case lines[i] == "Recurso Acción Método Autenticación Parametros":
			i = readTable(lines, i+1, add)
			tables++
		case strings.HasPrefix(lines[i], "$") && strings.Contains(lines[i], "Sync::run("):
			i = readExample(lines, i+1, add)
		}
	}
	if tables != 7 || len(calls) < 20 {
		t.Fatalf("read %d tables and %d calls from %s: has its layout changed?", tables, len(calls), seedDocument)
	}
	return calls
}

var (
	methods     = []string{"GET", "POST", "PUT", "DELETE"}
	quotedName  = regexp.MustCompile(`"(\w+)"`)
	exampleArg  = regexp.MustCompile(`"(\w+)"\s*=>`)
	examplePath = regexp.MustCompile(`^["'](/[^"']+)["'],$`)
	pathVar     = regexp.MustCompile(`\$(\w+)`)
)

// readTable reads one resource table from lines[i], up to the blank line
// that ends it, and returns the index of that line.
func readTable(lines []string, i int, add func(string, ...string)) int {
	var resource, method string
	var pending string // the last row, until its block is known
	var last []string  // the block of the row above
	hasBlock := false
	settle := func() {
		if pending != "" && !hasBlock {
			add(pending, last...)
		}
	}
	for ; i < len(lines) && lines[i] != ""; i++ {
		line := lines[i]
		switch {
		case strings.HasPrefix(line, "{") && strings.Contains(line, ":") && strings.HasSuffix(line, "}"):
			// { api_key: API_KEY }: the authentication column
		case line == "{}":
			last, hasBlock = []string{}, true
			add(pending)
		case line == "{":
			var block []string
			for i++; i < len(lines) && lines[i] != "}"; i++ {
				text, _, _ := strings.Cut(lines[i], "//") // comments list event names
				for _, m := range quotedName.FindAllStringSubmatch(text, -1) {
					block = append(block, m[1])
				}
			}
			last, hasBlock = block, true
			add(pending, block...)
		default: // a row
			settle()
			words := strings.Fields(line)
			if strings.HasPrefix(words[0], "/") {
				resource = words[0]
			}
			inline := words[len(words)-1] == "{}"
			if inline {
				words = words[:len(words)-1]
			}
			if m := words[len(words)-1]; slices.Contains(methods, m) {
				method = m
			}
			pending, hasBlock = method+" "+resource, false
			if inline {
				last, hasBlock = []string{}, true
				add(pending)
			}
		}
	}
	settle()
	return i
}

// readExample reads the arguments of one Sync::run( example: auth, path,
// parameters, method. Paths held in variables ($attachmentUrl) are left
// out; "/users/$id_user" is read as /users/:id_user.
func readExample(lines []string, i int, add func(string, ...string)) int {
	path := ""
	var params []string
	for ; i < len(lines) && lines[i] != ");" && !strings.HasPrefix(lines[i], ");"); i++ {
		if m := examplePath.FindStringSubmatch(lines[i]); m != nil && path == "" {
			path = pathVar.ReplaceAllString(m[1], ":$1")
			continue
		}
		if path == "" {
			continue // the authentication argument
		}
		for _, m := range exampleArg.FindAllStringSubmatch(lines[i], -1) {
			params = append(params, m[1])
		}
		if m := strings.Trim(lines[i], "'\","); slices.Contains(methods, m) {
			add(m+" "+path, params...)
		}
	}
	return i
}
