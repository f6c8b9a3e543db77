package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// AmbiguityCorpus is a hand-written corpus (invented people, not from any
// real article) where one short name fits two entities: 한가람 is the
// canonical name of a one-article local councillor and an alias of 정한가람,
// a minister mentioned in four articles; 류 is the alias of two people.
func AmbiguityCorpus() []*extract.Document {
	minister := Ent{ID: "e1", Type: extract.Person, Name: "정한가람", Title: "장관", Aff: "해양부", Aliases: []string{"한가람"}}
	docs := []*extract.Document{
		Doc("한가람 구의원, 도서관 개관식 참석", "한가람 푸른구의원은 3일 새 도서관 개관식에 참석했다.", "2025-03-03", "지역일보",
			[]Ent{{ID: "e1", Type: extract.Person, Name: "한가람", Title: "구의원", Aff: "푸른구의회"}}),
		Doc("류하늘 대표, 신제품 발표", "류하늘 별빛전자 대표는 새 제품을 발표했다. 류 대표는 판매 목표도 밝혔다.", "2025-03-05", "경제일보",
			[]Ent{{ID: "e1", Type: extract.Person, Name: "류하늘", Title: "대표", Aff: "별빛전자", Aliases: []string{"류"}}}),
		Doc("류바다 감독, 영화제 수상", "류바다 감독이 영화제에서 상을 받았다. 류 감독은 배우들에게 감사했다.", "2025-03-06", "문화일보",
			[]Ent{{ID: "e1", Type: extract.Person, Name: "류바다", Title: "감독", Aliases: []string{"류"}}}),
	}
	for i, day := range []string{"10", "11", "12", "13"} {
		body := "정한가람 해양부 장관은 항만을 방문했다. 한가람 장관은 어민들과 대화했다."
		if i%2 == 1 {
			body = "정한가람 해양부 장관이 국회에 출석했다. 한가람 장관은 예산을 설명했다."
		}
		docs = append(docs, Doc("해양부 장관 일정 "+day+"일", body, "2025-04-"+day, "중앙일보", []Ent{minister}))
	}
	return docs
}

// testAmbiguity: a name that fits several entities (by canonical name or
// alias) answers with all of them, most-mentioned first, everywhere a name
// is taken (profile, timeline, graph, search and events filters); ids and
// unique names resolve exactly.
func testAmbiguity(t *testing.T, open Opener) {
	ctx := context.Background()
	st, _ := open(t)
	MustPut(t, st, AmbiguityCorpus()...)

	_, err := st.Entity(ctx, "한가람", store.ProfileOptions{})
	amb := wantAmbiguous(t, "한가람", err, 2)
	top, orphan := amb.Candidates[0], amb.Candidates[1]
	if top.Name != "정한가람" || top.Articles != 4 || top.Type != extract.Person || top.Title != "장관" || top.Affiliation != "해양부" {
		t.Errorf("first candidate %+v, want 정한가람 장관 of 해양부 with 4 articles", top)
	}
	if len(top.Aliases) != 1 || top.Aliases[0] != "한가람" {
		t.Errorf("first candidate aliases %q, want [한가람]", top.Aliases)
	}
	if orphan.Name != "한가람" || orphan.Articles != 1 || orphan.Title != "구의원" || len(orphan.Aliases) != 0 {
		t.Errorf("second candidate %+v, want the 구의원 with 1 article and no alias", orphan)
	}
	wantAmbiguous(t, "류", lookup(ctx, st, "류"), 2)

	for _, c := range []store.Entity{top, orphan} {
		p, err := st.Entity(ctx, itoa(c.ID), store.ProfileOptions{})
		if err != nil || p.Entity.ID != c.ID || p.Entity.Name != c.Name {
			t.Errorf("by id %d: %v %+v", c.ID, err, p)
		}
	}
	tests := []struct {
		ref, want string
	}{
		{"정한가람", "정한가람"},
		{" 정한가람 ", "정한가람"},
		{"류하늘", "류하늘"},
	}
	for _, tt := range tests {
		p, err := st.Entity(ctx, tt.ref, store.ProfileOptions{})
		if err != nil || p.Entity.Name != tt.want {
			t.Errorf("Entity(%q): %v %+v, want %s", tt.ref, err, p, tt.want)
		}
	}

	// Every filter that takes a name refuses to pick one.
	filters := map[string]error{}
	_, filters["search"] = st.Search(ctx, store.SearchQuery{Text: "장관", Entity: "한가람"})
	_, filters["graph"] = st.Graph(ctx, store.GraphQuery{Entity: "한가람"})
	_, filters["timeline"] = st.Timeline(ctx, "한가람", 10)
	_, filters["events"] = st.Events(ctx, store.EventQuery{Entity: "한가람"})
	for name, err := range filters {
		t.Run(name, func(t *testing.T) { wantAmbiguous(t, "한가람", err, 2) })
	}
	res, err := st.Search(ctx, store.SearchQuery{Text: "장관", Entity: itoa(top.ID)})
	if err != nil || res.Total != 4 {
		t.Errorf("search by id %d: %v, total %v, want 4", top.ID, err, res)
	}
}

// lookup resolves ref through the profile and returns its error.
func lookup(ctx context.Context, st store.Store, ref string) error {
	_, err := st.Entity(ctx, ref, store.ProfileOptions{})
	return err
}

// wantAmbiguous checks err lists n candidates for name, most articles first.
func wantAmbiguous(t *testing.T, name string, err error, n int) *store.AmbiguousError {
	t.Helper()
	var amb *store.AmbiguousError
	if !errors.As(err, &amb) {
		t.Fatalf("%s: err %v, want *store.AmbiguousError", name, err)
	}
	if amb.Name != name || len(amb.Candidates) != n {
		t.Fatalf("%s: %q with %d candidates %+v, want %d", name, amb.Name, len(amb.Candidates), amb.Candidates, n)
	}
	for i := 1; i < n; i++ {
		if amb.Candidates[i].Articles > amb.Candidates[i-1].Articles {
			t.Errorf("%s: candidates not most-mentioned first: %+v", name, amb.Candidates)
		}
	}
	return amb
}
