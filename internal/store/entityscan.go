package store

import (
	"strconv"

	"github.com/RoaringBitmap/roaring/v2"
)

// entityScanMin is the fewest articles an entity must be in for a plan to
// find its articles by scanning the in-memory columns (every article's
// entity ids, about 11 an article: 35–40 ms at a million) rather than
// reading its mentions through the index (about 0.45 µs an article: 160–190
// ms for an entity in 400,000 articles, 20–35 ms for one in 85,000).
const entityScanMin = 100000

// entityRids is the set of the articles within [lo, hi] that mention eid.
// A plan keeps it in memory as the index lookups are kept (see kept); the
// first time, an entity in many articles is found by a scan of the
// columns, which hold every article's entities up to the snapshot (SQLite
// commits rids in order, so none is missing below it).
func (e *searchExec) entityRids(eid int64) (ridSet, error) {
	key := termKey('e', false, []string{strconv.FormatInt(eid, 10)})
	if e.keeps() && e.s.cols.post.peek(key) == nil {
		var n int
		if err := e.s.db.queryRow(e.ctx, `SELECT articles FROM entities WHERE eid = ?`, eid).Scan(&n); err == nil && n >= e.s.entityScanMin() {
			p := e.s.cols.post.put(key, e.scanEntity(uint32(eid)), e.snap.maxRid)
			return p.within(e.lo, e.hi, e.snap.maxRid), nil
		}
	}
	return e.filterRids(key, `SELECT rid AS rowid FROM mentions WHERE eid = ? AND rid >= ? AND rid <= ? ORDER BY rid DESC LIMIT ?`, eid)
}

// scanEntity lists the articles of the snapshot whose entities hold eid.
func (e *searchExec) scanEntity(eid uint32) *roaring.Bitmap {
	bm := roaring.New()
	for rid := int64(1); rid <= e.snap.maxRid && rid < int64(len(e.snap.ents)); rid++ {
		for _, x := range e.snap.ents[rid] {
			if x == eid {
				bm.Add(uint32(rid))
				break
			}
		}
	}
	return bm
}

// entityScanMin is the scan threshold of this store (a test lowers it).
func (s *core) entityScanMin() int {
	if s.scanMin > 0 {
		return s.scanMin
	}
	return entityScanMin
}
