package bench

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/korean"
)

// This file makes the articles of the fill: new articles assembled from
// whole paragraphs of documents the pipeline extracted (the donors), so
// that a corpus of a million distinct articles can be built without
// running the tokenizer or the extractor a million times.
//
// A remixed article is one donor's headline and first body paragraph,
// followed by body paragraphs drawn at random from all donors, as many as
// the donor has (at least three in all, so that texts do not repeat), and
// the donor's rights line. Its text is laid out as article.Parse lays out
// Text (sections joined by line breaks) and its id is the hash of that
// text, as for any parsed article. Its analysis is the donors' tokens of
// each copied line, moved (korean.Tokens.AppendCopy): the analysis of text
// cut at line breaks is that of the whole, so store.Put indexes exactly
// what it would index had it analysed the text itself. Its extraction is
// the donors' entities, amounts, dates, quotes and events whose spans lie
// in the copied lines, moved with them; an entity keeps its name, title
// and affiliation, and an entity of the same type and name from two
// donors is one. Topics and the credits are the headline donor's; the
// publication day is drawn from the generator's six years. What is lost
// is extraction across paragraphs (a quote's speaker named in a paragraph
// not copied loses its entity link, an event's other mentions outside the
// copied lines are dropped).

// remixUnit is one line of a donor (its headline, a body paragraph or its
// rights line) with the tokens inside it.
type remixUnit struct {
	donor      int
	start, end int // byte span in the donor's text
	tok0, tok1 int // token range of the donor's analysis
}

// remixDonor is a donor document with its analysis and lines.
type remixDonor struct {
	doc    *extract.Document
	toks   *korean.Tokens
	head   *remixUnit
	body   []int // indices into remixer.units
	rights *remixUnit
}

// remixer assembles articles from donors.
type remixer struct {
	donors []remixDonor
	units  []remixUnit // every body paragraph of every donor
	from   time.Time
	days   int
}

// newRemixer analyses the donors (one tokenizer pass each) and indexes
// their lines. Donors without a headline and a body paragraph are left
// out; an error says none was usable.
func newRemixer(ana *korean.Analyzer, donors []*extract.Document) (*remixer, error) {
	r := &remixer{from: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), days: 6 * 365}
	for _, d := range donors {
		if d == nil || d.Text == "" {
			continue
		}
		rd := remixDonor{doc: d, toks: ana.AnalyzeTokens(d.Text)}
		di := len(r.donors)
		for _, s := range d.Sections {
			if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
				continue
			}
			i, j := tokenRange(rd.toks, s.Start, s.End)
			u := remixUnit{donor: di, start: s.Start, end: s.End, tok0: i, tok1: j}
			switch {
			case s.Kind == article.KindHeadline && rd.head == nil:
				rd.head = &u
			case s.Kind == article.KindBody:
				rd.body = append(rd.body, len(r.units))
				r.units = append(r.units, u)
			case s.Kind == article.KindRights && rd.rights == nil:
				rd.rights = &u
			}
		}
		if rd.head == nil || len(rd.body) == 0 {
			continue
		}
		r.donors = append(r.donors, rd)
	}
	if len(r.donors) == 0 {
		return nil, fmt.Errorf("bench: fill: none of %d donor documents has a headline and a body paragraph", len(donors))
	}
	return r, nil
}

// tokenRange is the range of tokens lying inside [s, e).
func tokenRange(ts *korean.Tokens, s, e int) (int, int) {
	n := ts.Len()
	i := sort.Search(n, func(k int) bool { return ts.Start(k) >= s })
	j := sort.Search(n, func(k int) bool { return ts.Start(k) >= e })
	for j > i && ts.End(j-1) > e {
		j--
	}
	return i, j
}

// article assembles the remixed article number i from the random source.
func (r *remixer) article(rng *rand.Rand, i int) (*extract.Document, error) {
	d := &r.donors[rng.IntN(len(r.donors))]
	lines := []*remixUnit{d.head, &r.units[d.body[0]]}
	for len(lines) < max(len(d.body), 2)+1 {
		lines = append(lines, &r.units[rng.IntN(len(r.units))])
	}
	if d.rights != nil {
		lines = append(lines, d.rights)
	}
	b := &remixBuild{r: r, ents: map[entKey]int{}, local: map[donorEnt]string{}}
	for _, u := range lines {
		b.add(u)
	}
	doc, err := b.finish(d, i, r.from.AddDate(0, 0, rng.IntN(r.days)).Format(time.DateOnly))
	if err != nil {
		return nil, err
	}
	return doc, nil
}

// entKey identifies an entity across donors.
type entKey struct{ typ, name string }

// remixBuild is one article being assembled.
type remixBuild struct {
	r     *remixer
	text  strings.Builder
	secs  []article.Section
	units []*remixUnit
	at    []int // where each unit starts in the new text
	doc   extract.Document
	ents  map[entKey]int // index into doc.Entities
	// local maps a donor's entity id to its entity in the new document.
	local map[donorEnt]string
}

type donorEnt struct {
	donor int
	id    string
}

func (b *remixBuild) add(u *remixUnit) {
	if b.text.Len() > 0 {
		b.text.WriteByte('\n')
	}
	at := b.text.Len()
	src := b.r.donors[u.donor].doc
	b.text.WriteString(src.Text[u.start:u.end])
	kind := article.KindBody
	switch {
	case len(b.units) == 0:
		kind = article.KindHeadline
	case u == b.r.donors[u.donor].rights:
		kind = article.KindRights
	}
	b.secs = append(b.secs, article.Section{Kind: kind, Start: at, End: b.text.Len(), Photo: -1})
	b.units = append(b.units, u)
	b.at = append(b.at, at)
}

// finish lays out the text, copies the tokens and moves the extraction of
// every line into the new document.
func (b *remixBuild) finish(d *remixDonor, i int, published string) (*extract.Document, error) {
	text := b.text.String()
	a := article.Article{
		Source: fmt.Sprintf("bench-remix-%07d", i), Headline: text[b.secs[0].Start:b.secs[0].End],
		Subheads: []string{}, Agency: d.doc.Agency, Dateline: d.doc.Dateline, Byline: d.doc.Byline,
		Published: published, Language: "ko", Photos: []article.Photo{}, Text: text, Sections: b.secs,
	}
	for _, s := range b.secs {
		switch s.Kind {
		case article.KindBody:
			a.Body = append(a.Body, text[s.Start:s.End])
		case article.KindRights:
			a.Rights = text[s.Start:s.End]
		}
	}
	a.ID = article.TextID(text)
	a.URL = "https://bench.invalid/remix/" + a.ID
	b.doc.Article = a
	b.doc.Topics = d.doc.Topics
	toks := korean.NewTokens(text)
	for k, u := range b.units {
		src := &b.r.donors[u.donor]
		if !toks.AppendCopy(src.toks, u.tok0, u.tok1, b.at[k]-u.start) {
			return nil, fmt.Errorf("bench: fill: tokens of %s [%d,%d) do not fit the remixed text", src.doc.ID, u.start, u.end)
		}
		b.moveExtraction(src.doc, u, b.at[k]-u.start)
	}
	b.doc.Tokens = toks
	return &b.doc, nil
}

// moveExtraction adds what src's extraction found inside the line u to
// the new document, its offsets moved by shift.
func (b *remixBuild) moveExtraction(src *extract.Document, u *remixUnit, shift int) {
	in := func(s, e int) bool { return s >= u.start && e <= u.end && s <= e }
	for _, e := range src.Entities {
		var ms []extract.Mention
		for _, m := range e.Mentions {
			if in(m.Start, m.End) {
				ms = append(ms, extract.Mention{Start: m.Start + shift, End: m.End + shift, Text: m.Text})
			}
		}
		if len(ms) == 0 {
			continue
		}
		b.local[donorEnt{u.donor, e.ID}] = b.entity(e, ms)
	}
	for _, x := range src.Amounts {
		if in(x.Start, x.End) {
			x.Start, x.End = x.Start+shift, x.End+shift
			b.doc.Amounts = append(b.doc.Amounts, x)
		}
	}
	for _, x := range src.Dates {
		if in(x.Start, x.End) {
			x.Start, x.End = x.Start+shift, x.End+shift
			b.doc.Dates = append(b.doc.Dates, x)
		}
	}
	for _, q := range src.Quotes {
		if in(q.Start, q.End) {
			q.Start, q.End = q.Start+shift, q.End+shift
			q.SpeakerEntity = b.local[donorEnt{u.donor, q.SpeakerEntity}]
			b.doc.Quotes = append(b.doc.Quotes, q)
		}
	}
	for _, ev := range src.Events {
		if in(ev.Start, ev.End) {
			b.doc.Events = append(b.doc.Events, movedEvent(ev, in, shift))
		}
	}
}

// entity adds mentions ms of the donor's entity e, merged with an entity
// of the same type and name already in the document, and returns its id.
func (b *remixBuild) entity(e extract.Entity, ms []extract.Mention) string {
	k := entKey{e.Type, e.Name}
	if i, ok := b.ents[k]; ok {
		x := &b.doc.Entities[i]
		x.Mentions = append(x.Mentions, ms...)
		for _, a := range e.Aliases {
			if !slices.Contains(x.Aliases, a) {
				x.Aliases = append(x.Aliases, a)
			}
		}
		return x.ID
	}
	e.ID = fmt.Sprintf("e%d", len(b.doc.Entities)+1)
	e.Aliases = slices.Clone(e.Aliases)
	e.Mentions = ms
	b.ents[k] = len(b.doc.Entities)
	b.doc.Entities = append(b.doc.Entities, e)
	return e.ID
}

// movedEvent is ev with its spans moved by shift; its marker and other
// mentions are kept when they lie in the same line.
func movedEvent(ev extract.Event, in func(s, e int) bool, shift int) extract.Event {
	ev.Start, ev.End = ev.Start+shift, ev.End+shift
	if m := ev.Marker; m != nil {
		ev.Marker = nil
		if in(m.Start, m.End) {
			ev.Marker = &extract.Span{Start: m.Start + shift, End: m.End + shift, Text: m.Text}
		}
	}
	var ms []extract.Span
	for _, m := range ev.Mentions {
		if in(m.Start, m.End) {
			ms = append(ms, extract.Span{Start: m.Start + shift, End: m.End + shift, Text: m.Text})
		}
	}
	ev.Mentions = ms
	ev.Actors = slices.Clone(ev.Actors)
	return ev
}
