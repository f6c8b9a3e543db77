package bench

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/korean"
)

// remixDonors extracts n synthetic articles, as the pipeline would.
func remixDonors(t *testing.T, n int) []*extract.Document {
	t.Helper()
	items, err := Generated(n, 31)
	if err != nil {
		t.Fatal(err)
	}
	x := extractor(t)
	var out []*extract.Document
	for _, it := range items {
		a, err := it.Article()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, x.Extract(a))
	}
	return out
}

// TestRemixIsWhatPutWouldAnalyse checks the fill's articles: their
// analysis is the tokenizer's analysis of their own text (so the store
// indexes exactly what it would index analysing them itself), every span
// of their extraction points at its own words in the new text, and their
// id, headline, body and sections follow the text.
func TestRemixIsWhatPutWouldAnalyse(t *testing.T) {
	donors := remixDonors(t, 12)
	ana, err := korean.Default()
	if err != nil {
		t.Fatal(err)
	}
	rx, err := newRemixer(ana, donors)
	if err != nil {
		t.Fatal(err)
	}
	if len(rx.donors) != 12 || len(rx.units) < 12*4 {
		t.Fatalf("remixer over %d donors and %d lines, want 12 donors with 4 or more lines each", len(rx.donors), len(rx.units))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	ids := map[string]bool{}
	for i := range 40 {
		d, err := rx.article(rng, i)
		if err != nil {
			t.Fatal(err)
		}
		if want := ana.Analyze(d.Text); !reflect.DeepEqual(d.Tokens.All(), want) {
			t.Fatalf("article %d: copied analysis differs from Analyze of its text", i)
		}
		checkRemixSpans(t, d)
		if d.ID != article.TextID(d.Text) || ids[d.ID] {
			t.Errorf("article %d: id %s is not the text's or repeats", i, d.ID)
		}
		ids[d.ID] = true
		if len(d.Body) < 3 || d.Text[:len(d.Headline)] != d.Headline || d.Published < "2020-01-01" || d.Published > "2025-12-31" {
			t.Errorf("article %d: %d body lines, headline %q, published %s", i, len(d.Body), d.Headline, d.Published)
		}
		var body []string
		for _, s := range d.Sections {
			if s.Kind == article.KindBody {
				body = append(body, d.Text[s.Start:s.End])
			}
		}
		if !slices.Equal(body, d.Body) {
			t.Errorf("article %d: body sections %q, Body %q", i, body, d.Body)
		}
	}
}

// checkRemixSpans checks that every span of d's extraction is its text's.
func checkRemixSpans(t *testing.T, d *extract.Document) {
	t.Helper()
	at := func(what string, s, e int, want string) {
		if s < 0 || e > len(d.Text) || s > e || d.Text[s:e] != want {
			t.Errorf("%s: %s: span [%d,%d) does not hold %q", d.ID, what, s, e, want)
		}
	}
	names := map[[2]string]bool{}
	ids := map[string]bool{}
	for _, e := range d.Entities {
		if names[[2]string{e.Type, e.Name}] || len(e.Mentions) == 0 {
			t.Errorf("%s: entity %s %s repeated or without mentions", d.ID, e.Type, e.Name)
		}
		names[[2]string{e.Type, e.Name}], ids[e.ID] = true, true
		for _, m := range e.Mentions {
			at("mention of "+e.Name, m.Start, m.End, m.Text)
		}
	}
	for _, x := range d.Amounts {
		at("amount", x.Start, x.End, x.Text)
	}
	for _, x := range d.Dates {
		at("date", x.Start, x.End, x.Text)
	}
	for _, q := range d.Quotes {
		at("quote", q.Start, q.End, d.Text[q.Start:q.End])
		if q.SpeakerEntity != "" && !ids[q.SpeakerEntity] {
			t.Errorf("%s: quote's speaker %s is no entity of the article", d.ID, q.SpeakerEntity)
		}
	}
	for _, ev := range d.Events {
		at("event evidence", ev.Start, ev.End, ev.Evidence)
		for _, m := range ev.Mentions {
			at("event mention", m.Start, m.End, m.Text)
		}
		if ev.Marker != nil {
			at("event marker", ev.Marker.Start, ev.Marker.End, ev.Marker.Text)
		}
	}
}
