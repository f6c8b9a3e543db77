// Package storetest is the contract every store backend keeps: Run runs
// the same behaviour tests (search, linking, stories, trends, exports,
// concurrent writers) against any backend, as litestream does for its
// replica clients. The fixtures are hand-written Korean articles, not
// taken from any real one.
package storetest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// Opener opens a new, empty store for one test and returns it with the DSN
// that opens it again (a second handle: another process's view). The
// opener closes it when the test ends.
type Opener func(t testing.TB, opts ...store.Option) (store.Store, string)

// Run runs every behaviour test of the store contract against the stores
// open makes.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, Opener)
	}{
		{"Search", testSearch},
		{"SearchSnippetsAndFacets", testSearchSnippetsAndFacets},
		{"HostileQueries", testHostileQueries},
		{"EntityLinking", testEntityLinking},
		{"LinkPlaceAffiliation", testLinkPlaceAffiliation},
		{"TimelineTrendsGraphExport", testTimelineTrendsGraphExport},
		{"GraphCounts", testGraphCounts},
		{"SearchCapped", testSearchCapped},
		{"SearchSeesNewArticles", testSearchSeesNewArticles},
		{"EntityFacetsTop", testEntityFacetsTop},
		{"SearchRowBudget", testSearchRowBudget},
		{"SearchKeepsUp", testSearchKeepsUp},
		{"SearchNoScatteredGrams", testSearchNoScatteredGrams},
		{"PutIdempotent", testPutIdempotent},
		{"PutBadDocuments", testPutBadDocuments},
		{"NearDuplicates", testNearDuplicates},
		{"ConcurrentStores", testConcurrentStores},
		{"ConcurrentLinking", testConcurrentLinking},
		{"ReadOnly", testReadOnly},
		{"Events", testEvents},
		{"RowTexts", testRowTexts},
		{"Ambiguity", testAmbiguity},
		{"CollectState", testCollectState},
		{"WatchState", testWatchState},
		{"LinkingSet", testLinkingSet},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open) })
	}
}

// Ent is a compact entity literal for tests: mentions are found in text.
type Ent struct {
	ID, Type, Name, Title, Aff string
	Aliases                    []string
}

// Doc builds a Document by hand (the extractor is not needed): text is the
// headline line followed by the body, entities' mentions are located in it.
func Doc(headline, body, published, agency string, ents []Ent, events ...extract.Event) *extract.Document {
	text := headline + "\n" + body
	sum := sha256.Sum256([]byte(text))
	d := &extract.Document{Article: article.Article{
		ID: hex.EncodeToString(sum[:8]), Source: "test", Headline: headline, Agency: agency,
		Published: published, Language: "ko", Body: strings.Split(body, "\n"), Text: text,
	}}
	for _, e := range ents {
		x := extract.Entity{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases, Title: e.Title, Affiliation: e.Aff}
		x.Mentions = extract.FindMentions(text, append([]string{e.Name}, e.Aliases...)...)
		d.Entities = append(d.Entities, x)
	}
	d.Events = events
	return d
}

func MustPut(t testing.TB, st store.Store, docs ...*extract.Document) []store.PutResult {
	t.Helper()
	res, err := st.Put(context.Background(), docs)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	for _, r := range res {
		if r.Status == store.Failed {
			t.Fatalf("Put %s failed: %v", r.ID, r.Err)
		}
	}
	return res
}

// Corpus is a small hand-written corpus (not from any real article) that
// exercises linking, search and filters. Fresh documents on every call.
func Corpus() []*extract.Document {
	lee := func(title string) Ent {
		return Ent{ID: "e1", Type: extract.Person, Name: "이재용", Title: title, Aff: "삼성전자", Aliases: []string{"이 회장", "이 부회장"}}
	}
	return []*extract.Document{
		Doc("삼성전자, 반도체 투자 확대", "[서울=뉴시스] 이재용 삼성전자 회장이 1일 서울 총리공관에서 한덕수 국무총리를 만났다. "+
			"이 회장은 \"반도체 투자를 늘리겠다\"고 말했다. 삼성전자가 올해 투자 계획을 밝힌 것은 처음이다.", "2025-04-01", "뉴시스",
			[]Ent{lee("회장"), {ID: "e2", Type: extract.Org, Name: "삼성전자"}, {ID: "e3", Type: extract.Person, Name: "한덕수", Title: "국무총리"}, {ID: "e4", Type: extract.Place, Name: "서울"}},
			extract.Event{Type: "MEET", Actors: []string{"이재용", "한덕수"}, Place: "총리공관", Date: "2025-04-01", Certainty: extract.Asserted, Evidence: "만났다"}),
		Doc("국회, 인공지능 기본법 통과", "국회는 2일 본회의를 열어 인공지능 기본법을 통과시켰다. 오픈AI 등 해외 기업도 법의 적용을 받는다. "+
			"이재용 삼성전자 회장은 환영의 뜻을 밝혔다.", "2025-04-02", "연합뉴스",
			[]Ent{lee("회장"), {ID: "e2", Type: extract.Org, Name: "오픈AI"}, {ID: "e3", Type: extract.Org, Name: "국회"}}),
		Doc("김민수 삼성전자 상무, 신제품 공개", "김민수 삼성전자 상무는 5일 새 스마트폰을 공개했다. 김 상무는 배터리 수명이 길어졌다고 설명했다.", "2024-11-05", "뉴시스",
			[]Ent{{ID: "e1", Type: extract.Person, Name: "김민수", Title: "상무", Aff: "삼성전자", Aliases: []string{"김 상무"}}, {ID: "e2", Type: extract.Org, Name: "삼성전자"}}),
		Doc("김민수 LG전자 부장 인터뷰", "김민수 LG전자 부장은 가전 사업의 해외 매출이 늘었다고 말했다. 김 부장은 유럽 시장을 다음 목표로 꼽았다.", "2024-12-10", "한국경제",
			[]Ent{{ID: "e1", Type: extract.Person, Name: "김민수", Title: "부장", Aff: "LG전자", Aliases: []string{"김 부장"}}, {ID: "e2", Type: extract.Org, Name: "LG전자"}}),
		Doc("이재용 부회장 검찰 출석", "이재용 삼성전자 부회장이 10일 서울중앙지검에 출석했다. 검찰은 이 부회장을 상대로 합병 과정을 조사했다.", "2022-05-10", "연합뉴스",
			[]Ent{lee("부회장"), {ID: "e2", Type: extract.Org, Name: "검찰"}, {ID: "e3", Type: extract.Org, Name: "삼성전자"}}),
		Doc("오픈 AI, 한국 지사 설립", "오픈 AI가 서울에 한국 지사를 세운다. 회사는 국내 기업과 협력을 넓히겠다고 밝혔다.", "2025-05-20", "뉴시스",
			[]Ent{{ID: "e1", Type: extract.Org, Name: "오픈 AI", Aliases: []string{"회사"}}, {ID: "e2", Type: extract.Place, Name: "서울"}},
			extract.Event{Type: "ESTABLISH", Actors: []string{"오픈 AI"}, Object: "한국 지사", Place: "서울", Certainty: extract.Reported}),
		Doc("전국회의 열려", "교사 단체가 3일 대전에서 전국회의를 열고 처우 개선을 요구했다.", "2025-04-03", "지역일보",
			[]Ent{{ID: "e1", Type: extract.Place, Name: "대전"}}),
		Doc("삼성 김민수 상무 승진", "삼성의 김민수 상무가 전무로 승진했다.", "2025-01-02", "한국경제",
			[]Ent{{ID: "e1", Type: extract.Person, Name: "김민수", Title: "전무", Aff: "삼성"}}),
	}
}

// loadCorpus opens a store holding Corpus.
func loadCorpus(t testing.TB, open Opener, opts ...store.Option) store.Store {
	t.Helper()
	st, _ := open(t, opts...)
	MustPut(t, st, Corpus()...)
	return st
}

// headlines lists the hits' headlines in rank order.
func headlines(r *store.SearchResult) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.Headline)
	}
	return out
}
