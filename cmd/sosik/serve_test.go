package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServeRefusesMissingDatabase checks that a mistyped --db is an error
// rather than a new, empty corpus, unless --create asks for one.
func TestServeRefusesMissingDatabase(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "corpus.db")
	if err := os.WriteFile(existing, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "typo.db")
	tests := []struct {
		dsn    string
		create bool
		err    string
	}{
		{existing, false, ""},
		{"sqlite:" + existing, false, ""},
		{missing, false, "does not exist"},
		{"sqlite:" + missing, false, "pass --create"},
		{missing, true, ""},
		{"postgres://db.internal/sosik", false, ""},
	}
	for _, tt := range tests {
		err := checkDatabase(tt.dsn, tt.create)
		if (tt.err == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tt.err)) {
			t.Errorf("checkDatabase(%s, %v) = %v, want %q", tt.dsn, tt.create, err, tt.err)
		}
	}
	// Through the command: it fails before opening (and creating) anything.
	root.SetArgs([]string{"serve", "--db", missing, "--addr", "127.0.0.1:0"})
	defer root.SetArgs(nil)
	if err := root.Execute(); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("sosik serve --db %s: %v", missing, err)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("serve created %s", missing)
	}
}
