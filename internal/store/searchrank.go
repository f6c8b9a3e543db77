package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// Search finds the matching articles in Go over bitmaps of rids: each
// term's index lookups give the articles it surely matches (its
// morphemes, with their BM25 scores) and those it may match (its bigrams
// alone); AND, OR and NOT are bitmap operations, planned from the rarest
// word; date and agency filters and facets read the in-memory columns.
// The candidates are ranked, and those in doubt are checked against their
// text in rank order until the page is full: the page is exact. The total
// is exact unless more than the verify budget stayed in doubt; then it is
// a lower bound (TotalAtLeast).
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
	verify := s.verify
	if verify == 0 {
		verify = searchVerify
	}
	if q.Exhaustive {
		verify = -1
	}
	res, err := s.searchOnce(ctx, q, pq, snap, filter{from: dayNum([]byte(from.String)), to: dayNum([]byte(to.String)), eid: eid}, verify)
	if err != nil {
		return nil, s.searchErr(q.Text, err)
	}
	return res, nil
}

// filter is a search's filters other than the agency.
type filter struct {
	from, to int32 // YYYYMMDD, 0 for open ends
	eid      int64
}

// searchOnce evaluates a search; an exhaustive one runs without a plan
// (the reference the bench checks plans against) and checks every
// candidate in doubt.
func (s *core) searchOnce(ctx context.Context, q SearchQuery, pq *parsedQuery, snap *colSnap, f filter, verify int) (*SearchResult, error) {
	e := s.newExec(ctx, snap, !q.Exhaustive)
	t, err := e.matches(q, pq, f)
	if err != nil {
		return nil, err
	}
	sc := e.scan(t, q, pq == nil, f)
	var root textsearch.Node
	var terms []*textsearch.Term
	if pq != nil {
		root, terms = pq.node, pq.terms
	}
	best, err := e.resolve(sc, root, q.Offset+q.Limit, verify)
	if err != nil {
		return nil, err
	}
	res := &SearchResult{Total: sc.total, TotalAtLeast: sc.inDoubt > 0, Hits: []Hit{}}
	res.Facets.Counted, res.Facets.Partial = sc.total, sc.inDoubt > 0
	sc.facets(res, snap)
	var page []cand
	if q.Offset < len(best) {
		page = best[q.Offset:min(len(best), q.Offset+q.Limit)]
	}
	if err := s.hits(ctx, res, page, terms); err != nil {
		return nil, err
	}
	if err := s.entityFacets(ctx, res, best[:min(len(best), s.facetK())], snap); err != nil {
		return nil, err
	}
	return res, nil
}

// facetK is how many of the best matches the entity facets count.
func (s *core) facetK() int {
	if s.facetTop > 0 {
		return s.facetTop
	}
	return facetTop
}

// matches evaluates the query text and the entity and event filters into
// the candidate rids. A plan first narrows the rids every lookup reads to
// those of the date range, then to the entity's articles.
func (e *searchExec) matches(q SearchQuery, pq *parsedQuery, f filter) (tri, error) {
	if e.plan && (f.from != 0 || f.to != 0) {
		e.narrowDays(f.from, f.to)
	}
	var only ridSet
	if f.eid != 0 {
		m, err := e.entityRids(f.eid)
		if err != nil {
			return tri{}, err
		}
		only = m
		if e.plan {
			e.narrow(tri{m, e.empty()})
		}
	}
	var t tri
	if pq != nil {
		e.pos = map[*textsearch.Term]bool{}
		for _, term := range pq.terms {
			if len(term.Morphs) > 0 {
				e.pos[term] = true
			}
		}
		x, err := e.eval(pq.node)
		if err != nil {
			return tri{}, err
		}
		t = x.clone()
	} else { // filters alone: every article of [lo, hi] is a candidate
		t = tri{e.all(), e.empty()}
	}
	if q.EventType != "" {
		typ := strings.ToUpper(q.EventType)
		ev, err := e.filterRids(termKey('v', false, []string{typ}),
			`SELECT rid AS rowid FROM events WHERE type = ? AND rid >= ? AND rid <= ? ORDER BY rid DESC LIMIT ?`, typ)
		if err != nil {
			return tri{}, err
		}
		t.filter(ev)
	}
	if only != nil {
		t.filter(only)
	}
	return t, nil
}

// filterRids reads the rids of a filter's query (see ridsOf; its column
// is named rowid); a plan keeps them as it keeps the index lookups: an
// article's mentions and events are stored with it, and their entity and
// type never change.
func (e *searchExec) filterRids(key, q string, args ...any) (ridSet, error) {
	if !e.keeps() {
		return e.ridsOf(q, args...)
	}
	return e.kept(key, func(lo, hi int64, limit int) (rows, error) {
		// A common entity's articles are tens of thousands of rows: read
		// as one string, as the index lookups are (see concatRids).
		return e.s.be.(*sqliteStore).concatRids(e.ctx, q, append(slices.Clip(args), lo, hi, limit)...)
	})
}

// all is the set of the rids in [lo, hi].
func (e *searchExec) all() ridSet {
	set := e.empty()
	for rid := max(e.lo, 1); rid <= e.hi; rid++ {
		set.add(rid)
	}
	return set
}

// narrowDays shrinks [lo, hi] to the rids of the articles dated within
// [from, to] (a scan of the day column: articles are mostly stored in
// date order, so the range is usually tight).
func (e *searchExec) narrowDays(from, to int32) {
	lo, hi := int64(0), int64(-1)
	for rid := int64(1); rid <= e.snap.maxRid; rid++ {
		if inDays(e.snap.day[rid], from, to) {
			if lo == 0 {
				lo = rid
			}
			hi = rid
		}
	}
	if lo == 0 {
		e.lo, e.hi = 1, 0
		return
	}
	e.lo, e.hi = max(e.lo, lo), min(e.hi, hi)
}

// inDays tells whether a day falls within [from, to] (0: open end; an
// undated article is outside any range with an end).
func inDays(day, from, to int32) bool {
	return (from == 0 || day >= from) && (to == 0 || (day != 0 && day <= to))
}

// scanned is what one pass over the candidates gathers: the total of the
// sure matches, the best of them, the candidates in doubt and the counts
// of the column facets.
type scanned struct {
	total   int
	top     *topK
	doubt   []cand // candidates only the text can confirm, in rank order after resolve
	inDoubt int    // of them, those left unchecked
	agencyN []int
	months  map[int32]int
	monthN  [12 * 200]int // 1900-01 … 2099-12, the common case without a map
}

// scan filters the candidates by date and agency, counts the sure ones per
// agency and month and keeps the best, in one pass, and lists the ones in
// doubt. Without text (byDate) the best are the newest.
func (e *searchExec) scan(t tri, q SearchQuery, byDate bool, f filter) *scanned {
	snap := e.snap
	wantAgency := uint32(0)
	if q.Agency != "" {
		id, ok := snap.ids[q.Agency]
		if !ok || id == 0 {
			t = tri{e.empty(), e.empty()} // no such agency: nothing matches
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
	sc := &scanned{top: &topK{k: max(q.Offset+q.Limit, e.s.facetK()), better: better}, agencyN: make([]int, len(snap.names)), months: map[int32]int{}}
	// Newest first: a match that only ties the worst kept one is older
	// than it, so the bounded heap turns it away without moving.
	for k, set := range []ridSet{t.sure, t.maybe} {
		sure := k == 0
		score := e.scores.descending()
		set.eachDown(func(rid int64) {
			day := snap.day[rid]
			if !inDays(day, f.from, f.to) || (wantAgency != 0 && snap.agency[rid] != wantAgency) {
				return
			}
			c := cand{rid: rid, day: day, score: score(rid)}
			if sure {
				sc.count(snap, rid)
				sc.top.push(c)
			} else {
				sc.doubt = append(sc.doubt, c)
			}
		})
	}
	return sc
}

// count adds a match to the total and the column facets.
func (sc *scanned) count(snap *colSnap, rid int64) {
	sc.total++
	sc.agencyN[snap.agency[rid]]++
	if day := snap.day[rid]; day != 0 {
		if y, m := day/10000, day/100%100; y >= 1900 && y < 2100 && m >= 1 && m <= 12 {
			sc.monthN[(y-1900)*12+m-1]++
		} else {
			sc.months[day/100]++
		}
	}
}

// resolve checks the candidates in doubt in rank order until need matches
// rank before every unchecked one, then up to verify more (all when
// negative), and returns the matches known, best first (the first need
// of them exact). Confirmed candidates join the total and facets.
func (e *searchExec) resolve(sc *scanned, root textsearch.Node, need, verify int) ([]cand, error) {
	sure := sc.top.sorted()
	doubt := sc.doubt
	slices.SortFunc(doubt, func(a, b cand) int {
		if sc.top.better(a, b) {
			return -1
		}
		return 1
	})
	ok := map[int64]bool{}
	checked := 0
	check := func(n int) error {
		batch := doubt[checked:min(len(doubt), checked+n)]
		got, err := e.verify(root, candRids(batch))
		for rid, m := range got {
			ok[rid] = m
		}
		checked += len(batch)
		return err
	}
	known, i := 0, 0
	for j := 0; known < need && (i < len(sure) || j < len(doubt)); {
		if j < len(doubt) && (i == len(sure) || sc.top.better(doubt[j], sure[i])) {
			if j == checked {
				if err := check(max(16, 2*(need-known))); err != nil {
					return nil, err
				}
			}
			if ok[doubt[j].rid] {
				known++
			}
			j++
			continue
		}
		known, i = known+1, i+1
	}
	for checked < len(doubt) && (verify < 0 || checked < verify) {
		n := gramVerifyBatch
		if verify >= 0 {
			n = min(n, verify-checked)
		}
		if err := check(max(n, 1)); err != nil {
			return nil, err
		}
	}
	sc.inDoubt = len(doubt) - checked
	var confirmed []cand
	for _, c := range doubt[:checked] {
		if ok[c.rid] {
			confirmed = append(confirmed, c)
			sc.count(e.snap, c.rid)
		}
	}
	return mergeRanked(sure, confirmed, sc.top.better), nil
}

// mergeRanked merges two lists ranked by better.
func mergeRanked(a, b []cand, better func(x, y cand) bool) []cand {
	out := make([]cand, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		if len(b) > 0 && (len(a) == 0 || better(b[0], a[0])) {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return out
}

// facets fills the agency and month facets of res.
func (sc *scanned) facets(res *SearchResult, snap *colSnap) {
	for i, n := range sc.monthN {
		if n > 0 {
			sc.months[int32((i/12+1900)*100+i%12+1)] += n
		}
	}
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
