package store

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/sosik-news/sosik/internal/korean"
)

// core is what the two backends share: every read and write written in
// the SQL both dialects understand, the analyser, the in-memory article
// columns and the search evaluator. A backend adds its full-text index,
// its transactions and its schema.
type core struct {
	db       dbtx
	be       backend
	pg       bool   // the dialect: PostgreSQL, else SQLite
	name     string // what messages call the database: a path, or host/database
	readOnly bool
	scanMin  int // entityScanMin of this store; 0: the default

	anaOnce sync.Once
	ana     *korean.Analyzer
	anaErr  error

	// cols holds the per-article fields search filters and facets read.
	cols columns
	// verify bounds the candidates found only through bigrams that a
	// search checks beyond those its page needs (0: searchVerify;
	// negative: all of them). See SearchBudget.
	verify int
	// facetTop is how many of the best matches the entity facets count
	// (0: facetTop). See EntityFacetTop.
	facetTop int
	// morph, when set, replaces the analysis of texts into index terms
	// (textsearch.Morphemes); benchmarks memoise it to build big corpora fast.
	morph func(text string) []string
	// hook is told of newly stored documents (see SetStoredHook).
	hook atomic.Pointer[StoredHook]
}

// backend is what differs between SQLite and PostgreSQL.
type backend interface {
	textIndex
	// write runs fn in one write transaction. keys name what the batch
	// links (entities by type and name, near-duplicate bands): a backend
	// with concurrent writers serialises the writers that share a key.
	write(ctx context.Context, keys []int64, fn func(tx dbtx) error) error
	// indexArticle adds an article's terms to the full-text index.
	indexArticle(ctx context.Context, tx dbtx, rid int64, p *prepared) error
	// afterPut runs after a committed batch (housekeeping, never fails).
	afterPut(ctx context.Context)
}

// textIndex is the full-text lookups the search evaluator asks a backend
// for. Every lookup returns article rids within [lo, hi], at most limit
// of them, in rid order (the direction is the backend's: the evaluator
// reads every rid of the range).
type textIndex interface {
	// morphLookup finds the articles whose morphemes hold phrase (in the
	// headline only when headOnly); with scored, each row also carries the
	// article's BM25 for the phrase (higher is better), computed the way
	// SQLite FTS5's bm25() does with the weights of bm25Weights.
	morphLookup(ctx context.Context, phrase []string, headOnly, scored bool, lo, hi int64, limit int) (rows, error)
	// morphDocs is the number of articles holding phrase, or an upper
	// bound of it (the rarest of its tokens), read from the index's
	// per-term counts without reading the articles.
	morphDocs(ctx context.Context, phrase []string) (int, error)
	// gramDocs is an upper bound of the articles gramLookup finds, for
	// planning (the rarest bigram; a large number when unknown).
	gramDocs(ctx context.Context, grams []string, prefix bool) (int, error)
	// gramLookup finds the articles holding every bigram of grams (the last
	// one as a prefix when prefix is set).
	gramLookup(ctx context.Context, grams []string, prefix bool, lo, hi int64, limit int) (rows, error)
}

// SearchBudget sets how many candidates found only through bigrams (a
// word inside a longer one, which the article's text must confirm) one
// search checks beyond those its page needs: verify of them (negative: all;
// zero keeps the default, searchVerify). The page is always exact; when
// candidates are left unchecked the total is a lower bound ("at least N").
// A count, not a time, so answers do not depend on the machine's speed.
func SearchBudget(verify int) Option {
	return func(o *options) { o.verify = verify }
}

// EntityFacetTop sets how many of the best-ranked matches the entity facets
// count (0 keeps the default, 1,000); Facets.EntitiesCounted tells a
// result's count.
func EntityFacetTop(k int) Option {
	return func(o *options) { o.facetTop = k }
}

// applyOptions copies the options that concern the shared part.
func (s *core) applyOptions(o options) {
	s.readOnly = o.readOnly
	s.verify = o.verify
	s.facetTop = o.facetTop
}

// analyzer loads the morphological analyser on first use: it costs about a
// second, which commands that never search or write should not pay.
func (s *core) analyzer() (*korean.Analyzer, error) {
	s.anaOnce.Do(func() {
		s.ana, s.anaErr = korean.Default()
		if s.anaErr != nil {
			s.anaErr = fmt.Errorf("store: loading the Korean analyser: %w", s.anaErr)
		}
	})
	return s.ana, s.anaErr
}

// inList is a condition "col is one of the list bound at ?N" in the
// dialect; bind the list with s.list.
func (s *core) inList(col string, n int) string {
	if s.pg {
		return fmt.Sprintf("%s = ANY(?%d)", col, n)
	}
	return fmt.Sprintf("%s IN (SELECT value FROM json_each(?%d))", col, n)
}

// list binds a list of ids or strings for inList.
func (s *core) list(v any) any {
	if s.pg {
		return v
	}
	js, _ := json.Marshal(v)
	return string(js)
}

// actorsJSON is the JSON array of [name, eid] pairs of an event's actors.
func (s *core) actorsJSON() string {
	if s.pg {
		return `(SELECT coalesce(json_agg(json_build_array(ea.name, coalesce(ea.eid, 0)) ORDER BY ea.n), '[]')::text FROM event_actors ea WHERE ea.evid = ev.evid)`
	}
	return `(SELECT json_group_array(json_array(ea.name, coalesce(ea.eid, 0))) FROM (SELECT name, eid FROM event_actors WHERE evid = ev.evid ORDER BY n) ea)`
}
