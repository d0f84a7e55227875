package uikit

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// scanRoots are the desktop app's code, as seen from this package's
// folder, with the name each is reported under.
var scanRoots = []struct{ dir, name string }{
	{"..", "ui"},
	{"../../cmd/parley", "cmd/parley"},
}

// keyScan is what the scan of the code found.
type keyScan struct {
	keys      map[string]string          // literal key of a lang.L call → first file using it
	dynamic   map[string][]string        // file → positions of lang.L calls whose key is not a literal
	unscanned []string                   // positions of lang calls the scan cannot read (N, X, XN…)
	literals  map[string]map[string]bool // file → every string literal in it
}

// scanKeys parses every non-test Go file of the desktop app and collects
// the keys of its lang.L calls.
func scanKeys(t *testing.T) keyScan {
	t.Helper()
	s := keyScan{keys: map[string]string{}, dynamic: map[string][]string{}, literals: map[string]map[string]bool{}}
	fset := token.NewFileSet()
	for _, root := range scanRoots {
		err := filepath.WalkDir(root.dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
				return err
			}
			rel, err := filepath.Rel(root.dir, p)
			if err != nil {
				return err
			}
			file := path.Join(root.name, filepath.ToSlash(rel))
			f, err := parser.ParseFile(fset, p, nil, 0)
			if err != nil {
				return err
			}
			s.literals[file] = map[string]bool{}
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.BasicLit:
					if v, err := strconv.Unquote(n.Value); err == nil && n.Kind == token.STRING {
						s.literals[file][v] = true
					}
				case *ast.CallExpr:
					s.call(fset, file, n)
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// call records a call to Fyne's lang package.
func (s *keyScan) call(fset *token.FileSet, file string, call *ast.CallExpr) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return
	}
	if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "lang" {
		return
	}
	where := file + ":" + strconv.Itoa(fset.Position(call.Pos()).Line)
	switch sel.Sel.Name {
	case "L", "Localize":
	case "N", "X", "XN", "LocalizeKey", "LocalizePlural", "LocalizePluralKey":
		s.unscanned = append(s.unscanned, where+" lang."+sel.Sel.Name)
		return
	default:
		return
	}
	if len(call.Args) == 0 {
		return
	}
	if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
		if key, err := strconv.Unquote(lit.Value); err == nil {
			if _, seen := s.keys[key]; !seen {
				s.keys[key] = file
			}
			return
		}
	}
	s.dynamic[file] = append(s.dynamic[file], where)
}
