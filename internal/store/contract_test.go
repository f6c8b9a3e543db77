package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"

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
