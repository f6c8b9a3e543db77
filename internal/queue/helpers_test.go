package queue

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/ingest"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/testutil/testextract"
)

// testServer is the NATS server with JetStream the tests run against; .ci/run
// starts one (.ci/nats.sh) and sets SOSIK_TEST_NATS.
func testServer(t *testing.T) string {
	t.Helper()
	u := os.Getenv("SOSIK_TEST_NATS")
	if u == "" {
		t.Skip("SOSIK_TEST_NATS is not set: no NATS server to test against " +
			"(start one with `nats-server -js -a 127.0.0.1 -p 14222` and set SOSIK_TEST_NATS=nats://127.0.0.1:14222, as .ci/nats.sh does)")
	}
	return u
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9_-]+`)

// testQueueURL names a queue of its own for the test (and suffix) on the
// test server and deletes its streams afterwards.
func testQueueURL(t *testing.T, suffix string) string {
	t.Helper()
	name := fmt.Sprintf("t%d_%s%s", os.Getpid(), unsafeName.ReplaceAllString(t.Name(), "_"), suffix)
	if len(name) > 64 {
		name = name[:64]
	}
	u := testServer(t) + "/" + name
	t.Cleanup(func() {
		q, err := Open(context.Background(), u, Options{Existing: true})
		if errors.Is(err, jetstream.ErrStreamNotFound) {
			return // never created (the bench test makes queues of its own)
		}
		if err != nil {
			t.Logf("cleaning queue %s: %v", name, err)
			return
		}
		defer q.Close()
		if err := q.Delete(context.Background()); err != nil {
			t.Log(err)
		}
	})
	return u
}

func openQueue(t *testing.T, url string, opt Options) *Queue {
	t.Helper()
	q, err := Open(context.Background(), url, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = q.Close() })
	return q
}

// testExtractor is the test binary's shared extractor.
var testExtractor = testextract.Extractor

// testDSN is the database of a test, empty at the start: a new SQLite
// file, or a new schema in the PostgreSQL database of SOSIK_TEST_POSTGRES
// when set.
func testDSN(t *testing.T) string {
	t.Helper()
	if pg := os.Getenv("SOSIK_TEST_POSTGRES"); pg != "" {
		return freshSchema(t, pg)
	}
	return filepath.Join(t.TempDir(), "news.db")
}

var pgSchemas atomic.Int64

// freshSchema creates a schema of its own for the test in the PostgreSQL
// database base names, dropped when the test ends, and returns base with
// that schema as its search path: runs never see each other's articles.
func freshSchema(t *testing.T, base string) string {
	t.Helper()
	ctx := context.Background()
	schema := fmt.Sprintf("sosik_queue_%d_%d", os.Getpid(), pgSchemas.Add(1))
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connecting to SOSIK_TEST_POSTGRES: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if c, err := pgx.Connect(context.Background(), base); err == nil {
			_, _ = c.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			_ = c.Close(context.Background())
		}
	})
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	return base + sep + "search_path=" + schema
}

func openStore(t *testing.T, dsn string) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// writeCorpus writes n synthetic articles (some exact repeats) as JSON Lines.
func writeCorpus(t *testing.T, n int, seed int64) (string, ingest.GenStats) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	gen, err := ingest.Generator{Seed: seed, DuplicateRate: 0.1}.WriteJSONL(f, n)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	return path, gen
}

// corpusIDs parses the corpus as ingest does and returns its article IDs.
func corpusIDs(t *testing.T, path string) map[string]bool {
	t.Helper()
	ids := make(map[string]bool)
	r := &ingest.Reader{}
	for it := range r.Items(context.Background(), []string{path}) {
		a, err := it.Article()
		if err != nil {
			t.Fatalf("%s: %v", it.Source, err)
		}
		ids[a.ID] = true
	}
	return ids
}

// storedTimes counts how often each of ids is exported from the store.
func storedTimes(t *testing.T, dsn string, ids map[string]bool) map[string]int {
	t.Helper()
	st, err := store.Open(context.Background(), dsn, store.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n := make(map[string]int)
	err = st.Export(context.Background(), store.ExportQuery{}, func(d *extract.Document) error {
		if ids[d.ID] {
			n[d.ID]++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// assertStoredOnce fails unless every one of ids is stored exactly once.
func assertStoredOnce(t *testing.T, dsn string, ids map[string]bool) {
	t.Helper()
	n := storedTimes(t, dsn, ids)
	missing, twice := 0, 0
	for id := range ids {
		switch {
		case n[id] == 0:
			missing++
		case n[id] > 1:
			twice++
		}
	}
	if missing > 0 || twice > 0 {
		t.Fatalf("of %d articles, %d are not stored and %d are stored more than once", len(ids), missing, twice)
	}
}
