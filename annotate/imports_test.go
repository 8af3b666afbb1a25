package annotate

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// module is the import path of the repository's root module.
const module = "github.com/quelle-nlp/quelle"

// TestImportRules enforces the layout's rules on the non-test Go files:
// the core (this package) imports no package below annotate/, and a
// package below annotate/ (a stage, or the prose baseline) imports no other
// package below annotate/. Stages see each other only through the spans in
// the document; pipeline/ is the one place that imports them all.
func TestImportRules(t *testing.T) {
	dirs, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	checkImports(t, ".", module+"/annotate")
	for _, d := range dirs {
		if d.IsDir() && d.Name() != "testdata" {
			checkImports(t, d.Name(), module+"/annotate/"+d.Name())
		}
	}
}

// checkImports fails t for every import of another package below
// annotate/ in the non-test files of dir, whose import path is self.
func checkImports(t *testing.T, dir, self string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		ast, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range ast.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if below(path) && path != self {
				t.Errorf("%s (%s) imports %s: the core imports no stage, and a stage imports no other stage", f, self, path)
			}
		}
	}
}

// below reports whether path is a package below annotate/.
func below(path string) bool { return strings.HasPrefix(path, module+"/annotate/") }
