package storetest

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// RowTextDoc is an article whose event and quote texts are partly slices
// of its text (stored as offsets) and partly not (stored as written).
func RowTextDoc() (*extract.Document, []extract.Event, []string) {
	body := "강하늘 장관은 5일 윤슬기 대사를 만날 예정이다. 강 장관은 \"협력을 넓히겠다\"고 말했다."
	at := func(s string) extract.Span {
		i := strings.Index("제목\n"+body, s)
		return extract.Span{Start: i, End: i + len(s), Text: s}
	}
	sentence := at("강하늘 장관은 5일 윤슬기 대사를 만날 예정이다.")
	ev := extract.Event{Type: "MEET", Actors: []string{"강하늘", "윤슬기"}, Certainty: extract.Planned,
		Evidence: sentence.Text, Start: sentence.Start, End: sentence.End}
	m := at("예정이다")
	ev.Marker = &m
	ev.Mentions = []extract.Span{sentence, at("강 장관은")}
	// Not slices: a rewritten evidence, a marker without offsets, a
	// mention whose text is not at its offsets.
	other := extract.Event{Type: "MEET", Actors: []string{"강 장관"}, Certainty: extract.Planned,
		Evidence: "고쳐 쓴 근거", Start: sentence.Start, End: sentence.End, Marker: &extract.Span{Text: "예정"},
		Mentions: []extract.Span{sentence, {Start: 0, End: 6, Text: "고쳐 쓴 문장"}}}
	kang := Ent{ID: "e1", Type: extract.Person, Name: "강하늘", Title: "장관", Aliases: []string{"강 장관"}}
	yoon := Ent{ID: "e2", Type: extract.Person, Name: "윤슬기", Title: "대사"}
	d := Doc("제목", body, "2024-03-04", "뉴시스", []Ent{kang, yoon}, ev, other)
	said := at("협력을 넓히겠다")
	d.Quotes = []extract.Quote{
		{Speaker: "강하늘", SpeakerEntity: "e1", SpeakerNamed: true, Text: said.Text, Start: said.Start, End: said.End},
		{Speaker: "강하늘", SpeakerEntity: "e1", SpeakerNamed: true, Text: "협력 확대 (요약)", Start: said.Start, End: said.End},
	}
	return d, []extract.Event{ev, other}, []string{said.Text, "협력 확대 (요약)"}
}

// testRowTexts checks that event evidence, markers, mentions and quote
// texts come back as written, whether they were slices of the text or not.
func testRowTexts(t *testing.T, open Opener) {
	st, _ := open(t)
	d, want, quotes := RowTextDoc()
	MustPut(t, st, d)
	ctx := context.Background()
	res, err := st.Events(ctx, store.EventQuery{})
	if err != nil || len(res.Events) != len(want) {
		t.Fatalf("events: %v %+v", err, res)
	}
	for i, got := range res.Events {
		checkEventTexts(t, got, want[i])
	}
	p, err := st.Entity(ctx, "강하늘", store.ProfileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, q := range p.Quotes {
		texts = append(texts, q.Text)
	}
	if !reflect.DeepEqual(texts, quotes) {
		t.Errorf("quotes %q, want %q", texts, quotes)
	}
	if len(p.Events) != len(want) {
		t.Fatalf("profile events %+v", p.Events)
	}
	for i, got := range p.Events {
		checkEventTexts(t, got, want[i])
	}
}

// checkEventTexts compares the evidence, marker and mentions of a listed
// event with the stored one's.
func checkEventTexts(t *testing.T, got store.EventRef, want extract.Event) {
	t.Helper()
	if got.Evidence != want.Evidence || got.Start != want.Start || got.End != want.End {
		t.Errorf("evidence %q [%d,%d], want %q [%d,%d]", got.Evidence, got.Start, got.End, want.Evidence, want.Start, want.End)
	}
	if got.Marker == nil || *got.Marker != *want.Marker {
		t.Errorf("marker %+v, want %+v", got.Marker, want.Marker)
	}
	if !reflect.DeepEqual(got.Mentions, want.Mentions) {
		t.Errorf("mentions %+v, want %+v", got.Mentions, want.Mentions)
	}
}
