package main

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/pflag"

	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/store/storetest"
)

// runCommand runs "sosik name args…" with the command's flags back at their
// defaults (cobra keeps values between runs).
func runCommand(t *testing.T, name string, args ...string) (string, error) {
	t.Helper()
	cmd, _, err := root.Find([]string{name})
	if err != nil {
		t.Fatal(err)
	}
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if sv, ok := f.Value.(pflag.SliceValue); ok {
			_ = sv.Replace(nil)
		} else {
			_ = f.Value.Set(f.DefValue)
		}
		f.Changed = false
	})
	var out, errOut bytes.Buffer
	root.SetArgs(append([]string{name}, args...))
	root.SetOut(&out)
	root.SetErr(&errOut)
	defer root.SetArgs(nil)
	err = root.Execute()
	return out.String(), err
}

// ids replaces "id N" by "id #" so expected text does not depend on ids.
var ids = regexp.MustCompile(`id \d+`)

func TestEntityAmbiguous(t *testing.T) {
	db := filepath.Join(t.TempDir(), "amb.db")
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	storetest.MustPut(t, st, storetest.AmbiguityCorpus()...)
	st.Close()
	const want = `"한가람" fits 2 entities; use the id:
  1) 정한가람 (PERSON, 해양부 장관, 4 articles, id #) also 한가람
  2) 한가람 (PERSON, 푸른구의회 구의원, 1 article, id #)`
	tests := []struct {
		name string
		args []string
	}{
		{"entity", []string{"entity", "한가람"}},
		{"timeline", []string{"timeline", "한가람"}},
		{"graph filter", []string{"graph", "--entity", "한가람"}},
		{"search filter", []string{"search", "--entity", "한가람", "장관"}},
		{"events filter", []string{"events", "--entity", "한가람"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := runCommand(t, tt.args[0], append([]string{"--db", db}, tt.args[1:]...)...)
			if err == nil {
				t.Fatal("no error: an ambiguous name must not pick an entity")
			}
			if got := ids.ReplaceAllString(err.Error(), "id #"); got != want {
				t.Errorf("error\n%s\nwant\n%s", got, want)
			}
		})
	}
	out, err := runCommand(t, "entity", "--db", db, "정한가람")
	if err != nil || !strings.HasPrefix(out, "정한가람 (PERSON, id ") || !strings.Contains(out, "also: 한가람") {
		t.Errorf("unique name: %v\n%s", err, out)
	}
}
