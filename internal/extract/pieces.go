package extract

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/fold"
	"github.com/sosik-news/sosik/internal/korean"
)

// pieceSize bounds the text the stages work on at once. Their working
// state is about 14 bytes a byte of text (a word's fields take 120 bytes,
// one word in 10 bytes of Korean), so an article longer than pieceSize (no
// news article: they are under 20 KB) is extracted in pieces of about
// pieceSize bytes cut at line breaks (a line longer than twice pieceSize
// after a sentence end or a space, see cutEnd), and the pieces' Documents
// merged:
// the memory an extraction holds is then the analysis and the Document of
// the whole article plus the working state of one piece. What a piece
// finds cannot lean on another piece (a short name whose full name is in
// an earlier piece); entities of one type and name are one entity. A
// variable so that tests can cut small articles.
var pieceSize = 128 << 10

// pieceEnds returns where the pieces of text end: each at cutEnd of its
// start, the last at the end of text.
func pieceEnds(text string, size int) []int {
	var ends []int
	for start := 0; start < len(text); {
		end := cutEnd(text, start, size, 2*size)
		ends = append(ends, end)
		start = end
	}
	return ends
}

// cutEnd returns where a run of text that starts at from and holds at
// least size bytes ends: after the first line break at or after size bytes
// (no morpheme or sentence spans one). A line that runs on to limit bytes
// from the run's start (a page with its line breaks lost, or a hostile
// one) is cut after the first space that follows a sentence end between
// size and limit, else after the first space there, else at a character
// boundary: a run never holds much more than limit bytes, however the
// text is written.
func cutEnd(text string, from, size, limit int) int {
	if from+size >= len(text) {
		return len(text)
	}
	limit = min(from+limit, len(text))
	if nl := strings.IndexByte(text[from+size:limit], '\n'); nl >= 0 {
		return from + size + nl + 1
	}
	window := text[from+size : limit]
	if limit == len(text) {
		return limit
	}
	for _, mark := range []string{". ", "? ", "! ", " "} {
		if i := strings.Index(window, mark); i >= 0 {
			return from + size + i + len(mark)
		}
	}
	for end := limit; end > from; end-- {
		if utf8.RuneStart(text[end]) {
			return end
		}
	}
	_, n := utf8.DecodeRuneInString(text[from:])
	return from + n
}

// pieceSections returns the sections of secs inside text[start:end], cut
// to it, with offsets into that stretch.
func pieceSections(secs []article.Section, start, end int) []article.Section {
	var out []article.Section
	for _, sec := range secs {
		s, e := max(sec.Start, start), min(sec.End, end)
		if s >= e {
			continue
		}
		sec.Start, sec.End = s-start, e-start
		out = append(out, sec)
	}
	return out
}

// extractPieces extracts a, whose text the analyser read into toks, one
// piece (see pieceSize) at a time, and merges the pieces' Documents. The
// first piece's publication date (found or given) dates the others. Its
// errors are extractTokens'.
func (x *Extractor) extractPieces(ctx context.Context, a *article.Article, toks *korean.Tokens) (*Document, error) {
	out := emptyDocument(a)
	out.Tokens = toks
	m := newMerger(x, out)
	pa := *a
	start := 0
	for _, end := range pieceEnds(a.Text, pieceSize) {
		pa.Text = a.Text[start:end]
		pa.Sections = pieceSections(a.Sections, start, end)
		doc, d, err := m.px.extractTokens(ctx, &pa, toks.Sub(start, end))
		if err == nil && m.topics != nil {
			m.countTopics(d, start)
		}
		d.release()
		if err != nil {
			var ie *InternalError
			if errors.As(err, &ie) {
				return emptyDocument(a), err
			}
			return nil, err
		}
		if start == 0 {
			pa.Published, out.Published = doc.Published, doc.Published
		}
		m.add(doc, start)
		start = end
	}
	if m.topics != nil {
		out.Topics = m.rankTopics()
	}
	return out, nil
}

// merger adds the Documents of an article's pieces to the article's
// Document, shifting their offsets by the piece's start. Events that tell
// the same real-world event merge as within a piece (appendEvent).
type merger struct {
	out   *Document
	byKey map[string]int // index in out.Entities by type and name
	// px extracts the pieces: x without its topics stage, whose counts
	// topics and triggers add up over the pieces instead (nil when x does
	// not find topics).
	px       *Extractor
	topics   *topicCounter
	triggers triggerCounts
}

func newMerger(x *Extractor, out *Document) *merger {
	m := &merger{out: out, byKey: map[string]int{}, px: x}
	i := slices.IndexFunc(x.stages, func(s stage) bool { return s.name == "topics" })
	if i < 0 {
		return m
	}
	px := *x
	px.stages = slices.Delete(slices.Clone(x.stages), i, i+1)
	m.px = &px
	m.topics = &topicCounter{d: &doc{lx: x.lx}, tf: map[string]int{}, first: map[string]int{}, names: map[string]bool{}}
	m.triggers = triggerCounts{n: make([]int, len(x.lx.cats)), context: make([]bool, len(x.lx.cats))}
	return m
}

// countTopics adds the topic terms and category triggers of the piece d,
// which starts at byte off of the article's text, to m's.
func (m *merger) countTopics(d *doc, off int) {
	tc := d.topicCounts()
	for t, n := range tc.tf {
		m.topics.tf[t] += n
		if _, ok := m.topics.first[t]; !ok {
			m.topics.first[t] = tc.first[t] + off
		}
	}
	for k := range tc.names {
		m.topics.names[k] = true
	}
	m.triggers.add(countTriggers(d.lx.cats, d.bodyText(), true))
}

// rankTopics returns the article's topics from the counts of its pieces'
// (as topics does for one piece); a term that is an entity's name in some
// piece is none.
func (m *merger) rankTopics() []string {
	for t := range m.topics.tf {
		if m.topics.names[fold.Key(t)] {
			delete(m.topics.tf, t)
		}
	}
	return m.topics.topics(m.triggers.categories(m.px.lx.cats))
}

// add merges piece, which starts at byte off of the article's text.
func (m *merger) add(piece *Document, off int) {
	ids := m.addEntities(piece.Entities, off)
	for _, am := range piece.Amounts {
		am.Start, am.End = am.Start+off, am.End+off
		m.out.Amounts = append(m.out.Amounts, am)
	}
	for _, dt := range piece.Dates {
		dt.Start, dt.End = dt.Start+off, dt.End+off
		m.out.Dates = append(m.out.Dates, dt)
	}
	for _, q := range piece.Quotes {
		q.Start, q.End = q.Start+off, q.End+off
		if q.SpeakerEntity != "" {
			q.SpeakerEntity = ids[q.SpeakerEntity]
		}
		m.out.Quotes = append(m.out.Quotes, q)
	}
	for _, ev := range piece.Events {
		m.out.Events = appendEvent(m.out.Events, shiftEvent(ev, off))
	}
}

// addEntities merges a piece's entities into the article's: one of the
// same type and name as an earlier one adds its mentions and aliases (and
// the title, affiliation and role the earlier lacks) to it; another is
// appended with the next ID. It returns the article's ID of each of the
// piece's entities by its ID in the piece.
func (m *merger) addEntities(ents []Entity, off int) map[string]string {
	ids := make(map[string]string, len(ents))
	for _, e := range ents {
		e.Mentions = shiftMentions(e.Mentions, off)
		key := e.Type + "\x00" + e.Name
		k, ok := m.byKey[key]
		if !ok {
			k = len(m.out.Entities)
			m.byKey[key] = k
			ids[e.ID] = "e" + strconv.Itoa(k+1)
			e.ID = ids[e.ID]
			m.out.Entities = append(m.out.Entities, e)
			continue
		}
		to := &m.out.Entities[k]
		ids[e.ID] = to.ID
		to.Mentions = append(to.Mentions, e.Mentions...)
		for _, al := range e.Aliases {
			if !slices.Contains(to.Aliases, al) {
				to.Aliases = append(to.Aliases, al)
			}
		}
		to.Title = cmp.Or(to.Title, e.Title)
		to.Affiliation = cmp.Or(to.Affiliation, e.Affiliation)
		to.Role = cmp.Or(to.Role, e.Role)
	}
	return ids
}

// shiftEvent returns ev with its offsets moved by off.
func shiftEvent(ev Event, off int) Event {
	ev.Start, ev.End = ev.Start+off, ev.End+off
	if ev.Marker != nil {
		mk := *ev.Marker
		mk.Start, mk.End = mk.Start+off, mk.End+off
		ev.Marker = &mk
	}
	if ev.Mentions != nil {
		ms := make([]Span, len(ev.Mentions))
		for i, sp := range ev.Mentions {
			ms[i] = Span{Start: sp.Start + off, End: sp.End + off, Text: sp.Text}
		}
		ev.Mentions = ms
	}
	return ev
}

// shiftMentions returns a copy of ms with offsets moved by off.
func shiftMentions(ms []Mention, off int) []Mention {
	out := make([]Mention, len(ms))
	for i, mn := range ms {
		out[i] = Mention{Start: mn.Start + off, End: mn.End + off, Text: mn.Text}
	}
	return out
}
