package store

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// rows is a result set as both drivers give it.
type rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// scanner is one row to scan.
type scanner interface{ Scan(...any) error }

// dbtx is the little SQL the backend-neutral code needs, on a database or a
// transaction of either backend. Queries are written with ? or ?N
// placeholders; the PostgreSQL side rewrites them to $N.
type dbtx interface {
	query(ctx context.Context, q string, args ...any) (rows, error)
	queryRow(ctx context.Context, q string, args ...any) scanner
	exec(ctx context.Context, q string, args ...any) error
}

// storyIDOf is the story id of the article row aliased a: the id of the
// story's original, which a.story holds as its rid, or NULL when a is its
// own story (schema 14 on SQLite, 11 on PostgreSQL: the id as text took
// 17 bytes of every row and an index of them all).
const storyIDOf = `coalesce((SELECT o.id FROM articles o WHERE o.rid = a.story), a.id)`

// isNoRows reports whether err says a single-row query found nothing.
func isNoRows(err error) bool {
	return errors.Is(err, sql.ErrNoRows) || errors.Is(err, pgx.ErrNoRows)
}

// sqlRows adapts *sql.Rows (whose Close returns an error nobody reads).
type sqlRows struct{ *sql.Rows }

func (r sqlRows) Close() { r.Rows.Close() }

// sqlDB runs queries on a database/sql pool (SQLite).
type sqlDB struct{ db *sql.DB }

func (d sqlDB) query(ctx context.Context, q string, args ...any) (rows, error) {
	r, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{r}, nil
}

func (d sqlDB) queryRow(ctx context.Context, q string, args ...any) scanner {
	return d.db.QueryRowContext(ctx, q, args...)
}

func (d sqlDB) exec(ctx context.Context, q string, args ...any) error {
	_, err := d.db.ExecContext(ctx, q, args...)
	return err
}

// sqlTx runs queries in a database/sql transaction with statements
// prepared once per transaction (a batch repeats the same few).
type sqlTx struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

func (t *sqlTx) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := t.stmts[q]; ok {
		return st, nil
	}
	if t.stmts == nil {
		t.stmts = map[string]*sql.Stmt{}
	}
	st, err := t.tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	t.stmts[q] = st
	return st, nil
}

func (t *sqlTx) query(ctx context.Context, q string, args ...any) (rows, error) {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	r, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{r}, nil
}

func (t *sqlTx) queryRow(ctx context.Context, q string, args ...any) scanner {
	st, err := t.stmt(ctx, q)
	if err != nil {
		// A failed prepare surfaces through Scan of a query that cannot run.
		return t.tx.QueryRowContext(ctx, q, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

func (t *sqlTx) exec(ctx context.Context, q string, args ...any) error {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(ctx, args...)
	return err
}

// close releases the prepared statements.
func (t *sqlTx) close() {
	for _, st := range t.stmts {
		st.Close()
	}
}

// pgDB runs queries on a pgx pool or transaction (PostgreSQL).
type pgDB struct{ q pgxQuerier }

// pgxQuerier is implemented by *pgxpool.Pool and pgx.Tx.
type pgxQuerier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

var (
	_ pgxQuerier = (*pgxpool.Pool)(nil)
	_ pgxQuerier = pgx.Tx(nil)
)

func (d pgDB) query(ctx context.Context, q string, args ...any) (rows, error) {
	return d.q.Query(ctx, rebind(q), args...)
}

func (d pgDB) queryRow(ctx context.Context, q string, args ...any) scanner {
	return d.q.QueryRow(ctx, rebind(q), args...)
}

func (d pgDB) exec(ctx context.Context, q string, args ...any) error {
	r, err := d.q.Query(ctx, rebind(q), args...)
	if err != nil {
		return err
	}
	r.Close()
	return r.Err()
}

// rebound caches the PostgreSQL form of each query text.
var rebound sync.Map

// rebind rewrites ? and ?N placeholders to PostgreSQL's $N, outside quoted
// strings and identifiers.
func rebind(q string) string {
	if v, ok := rebound.Load(q); ok {
		return v.(string)
	}
	var b strings.Builder
	n := 0
	var quote byte
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
			b.WriteByte(c)
		case c == '\'' || c == '"':
			quote = c
			b.WriteByte(c)
		case c == '?':
			j := i + 1
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				j++
			}
			b.WriteByte('$')
			if j > i+1 {
				b.WriteString(q[i+1 : j])
			} else {
				n++
				b.WriteString(strconv.Itoa(n))
			}
			i = j - 1
		default:
			b.WriteByte(c)
		}
	}
	out := b.String()
	rebound.Store(q, out)
	return out
}
