package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sort"
	"strconv"
)

// Graph counts (migration 5 on SQLite, 3 on PostgreSQL; made smaller by
// migrations 10 and 15, 7 and 12) are kept as each article is stored, so a
// graph or a profile's "mentioned with" list reads a few index ranges
// whose size depends on the graph asked for, never on the size of the
// corpus.
//
// pairs holds each co-mention pair in both directions (a, b) and (b, a)
// with its total, so an entity's neighbours are one primary-key range; the
// pair's months are a blob in its a < b row (pairmonths.go). An entity's
// neighbours in a period are its range's months for its larger neighbours
// and, for each smaller one, the months of the (neighbour, entity) row;
// the period's counts are summed in Go.

// maxPairEntities bounds the co-mention pairs one article adds: pairs among
// its most-mentioned entities only (the same bound as the migration's
// backfill).
const maxPairEntities = 24

// countGraph adds the article rid's entities, co-mention pairs and
// event-actor pairs to the graph counts under its publication month.
func (w *writer) countGraph(rid int64, published sql.NullString) error {
	month := monthOf(published)
	if err := w.exec(`INSERT INTO entity_months(eid, month, n)
		SELECT eid, ?2, 1 FROM mentions WHERE rid = ?1
		ON CONFLICT (eid, month) DO UPDATE SET n = entity_months.n + 1`, rid, monthNumber(month)); err != nil {
		return fmt.Errorf("counting entities: %w", err)
	}
	if err := w.countPairs(rid, monthNumber(month)); err != nil {
		return fmt.Errorf("counting co-mentions: %w", err)
	}
	if err := w.exec(`INSERT INTO event_pairs(a, b, month, type, certainty, n)
		SELECT x.eid, y.eid, ?2, ev.type, ev.certainty, count(DISTINCT ev.evid) FROM events ev
		JOIN event_actors x ON x.evid = ev.evid JOIN event_actors y ON y.evid = ev.evid AND y.eid <> x.eid
		WHERE ev.rid = ?1 AND x.eid IS NOT NULL AND y.eid IS NOT NULL
		GROUP BY x.eid, y.eid, ev.type, ev.certainty
		ON CONFLICT (a, b, month, type, certainty) DO UPDATE SET n = event_pairs.n + excluded.n`, rid, month); err != nil {
		return fmt.Errorf("counting event actors: %w", err)
	}
	return nil
}

// countPairs adds the co-mention pairs among the article rid's
// maxPairEntities most-mentioned entities to pairs: one to the total of
// each pair in both directions, and one to the month's count in the
// months blob of its a < b row.
func (w *writer) countPairs(rid, month int64) error {
	top := `(SELECT eid FROM mentions WHERE rid = ?1 ORDER BY n DESC, eid LIMIT ?2)`
	if err := w.exec(`INSERT INTO pairs(a, b, n) SELECT x.eid, y.eid, 1 FROM `+top+` x JOIN `+top+` y ON y.eid < x.eid WHERE true
		ON CONFLICT (a, b) DO UPDATE SET n = pairs.n + 1`, rid, maxPairEntities); err != nil {
		return err
	}
	rows, err := w.query(`SELECT x.eid, y.eid, coalesce(p.n, 0), p.months FROM `+top+` x JOIN `+top+` y ON y.eid > x.eid
		LEFT JOIN pairs p ON p.a = x.eid AND p.b = y.eid ORDER BY 1, 2`, rid, maxPairEntities)
	if err != nil {
		return err
	}
	var ps []pairRow
	for rows.Next() {
		var p pairRow
		if err := rows.Scan(&p.a, &p.b, &p.n, &p.months); err != nil {
			rows.Close()
			return err
		}
		if p.months, err = addMonth(p.months, month); err != nil {
			rows.Close()
			return fmt.Errorf("pair %d, %d: %w", p.a, p.b, err)
		}
		p.n++
		ps = append(ps, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	return insertPairs(w.exec, ps, `ON CONFLICT (a, b) DO UPDATE SET n = excluded.n, months = excluded.months`)
}

// monthOf is the graph-count month of a publication date: YYYY-MM, or ”
// when the date is unknown.
func monthOf(published sql.NullString) string {
	if !published.Valid || len(published.String) < 7 {
		return ""
	}
	return published.String[:7]
}

// monthNumber is the number pair_months and entity_months store for a
// graph-count month: year×12 + month − 1 (two bytes in SQLite where
// "YYYY-MM" takes seven), 0 when unknown.
func monthNumber(month string) int64 {
	if len(month) != 7 {
		return 0
	}
	y, err1 := strconv.Atoi(month[:4])
	m, err2 := strconv.Atoi(month[5:])
	if err1 != nil || err2 != nil {
		return 0
	}
	return int64(y*12 + m - 1)
}

// period is a graph query's months, both ends inclusive; an empty end is
// open. A day in a bound counts its whole month.
type period struct{ from, to string }

// graphPeriod checks and turns a query's since/until dates into months.
func graphPeriod(since, until string) (period, error) {
	f, t, err := dateRange(since, until)
	if err != nil {
		return period{}, err
	}
	var p period
	if f.Valid {
		p.from = f.String
		if len(p.from) == 4 {
			p.from += "-01"
		}
		p.from = p.from[:7]
	}
	if t.Valid {
		p.to = t.String[:7]
	}
	return p, nil
}

// open reports whether the period is all time (undated articles included).
func (p period) open() bool { return p.from == "" && p.to == "" }

// where is the SQL condition on a month column for the period, with the
// bounds bound as ?N and ?N+1; a bounded period leaves out undated articles.
func (p period) where(col string, n int) string {
	w := fmt.Sprintf("(CAST(?%d AS TEXT) IS NULL OR %s >= ?%d) AND (CAST(?%d AS TEXT) IS NULL OR %s <= ?%d)",
		n, col, n, n+1, col, n+1)
	if !p.open() {
		w += " AND " + col + " <> ''"
	}
	return w
}

// args are the bounds for where, NULL when open.
func (p period) args() []any {
	b := func(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }
	return []any{b(p.from), b(p.to)}
}

// whereNum is where on a column of month numbers, bound by numArgs.
func (p period) whereNum(col string, n int) string {
	w := fmt.Sprintf("(CAST(?%d AS INTEGER) IS NULL OR %s >= ?%d) AND (CAST(?%d AS INTEGER) IS NULL OR %s <= ?%d)",
		n, col, n, n+1, col, n+1)
	if !p.open() {
		w += " AND " + col + " <> 0"
	}
	return w
}

// numArgs are the bounds for whereNum, NULL when open.
func (p period) numArgs() []any {
	b := func(s string) sql.NullInt64 { return sql.NullInt64{Int64: monthNumber(s), Valid: s != ""} }
	return []any{b(p.from), b(p.to)}
}

// coMentionCounts lists the entities most often co-mentioned with eid in
// the period, most first.
func (s *core) coMentionCounts(ctx context.Context, eid int64, p period, lim int) ([]EntityCount, error) {
	if !p.open() {
		return s.coMentionCountsIn(ctx, eid, p, lim)
	}
	rows, err := s.db.query(ctx, `WITH co(eid, c) AS (SELECT b AS eid, n AS c FROM pairs WHERE a = ?1 ORDER BY n DESC, b LIMIT ?2)
		SELECT `+entityCols+`, co.c FROM co JOIN entities e ON e.eid = co.eid ORDER BY co.c DESC, e.articles DESC, e.eid`, eid, lim)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []EntityCount{}
	for rows.Next() {
		var ec EntityCount
		if err := scanEntity(rows, &ec.Entity, &ec.Count); err != nil {
			return nil, err
		}
		out = append(out, ec)
	}
	return out, rows.Err()
}

// coMentionCountsIn is coMentionCounts in a bounded period: the months of
// eid's pairs with larger entities are its own range's, those with smaller
// ones are each found through the pair's b < a row, and the counts are
// summed here.
func (s *core) coMentionCountsIn(ctx context.Context, eid int64, p period, lim int) ([]EntityCount, error) {
	rows, err := s.db.query(ctx, `SELECT b, months FROM pairs WHERE a = ?1 AND b > ?1
		UNION ALL
		SELECT m.a, m.months FROM pairs t JOIN pairs m ON m.a = t.b AND m.b = t.a WHERE t.a = ?1 AND t.b < ?1`, eid)
	if err != nil {
		return nil, err
	}
	r := p.months()
	var co []EntityCount
	for rows.Next() {
		var ec EntityCount
		var months []byte
		if err := rows.Scan(&ec.ID, &months); err != nil {
			rows.Close()
			return nil, err
		}
		n, err := r.sum(months)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("pair %d, %d: %w", eid, ec.ID, err)
		}
		if n > 0 {
			ec.Count = int(n)
			co = append(co, ec)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Slice(co, func(i, j int) bool {
		return co[i].Count > co[j].Count || co[i].Count == co[j].Count && co[i].ID < co[j].ID
	})
	return s.withEntities(ctx, co[:min(lim, len(co))])
}

// withEntities fills in the entities of co (counts by entity id) and sorts
// them most counted first, then by articles, then by id.
func (s *core) withEntities(ctx context.Context, co []EntityCount) ([]EntityCount, error) {
	ids := make([]int64, len(co))
	count := map[int64]int{}
	for i, ec := range co {
		ids[i], count[ec.ID] = ec.ID, ec.Count
	}
	ents, err := s.entities(ctx, `SELECT `+entityCols+` FROM entities e WHERE `+s.inList("e.eid", 1), s.list(ids))
	if err != nil {
		return nil, err
	}
	out := make([]EntityCount, 0, len(ents))
	for _, e := range ents {
		out = append(out, EntityCount{Entity: e, Count: count[e.ID]})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if a.Articles != b.Articles {
			return a.Articles > b.Articles
		}
		return a.ID < b.ID
	})
	return out, nil
}

// topEntities lists the most-mentioned entities of the period.
func (s *core) topEntities(ctx context.Context, p period, lim int) ([]int64, error) {
	if p.open() {
		return s.ids(ctx, `SELECT eid FROM entities WHERE articles > 0 ORDER BY articles DESC, eid LIMIT ?1`, lim)
	}
	return s.ids(ctx, `SELECT eid FROM entity_months WHERE `+p.whereNum("month", 2)+`
		GROUP BY eid ORDER BY sum(n) DESC, eid LIMIT ?1`, append([]any{lim}, p.numArgs()...)...)
}

// ids runs a query of one id column.
func (s *core) ids(ctx context.Context, q string, args ...any) ([]int64, error) {
	rows, err := s.db.query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// graphNodes loads the entities of set with their article counts in the
// period.
func (s *core) graphNodes(ctx context.Context, set any, p period) ([]Node, error) {
	rows, err := s.db.query(ctx, `SELECT e.eid, e.name, e.type, sum(em.n) FROM entity_months em JOIN entities e ON e.eid = em.eid
		WHERE `+s.inList("em.eid", 1)+` AND `+p.whereNum("em.month", 2)+`
		GROUP BY e.eid, e.name, e.type ORDER BY sum(em.n) DESC, e.eid`, append([]any{set}, p.numArgs()...)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Node{}
	for rows.Next() {
		var n Node
		if err := rows.Scan(&n.ID, &n.Label, &n.Type, &n.Weight); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// coMentionEdges are the co-mention links among the entities of set; in
// a bounded period their months are summed here.
func (s *core) coMentionEdges(ctx context.Context, set any, p period) ([]Edge, error) {
	col := "n"
	if !p.open() {
		col = "months"
	}
	rows, err := s.db.query(ctx, `SELECT a, b, `+col+` FROM pairs WHERE `+s.inList("a", 1)+` AND `+s.inList("b", 1)+` AND a < b ORDER BY a, b`, set)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	r := p.months()
	var out []Edge
	for rows.Next() {
		ed := Edge{Kind: EdgeCoMention}
		var months []byte
		dest := any(&ed.Weight)
		if !p.open() {
			dest = &months
		}
		if err := rows.Scan(&ed.Source, &ed.Target, dest); err != nil {
			return nil, err
		}
		if !p.open() {
			n, err := r.sum(months)
			if err != nil {
				return nil, fmt.Errorf("pair %d, %d: %w", ed.Source, ed.Target, err)
			}
			if n == 0 {
				continue
			}
			ed.Weight = int(n)
		}
		out = append(out, ed)
	}
	return out, rows.Err()
}

// eventPairEdges are the event links among the entities of set: events with
// two of them as actors, of the given certainty levels (all when empty),
// each edge with its types and its count per certainty.
func (s *core) eventPairEdges(ctx context.Context, set any, p period, levels []string) ([]Edge, error) {
	q := `SELECT a, b, type, certainty, sum(n) FROM event_pairs WHERE ` + s.inList("a", 1) + ` AND ` + s.inList("b", 1) + `
		AND a < b AND ` + p.where("month", 2)
	args := append([]any{set}, p.args()...)
	if len(levels) > 0 {
		q += ` AND ` + s.inList("certainty", 4)
		args = append(args, s.list(levels))
	}
	rows, err := s.db.query(ctx, q+` GROUP BY a, b, type, certainty ORDER BY a, b`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Edge
	for rows.Next() {
		var a, b int64
		var typ, cert string
		var n int
		if err := rows.Scan(&a, &b, &typ, &cert, &n); err != nil {
			return nil, err
		}
		if k := len(out); k == 0 || out[k-1].Source != a || out[k-1].Target != b {
			out = append(out, Edge{Source: a, Target: b, Kind: EdgeEvent, Certainties: map[string]int{}})
		}
		ed := &out[len(out)-1]
		ed.Weight += n
		ed.Certainties[cert] += n
		if !slices.Contains(ed.EventTypes, typ) {
			ed.EventTypes = append(ed.EventTypes, typ)
		}
	}
	for i := range out {
		sort.Strings(out[i].EventTypes)
	}
	return out, rows.Err()
}
