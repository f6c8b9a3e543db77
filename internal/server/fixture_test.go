package server

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/store"
)

// The corpus the server tests run on: three short articles written for
// these tests, structured by article.FromParts and annotated by hand, so
// the tests do not depend on the extractor's current accuracy.
type fixtureEntity struct {
	typ, name, title, affiliation string
	surfaces                      []string
}

type fixtureArticle struct {
	meta     article.Meta
	body     string
	entities []fixtureEntity
	amounts  []korean.Amount // Start/End found from Text
	dates    []korean.Date
	quotes   []extract.Quote // Speaker and Text; offsets found from Text
	events   []extract.Event // Evidence locates the event in Text
	topics   []string
}

var fixtureArticles = []fixtureArticle{
	{
		meta: article.Meta{Title: "삼성전자, 텍사스 반도체 공장에 10조원 투자", URL: "https://news.example/a1", Published: "2025-03-10", Agency: "뉴시스"},
		body: "[서울=뉴시스] 김기자 기자 = 이재용 삼성전자 회장이 10일 서울 서초사옥에서 젠슨 황 엔비디아 최고경영자를 만났다.\n\n" +
			"두 사람은 인공지능 반도체 협력을 논의했다. 이 회장은 \"미래 기술에 과감히 투자하겠다\"고 말했다.\n\n" +
			"삼성전자는 미국 텍사스 공장에 10조원을 추가로 투자할 것으로 알려졌다.",
		entities: []fixtureEntity{
			{extract.Person, "이재용", "회장", "삼성전자", []string{"이재용", "이 회장"}},
			{extract.Org, "삼성전자", "", "", []string{"삼성전자"}},
			{extract.Person, "젠슨 황", "최고경영자", "엔비디아", []string{"젠슨 황"}},
			{extract.Org, "엔비디아", "", "", []string{"엔비디아"}},
			{extract.Place, "텍사스", "", "", []string{"텍사스"}},
		},
		amounts: []korean.Amount{{Text: "10조원", Value: 1e13, Unit: "KRW"}},
		dates:   []korean.Date{{Text: "10일", Value: "2025-03-10"}},
		quotes:  []extract.Quote{{Speaker: "이재용", SpeakerNamed: true, Text: "미래 기술에 과감히 투자하겠다"}},
		events: []extract.Event{
			{Type: "MEET", Actors: []string{"이재용", "젠슨 황"}, Place: "서울", Date: "2025-03-10", Certainty: extract.Asserted,
				Evidence: "이재용 삼성전자 회장이 10일 서울 서초사옥에서 젠슨 황 엔비디아 최고경영자를 만났다."},
			{Type: "INVEST", Actors: []string{"삼성전자"}, Object: "10조원", Place: "텍사스", Certainty: extract.Reported,
				Evidence: "삼성전자는 미국 텍사스 공장에 10조원을 추가로 투자할 것으로 알려졌다."},
		},
		topics: []string{"반도체", "인공지능"},
	},
	{
		meta: article.Meta{Title: "이재용 회장, 베트남 방문 전망", URL: "https://news.example/a2", Published: "2025-04-02", Agency: "연합뉴스"},
		body: "이재용 삼성전자 회장이 다음 달 베트남을 방문해 팜민찐 총리와 만날 것으로 보인다.\n\n" +
			"삼성전자는 베트남 반도체 생산 확대를 검토하고 있다.",
		entities: []fixtureEntity{
			{extract.Person, "이재용", "회장", "삼성전자", []string{"이재용"}},
			{extract.Org, "삼성전자", "", "", []string{"삼성전자"}},
			{extract.Place, "베트남", "", "", []string{"베트남"}},
			{extract.Person, "팜민찐", "총리", "베트남", []string{"팜민찐"}},
		},
		events: []extract.Event{
			{Type: "TRAVEL", Actors: []string{"이재용"}, Place: "베트남", Certainty: extract.Speculated,
				Evidence: "이재용 삼성전자 회장이 다음 달 베트남을 방문해 팜민찐 총리와 만날 것으로 보인다."},
		},
		topics: []string{"반도체"},
	},
	{
		meta: article.Meta{Title: "현대차, 울산에 전기차 신공장 착공", URL: "https://news.example/a3", Published: "2025-05-20", Agency: "뉴스1"},
		body: "정의선 현대자동차그룹 회장은 20일 울산에서 전기차 전용 공장 착공식에 참석했다.\n\n" +
			"정 회장은 \"울산을 전기차 생산의 중심으로 만들겠다\"고 밝혔다. 투자 규모는 2조원이다.",
		entities: []fixtureEntity{
			{extract.Person, "정의선", "회장", "현대자동차그룹", []string{"정의선", "정 회장"}},
			{extract.Org, "현대자동차그룹", "", "", []string{"현대자동차그룹"}},
			{extract.Place, "울산", "", "", []string{"울산"}},
		},
		amounts: []korean.Amount{{Text: "2조원", Value: 2e12, Unit: "KRW"}},
		dates:   []korean.Date{{Text: "20일", Value: "2025-05-20"}},
		quotes:  []extract.Quote{{Speaker: "정의선", SpeakerNamed: true, Text: "울산을 전기차 생산의 중심으로 만들겠다"}},
		events: []extract.Event{
			{Type: "ESTABLISH", Actors: []string{"현대자동차그룹"}, Object: "전기차 전용 공장", Place: "울산", Date: "2025-05-20", Certainty: extract.Asserted,
				Evidence: "정의선 현대자동차그룹 회장은 20일 울산에서 전기차 전용 공장 착공식에 참석했다."},
		},
		topics: []string{"전기차"},
	},
}

// spans returns every [start, end) byte span of sub in s.
func spans(s, sub string) [][2]int {
	var out [][2]int
	for at := 0; ; {
		i := strings.Index(s[at:], sub)
		if i < 0 {
			return out
		}
		out = append(out, [2]int{at + i, at + i + len(sub)})
		at += i + len(sub)
	}
}

// fixtureDocument structures fa and annotates it; it fails the test when a
// surface form is missing from the text, so fixture typos cannot pass.
func fixtureDocument(t testing.TB, fa fixtureArticle) *extract.Document {
	t.Helper()
	a, err := article.FromParts(fa.meta, fa.body)
	if err != nil {
		t.Fatalf("fixture %q: %v", fa.meta.Title, err)
	}
	doc := &extract.Document{Article: *a, Topics: fa.topics}
	first := func(sub string) (int, int) {
		sp := spans(a.Text, sub)
		if len(sp) == 0 {
			t.Fatalf("fixture %q: %q not in text %q", fa.meta.Title, sub, a.Text)
		}
		return sp[0][0], sp[0][1]
	}
	for i, fe := range fa.entities {
		e := extract.Entity{ID: "e" + strconv.Itoa(i+1), Type: fe.typ, Name: fe.name, Title: fe.title, Affiliation: fe.affiliation}
		for _, s := range fe.surfaces {
			if s != fe.name {
				e.Aliases = append(e.Aliases, s)
			}
			for _, sp := range spans(a.Text, s) {
				e.Mentions = append(e.Mentions, extract.Mention{Start: sp[0], End: sp[1], Text: s})
			}
		}
		if len(e.Mentions) == 0 {
			t.Fatalf("fixture %q: entity %q never mentioned", fa.meta.Title, fe.name)
		}
		doc.Entities = append(doc.Entities, e)
	}
	for _, am := range fa.amounts {
		am.Start, am.End = first(am.Text)
		doc.Amounts = append(doc.Amounts, am)
	}
	for _, d := range fa.dates {
		d.Start, d.End = first(d.Text)
		doc.Dates = append(doc.Dates, d)
	}
	for _, q := range fa.quotes {
		q.Start, q.End = first(q.Text)
		for _, e := range doc.Entities {
			if e.Name == q.Speaker {
				q.SpeakerEntity = e.ID
			}
		}
		doc.Quotes = append(doc.Quotes, q)
	}
	for _, ev := range fa.events {
		ev.Start, ev.End = first(ev.Evidence)
		doc.Events = append(doc.Events, ev)
	}
	return doc
}

// openFixtureStore opens a fresh SQLite store in a temp dir holding the
// fixture articles, and returns it with their documents.
func openFixtureStore(t testing.TB) (store.Store, []*extract.Document) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "sosik.db"))
	if err != nil {
		t.Fatalf("opening store: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	var docs []*extract.Document
	for _, fa := range fixtureArticles {
		docs = append(docs, fixtureDocument(t, fa))
	}
	res, err := st.Put(ctx, docs)
	if err != nil {
		t.Fatalf("storing fixtures: %v", err)
	}
	for _, r := range res {
		if r.Status == store.Failed {
			t.Fatalf("storing fixture %s: %v", r.ID, r.Err)
		}
	}
	return st, docs
}

// quietLogger drops logs so test output stays readable; tests that check
// logging use their own handler.
func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
