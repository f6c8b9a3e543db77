package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/sosik-news/sosik/internal/store/textsearch"
)

//go:embed migrations/*.sql pgmigrations/*.sql
var migrationFS embed.FS

// migration is one numbered schema step, applied in a transaction.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations lists the embedded NNNN_name.sql files of dir (migrations for
// SQLite, pgmigrations for PostgreSQL) in version order.
func migrations(dir string) ([]migration, error) {
	ents, err := fs.ReadDir(migrationFS, dir)
	if err != nil {
		return nil, fmt.Errorf("store: reading migrations: %w", err)
	}
	var out []migration
	for _, e := range ents {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || !strings.HasSuffix(e.Name(), ".sql") {
			return nil, fmt.Errorf("store: migration %q is not named NNNN_name.sql", e.Name())
		}
		b, err := migrationFS.ReadFile(dir + "/" + e.Name())
		if err != nil {
			return nil, fmt.Errorf("store: reading migration %s: %w", e.Name(), err)
		}
		out = append(out, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("store: migrations must be numbered 1, 2, 3…; found %s at place %d", m.name, i+1)
		}
	}
	return out, nil
}

// sqliteStore is the embedded SQLite backend: FTS5 indexes, one writer at
// a time.
type sqliteStore struct {
	core
	sdb   *sql.DB
	path  string
	conns int // the pool's open and idle connections
	// wmu serialises writers of this process: SQLite has one writer at a
	// time anyway, and waiting here is cheaper than on the file lock.
	wmu sync.Mutex
	// wconn is the connection writes run on (guarded by wmu), opened on
	// the first write with a page cache of writeCacheKiB: a batch's
	// upserts touch more index pages than the readers' 32 MB hold, and a
	// connection of its own keeps them from one batch to the next.
	wconn *sql.Conn
}

// writeCacheKiB is the page cache of the writing connection. A batch of
// 2,000 articles into 30,000 spilled the 32 MB of a reader's and read its
// pages back (pread and pwrite were 9% of Put's CPU, 3% with 256 MB).
// SQLite takes the pages as it needs them, so a small database uses less.
const writeCacheKiB = 256 << 10

func openSQLite(ctx context.Context, path string, o options) (*sqliteStore, error) {
	if path == "" {
		return nil, errors.New("store: empty database path")
	}
	if path != ":memory:" {
		if err := checkFile(path, o.readOnly); err != nil {
			return nil, err
		}
	}
	q := url.Values{}
	if !o.readOnly {
		// Takes effect only when the file is created; on an existing
		// database it changes nothing. Rows of an article, its deflated
		// text and document are about 1.6 KB, and a page keeps on average
		// half a row free: 16 KB pages waste half of what 8 KB ones did
		// (at 30,000 remixed articles 2.4 MB, 1.6% of the database).
		// (auto_vacuum is set by migrate: the driver runs the _pragma list
		// sorted by name, and auto_vacuum would fix the page size before
		// page_size runs.)
		q.Add("_pragma", "page_size(16384)")
	}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", o.busyTimeout))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "cache_size(-32000)") // 32 MB page cache per connection
	q.Add("_pragma", "temp_store(MEMORY)")
	q.Add("_txlock", "immediate")
	if o.readOnly {
		q.Add("mode", "ro")
	} else {
		// The driver runs the _pragma list sorted by name, so journal_mode
		// there would come before page_size and create the file with the
		// default page size; the shorthand key runs after the list.
		q.Add("_journal_mode", "WAL")
	}
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: opening %s: %w", path, err)
	}
	n := runtime.GOMAXPROCS(0) + 3 // one of them the writer's (wconn)
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	s := &sqliteStore{sdb: db, path: path, conns: n}
	s.core.db, s.core.be, s.core.name = sqlDB{db}, s, path
	s.applyOptions(o)
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// checkFile turns the usual reasons a database cannot be opened into clear
// errors before SQLite reports them as "unable to open database file".
func checkFile(path string, readOnly bool) error {
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		return fmt.Errorf("store: %s is a directory, not a database file", path)
	case errors.Is(err, fs.ErrNotExist):
		if readOnly {
			return fmt.Errorf("store: no database at %s (create one with sosik ingest): %w", path, ErrNotFound)
		}
		dir := filepath.Dir(path)
		if err := syscall.Access(dir, 2 /* W_OK */); err != nil {
			return fmt.Errorf("store: cannot create %s: directory %s is not writable: %w", path, dir, ErrReadOnly)
		}
		return nil
	case err != nil:
		return fmt.Errorf("store: %w", err)
	}
	if readOnly {
		if err := syscall.Access(path, 4 /* R_OK */); err != nil {
			return fmt.Errorf("store: %s is not readable: %w", path, err)
		}
		return nil
	}
	if err := syscall.Access(path, 2 /* W_OK */); err != nil {
		return fmt.Errorf("store: %s is not writable (%v); open it read-only for queries: %w", path, err, ErrReadOnly)
	}
	return nil
}

// classify maps SQLite and PostgreSQL failures to the package's sentinel
// errors, so callers can tell a busy database from a broken one without
// knowing the driver.
func classify(err error) error {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return classifyPG(err)
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return fmt.Errorf("%w (%v)", ErrLocked, err)
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM:
		return fmt.Errorf("%w (%v)", ErrReadOnly, err)
	case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
		return fmt.Errorf("%w: not a sosik database or damaged (%v)", ErrSchema, err)
	}
	return err
}

// migrate brings the schema to the newest version, one transaction per
// step (and per batch of a step that stores rows again, see migrate.go),
// recording each in schema_version. A read-only store only checks that
// the schema is current.
func (s *sqliteStore) migrate(ctx context.Context) error {
	ms, err := migrations("migrations")
	if err != nil {
		return err
	}
	cur, err := s.schemaVersion(ctx)
	if err != nil {
		return err
	}
	pending, err := s.pendingMigration(ctx)
	if err != nil {
		return err
	}
	cur, done, err := migrationStart(s.path, cur, pending, len(ms), s.readOnly)
	if err != nil || done {
		return err
	}
	if cur == 0 {
		if err := s.autoVacuum(ctx); err != nil {
			return err
		}
	}
	return s.applyAll(ctx, ms[cur:])
}

// pendingMigration is the batched migration begun and not finished, 0 when
// none.
func (s *sqliteStore) pendingMigration(ctx context.Context) (int, error) {
	var has int
	if err := s.sdb.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name = 'migration_progress'`).Scan(&has); err != nil {
		return 0, fmt.Errorf("store: opening %s: %w", s.path, classify(err))
	}
	if has == 0 {
		return 0, nil
	}
	var v sql.NullInt64
	if err := s.sdb.QueryRowContext(ctx, `SELECT min(version) FROM migration_progress`).Scan(&v); err != nil {
		return 0, fmt.Errorf("store: opening %s: %w", s.path, classify(err))
	}
	return int(v.Int64), nil
}

// applyAll applies ms on a connection of their own whose temporary files
// (statement journals, sorts) are files: a statement rewriting a whole
// table in a transaction of several statements (ALTER TABLE … DROP
// COLUMN, an UPDATE of every article) journals every page it changes, and
// in memory that was the size of the table (4.2 GB at 1,000,000 articles).
func (s *sqliteStore) applyAll(ctx context.Context, ms []migration) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	conn, err := s.sdb.Conn(ctx)
	if err != nil {
		return fmt.Errorf("store: migrating %s: %w", s.path, classify(err))
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `PRAGMA temp_store = FILE`); err != nil {
		return fmt.Errorf("store: migrating %s: %w", s.path, classify(err))
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA temp_store = MEMORY`)
	run := func(ctx context.Context, fn func(tx migTx) error) error {
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		stx := &sqliteMigTx{sqlTx: &sqlTx{tx: tx}}
		defer stx.close()
		if err := fn(stx); err != nil {
			return err
		}
		return tx.Commit()
	}
	for _, m := range ms {
		step := migrationStep{migration: m, batch: batchSteps(false)[m.version]}
		if post := postMigrate[m.version]; post != nil {
			step.post = func(ctx context.Context, tx dbtx) error { return post(ctx, s, tx.(*sqliteMigTx).tx) }
		}
		if err := applyMigration(ctx, run, step, migrationRecorded); err != nil {
			return fmt.Errorf("store: migrating %s: %w", s.path, classify(err))
		}
	}
	return nil
}

// sqliteMigTx is a migration's transaction on SQLite.
type sqliteMigTx struct{ *sqlTx }

func (t *sqliteMigTx) script(ctx context.Context, q string) error {
	_, err := t.tx.ExecContext(ctx, q)
	return err
}

// autoVacuum turns on incremental auto-vacuum in a new, empty database, so
// that Put can give back the pages FTS5 segment merges free. Changing it
// needs a VACUUM, which costs nothing while the database is empty.
func (s *sqliteStore) autoVacuum(ctx context.Context) error {
	conn, err := s.sdb.Conn(ctx)
	if err != nil {
		return fmt.Errorf("store: creating %s: %w", s.path, classify(err))
	}
	defer conn.Close()
	var tables int
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master`).Scan(&tables); err != nil || tables > 0 {
		return nil // not empty (or another process is creating it): keep it as it is
	}
	for _, q := range []string{`PRAGMA auto_vacuum = INCREMENTAL`, `VACUUM`} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("store: creating %s: %s: %w", s.path, q, classify(err))
		}
	}
	return nil
}

func (s *sqliteStore) schemaVersion(ctx context.Context) (int, error) {
	var n int
	err := s.sdb.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_version'`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: opening %s: %w", s.path, classify(err))
	}
	if n == 0 {
		var tables int
		if err := s.sdb.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master`).Scan(&tables); err != nil {
			return 0, fmt.Errorf("store: opening %s: %w", s.path, classify(err))
		}
		if tables > 0 {
			return 0, fmt.Errorf("store: %s is an SQLite database but not a sosik one: %w", s.path, ErrSchema)
		}
		return 0, nil
	}
	var v sql.NullInt64
	if err := s.sdb.QueryRowContext(ctx, `SELECT max(version) FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("store: reading schema version of %s: %w", s.path, classify(err))
	}
	return int(v.Int64), nil
}

// postMigrate holds the steps of a migration that SQL cannot do, run in
// its transaction after its SQL (those that store rows again are
// batchSteps).
var postMigrate = map[int]func(context.Context, *sqliteStore, *sql.Tx) error{
	2: reindex,
	3: compressTexts,
	4: func(ctx context.Context, _ *sqliteStore, tx *sql.Tx) error {
		return backfillEventMarks(ctx, &sqlTx{tx: tx})
	},
}

// compressTexts moves the stored texts to their deflated column.
func compressTexts(ctx context.Context, _ *sqliteStore, tx *sql.Tx) error {
	for last := int64(0); ; {
		rows, err := tx.QueryContext(ctx, `SELECT rid, text FROM articles WHERE rid > ? ORDER BY rid LIMIT 500`, last)
		if err != nil {
			return err
		}
		type art struct {
			rid  int64
			text string
		}
		var page []art
		for rows.Next() {
			var a art
			if err := rows.Scan(&a.rid, &a.text); err != nil {
				rows.Close()
				return err
			}
			page = append(page, a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, a := range page {
			plain, z := packText(a.text)
			if _, err := tx.ExecContext(ctx, `UPDATE articles SET text = ?, text_z = ?, text_bytes = ? WHERE rid = ?`, plain, z, len(a.text), a.rid); err != nil {
				return err
			}
			last = a.rid
		}
		if len(page) < 500 {
			return nil
		}
	}
}

// reindex rebuilds the full-text indexes of every stored article from its
// headline and text (after the index layout or the analysis changed).
func reindex(ctx context.Context, s *sqliteStore, tx *sql.Tx) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return nil
	}
	ana, err := s.analyzer()
	if err != nil {
		return err
	}
	stx := &sqlTx{tx: tx}
	defer stx.close()
	for last := int64(0); ; {
		rows, err := tx.QueryContext(ctx, `SELECT rid, headline, text FROM articles WHERE rid > ? ORDER BY rid LIMIT 500`, last)
		if err != nil {
			return err
		}
		type art struct {
			rid            int64
			headline, text string
		}
		var page []art
		for rows.Next() {
			var a art
			if err := rows.Scan(&a.rid, &a.headline, &a.text); err != nil {
				rows.Close()
				return err
			}
			page = append(page, a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, a := range page {
			head, body, gram := indexTerms(func(t string) []string { return textsearch.Morphemes(ana, t) }, a.headline, a.text)
			if err := sqliteIndex(ctx, stx, a.rid, head, body, gram); err != nil {
				return err
			}
			last = a.rid
		}
		if len(page) < 500 {
			return nil
		}
	}
}

func (s *sqliteStore) Close() error {
	s.wmu.Lock()
	if s.wconn != nil {
		s.wconn.Close()
		s.wconn = nil
	}
	s.wmu.Unlock()
	if err := s.sdb.Close(); err != nil {
		return fmt.Errorf("store: closing %s: %w", s.path, err)
	}
	return nil
}

func (s *sqliteStore) Stats(ctx context.Context) (*Stats, error) {
	st := &Stats{}
	row := s.sdb.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(DISTINCT coalesce(story, rid)) FROM articles),
		(SELECT count(*) FROM entities),
		(SELECT coalesce(sum(n), 0) FROM mentions),
		(SELECT count(*) FROM events),
		(SELECT count(*) FROM quotes),
		(SELECT coalesce(sum(text_bytes), 0) FROM articles),
		(SELECT max(version) FROM schema_version)`)
	if err := row.Scan(&st.Articles, &st.Stories, &st.Entities, &st.Mentions, &st.Events, &st.Quotes, &st.TextSize, &st.Schema); err != nil {
		return nil, fmt.Errorf("store: stats: %w", classify(err))
	}
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(s.path + suffix); err == nil {
			st.DBSize += fi.Size()
		}
	}
	return st, nil
}
