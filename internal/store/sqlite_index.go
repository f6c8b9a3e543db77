package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// The SQLite side of the store: FTS5 indexes and one writer at a time.

// write runs fn in an IMMEDIATE transaction (the _txlock of the DSN) on
// the writing connection, one writer of this process at a time; SQLite has
// one writer anyway, so keys need no locks.
func (s *sqliteStore) write(ctx context.Context, _ []int64, fn func(tx dbtx) error) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	conn, err := s.writeConn(ctx)
	if err != nil {
		return err
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		// A connection that cannot begin is dropped: the next write opens
		// another.
		conn.Close()
		s.wconn = nil
		return err
	}
	defer tx.Rollback()
	stx := &sqlTx{tx: tx}
	defer stx.close()
	if err := fn(stx); err != nil {
		return err
	}
	return tx.Commit()
}

// writeConn is the writing connection, opened with its page cache on
// first use; the caller holds wmu.
func (s *sqliteStore) writeConn(ctx context.Context) (*sql.Conn, error) {
	if s.wconn != nil {
		return s.wconn, nil
	}
	conn, err := s.sdb.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf(`PRAGMA cache_size = -%d`, writeCacheKiB)); err != nil {
		conn.Close()
		return nil, err
	}
	s.wconn = conn
	return conn, nil
}

// indexArticle adds an article to the full-text indexes: the morphemes of
// the headline and the text in articles_fts, the bigrams in grams_fts.
func (s *sqliteStore) indexArticle(ctx context.Context, tx dbtx, rid int64, p *prepared) error {
	return sqliteIndex(ctx, tx, rid, p.head, p.body, p.gram)
}

func sqliteIndex(ctx context.Context, tx dbtx, rid int64, head, body, gram string) error {
	if err := tx.exec(ctx, `INSERT INTO articles_fts(rowid, head, body) VALUES (?, ?, ?)`, rid, head, body); err != nil {
		return err
	}
	return tx.exec(ctx, `INSERT INTO grams_fts(rowid, gram) VALUES (?, ?)`, rid, gram)
}

// afterPut gives free pages back to the file system when they are more
// than a hundredth of the database (FTS5 merges free whole segments). It is
// an optimisation: a failure leaves the pages for reuse and is not
// reported. Databases created before auto-vacuum was on have nothing to
// give back.
//
// It runs on the writing connection: a write through another connection
// would make the writer's next transaction drop its page cache.
func (s *sqliteStore) afterPut(ctx context.Context) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	conn, err := s.writeConn(ctx)
	if err != nil {
		return
	}
	var free, pages int64
	if err := conn.QueryRowContext(ctx, `SELECT f.freelist_count, p.page_count FROM pragma_freelist_count f, pragma_page_count p`).Scan(&free, &pages); err != nil {
		return
	}
	if free*100 > pages {
		conn.ExecContext(ctx, `PRAGMA incremental_vacuum`)
	}
}

// morphQuery is the FTS5 query of a phrase of morphemes, in both columns
// or the headline only.
func morphQuery(morphs []string, headOnly bool) string {
	if headOnly {
		return "{head} : " + phrase(morphs)
	}
	return "{head body} : " + phrase(morphs)
}

// morphLookup reads articles_fts; FTS5's bm25() scores.
func (s *sqliteStore) morphLookup(ctx context.Context, ms []string, headOnly, scored bool, lo, hi int64, limit int) (rows, error) {
	// Oldest first: FTS5 reads a doclist backwards at a cost (a quarter
	// more CPU for a common word), and every caller reads the whole range.
	const q = ` FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ? AND rowid <= ? ORDER BY rowid LIMIT ?`
	if !scored {
		return s.concatRids(ctx, `SELECT rowid`+q, morphQuery(ms, headOnly), lo, hi, limit)
	}
	return s.db.query(ctx, `SELECT rowid, -bm25(articles_fts, `+bm25Weights+`)`+q, morphQuery(ms, headOnly), lo, hi, limit)
}

// morphDocs is the document count of the phrase's rarest token in the
// vocabulary of articles_fts (exact for a single token).
func (s *sqliteStore) morphDocs(ctx context.Context, ms []string) (int, error) {
	return s.vocabMin(ctx, "articles_vocab", ftsTokens(strings.Join(ms, " ")))
}

// gramDocs is the document count of the rarest whole bigram; the prefix
// one is left out (unknown when it is the only one).
func (s *sqliteStore) gramDocs(ctx context.Context, grams []string, prefix bool) (int, error) {
	if prefix {
		grams = grams[:len(grams)-1]
	}
	toks := ftsTokens(strings.Join(grams, " "))
	if len(toks) == 0 {
		return unknownDocs, nil
	}
	return s.vocabMin(ctx, "grams_vocab", toks)
}

// vocabMin is the smallest document count of toks in an fts5vocab table
// (0 for a token the index lacks).
func (s *sqliteStore) vocabMin(ctx context.Context, table string, toks []string) (int, error) {
	n := unknownDocs
	for _, t := range uniq(toks) {
		var d int
		if err := s.db.queryRow(ctx, `SELECT coalesce(max(doc), 0) FROM `+table+` WHERE term = ?`, t).Scan(&d); err != nil {
			return 0, err
		}
		if n = min(n, d); n == 0 {
			break
		}
	}
	return n, nil
}

func (s *sqliteStore) gramLookup(ctx context.Context, grams []string, prefix bool, lo, hi int64, limit int) (rows, error) {
	return s.concatRids(ctx, `SELECT rowid FROM grams_fts WHERE grams_fts MATCH ? AND rowid >= ? AND rowid <= ? ORDER BY rowid LIMIT ?`,
		gramMatch(grams, prefix), lo, hi, limit)
}

// concatRids runs a query of rowids and reads them as one string: through
// database/sql a row costs about half a microsecond, several times what
// SQLite takes to find it, and the lookups of a common word read tens of
// thousands.
func (s *sqliteStore) concatRids(ctx context.Context, q string, args ...any) (rows, error) {
	var list sql.NullString
	if err := s.db.queryRow(ctx, `SELECT group_concat(rowid) FROM (`+q+`)`, args...).Scan(&list); err != nil {
		return nil, err
	}
	out := &sliceRows{}
	var rid int64
	digits := false
	for i := 0; i <= len(list.String); i++ {
		if i < len(list.String) && list.String[i] >= '0' && list.String[i] <= '9' {
			rid, digits = rid*10+int64(list.String[i]-'0'), true
			continue
		}
		if i < len(list.String) && list.String[i] != ',' || !digits && i < len(list.String) {
			return nil, fmt.Errorf("store: reading rowids: unexpected %q", list.String[i])
		}
		if digits {
			out.rids = append(out.rids, rid)
		}
		rid, digits = 0, false
	}
	return out, nil
}

// gramMatch is the FTS5 query of a term's bigrams: all of them.
func gramMatch(grams []string, prefix bool) string {
	qs := make([]string, len(grams))
	for i, g := range grams {
		qs[i] = phrase([]string{g})
	}
	if prefix {
		// A last word of one character: any bigram it starts, or a word it ends.
		qs[len(qs)-1] += " *"
	}
	return strings.Join(qs, " AND ")
}
