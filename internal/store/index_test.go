package store

import (
	"testing"

	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// Indexing from extraction's tokens must give the index that analysing the
// text again would: ingest relies on it to read each article once.
func TestIndexTokensMatchesIndexTerms(t *testing.T) {
	ana, err := korean.Default()
	if err != nil {
		t.Fatal(err)
	}
	morph := func(s string) []string { return textsearch.Morphemes(ana, s) }
	cases := []struct{ headline, text string }{
		{"한빛전자, 하노이 공장 증설", "한빛전자, 하노이 공장 증설\n김민준 사장은 25일 하노이 공장에 3000억원을 투자한다고 밝혔다.\n업계는 AI 반도체 수요를 주목했다."},
		{"", "제목 없는 기사다. 국회는 예산안을 통과시켰다."},
		{"본문에 없는 제목", "본문만 있는 기사에서 검찰은 수사를 시작했다."},
	}
	for _, c := range cases {
		wantH, wantB, wantG := indexTerms(morph, c.headline, c.text)
		gotH, gotB, gotG := indexTokens(morph, c.headline, c.text, ana.Analyze(c.text))
		if gotH != wantH || gotB != wantB || gotG != wantG {
			t.Errorf("headline %q:\n head %q\n want %q\n body %q\n want %q\n grams equal %v", c.headline, gotH, wantH, gotB, wantB, gotG == wantG)
		}
	}
}
