package korean

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"

	ko "github.com/ikawaha/kagome-dict-ko"
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
		pos, _ := a.feature(t, 0)
		if pos == "SP" || pos == "" || isBlank(t.Surface) {
			continue
		}
		if pos == "SN" && isDigit(t.Surface[0]) {
			s, e, next := mergeNumber(text, raw, i)
			out = append(out, Token{Surface: text[s:e], POS: "SN", Base: text[s:e], Start: s, End: e})
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
			if c, ok := a.feature(t, featClass); ok && c != "*" {
				tk.Class = c
			}
			if r, ok := a.feature(t, featReading); ok && r != "*" {
				tk.Base = r
			}
			typ, _ := a.feature(t, featType)
			if e, ok := a.feature(t, featExpr); ok && e != "*" {
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
		// unknown number tokens of one class, some merged and some not
		"numerals": "①항과 ２０２５년, ⅣA와 12개, ③ 3.5배 ⑳ 1,200원",
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

// TestAnalyzeFlatMatchesZip runs the analyser over the flat dictionary and
// over kagome-dict-ko's zip form, with the shipped names: every token of the
// examples, the test articles and the Korean lines of the test sources must
// be the same.
func TestAnalyzeFlatMatchesZip(t *testing.T) {
	flat := defaultAnalyzer(t)
	ud, err := ReadUserDict(bytes.NewReader(shippedNames), "names.tsv")
	if err != nil {
		t.Fatal(err)
	}
	zt, err := tokenizer.New(ko.Dict(), tokenizer.OmitBosEos(), tokenizer.UserDict(ud))
	if err != nil {
		t.Fatal(err)
	}
	zip := &Analyzer{tok: zt}
	var files []string
	for _, pat := range []string{"../../examples/*", "testdata/*.txt", "../*/testdata/*.txt", "../*/testdata/*.html", "../*/*_test.go", "../*/*/*_test.go"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	tokens := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if strings.HasSuffix(f, ".go") {
			text = koreanLines(text)
		}
		got, want := flat.Analyze(text), zip.Analyze(text)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the flat dictionary's analysis differs from the zip form's", f)
		}
		tokens += len(want)
	}
	if len(files) < 50 || tokens < 50000 {
		t.Fatalf("only %d files, %d tokens compared", len(files), tokens)
	}
	t.Logf("%d files, %d tokens identical", len(files), tokens)
}

// koreanLines keeps the lines of a Go source that hold Hangul.
func koreanLines(src string) string {
	var b strings.Builder
	for line := range strings.Lines(src) {
		if strings.ContainsFunc(line, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) {
			b.WriteString(line)
		}
	}
	return b.String()
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
