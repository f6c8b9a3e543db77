package store_test

import (
	"context"
	"database/sql"
	"errors"
	"reflect"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/store/storetest"
)

// batchCases are the batch sizes the migrations are run with, and after
// how many batches a run is stopped (0: not stopped) before it is resumed.
var batchCases = []struct {
	name      string
	batch     int64
	failAfter int
}{
	{"one batch", 1000, 0},
	{"a rid a batch", 1, 0},
	{"three rids a batch", 3, 0},
	{"stopped after 3 batches, resumed", 2, 3},
	{"stopped after 7 batches, resumed", 1, 7},
}

// migrationCorpus is what the batched-migration tests store.
func migrationCorpus() []*extract.Document {
	rowText, _, _ := storetest.RowTextDoc()
	return append(storetest.Corpus(), append(storetest.GraphCorpus(), rowText)...)
}

// TestBatchedMigrations (SQLite): the migrations that store rows again give
// the same rows whatever their batch size, and a migration stopped
// half-way resumes without losing or repeating a row.
func TestBatchedMigrations(t *testing.T) {
	testBatchedMigrations(t, openSQLite, func(t *testing.T, path string, docs []*extract.Document, texts map[string]string) {
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		uncutRows(t, db, docs)
		oldDocs(t, db, texts)
		if _, err := db.Exec(dropRowCuts + `
` + dropTermCounts + dropLinkEvidence + dropCollectWatch + dropGraphCounts + ` DELETE FROM schema_version WHERE version >= 5`); err != nil {
			t.Fatal(err)
		}
	})
}

// TestPostgresBatchedMigrations is the same on PostgreSQL.
func TestPostgresBatchedMigrations(t *testing.T) {
	testBatchedMigrations(t, postgresOpener(t), func(t *testing.T, dsn string, _ []*extract.Document, _ map[string]string) {
		pgBackToSchema2(t, dsn)
	})
}

// oldDocs stores every document as before migration 10 (half of them as
// docV1 stored them, half as before it).
func oldDocs(t *testing.T, db *sql.DB, texts map[string]string) {
	t.Helper()
	rows, err := db.Query(`SELECT rid, id, doc FROM articles`)
	if err != nil {
		t.Fatal(err)
	}
	blobs := map[int64][]byte{}
	for rows.Next() {
		var rid int64
		var id string
		var blob []byte
		if err := rows.Scan(&rid, &id, &blob); err != nil {
			t.Fatal(err)
		}
		blobs[rid] = oldDoc(mustInflate(t, blob, texts[id]), rid%2 == 0)
	}
	rows.Close()
	for rid, b := range blobs {
		if _, err := db.Exec(`UPDATE articles SET doc = ? WHERE rid = ?`, b, rid); err != nil {
			t.Fatal(err)
		}
	}
}

// testBatchedMigrations stores the corpus, takes the database back with
// undo to before the migrations that store rows again, and migrates it
// with each of batchCases, requiring the rows of the one-batch run.
func testBatchedMigrations(t *testing.T, open storetest.Opener, undo func(t *testing.T, where string, docs []*extract.Document, texts map[string]string)) {
	ctx := context.Background()
	var want []string
	for _, c := range batchCases {
		t.Run(c.name, func(t *testing.T) {
			st, where := open(t)
			docs := migrationCorpus()
			storetest.MustPut(t, st, docs...)
			texts := map[string]string{}
			for _, d := range docs {
				texts[d.ID] = d.Text
			}
			pairs, err := store.PairRows(st)
			if err != nil || len(pairs) < 30 {
				t.Fatalf("%d pair rows (%v): too few to test the migration", len(pairs), err)
			}
			st.Close()
			undo(t, where, docs, texts)
			restore := store.SetMigrateBatch(c.batch, c.failAfter)
			defer restore()
			if c.failAfter > 0 {
				if _, err := store.Open(ctx, where); !errors.Is(err, store.ErrStopMigration) {
					t.Fatalf("stopped migration: %v, want %v", err, store.ErrStopMigration)
				}
				if _, err := store.Open(ctx, where, store.ReadOnly()); !errors.Is(err, store.ErrSchema) {
					t.Errorf("read-only open half-way through a migration: %v, want %v", err, store.ErrSchema)
				}
				store.SetMigrateBatch(c.batch, 0)
			}
			again, err := store.Open(ctx, where)
			if err != nil {
				t.Fatalf("migrating: %v", err)
			}
			defer again.Close()
			got, err := store.MigratedRows(again)
			if err != nil {
				t.Fatal(err)
			}
			if after, err := store.PairRows(again); err != nil || !reflect.DeepEqual(after, pairs) {
				t.Errorf("pairs after migration (%v):\n got %q\nwant %q (as stored article by article)", err, after, pairs)
			}
			if want == nil {
				want = got
				return
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("rows after migrating in batches of %d (stopped after %d):\n got %d rows %q\nwant %d rows %q", c.batch, c.failAfter, len(got), got, len(want), want)
			}
		})
	}
}
