package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// messageArg says which argument of a call is a catalog id: the functions
// that take a message to translate, by name. A call with a non-literal
// there (a variable) is not checked here; its text is a literal elsewhere.
var messageArg = map[string]int{
	"T":              0, // IOStreams.T, Printer.T
	"Text":           0, // IOStreams.Text, Printer.Text
	"Errorf":         0, // i18n.Errorf (fmt.Errorf is skipped below)
	"UsageErrorf":    0,
	"DeclinedErrorf": 0,
	"Usagef":         0,
	"AuthErrorf":     1,
	"Authf":          1,
	"WithHintf":      1,
	"New":            1, // errs.New(kind, key, args...)
}

// messageField lists struct fields whose literal is a catalog id (a table
// column's header, shown translated on a terminal).
var messageField = map[string]bool{"Header": true}

// Every message mxpay's code shows a person has a Spanish entry: the
// catalogs cannot silently fall behind the code.
func TestEveryMessageHasSpanish(t *testing.T) {
	missing := map[string][]string{}
	fset := token.NewFileSet()
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch rel, _ := filepath.Rel(root, path); {
			case d.Name() == "testdata" || d.Name() == ".git" || d.Name() == "node_modules",
				// The emulator speaks for the providers (their words, not
				// mxpay's); `mxpay emulator`'s own words are checked.
				rel == filepath.Join("internal", "emulator"),
				rel == filepath.Join("internal", "i18n"): // this package
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(fset, path, src, 0)
		if err != nil {
			return err
		}
		note := func(lit ast.Expr) {
			b, ok := lit.(*ast.BasicLit)
			if !ok || b.Kind != token.STRING {
				return
			}
			key, err := strconv.Unquote(b.Value)
			if err != nil || key == "" || Has(key) {
				return
			}
			pos := fset.Position(b.Pos())
			rel, _ := filepath.Rel(root, pos.Filename)
			missing[key] = append(missing[key], rel+":"+strconv.Itoa(pos.Line))
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				name, pkg := callName(n.Fun)
				i, ok := messageArg[name]
				if !ok || pkg == "fmt" || pkg == "errors" || (name == "New" && pkg != "errs") || (name == "Errorf" && pkg != "i18n") {
					return true
				}
				if i < len(n.Args) {
					note(n.Args[i])
				}
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok && messageField[id.Name] {
					note(n.Value)
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(missing))
	for k := range missing {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return missing[keys[i]][0] < missing[keys[j]][0] })
	for _, k := range keys {
		t.Errorf("%s: no Spanish for %q", strings.Join(missing[k], ", "), k)
	}
}

// callName is a call's function name and, for pkg.F or x.F, the
// qualifier's name.
func callName(fun ast.Expr) (name, qualifier string) {
	switch f := fun.(type) {
	case *ast.Ident:
		return f.Name, ""
	case *ast.SelectorExpr:
		if id, ok := f.X.(*ast.Ident); ok {
			return f.Sel.Name, id.Name
		}
		return f.Sel.Name, "?"
	}
	return "", ""
}
