package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
)

// The months of a co-mention pair (migration 15 on SQLite, 12 on
// PostgreSQL) are one blob in the pair's a < b row of pairs: for each
// month the pair was counted in, ascending, the month number's distance
// from the previous one (from 0 for the first) and the count, as unsigned
// varints. 2.9 months a pair at 30,000 remixed articles take about 7 bytes
// where a row of pair_months each took about 14 with its key.

// monthCount is a pair's count in one month (see monthNumber).
type monthCount struct{ month, n int64 }

// errMonths reports a months blob that does not decode.
var errMonths = errors.New("store: damaged months of a pair")

// decodeMonths reads a months blob.
func decodeMonths(b []byte) ([]monthCount, error) {
	var out []monthCount
	month := int64(0)
	for len(b) > 0 {
		d, k := binary.Uvarint(b)
		if k <= 0 {
			return nil, errMonths
		}
		n, j := binary.Uvarint(b[k:])
		if j <= 0 {
			return nil, errMonths
		}
		month += int64(d)
		out = append(out, monthCount{month, int64(n)})
		b = b[k+j:]
	}
	return out, nil
}

// encodeMonths writes ms, ascending by month, as a months blob.
func encodeMonths(ms []monthCount) []byte {
	out := make([]byte, 0, 4*len(ms))
	prev := int64(0)
	for _, m := range ms {
		out = binary.AppendUvarint(out, uint64(m.month-prev))
		out = binary.AppendUvarint(out, uint64(m.n))
		prev = m.month
	}
	return out
}

// addMonth is the months blob b with one more count in month.
func addMonth(b []byte, month int64) ([]byte, error) {
	ms, err := decodeMonths(b)
	if err != nil {
		return nil, err
	}
	i := 0
	for i < len(ms) && ms[i].month < month {
		i++
	}
	if i < len(ms) && ms[i].month == month {
		ms[i].n++
	} else {
		ms = append(ms[:i], append([]monthCount{{month, 1}}, ms[i:]...)...)
	}
	return encodeMonths(ms), nil
}

// monthRange is a period as month numbers, both ends inclusive; all is an
// open period, undated articles (month 0) included.
type monthRange struct {
	from, to int64
	all      bool
}

// months is the period as month numbers.
func (p period) months() monthRange {
	r := monthRange{from: 1, to: 1<<62 - 1, all: p.open()}
	if p.from != "" {
		r.from = monthNumber(p.from)
	}
	if p.to != "" {
		r.to = monthNumber(p.to)
	}
	return r
}

// sum is the count of the months blob b in the range.
func (r monthRange) sum(b []byte) (int64, error) {
	ms, err := decodeMonths(b)
	if err != nil {
		return 0, err
	}
	var n int64
	for _, m := range ms {
		if r.all || m.month >= r.from && m.month <= r.to {
			n += m.n
		}
	}
	return n, nil
}

// pairRow is a row of pairs; months is nil in the b < a direction.
type pairRow struct {
	a, b, n int64
	months  []byte
}

// insertPairs writes rows to pairs, chunk rows a statement, ending each
// statement with conflict (an ON CONFLICT clause, or "").
func insertPairs(exec func(q string, args ...any) error, rows []pairRow, conflict string) error {
	const chunk = 64
	for len(rows) > 0 {
		k := min(chunk, len(rows))
		var q strings.Builder
		q.WriteString(`INSERT INTO pairs(a, b, n, months) VALUES `)
		args := make([]any, 0, 4*k)
		for i, r := range rows[:k] {
			if i > 0 {
				q.WriteString(", ")
			}
			fmt.Fprintf(&q, "(?%d, ?%d, ?%d, ?%d)", 4*i+1, 4*i+2, 4*i+3, 4*i+4)
			args = append(args, r.a, r.b, r.n, r.months)
		}
		if err := exec(q.String()+" "+conflict, args...); err != nil {
			return err
		}
		rows = rows[k:]
	}
	return nil
}

// convertPairRange moves the pairs of the entities lo < a <= hi from
// pair_totals and pair_months to pairs (migration 15 on SQLite, 12 on
// PostgreSQL), an entity at a time (a common entity has thousands of
// neighbours). A batch of a migration on either backend.
func convertPairRange(ctx context.Context, tx dbtx, lo, hi int64) error {
	for a := lo + 1; a <= hi; a++ {
		if err := convertPairs(ctx, tx, a); err != nil {
			return fmt.Errorf("entity %d: %w", a, err)
		}
	}
	return nil
}

// convertPairs moves the pairs (a, b) of the entity a to pairs.
func convertPairs(ctx context.Context, tx dbtx, a int64) error {
	months := map[int64][]monthCount{}
	rows, err := tx.query(ctx, `SELECT b, month, n FROM pair_months WHERE a = ? ORDER BY b, month`, a)
	if err != nil {
		return err
	}
	for rows.Next() {
		var b int64
		var m monthCount
		if err := rows.Scan(&b, &m.month, &m.n); err != nil {
			rows.Close()
			return err
		}
		months[b] = append(months[b], m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var ps []pairRow
	rows, err = tx.query(ctx, `SELECT b, n FROM pair_totals WHERE a = ? ORDER BY b`, a)
	if err != nil {
		return err
	}
	for rows.Next() {
		p := pairRow{a: a}
		if err := rows.Scan(&p.b, &p.n); err != nil {
			rows.Close()
			return err
		}
		if a < p.b {
			p.months = encodeMonths(months[p.b])
		}
		ps = append(ps, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	return insertPairs(func(q string, args ...any) error { return tx.exec(ctx, q, args...) }, ps, "")
}
