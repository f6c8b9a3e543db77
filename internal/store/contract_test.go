package store_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/store/storetest"
)

// openSQLite opens a new SQLite store in a temporary directory.
func openSQLite(t testing.TB, opts ...store.Option) (store.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	st, err := store.Open(context.Background(), path, opts...)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	return st, path
}

func TestSQLiteContract(t *testing.T) {
	storetest.Run(t, openSQLite)
}

// pgEnv names the PostgreSQL server the PostgreSQL tests use (.ci/postgres.sh
// starts one and sets it).
const pgEnv = "SOSIK_TEST_POSTGRES"

var pgSchemas atomic.Int64

// postgresOpener opens each test's store in a new schema of the server
// named by SOSIK_TEST_POSTGRES, dropped when the test ends; it skips the
// test when the variable is unset.
func postgresOpener(t testing.TB) storetest.Opener {
	base := os.Getenv(pgEnv)
	if base == "" {
		t.Skipf("%s is not set: no PostgreSQL to test against (.ci/postgres.sh starts one)", pgEnv)
	}
	return func(t testing.TB, opts ...store.Option) (store.Store, string) {
		t.Helper()
		ctx := context.Background()
		schema := fmt.Sprintf("sosik_test_%d_%d", os.Getpid(), pgSchemas.Add(1))
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Fatalf("connecting to %s: %v", pgEnv, err)
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			c, err := pgx.Connect(context.Background(), base)
			if err == nil {
				c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
				c.Close(context.Background())
			}
		})
		sep := "?"
		if strings.Contains(base, "?") {
			sep = "&"
		}
		dsn := base + sep + "search_path=" + schema
		st, err := store.Open(ctx, dsn, opts...)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		t.Cleanup(func() { st.Close() })
		return st, dsn
	}
}

func TestPostgresContract(t *testing.T) {
	storetest.Run(t, postgresOpener(t))
}

func TestSyntheticDoc(t *testing.T) {
	d := storetest.SyntheticDoc(3)
	if len(d.Text) < 4300 || len(d.Text) > 6000 || len(d.Entities) != 4 || len(d.Entities[0].Mentions) == 0 || strings.Contains(d.Text, "%!") {
		t.Errorf("SyntheticDoc: %d bytes, %d entities, text %q", len(d.Text), len(d.Entities), d.Text[:200])
	}
	if storetest.SyntheticDoc(3).Text != d.Text {
		t.Error("SyntheticDoc is not deterministic")
	}
}

// TestBackendsAgree stores the same articles in SQLite and PostgreSQL and
// asks both the same questions: the answers must be the same, scores
// included (PostgreSQL computes FTS5's BM25 itself).
func TestBackendsAgree(t *testing.T) {
	open := postgresOpener(t)
	ctx := context.Background()
	lite, _ := openSQLite(t)
	pg, _ := open(t)
	docs := func() []*extract.Document {
		d := storetest.Corpus()
		for i := range 40 {
			d = append(d, storetest.SyntheticDoc(i))
		}
		return d
	}
	storetest.MustPut(t, lite, docs()...)
	storetest.MustPut(t, pg, docs()...)
	queries := []store.SearchQuery{
		{Text: "삼성전자"}, {Text: "국회"}, {Text: "법"}, {Text: "투자 반도체", Limit: 20}, {Text: `"신규 투자"`},
		{Text: "누리통신 OR 한빛전자", Limit: 50}, {Text: "투자 -배터리", Limit: 30}, {Text: "만나다"}, {Text: "오픈ai"},
		{Agency: "뉴시스", Limit: 30}, {Text: "서울", From: "2021", To: "2023-06"}, {Text: "회장", Entity: "이재용"},
	}
	for _, q := range queries {
		a, errA := lite.Search(ctx, q)
		b, errB := pg.Search(ctx, q)
		if errA != nil || errB != nil {
			t.Fatalf("%+v: %v / %v", q, errA, errB)
		}
		for i := range min(len(a.Hits), len(b.Hits)) {
			if math.Abs(a.Hits[i].Score-b.Hits[i].Score) < 1e-9 {
				b.Hits[i].Score = a.Hits[i].Score
			}
		}
		if ja, jb := mustJSON(t, a), mustJSON(t, b); ja != jb {
			t.Errorf("%+v:\n sqlite   %s\n postgres %s", q, ja, jb)
		}
	}
	for _, ask := range []func(store.Store) (any, error){
		func(s store.Store) (any, error) {
			return s.Trends(ctx, store.TrendsQuery{Terms: []string{"투자", "삼성전자 OR 국회", `"반도체 투자"`}, By: store.ByWeek})
		},
		func(s store.Store) (any, error) { return s.Entity(ctx, "이재용", store.ProfileOptions{}) },
		func(s store.Store) (any, error) { return s.Graph(ctx, store.GraphQuery{Limit: 30}) },
		func(s store.Store) (any, error) { return s.Timeline(ctx, "이재용", 0) },
		func(s store.Store) (any, error) { return s.FindEntities(ctx, "한", 20) },
		func(s store.Store) (any, error) {
			return s.Events(ctx, store.EventQuery{Entity: "이재용", From: "2025", Certainty: []string{"asserted"}})
		},
	} {
		a, errA := ask(lite)
		b, errB := ask(pg)
		if errA != nil || errB != nil {
			t.Fatalf("%v / %v", errA, errB)
		}
		if ja, jb := mustJSON(t, a), mustJSON(t, b); ja != jb {
			t.Errorf("answers differ:\n sqlite   %s\n postgres %s", ja, jb)
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A PostgreSQL schema is created once, reopened as is, and a schema with
// other tables or a newer sosik's is refused.
func TestPostgresSchema(t *testing.T) {
	open := postgresOpener(t)
	ctx := context.Background()
	st, dsn := open(t)
	s, err := st.Stats(ctx)
	ms, _ := store.Migrations("pgmigrations")
	if err != nil || s.Schema != len(ms) {
		t.Fatalf("new database: schema %d (%v), want %d", s.Schema, err, len(ms))
	}
	again, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	again.Close()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `INSERT INTO schema_version(version, name, applied_at) VALUES (99, 'future', 'x')`); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Open(ctx, dsn); !errors.Is(err, store.ErrSchema) {
		t.Errorf("newer schema: err = %v, want ErrSchema", err)
	}
	_, other := open(t)
	oc, err := pgx.Connect(ctx, other)
	if err != nil {
		t.Fatal(err)
	}
	defer oc.Close(ctx)
	if _, err := oc.Exec(ctx, `DROP TABLE schema_version CASCADE; DROP TABLE simhash_bands; CREATE TABLE not_sosik(x int)`); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Open(ctx, other); !errors.Is(err, store.ErrSchema) {
		t.Errorf("foreign tables: err = %v, want ErrSchema", err)
	}
}

// A version-1 PostgreSQL corpus migrates to the event marker columns and
// gets the markers and mentions its stored documents kept.
func TestPostgresMigrateBackfillsEventMarks(t *testing.T) {
	open := postgresOpener(t)
	ctx := context.Background()
	st, dsn := open(t)
	d := storetest.Corpus()[0]
	d.Events[0].Certainty = extract.Planned
	d.Events[0].Marker = &extract.Span{Start: 4, End: 16, Text: "예정이다"}
	d.Events[0].Mentions = []extract.Span{{Start: 0, End: 6, Text: "삼성전자"}}
	storetest.MustPut(t, st, d)
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, dropRowCuts+`
		DROP INDEX events_certainty;
		ALTER TABLE events DROP COLUMN marker, DROP COLUMN marker_start, DROP COLUMN marker_end, DROP COLUMN mentions;
		`+dropLinkEvidence+dropCollectWatch+dropGraphCounts+`
		DELETE FROM schema_version WHERE version >= 2`); err != nil {
		t.Fatal(err)
	}
	again, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatalf("migrating: %v", err)
	}
	defer again.Close()
	res, err := again.Events(ctx, store.EventQuery{Certainty: []string{"planned"}})
	if err != nil || len(res.Events) != 1 {
		t.Fatalf("events after migration: %v %+v", err, res)
	}
	if ev := res.Events[0]; ev.Marker == nil || *ev.Marker != *d.Events[0].Marker || len(ev.Mentions) != 1 || ev.Mentions[0] != d.Events[0].Mentions[0] {
		t.Errorf("event after migration: marker %+v, mentions %+v", ev.Marker, ev.Mentions)
	}
}

// PostgreSQL migration 11 keeps an article's story as its original's rid.
func TestPostgresMigrateStoryRids(t *testing.T) {
	open := postgresOpener(t)
	ctx := context.Background()
	st, dsn := open(t)
	docs := storetest.Corpus()[:4]
	storetest.MustPut(t, st, docs...)
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	// At schema 10, the second and third articles in the story of the first.
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{dropStoryRid, nil},
		{`UPDATE articles SET story_id = $1 WHERE id IN ($2, $3)`, []any{docs[0].ID, docs[1].ID, docs[2].ID}},
		{`DELETE FROM schema_version WHERE version >= 11`, nil},
	} {
		if _, err := conn.Exec(ctx, q.sql, q.args...); err != nil {
			t.Fatal(err)
		}
	}
	again, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatalf("migrating: %v", err)
	}
	defer again.Close()
	checkStoryRids(t, again, docs)
}

// A database stored before the graph counts gets them from what it holds,
// the same as counting article by article.
func TestPostgresMigrateBackfillsGraphCounts(t *testing.T) {
	open := postgresOpener(t)
	testGraphBackfill(t, open, func(dsn string) {
		pgBackToSchema2(t, dsn)
	})
}

// pgBackToSchema2 takes a PostgreSQL database back to schema 2: the
// tables and columns of the later migrations dropped, their versions
// forgotten, so that the next open migrates what it holds.
func pgBackToSchema2(t *testing.T, dsn string) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, dropRowCuts+"\n"+dropLinkEvidence+dropCollectWatch+dropGraphCounts+` DELETE FROM schema_version WHERE version >= 3`); err != nil {
		t.Fatal(err)
	}
}
