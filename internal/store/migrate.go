package store

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Migrations that store rows again run their Go side in batches: the
// migration's SQL runs in one transaction with the migration recorded in
// schema_version (so a sosik that does not know it refuses the database)
// and a row of migration_progress; then each batch of keys (article rids
// or entity ids, lo < key <= hi) is converted in a transaction of its own
// that also moves the progress row on; the last batch runs the step's
// finishing SQL and deletes the row. Memory and the journal a transaction
// needs follow the batch, not the corpus, and a migration stopped half-way
// (killed, or failed on one batch) resumes where it stopped when the
// database is next opened writable. A database with a progress row is
// refused read-only until then.

// migrateBatch is how many keys a migration's batch converts.
var migrateBatch int64 = 500

// errStopMigration is what failMigrationAfter makes a batch return.
var errStopMigration = errors.New("store: migration stopped by a test")

// failMigrationAfter, when positive, fails a migration's batch after that
// many batches have been committed (tests of resuming; 0 in use).
var failMigrationAfter int

// batchStep is the Go side of a migration that stores rows again.
type batchStep struct {
	// maxKey is a query of the largest key to convert (0 when none).
	maxKey string
	// batch converts the rows with keys lo < key <= hi.
	batch func(ctx context.Context, tx dbtx, lo, hi int64) error
	// finish is SQL run in the last batch's transaction ("" for none).
	finish string
}

// inTx runs fn in a transaction of the migrating connection, committing
// when it returns nil.
type inTx func(ctx context.Context, fn func(tx migTx) error) error

// migTx is a migration's transaction: statements with arguments, and SQL
// scripts of several statements (a migration's file).
type migTx interface {
	dbtx
	script(ctx context.Context, sql string) error
}

// progressTable keeps the batched migrations begun and not finished.
const progressTable = `CREATE TABLE IF NOT EXISTS migration_progress (version INTEGER PRIMARY KEY, last BIGINT NOT NULL)`

// migrationStep is one migration as the runner applies it: its SQL, the
// Go side run in its transaction (post), and the batched Go side.
type migrationStep struct {
	migration
	post  func(ctx context.Context, tx dbtx) error
	batch *batchStep
}

// applyMigration applies m unless it is recorded done: its SQL and post in
// one transaction, then its batches, resuming a batched migration begun
// before. done reports whether the migration is recorded, and pending
// whether it is recorded with batches left, in tx.
func applyMigration(ctx context.Context, run inTx, m migrationStep, recorded func(ctx context.Context, tx migTx, v int) (done, pending bool, err error)) error {
	begun := false
	err := run(ctx, func(tx migTx) error {
		done, pending, err := recorded(ctx, tx, m.version)
		if err != nil || pending {
			begun = pending
			return err
		}
		if done {
			return errAlreadyDone
		}
		if err := tx.script(ctx, m.sql); err != nil {
			return fmt.Errorf("applying migration %s: %w", m.name, err)
		}
		if m.post != nil {
			if err := m.post(ctx, tx); err != nil {
				return fmt.Errorf("applying migration %s: %w", m.name, err)
			}
		}
		if err := tx.exec(ctx, `INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, ?)`,
			m.version, m.name, time.Now().UTC().Format(time.RFC3339)); err != nil {
			return fmt.Errorf("recording migration %s: %w", m.name, err)
		}
		if m.batch == nil {
			return nil
		}
		begun = true
		if err := tx.script(ctx, progressTable); err != nil {
			return err
		}
		return tx.exec(ctx, `INSERT INTO migration_progress(version, last) VALUES (?, 0)`, m.version)
	})
	if errors.Is(err, errAlreadyDone) || err != nil || !begun {
		return ignoreDone(err)
	}
	return runBatches(ctx, run, m)
}

// errAlreadyDone ends the transaction of a migration another process
// applied while this one waited for the lock.
var errAlreadyDone = errors.New("store: migration already applied")

// ignoreDone is err, nil when it says the migration was applied already.
func ignoreDone(err error) error {
	if errors.Is(err, errAlreadyDone) {
		return nil
	}
	return err
}

// runBatches converts the keys of a begun batched migration from where its
// progress row says, a transaction per batch.
func runBatches(ctx context.Context, run inTx, m migrationStep) error {
	for n := 0; ; n++ {
		if failMigrationAfter > 0 && n == failMigrationAfter {
			return errStopMigration
		}
		finished := false
		err := run(ctx, func(tx migTx) error {
			var err error
			finished, err = runBatch(ctx, tx, m)
			return err
		})
		if err != nil {
			return fmt.Errorf("applying migration %s: %w", m.name, err)
		}
		if finished {
			return nil
		}
	}
}

// runBatch converts the next batch of keys of m in tx, reporting whether
// the migration is finished (by this batch or, before it, by another
// process).
func runBatch(ctx context.Context, tx migTx, m migrationStep) (bool, error) {
	var last int64
	if err := tx.queryRow(ctx, `SELECT last FROM migration_progress WHERE version = ?`, m.version).Scan(&last); err != nil {
		if isNoRows(err) {
			return true, nil
		}
		return false, err
	}
	var maxKey int64
	if err := tx.queryRow(ctx, m.batch.maxKey).Scan(&maxKey); err != nil {
		return false, err
	}
	hi := last + migrateBatch
	if err := m.batch.batch(ctx, tx, last, hi); err != nil {
		return false, fmt.Errorf("keys %d to %d: %w", last+1, hi, err)
	}
	if hi < maxKey {
		return false, tx.exec(ctx, `UPDATE migration_progress SET last = ? WHERE version = ?`, hi, m.version)
	}
	if m.batch.finish != "" {
		if err := tx.script(ctx, m.batch.finish); err != nil {
			return false, err
		}
	}
	return true, tx.exec(ctx, `DELETE FROM migration_progress WHERE version = ?`, m.version)
}

// migrationRecorded reports whether migration v is recorded, and whether
// it has batches left, creating the tables that say so when missing.
func migrationRecorded(ctx context.Context, tx migTx, v int) (done, pending bool, err error) {
	if err := tx.script(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return false, false, err
	}
	if err := tx.script(ctx, progressTable); err != nil {
		return false, false, err
	}
	var n, p int
	if err := tx.queryRow(ctx, `SELECT (SELECT count(*) FROM schema_version WHERE version = ?1),
		(SELECT count(*) FROM migration_progress WHERE version = ?1)`, v).Scan(&n, &p); err != nil {
		return false, false, err
	}
	return n > 0, p > 0, nil
}

// batchSteps are the batched Go sides of the migrations, by version on
// SQLite or, when pg, on PostgreSQL.
func batchSteps(pg bool) map[int]*batchStep {
	articles := `SELECT coalesce(max(rid), 0) FROM articles`
	links := &batchStep{maxKey: `SELECT coalesce(max(rid), 0) FROM entity_links`, batch: convertLinkRange,
		finish: `DROP TABLE entity_links; ALTER TABLE entity_links_v9 RENAME TO entity_links`}
	docs := &batchStep{maxKey: articles, batch: repackDocRange}
	cuts := &batchStep{maxKey: articles, batch: cutTextRange}
	pairs := &batchStep{maxKey: `SELECT coalesce(max(a), 0) FROM pair_totals`, batch: convertPairRange,
		finish: `DROP TABLE pair_months; DROP TABLE pair_totals`}
	if pg {
		return map[int]*batchStep{6: links, 7: docs, 8: cuts, 10: docs, 12: pairs}
	}
	return map[int]*batchStep{9: links, 10: docs, 11: cuts, 13: docs, 15: pairs}
}

// migrationStart decides, from a database's schema version cur, the
// batched migration left half-way (pending, 0 when none) and the number of
// migrations this sosik knows, where migrating resumes (from: the
// migrations already applied) or that the schema is current (done). A
// read-only store only accepts a current schema.
func migrationStart(name string, cur, pending, known int, readOnly bool) (from int, done bool, err error) {
	switch {
	case pending > 0 && readOnly:
		return 0, false, fmt.Errorf("store: %s is half-way through migration %d; open it writable once to finish it: %w", name, pending, ErrSchema)
	case pending > 0:
		return pending - 1, false, nil
	case cur > known:
		return 0, false, fmt.Errorf("store: %s has schema version %d, this sosik knows up to %d (upgrade sosik): %w", name, cur, known, ErrSchema)
	case cur == known:
		return cur, true, nil
	case readOnly:
		return 0, false, fmt.Errorf("store: %s has schema version %d, needs %d; open it writable once to migrate: %w", name, cur, known, ErrSchema)
	}
	return cur, false, nil
}
