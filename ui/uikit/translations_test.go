package uikit

import (
	"encoding/json"
	"flag"
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
	"text/template"
)

var update = flag.Bool("update", false, "rewrite translations/en.json from the keys the code uses")

// usedKeys collects the literal keys of every lang.L call in the desktop
// app's code (ui/ and cmd/parley), with the file that uses each first.
func usedKeys(t *testing.T) map[string]string {
	t.Helper()
	keys := map[string]string{}
	fset := token.NewFileSet()
	for _, root := range []string{"..", "../../cmd/parley"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) == 0 {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "L" {
					return true
				}
				if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "lang" {
					return true
				}
				if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					s, err := strconv.Unquote(lit.Value)
					if err == nil {
						if _, seen := keys[s]; !seen {
							keys[s] = path
						}
					}
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

// TestEveryKeyIsTranslated checks that the French file translates every
// key the code uses, keeps each template's fields, and that en.json lists
// them all (go test -update rewrites en.json).
func TestEveryKeyIsTranslated(t *testing.T) {
	keys := usedKeys(t)
	if len(keys) < 50 {
		t.Fatalf("found only %d keys: is the scan broken?", len(keys))
	}
	if *update {
		en := map[string]string{}
		for k := range keys {
			en[k] = k
		}
		b, err := json.MarshalIndent(en, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("translations/en.json", append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fr, err := Translations("fr")
	if err != nil {
		t.Fatal(err)
	}
	en, err := Translations("en")
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	for k, file := range keys {
		if _, ok := en[k]; !ok {
			t.Errorf("en.json lacks %q (%s): run go test ./ui/uikit -update", k, file)
		}
		v, ok := fr[k]
		if !ok {
			missing = append(missing, k+"  ("+file+")")
			continue
		}
		if fields(k) != fields(v) {
			t.Errorf("fr.json: %q keeps other template fields than its key: %q", v, k)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("fr.json lacks %d keys:\n%s", len(missing), strings.Join(missing, "\n"))
	}
}

// fields lists a template's {{.Field}} names, sorted, so a translation that
// drops or misspells one is caught.
func fields(s string) string {
	if _, err := template.New("").Parse(s); err != nil {
		return "unparsable: " + err.Error()
	}
	var names []string
	for _, part := range strings.Split(s, "{{")[1:] {
		if end := strings.Index(part, "}}"); end > 0 {
			names = append(names, strings.TrimSpace(part[:end]))
		}
	}
	sort.Strings(names)
	return strings.Join(names, ",")
}
