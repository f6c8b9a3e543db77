package store_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/store/storetest"
)

// v7Schema is entity_links as SQLite migration 7 (PostgreSQL 5) made it,
// without its foreign keys.
const v7Schema = `DROP TABLE entity_links; ALTER TABLE entities DROP COLUMN started_rid; ALTER TABLE entities DROP COLUMN started_n;
CREATE TABLE entity_links (rid INTEGER NOT NULL, n INTEGER NOT NULL, eid INTEGER NOT NULL, name TEXT NOT NULL,
	linked INTEGER NOT NULL, score DOUBLE PRECISION NOT NULL, signals TEXT NOT NULL, others TEXT NOT NULL, PRIMARY KEY (rid, n));
CREATE INDEX entity_links_eid ON entity_links(eid, rid);`

// beforeSmallerPairs takes the pair tables back to before SQLite migration
// 10 (PostgreSQL 7), which runs again after the link records' migration,
// as do the later ones (dropRowCuts, written before it: it leaves the pair
// tables of version 14, empty); the counts are left empty, as the link
// decisions do not read them.
const beforeSmallerPairs = `DROP TABLE pair_months;
CREATE TABLE pair_months (a BIGINT NOT NULL, b BIGINT NOT NULL, month TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (a, b, month));
CREATE INDEX pair_totals_top ON pair_totals(a, n DESC, b);`

// TestMigrateConvertsLinkRecords (SQLite): decisions stored as the JSON rows
// of version 7 read the same once converted.
func TestMigrateConvertsLinkRecords(t *testing.T) {
	testLinkRecordMigration(t, openSQLite, 9, func(path, sqlText string) {
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec(sqlText); err != nil {
			t.Fatal(err)
		}
	})
}

// TestPostgresMigrateConvertsLinkRecords is the same on PostgreSQL.
func TestPostgresMigrateConvertsLinkRecords(t *testing.T) {
	testLinkRecordMigration(t, postgresOpener(t), 6, func(dsn, sqlText string) {
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, sqlText); err != nil {
			t.Fatal(err)
		}
	})
}

// testLinkRecordMigration stores articles whose entities weigh several
// candidates, reads every entity's link decisions, writes them back as the
// JSON rows of version 7 (the start of an entity as a row of its own),
// takes the schema back to before the migration of version, reopens
// (migrating) and requires the same decisions.
func testLinkRecordMigration(t *testing.T, open storetest.Opener, version int, run func(where, sqlText string)) {
	ctx := context.Background()
	st, where := open(t)
	for i := range 60 {
		d := storetest.SyntheticDoc(i)
		if i%3 == 0 {
			p := d.Entities[0]
			p.ID, p.Title, p.Affiliation = "e8", "의원", "다른기관"
			d.Entities = append(d.Entities, p)
		}
		storetest.MustPut(t, st, d)
	}
	before := allLinks(t, st)
	var b strings.Builder
	b.WriteString(v7Schema)
	b.WriteString("\n" + dropRowCuts)
	b.WriteString(beforeSmallerPairs)
	lit := func(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
	rows, others := 0, 0
	for eid, links := range before {
		for _, l := range links {
			sig, _ := json.Marshal(l.Signals)
			oth, _ := json.Marshal(append([]store.CandidateScore{}, l.Others...))
			linked := 0
			if l.Linked {
				linked = 1
			}
			fmt.Fprintf(&b, "\nINSERT INTO entity_links SELECT rid, %d, %d, %s, %d, %g, %s, %s FROM articles WHERE id = %s;",
				l.Index, eid, lit(l.Name), linked, l.Score, lit(string(sig)), lit(string(oth)), lit(l.Article.ID))
			rows, others = rows+1, others+len(l.Others)
		}
	}
	if rows < 100 || others < 20 {
		t.Fatalf("%d decisions, %d candidates not chosen: too few to test the migration", rows, others)
	}
	fmt.Fprintf(&b, "\nDELETE FROM schema_version WHERE version >= %d;", version)
	st.Close()
	run(where, b.String())
	again, err := store.Open(ctx, where)
	if err != nil {
		t.Fatalf("migrating: %v", err)
	}
	defer again.Close()
	if after := allLinks(t, again); !reflect.DeepEqual(after, before) {
		for eid := range before {
			if !reflect.DeepEqual(after[eid], before[eid]) {
				t.Fatalf("entity %d after migration:\n %+v\nbefore:\n %+v", eid, after[eid], before[eid])
			}
		}
		t.Fatalf("%d entities with decisions after migration, %d before", len(after), len(before))
	}
}

// allLinks reads the link decisions of every entity, by entity id.
func allLinks(t *testing.T, st store.Store) map[int64][]store.LinkDecision {
	out := map[int64][]store.LinkDecision{}
	for id := int64(1); ; id++ {
		p, err := st.Entity(context.Background(), fmt.Sprint(id), store.ProfileOptions{Explain: true, Limit: 1000})
		if errors.Is(err, store.ErrNotFound) {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		for i := range p.Links {
			p.Links[i].OthersNotKept = 0 // the rows written back hold the kept ones only
		}
		out[id] = p.Links
	}
}
