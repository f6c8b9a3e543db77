package store

import (
	"context"
	"fmt"
	"sync"
)

// columns keeps, for every stored article, the few fields that search
// filters and facets read for every match: the publication day and the
// agency. Reading them from SQLite cost several microseconds per matching
// article (a join per row); here they cost an array lookup. Eight bytes per
// article: 8 MB for a million.
//
// Articles are only ever appended (rid grows, nothing is deleted or
// re-dated), so the columns catch up by reading the rows past the last rid
// they hold, which also picks up what other processes ingested.
type columns struct {
	mu       sync.Mutex
	maxRid   int64
	day      []int32  // by rid: YYYYMMDD, 0 when unknown
	agency   []uint32 // by rid: index into names
	names    []string // agency names; names[0] is ""
	agencyID map[string]uint32
}

// colSnap is a consistent read-only view of the columns.
type colSnap struct {
	maxRid int64
	day    []int32
	agency []uint32
	names  []string
	ids    map[string]uint32 // read-only after the snapshot: copied on change
}

// snapshot brings the columns up to date with the database and returns a
// view of them. The slices of a view are never written to below its length.
func (s *sqliteStore) snapshot(ctx context.Context) (*colSnap, error) {
	c := &s.cols
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.agencyID == nil {
		c.agencyID = map[string]uint32{"": 0}
		c.names = []string{""}
		c.day = []int32{0}
		c.agency = []uint32{0}
	}
	rows, err := s.db.QueryContext(ctx, `SELECT rid, agency, coalesce(published, '') FROM articles WHERE rid > ? ORDER BY rid`, c.maxRid)
	if err != nil {
		return nil, fmt.Errorf("store: search: reading article columns: %w", classify(err))
	}
	defer rows.Close()
	var rid int64
	var ag string
	var pub []byte
	copied := false
	for rows.Next() {
		if err := rows.Scan(&rid, &ag, &pub); err != nil {
			return nil, fmt.Errorf("store: search: reading article columns: %w", err)
		}
		id, ok := c.agencyID[ag]
		if !ok {
			if !copied { // earlier snapshots share the map
				m := make(map[string]uint32, len(c.agencyID)+1)
				for k, v := range c.agencyID {
					m[k] = v
				}
				c.agencyID, copied = m, true
			}
			id = uint32(len(c.names))
			c.names = append(c.names, ag)
			c.agencyID[ag] = id
		}
		for int64(len(c.day)) < rid { // gaps: rows rolled back by a writer
			c.day = append(c.day, 0)
			c.agency = append(c.agency, 0)
		}
		c.day = append(c.day, dayNum(pub))
		c.agency = append(c.agency, id)
		c.maxRid = rid
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: search: reading article columns: %w", classify(err))
	}
	return &colSnap{maxRid: c.maxRid, day: c.day, agency: c.agency, names: c.names, ids: c.agencyID}, nil
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
