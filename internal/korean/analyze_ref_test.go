package korean

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// analyzeReference is Analyze as first written (a strings.Split per
// token, one string concatenation per lemma); the optimised Analyze must
// return exactly the same tokens.
func analyzeReference(a *Analyzer, text string) []Token {
	raw := a.tok.Tokenize(text)
	out := make([]Token, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		t := &raw[i]
		pos, _ := t.FeatureAt(0)
		if pos == "SP" || pos == "" || isBlank(t.Surface) {
			continue
		}
		if pos == "SN" && isDigit(t.Surface[0]) {
			tk, next := mergeNumber(text, raw, i)
			out = append(out, tk)
			i = next - 1
			continue
		}
		tk := Token{
			Surface: t.Surface,
			POS:     pos,
			Base:    t.Surface,
			Start:   t.Position,
			End:     t.Position + len(t.Surface),
			Known:   t.Class == tokenizer.KNOWN || t.Class == tokenizer.USER,
			User:    t.Class == tokenizer.USER,
		}
		if tk.User {
			tk.POS, tk.Class, _ = strings.Cut(pos, "/")
		} else {
			if c, ok := t.FeatureAt(featClass); ok && c != "*" {
				tk.Class = c
			}
			if r, ok := t.FeatureAt(featReading); ok && r != "*" {
				tk.Base = r
			}
			typ, _ := t.FeatureAt(featType)
			if e, ok := t.FeatureAt(featExpr); ok && e != "*" {
				tk.Parts = strings.Split(e, "+")
			}
			if isPredicate(pos) {
				stem := tk.Base
				if typ == "Inflect" && len(tk.Parts) > 0 {
					stem, _, _ = strings.Cut(tk.Parts[0], "/")
				}
				tk.Base = stem + "다"
			}
		}
		out = append(out, tk)
	}
	return out
}

// TestAnalyzeMatchesReference compares the token streams of Analyze and
// analyzeReference on every example article, the test article and, when
// present, the shared seed, plus edge cases.
func TestAnalyzeMatchesReference(t *testing.T) {
	a := defaultAnalyzer(t)
	texts := map[string]string{
		"empty":   "",
		"spaces":  " \t\n  ",
		"numbers": "1,200원과 3.5%, 2025.04.01. 5000억 달러",
		"verbs":   "그는 나섰다. 했던 일을 하겠다고 밝혔다.",
		"hanja":   "日 정부와 美 대통령이 中에 갔다.",
	}
	var files []string
	for _, pat := range []string{"../../examples/*", "testdata/*.txt", "../../../shared/seed/*.txt"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no example files found")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[f] = string(b)
	}
	for name, text := range texts {
		got, want := a.Analyze(text), analyzeReference(a, text)
		if len(got) != len(want) {
			t.Errorf("%s: %d tokens, reference %d", name, len(got), len(want))
			continue
		}
		for i := range got {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("%s: token %d = %+v, reference %+v", name, i, got[i], want[i])
				break
			}
		}
	}
}

// TestAnalyzePartsIsolated checks that appending to one token's Parts
// cannot change another token's, although they share a backing array.
func TestAnalyzePartsIsolated(t *testing.T) {
	a := defaultAnalyzer(t)
	toks := a.Analyze("회장이 나섰고 정부는 했던 일을 밝혔다.")
	var withParts []int
	for i, tk := range toks {
		if len(tk.Parts) > 0 {
			withParts = append(withParts, i)
		}
	}
	if len(withParts) < 2 {
		t.Fatalf("want two tokens with parts, got %d in %+v", len(withParts), toks)
	}
	first, second := withParts[0], withParts[1]
	before := append([]string(nil), toks[second].Parts...)
	_ = append(toks[first].Parts, "X/XX/*")
	if !reflect.DeepEqual(toks[second].Parts, before) {
		t.Errorf("appending to token %d's parts changed token %d's: %v, was %v", first, second, toks[second].Parts, before)
	}
}
