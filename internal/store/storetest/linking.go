package storetest

import (
	"context"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/eval"
	"github.com/sosik-news/sosik/internal/store"
)

// testLinkingSet holds the backend to the bar of issue 13 on sosik's own
// linking test (homonyms, renames, the two 민주당, title changes, family
// members): pairwise precision ≥ 0.95 and recall ≥ 0.90.
func testLinkingSet(t *testing.T, open Opener) {
	arts, err := eval.DefaultLinkingArticles()
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) < 80 {
		t.Fatalf("linking set has %d articles, want at least 80", len(arts))
	}
	st, _ := open(t)
	rep, err := eval.ScoreLinking(context.Background(), st, arts)
	if err != nil {
		t.Fatal(err)
	}
	if rep.GoldPairs < 200 || rep.Precision() < 0.95 || rep.Recall() < 0.90 {
		var b strings.Builder
		_ = rep.Print(&b, true)
		t.Errorf("linking below the bar (precision ≥ 0.95, recall ≥ 0.90, ≥ 200 pairs):\n%s", b.String())
	}
	testExplainAndRenames(t, st)
}

// testExplainAndRenames: a profile explains each link with its signals,
// shows dated renames, never lists a pronoun as an alias, and an ambiguous
// name lists its candidates with their countries.
func testExplainAndRenames(t *testing.T, st store.Store) {
	ctx := context.Background()
	p, err := st.Entity(ctx, "추미애", store.ProfileOptions{Explain: true, Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	if p.Entity.Articles != 6 || len(p.Links) != 6 {
		t.Fatalf("추미애: %d articles, %d link decisions, want 6 and 6", p.Entity.Articles, len(p.Links))
	}
	var minister *store.LinkDecision
	for i := range p.Links {
		if p.Links[i].Article.Published == "2020-01-03" {
			minister = &p.Links[i]
		}
	}
	if minister == nil || !minister.Linked || !hasSignal(minister.Signals, "affiliation", "법무부 ≠ 더불어민주당") || !hasSignal(minister.Signals, "co-mentioned", "문재인") {
		t.Errorf("추미애 as minister: %+v, want joined with affiliation and co-mention signals", minister)
	}
	// 페이스북 names one entity and is an alias (a former name) of 메타:
	// both are listed, the one named so first.
	_, err = st.Entity(ctx, "페이스북", store.ProfileOptions{})
	names := wantAmbiguous(t, "페이스북", err, 2).Candidates
	if names[0].Name != "페이스북" || names[1].Name != "메타" {
		t.Fatalf("페이스북 candidates %+v, want 페이스북 then 메타", names)
	}
	fb, err := st.Entity(ctx, itoa(names[0].ID), store.ProfileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if fb.Entity.Articles != 3 || len(fb.Renames) != 1 || fb.Renames[0].Relation != store.RenamedTo || fb.Renames[0].Name != "메타" || fb.Renames[0].Date != "2021-10-28" || fb.Renames[0].EntityID == 0 {
		t.Errorf("페이스북: %d articles, renames %+v; want 3 and renamed_to 메타 on 2021-10-28", fb.Entity.Articles, fb.Renames)
	}
	pgh, err := st.Entity(ctx, "박근혜", store.ProfileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range pgh.Aliases {
		if a == "그" {
			t.Errorf("박근혜 has the pronoun 그 as an alias: %q", pgh.Aliases)
		}
	}
	_, err = st.Entity(ctx, "민주당", store.ProfileOptions{})
	amb := wantAmbiguous(t, "민주당", err, 4)
	countries := map[string]int{}
	for _, c := range amb.Candidates {
		countries[c.Country]++
	}
	if countries["US"] != 1 || countries["JP"] != 1 || countries["KR"] != 2 {
		t.Errorf("민주당 candidates by country %v, want US 1, JP 1, KR 2 (더불어민주당 and the 민주당 of 2013)", countries)
	}
}

func hasSignal(sigs []store.Signal, kind, detail string) bool {
	for _, s := range sigs {
		if s.Kind == kind && strings.Contains(s.Detail, detail) {
			return true
		}
	}
	return false
}
