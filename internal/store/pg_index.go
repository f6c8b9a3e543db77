package store

import (
	"context"
	"slices"
)

// The PostgreSQL full-text index: article_terms.terms (morpheme tokens
// with positions, headline weight A) and article_terms.grams (bigrams),
// both GIN-indexed tsvectors built by sosik; see pgtext.go.

// indexArticle adds an article's terms to article_terms.
func (s *pgStore) indexArticle(ctx context.Context, tx dbtx, rid int64, p *prepared) error {
	head, body := ftsTokens(p.head), ftsTokens(p.body)
	return tx.exec(ctx, `INSERT INTO article_terms(rid, terms, grams, ntok) VALUES (?, ?::tsvector, array_to_tsvector(?::text[]), ?)`,
		rid, tsvectorText(head, body), gramLexemes(p.gram), len(head)+len(body))
}

func (s *pgStore) morphLookup(ctx context.Context, ms []string, headOnly, scored bool, lo, hi int64, limit int) (rows, error) {
	q, toks, ok := phraseTSQuery(ms, headOnly)
	if !ok {
		return &sliceRows{}, nil
	}
	if !scored {
		return s.db.query(ctx, `SELECT rid FROM article_terms WHERE terms @@ ?::tsquery AND rid >= ? AND rid <= ? ORDER BY rid DESC LIMIT ?`, q, lo, hi, limit)
	}
	return s.scored(ctx, q, toks, lo, hi, limit)
}

// scored computes BM25 as FTS5 does: the phrase's document frequency over
// the corpus, the corpus size and mean length from the article columns,
// and each article's weighted phrase occurrences from its lexemes'
// positions.
func (s *pgStore) scored(ctx context.Context, q string, toks []string, lo, hi int64, limit int) (rows, error) {
	var df int64
	if err := s.db.queryRow(ctx, `SELECT count(*) FROM article_terms WHERE terms @@ ?::tsquery`, q).Scan(&df); err != nil {
		return nil, err
	}
	s.cols.mu.Lock()
	n, tokens := s.cols.rows, s.cols.tokens
	s.cols.mu.Unlock()
	avg := float64(tokens) / float64(max(n, 1))
	r, err := s.db.query(ctx, `SELECT r.rid, t.ntok, u.lexeme, u.positions, u.weights::text[]
		FROM (SELECT rid FROM article_terms WHERE terms @@ ?::tsquery AND rid >= ? AND rid <= ? ORDER BY rid DESC LIMIT ?) r
		JOIN article_terms t ON t.rid = r.rid CROSS JOIN LATERAL unnest(t.terms) u
		WHERE u.lexeme = ANY(?) ORDER BY r.rid DESC`, q, lo, hi, limit, uniq(toks))
	if err != nil {
		return nil, err
	}
	defer r.Close()
	out := &sliceRows{}
	var cur, curLen int64 = -1, 0
	lex := map[string]lexemePos{}
	flush := func() {
		if cur >= 0 {
			out.add(cur, bm25(phraseHits(toks, lex, bm25HeadWeight), curLen, df, n, avg))
		}
	}
	for r.Next() {
		var rid, ntok int64
		var lexeme string
		var pos []int
		var weights []string
		if err := r.Scan(&rid, &ntok, &lexeme, &pos, &weights); err != nil {
			return nil, err
		}
		if rid != cur {
			flush()
			cur, curLen, lex = rid, ntok, map[string]lexemePos{}
		}
		lp := lexemePos{pos: pos, head: make([]bool, len(pos))}
		for i, w := range weights {
			lp.head[i] = w == "A"
		}
		lex[lexeme] = lp
	}
	if err := r.Err(); err != nil {
		return nil, err
	}
	flush()
	return out, nil
}

// uniq is toks without repeats.
func uniq(toks []string) []string {
	out := slices.Clone(toks)
	slices.Sort(out)
	return slices.Compact(out)
}

// morphDocs counts the articles holding the phrase (PostgreSQL keeps no
// per-lexeme counts to read).
func (s *pgStore) morphDocs(ctx context.Context, ms []string) (int, error) {
	q, _, ok := phraseTSQuery(ms, false)
	if !ok {
		return 0, nil
	}
	var n int
	err := s.db.queryRow(ctx, `SELECT count(*) FROM article_terms WHERE terms @@ ?::tsquery`, q).Scan(&n)
	return n, err
}

// gramDocs counts the articles holding the bigrams, up to a bound (it only
// orders a plan).
func (s *pgStore) gramDocs(ctx context.Context, grams []string, prefix bool) (int, error) {
	q, ok := gramTSQuery(grams, prefix)
	if !ok {
		return 0, nil
	}
	var n int
	err := s.db.queryRow(ctx, `SELECT count(*) FROM (SELECT 1 FROM article_terms WHERE grams @@ ?::tsquery LIMIT ?) x`, q, pgGramCountCap).Scan(&n)
	return n, err
}

// pgGramCountCap bounds the rows gramDocs counts on PostgreSQL.
const pgGramCountCap = 100000

func (s *pgStore) gramLookup(ctx context.Context, grams []string, prefix bool, lo, hi int64, limit int) (rows, error) {
	q, ok := gramTSQuery(grams, prefix)
	if !ok {
		return &sliceRows{}, nil
	}
	return s.db.query(ctx, `SELECT rid FROM article_terms WHERE grams @@ ?::tsquery AND rid >= ? AND rid <= ? ORDER BY rid DESC LIMIT ?`, q, lo, hi, limit)
}

// sliceRows is a result computed in Go: rids with scores.
type sliceRows struct {
	rids   []int64
	scores []float64
	i      int
}

func (r *sliceRows) add(rid int64, score float64) {
	r.rids = append(r.rids, rid)
	r.scores = append(r.scores, score)
}

func (r *sliceRows) Next() bool {
	if r.i >= len(r.rids) {
		return false
	}
	r.i++
	return true
}

// Scan fills a rid and, when asked, its score.
func (r *sliceRows) Scan(dest ...any) error {
	*dest[0].(*int64) = r.rids[r.i-1]
	if len(dest) > 1 {
		*dest[1].(*float64) = r.scores[r.i-1]
	}
	return nil
}

func (r *sliceRows) Err() error { return nil }
func (r *sliceRows) Close()     {}
