package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runEvalCertainty(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	root.SetArgs(append([]string{"eval", "certainty"}, args...))
	root.SetOut(&out)
	root.SetErr(&bytes.Buffer{})
	defer root.SetArgs(nil)
	err := root.Execute()
	return out.String(), err
}

func TestEvalCertaintyCommand(t *testing.T) {
	set := filepath.Join(t.TempDir(), "set.tsv")
	body := "denied\tMEET\tbody\t김철수 대표는 박영희 사장을 만나지 않았다.\nplanned\tMEET\tbody\t김철수 대표는 오는 5일 박영희 사장을 만날 예정이다.\nasserted\tMEET\tbody\t김철수 대표는 박영희 사장을 만날 가능성이 있다.\n"
	if err := os.WriteFile(set, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := runEvalCertainty(t, set, "--misses", "--min", "0")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"expected\\got", "denied", "accuracy 0.667 (2/3)", "miss line 3: asserted MEET, got speculated"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if _, err := runEvalCertainty(t, set, "--misses=false", "--min", "0.9"); err == nil || !strings.Contains(err.Error(), "below") {
		t.Errorf("--min 0.9 on 0.667: error %v", err)
	}
	if _, err := runEvalCertainty(t, filepath.Join(t.TempDir(), "missing.tsv"), "--misses=false", "--min", "0"); err == nil {
		t.Error("a missing set file gave no error")
	}
}
