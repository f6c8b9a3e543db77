package store

import (
	"context"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// bm25Docs is the most articles a word may be in for its matches to be
// scored with BM25 (FTS5's bm25(), about 1.5 µs a row); a commoner word
// scores as BM25 would with one occurrence in an article of average
// length, idf × (3 if in the headline + 1), its idf from the index's
// per-term count: its hits rank by headline, then recency. The choice
// depends on the word's count over the whole corpus only, never on what a
// plan reads, so every plan ranks alike.
const bm25Docs = 5000

// searchVerify is how many candidates found only through bigrams a search
// checks beyond those its page needs (see SearchBudget). Checking one reads
// its text back (some tens of µs).
const searchVerify = 300

// unknownDocs stands for a document count the index cannot tell.
const unknownDocs = math.MaxInt32

// facetTop is how many of the best matches the entity facets count over.
const facetTop = 1000

// ridSet is a set of article rids as a bitmap over 0..maxRid.
type ridSet []uint64

func newRidSet(maxRid int64) ridSet { return make(ridSet, maxRid/64+1) }

func (s ridSet) add(rid int64) { s[rid>>6] |= 1 << (uint(rid) & 63) }

// has tells whether rid is in the set (a nil set is empty).
func (s ridSet) has(rid int64) bool {
	return rid>>6 < int64(len(s)) && s[rid>>6]&(1<<(uint(rid)&63)) != 0
}

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

// hull is the smallest and largest rid of the set; ok is false when empty.
func (s ridSet) hull() (lo, hi int64, ok bool) {
	i := 0
	for i < len(s) && s[i] == 0 {
		i++
	}
	if i == len(s) {
		return 0, 0, false
	}
	j := len(s) - 1
	for s[j] == 0 {
		j--
	}
	return int64(i)<<6 | int64(bits.TrailingZeros64(s[i])), int64(j)<<6 | int64(63-bits.LeadingZeros64(s[j])), true
}

// tri is what the indexes tell of a query node: the articles of sure
// match; those of maybe match if their text confirms a word found only
// through its bigrams (a word inside a longer one). The node's true
// matches hold sure and lie within sure ∪ maybe.
type tri struct{ sure, maybe ridSet }

func (t tri) clone() tri { return tri{slices.Clone(t.sure), slices.Clone(t.maybe)} }

// and keeps what both may match: sure where both are sure.
func (t tri) and(o tri) {
	for i := range t.sure {
		s := t.sure[i] & o.sure[i]
		t.maybe[i] = (t.sure[i] | t.maybe[i]) & (o.sure[i] | o.maybe[i]) &^ s
		t.sure[i] = s
	}
}

// andNot removes what o matches: sure only where o surely does not.
func (t tri) andNot(o tri) {
	for i := range t.sure {
		s := t.sure[i] &^ (o.sure[i] | o.maybe[i])
		t.maybe[i] = (t.sure[i] | t.maybe[i]) &^ o.sure[i] &^ s
		t.sure[i] = s
	}
}

// or adds what o matches.
func (t tri) or(o tri) {
	for i := range t.sure {
		t.sure[i] |= o.sure[i]
		t.maybe[i] = (t.maybe[i] | o.maybe[i]) &^ t.sure[i]
	}
}

// filter keeps the articles of set.
func (t tri) filter(set ridSet) {
	t.sure.and(set)
	t.maybe.and(set)
}

// searchExec evaluates one search over a snapshot of the corpus. Every
// lookup reads all the articles of its index term within [lo, hi]: the
// answer is exact. A plan keeps that cheap: an AND evaluates its items
// from the rarest (the index's per-term counts say which) and narrows
// [lo, hi] to the articles still possible before reading the next.
type searchExec struct {
	s      *core
	ctx    context.Context
	snap   *colSnap
	lo, hi int64 // the rids the lookups read
	plan   bool  // order AND items and narrow [lo, hi]; off: the reference evaluation
	// underOr counts the ORs above the node being evaluated.
	underOr int
	// scores sums the BM25 of the positive terms' morphemes, part by part
	// as the lookups add them (see scorer).
	scores scorer
	pos    map[*textsearch.Term]bool
	// leaves keeps every term's sets, to check candidates against the query.
	leaves map[*textsearch.Term]tri
	docs   map[*textsearch.Term]int // memoised estimates
	df     map[*textsearch.Term]int // memoised morpheme counts
	forms  map[*textsearch.Term]string
}

// newExec starts the evaluation of a search over the whole corpus.
func (s *core) newExec(ctx context.Context, snap *colSnap, plan bool) *searchExec {
	return &searchExec{s: s, ctx: ctx, snap: snap, lo: 1, hi: snap.maxRid, plan: plan,
		leaves: map[*textsearch.Term]tri{}, docs: map[*textsearch.Term]int{}, df: map[*textsearch.Term]int{}}
}

func (e *searchExec) empty() ridSet { return newRidSet(e.snap.maxRid) }

// ridsOf reads the rids a query returns within [lo, hi] into a set. The
// query must take the window's low and high rids and the limit as its
// last three parameters.
func (e *searchExec) ridsOf(q string, args ...any) (ridSet, error) {
	return e.lookup(func(lo, hi int64, limit int) (rows, error) {
		return e.s.db.query(e.ctx, q, append(args, lo, hi, limit)...)
	}, false)
}

// lookup reads every rid of an index lookup within [lo, hi] into a set;
// with score, the second column is added to the rids' scores.
func (e *searchExec) lookup(fetch func(lo, hi int64, limit int) (rows, error), score bool) (ridSet, error) {
	set := e.empty()
	if e.lo > e.hi {
		return set, nil
	}
	rows, err := fetch(e.lo, e.hi, exhaustiveCap)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	if l, ok := rows.(*sliceRows); ok && !score { // rids read in bulk
		for _, rid := range l.rids {
			set.add(rid)
		}
		return set, nil
	}
	var rid int64
	var sc float64
	dest := []any{&rid}
	var part scoredRows
	if score {
		dest = append(dest, &sc)
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		set.add(rid)
		if score {
			part.rids, part.scores = append(part.rids, rid), append(part.scores, sc)
		}
	}
	if score {
		e.scores.addRows(&part)
	}
	return set, rows.Err()
}

// morphLookup reads the articles holding a term's morphemes.
func (e *searchExec) morphLookup(n *textsearch.Term, headOnly, score bool) (ridSet, error) {
	fetch := func(lo, hi int64, limit int) (rows, error) {
		return e.s.be.morphLookup(e.ctx, n.Morphs, headOnly, score, lo, hi, limit)
	}
	switch {
	case !score && e.keeps():
		return e.kept(termKey('m', headOnly, n.Morphs), fetch)
	case score && e.keeps():
		return e.keptScored(termKey('s', headOnly, n.Morphs), fetch)
	}
	return e.lookup(fetch, score)
}

// keptScored reads a scored lookup from those kept for the snapshot (see
// postings.scored), adding the scores of the rids within [lo, hi]; one
// not kept is read whole and kept, unless the plan narrowed the window and
// it was never asked (as kept does).
func (e *searchExec) keptScored(key string, fetch func(lo, hi int64, limit int) (rows, error)) (ridSet, error) {
	post := &e.s.cols.post
	r := post.scoredOf(key, e.snap.maxRid)
	if r == nil {
		if e.narrowed() && !post.asked(key) {
			return e.lookup(fetch, true)
		}
		var err error
		if r, err = e.readScored(fetch); err != nil {
			return nil, err
		}
		post.keepScored(key, e.snap.maxRid, r)
	}
	set := e.empty()
	lo, _ := slices.BinarySearch(r.rids, e.lo)
	hi, _ := slices.BinarySearch(r.rids, e.hi+1)
	for _, rid := range r.rids[lo:hi] {
		set.add(rid)
	}
	e.scores.addRows(&scoredRows{rids: r.rids[lo:hi], scores: r.scores[lo:hi]})
	return set, nil
}

// readScored reads every row of a scored lookup (SQLite reads them in
// rid order, ascending).
func (e *searchExec) readScored(fetch func(lo, hi int64, limit int) (rows, error)) (*scoredRows, error) {
	rs, err := fetch(1, e.snap.maxRid, exhaustiveCap)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	r := &scoredRows{}
	var rid int64
	var sc float64
	for rs.Next() {
		if err := rs.Scan(&rid, &sc); err != nil {
			return nil, err
		}
		r.rids, r.scores = append(r.rids, rid), append(r.scores, sc)
	}
	return r, rs.Err()
}

// keeps says whether the evaluation reads the lookups kept in memory:
// a plan on SQLite (see postings).
func (e *searchExec) keeps() bool { return e.plan && !e.s.pg }

// termKey names a lookup of the postings: its kind, a flag and its terms.
func termKey(kind byte, flag bool, terms []string) string {
	k := []byte{kind, '0'}
	if flag {
		k[1] = '1'
	}
	for _, t := range terms {
		k = append(append(k, 0), t...)
	}
	return string(k)
}

// kept reads a lookup from the postings kept in memory, after reading from
// the index the rids stored since it was kept; one not kept is read whole
// and kept, unless the plan narrowed its window and it was never asked.
func (e *searchExec) kept(key string, fetch func(lo, hi int64, limit int) (rows, error)) (ridSet, error) {
	if e.lo > e.hi {
		return e.empty(), nil
	}
	if e.narrowed() && !e.s.cols.post.asked(key) {
		// A narrow window of a lookup not kept is read alone the first
		// time (a date range reads a sliver of a common word's doclist);
		// one asked again is read whole and kept.
		return e.lookup(fetch, false)
	}
	p, err := e.posting(key, fetch)
	if err != nil {
		return nil, err
	}
	return p.within(e.lo, e.hi, e.snap.maxRid), nil
}

// narrowed tells whether the plan narrowed the window to less than half
// the rids: reading a wider one costs about what reading the whole
// lookup does, which is then kept.
func (e *searchExec) narrowed() bool {
	return 2*(e.hi-e.lo+1) < e.snap.maxRid
}

// posting is the kept lookup of key, up to date with the snapshot.
func (e *searchExec) posting(key string, fetch func(lo, hi int64, limit int) (rows, error)) (*posting, error) {
	post := &e.s.cols.post
	p := post.get(key)
	if p == nil || p.upTo < e.snap.maxRid {
		from := int64(1)
		if p != nil {
			from = p.upTo + 1
		}
		rs, err := fetch(from, e.snap.maxRid, exhaustiveCap)
		if err != nil {
			return nil, err
		}
		bm, err := bitmapOf(rs)
		if err != nil {
			return nil, err
		}
		if p != nil {
			bm.Or(p.bm)
		}
		p = post.put(key, bm, e.snap.maxRid)
	}
	return p, nil
}

// bitmapOf reads the rids of a lookup's rows.
func bitmapOf(rs rows) (*roaring.Bitmap, error) {
	defer rs.Close()
	bm := roaring.New()
	if l, ok := rs.(*sliceRows); ok {
		for _, rid := range l.rids {
			bm.Add(uint32(rid))
		}
		return bm, nil
	}
	var rid int64
	for rs.Next() {
		if err := rs.Scan(&rid); err != nil {
			return nil, err
		}
		bm.Add(uint32(rid))
	}
	return bm, rs.Err()
}

// usesGrams says whether a term is looked up in the bigram index too:
// bigrams match a word inside a longer one (반도체 in 반도체업계); a
// quoted phrase falls back on them only when it has no morphemes.
func usesGrams(n *textsearch.Term) bool {
	return len(n.Grams) > 0 && (!n.Phrase || len(n.Morphs) == 0)
}

// eval computes what a query node matches within [lo, hi].
func (e *searchExec) eval(n textsearch.Node) (tri, error) {
	switch n := n.(type) {
	case *textsearch.Term:
		return e.term(n)
	case *textsearch.Or:
		// An article an OR's item does not match still scores by its words
		// (the scores add up every positive word's): below an OR, no plan
		// narrows the lookups, so that the scores stay those of the
		// reference evaluation.
		e.underOr++
		defer func() { e.underOr-- }()
		out := tri{e.empty(), e.empty()}
		for _, it := range n.Items {
			x, err := e.eval(it)
			if err != nil {
				return tri{}, err
			}
			out.or(x)
		}
		return out, nil
	case *textsearch.And:
		return e.and(n)
	}
	return tri{}, fmt.Errorf("store: search: unexpected query node %T", n)
}

// term looks a word up: its morpheme matches are sure, the articles
// holding only its bigrams are candidates for the text to confirm.
func (e *searchExec) term(n *textsearch.Term) (tri, error) {
	t := tri{e.empty(), e.empty()}
	if len(n.Morphs) > 0 {
		m, err := e.morphemes(n)
		if err != nil {
			return tri{}, err
		}
		t.sure = m
	}
	if usesGrams(n) {
		g, err := e.gramSet(n)
		if err != nil {
			return tri{}, err
		}
		g.andNot(t.sure)
		t.maybe = g
	}
	e.leaves[n] = t
	return t, nil
}

// gramFetch reads the articles holding all of grams (the last one as a
// prefix when prefix is set).
func (e *searchExec) gramFetch(grams []string, prefix bool) func(lo, hi int64, limit int) (rows, error) {
	return func(lo, hi int64, limit int) (rows, error) {
		return e.s.be.gramLookup(e.ctx, grams, prefix, lo, hi, limit)
	}
}

// gramSet reads the articles holding all of a term's bigrams: a document
// AND of them, so a plan intersects in memory the kept lookups of single
// bigrams (the warm-up keeps the commonest, whose doclists cost the most
// to read: 으로, 에서, 했다) and reads the others from the index as one
// lookup, within the hull of what the kept ones leave.
func (e *searchExec) gramSet(n *textsearch.Term) (ridSet, error) {
	if !e.keeps() {
		return e.lookup(e.gramFetch(n.Grams, n.GramPrefix), false)
	}
	single, rest := e.keptGrams(n)
	if len(single) == 0 {
		return e.kept(termKey('g', n.GramPrefix, n.Grams), e.gramFetch(n.Grams, n.GramPrefix))
	}
	bms := make([]*roaring.Bitmap, len(single))
	for i, g := range single {
		p, err := e.posting(termKey('g', false, []string{g}), e.gramFetch([]string{g}, false))
		if err != nil {
			return nil, err
		}
		bms[i] = p.bm
	}
	set := (&posting{bm: roaring.FastAnd(bms...)}).within(e.lo, e.hi, e.snap.maxRid)
	if len(rest) == 0 {
		return set, nil
	}
	lo, hi := e.lo, e.hi
	defer func() { e.lo, e.hi = lo, hi }()
	if !e.narrow(tri{set, e.empty()}) {
		return set, nil
	}
	r, err := e.kept(termKey('g', n.GramPrefix, rest), e.gramFetch(rest, n.GramPrefix))
	if err != nil {
		return nil, err
	}
	set.and(r)
	return set, nil
}

// keptGrams splits a term's bigrams into those whose lookup is kept alone
// and the rest (the prefix one always among the rest, last).
func (e *searchExec) keptGrams(n *textsearch.Term) (single, rest []string) {
	for i, g := range n.Grams {
		if (!n.GramPrefix || i < len(n.Grams)-1) && e.s.cols.post.peek(termKey('g', false, []string{g})) != nil {
			single = append(single, g)
		} else {
			rest = append(rest, g)
		}
	}
	return single, rest
}

// and intersects the positive items, rarest first when planning, narrowing
// the rids the next lookups read to those still possible, then removes
// the excluded ones.
func (e *searchExec) and(n *textsearch.And) (tri, error) {
	var pos, neg []textsearch.Node
	for _, it := range n.Items {
		if nt, ok := it.(*textsearch.Not); ok {
			neg = append(neg, nt.Item)
		} else {
			pos = append(pos, it)
		}
	}
	if e.plan && len(pos) > 1 {
		est := make([]int, len(pos))
		for i, it := range pos {
			var err error
			if est[i], err = e.estimate(it); err != nil {
				return tri{}, err
			}
		}
		pos = slices.Clone(pos)
		idx := make(map[textsearch.Node]int, len(pos))
		for i, it := range pos {
			idx[it] = est[i]
		}
		slices.SortStableFunc(pos, func(a, b textsearch.Node) int { return idx[a] - idx[b] })
	}
	if len(pos) == 0 { // only exclusions: the parser allows none
		return tri{e.empty(), e.empty()}, nil
	}
	lo, hi := e.lo, e.hi
	defer func() { e.lo, e.hi = lo, hi }()
	var cur tri
	for i, it := range append(pos, neg...) {
		x, err := e.eval(it)
		if err != nil {
			return tri{}, err
		}
		switch {
		case i == 0:
			cur = x.clone()
		case i < len(pos):
			cur.and(x)
		default:
			cur.andNot(x)
		}
		if e.plan && e.underOr == 0 && !e.narrow(cur) {
			break // nothing left: the other items cannot add any
		}
	}
	return cur, nil
}

// narrow shrinks [lo, hi] to the rids t may match; false when none.
func (e *searchExec) narrow(t tri) bool {
	u := slices.Clone(t.sure)
	u.or(t.maybe)
	lo, hi, ok := u.hull()
	if !ok {
		e.lo, e.hi = 1, 0
		return false
	}
	e.lo, e.hi = max(e.lo, lo), min(e.hi, hi)
	return true
}

// estimate bounds the articles a node matches from the index's per-term
// counts, to order a plan.
func (e *searchExec) estimate(n textsearch.Node) (int, error) {
	switch n := n.(type) {
	case *textsearch.Term:
		return e.termDocs(n)
	case *textsearch.Or:
		sum := 0
		for _, it := range n.Items {
			d, err := e.estimate(it)
			if err != nil {
				return 0, err
			}
			sum = min(unknownDocs, sum+d)
		}
		return sum, nil
	case *textsearch.And:
		best := unknownDocs
		for _, it := range n.Items {
			if _, ok := it.(*textsearch.Not); ok {
				continue
			}
			d, err := e.estimate(it)
			if err != nil {
				return 0, err
			}
			best = min(best, d)
		}
		return best, nil
	}
	return unknownDocs, nil
}

// termDocs bounds the articles a term's lookups find: its morphemes' and
// its bigrams' counts.
func (e *searchExec) termDocs(n *textsearch.Term) (int, error) {
	if d, ok := e.docs[n]; ok {
		return d, nil
	}
	d := 0
	if len(n.Morphs) > 0 {
		m, err := e.morphDocs(n)
		if err != nil {
			return 0, err
		}
		d = m
	}
	if usesGrams(n) {
		g, err := e.gramDocs(n)
		if err != nil {
			return 0, err
		}
		d = min(unknownDocs, d+g)
	}
	e.docs[n] = d
	return d, nil
}

// gramDocs bounds the articles holding a term's bigrams by the rarest
// one's count: the kept lookups of single bigrams count theirs, the index
// the others'.
func (e *searchExec) gramDocs(n *textsearch.Term) (int, error) {
	grams, d := n.Grams, unknownDocs
	if e.keeps() {
		var single []string
		single, grams = e.keptGrams(n)
		for _, g := range single {
			if p := e.s.cols.post.peek(termKey('g', false, []string{g})); p != nil {
				d = min(d, int(p.bm.GetCardinality()))
			}
		}
		if len(grams) == 0 {
			return d, nil
		}
	}
	g, err := e.count(termKey('G', n.GramPrefix, grams), func() (int, error) {
		return e.s.be.gramDocs(e.ctx, grams, n.GramPrefix)
	})
	return min(d, g), err
}

// morphDocs is the index's count of a term's morphemes (see
// textIndex.morphDocs), asked once a search.
func (e *searchExec) morphDocs(n *textsearch.Term) (int, error) {
	if d, ok := e.df[n]; ok {
		return d, nil
	}
	d, ok := e.keptDocs(n.Morphs)
	var err error
	if !ok {
		d, err = e.count(termKey('M', false, n.Morphs), func() (int, error) { return e.s.be.morphDocs(e.ctx, n.Morphs) })
	}
	e.df[n] = d
	return d, err
}

// keptDocs is the count of the rarest token of morphs from the kept
// lookups of single tokens, what the vocabulary tells (which reads each
// token's doclist, a fifth of the cost of looking it up); false when a
// token's lookup is not kept up to date.
func (e *searchExec) keptDocs(morphs []string) (int, bool) {
	if !e.keeps() {
		return 0, false
	}
	d := unknownDocs
	for _, t := range ftsTokens(strings.Join(morphs, " ")) {
		p := e.s.cols.post.get(termKey('m', false, []string{t}))
		if !plainToken([]string{t}) || p == nil || p.upTo < e.snap.maxRid {
			return 0, false
		}
		d = min(d, int(p.bm.Rank(uint32(e.snap.maxRid))))
	}
	return d, d != unknownDocs
}

// count reads an index count, memoised for the snapshot when planning on
// SQLite.
func (e *searchExec) count(key string, read func() (int, error)) (int, error) {
	if !e.keeps() {
		return read()
	}
	if n, ok := e.s.cols.post.count(key, e.snap.maxRid); ok {
		return n, nil
	}
	n, err := read()
	if err == nil {
		e.s.cols.post.setCount(key, e.snap.maxRid, n)
	}
	return n, err
}

// plainToken says whether morphs is one token that FTS5's unicode61
// tokenizer keeps whole: Hangul syllables, ASCII letters and digits.
func plainToken(morphs []string) bool {
	if len(morphs) != 1 || morphs[0] == "" {
		return false
	}
	for _, r := range morphs[0] {
		if !(r >= 0xAC00 && r <= 0xD7A3 || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// morphemes looks a term up in the morpheme index and, for a term of the
// query's positive part, adds its score (see bm25Docs).
func (e *searchExec) morphemes(n *textsearch.Term) (ridSet, error) {
	if !e.pos[n] {
		return e.morphLookup(n, false, false)
	}
	df, err := e.morphDocs(n)
	if err != nil {
		return nil, err
	}
	if df <= bm25Docs {
		return e.morphLookup(n, false, true)
	}
	set, err := e.morphLookup(n, false, false)
	if err != nil {
		return nil, err
	}
	head, err := e.morphLookup(n, true, false)
	if err != nil {
		return nil, err
	}
	rows := float64(max(e.snap.rows, 1))
	idf := max(1e-6, math.Log((rows-float64(df)+0.5)/(float64(df)+0.5)))
	e.scores.addSet(set, idf)
	e.scores.addSet(head, 3*idf)
	return set, nil
}

// holds tells whether an article matches a node, given its text's
// GramForm for the words the indexes left in doubt.
func (e *searchExec) holds(n textsearch.Node, rid int64, form string) bool {
	switch n := n.(type) {
	case *textsearch.Term:
		t := e.leaves[n]
		return t.sure.has(rid) || t.maybe.has(rid) && n.GramsIn(form)
	case *textsearch.Or:
		for _, it := range n.Items {
			if e.holds(it, rid, form) {
				return true
			}
		}
		return false
	case *textsearch.And:
		for _, it := range n.Items {
			if nt, ok := it.(*textsearch.Not); ok {
				if e.holds(nt.Item, rid, form) {
					return false
				}
			} else if !e.holds(it, rid, form) {
				return false
			}
		}
		return true
	}
	return false
}

// gramVerifyBatch is how many articles one query of verification reads.
const gramVerifyBatch = 500

// verify reads the headline and text of the articles rids and reports
// which of them match the query node. A plan first asks the verdicts kept
// from earlier checks (see postings) and reads only the texts they leave
// in doubt, recording what those say.
func (e *searchExec) verify(n textsearch.Node, rids []int64) (map[int64]bool, error) {
	ok := make(map[int64]bool, len(rids))
	if e.keeps() {
		var need []int64
		for _, rid := range rids {
			if v := e.decide(n, rid); v >= 0 {
				ok[rid] = v == 1
			} else {
				need = append(need, rid)
			}
		}
		if rids = need; len(rids) == 0 {
			return ok, nil
		}
	}
	rows, err := e.s.db.query(e.ctx, `SELECT rid, headline, text, text_z FROM articles WHERE `+e.s.inList("rid", 1), e.s.list(rids))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var rid int64
		var head, text string
		var z []byte
		if err := rows.Scan(&rid, &head, &text, &z); err != nil {
			return nil, err
		}
		if text, err = unpackText(text, z); err != nil {
			return nil, err
		}
		form := textsearch.GramForm(head + "\n" + text)
		ok[rid] = e.holds(n, rid, form)
		if e.keeps() {
			e.record(rid, form)
		}
	}
	return ok, rows.Err()
}

// decide is what the kept verdicts tell of an article's match of a node:
// 1 it matches, 0 it does not, -1 its text must say.
func (e *searchExec) decide(n textsearch.Node, rid int64) int8 {
	switch n := n.(type) {
	case *textsearch.Term:
		t := e.leaves[n]
		switch {
		case t.sure.has(rid):
			return 1
		case !t.maybe.has(rid):
			return 0
		}
		return e.s.cols.post.verdictOf(e.form(n), rid)
	case *textsearch.Or:
		v := int8(0)
		for _, it := range n.Items {
			switch e.decide(it, rid) {
			case 1:
				return 1
			case -1:
				v = -1
			}
		}
		return v
	case *textsearch.And:
		v := int8(1)
		for _, it := range n.Items {
			x := int8(0)
			if nt, ok := it.(*textsearch.Not); ok {
				if x = e.decide(nt.Item, rid); x >= 0 {
					x = 1 - x
				}
			} else {
				x = e.decide(it, rid)
			}
			switch x {
			case 0:
				return 0
			case -1:
				v = -1
			}
		}
		return v
	}
	return -1
}

// record keeps what an article's text says of every word in doubt for it.
func (e *searchExec) record(rid int64, form string) {
	for n, t := range e.leaves {
		if t.maybe.has(rid) && !t.sure.has(rid) {
			e.s.cols.post.setVerdict(e.form(n), rid, n.GramsIn(form))
		}
	}
}

// form is a term's GramForm, the key of its verdicts.
func (e *searchExec) form(n *textsearch.Term) string {
	if f, ok := e.forms[n]; ok {
		return f
	}
	if e.forms == nil {
		e.forms = map[*textsearch.Term]string{}
	}
	f := textsearch.GramForm(n.Text)
	e.forms[n] = f
	return f
}

// exact evaluates a node and checks every candidate in doubt.
func (e *searchExec) exact(n textsearch.Node) (ridSet, error) {
	t, err := e.eval(n)
	if err != nil {
		return nil, err
	}
	set := slices.Clone(t.sure)
	var rids []int64
	t.maybe.each(1, func(rid int64) { rids = append(rids, rid) })
	for len(rids) > 0 {
		batch := rids[:min(len(rids), gramVerifyBatch)]
		rids = rids[len(batch):]
		ok, err := e.verify(n, batch)
		if err != nil {
			return nil, err
		}
		for rid, m := range ok {
			if m {
				set.add(rid)
			}
		}
	}
	return set, nil
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

// eachDown calls fn for every rid of the set, from the highest down.
func (s ridSet) eachDown(fn func(int64)) {
	for wi := len(s) - 1; wi >= 0; wi-- {
		w := s[wi]
		for w != 0 {
			b := 63 - bits.LeadingZeros64(w)
			w &^= 1 << uint(b)
			fn(int64(wi)<<6 | int64(b))
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
	rows, err := s.db.query(ctx, `SELECT rid, id, headline, agency, coalesce(published, ''), url, `+storyIDOf+`, text, text_z
		FROM articles a WHERE `+s.inList("a.rid", 1), s.list(candRids(page)))
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

// entityFacets counts the entities mentioned in the best matches from the
// in-memory columns (an array walk, no query): the entities per type, and
// the 20 most mentioned with their counts, ties broken by the entity's
// articles overall, then id; only those 20 (and the ties at the 20th
// count) are read from the database.
func (s *core) entityFacets(ctx context.Context, res *SearchResult, best []cand, snap *colSnap) error {
	res.Facets.Entities = []EntityCount{}
	res.Facets.EntityTypes = []FacetCount{}
	res.Facets.EntitiesCounted = len(best)
	if len(best) == 0 {
		return nil
	}
	counts := map[uint32]int{}
	for _, c := range best {
		for _, eid := range snap.ents[c.rid] {
			counts[eid]++
		}
	}
	types := map[string]int{}
	byCount := make([]EntityCount, 0, len(counts))
	for eid, n := range counts {
		types[snap.types[snap.etype[eid]]]++
		byCount = append(byCount, EntityCount{Entity: Entity{ID: int64(eid)}, Count: n})
	}
	res.Facets.EntityTypes = sortedCounts(types, true)
	slices.SortFunc(byCount, func(a, b EntityCount) int { return b.Count - a.Count })
	if len(byCount) > entityFacetN {
		least := byCount[entityFacetN-1].Count
		k := entityFacetN
		for k < len(byCount) && byCount[k].Count == least {
			k++
		}
		byCount = byCount[:k]
	}
	n := map[int64]int{}
	ids := make([]int64, len(byCount))
	for i, ec := range byCount {
		n[ec.ID], ids[i] = ec.Count, ec.ID
	}
	es, err := s.entities(ctx, `SELECT `+entityCols+` FROM entities e WHERE `+s.inList("e.eid", 1), s.list(ids))
	if err != nil {
		return err
	}
	for _, e := range es {
		res.Facets.Entities = append(res.Facets.Entities, EntityCount{Entity: e, Count: n[e.ID]})
	}
	slices.SortFunc(res.Facets.Entities, func(a, b EntityCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		if a.Articles != b.Articles {
			return b.Articles - a.Articles
		}
		return int(a.ID - b.ID)
	})
	res.Facets.Entities = res.Facets.Entities[:min(len(res.Facets.Entities), entityFacetN)]
	return nil
}

// entityFacetN is how many entities the entity facet lists.
const entityFacetN = 20
