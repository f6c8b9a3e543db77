package store

import (
	"context"
	"fmt"
	"runtime"
)

// WarmStats tells what Warm loaded.
type WarmStats struct {
	Lookups int   // lookups read from the index and kept
	Bytes   int64 // bytes kept in all after the warm-up
	Full    bool  // stopped because the memory budget was reached
}

// Warm loads into the lookups kept in memory (see postings) those of the
// n words the most articles hold, commonest first, so that the first
// searches of a server do not read their whole doclists. It stops when ctx
// is cancelled or when the next lookup would pass the budget (it never
// evicts a lookup a search kept). Searches may run meanwhile: a warmed
// lookup is the one a search would have kept, caught up like it.
//
// The words come from the FTS5 vocabulary of articles_fts (one token, both
// columns: the lookup of a one-morpheme word). PostgreSQL keeps no lookups
// in memory: Warm does nothing there.
func (s *core) Warm(ctx context.Context, n int) (WarmStats, error) {
	var st WarmStats
	if s.pg || n <= 0 {
		return st, nil
	}
	terms, err := s.commonTerms(ctx, n)
	if err != nil {
		return st, err
	}
	snap, err := s.snapshot(ctx)
	if err != nil {
		return st, err
	}
	post := &s.cols.post
	for _, t := range terms {
		if err := ctx.Err(); err != nil {
			st.Bytes = post.size()
			return st, err
		}
		key := termKey('m', false, []string{t})
		if p := post.peek(key); p != nil && p.upTo >= snap.maxRid {
			continue
		}
		rs, err := s.be.morphLookup(ctx, []string{t}, false, false, 1, snap.maxRid, exhaustiveCap)
		if err != nil {
			return st, fmt.Errorf("store: warming %q: %w", t, err)
		}
		bm, err := bitmapOf(rs)
		if err != nil {
			return st, fmt.Errorf("store: warming %q: %w", t, err)
		}
		if !post.putRoom(key, bm, snap.maxRid) {
			st.Full = true
			break
		}
		st.Lookups++
		runtime.Gosched() // searches first
	}
	st.Bytes = post.size()
	return st, nil
}

// commonTerms reads the n tokens of articles_fts that the most articles
// hold, keeping those a one-token search looks up whole (plainToken).
func (s *core) commonTerms(ctx context.Context, n int) ([]string, error) {
	rows, err := s.db.query(ctx, `SELECT term FROM articles_vocab ORDER BY doc DESC, term LIMIT ?`, n)
	if err != nil {
		return nil, fmt.Errorf("store: warming: reading the vocabulary: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, err
		}
		if plainToken([]string{t}) {
			out = append(out, t)
		}
	}
	return out, rows.Err()
}
