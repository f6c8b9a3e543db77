package store

import (
	"math"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestFTSTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"삼성전자 반도체", []string{"삼성전자", "반도체"}},
		{"3.5% K-pop OpenAI", []string{"3", "5", "k", "pop", "openai"}},
		{"  \n", nil},
		{"이/JKS 가'나", []string{"이", "jks", "가", "나"}},
	}
	for _, tt := range tests {
		if got := ftsTokens(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("ftsTokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTSVectorAndQueries(t *testing.T) {
	got := tsvectorText([]string{"반도체", "투자"}, []string{"반도체", "it's"})
	want := `'반도체':1A,4B '투자':2A 'it''s':5B`
	if got != want {
		t.Errorf("tsvectorText = %q, want %q", got, want)
	}
	q, toks, ok := phraseTSQuery([]string{"반도체", "투자"}, true)
	if !ok || q != `'반도체':A <-> '투자':A` || !slices.Equal(toks, []string{"반도체", "투자"}) {
		t.Errorf("phraseTSQuery = %q %q %v", q, toks, ok)
	}
	if _, _, ok := phraseTSQuery([]string{"!!"}, false); ok {
		t.Error("a phrase without tokens must match nothing")
	}
	if q, ok := gramTSQuery([]string{"기본", "본법", "법"}, true); !ok || q != `'기본' & '본법' & '법':*` {
		t.Errorf("gramTSQuery = %q", q)
	}
	if got := quoteLexeme(`a\b'c`); got != `'a\\b''c'` {
		t.Errorf("quoteLexeme = %s", got)
	}
}

func TestPhraseHitsAndBM25(t *testing.T) {
	lex := map[string]lexemePos{
		"반도체": {pos: []int{1, 5, 9}, head: []bool{true, false, false}},
		"투자":  {pos: []int{2, 6}, head: []bool{true, false}},
	}
	if got := phraseHits([]string{"반도체", "투자"}, lex, 3); got != 4 { // headline 3 + text 1
		t.Errorf("phrase hits = %v, want 4", got)
	}
	if got := phraseHits([]string{"투자", "반도체"}, lex, 3); got != 0 {
		t.Errorf("reversed phrase hits = %v, want 0", got)
	}
	if got := phraseHits([]string{"반도체"}, lex, 3); got != 5 {
		t.Errorf("single-token hits = %v, want 5", got)
	}
	// FTS5: idf = ln((N-n+0.5)/(n+0.5)), score = idf·f·(k1+1)/(f+k1·(1-b+b·D/avgdl)).
	want := math.Log((10-2+0.5)/(2+0.5)) * 4 * 2.2 / (4 + 1.2*(0.25+0.75*20/10.0))
	if got := bm25(4, 20, 2, 10, 10); math.Abs(got-want) > 1e-12 {
		t.Errorf("bm25 = %v, want %v", got, want)
	}
	if got := bm25(1, 10, 9, 10, 10); got <= 0 || got > 1e-5 {
		t.Errorf("bm25 of a term in most articles = %v, want the 1e-6 idf floor", got)
	}
}

func TestRebind(t *testing.T) {
	tests := []struct{ in, want string }{
		{`SELECT a FROM t WHERE x = ? AND y = ?`, `SELECT a FROM t WHERE x = $1 AND y = $2`},
		{`UPDATE t SET a = ?1, b = ?2 WHERE c = ?1`, `UPDATE t SET a = $1, b = $2 WHERE c = $1`},
		{`SELECT '?' , "a?" FROM t WHERE x = ?`, `SELECT '?' , "a?" FROM t WHERE x = $1`},
	}
	for _, tt := range tests {
		if got := rebind(tt.in); got != tt.want {
			t.Errorf("rebind(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Rows committed out of order (PostgreSQL writers) are waited for; earlier
// snapshots keep their view.
func TestColumnsPending(t *testing.T) {
	var c columns
	c.day, c.agency = []int32{0}, []uint32{0}
	c.add(1, 1, 20250101)
	c.add(4, 1, 20250104) // 2 and 3 not committed yet
	if !slices.Equal(c.pending, []int64{2, 3}) {
		t.Fatalf("pending %v, want [2 3]", c.pending)
	}
	old := c.day
	c.shared = true // as after a snapshot
	c.add(3, 2, 20250103)
	if !slices.Equal(c.pending, []int64{2}) || c.day[3] != 20250103 || c.agency[3] != 2 || old[3] != 0 {
		t.Errorf("late rid 3: pending %v day %v agency %v, old snapshot day %v", c.pending, c.day, c.agency, old)
	}
	c.add(4+pendingSpan+1, 1, 20250105)
	if len(c.pending) != pendingSpan {
		t.Errorf("%d pending, want only the last %d rids", len(c.pending), pendingSpan)
	}
}

// Whatever the query text, the lexemes sosik puts in a tsquery are runs of
// letters and numbers: quoting them cannot be escaped.
func FuzzFTSTokens(f *testing.F) {
	for _, s := range []string{"삼성전자 반도체", "3.5% K-pop", "'; DROP TABLE articles;--", `a\'b`, "İstanbul"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range ftsTokens(s) {
			if tok == "" || len(tok) > maxLexeme {
				t.Fatalf("token %q", tok)
			}
			for _, r := range tok {
				if !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.Is(unicode.Co, r) && !unicode.Is(unicode.Mn, r) {
					t.Fatalf("token %q of %q holds %q", tok, s, r)
				}
			}
			if q := quoteLexeme(tok); strings.Count(q, "'") != 2 {
				t.Fatalf("quoted %q", q)
			}
		}
	})
}
