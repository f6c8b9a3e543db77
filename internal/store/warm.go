package store

import (
	"context"
	"fmt"
	"runtime"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// WarmStats tells what Warm loaded.
type WarmStats struct {
	Lookups int   // lookups read from the index and kept
	Bytes   int64 // bytes kept in all after the warm-up
	Full    bool  // stopped because the memory budget was reached
}

// Warm loads into the lookups kept in memory (see postings) those of the
// n words the most articles hold, commonest first, so that the first
// searches of a server do not read their whole doclists: each word's
// lookup, and its headline lookup when the word is too common to be
// scored with BM25 (a search then reads both, see bm25Docs); then those
// of the n commonest bigrams, which a search intersects for every word
// (see gramSet). It stops when ctx is cancelled or when the next lookup
// would pass the budget (it never evicts a lookup a search kept).
// Searches may run meanwhile: a warmed lookup is the one a search would
// have kept, caught up like it.
//
// The words and bigrams come from the FTS5 vocabularies of articles_fts
// and grams_fts (one token: the lookup of a one-morpheme word, of one
// bigram). PostgreSQL keeps no lookups in memory: Warm does nothing there.
func (s *core) Warm(ctx context.Context, n int) (WarmStats, error) {
	var st WarmStats
	if s.pg || n <= 0 {
		return st, nil
	}
	terms, err := s.commonTerms(ctx, "articles_vocab", n)
	if err != nil {
		return st, err
	}
	grams, err := s.commonTerms(ctx, "grams_vocab", n)
	if err != nil {
		return st, err
	}
	snap, err := s.snapshot(ctx)
	if err != nil {
		return st, err
	}
	ana, err := s.analyzer()
	if err != nil {
		return st, err
	}
	w := warmer{s: s, ctx: ctx, maxRid: snap.maxRid, st: &st}
	for _, t := range terms {
		if err := w.word([]string{t}); err != nil || st.Full {
			return w.done(err)
		}
	}
	for _, g := range grams {
		// A common bigram is often a common word the analyser splits (이번
		// → 이 번, 이날 → 이 날), which a search looks up as a phrase.
		if ms := textsearch.Morphemes(ana, g); len(ms) > 1 {
			if err := w.word(ms); err != nil || st.Full {
				return w.done(err)
			}
		}
		_, err := w.load(termKey('g', false, []string{g}), func() (rows, error) {
			return s.be.gramLookup(ctx, []string{g}, false, 1, snap.maxRid, exhaustiveCap)
		})
		if err != nil || st.Full {
			return w.done(err)
		}
	}
	return w.done(nil)
}

// warmer loads lookups for Warm.
type warmer struct {
	s      *core
	ctx    context.Context
	maxRid int64
	st     *WarmStats
}

// word loads the lookup of a word's morphemes and, when the word is too
// common to be scored with BM25, its headline lookup.
func (w *warmer) word(ms []string) error {
	s, ctx := w.s, w.ctx
	bm, err := w.load(termKey('m', false, ms), func() (rows, error) {
		return s.be.morphLookup(ctx, ms, false, false, 1, w.maxRid, exhaustiveCap)
	})
	if err != nil || w.st.Full {
		return err
	}
	df := int(bm.GetCardinality()) // one token: its count
	if len(ms) > 1 {
		df, err = s.be.morphDocs(ctx, ms) // a phrase: its rarest token's
	}
	if err != nil || df <= bm25Docs {
		return err
	}
	_, err = w.load(termKey('m', true, ms), func() (rows, error) {
		return s.be.morphLookup(ctx, ms, true, false, 1, w.maxRid, exhaustiveCap)
	})
	return err
}

// load reads one lookup and keeps it, unless one up to date is kept; it
// returns the kept bitmap, nil when the budget is reached (st.Full).
func (w *warmer) load(key string, fetch func() (rows, error)) (*roaring.Bitmap, error) {
	if err := w.ctx.Err(); err != nil {
		return nil, err
	}
	post := &w.s.cols.post
	if p := post.peek(key); p != nil && p.upTo >= w.maxRid {
		return p.bm, nil
	}
	rs, err := fetch()
	if err != nil {
		return nil, fmt.Errorf("store: warming %q: %w", key[2:], err)
	}
	bm, err := bitmapOf(rs)
	if err != nil {
		return nil, fmt.Errorf("store: warming %q: %w", key[2:], err)
	}
	if !post.putRoom(key, bm, w.maxRid) {
		w.st.Full = true
		return nil, nil
	}
	w.st.Lookups++
	runtime.Gosched() // searches first
	return bm, nil
}

// done records the bytes kept and returns the stats.
func (w *warmer) done(err error) (WarmStats, error) {
	w.st.Bytes = w.s.cols.post.size()
	return *w.st, err
}

// commonTerms reads the n tokens of an FTS5 vocabulary table that the most
// articles hold, keeping those a one-token search looks up whole
// (plainToken).
func (s *core) commonTerms(ctx context.Context, table string, n int) ([]string, error) {
	rows, err := s.db.query(ctx, `SELECT term FROM `+table+` ORDER BY doc DESC, term LIMIT ?`, n)
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
