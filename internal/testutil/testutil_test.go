package testutil

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSharedFollowsTheVariable(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "seed"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv(SharedEnv, dir)
	if got := Shared(t, "seed"); got != filepath.Join(dir, "seed") {
		t.Fatalf("Shared(seed) = %q, want %q", got, filepath.Join(dir, "seed"))
	}
	if _, ok := SharedPath("golden"); ok {
		t.Fatal("SharedPath(golden) exists in an empty folder")
	}
}

func TestSharedSkipsWhenAbsent(t *testing.T) {
	t.Setenv(SharedEnv, filepath.Join(t.TempDir(), "none"))
	skipped := false
	t.Run("absent", func(t *testing.T) {
		defer func() { skipped = t.Skipped() }()
		Shared(t, "seed")
		t.Error("Shared returned for absent data")
	})
	if !skipped {
		t.Fatal("Shared did not skip")
	}
}

func TestRepoRoot(t *testing.T) {
	root, ok := repoRoot()
	if _, err := os.Stat(filepath.Join(root, "internal", "testutil", "testutil.go")); !ok || err != nil {
		t.Fatalf("repoRoot = %q, %v: want the repository", root, ok)
	}
}
