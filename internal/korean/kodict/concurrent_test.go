package kodict

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// childEnv, when set to a directory, makes the test binary load the
// dictionary with that cache directory, print the tokens of childText and
// exit: one of the processes of TestConcurrentFirstUse.
const childEnv = "KODICT_TEST_CHILD_DIR"

const childText = "이재용 삼성전자 회장이 3일 일본 도쿄에서 경제단체 관계자들과 만났다."

func childLoad(dir string) int {
	d, err := Load(Options{Dir: dir, Logf: func(f string, a ...any) { fmt.Fprintf(os.Stderr, f+"\n", a...) }})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	tk, err := tokenizer.New(d.Kagome(), tokenizer.OmitBosEos())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Print(tokenLines(d, tk.Tokenize(childText)))
	return 0
}

func tokenLines(d *Dict, ts []tokenizer.Token) string {
	var b strings.Builder
	for _, t := range ts {
		fmt.Fprintf(&b, "%s %d %d %s\n", t.Surface, t.ID, t.Position, strings.Join(features(d, t), ","))
	}
	return b.String()
}

// TestConcurrentFirstUse starts two processes on an empty cache directory
// at once. Both build and rename their file into place; both must tokenize
// correctly, and the directory must end with one sound file and no
// leftovers.
func TestConcurrentFirstUse(t *testing.T) {
	if testing.Short() {
		t.Skip("two processes each decode the zip form (about 3 s, 350 MiB): not in -short")
	}
	flat := testFlat(t)
	ft, err := tokenizer.New(flat.Kagome(), tokenizer.OmitBosEos())
	if err != nil {
		t.Fatal(err)
	}
	want := tokenLines(flat, ft.Tokenize(childText))
	dir := t.TempDir()
	var outs [2]bytes.Buffer
	var cmds [2]*exec.Cmd
	for i := range cmds {
		cmds[i] = exec.Command(os.Args[0], "-test.run=^$")
		cmds[i].Env = append(os.Environ(), childEnv+"="+dir)
		cmds[i].Stdout = &outs[i]
		cmds[i].Stderr = os.Stderr
		if err := cmds[i].Start(); err != nil {
			t.Fatal(err)
		}
	}
	for i, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatalf("process %d: %v", i, err)
		}
		if outs[i].String() != want {
			t.Errorf("process %d tokens:\n%s\nwant:\n%s", i, outs[i].String(), want)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != FileName() {
		t.Fatalf("cache directory holds %v, want only %s", entries, FileName())
	}
	if _, err := OpenFile(filepath.Join(dir, FileName())); err != nil {
		t.Fatal(err)
	}
}
