package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runTokenize runs "sosik tokenize args…" with stdin and returns stdout.
// Cobra keeps flag values between runs, so every call names them all.
func runTokenize(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	root.SetArgs(append([]string{"tokenize"}, args...))
	root.SetIn(strings.NewReader(stdin))
	root.SetOut(&out)
	root.SetErr(&errOut)
	defer root.SetArgs(nil)
	err := root.Execute()
	return out.String(), err
}

func TestTokenizeCommand(t *testing.T) {
	out, err := runTokenize(t, "정부는 3일 밝혔다.", "--format", "text", "--user-dict", "", "-")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 5 || lines[0] != "정부\tNNG\t*\t정부\t0-6" {
		t.Fatalf("text output:\n%s", out)
	}
	for _, l := range lines {
		if len(strings.Split(l, "\t")) != 5 {
			t.Errorf("line %q has not five columns", l)
		}
	}

	dict := filepath.Join(t.TempDir(), "names.tsv")
	if err := os.WriteFile(dict, []byte("홍길순\tNNP\t인명\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = runTokenize(t, "홍길순 대표", "--format", "json", "--user-dict", dict, "-")
	if err != nil {
		t.Fatal(err)
	}
	var toks []struct {
		Surface, POS, Class string
		User                bool
	}
	if err := json.Unmarshal([]byte(out), &toks); err != nil {
		t.Fatalf("json output %q: %v", out, err)
	}
	if len(toks) != 2 || toks[0].Surface != "홍길순" || toks[0].POS != "NNP" || toks[0].Class != "인명" || !toks[0].User {
		t.Errorf("json tokens = %+v", toks)
	}

	if _, err := runTokenize(t, "", "--format", "xml", "--user-dict", "", "-"); err == nil {
		t.Error("unknown format: no error")
	}
	if _, err := runTokenize(t, "", "--format", "text", "--user-dict", "", filepath.Join(t.TempDir(), "absent.txt")); err == nil {
		t.Error("missing file: no error")
	}
}
