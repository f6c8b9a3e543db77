package store

import (
	"cmp"
	"slices"
	"sync"

	"github.com/RoaringBitmap/roaring/v2"
)

// postings keeps in memory the rids of the index lookups a plan read (a
// word's morphemes, its bigrams), as compressed bitmaps: reading a lookup
// from FTS5 costs about 0.2 µs per article found, some 10 ms for a common
// word at 84k articles, and the same common words come back search after
// search; a rare word's lookup is small to keep. Articles are only ever
// added (see columns), so a kept lookup is brought up to date by reading
// the rids past the last one it holds (FTS5 reads a rowid range without
// the rest of the doclist). Only the planned evaluation reads them; the
// exhaustive one, which the bench checks plans against, reads the index.
// SQLite only: PostgreSQL commits rids out of order (see columns).
//
// The kept lookups are bounded by their bytes (postingBudget) and the
// least recently used go first. A kept entry is never changed: bringing
// it up to date stores a new one, so searches may read it unlocked.
type postings struct {
	budget int64 // bytes; 0 is postingBudget
	mu     sync.Mutex
	m      map[string]*posting
	bytes  int64
	clock  uint64
	counts map[string]int // per-term counts of the index at countsAt
	at     int64          // the snapshot maxRid the counts were read at
	// verdicts holds, per word found through its bigrams (by its
	// GramForm), the articles whose text was checked: those it occurs in
	// and those it does not. A text never changes, nor do they.
	verdicts map[string]*verdict
	seen     map[string]struct{} // lookups asked once, not kept
	// scored keeps, for the snapshot scoredAt, the rows of the BM25-scored
	// lookups of words rare enough to be scored (see bm25Docs): the
	// scores depend on the whole corpus, so any new article drops them.
	scored     map[string]*scoredRows
	scoredAt   int64
	scoredRows int
}

// scoredRows is a scored lookup read whole: rids ascending, their scores.
type scoredRows struct {
	rids   []int64
	scores []float64
}

// maxScoredRows bounds the rows of the kept scored lookups (16 bytes
// each); beyond it they are all dropped.
const maxScoredRows = 1 << 20

// scoredOf returns the scored lookup of key read at snapshot at, or nil.
func (p *postings) scoredOf(key string, at int64) *scoredRows {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.scoredAt != at {
		return nil
	}
	return p.scored[key]
}

// keepScored keeps a scored lookup read whole at snapshot at; those of an
// older snapshot are dropped.
func (p *postings) keepScored(key string, at int64, r *scoredRows) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if at < p.scoredAt {
		return
	}
	if p.scoredAt != at || p.scored == nil || p.scoredRows+len(r.rids) > maxScoredRows {
		p.scored, p.scoredAt, p.scoredRows = map[string]*scoredRows{}, at, 0
	}
	if len(r.rids) > maxScoredRows {
		return
	}
	p.scored[key] = r
	p.scoredRows += len(r.rids)
}

// verdict is what the texts checked said of one word.
type verdict struct{ yes, no *roaring.Bitmap }

// maxVerdicts bounds the words whose verdicts are kept; beyond it they
// are all dropped (a few bytes per article checked).
const maxVerdicts = 20000

// verdictOf tells whether the text of rid holds the word of form key: 1
// yes, 0 no, -1 not checked yet.
func (p *postings) verdictOf(key string, rid int64) int8 {
	p.mu.Lock()
	defer p.mu.Unlock()
	v := p.verdicts[key]
	switch {
	case v == nil:
		return -1
	case v.yes.Contains(uint32(rid)):
		return 1
	case v.no.Contains(uint32(rid)):
		return 0
	}
	return -1
}

// setVerdict records what the text of rid says of the word of form key.
func (p *postings) setVerdict(key string, rid int64, holds bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.verdicts == nil || len(p.verdicts) >= maxVerdicts && p.verdicts[key] == nil {
		p.verdicts = map[string]*verdict{}
	}
	v := p.verdicts[key]
	if v == nil {
		v = &verdict{roaring.New(), roaring.New()}
		p.verdicts[key] = v
	}
	if holds {
		v.yes.Add(uint32(rid))
	} else {
		v.no.Add(uint32(rid))
	}
}

// posting is one kept lookup: every rid it finds up to upTo.
type posting struct {
	bm   *roaring.Bitmap
	upTo int64
	size int64
	used uint64
}

// postingBudget bounds the bytes of the kept lookups (about 2,000 of the
// commonest words at a million articles).
const postingBudget = 256 << 20

// maxAsked bounds the lookups remembered as asked once.
const maxAsked = 100000

// asked tells whether the lookup of key was asked before (kept or not),
// and remembers it was.
func (p *postings) asked(key string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.m[key] != nil {
		return true
	}
	if _, ok := p.seen[key]; ok {
		return true
	}
	if p.seen == nil || len(p.seen) >= maxAsked {
		p.seen = map[string]struct{}{}
	}
	p.seen[key] = struct{}{}
	return false
}

// get returns the kept lookup of key, or nil.
func (p *postings) get(key string) *posting {
	p.mu.Lock()
	defer p.mu.Unlock()
	e := p.m[key]
	if e != nil {
		p.clock++
		e.used = p.clock
	}
	return e
}

// peek returns the kept lookup of key without marking it used, or nil.
func (p *postings) peek(key string) *posting {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.m[key]
}

// putRoom keeps bm as the rids of key up to upTo when it fits under the
// eviction mark of the budget with what is kept (a newer one kept stays);
// it evicts nothing and says whether it kept it. The warm-up uses it.
func (p *postings) putRoom(key string, bm *roaring.Bitmap, upTo int64) bool {
	bm.RunOptimize()
	size := int64(bm.GetSizeInBytes()) + int64(len(key)) + 64
	p.mu.Lock()
	defer p.mu.Unlock()
	if old := p.m[key]; old != nil && old.upTo >= upTo {
		return true
	}
	if p.bytes+size > p.limit()-p.limit()/8 {
		return false
	}
	if p.m == nil {
		p.m = map[string]*posting{}
	}
	if old := p.m[key]; old != nil {
		p.bytes -= old.size
	}
	p.clock++
	p.m[key] = &posting{bm: bm, upTo: upTo, size: size, used: p.clock}
	p.bytes += size
	return true
}

// limit is the budget in bytes.
func (p *postings) limit() int64 {
	if p.budget == 0 {
		return postingBudget
	}
	return p.budget
}

// put keeps bm as the rids of key up to upTo (unless a newer one is kept)
// and evicts the least recently used beyond the budget.
func (p *postings) put(key string, bm *roaring.Bitmap, upTo int64) *posting {
	bm.RunOptimize()
	e := &posting{bm: bm, upTo: upTo, size: int64(bm.GetSizeInBytes()) + int64(len(key)) + 64}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.m == nil {
		p.m = map[string]*posting{}
	}
	if old := p.m[key]; old != nil {
		if old.upTo >= upTo {
			return old
		}
		p.bytes -= old.size
	}
	p.clock++
	e.used = p.clock
	p.m[key] = e
	p.bytes += e.size
	budget := p.limit()
	if p.bytes > budget {
		p.evict(budget - budget/8)
	}
	return e
}

// evict drops the least recently used lookups until the rest fit in
// bytes (an eighth below the budget, so that a full cache sorts its
// entries once per eighth of it, not at every lookup).
func (p *postings) evict(bytes int64) {
	keys := make([]string, 0, len(p.m))
	for k := range p.m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Compare(p.m[a].used, p.m[b].used) })
	for _, k := range keys[:len(keys)-1] { // the newest stays
		if p.bytes <= bytes {
			break
		}
		p.bytes -= p.m[k].size
		delete(p.m, k)
	}
}

// count returns the memoised index count of key read at snapshot at.
func (p *postings) count(key string, at int64) (int, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.at != at {
		return 0, false
	}
	n, ok := p.counts[key]
	return n, ok
}

// setCount memoises an index count read at snapshot at; the counts of an
// older snapshot are dropped.
func (p *postings) setCount(key string, at int64, n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.at != at || p.counts == nil {
		if at < p.at {
			return
		}
		p.counts, p.at = map[string]int{}, at
	}
	p.counts[key] = n
}

// size is the bytes of the kept lookups.
func (p *postings) size() int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.bytes
}

// within writes the rids of e in [lo, hi] into a set over 0..maxRid.
func (e *posting) within(lo, hi, maxRid int64) ridSet {
	set := newRidSet(maxRid)
	if lo > hi {
		return set
	}
	if d := int(e.bm.DenseSize()); d > len(set) {
		set = append(set, make(ridSet, d-len(set))...)
	}
	e.bm.WriteDenseTo(set)
	set = set[:maxRid/64+1]
	clear(set[:lo>>6])
	clear(set[hi>>6+1:])
	set[lo>>6] &^= 1<<(uint(lo)&63) - 1
	if b := uint(hi)&63 + 1; b < 64 {
		set[hi>>6] &= 1<<b - 1
	}
	return set
}
