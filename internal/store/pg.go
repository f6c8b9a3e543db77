package store

import (
	"context"
	"errors"
	"fmt"
	"net/url"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// pgStore is the PostgreSQL backend (pgx): many writers and readers on one
// corpus. Readers never wait for writers (MVCC); writers that link the same
// names wait for each other on advisory locks.
type pgStore struct {
	core
	pool *pgxpool.Pool
}

// migrateLock is the advisory lock key under which a store migrates, so two
// processes opening a new database do not both create it.
const migrateLock = 0x736f73696b // "sosik"

// writeRetries is how often a write transaction is retried after a
// deadlock or a serialisation failure.
const writeRetries = 5

func openPostgres(ctx context.Context, dsn string, o options) (*pgStore, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("store: PostgreSQL address %s: %w", redact(dsn), err)
	}
	if o.readOnly {
		cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: connecting to %s: %w", redact(dsn), err)
	}
	s := &pgStore{pool: pool}
	s.core.db, s.core.be, s.core.pg = pgDB{pool}, s, true
	s.core.name = cfg.ConnConfig.Host + "/" + cfg.ConnConfig.Database
	s.applyOptions(o)
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("store: connecting to %s: %w", s.name, classify(err))
	}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

// redact hides the password of a connection URL.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "(unparsable URL)"
	}
	return u.Redacted()
}

// pgPostMigrate holds the steps of a migration that SQL cannot do, run in
// its transaction after its SQL (those that store rows again are
// batchSteps).
var pgPostMigrate = map[int]func(context.Context, dbtx) error{
	2: backfillEventMarks,
}

// migrate brings the schema to the newest version under an advisory lock,
// one transaction per step (and per batch of a step that stores rows
// again, see migrate.go). A read-only store only checks the version.
func (s *pgStore) migrate(ctx context.Context) error {
	ms, err := migrations("pgmigrations")
	if err != nil {
		return err
	}
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("store: opening %s: %w", s.name, classify(err))
	}
	defer conn.Release()
	if !s.readOnly {
		if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, migrateLock); err != nil {
			return fmt.Errorf("store: migrating %s: %w", s.name, classify(err))
		}
		defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, migrateLock)
	}
	cur, pending, err := pgSchemaVersion(ctx, conn.Conn())
	if err != nil {
		return fmt.Errorf("store: opening %s: %w", s.name, classify(err))
	}
	cur, done, err := migrationStart(s.name, cur, pending, len(ms), s.readOnly)
	if err != nil || done {
		return err
	}
	run := func(ctx context.Context, fn func(tx migTx) error) error {
		return pgx.BeginFunc(ctx, conn.Conn(), func(tx pgx.Tx) error { return fn(pgMigTx{pgDB{tx}, tx}) })
	}
	for _, m := range ms[cur:] {
		step := migrationStep{migration: m, post: pgPostMigrate[m.version], batch: batchSteps(true)[m.version]}
		if err := applyMigration(ctx, run, step, migrationRecorded); err != nil {
			return fmt.Errorf("store: migrating %s: %w", s.name, classify(err))
		}
	}
	return nil
}

// pgMigTx is a migration's transaction on PostgreSQL.
type pgMigTx struct {
	pgDB
	tx pgx.Tx
}

func (t pgMigTx) script(ctx context.Context, q string) error {
	_, err := t.tx.Exec(ctx, q)
	return err
}

// pgSchemaVersion reads the schema version and the batched migration
// begun and not finished (0 when none), creating the version's table in a
// new database; a database with other tables but no sosik schema is
// refused.
func pgSchemaVersion(ctx context.Context, conn *pgx.Conn) (cur, pending int, err error) {
	var has, progress bool
	if err := conn.QueryRow(ctx, `SELECT to_regclass('schema_version') IS NOT NULL, to_regclass('migration_progress') IS NOT NULL`).Scan(&has, &progress); err != nil {
		return 0, 0, err
	}
	if !has {
		var tables int
		if err := conn.QueryRow(ctx, `SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()`).Scan(&tables); err != nil {
			return 0, 0, err
		}
		if tables > 0 {
			return 0, 0, fmt.Errorf("the schema holds tables but no sosik corpus: %w", ErrSchema)
		}
		if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
			return 0, 0, err
		}
	}
	var v, p *int
	if err := conn.QueryRow(ctx, `SELECT max(version) FROM schema_version`).Scan(&v); err != nil {
		return 0, 0, err
	}
	if progress {
		if err := conn.QueryRow(ctx, `SELECT min(version) FROM migration_progress`).Scan(&p); err != nil {
			return 0, 0, err
		}
	}
	if v != nil {
		cur = *v
	}
	if p != nil {
		pending = *p
	}
	return cur, pending, nil
}

func (s *pgStore) Close() error {
	s.pool.Close()
	return nil
}

func (s *pgStore) Stats(ctx context.Context) (*Stats, error) {
	st := &Stats{}
	row := s.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(DISTINCT coalesce(story, rid)) FROM articles),
		(SELECT count(*) FROM entities),
		(SELECT coalesce(sum(n), 0) FROM mentions),
		(SELECT count(*) FROM events),
		(SELECT count(*) FROM quotes),
		(SELECT coalesce(sum(text_bytes), 0) FROM articles),
		(SELECT max(version) FROM schema_version),
		pg_database_size(current_database())`)
	if err := row.Scan(&st.Articles, &st.Stories, &st.Entities, &st.Mentions, &st.Events, &st.Quotes, &st.TextSize, &st.Schema, &st.DBSize); err != nil {
		return nil, fmt.Errorf("store: stats: %w", classify(err))
	}
	return st, nil
}

// write runs fn in a transaction that first takes the advisory locks of
// keys, in order (so writers cannot deadlock on them): two writers linking
// the same name run one after the other, and the second sees the entity
// the first created. A deadlock or serialisation failure on anything else
// retries the whole transaction.
func (s *pgStore) write(ctx context.Context, keys []int64, fn func(tx dbtx) error) error {
	var err error
	for range writeRetries {
		err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			if len(keys) > 0 {
				if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) WITH ORDINALITY AS t(k, i) ORDER BY i`, keys); err != nil {
					return err
				}
			}
			return fn(pgDB{tx})
		})
		var pe *pgconn.PgError
		if !errors.As(err, &pe) || (pe.Code != "40P01" && pe.Code != "40001") {
			return err
		}
	}
	return err
}

// afterPut has nothing to do: autovacuum keeps the indexes.
func (s *pgStore) afterPut(context.Context) {}

// classifyPG maps PostgreSQL failures to the package's sentinel errors.
func classifyPG(err error) error {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return err
	}
	switch pe.Code {
	case "25006", "42501": // read-only transaction, insufficient privilege
		return fmt.Errorf("%w (%v)", ErrReadOnly, err)
	case "55P03": // lock not available (lock_timeout)
		return fmt.Errorf("%w (%v)", ErrLocked, err)
	case "42P01", "42703": // undefined table or column
		return fmt.Errorf("%w: not a sosik database or an older one (%v)", ErrSchema, err)
	}
	return err
}
