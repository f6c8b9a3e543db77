package store

import (
	"context"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"
	"time"

	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// searchCap bounds the rows one index lookup of a search reads (the
// articles of a term, of an entity, of an event type). Lookups read newest
// first, so a query matching more than searchCap articles is answered
// exactly over a window of the newest articles, and its total and facets
// are extrapolated from that window (SearchResult.TotalEstimated). Reading
// a row costs about half a microsecond, so the cap bounds the latency of
// the commonest words whatever the corpus size: a term costs two lookups
// (morphemes with BM25, about 1.5 µs a row, and bigrams), so 20,000 rows
// keep a two-word query near 50 ms on this machine.
const searchCap = 5000

// searchRowBudget bounds the rows all the lookups of one search read,
// over every widening of its window. Widening by 8× a round ends by reading
// everything when the words are common and their combination rare (an AND
// of two everyday words that seldom meet): over 600,000 articles that took
// a second. With the budget the last round reads what is left of it and
// the search answers over the window read so far, its total estimated. At
// about 2.5 µs a row with BM25 and bigrams, 60,000 rows are some 150 ms.
const searchRowBudget = 60000

// searchWidenTime is a second guard on widening, for a machine slower than
// the row budget assumes: no new round starts after this much time since
// the search started.
const searchWidenTime = 40 * time.Millisecond

// facetTop is how many of the best matches the entity facets count over.
const facetTop = 1000

// ridSet is a set of article rids as a bitmap over 0..maxRid.
type ridSet []uint64

func newRidSet(maxRid int64) ridSet { return make(ridSet, maxRid/64+1) }

func (s ridSet) add(rid int64) { s[rid>>6] |= 1 << (uint(rid) & 63) }

func (s ridSet) and(o ridSet) {
	for i := range s {
		s[i] &= o[i]
	}
}

func (s ridSet) or(o ridSet) {
	for i := range s {
		s[i] |= o[i]
	}
}

func (s ridSet) andNot(o ridSet) {
	for i := range s {
		s[i] &^= o[i]
	}
}

// clearBelow removes the rids under lo.
func (s ridSet) clearBelow(lo int64) {
	w := lo >> 6
	for i := int64(0); i < w && i < int64(len(s)); i++ {
		s[i] = 0
	}
	if w < int64(len(s)) {
		s[w] &^= (1 << (uint(lo) & 63)) - 1
	}
}

// searchExec evaluates one search over a snapshot of the corpus.
type searchExec struct {
	s      *core
	ctx    context.Context
	snap   *colSnap
	cap    int
	lo     int64 // rids below lo are outside the window read exactly
	capped bool
	// read counts the rows the lookups read and lookups the lookups, to
	// fit the next widening into the search's row budget.
	read, lookups int
	// scores[maxRid-rid] sums the BM25 of the positive terms' morphemes;
	// lookups read newest first, so it grows with the window, not the corpus.
	scores []float64
	pos    map[*textsearch.Term]bool
}

// ridsOf reads the rids a query returns (newest first, at most e.cap+1,
// within the window) into a set; with score, the second column is added to
// the rids' scores. The query must take the window's low and high rids
// and the limit as its last three parameters.
func (e *searchExec) ridsOf(q string, score bool, args ...any) (ridSet, error) {
	return e.lookup(func(lo, hi int64, limit int) (rows, error) {
		return e.s.db.query(e.ctx, q, append(args, lo, hi, limit)...)
	}, score)
}

// lookup reads the rids of an index lookup (newest first, at most e.cap+1,
// within the window) into a set; with score, the second column is added
// to the rids' scores. Reaching the cap narrows the window to what was
// read exactly.
func (e *searchExec) lookup(fetch func(lo, hi int64, limit int) (rows, error), score bool) (ridSet, error) {
	set := newRidSet(e.snap.maxRid)
	rows, err := fetch(e.lo, e.snap.maxRid, e.cap+1)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	n := 0
	e.lookups++
	defer func() { e.read += n }()
	var rid int64
	var sc float64
	dest := []any{&rid}
	if score {
		dest = append(dest, &sc)
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		if n++; n > e.cap {
			// Everything from the last row read up is exact; below it is not.
			e.capped = true
			e.lo = max(e.lo, rid+1)
			break
		}
		set.add(rid)
		if score {
			e.addScore(rid, sc)
		}
	}
	return set, rows.Err()
}

// morphLookup reads the articles holding a term's morphemes.
func (e *searchExec) morphLookup(n *textsearch.Term, headOnly, score bool) (ridSet, error) {
	return e.lookup(func(lo, hi int64, limit int) (rows, error) {
		return e.s.be.morphLookup(e.ctx, n.Morphs, headOnly, score, lo, hi, limit)
	}, score)
}

// eval computes the rids a query node matches.
func (e *searchExec) eval(n textsearch.Node) (ridSet, error) {
	switch n := n.(type) {
	case *textsearch.Term:
		set := newRidSet(e.snap.maxRid)
		lo := e.lo
		if len(n.Morphs) > 0 {
			m, err := e.morphemes(n)
			if err != nil {
				return nil, err
			}
			set.or(m)
		}
		// Bigrams match a word inside a longer one (반도체 in 반도체업계);
		// each bigram-only match is checked to hold the term as a phrase
		// of bigrams (see grams). A quoted phrase falls back on them only
		// when it has no morphemes. A word whose morphemes alone
		// filled the window (it narrowed it) skips them too: what bigrams
		// add scores 0 and would rank after every morpheme match anyway.
		if len(n.Grams) > 0 && (!n.Phrase || len(n.Morphs) == 0) && e.lo == lo {
			g, err := e.grams(n, set)
			if err != nil {
				return nil, err
			}
			set.or(g)
		}
		return set, nil
	case *textsearch.Or:
		var set ridSet
		for _, it := range n.Items {
			x, err := e.eval(it)
			if err != nil {
				return nil, err
			}
			if set == nil {
				set = x
			} else {
				set.or(x)
			}
		}
		return set, nil
	case *textsearch.And:
		var set ridSet
		var neg []textsearch.Node
		for _, it := range n.Items {
			if nt, ok := it.(*textsearch.Not); ok {
				neg = append(neg, nt.Item)
				continue
			}
			x, err := e.eval(it)
			if err != nil {
				return nil, err
			}
			if set == nil {
				set = x
			} else {
				set.and(x)
			}
		}
		for _, it := range neg {
			x, err := e.eval(it)
			if err != nil {
				return nil, err
			}
			set.andNot(x)
		}
		return set, nil
	}
	return nil, fmt.Errorf("store: search: unexpected query node %T", n)
}

// gramVerifyBatch is how many articles one query of gram verification reads.
const gramVerifyBatch = 500

// grams looks a term up in the bigram index and keeps, of the articles
// not already in have (its morpheme matches), only those holding its
// bigrams as a phrase: the index has no positions, so an article sharing
// the bigrams scattered (코로나's 코로 in 코로미나스 and its 로나 in
// another word) would otherwise match with no occurrence of the term and
// score 0. Each candidate's text is read back
// and checked with Term.GramsIn.
func (e *searchExec) grams(n *textsearch.Term, have ridSet) (ridSet, error) {
	g, err := e.lookup(func(lo, hi int64, limit int) (rows, error) {
		return e.s.be.gramLookup(e.ctx, n.Grams, n.GramPrefix, lo, hi, limit)
	}, false)
	if err != nil {
		return nil, err
	}
	g.andNot(have)
	var rids []int64
	g.each(1, func(rid int64) { rids = append(rids, rid) })
	out := newRidSet(e.snap.maxRid)
	for len(rids) > 0 {
		batch := rids[:min(len(rids), gramVerifyBatch)]
		rids = rids[len(batch):]
		if err := e.verifyGrams(n, batch, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// verifyGrams reads the headline and text of the articles rids and adds
// to out those holding the term's bigrams as a phrase.
func (e *searchExec) verifyGrams(n *textsearch.Term, rids []int64, out ridSet) error {
	rows, err := e.s.db.query(e.ctx, `SELECT rid, headline, text, text_z FROM articles WHERE `+e.s.inList("rid", 1), e.s.list(rids))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var rid int64
		var head, text string
		var z []byte
		if err := rows.Scan(&rid, &head, &text, &z); err != nil {
			return err
		}
		if text, err = unpackText(text, z); err != nil {
			return err
		}
		e.read++
		if n.GramsIn(textsearch.GramForm(head + "\n" + text)) {
			out.add(rid)
		}
	}
	return rows.Err()
}

// morphemes looks a term up in the morpheme index and, for a term of the
// query's positive part, adds its BM25 to the scores.
//
// BM25 needs the number of documents holding the term over the whole
// corpus, which costs as much as reading all of them. So only a term in at
// most e.cap articles gets BM25; a commoner term scores as BM25 would with
// one occurrence in an article of average length, idf × (3 if in the
// headline + 1), with its document frequency estimated from the window:
// the hits rank by headline, then recency.
func (e *searchExec) morphemes(n *textsearch.Term) (ridSet, error) {
	if !e.pos[n] {
		return e.morphLookup(n, false, false)
	}
	var set ridSet
	if e.lo <= 1 {
		// No window yet: reading the term's rids tells whether it is rare.
		var err error
		if set, err = e.morphLookup(n, false, false); err != nil {
			return nil, err
		}
		if e.lo <= 1 { // read all of them: rare enough for BM25
			return e.morphLookup(n, false, true)
		}
	} else {
		df, err := e.s.be.morphCount(e.ctx, n.Morphs, e.cap+1)
		if err != nil {
			return nil, err
		}
		e.read += df
		if df <= e.cap {
			return e.morphLookup(n, false, true)
		}
		if set, err = e.morphLookup(n, false, false); err != nil {
			return nil, err
		}
	}
	head, err := e.morphLookup(n, true, false)
	if err != nil {
		return nil, err
	}
	// The window is final for this term: estimate its frequency over it.
	inWin := 0
	set.each(e.lo, func(int64) { inWin++ })
	n64, win := float64(e.snap.maxRid), float64(e.snap.maxRid-e.lo+1)
	dfEst := float64(inWin) * n64 / win
	idf := max(1e-6, math.Log((n64-dfEst+0.5)/(dfEst+0.5)))
	set.each(e.lo, func(rid int64) { e.addScore(rid, idf) })
	head.each(e.lo, func(rid int64) { e.addScore(rid, 3*idf) })
	return set, nil
}

// addScore adds v to the score of rid.
func (e *searchExec) addScore(rid int64, v float64) {
	k := int(e.snap.maxRid - rid)
	if k >= len(e.scores) {
		e.scores = append(e.scores, make([]float64, k+1-len(e.scores))...)
	}
	e.scores[k] += v
}

// each calls fn for every rid of the set from lo up.
func (s ridSet) each(lo int64, fn func(int64)) {
	for wi := lo >> 6; wi < int64(len(s)); wi++ {
		w := s[wi]
		for w != 0 {
			b := bits.TrailingZeros64(w)
			w &= w - 1
			if rid := wi<<6 | int64(b); rid >= lo {
				fn(rid)
			}
		}
	}
}

// cand is a matching article with its sort key.
type cand struct {
	rid   int64
	score float64
	day   int32
}

// topK keeps the best k candidates of a stream (a bounded heap whose root
// is the worst kept).
type topK struct {
	k      int
	better func(a, b cand) bool
	h      []cand
}

func (t *topK) push(c cand) {
	if len(t.h) < t.k {
		t.h = append(t.h, c)
		for i := len(t.h) - 1; i > 0; {
			p := (i - 1) / 2
			if !t.better(t.h[p], t.h[i]) {
				break
			}
			t.h[p], t.h[i] = t.h[i], t.h[p]
			i = p
		}
		return
	}
	if !t.better(c, t.h[0]) {
		return
	}
	t.h[0] = c
	for i := 0; ; {
		l, w := 2*i+1, i
		if l < len(t.h) && t.better(t.h[w], t.h[l]) {
			w = l
		}
		if r := l + 1; r < len(t.h) && t.better(t.h[w], t.h[r]) {
			w = r
		}
		if w == i {
			break
		}
		t.h[i], t.h[w] = t.h[w], t.h[i]
		i = w
	}
}

// sorted returns the kept candidates best first.
func (t *topK) sorted() []cand {
	slices.SortFunc(t.h, func(a, b cand) int {
		switch {
		case t.better(a, b):
			return -1
		case t.better(b, a):
			return 1
		}
		return 0
	})
	return t.h
}

// Search finds the matching articles in Go over bitmaps of rids: each
// term's index lookups give a set (and the BM25 scores of its morphemes),
// AND, OR and NOT are bitmap operations, and date and agency filters and
// facets read the in-memory columns. SQLite is asked only for index
// lookups, the page of hits and the entity facets.
func (s *core) Search(ctx context.Context, q SearchQuery) (*SearchResult, error) {
	if q.Limit <= 0 {
		q.Limit = 10
	}
	if q.Limit > 1000 || q.Offset < 0 || q.Offset > 100000 {
		return nil, &QueryError{Query: q.Text, Pos: -1, Msg: "limit must be at most 1000 and offset between 0 and 100000"}
	}
	hasText := strings.TrimSpace(q.Text) != ""
	if !hasText && q.From == "" && q.To == "" && q.Agency == "" && q.Entity == "" && q.EventType == "" {
		return nil, &QueryError{Query: q.Text, Pos: -1, Msg: "empty query: give words to search for or a filter"}
	}
	var pq *parsedQuery
	if hasText {
		var err error
		if pq, err = s.parseText(q.Text); err != nil {
			return nil, err
		}
	}
	from, to, err := dateRange(q.From, q.To)
	if err != nil {
		return nil, err
	}
	var eid int64
	if q.Entity != "" {
		e, err := s.resolve(ctx, q.Entity)
		if err != nil {
			return nil, err
		}
		eid = e.ID
	}
	snap, err := s.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	capRows := s.leafCap
	if capRows <= 0 {
		capRows = searchCap
	}
	budget := s.rowBudget
	if budget == 0 {
		budget = searchRowBudget
	}
	widenTime := s.widenTime
	if widenTime == 0 {
		widenTime = searchWidenTime
	}
	if q.Exhaustive {
		budget, widenTime = -1, -1
	}
	start := time.Now()
	read := 0
	for {
		res, e, err := s.searchOnce(ctx, q, pq, snap, from.String, to.String, eid, capRows)
		if err != nil {
			return nil, s.searchErr(q.Text, err)
		}
		read += e.read
		// A window too small to fill the page (selective filters on common
		// words, or common words rarely together) is widened, up to the
		// whole corpus unless the row or time budget runs out first: then
		// the capped round's answer stands, its total and facets estimated.
		next := capRows * 8
		if budget > 0 && e.lookups > 0 {
			// Each lookup reads at most cap+1 rows.
			next = min(next, (budget-read)/e.lookups-1)
		}
		if !e.capped || len(res.Hits) >= q.Limit || next <= capRows ||
			(widenTime > 0 && time.Since(start) > widenTime) {
			if len(res.Hits) > 0 && res.Total < q.Offset+len(res.Hits) {
				res.Total = q.Offset + len(res.Hits)
			}
			return res, nil
		}
		capRows = next
	}
}

// searchOnce runs a search with a cap on the rows per lookup; the returned
// executor tells whether a lookup reached the cap and how much was read.
func (s *core) searchOnce(ctx context.Context, q SearchQuery, pq *parsedQuery, snap *colSnap, from, to string, eid int64, capRows int) (*SearchResult, *searchExec, error) {
	e := &searchExec{s: s, ctx: ctx, snap: snap, cap: capRows, lo: 1}
	set, err := e.matches(q, pq, eid)
	if err != nil {
		return nil, nil, err
	}
	sc := e.scan(set, q, pq == nil, from, to)
	best := sc.top.sorted()
	res := &SearchResult{Total: sc.total, Hits: []Hit{}}
	res.Facets.Counted = sc.total
	if e.capped {
		// Extrapolate from the window of the newest articles to the corpus.
		window := snap.maxRid - e.lo + 1
		res.TotalEstimated, res.Facets.Partial = true, true
		if window > 0 {
			res.Total = int(float64(sc.total) * float64(snap.maxRid) / float64(window))
		}
	}
	sc.facets(res, snap)
	var page []cand
	if q.Offset < len(best) {
		page = best[q.Offset:min(len(best), q.Offset+q.Limit)]
	}
	var terms []*textsearch.Term
	if pq != nil {
		terms = pq.terms
	}
	if err := s.hits(ctx, res, page, terms); err != nil {
		return nil, nil, err
	}
	if err := s.entityFacets(ctx, res, best[:min(len(best), facetTop)]); err != nil {
		return nil, nil, err
	}
	return res, e, nil
}

// matches evaluates the query text and the entity and event filters into
// the set of candidate rids within the window.
func (e *searchExec) matches(q SearchQuery, pq *parsedQuery, eid int64) (ridSet, error) {
	var set ridSet
	if pq != nil {
		e.pos = map[*textsearch.Term]bool{}
		for _, t := range pq.terms {
			if len(t.Morphs) > 0 {
				e.pos[t] = true
			}
		}
		var err error
		if set, err = e.eval(pq.node); err != nil {
			return nil, err
		}
	}
	and := func(q string, arg any) error {
		m, err := e.ridsOf(q, false, arg)
		if err != nil {
			return err
		}
		if set == nil {
			set = m
		} else {
			set.and(m)
		}
		return nil
	}
	if eid != 0 {
		if err := and(`SELECT rid FROM mentions WHERE eid = ? AND rid >= ? AND rid <= ? ORDER BY rid DESC LIMIT ?`, eid); err != nil {
			return nil, err
		}
	}
	if q.EventType != "" {
		if err := and(`SELECT rid FROM events WHERE type = ? AND rid >= ? AND rid <= ? ORDER BY rid DESC LIMIT ?`, strings.ToUpper(q.EventType)); err != nil {
			return nil, err
		}
	}
	if set == nil { // filters on the columns alone: every article is a candidate
		set = newRidSet(e.snap.maxRid)
		for i := range set {
			set[i] = ^uint64(0)
		}
		set[0] &^= 1 // rid 0 is no article
		if r := (e.snap.maxRid + 1) & 63; r != 0 {
			set[len(set)-1] &= 1<<uint(r) - 1
		}
	}
	set.clearBelow(e.lo)
	return set, nil
}

// scanned is what one pass over the matches gathers: the total, the best
// candidates and the counts of the column facets.
type scanned struct {
	total   int
	top     *topK
	agencyN []int
	months  map[int32]int
}

// scan filters the matches by date and agency, counts them per agency and
// month and keeps the best, in one pass. Without text (byDate) the best are
// the newest.
func (e *searchExec) scan(set ridSet, q SearchQuery, byDate bool, from, to string) *scanned {
	snap := e.snap
	fromN, toN := dayNum([]byte(from)), dayNum([]byte(to))
	wantAgency := uint32(0)
	if q.Agency != "" {
		id, ok := snap.ids[q.Agency]
		if !ok || id == 0 {
			set = newRidSet(snap.maxRid) // no such agency: nothing matches
		}
		wantAgency = id
	}
	better := func(a, b cand) bool { // score desc, then newest stored
		return a.score > b.score || a.score == b.score && a.rid > b.rid
	}
	if byDate {
		better = func(a, b cand) bool { // newest first
			return a.day > b.day || a.day == b.day && a.rid > b.rid
		}
	}
	sc := &scanned{top: &topK{k: max(q.Offset+q.Limit, facetTop), better: better}, agencyN: make([]int, len(snap.names)), months: map[int32]int{}}
	var monthN [12 * 200]int // 1900-01 … 2099-12, the common case without a map
	for wi, w := range set {
		for w != 0 {
			b := bits.TrailingZeros64(w)
			w &= w - 1
			rid := int64(wi)<<6 | int64(b)
			day := snap.day[rid]
			if (fromN != 0 && day < fromN) || (toN != 0 && (day == 0 || day > toN)) {
				continue
			}
			ag := snap.agency[rid]
			if wantAgency != 0 && ag != wantAgency {
				continue
			}
			sc.total++
			sc.agencyN[ag]++
			if day != 0 {
				if y, m := day/10000, day/100%100; y >= 1900 && y < 2100 && m >= 1 && m <= 12 {
					monthN[(y-1900)*12+m-1]++
				} else {
					sc.months[day/100]++
				}
			}
			c := cand{rid: rid, day: day}
			if k := int(snap.maxRid - rid); k < len(e.scores) {
				c.score = e.scores[k]
			}
			sc.top.push(c)
		}
	}
	for i, n := range monthN {
		if n > 0 {
			sc.months[int32((i/12+1900)*100+i%12+1)] += n
		}
	}
	return sc
}

// facets fills the agency and month facets of res.
func (sc *scanned) facets(res *SearchResult, snap *colSnap) {
	ag := map[string]int{}
	for id, n := range sc.agencyN {
		if n > 0 && snap.names[id] != "" {
			ag[snap.names[id]] = n
		}
	}
	res.Facets.Agencies = sortedCounts(ag, true)
	mo := map[string]int{}
	for m, n := range sc.months {
		mo[fmt.Sprintf("%04d-%02d", m/100, m%100)] = n
	}
	res.Facets.Months = sortedCounts(mo, false)
}

// candRids lists the candidates' rids.
func candRids(cs []cand) []int64 {
	rids := make([]int64, len(cs))
	for i, c := range cs {
		rids[i] = c.rid
	}
	return rids
}

// hits loads the page's articles and cuts their snippets.
func (s *core) hits(ctx context.Context, res *SearchResult, page []cand, terms []*textsearch.Term) error {
	if len(page) == 0 {
		return nil
	}
	rows, err := s.db.query(ctx, `SELECT rid, id, headline, agency, coalesce(published, ''), url, story_id, text, text_z
		FROM articles WHERE `+s.inList("rid", 1), s.list(candRids(page)))
	if err != nil {
		return err
	}
	defer rows.Close()
	idx := make(map[int64]int, len(page))
	for i, c := range page {
		idx[c.rid] = i
	}
	res.Hits = make([]Hit, len(page))
	for rows.Next() {
		var rid int64
		var h Hit
		var text string
		var z []byte
		if err := rows.Scan(&rid, &h.ID, &h.Headline, &h.Agency, &h.Published, &h.URL, &h.StoryID, &text, &z); err != nil {
			return err
		}
		if text, err = unpackText(text, z); err != nil {
			return err
		}
		i := idx[rid]
		h.Score = page[i].score
		h.Snippet, h.Highlights = Snippet(text, h.Headline, terms, snippetChars)
		res.Hits[i] = h
	}
	return rows.Err()
}

// entityFacets counts the entities mentioned in the best matches.
func (s *core) entityFacets(ctx context.Context, res *SearchResult, best []cand) error {
	res.Facets.Entities = []EntityCount{}
	res.Facets.EntityTypes = []FacetCount{}
	if len(best) == 0 {
		return nil
	}
	rows, err := s.db.query(ctx, `SELECT `+entityCols+`, c FROM
		(SELECT eid, count(*) AS c FROM mentions WHERE `+s.inList("rid", 1)+` GROUP BY eid) m
		JOIN entities e ON e.eid = m.eid ORDER BY c DESC, e.articles DESC, e.eid`, s.list(candRids(best)))
	if err != nil {
		return err
	}
	defer rows.Close()
	types := map[string]int{}
	for rows.Next() {
		var ec EntityCount
		if err := scanEntity(rows, &ec.Entity, &ec.Count); err != nil {
			return err
		}
		types[ec.Type]++
		if len(res.Facets.Entities) < 20 {
			res.Facets.Entities = append(res.Facets.Entities, ec)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	res.Facets.EntityTypes = sortedCounts(types, true)
	return nil
}
