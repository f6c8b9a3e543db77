// Package testutil holds what the tests of several packages share: where
// the project's shared data is. Only tests import it.
package testutil

import (
	"os"
	"path/filepath"
	"testing"
)

// SharedEnv names a variable that overrides where the shared data is;
// without it the data is the folder "shared" beside the repository.
const SharedEnv = "SOSIK_SHARED"

// SharedDir returns the shared data folder and whether it exists.
func SharedDir() (string, bool) {
	dir := os.Getenv(SharedEnv)
	if dir == "" {
		root, ok := repoRoot()
		if !ok {
			return "", false
		}
		dir = filepath.Join(filepath.Dir(root), "shared")
	}
	st, err := os.Stat(dir)
	return dir, err == nil && st.IsDir()
}

// SharedPath returns the path of rel (slash-separated parts) inside the
// shared data, and whether it exists.
func SharedPath(rel ...string) (string, bool) {
	dir, ok := SharedDir()
	if !ok {
		return "", false
	}
	p := filepath.Join(append([]string{dir}, rel...)...)
	_, err := os.Stat(p)
	return p, err == nil
}

// Shared returns the path of rel inside the shared data, and skips the
// test with a message saying what is missing when it is absent (a fresh
// clone has no shared data).
func Shared(t testing.TB, rel ...string) string {
	t.Helper()
	p, ok := SharedPath(rel...)
	if !ok {
		where := filepath.Join(rel...)
		dir, _ := SharedDir()
		t.Skipf("shared data %s absent (looked in %q; the shared folder sits beside the repository, or set %s)", where, dir, SharedEnv)
	}
	return p
}

// repoRoot is the folder of go.mod above the working directory (a test
// runs in its package's folder).
func repoRoot() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}
