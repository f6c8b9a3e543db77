package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/store/storetest"
)

// eventBenchDoc is the i-th invented article of BenchmarkEvents: three
// sentences, two events and a quote, all slices of its text.
func eventBenchDoc(i int) *extract.Document {
	a, b := fmt.Sprintf("가람%d", i%97), fmt.Sprintf("누리%d", i%89)
	body := fmt.Sprintf("%s 장관은 %d일 %s 대사를 만났다. %s 장관은 \"협력을 넓히겠다\"고 말했다. 두 사람은 다음 달 협정에 서명할 예정이다.", a, i%28+1, b, a)
	text := fmt.Sprintf("회담 %d\n%s", i, body)
	at := func(s string) extract.Span {
		k := strings.Index(text, s)
		return extract.Span{Start: k, End: k + len(s), Text: s}
	}
	met := at(fmt.Sprintf("%s 장관은 %d일 %s 대사를 만났다.", a, i%28+1, b))
	sign := at("두 사람은 다음 달 협정에 서명할 예정이다.")
	marker := at("예정이다")
	d := storetest.Doc(fmt.Sprintf("회담 %d", i), body, fmt.Sprintf("20%02d-%02d-%02d", 10+i%15, i%12+1, i%28+1), "뉴시스",
		[]storetest.Ent{{ID: "e1", Type: extract.Person, Name: a, Title: "장관"}, {ID: "e2", Type: extract.Person, Name: b, Title: "대사"}},
		extract.Event{Type: "MEET", Actors: []string{a, b}, Certainty: extract.Asserted, Evidence: met.Text, Start: met.Start, End: met.End,
			Mentions: []extract.Span{met}},
		extract.Event{Type: "SIGN", Actors: []string{a, b}, Certainty: extract.Planned, Evidence: sign.Text, Start: sign.Start, End: sign.End,
			Marker: &marker, Mentions: []extract.Span{sign}})
	said := at("협력을 넓히겠다")
	d.Quotes = []extract.Quote{{Speaker: a, SpeakerEntity: "e1", SpeakerNamed: true, Text: said.Text, Start: said.Start, End: said.End}}
	return d
}

// BenchmarkEvents measures the CPU of the corpus-wide event lists and of
// an entity's quotes, on SOSIK_BENCH_EVENTS_DB (used as it is) or else on
// 2,000 invented articles.
func BenchmarkEvents(b *testing.B) {
	ctx := context.Background()
	st := benchStore(b, "SOSIK_BENCH_EVENTS_DB")
	if s, err := st.Stats(ctx); err != nil {
		b.Fatal(err)
	} else if s.Articles == 0 {
		store.SetMorph(st, strings.Fields)
		fillBench(b, st, 2000, eventBenchDoc)
	}
	first, err := st.Events(ctx, store.EventQuery{Limit: 1000})
	if err != nil || len(first.Events) == 0 {
		b.Fatalf("events: %v", err)
	}
	var actors []int64
	for _, e := range first.Events {
		for _, a := range e.Actors {
			if a.EntityID != 0 && len(actors) < 8 {
				actors = append(actors, a.EntityID)
			}
		}
	}
	lists := []struct {
		name string
		q    store.EventQuery
	}{
		{"newest50", store.EventQuery{}},
		{"newest1000", store.EventQuery{Limit: 1000}},
		{"meet", store.EventQuery{Types: []string{"MEET"}, Limit: 200}},
		{"entity", store.EventQuery{Entity: fmt.Sprint(actors[0]), Limit: 200}},
		{"planned", store.EventQuery{Certainty: []string{"planned", "denied"}, Offset: 500}},
	}
	for _, l := range lists {
		b.Run(l.name, func(b *testing.B) {
			cpuPerOp(b, func() error { _, err := st.Events(ctx, l.q); return err })
		})
	}
	b.Run("quotes", func(b *testing.B) {
		n := 0
		cpuPerOp(b, func() error {
			n++
			_, err := store.QuotesOf(st, actors[n%len(actors)], 200)
			return err
		})
	})
}

// cpuPerOp runs op b.N times and reports the process CPU per call.
func cpuPerOp(b *testing.B, op func() error) {
	cpu0 := processCPU()
	n := 0
	for b.Loop() {
		if err := op(); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64((processCPU()-cpu0).Microseconds())/1000/float64(n), "cpu-ms/op")
}
