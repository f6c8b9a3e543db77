package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
)

// CompactStats tells what Compact did.
type CompactStats struct {
	Before, After    int64  // bytes of the database file (its WAL included)
	PageBefore, Page int    // page sizes before and after
	IndexesOptimized bool   // the full-text indexes were merged into one segment each
	Journal          string // the journal mode after ("wal")
}

// compactPage is the page size Compact leaves a database in, the one new
// databases are created with (see openSQLite): the rows of articles fit
// sixteen-kilobyte pages with less left over at each page's end.
const compactPage = 16384

// Compact rewrites a SQLite database as small as it goes: each full-text
// index merged into one segment (FTS5 'optimize'), then the file rebuilt
// by VACUUM with every page full, in 16 KB pages (a database created before
// they were the default is converted: that needs the rollback journal for
// the time of the VACUUM, so no other process may have the file open).
// Searches answer the same before and after. It needs free disk space
// about twice the size of the database (the rebuilt copy in a temporary
// file, and the journal or WAL of copying it back) and holds the write lock
// throughout; its memory is the page caches', not the database's.
func (s *sqliteStore) Compact(ctx context.Context) (CompactStats, error) {
	var st CompactStats
	if s.readOnly {
		return st, fmt.Errorf("store: compact %s: %w (opened read-only)", s.path, ErrReadOnly)
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	conn, err := s.writeConn(ctx)
	if err != nil {
		return st, fmt.Errorf("store: compact %s: %w", s.path, classify(err))
	}
	st.Before = fileAndWAL(s.path)
	if err := conn.QueryRowContext(ctx, `PRAGMA page_size`).Scan(&st.PageBefore); err != nil {
		return st, fmt.Errorf("store: compact %s: %w", s.path, classify(err))
	}
	for _, t := range []string{"articles_fts", "grams_fts"} {
		if _, err := conn.ExecContext(ctx, `INSERT INTO `+t+`(`+t+`) VALUES('optimize')`); err != nil {
			return st, fmt.Errorf("store: compact %s: merging %s: %w", s.path, t, classify(err))
		}
	}
	st.IndexesOptimized = true
	// VACUUM builds the new database in a temporary one: on disk, not in
	// the memory the store's connections keep their temporary tables in,
	// and through a reader's page cache, not the writer's.
	err = s.withPragmas(ctx, conn, [][2]string{{"temp_store", "FILE"}, {"cache_size", "-32000"}}, func() error {
		if err := s.vacuum(ctx, conn, st.PageBefore != compactPage); err != nil {
			return err
		}
		// In WAL mode the rebuilt pages are in the log until a checkpoint.
		_, err := conn.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`)
		return classify(err)
	})
	if err != nil {
		return st, fmt.Errorf("store: compact %s: %w", s.path, err)
	}
	if err := conn.QueryRowContext(ctx, `PRAGMA page_size`).Scan(&st.Page); err != nil {
		return st, fmt.Errorf("store: compact %s: %w", s.path, classify(err))
	}
	if err := conn.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&st.Journal); err != nil {
		return st, fmt.Errorf("store: compact %s: %w", s.path, classify(err))
	}
	st.After = fileAndWAL(s.path)
	return st, nil
}

// vacuum rebuilds the file; with newPage it first leaves WAL mode, which
// keeps the page size, and returns to it after.
func (s *sqliteStore) vacuum(ctx context.Context, conn *sql.Conn, newPage bool) error {
	if !newPage {
		_, err := conn.ExecContext(ctx, `VACUUM`)
		return classify(err)
	}
	// Leaving WAL needs the only connection to the file: the idle readers
	// of this process close, and come back on the next read.
	s.sdb.SetMaxIdleConns(0)
	defer s.sdb.SetMaxIdleConns(s.conns)
	var mode string
	if err := conn.QueryRowContext(ctx, `PRAGMA journal_mode = DELETE`).Scan(&mode); err != nil {
		return classify(err)
	}
	if mode != "delete" {
		return fmt.Errorf("another process has the database open: close it to change the page size (journal mode stayed %q)", mode)
	}
	_, err := conn.ExecContext(ctx, fmt.Sprintf(`PRAGMA page_size = %d`, compactPage))
	if err == nil {
		_, err = conn.ExecContext(ctx, `VACUUM`)
	}
	// Back to WAL whatever happened: readers and the next writer expect it.
	if werr := conn.QueryRowContext(ctx, `PRAGMA journal_mode = WAL`).Scan(&mode); err == nil && werr != nil {
		err = werr
	}
	return classify(err)
}

// withPragmas runs fn with the connection's pragmas set to values, and
// sets them back after.
func (s *sqliteStore) withPragmas(ctx context.Context, conn *sql.Conn, values [][2]string, fn func() error) error {
	for _, v := range values {
		var old string
		if err := conn.QueryRowContext(ctx, `PRAGMA `+v[0]).Scan(&old); err != nil {
			return classify(err)
		}
		if _, err := conn.ExecContext(ctx, `PRAGMA `+v[0]+` = `+v[1]); err != nil {
			return classify(err)
		}
		defer conn.ExecContext(ctx, `PRAGMA `+v[0]+` = `+old)
	}
	return fn()
}

// fileAndWAL is the size of a database file with its write-ahead log.
func fileAndWAL(path string) int64 {
	var n int64
	for _, p := range []string{path, path + "-wal"} {
		if fi, err := os.Stat(p); err == nil {
			n += fi.Size()
		}
	}
	return n
}
