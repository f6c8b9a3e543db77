package storetest

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

func testSearch(t *testing.T, open Opener) {
	st := loadCorpus(t, open)
	tests := []struct {
		name string
		q    store.SearchQuery
		want []string // headlines, in rank order when ordered
		ord  bool
	}{
		{"morpheme: 삼성전자 finds 삼성전자가", store.SearchQuery{Text: "삼성전자"}, []string{"삼성전자, 반도체 투자 확대", "김민수 삼성전자 상무, 신제품 공개", "이재용 부회장 검찰 출석", "국회, 인공지능 기본법 통과"}, false},
		{"two syllables: 국회, morpheme match first", store.SearchQuery{Text: "국회"}, []string{"국회, 인공지능 기본법 통과", "전국회의 열려"}, true},
		{"one syllable via bigram prefix", store.SearchQuery{Text: "법"}, []string{"국회, 인공지능 기본법 통과"}, false},
		{"verb stem: 만나다 finds 만났다", store.SearchQuery{Text: "만나다"}, []string{"삼성전자, 반도체 투자 확대"}, false},
		{"latin folded: 오픈ai", store.SearchQuery{Text: "오픈ai"}, []string{"국회, 인공지능 기본법 통과", "오픈 AI, 한국 지사 설립"}, false},
		{"phrase", store.SearchQuery{Text: `"반도체 투자"`}, []string{"삼성전자, 반도체 투자 확대"}, false},
		{"phrase not adjacent", store.SearchQuery{Text: `"투자 반도체"`}, nil, false},
		{"AND", store.SearchQuery{Text: "이재용 검찰"}, []string{"이재용 부회장 검찰 출석"}, false},
		{"OR", store.SearchQuery{Text: "검찰 OR 지사"}, []string{"이재용 부회장 검찰 출석", "오픈 AI, 한국 지사 설립"}, false},
		{"exclude", store.SearchQuery{Text: "이재용 -검찰"}, []string{"삼성전자, 반도체 투자 확대", "국회, 인공지능 기본법 통과"}, false},
		{"group", store.SearchQuery{Text: "삼성전자 (검찰 OR 스마트폰)"}, []string{"이재용 부회장 검찰 출석", "김민수 삼성전자 상무, 신제품 공개"}, false},
		{"date range", store.SearchQuery{Text: "삼성전자", From: "2025-01", To: "2025"}, []string{"삼성전자, 반도체 투자 확대", "국회, 인공지능 기본법 통과"}, false},
		{"agency", store.SearchQuery{Text: "삼성전자", Agency: "연합뉴스"}, []string{"이재용 부회장 검찰 출석", "국회, 인공지능 기본법 통과"}, false},
		{"entity filter", store.SearchQuery{Text: "삼성전자", Entity: "이재용"}, []string{"삼성전자, 반도체 투자 확대", "이재용 부회장 검찰 출석", "국회, 인공지능 기본법 통과"}, false},
		{"event type filter", store.SearchQuery{Text: "서울", EventType: "establish"}, []string{"오픈 AI, 한국 지사 설립"}, false},
		{"filters only, newest first", store.SearchQuery{Agency: "뉴시스"}, []string{"오픈 AI, 한국 지사 설립", "삼성전자, 반도체 투자 확대", "김민수 삼성전자 상무, 신제품 공개"}, true},
		{"no match", store.SearchQuery{Text: "우주선"}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := st.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			got := headlines(r)
			if !tt.ord {
				slices.Sort(got)
				tt.want = slices.Clone(tt.want)
				slices.Sort(tt.want)
			}
			if !slices.Equal(got, tt.want) || r.Total != len(tt.want) {
				t.Errorf("got %d %q, want %q", r.Total, got, tt.want)
			}
		})
	}
}

func testSearchSnippetsAndFacets(t *testing.T, open Opener) {
	st := loadCorpus(t, open)
	r, err := st.Search(context.Background(), store.SearchQuery{Text: "반도체 투자", Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) != 1 {
		t.Fatalf("hits %q", headlines(r))
	}
	h := r.Hits[0]
	var marked []string
	for _, sp := range h.Highlights {
		marked = append(marked, h.Snippet[sp.Start:sp.End])
	}
	if !slices.Contains(marked, "반도체") || !slices.Contains(marked, "투자") {
		t.Errorf("snippet %q highlights %q, want 반도체 and 투자", h.Snippet, marked)
	}
	if strings.HasPrefix(h.Snippet, h.Headline) {
		t.Errorf("snippet repeats the headline: %q", h.Snippet)
	}
	if h.Score <= 0 {
		t.Errorf("score %v, want > 0", h.Score)
	}
	if len(r.Facets.Agencies) != 1 || r.Facets.Agencies[0] != (store.FacetCount{Value: "뉴시스", Count: 1}) {
		t.Errorf("agencies %+v", r.Facets.Agencies)
	}
	if len(r.Facets.Months) != 1 || r.Facets.Months[0] != (store.FacetCount{Value: "2025-04", Count: 1}) {
		t.Errorf("months %+v", r.Facets.Months)
	}
	wantTypes := []store.FacetCount{{Value: "PERSON", Count: 2}, {Value: "ORG", Count: 1}, {Value: "PLACE", Count: 1}}
	if !slices.Equal(r.Facets.EntityTypes, wantTypes) {
		t.Errorf("entity types %+v, want %+v", r.Facets.EntityTypes, wantTypes)
	}

	r, err = st.Search(context.Background(), store.SearchQuery{Text: "삼성전자", Limit: 2, Offset: 1})
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != 4 || len(r.Hits) != 2 {
		t.Errorf("paging: total %d hits %d, want 4 and 2", r.Total, len(r.Hits))
	}

	// An offset past the end finds no hits but still reports the true total.
	r, err = st.Search(context.Background(), store.SearchQuery{Text: "삼성전자", Limit: 2, Offset: 50})
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != 4 || len(r.Hits) != 0 {
		t.Errorf("offset past the end: total %d hits %d, want 4 and 0", r.Total, len(r.Hits))
	}
}

func testHostileQueries(t *testing.T, open Opener) {
	st := loadCorpus(t, open)
	queries := []string{
		`"unclosed`, `삼성전자 OR`, `OR 삼성전자`, `-`, `-삼성전자`, `()`, `))`, `((삼성전자`, `삼성전자 AND OR 검찰`,
		`NEAR(삼성 전자)`, `head:삼성전자`, `gram : 삼성`, `삼성*`, `^삼성`, `'; DROP TABLE articles;--`,
		`" OR 1=1 --`, `삼성전자" UNION SELECT * FROM articles --`, `{head body}: x`, "\x00\xff", strings.Repeat("가 ", 600),
		`!!!`, `이/JKS`, `-(삼성전자)`, `삼성전자 OR -검찰`, `"" ""`, `K-pop`, `NOT`, `AND`,
	}
	for _, q := range queries {
		r, err := st.Search(context.Background(), store.SearchQuery{Text: q})
		var qe *store.QueryError
		switch {
		case err == nil:
			if r.Total < 0 {
				t.Errorf("%q: total %d", q, r.Total)
			}
		case errors.As(err, &qe):
			if qe.Msg == "" || strings.Contains(strings.ToLower(qe.Msg), "fts5") || strings.Contains(qe.Msg, "SQL") {
				t.Errorf("%q: unhelpful error %q", q, qe.Msg)
			}
		default:
			t.Errorf("%q: err %v is not a *QueryError", q, err)
		}
	}
	// The injection attempts changed nothing.
	s, err := st.Stats(context.Background())
	if err != nil || s.Articles != len(Corpus()) {
		t.Errorf("after hostile queries: %+v, %v", s, err)
	}
	for _, f := range []store.SearchQuery{{Text: "a", From: "2025-13"}, {Text: "a", From: "yesterday"}, {Text: "a", From: "2025-05", To: "2025-01"}, {}, {Text: "a", Limit: 5000}} {
		if _, err := st.Search(context.Background(), f); !errors.As(err, new(*store.QueryError)) {
			t.Errorf("%+v: err %v, want *QueryError", f, err)
		}
	}
}

func testEntityLinking(t *testing.T, open Opener) {
	ctx := context.Background()
	st := loadCorpus(t, open)
	p, err := st.Entity(ctx, "이재용", store.ProfileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Entity.Articles != 3 || p.Entity.Title != "회장" || p.Entity.Affiliation != "삼성전자" || p.Entity.FirstSeen != "2022-05-10" || p.Entity.LastSeen != "2025-04-02" {
		t.Errorf("이재용 = %+v", p.Entity)
	}
	wantTitles := []store.TitleSpan{
		{Title: "부회장", Affiliation: "삼성전자", FirstSeen: "2022-05-10", LastSeen: "2022-05-10", Articles: 1},
		{Title: "회장", Affiliation: "삼성전자", FirstSeen: "2025-04-01", LastSeen: "2025-04-02", Articles: 2},
	}
	if !slices.Equal(p.Titles, wantTitles) {
		t.Errorf("titles %+v, want %+v", p.Titles, wantTitles)
	}
	if !slices.Contains(p.Aliases, "이 회장") || !slices.Contains(p.Aliases, "이 부회장") {
		t.Errorf("aliases %q", p.Aliases)
	}
	wantMonths := []store.FacetCount{{Value: "2022-05", Count: 1}, {Value: "2025-04", Count: 2}}
	if !slices.Equal(p.MentionsByMonth, wantMonths) {
		t.Errorf("mentions by month %+v", p.MentionsByMonth)
	}
	if len(p.CoMentioned) == 0 || p.CoMentioned[0].Name != "삼성전자" || p.CoMentioned[0].Count != 2 {
		t.Errorf("co-mentioned %+v, want 삼성전자 (2) first", p.CoMentioned)
	}
	if len(p.Events) != 1 || p.Events[0].Type != "MEET" || len(p.Events[0].Actors) != 2 || p.Events[0].Actors[1].Name != "한덕수" || p.Events[0].Actors[1].EntityID == 0 {
		t.Errorf("events %+v", p.Events)
	}
	if len(p.Articles) != 3 || p.Articles[0].Published != "2025-04-02" {
		t.Errorf("articles %+v", p.Articles)
	}

	// Two people named 김민수 at different companies stay two; 삼성 is 삼성전자.
	_, err = st.Entity(ctx, "김민수", store.ProfileOptions{})
	var amb *store.AmbiguousError
	if !errors.As(err, &amb) || len(amb.Candidates) != 2 {
		t.Fatalf("김민수: err %v, want ambiguity between 2", err)
	}
	affs := map[string]int{}
	for _, c := range amb.Candidates {
		affs[c.Affiliation] = c.Articles
	}
	if affs["LG전자"] != 1 || affs["삼성"]+affs["삼성전자"] != 2 {
		t.Errorf("김민수 candidates %+v", amb.Candidates)
	}
	for _, c := range amb.Candidates {
		if c.Affiliation == "LG전자" {
			if p, err := st.Entity(ctx, itoa(c.ID), store.ProfileOptions{}); err != nil || p.Entity.Title != "부장" {
				t.Errorf("by id %d: %v %+v", c.ID, err, p)
			}
		}
	}

	// 오픈 AI and 오픈AI are one organisation.
	p, err = st.Entity(ctx, "오픈AI", store.ProfileOptions{})
	if err != nil || p.Entity.Articles != 2 {
		t.Errorf("오픈AI: %v %+v", err, p)
	}
	// A common-noun alias (회사) never links: another company called 회사
	// in its article stays another company.
	MustPut(t, st, Doc("한빛전자 상장", "한빛전자가 코스닥에 상장했다. 회사는 공모 자금을 연구에 쓴다.", "2025-06-01", "뉴시스",
		[]Ent{{ID: "e1", Type: extract.Org, Name: "한빛전자", Aliases: []string{"회사"}}}))
	if p, err := st.Entity(ctx, "한빛전자", store.ProfileOptions{}); err != nil || p.Entity.Articles != 1 {
		t.Errorf("한빛전자: %v %+v", err, p)
	}
	if es, _ := st.FindEntities(ctx, "오픈", 10); len(es) != 1 || es[0].Articles != 2 {
		t.Errorf("FindEntities(오픈) = %+v", es)
	}
	if es, _ := st.FindEntities(ctx, "김", 10); len(es) != 2 {
		t.Errorf("FindEntities(김) = %+v, want the two 김민수", es)
	}
	if _, err := st.Entity(ctx, "없는사람", store.ProfileOptions{}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown entity: %v", err)
	}
}

func itoa(i int64) string { return fmtInt(i) }

func fmtInt(i int64) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

func testTimelineTrendsGraphExport(t *testing.T, open Opener) {
	ctx := context.Background()
	st := loadCorpus(t, open)
	tl, err := st.Timeline(ctx, "이재용", 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range tl.Items {
		got = append(got, it.Date+" "+it.Kind)
	}
	want := []string{"2022-05-10 article", "2025-04-01 event", "2025-04-01 article", "2025-04-02 article"}
	if !slices.Equal(got, want) {
		t.Errorf("timeline %q, want %q", got, want)
	}

	tr, err := st.Trends(ctx, store.TrendsQuery{Terms: []string{"삼성전자", "국회"}, By: store.ByMonth, From: "2025"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(tr.Buckets, []string{"2025-04"}) || !slices.Equal(tr.Series[0].Counts, []int{2}) || !slices.Equal(tr.Series[1].Counts, []int{2}) {
		t.Errorf("trends %+v", tr)
	}
	tr, err = st.Trends(ctx, store.TrendsQuery{Terms: []string{"삼성전자"}, By: store.ByWeek, From: "2025-03-31", To: "2025-04-13"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(tr.Buckets, []string{"2025-03-31"}) || tr.Series[0].Total != 2 {
		t.Errorf("weekly trends %+v", tr)
	}
	if _, err := st.Trends(ctx, store.TrendsQuery{Terms: []string{"a"}, By: "hour"}); !errors.As(err, new(*store.QueryError)) {
		t.Errorf("by hour: %v", err)
	}

	g, err := st.Graph(ctx, store.GraphQuery{Entity: "이재용"})
	if err != nil {
		t.Fatal(err)
	}
	names := map[int64]string{}
	for _, n := range g.Nodes {
		names[n.ID] = n.Label
	}
	var edges []string
	for _, e := range g.Edges {
		a, b := names[e.Source], names[e.Target]
		if a > b {
			a, b = b, a
		}
		edges = append(edges, a+"-"+b+" "+e.Kind+" "+fmtInt(int64(e.Weight)))
	}
	for _, w := range []string{"삼성전자-이재용 co-mention 2", "이재용-한덕수 event 1", "이재용-한덕수 co-mention 1"} {
		if !slices.Contains(edges, w) {
			t.Errorf("graph edges %q lack %q", edges, w)
		}
	}
	g, err = st.Graph(ctx, store.GraphQuery{Since: "2025-05-01"})
	if err != nil || len(g.Nodes) != 2 || len(g.Edges) != 1 {
		t.Errorf("graph since May: %v %+v", err, g)
	}

	n := 0
	err = st.Export(ctx, store.ExportQuery{From: "2025"}, func(d *extractDoc) error {
		if d.Text == "" || d.ID == "" {
			t.Errorf("exported empty document %+v", d.Article)
		}
		n++
		return nil
	})
	if err != nil || n != 5 {
		t.Errorf("export from 2025: %d docs, %v; want 5", n, err)
	}
	stop := errors.New("stop")
	if err := st.Export(ctx, store.ExportQuery{}, func(*extractDoc) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("export error from fn: %v", err)
	}
}

// testSearchCapped bounds how many candidates found only through bigrams
// (국회 inside 전국회의) a search checks against their text: the page is
// exact whatever the bound, the total exact or a stated lower bound that is
// never below the hits shown, and an offset past the end reports the real
// total.
func testSearchCapped(t *testing.T, open Opener) {
	ctx := context.Background()
	st, dsn := open(t)
	docs := []*extract.Document{Doc("국회, 예산안 처리", "국회는 예산안을 처리했다.", "2025-01-01", "뉴시스", nil)}
	for i := range 40 {
		docs = append(docs, Doc("교사 전국회의 "+fmtInt(int64(i)), "교사 단체가 전국회의를 열었다.", "2025-02-01", "뉴시스", nil))
	}
	MustPut(t, st, docs...)
	tests := []struct {
		name    string
		verify  int
		q       store.SearchQuery
		total   int
		atLeast bool
		hits    []string
	}{
		{"default budget: exact", 0, store.SearchQuery{Text: "국회", Limit: 2}, 41, false, []string{"국회, 예산안 처리", "교사 전국회의 39"}},
		{"one check: a lower bound, the page exact", 1, store.SearchQuery{Text: "국회", Limit: 2}, -1, true, []string{"국회, 예산안 처리", "교사 전국회의 39"}},
		{"exhaustive ignores the budget", 1, store.SearchQuery{Text: "국회", Limit: 2, Exhaustive: true}, 41, false, []string{"국회, 예산안 처리", "교사 전국회의 39"}},
		{"last page", 1, store.SearchQuery{Text: "국회", Limit: 2, Offset: 40}, 41, false, []string{"교사 전국회의 0"}},
		{"offset past the end: the real total", 1, store.SearchQuery{Text: "국회", Limit: 2, Offset: 100}, 41, false, nil},
		{"filter on the sure match", 1, store.SearchQuery{Text: "국회", To: "2025-01"}, 1, false, []string{"국회, 예산안 처리"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := store.Open(ctx, dsn, store.SearchBudget(tt.verify))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			r, err := st.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			got := headlines(r)
			total := tt.total
			if tt.atLeast { // any bound between the hits shown and the matches
				total = min(max(r.Total, 2), 40)
			}
			if r.Total != total || r.TotalAtLeast != tt.atLeast || r.Facets.Partial != tt.atLeast || r.Facets.Counted != r.Total || !slices.Equal(got, tt.hits) {
				t.Errorf("total %d at least %v partial %v counted %d hits %q, want %d %v %q",
					r.Total, r.TotalAtLeast, r.Facets.Partial, r.Facets.Counted, got, total, tt.atLeast, tt.hits)
			}
		})
	}
}

// testSearchSeesNewArticles checks that the in-memory columns catch up
// with articles stored after the first search.
func testSearchSeesNewArticles(t *testing.T, open Opener) {
	ctx := context.Background()
	st, _ := open(t)
	c := Corpus()
	MustPut(t, st, c[:2]...)
	if r, err := st.Search(ctx, store.SearchQuery{Text: "삼성전자", Agency: "뉴시스"}); err != nil || r.Total != 1 {
		t.Fatalf("before: %+v, %v", r, err)
	}
	MustPut(t, st, c[2:]...)
	r, err := st.Search(ctx, store.SearchQuery{Text: "삼성전자", Agency: "뉴시스", From: "2024-11"})
	if err != nil {
		t.Fatal(err)
	}
	got := headlines(r)
	slices.Sort(got)
	want := []string{"김민수 삼성전자 상무, 신제품 공개", "삼성전자, 반도체 투자 확대"}
	if r.Total != 2 || !slices.Equal(got, want) || r.Facets.Counted != 2 || len(r.Facets.Months) != 2 {
		t.Errorf("after: total %d hits %q months %+v, want %q", r.Total, got, r.Facets.Months, want)
	}
}

// testSearchRowBudget builds a corpus where two common words meet only in
// the oldest article: a search planned from the rarer word finds it, with
// an exact total, whatever the filters.
func testSearchRowBudget(t *testing.T, open Opener) {
	ctx := context.Background()
	st, _ := open(t)
	docs := []*extract.Document{Doc("축구장 날씨 맑음", "오늘 축구 경기는 맑은 날씨 속에 열렸다.", "2020-01-01", "뉴시스", nil)}
	for i := range 30 {
		n := fmtInt(int64(i))
		if i%3 != 0 {
			docs = append(docs, Doc("축구 대표팀 소식 "+n, "대표팀이 축구 훈련을 "+n+"번째 마쳤다.", "2021-01-01", "뉴시스", nil))
		} else {
			docs = append(docs, Doc("주말 날씨 전망 "+n, "기상청은 주말 날씨가 "+n+"도까지 오른다고 예보했다.", "2021-01-01", "뉴시스", nil))
		}
	}
	MustPut(t, st, docs...)
	tests := []struct {
		name  string
		q     store.SearchQuery
		total int
		hits  []string
	}{
		{"two words", store.SearchQuery{Text: "축구 날씨", Limit: 5}, 1, []string{"축구장 날씨 맑음"}},
		{"two words in the other order", store.SearchQuery{Text: "날씨 축구", Limit: 5}, 1, []string{"축구장 날씨 맑음"}},
		{"exhaustive", store.SearchQuery{Text: "축구 날씨", Limit: 5, Exhaustive: true}, 1, []string{"축구장 날씨 맑음"}},
		{"in its year", store.SearchQuery{Text: "축구 날씨", From: "2020", To: "2020"}, 1, []string{"축구장 날씨 맑음"}},
		{"outside its year", store.SearchQuery{Text: "축구 날씨", From: "2021"}, 0, nil},
		{"a word in a date range", store.SearchQuery{Text: "날씨", To: "2020-12", Limit: 5}, 1, []string{"축구장 날씨 맑음"}},
		{"excluding the rare word", store.SearchQuery{Text: "날씨 -축구", Limit: 1}, 10, []string{"주말 날씨 전망 27"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := st.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			got := headlines(r)
			if r.Total != tt.total || r.TotalAtLeast || !slices.Equal(got, tt.hits) {
				t.Errorf("total %d at least %v hits %q, want %d exact %q", r.Total, r.TotalAtLeast, got, tt.total, tt.hits)
			}
		})
	}
	// A plan answers as the reference evaluation does: the same pages, in
	// the same order (scores included), the same totals.
	for _, text := range []string{"축구 날씨", "(축구 날씨) OR 기상청", "주말 (날씨 OR 축구)", "대표팀 OR (축구장 맑음)", "(축구장 날씨) OR 기상청", "날씨 -(축구 대표팀)"} {
		planned, ref := searchBoth(ctx, t, st, store.SearchQuery{Text: text, Limit: 7})
		if planned.Total != ref.Total || !reflect.DeepEqual(planned.Hits, ref.Hits) {
			t.Errorf("%q: planned %d %q, exhaustive %d %q", text, planned.Total, headlines(planned), ref.Total, headlines(ref))
		}
	}
}

type extractDoc = extract.Document

// testEntityFacetsTop checks that the entity facets count the entities of
// the best-ranked matches only, say how many, and see the entities of
// articles stored after the first search.
func testEntityFacetsTop(t *testing.T, open Opener) {
	ctx := context.Background()
	_, dsn := open(t)
	st, err := store.Open(ctx, dsn, store.EntityFacetTop(2))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c := Corpus()
	MustPut(t, st, c[:2]...)
	type ent struct {
		name  string
		count int
	}
	tests := []struct {
		name    string
		put     []*extract.Document
		q       store.SearchQuery
		total   int
		counted int
		types   []store.FacetCount
		ents    []ent
	}{
		{"all matches counted", nil, store.SearchQuery{Text: "이재용"}, 2, 2,
			[]store.FacetCount{{Value: "ORG", Count: 3}, {Value: "PERSON", Count: 2}, {Value: "PLACE", Count: 1}},
			// ties by articles overall, then by id (the order stored)
			[]ent{{"이재용", 2}, {"삼성전자", 1}, {"한덕수", 1}, {"서울", 1}, {"오픈AI", 1}, {"국회", 1}}},
		// the newest two of 뉴시스's three: 오픈 AI's (linked to 오픈AI) and
		// the first, not 김민수's
		{"new articles: the best two of three", c[2:], store.SearchQuery{Agency: "뉴시스"}, 3, 2,
			[]store.FacetCount{{Value: "ORG", Count: 2}, {Value: "PERSON", Count: 2}, {Value: "PLACE", Count: 1}},
			[]ent{{"서울", 2}, {"이재용", 1}, {"삼성전자", 1}, {"오픈AI", 1}, {"한덕수", 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.put != nil {
				MustPut(t, st, tt.put...)
			}
			r, err := st.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []ent
			for _, e := range r.Facets.Entities {
				got = append(got, ent{e.Name, e.Count})
			}
			if r.Total != tt.total || r.Facets.EntitiesCounted != tt.counted || !slices.Equal(r.Facets.EntityTypes, tt.types) || !slices.Equal(got, tt.ents) {
				t.Errorf("total %d counted %d types %+v entities %+v, want %d %d %+v %+v",
					r.Total, r.Facets.EntitiesCounted, r.Facets.EntityTypes, got, tt.total, tt.counted, tt.types, tt.ents)
			}
		})
	}
}

// testSearchKeepsUp checks that searches answer as the reference
// evaluation does, the same pages and totals, while articles are added:
// a backend that keeps lookups or verdicts in memory between searches
// must see the articles stored since, by this handle or another.
func testSearchKeepsUp(t *testing.T, open Opener) {
	ctx := context.Background()
	st, dsn := open(t)
	other, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	batch := func(from, n int) []*extract.Document {
		var docs []*extract.Document
		for i := from; i < from+n; i++ {
			s := fmtInt(int64(i))
			switch i % 3 {
			case 0:
				docs = append(docs, Doc("국회 예산 심사 "+s, "국회는 예산안을 "+s+"차로 심사했다. 코로나 이후 처음이다.", "2025-01-01", "뉴시스",
					[]Ent{{ID: "e1", Type: extract.Org, Name: "국회"}}))
			case 1:
				docs = append(docs, Doc("교사 전국회의 "+s, "교사 단체가 전국회의에서 예산 확대를 요구했다.", "2025-02-01", "지역일보", nil))
			default:
				docs = append(docs, Doc("주말 날씨 "+s, "기상청은 주말 날씨가 맑겠다고 예보했다. 로나코로 축제도 열린다.", "2025-03-01", "뉴시스", nil))
			}
		}
		return docs
	}
	queries := []string{"국회", "예산", "국회 예산", "날씨 -국회", "전국회의 OR 기상청", `"예산 확대"`, "코로나"}
	steps := []struct {
		name   string
		writer store.Store
		from   int
		totals []int // of queries, after the step's articles
	}{
		{"first articles", st, 0, []int{12, 12, 12, 6, 12, 6, 6, 6}},
		{"more by this handle", st, 18, []int{24, 24, 24, 12, 24, 12, 12, 12}},
		{"more by another handle", other, 36, []int{36, 36, 36, 18, 36, 18, 18, 18}},
	}
	for _, step := range steps {
		MustPut(t, step.writer, batch(step.from, 18)...)
		searchTogether(t, st, queries, step.totals) // the first searches since: lookups read and kept at once
		found, err := st.FindEntities(ctx, "국회", 1)
		if err != nil || len(found) != 1 {
			t.Fatalf("the entity 국회: %+v, %v", found, err)
		}
		for i, text := range append(queries, "예산 @국회") {
			q := store.SearchQuery{Text: text, Limit: 4}
			if t, ok := strings.CutSuffix(text, " @국회"); ok {
				q.Text, q.Entity = t, fmtInt(found[0].ID)
			}
			planned, ref := searchBoth(ctx, t, st, q)
			if planned.Total != step.totals[i] || ref.Total != step.totals[i] || planned.TotalAtLeast || !reflect.DeepEqual(planned.Hits, ref.Hits) {
				t.Errorf("%s, %q: planned %d %q, exhaustive %d %q, want %d", step.name, text,
					planned.Total, headlines(planned), ref.Total, headlines(ref), step.totals[i])
			}
		}
	}
}

// searchTogether runs the queries from four goroutines at once (what a
// search keeps in memory is shared) and checks their totals.
func searchTogether(t *testing.T, st store.Store, queries []string, totals []int) {
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, text := range queries {
				r, err := st.Search(context.Background(), store.SearchQuery{Text: text, Limit: 4})
				if err != nil || r.Total != totals[i] {
					t.Errorf("%q searched together: %v, %v; want %d", text, r, err, totals[i])
				}
			}
		}()
	}
	wg.Wait()
}

// searchBoth runs q planned and then as the exhaustive reference
// evaluation.
func searchBoth(ctx context.Context, t *testing.T, st store.Store, q store.SearchQuery) (planned, ref *store.SearchResult) {
	t.Helper()
	planned, err := st.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	q.Exhaustive = true
	ref, err = st.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	return planned, ref
}
