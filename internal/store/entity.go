package store

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store/textsearch"
)

const entityCols = `e.eid, e.type, e.name, e.title, e.affiliation, e.country, e.articles, e.mentions, coalesce(e.first_seen, ''), coalesce(e.last_seen, '')`

func scanEntity(r scanner, e *Entity, extra ...any) error {
	return r.Scan(append([]any{&e.ID, &e.Type, &e.Name, &e.Title, &e.Affiliation, &e.Country, &e.Articles, &e.Mentions, &e.FirstSeen, &e.LastSeen}, extra...)...)
}

func (s *core) entities(ctx context.Context, q string, args ...any) ([]Entity, error) {
	rows, err := s.db.query(ctx, q, args...)
	if err != nil {
		return nil, classify(err)
	}
	defer rows.Close()
	out := []Entity{}
	for rows.Next() {
		var e Entity
		if err := scanEntity(rows, &e); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// maxCandidates bounds the candidates an ambiguous name lists.
const maxCandidates = 20

// resolve finds the entity a ref names: an id exactly, else every entity
// whose folded canonical name or alias is the ref's. One fit is the entity;
// several give *AmbiguousError listing them, most-mentioned first, each with
// its aliases, whether the name is one's canonical name and another's alias
// or the alias of both: a name is never silently given to one of them.
func (s *core) resolve(ctx context.Context, ref string) (*Entity, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil, &QueryError{Pos: -1, Msg: "empty entity name"}
	}
	if id, ok := parseID(ref); ok {
		es, err := s.entities(ctx, `SELECT `+entityCols+` FROM entities e WHERE e.eid = ?`, id)
		if err != nil {
			return nil, fmt.Errorf("store: entity %s: %w", ref, err)
		}
		if len(es) == 1 {
			return &es[0], nil
		}
	}
	es, err := s.entities(ctx, `SELECT `+entityCols+` FROM entities e WHERE e.eid IN (
			SELECT eid FROM entities WHERE norm = ?1 UNION SELECT eid FROM entity_aliases WHERE norm = ?1)
		ORDER BY e.articles DESC, e.mentions DESC, e.eid LIMIT ?2`, textsearch.Norm(ref), maxCandidates)
	if err != nil {
		return nil, fmt.Errorf("store: entity %q: %w", ref, err)
	}
	switch len(es) {
	case 0:
		return nil, fmt.Errorf("store: entity %q: %w", ref, ErrNotFound)
	case 1:
		return &es[0], nil
	}
	if err := s.candidateAliases(ctx, es); err != nil {
		return nil, fmt.Errorf("store: entity %q candidates: %w", ref, classify(err))
	}
	return nil, &AmbiguousError{Name: ref, Candidates: es}
}

// candidateAliases fills the aliases of each candidate (other than its
// name), most used first, so a reader can tell the candidates apart.
func (s *core) candidateAliases(ctx context.Context, es []Entity) error {
	for i := range es {
		e := &es[i]
		rows, err := s.db.query(ctx, `SELECT alias FROM entity_aliases WHERE eid = ? AND norm <> ? ORDER BY n DESC, alias LIMIT 10`, e.ID, textsearch.Norm(e.Name))
		if err != nil {
			return err
		}
		e.Aliases = []string{}
		for rows.Next() {
			var a string
			if err := rows.Scan(&a); err != nil {
				rows.Close()
				return err
			}
			e.Aliases = append(e.Aliases, a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

func (s *core) FindEntities(ctx context.Context, prefix string, limit int) ([]Entity, error) {
	if limit <= 0 || limit > 1000 {
		limit = 20
	}
	n := textsearch.Norm(prefix)
	if n == "" {
		return s.entities(ctx, `SELECT `+entityCols+` FROM entities e ORDER BY e.articles DESC, e.eid LIMIT ?`, limit)
	}
	// A range on the folded name uses the index; U+10FFFF sorts after any
	// continuation of the prefix.
	hi := n + "\U0010FFFF"
	es, err := s.entities(ctx, `SELECT `+entityCols+` FROM entities e WHERE e.eid IN (
			SELECT eid FROM entities WHERE norm >= ?1 AND norm < ?2
			UNION SELECT eid FROM entity_aliases WHERE norm >= ?1 AND norm < ?2)
		ORDER BY e.articles DESC, e.eid LIMIT ?3`, n, hi, limit)
	if err != nil {
		return nil, fmt.Errorf("store: find entities %q: %w", prefix, err)
	}
	return es, nil
}

func (s *core) Entity(ctx context.Context, ref string, opt ProfileOptions) (*EntityProfile, error) {
	lim := opt.Limit
	if lim <= 0 || lim > 1000 {
		lim = 20
	}
	e, err := s.resolve(ctx, ref)
	if err != nil {
		return nil, err
	}
	p := &EntityProfile{Entity: *e, Aliases: []string{}, Titles: []TitleSpan{}}
	wrap := func(what string, err error) error {
		return fmt.Errorf("store: entity %d %s: %w", e.ID, what, classify(err))
	}
	rows, err := s.db.query(ctx, `SELECT alias FROM entity_aliases WHERE eid = ? AND norm <> ? ORDER BY n DESC, alias`, e.ID, textsearch.Norm(e.Name))
	if err != nil {
		return nil, wrap("aliases", err)
	}
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			rows.Close()
			return nil, wrap("aliases", err)
		}
		p.Aliases = append(p.Aliases, a)
	}
	rows.Close()
	rows, err = s.db.query(ctx, `SELECT title, affiliation, role, coalesce(first_seen, ''), coalesce(last_seen, ''), articles
		FROM entity_titles WHERE eid = ? ORDER BY first_seen IS NULL, first_seen, last_seen, title, affiliation, role`, e.ID)
	if err != nil {
		return nil, wrap("titles", err)
	}
	for rows.Next() {
		var t TitleSpan
		if err := rows.Scan(&t.Title, &t.Affiliation, &t.Role, &t.FirstSeen, &t.LastSeen, &t.Articles); err != nil {
			rows.Close()
			return nil, wrap("titles", err)
		}
		p.Titles = append(p.Titles, t)
	}
	rows.Close()
	if p.MentionsByMonth, err = s.counts(ctx, `SELECT substr(a.published, 1, 7), count(*) FROM mentions m JOIN articles a ON a.rid = m.rid
		WHERE m.eid = ? AND a.published IS NOT NULL GROUP BY 1 ORDER BY 1`, e.ID); err != nil {
		return nil, wrap("mentions", err)
	}
	if p.CoMentioned, err = s.coMentionCounts(ctx, e.ID, period{}, lim); err != nil {
		return nil, wrap("co-mentions", err)
	}
	if p.Events, err = s.events(ctx, `WHERE ev.evid IN (SELECT evid FROM event_actors WHERE eid = ?1) ORDER BY coalesce(nullif(ev.date, ''), a.published) DESC NULLS LAST, ev.evid LIMIT ?2`, e.ID, lim); err != nil {
		return nil, wrap("events", err)
	}
	if p.Quotes, err = s.quotes(ctx, e.ID, lim); err != nil {
		return nil, wrap("quotes", err)
	}
	if p.Articles, err = s.articleRefs(ctx, `SELECT a.id, a.headline, a.agency, coalesce(a.published, ''), a.url FROM mentions m JOIN articles a ON a.rid = m.rid
		WHERE m.eid = ? ORDER BY a.published DESC NULLS LAST, a.rid DESC LIMIT ?`, e.ID, lim); err != nil {
		return nil, wrap("articles", err)
	}
	if p.Renames, err = s.renames(ctx, e); err != nil {
		return nil, wrap("renames", err)
	}
	if opt.Explain {
		if p.Links, err = s.linkDecisions(ctx, e.ID, lim); err != nil {
			return nil, wrap("link decisions", err)
		}
	}
	return p, nil
}

func (s *core) counts(ctx context.Context, q string, args ...any) ([]FacetCount, error) {
	rows, err := s.db.query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []FacetCount{}
	for rows.Next() {
		var c FacetCount
		if err := rows.Scan(&c.Value, &c.Count); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func (s *core) articleRefs(ctx context.Context, q string, args ...any) ([]ArticleRef, error) {
	rows, err := s.db.query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []ArticleRef{}
	for rows.Next() {
		var a ArticleRef
		if err := rows.Scan(&a.ID, &a.Headline, &a.Agency, &a.Published, &a.URL); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// events loads events with their article and actors; tail is the WHERE …
// ORDER BY … LIMIT part over events ev joined to articles a. Texts cut
// from the article text are read back through it, each article's text
// inflated once.
func (s *core) events(ctx context.Context, tail string, args ...any) ([]EventRef, error) {
	rows, err := s.db.query(ctx, `SELECT ev.evid, ev.rid, ev.cut, ev.type, ev.object, ev.place, ev.date, ev.certainty, ev.evidence,
			ev.start, ev."end", ev.marker, ev.marker_start, ev.marker_end, ev.mentions,
			a.id, a.headline, a.agency, coalesce(a.published, ''), a.url,
			`+s.actorsJSON()+`
		FROM events ev JOIN articles a ON a.rid = ev.rid `+tail, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []EventRef{}
	var src []eventSource
	var cuts cutRows
	for rows.Next() {
		e, from, err := scanEvent(rows)
		if err != nil {
			return nil, err
		}
		out, src = append(out, e), append(src, from)
		cuts.add(from.rid, from.cut, -1)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	texts, err := s.articleTexts(ctx, &cuts)
	if err != nil {
		return nil, err
	}
	for i := range out {
		if err := src[i].fill(&out[i], texts[src[i].rid]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// eventSource is what a stored event row says of its texts.
type eventSource struct {
	evid, rid int64
	cut       int
	marker    extract.Span
	mentions  string
}

// fill sets e's marker and mentions, cutting from text what the row left
// out.
func (src *eventSource) fill(e *EventRef, text string) error {
	if src.cut&cutEvidence != 0 {
		e.Evidence = slice(text, e.Start, e.End)
	}
	m := src.marker
	if src.cut&cutMarker != 0 {
		m.Text = slice(text, m.Start, m.End)
	}
	if m.Text != "" {
		e.Marker = &m
	}
	if src.cut&cutMentions != 0 {
		ms, err := parseSpans(src.mentions)
		if err != nil {
			return fmt.Errorf("decoding mentions of event %d: %w", src.evid, err)
		}
		for j := range ms {
			ms[j].Text = slice(text, ms[j].Start, ms[j].End)
		}
		e.Mentions = ms
	} else if err := json.Unmarshal([]byte(src.mentions), &e.Mentions); err != nil {
		return fmt.Errorf("decoding mentions of event %d: %w", src.evid, err)
	}
	if len(e.Mentions) == 0 {
		e.Mentions = nil
	}
	return nil
}

// scanEvent reads one row of events' SELECT; its marker and mentions are
// left to eventSource.fill.
func scanEvent(rows rows) (EventRef, eventSource, error) {
	var e EventRef
	var src eventSource
	var cert, actors string
	if err := rows.Scan(&src.evid, &src.rid, &src.cut, &e.Type, &e.Object, &e.Place, &e.Date, &cert, &e.Evidence,
		&e.Start, &e.End, &src.marker.Text, &src.marker.Start, &src.marker.End, &src.mentions,
		&e.Article.ID, &e.Article.Headline, &e.Article.Agency, &e.Article.Published, &e.Article.URL, &actors); err != nil {
		return e, src, err
	}
	e.Certainty = extract.Certainty(cert)
	var raw [][2]any
	if err := json.Unmarshal([]byte(actors), &raw); err != nil {
		return e, src, fmt.Errorf("decoding actors of event %d: %w", src.evid, err)
	}
	e.Actors = make([]Actor, 0, len(raw))
	for _, r := range raw {
		name, _ := r[0].(string)
		id, _ := r[1].(float64)
		e.Actors = append(e.Actors, Actor{Name: name, EntityID: int64(id)})
	}
	return e, src, nil
}

// quotes lists the quotes of entity eid, newest first; texts cut from the
// article text are read back through it.
func (s *core) quotes(ctx context.Context, eid int64, lim int) ([]QuoteRef, error) {
	rows, err := s.db.query(ctx, `SELECT q.rid, q.cut, q.start, q."end", q.speaker, coalesce(q.eid, 0), q.text, a.id, a.headline, a.agency, coalesce(a.published, ''), a.url
		FROM quotes q JOIN articles a ON a.rid = q.rid WHERE q.eid = ? ORDER BY a.published DESC NULLS LAST, q.qid LIMIT ?`, eid, lim)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []QuoteRef{}
	type source struct {
		rid             int64
		cut, start, end int
	}
	var src []source
	var cuts cutRows
	for rows.Next() {
		var q QuoteRef
		var f source
		if err := rows.Scan(&f.rid, &f.cut, &f.start, &f.end, &q.Speaker, &q.EntityID, &q.Text, &q.Article.ID, &q.Article.Headline, &q.Article.Agency, &q.Article.Published, &q.Article.URL); err != nil {
			return nil, err
		}
		out, src = append(out, q), append(src, f)
		cuts.add(f.rid, f.cut, f.end)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	texts, err := s.articleTexts(ctx, &cuts)
	if err != nil {
		return nil, err
	}
	for i, f := range src {
		if f.cut&cutQuote != 0 {
			out[i].Text = slice(texts[f.rid], f.start, f.end)
		}
	}
	return out, nil
}

func (s *core) Timeline(ctx context.Context, ref string, limit int) (*Timeline, error) {
	if limit <= 0 || limit > 10000 {
		limit = 200
	}
	e, err := s.resolve(ctx, ref)
	if err != nil {
		return nil, err
	}
	t := &Timeline{Entity: *e, Items: []TimelineItem{}}
	evs, err := s.events(ctx, `WHERE ev.evid IN (SELECT evid FROM event_actors WHERE eid = ?1)
		AND coalesce(nullif(ev.date, ''), a.published) IS NOT NULL
		ORDER BY coalesce(nullif(ev.date, ''), a.published) DESC, ev.evid LIMIT ?2`, e.ID, limit)
	if err != nil {
		return nil, fmt.Errorf("store: timeline %d: %w", e.ID, classify(err))
	}
	for i := range evs {
		ev := &evs[i]
		date := ev.Date
		if date == "" {
			date = ev.Article.Published
		}
		t.Items = append(t.Items, TimelineItem{Date: date, Kind: ItemEvent, Article: ev.Article, Event: ev})
	}
	arts, err := s.articleRefs(ctx, `SELECT a.id, a.headline, a.agency, a.published, a.url FROM mentions m JOIN articles a ON a.rid = m.rid
		WHERE m.eid = ? AND a.published IS NOT NULL ORDER BY a.published DESC, a.rid DESC LIMIT ?`, e.ID, limit)
	if err != nil {
		return nil, fmt.Errorf("store: timeline %d: %w", e.ID, classify(err))
	}
	for _, a := range arts {
		t.Items = append(t.Items, TimelineItem{Date: a.Published, Kind: ItemArticle, Article: a})
	}
	// Newest `limit` items, shown oldest first; an interval date sorts by
	// its start, and on one day events come before the articles.
	sort.SliceStable(t.Items, func(i, j int) bool {
		a, b := t.Items[i], t.Items[j]
		da, db := dateKey(a.Date), dateKey(b.Date)
		if da != db {
			return da > db
		}
		return a.Kind == ItemEvent && b.Kind != ItemEvent
	})
	if len(t.Items) > limit {
		t.Items = t.Items[:limit]
	}
	for i, j := 0, len(t.Items)-1; i < j; i, j = i+1, j-1 {
		t.Items[i], t.Items[j] = t.Items[j], t.Items[i]
	}
	// Reversal put articles before events of the same day; restore.
	sort.SliceStable(t.Items, func(i, j int) bool {
		a, b := t.Items[i], t.Items[j]
		if da, db := dateKey(a.Date), dateKey(b.Date); da != db {
			return da < db
		}
		return a.Kind == ItemEvent && b.Kind != ItemEvent
	})
	return t, nil
}

func dateKey(d string) string {
	start, _, _ := strings.Cut(d, "/")
	return start
}

func (s *core) Graph(ctx context.Context, q GraphQuery) (*Graph, error) {
	lim := q.Limit
	if lim <= 0 {
		lim = 50
	}
	if lim > 2000 {
		return nil, &QueryError{Pos: -1, Msg: "graph limit must be at most 2000 nodes"}
	}
	p, err := graphPeriod(q.Since, q.Until)
	if err != nil {
		return nil, err
	}
	levels, err := checkCertainties(q.Certainty)
	if err != nil {
		return nil, err
	}
	ids, err := s.graphIDs(ctx, q.Entity, p, lim)
	if err != nil {
		return nil, err
	}
	wrap := func(err error) error { return fmt.Errorf("store: graph: %w", classify(err)) }
	g := &Graph{Nodes: []Node{}, Edges: []Edge{}}
	if len(ids) == 0 {
		return g, nil
	}
	set := s.list(ids)
	if g.Nodes, err = s.graphNodes(ctx, set, p); err != nil {
		return nil, wrap(err)
	}
	co, err := s.coMentionEdges(ctx, set, p)
	if err != nil {
		return nil, wrap(err)
	}
	ev, err := s.eventPairEdges(ctx, set, p, levels)
	if err != nil {
		return nil, wrap(err)
	}
	g.Edges = append(append(g.Edges, co...), ev...)
	return g, nil
}

// graphIDs picks the nodes of a graph: the entity and its most co-mentioned
// ones, or the most-mentioned entities.
func (s *core) graphIDs(ctx context.Context, ref string, p period, lim int) ([]int64, error) {
	wrap := func(err error) error { return fmt.Errorf("store: graph: %w", classify(err)) }
	if ref == "" {
		ids, err := s.topEntities(ctx, p, lim)
		if err != nil {
			return nil, wrap(err)
		}
		return ids, nil
	}
	e, err := s.resolve(ctx, ref)
	if err != nil {
		return nil, err
	}
	co, err := s.coMentionCounts(ctx, e.ID, p, lim-1)
	if err != nil {
		return nil, wrap(err)
	}
	ids := []int64{e.ID}
	for _, c := range co {
		ids = append(ids, c.ID)
	}
	return ids, nil
}
