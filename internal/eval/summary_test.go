package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExpandGoldensAndSourcePath(t *testing.T) {
	root := t.TempDir()
	for _, p := range []string{"golden/dev/b.json", "golden/dev/a.json", "golden/dev/notes.txt", "golden/seed.json", "data/x.txt", "seed/y.txt"} {
		full := filepath.Join(root, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := ExpandGoldens([]string{filepath.Join(root, "golden/dev"), filepath.Join(root, "golden/seed.json")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"golden/dev/a.json", "golden/dev/b.json", "golden/seed.json"}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != filepath.Join(root, want[i]) {
			t.Errorf("%d: got %s, want %s", i, got[i], want[i])
		}
	}
	if _, err := ExpandGoldens([]string{filepath.Join(root, "data")}); err == nil {
		t.Error("a folder without goldens was accepted")
	}
	tests := []struct{ golden, source, want string }{
		{"golden/dev/a.json", "data/x.txt", "data/x.txt"},
		{"golden/seed.json", "seed/y.txt", "seed/y.txt"},
		{"golden/dev/a.json", "data/missing.txt", "golden/data/missing.txt"},
	}
	for _, tt := range tests {
		if got := SourcePath(filepath.Join(root, tt.golden), tt.source); got != filepath.Join(root, tt.want) {
			t.Errorf("SourcePath(%s, %s) = %s, want %s", tt.golden, tt.source, got, tt.want)
		}
	}
}

func TestSummaryPrint(t *testing.T) {
	var s Summary
	s.Add("001.json", &Result{Groups: []Group{{"article", 3, 4}, {"entities", 1, 4}}, EntityPrecision: 1, Errors: []string{"x"}})
	s.Add("002.json", &Result{Groups: []Group{{"article", 2, 2}, {"quotes", 2, 2}}, EntityPrecision: 0.5})
	if got := s.MeanRecall(); got != 0.75 { // (4/8 + 4/4) / 2
		t.Errorf("mean recall %v, want 0.75", got)
	}
	var b strings.Builder
	if err := s.Print(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"001.json", "0.50       3/4", "mean of 2 files", "0.75       5/6       0.75      1", "all checks: overall recall 0.67 (8/12)"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
}
