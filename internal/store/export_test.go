package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/korean"
)

// Hooks for the external tests of this package (package store_test), which
// import storetest and so cannot be internal tests.

// Migrations lists the SQL of the embedded migrations of dir.
func Migrations(dir string) ([]string, error) {
	ms, err := migrations(dir)
	var out []string
	for _, m := range ms {
		out = append(out, m.sql)
	}
	return out, err
}

// EncodeDoc is encodeDoc.
func EncodeDoc(d *extract.Document) ([]byte, error) { return encodeDoc(d) }

// DecodeDoc decodes blob with d's row fields and text.
func DecodeDoc(d *extract.Document, blob []byte) (*extract.Document, error) {
	return decodeDoc(docRow{d.ID, d.Source, d.URL, d.Headline, d.Agency}, d.Text, blob)
}

// Inflate is unpackDoc: the JSON of a stored document of the article with
// text.
func Inflate(z []byte, text string) ([]byte, error) { return unpackDoc(z, text) }

// DocDictV1 is the preset dictionary of docV1 documents.
const DocDictV1 = docDictV1

// Analyzer is the store's analyser.
func Analyzer(st Store) (*korean.Analyzer, error) { return st.(*sqliteStore).analyzer() }

// SetMorph replaces the store's analysis of texts into index terms.
func SetMorph(st Store, f func(string) []string) { st.(*sqliteStore).morph = f }

// LinkRows lists every stored link decision (its stored form in hex), the
// article that started each entity and every mention of a SQLite store,
// one line each, in a fixed order.
func LinkRows(st Store) ([]string, error) {
	db := st.(*sqliteStore).sdb
	var out []string
	for _, q := range []string{
		`SELECT 'link ' || rid || ' ' || n || ' ' || eid || ' ' || coalesce(name, '=') || ' ' || hex(d) FROM entity_links ORDER BY rid, n`,
		`SELECT 'start ' || eid || ' ' || coalesce(started_rid, 0) || ' ' || coalesce(started_n, -1) FROM entities ORDER BY eid`,
		`SELECT 'mention ' || rid || ' ' || eid || ' ' || n FROM mentions ORDER BY rid, eid`,
	} {
		rows, err := db.Query(q)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				rows.Close()
				return nil, err
			}
			out = append(out, s)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// QuotesOf is the profile's quote list of entity eid (at most lim).
func QuotesOf(st Store, eid int64, lim int) ([]QuoteRef, error) {
	return st.(*sqliteStore).quotes(context.Background(), eid, lim)
}

// SetPostingBudget bounds the bytes of the lookups a SQLite store keeps.
func SetPostingBudget(st Store, bytes int64) { st.(*sqliteStore).cols.post.budget = bytes }

// PostingBytes is the bytes of the lookups a SQLite store keeps.
func PostingBytes(st Store) int64 { return st.(*sqliteStore).cols.post.size() }

// PostingKeys lists the lookups a SQLite store keeps, each as its kind and
// flag, a colon and its terms joined by spaces (g0:이번, m0:이 번).
func PostingKeys(st Store) []string {
	p := &st.(*sqliteStore).cols.post
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for k := range p.m {
		out = append(out, k[:2]+":"+strings.ReplaceAll(k[3:], "\x00", " "))
	}
	return out
}

// SetMigrateBatch makes migrations convert n keys a batch and, when
// failAfter > 0, stop with an error after that many batches; it returns
// the function that restores both.
func SetMigrateBatch(n int64, failAfter int) (restore func()) {
	oldN, oldFail := migrateBatch, failMigrationAfter
	migrateBatch, failMigrationAfter = n, failAfter
	return func() { migrateBatch, failMigrationAfter = oldN, oldFail }
}

// ErrStopMigration is what a migration stopped by SetMigrateBatch returns.
var ErrStopMigration = errStopMigration

// migratedRows are the queries of MigratedRows, with their column counts.
var migratedRows = []struct {
	q    string
	cols int
}{
	{`SELECT rid, doc FROM articles ORDER BY rid`, 2},
	{`SELECT evid, cut, evidence, marker, mentions FROM events ORDER BY evid`, 5},
	{`SELECT qid, cut, text FROM quotes ORDER BY qid`, 3},
	{`SELECT rid, n, eid, coalesce(name, ''), d FROM entity_links ORDER BY rid, n`, 5},
	{pairRows, 4},
	{`SELECT version FROM schema_version ORDER BY version`, 1},
	{`SELECT count(*) FROM migration_progress`, 1},
}

// pairRows is the query of PairRows.
const pairRows = `SELECT a, b, n, months FROM pairs ORDER BY a, b`

// PairRows lists the rows of pairs, one line each.
func PairRows(st Store) ([]string, error) {
	return rowLines(coreOf(st), pairRows, 4)
}

// MigratedRows lists the rows the batched migrations write, one line each.
func MigratedRows(st Store) ([]string, error) {
	var out []string
	for _, m := range migratedRows {
		lines, err := rowLines(coreOf(st), m.q, m.cols)
		if err != nil {
			return nil, err
		}
		out = append(out, lines...)
	}
	return out, nil
}

// rowLines runs q, of cols columns, and prints each row as a line.
func rowLines(c *core, q string, cols int) ([]string, error) {
	rows, err := c.db.query(context.Background(), q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		vals := make([]any, cols)
		ptrs := make([]any, cols)
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		out = append(out, fmt.Sprint(vals...))
	}
	return out, rows.Err()
}

// coreOf is the shared part of a store of either backend.
func coreOf(st Store) *core {
	if s, ok := st.(*sqliteStore); ok {
		return &s.core
	}
	return &st.(*pgStore).core
}

// SetEntityScanMin sets the fewest articles of an entity whose articles a
// plan finds by scanning the columns (see entityRids).
func SetEntityScanMin(st Store, n int) { coreOf(st).scanMin = n }
