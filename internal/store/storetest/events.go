package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// eventCorpus is three hand-written articles with events of several
// types, certainties and dates: a day, a month only, an interval and none.
func eventCorpus() []*extract.Document {
	park := Ent{ID: "e1", Type: extract.Person, Name: "박서준", Title: "장관", Aliases: []string{"박 장관"}}
	choi := Ent{ID: "e2", Type: extract.Person, Name: "최유리", Title: "대사"}
	han := Ent{ID: "e3", Type: extract.Person, Name: "한지민", Title: "의원"}
	body1 := "박서준 장관은 3일 최유리 대사를 만났다. 박 장관은 한지민 의원을 만나지 않았다고 밝혔다."
	denyAt := len("박서준 장관은 3일 최유리 대사를 만났다. 박 장관은 한지민 의원을 만나지 ")
	d1 := Doc("박서준 장관, 최유리 대사 면담", body1, "2020-06-04", "뉴시스", []Ent{park, choi, han},
		extract.Event{Type: "MEET", Actors: []string{"박서준", "최유리"}, Date: "2020-06-03", Certainty: extract.Asserted,
			Evidence: "박서준 장관은 3일 최유리 대사를 만났다.",
			Mentions: []extract.Span{{Start: 0, End: 10, Text: "박서준 장관, 최유리 대사 면담"}}},
		extract.Event{Type: "MEET", Actors: []string{"박 장관", "한지민"}, Date: "2020-06", Certainty: extract.Denied,
			Evidence: "박 장관은 한지민 의원을 만나지 않았다고 밝혔다.",
			Marker:   &extract.Span{Start: denyAt, End: denyAt + len("않"), Text: "않"}})
	d2 := Doc("최유리 대사, 내년 방한 예정", "최유리 대사는 2021년 3월 1일부터 5일까지 서울을 방문할 예정이다.", "2020-12-20", "연합뉴스", []Ent{choi},
		extract.Event{Type: "VISIT", Actors: []string{"최유리"}, Place: "서울", Date: "2021-03-01/2021-03-05", Certainty: extract.Planned,
			Evidence: "최유리 대사는 2021년 3월 1일부터 5일까지 서울을 방문할 예정이다.",
			Marker:   &extract.Span{Text: "예정이다"}})
	d3 := Doc("한지민 의원, 박서준 장관과 회동", "한지민 의원이 박서준 장관과 만났다고 전해졌다.", "2019-05-02", "뉴시스", []Ent{han, park},
		extract.Event{Type: "MEET", Actors: []string{"한지민", "박서준"}, Certainty: extract.Reported,
			Evidence: "한지민 의원이 박서준 장관과 만났다고 전해졌다."})
	return []*extract.Document{d1, d2, d3}
}

// eventKey is what a test compares of a listed event.
func eventKey(e store.EventRef) string {
	names := ""
	for i, a := range e.Actors {
		if i > 0 {
			names += "+"
		}
		names += a.Name
	}
	return e.Type + " " + names + " " + string(e.Certainty)
}

func testEvents(t *testing.T, open Opener) {
	st, _ := open(t)
	MustPut(t, st, eventCorpus()...)
	ctx := context.Background()
	all := []string{"VISIT 최유리 planned", "MEET 박서준+최유리 asserted", "MEET 박 장관+한지민 denied", "MEET 한지민+박서준 reported"}
	tests := []struct {
		name  string
		q     store.EventQuery
		want  []string
		total int
	}{
		{"everything newest first", store.EventQuery{}, all, 4},
		{"type", store.EventQuery{Types: []string{"meet"}}, all[1:], 3},
		{"certainty", store.EventQuery{Certainty: []string{"denied", "Planned"}}, []string{all[0], all[2]}, 2},
		{"entity by alias name", store.EventQuery{Entity: "박 장관"}, all[1:], 3},
		{"entity with other", store.EventQuery{Entity: "박서준", With: "한지민"}, all[2:], 2},
		{"year holds a month-dated event", store.EventQuery{Types: []string{"MEET"}, From: "2020", To: "2020"}, all[1:3], 2},
		{"month bound", store.EventQuery{From: "2020-06-04"}, []string{all[0], all[2]}, 2},
		{"interval starts in range", store.EventQuery{From: "2021-03", To: "2021-03-01"}, all[:1], 1},
		{"article date when undated", store.EventQuery{To: "2019-12"}, all[3:], 1},
		{"page", store.EventQuery{Limit: 2, Offset: 1}, all[1:3], 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := st.Events(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range res.Events {
				got = append(got, eventKey(e))
			}
			if !slices.Equal(got, tt.want) || res.Total != tt.total {
				t.Errorf("got %q (total %d), want %q (total %d)", got, res.Total, tt.want, tt.total)
			}
		})
	}
	checkEventDetails(t, st)
	for _, q := range []store.EventQuery{{Types: []string{"PARTY"}}, {Certainty: []string{"maybe"}}, {From: "2020-13"}, {Limit: 5000}} {
		var qe *store.QueryError
		if _, err := st.Events(ctx, q); !errors.As(err, &qe) {
			t.Errorf("%+v: err = %v, want a QueryError", q, err)
		}
	}
	if _, err := st.Events(ctx, store.EventQuery{Entity: "없는사람"}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown entity: err = %v, want ErrNotFound", err)
	}
}

// checkEventDetails checks the fields of one listed event: linked actors,
// marker, mentions, article.
func checkEventDetails(t *testing.T, st store.Store) {
	t.Helper()
	res, err := st.Events(context.Background(), store.EventQuery{Certainty: []string{"denied"}})
	if err != nil || len(res.Events) != 1 {
		t.Fatalf("denied: %v, %+v", err, res)
	}
	e := res.Events[0]
	if e.Marker == nil || e.Marker.Text != "않" || e.Marker.End-e.Marker.Start != len("않") {
		t.Errorf("marker = %+v, want 않", e.Marker)
	}
	if e.Article.Headline != "박서준 장관, 최유리 대사 면담" || e.Article.Published != "2020-06-04" || e.Date != "2020-06" {
		t.Errorf("article %+v date %q", e.Article, e.Date)
	}
	for _, a := range e.Actors {
		if a.EntityID == 0 {
			t.Errorf("actor %q not linked", a.Name)
		}
	}
	res, err = st.Events(context.Background(), store.EventQuery{Certainty: []string{"asserted"}})
	if err != nil || len(res.Events) != 1 || len(res.Events[0].Mentions) != 1 || res.Events[0].Marker != nil {
		t.Fatalf("asserted: %v, %+v", err, res)
	}
	if m := res.Events[0].Mentions[0]; m.Text != "박서준 장관, 최유리 대사 면담" || m.End != 10 {
		t.Errorf("mention = %+v", m)
	}
}
