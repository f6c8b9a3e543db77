package codecheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// maxLines is the longest a function in internal/ may be, its signature
// and closing brace included. Long rule functions become short steps with
// named predicates; tests are exempt.
const maxLines = 80

// knownLong are functions over the limit in packages other helpers are
// changing now; each must be split, then removed from here (the test
// fails when one listed is short already, so the list only shrinks).
var knownLong = []string{}

// longFunctions lists "pkg/file.go name (N lines)" for every non-test
// function of the Go files under root longer than maxLines.
func longFunctions(t *testing.T, root string) map[string]int {
	t.Helper()
	long := map[string]int{}
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if n := fset.Position(fd.End()).Line - fset.Position(fd.Pos()).Line + 1; n > maxLines {
				long[filepath.ToSlash(rel)+" "+fd.Name.Name] = n
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return long
}

func TestNoLongFunctions(t *testing.T) {
	long := longFunctions(t, "..")
	for name, n := range long {
		if !slices.Contains(knownLong, name) {
			t.Errorf("%s is %d lines, over %d: split it into short steps", name, n, maxLines)
		}
	}
	for _, name := range knownLong {
		if _, ok := long[name]; !ok {
			t.Errorf("%s is no longer over %d lines (or is gone): remove it from knownLong", name, maxLines)
		}
	}
}

// TestLengthCheckSeesLongFunctions: the check finds a long function in a
// file written for it, so it cannot pass by looking at nothing.
func TestLengthCheckSeesLongFunctions(t *testing.T) {
	dir := t.TempDir()
	body := "package x\n\nfunc long() {\n" + strings.Repeat("\t_ = 1\n", maxLines) + "}\n\nfunc short() {}\n"
	if err := writeFile(filepath.Join(dir, "x.go"), body); err != nil {
		t.Fatal(err)
	}
	if err := writeFile(filepath.Join(dir, "x_test.go"), strings.Replace(body, "long()", "longTest()", 1)); err != nil {
		t.Fatal(err)
	}
	got := longFunctions(t, dir)
	if len(got) != 1 || got["x.go long"] != maxLines+2 {
		t.Fatalf("found %v, want only x.go long with %d lines", got, maxLines+2)
	}
	if n := len(longFunctions(t, "..")); n > len(knownLong)+50 || len(knownFiles(t)) < 100 {
		t.Fatalf("the walk over internal/ looks wrong: %d long functions, %d files", n, len(knownFiles(t)))
	}
}
