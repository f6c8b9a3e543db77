package store

import (
	"context"
	"errors"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
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

// A place given as affiliation says where someone serves, not who employs
// them: it must not split one person from the articles that name a party,
// while two different employers still do.
func TestLinkPlaceAffiliation(t *testing.T) {
	ctx := context.Background()
	st, _ := openTest(t)
	mustPut(t, st,
		doc("민주당 박서윤 대표 회견", "박서윤 새정당 대표는 3일 기자회견을 열었다.", "2024-03-03", "뉴시스",
			[]ent{{id: "e1", typ: extract.Person, name: "박서윤", title: "대표", aff: "새정당"}}),
		doc("한국 박서윤 대통령 방미", "박서윤 한국 대통령이 10일 미국을 방문했다.", "2025-06-10", "연합뉴스",
			[]ent{{id: "e1", typ: extract.Person, name: "박서윤", title: "대통령", aff: "한국"}, {id: "e2", typ: extract.Place, name: "한국"}, {id: "e3", typ: extract.Place, name: "미국"}}),
		doc("박서윤 대통령 귀국", "박서윤 대통령은 12일 귀국했다.", "2025-06-12", "뉴시스",
			[]ent{{id: "e1", typ: extract.Person, name: "박서윤", title: "대통령"}}),
		doc("박서윤 한빛전자 과장 인터뷰", "박서윤 한빛전자 과장은 신제품을 소개했다.", "2025-07-01", "한국경제",
			[]ent{{id: "e1", typ: extract.Person, name: "박서윤", title: "과장", aff: "한빛전자"}, {id: "e2", typ: extract.Org, name: "한빛전자"}}),
	)
	_, err := st.Entity(ctx, "박서윤", ProfileOptions{})
	var amb *AmbiguousError
	if !errors.As(err, &amb) {
		t.Fatalf("박서윤: err %v, want two people", err)
	}
	articles := map[string]int{}
	for _, c := range amb.Candidates {
		articles[c.Affiliation] += c.Articles
	}
	if len(amb.Candidates) != 2 || articles["한빛전자"] != 1 || articles["한국"]+articles["새정당"] != 3 {
		t.Errorf("candidates %+v: want the politician (3 articles) and the 한빛전자 employee (1)", amb.Candidates)
	}
}
