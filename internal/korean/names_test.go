package korean

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// TestShippedNamesKeepNamesWhole: names mecab-ko-dic splits or misreads
// come out as one person name with the shipped dictionary.
func TestShippedNamesKeepNamesWhole(t *testing.T) {
	a := defaultAnalyzer(t)
	for _, tc := range []struct{ text, name string }{
		{"최순실 씨가 검찰에 출석했다.", "최순실"},
		{"트럼프는 관세를 예고했다.", "트럼프"},
		{"기시다 후미오 총리는 말했다.", "기시다"},
		{"하워드 러트닉 상무장관이 왔다.", "러트닉"},
		{"이방카 트럼프가 웃었다.", "이방카"},
		{"젤렌스키는 지원을 요청했다.", "젤렌스키"},
	} {
		tk, ok := find(a.Analyze(tc.text), tc.name)
		if !ok || tk.POS != "NNP" || tk.Class != "인명" || !tk.User {
			t.Errorf("%q: %q = %+v (found %v), want one NNP 인명 user token", tc.text, tc.name, tk, ok)
		}
	}
}

// TestShippedNamesMergeWithUserFile: a user file adds words and wins over
// a shipped entry of the same word.
func TestShippedNamesMergeWithUserFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "user.tsv")
	if err := os.WriteFile(path, []byte("트럼프\tNNP\t기관\n누리별\tNNP\t인명\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := NewAnalyzer(path)
	if err != nil {
		t.Fatal(err)
	}
	toks := a.Analyze("트럼프와 누리별과 최순실이 만났다.")
	for surface, class := range map[string]string{"트럼프": "기관", "누리별": "인명", "최순실": "인명"} {
		if tk, ok := find(toks, surface); !ok || tk.Class != class {
			t.Errorf("%s = %+v (found %v), want class %s", surface, tk, ok, class)
		}
	}
}

// TestShippedNamesAreSafe checks the rule of names.tsv's header: an entry
// is at least two syllables and no entry changes the analysis of the
// project's own example articles except where the entry itself stands.
func TestShippedNamesAreSafe(t *testing.T) {
	recs, err := readUserRecords(bytes.NewReader(shippedNames), "names.tsv")
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]bool{}
	for _, r := range recs {
		if n := len([]rune(r.Text)); n < 2 {
			t.Errorf("names.tsv: %q is one syllable", r.Text)
		}
		words[r.Text] = true
	}
	sd, err := SystemDict()
	if err != nil {
		t.Fatal(err)
	}
	plain, err := tokenizer.New(sd, tokenizer.OmitBosEos())
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../examples/*")
	more, _ := filepath.Glob("../extract/testdata/*.txt")
	files = append(files, more...)
	if len(files) == 0 {
		t.Skip("no example articles")
	}
	a := defaultAnalyzer(t)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			checkOnlyNamesDiffer(t, f, line, plain, a, words)
		}
	}
}

// checkOnlyNamesDiffer fails when a token boundary of the plain analysis
// disappears in a place no shipped name covers.
func checkOnlyNamesDiffer(t *testing.T, file, line string, plain *tokenizer.Tokenizer, a *Analyzer, words map[string]bool) {
	t.Helper()
	covered := map[int]bool{}
	for _, tk := range a.Analyze(line) {
		if tk.User && words[tk.Surface] {
			for p := tk.Start; p <= tk.End; p++ {
				covered[p] = true
			}
		}
	}
	starts := map[int]bool{}
	for _, tk := range a.tok.Tokenize(line) {
		starts[tk.Position] = true
	}
	for _, rt := range plain.Tokenize(line) {
		if isBlank(rt.Surface) || covered[rt.Position] {
			continue
		}
		if !starts[rt.Position] {
			t.Errorf("%s: names dictionary moved a token boundary at %q", filepath.Base(file), line[rt.Position:])
		}
	}
}
