package store_test

import (
	"context"
	"slices"
	"testing"

	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/store/storetest"
)

// TestMatcherAgreesWithSearch checks that matching documents one by one in
// memory (what watches do) finds exactly what Search finds over the store.
func TestMatcherAgreesWithSearch(t *testing.T) {
	ctx := context.Background()
	st, _ := openSQLite(t)
	docs := storetest.Corpus()
	storetest.MustPut(t, st, docs...)
	ana, err := korean.Default()
	if err != nil {
		t.Fatal(err)
	}
	indexed := make([]*store.IndexedDoc, len(docs))
	for i, d := range docs {
		indexed[i] = store.IndexDocument(ana, d)
	}
	queries := []struct {
		q    string
		want int // matches of both, so that no query passes empty
	}{
		{"삼성전자", 4}, {"김민수", 3}, {"국회", 2}, {`"삼성전자 회장"`, 2}, {"삼성전자 -검찰", 3},
		{"이재용 OR 오픈AI", 4}, {"(김민수 OR 이재용) 부회장", 1}, {"반도체", 1}, {"오픈 AI", 2}, {"전국회의", 1},
		{"삼", 5},
	}
	for _, tc := range queries {
		res, err := st.Search(ctx, store.SearchQuery{Text: tc.q, Limit: 1000, Exhaustive: true})
		if err != nil {
			t.Fatalf("%s: %v", tc.q, err)
		}
		var fromSearch, fromMatch []string
		for _, h := range res.Hits {
			fromSearch = append(fromSearch, h.ID)
		}
		m, err := store.CompileQuery(ana, tc.q)
		if err != nil {
			t.Fatalf("%s: %v", tc.q, err)
		}
		for i, d := range docs {
			if m.Match(indexed[i]) {
				fromMatch = append(fromMatch, d.ID)
			}
		}
		slices.Sort(fromSearch)
		slices.Sort(fromMatch)
		if !slices.Equal(fromSearch, fromMatch) {
			t.Errorf("%q: Search found %v, Match %v", tc.q, fromSearch, fromMatch)
		}
		if len(fromSearch) != tc.want {
			t.Errorf("%q: %d matches, want %d", tc.q, len(fromSearch), tc.want)
		}
	}
}
