package store

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sync"
)

// columns keeps, for every stored article, the few fields that search
// filters and facets read for every match: the publication day and the
// agency. Reading them from SQLite cost several microseconds per matching
// article (a join per row); here they cost an array lookup. Eight bytes per
// article: 8 MB for a million. The entity facets read the ids of the
// entities each article mentions (about 10 per article, 4 bytes each, plus
// a slice header: some 70 MB for a million) and each entity's type (one
// byte per entity); mentions are stored with their article and never
// change, nor does an entity's type.
//
// Articles are only ever appended (rid grows, nothing is deleted or
// re-dated), so the columns catch up by reading the rows past the last rid
// they hold, which also picks up what other processes ingested. On
// PostgreSQL, concurrent writers commit rids out of order: a rid missing
// below the last one read may still come, so the recent ones are read
// again until they do (or fall pendingSpan rids behind: rolled back).
type columns struct {
	mu       sync.Mutex
	maxRid   int64
	pending  []int64  // missing rids that may still be committed
	shared   bool     // day and agency are shared with a snapshot
	rows     int64    // articles read
	tokens   int64    // index tokens of the articles read (PostgreSQL only)
	day      []int32  // by rid: YYYYMMDD, 0 when unknown
	agency   []uint32 // by rid: index into names
	names    []string // agency names; names[0] is ""
	agencyID map[string]uint32
	ents     [][]uint32 // by rid: the entities the article mentions
	etype    []uint8    // by eid: index into types, 0 when unknown
	etShared bool       // etype is shared with a snapshot
	entsMax  int64      // ents are read up to this rid (a failed read is redone)
	entsLate []int64    // rids below entsMax whose ents are still to read
	types    []string   // entity types; types[0] is ""
	post     postings   // the index lookups kept in memory (SQLite)
}

// colSnap is a consistent read-only view of the columns.
type colSnap struct {
	maxRid int64
	day    []int32
	agency []uint32
	names  []string
	ids    map[string]uint32 // read-only after the snapshot: copied on change
	rows   int64             // articles in the snapshot
	tokens int64             // their index tokens (PostgreSQL only)
	ents   [][]uint32        // by rid: the entities the article mentions
	etype  []uint8           // by eid: index into types
	types  []string          // entity types
}

// pendingSpan is how far behind the newest rid a missing one is still
// waited for.
const pendingSpan = 10000

// snapshot brings the columns up to date with the database and returns a
// view of them. The slices of a view are never written to below its length.
func (s *core) snapshot(ctx context.Context) (*colSnap, error) {
	c := &s.cols
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.agencyID == nil {
		c.agencyID = map[string]uint32{"": 0}
		c.names = []string{""}
		c.day = []int32{0}
		c.agency = []uint32{0}
		c.ents = [][]uint32{nil}
		c.types = []string{""}
	}
	oldMax := c.maxRid
	var q string
	args := []any{c.maxRid}
	switch {
	case s.pg:
		q = `SELECT a.rid, a.agency, coalesce(a.published, ''), coalesce(t.ntok, 0) FROM articles a LEFT JOIN article_terms t ON t.rid = a.rid
			WHERE a.rid > ? OR a.rid = ANY(?) ORDER BY a.rid`
		args = append(args, c.pending)
	default:
		q = `SELECT rid, agency, coalesce(published, ''), 0 FROM articles WHERE rid > ? ORDER BY rid`
	}
	rows, err := s.db.query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: search: reading article columns: %w", classify(err))
	}
	defer rows.Close()
	copied := false
	for rows.Next() {
		var rid, ntok int64
		var ag string
		var pub []byte
		if err := rows.Scan(&rid, &ag, &pub, &ntok); err != nil {
			return nil, fmt.Errorf("store: search: reading article columns: %w", err)
		}
		if rid <= oldMax {
			c.entsLate = append(c.entsLate, rid)
		}
		c.add(rid, c.agencyOf(ag, &copied), dayNum(pub))
		c.rows++
		c.tokens += ntok
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: search: reading article columns: %w", classify(err))
	}
	if err := s.readMentions(ctx); err != nil {
		return nil, fmt.Errorf("store: search: reading article entities: %w", classify(err))
	}
	c.shared, c.etShared = true, true
	return &colSnap{maxRid: c.maxRid, day: c.day, agency: c.agency, names: c.names, ids: c.agencyID, rows: c.rows, tokens: c.tokens,
		ents: c.ents, etype: c.etype, types: c.types}, nil
}

// agencyOf is the index of an agency name, added when new; the map is
// copied once per snapshot before it changes (earlier snapshots share it).
func (c *columns) agencyOf(ag string, copied *bool) uint32 {
	if id, ok := c.agencyID[ag]; ok {
		return id
	}
	if !*copied {
		m := make(map[string]uint32, len(c.agencyID)+1)
		for k, v := range c.agencyID {
			m[k] = v
		}
		c.agencyID, *copied = m, true
	}
	id := uint32(len(c.names))
	c.names = append(c.names, ag)
	c.agencyID[ag] = id
	return id
}

// add records an article's columns. A rid past the end extends them (the
// rids skipped become pending); a pending rid that arrives late is filled
// into copies of the slices when earlier snapshots share them.
func (c *columns) add(rid int64, agency uint32, day int32) {
	if rid <= c.maxRid {
		if c.shared {
			c.day = slices.Clone(c.day)
			c.agency = slices.Clone(c.agency)
			c.ents = slices.Clone(c.ents)
			c.shared = false
		}
		c.day[rid], c.agency[rid] = day, agency
		c.pending = slices.DeleteFunc(c.pending, func(p int64) bool { return p == rid })
		return
	}
	for int64(len(c.day)) < rid { // gaps: rows rolled back, or not committed yet
		c.pending = append(c.pending, int64(len(c.day)))
		c.day = append(c.day, 0)
		c.agency = append(c.agency, 0)
		c.ents = append(c.ents, nil)
	}
	c.day = append(c.day, day)
	c.agency = append(c.agency, agency)
	c.ents = append(c.ents, nil)
	c.maxRid = rid
	if len(c.pending) > 0 && c.pending[0] < rid-pendingSpan { // pending is sorted
		k, _ := slices.BinarySearch(c.pending, rid-pendingSpan)
		c.pending = c.pending[k:]
	}
}

// readMentions reads the entities mentioned by the articles the columns
// added since the last read: those past entsMax that were read (not the
// gaps left pending) and the late ones, one row per article (a row costs
// more than its parsing), then the types of the entities not seen before.
// A mention is committed with its article and entity, so an article read
// has all its mentions and they their entity; one committed since is not
// taken. Nothing is recorded unless all is read: a failed read is redone.
func (s *core) readMentions(ctx context.Context) error {
	c := &s.cols
	oldMax, late := c.entsMax, c.entsLate
	if c.maxRid == oldMax && len(late) == 0 {
		return nil
	}
	q := `SELECT rid, group_concat(eid) FROM mentions WHERE rid > ? AND rid <= ? GROUP BY rid`
	args := []any{oldMax, c.maxRid}
	if s.pg {
		q = `SELECT rid, string_agg(eid::text, ',') FROM mentions WHERE (rid > ? AND rid <= ?) OR rid = ANY(?) GROUP BY rid`
		args = append(args, late)
	}
	taken := map[int64]bool{}
	for _, rid := range late {
		taken[rid] = true
	}
	gap := map[int64]bool{}
	for _, rid := range c.pending {
		gap[rid] = rid > oldMax
	}
	rows, err := s.db.query(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	untyped := map[int64]bool{}
	got := map[int64][]uint32{}
	for rows.Next() {
		var rid int64
		var list []byte
		if err := rows.Scan(&rid, &list); err != nil {
			return err
		}
		if !taken[rid] && (rid <= oldMax || gap[rid]) {
			continue
		}
		var eid int64
		for i := 0; i <= len(list); i++ {
			if i < len(list) && list[i] >= '0' && list[i] <= '9' {
				if eid = eid*10 + int64(list[i]-'0'); eid > math.MaxUint32 {
					return fmt.Errorf("entity id %s out of range", list)
				}
				continue
			}
			if eid > 0 {
				got[rid] = append(got[rid], uint32(eid))
				if eid >= int64(len(c.etype)) || c.etype[eid] == 0 {
					untyped[eid] = true
				}
			}
			eid = 0
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if err := s.readTypes(ctx, untyped); err != nil {
		return err
	}
	for rid, l := range got {
		c.ents[rid] = l
	}
	c.entsMax, c.entsLate = c.maxRid, nil
	return nil
}

// readTypes records the types of the given entities: the whole table's
// when they are many (the first search), else theirs.
func (s *core) readTypes(ctx context.Context, eids map[int64]bool) error {
	if len(eids) == 0 {
		return nil
	}
	q, args := `SELECT eid, type FROM entities`, []any(nil)
	if len(eids) <= 1000 {
		list := make([]int64, 0, len(eids))
		for eid := range eids {
			list = append(list, eid)
		}
		q, args = q+` WHERE `+s.inList("eid", 1), []any{s.list(list)}
	}
	rows, err := s.db.query(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var eid int64
		var typ string
		if err := rows.Scan(&eid, &typ); err != nil {
			return err
		}
		if eid > 0 && eid <= math.MaxUint32 {
			s.cols.setType(eid, typ)
		}
	}
	return rows.Err()
}

// setType records an entity's type; the column is copied before an entry
// an earlier snapshot may read is written.
func (c *columns) setType(eid int64, typ string) {
	if eid < int64(len(c.etype)) && c.etype[eid] != 0 {
		return
	}
	ti := slices.Index(c.types, typ)
	if ti < 0 {
		ti = len(c.types)
		c.types = append(c.types, typ)
	}
	if ti > math.MaxUint8 {
		ti = 0 // more than 255 entity types: counted as untyped
	}
	if eid < int64(len(c.etype)) {
		if c.etShared {
			c.etype, c.etShared = slices.Clone(c.etype), false
		}
		c.etype[eid] = uint8(ti)
		return
	}
	for int64(len(c.etype)) < eid {
		c.etype = append(c.etype, 0)
	}
	c.etype = append(c.etype, uint8(ti))
}

// dayNum turns "YYYY-MM-DD" (also "YYYY-MM" and "YYYY", as filters give
// them) into the number YYYYMMDD, whose order is the strings' order; 0 when
// it is none of those.
func dayNum(b []byte) int32 {
	if len(b) != 4 && len(b) != 7 && len(b) != 10 {
		return 0
	}
	var n int32
	for i, c := range b {
		if i == 4 || i == 7 {
			if c != '-' {
				return 0
			}
			continue
		}
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int32(c-'0')
	}
	switch len(b) {
	case 4:
		n *= 10000
	case 7:
		n *= 100
	}
	return n
}
