package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// Column weights for BM25: a match in the headline counts three times one
// in the text. Articles matched only through bigrams (the fallback) score 0
// and so rank after every morpheme match: 국회 ranks 국회의원 above 전국회의.
const bm25Weights = "3.0, 1.0"

// bm25HeadWeight is the headline's weight of bm25Weights, for the backends
// that compute BM25 themselves.
const bm25HeadWeight = 3.0

// validDate accepts a real day, month or year: 2025-04-01, 2025-04, 2025.
func validDate(d string) bool {
	layout := map[int]string{4: "2006", 7: "2006-01", 10: time.DateOnly}[len(d)]
	if layout == "" {
		return false
	}
	_, err := time.Parse(layout, d)
	return err == nil
}

// dateRange validates filter dates and makes the upper bound inclusive of
// the whole period it names ("2025-04" covers every April day).
func dateRange(from, to string) (f, t sql.NullString, err error) {
	for _, d := range []struct{ name, v string }{{"from", from}, {"to", to}} {
		if d.v != "" && !validDate(d.v) {
			return f, t, &QueryError{Query: d.v, Pos: -1, Msg: fmt.Sprintf("%s date %q: want YYYY-MM-DD, YYYY-MM or YYYY", d.name, d.v)}
		}
	}
	if from != "" {
		f = sql.NullString{String: from, Valid: true}
	}
	switch len(to) {
	case 4:
		t = sql.NullString{String: to + "-12-31", Valid: true}
	case 7:
		t = sql.NullString{String: to + "-31", Valid: true}
	case 10:
		t = sql.NullString{String: to, Valid: true}
	}
	if f.Valid && t.Valid && f.String > t.String {
		return f, t, &QueryError{Query: from + ".." + to, Pos: -1, Msg: fmt.Sprintf("from %s is after to %s", from, to)}
	}
	return f, t, nil
}

func phrase(toks []string) string {
	return `"` + strings.ReplaceAll(strings.Join(toks, " "), `"`, `""`) + `"`
}

// parsedQuery is a search text analysed.
type parsedQuery struct {
	terms []*textsearch.Term // the positive terms, which rank and highlight
	node  textsearch.Node
}

// parseText analyses a search text; errors are *QueryError.
func (s *core) parseText(text string) (*parsedQuery, error) {
	ana, err := s.analyzer()
	if err != nil {
		return nil, err
	}
	n, err := textsearch.Parse(ana, text)
	if err != nil {
		var se *textsearch.SyntaxError
		if errors.As(err, &se) {
			return nil, &QueryError{Query: text, Pos: se.Pos, Msg: se.Msg}
		}
		return nil, err
	}
	return &parsedQuery{terms: textsearch.PositiveTerms(n), node: n}, nil
}

// searchErr hides the database's wording behind a clear message; the query
// was parsed by us, so an index error here is a bug of ours, not the user's.
func (s *core) searchErr(text string, err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("store: search %q: %w", text, err)
	}
	return fmt.Errorf("store: search %q failed: %w", text, classify(err))
}

// sortedCounts orders facet values by count (then value), or by value.
func sortedCounts(m map[string]int, byCount bool) []FacetCount {
	out := make([]FacetCount, 0, len(m))
	for v, n := range m {
		out = append(out, FacetCount{Value: v, Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if byCount && out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value < out[j].Value
	})
	return out
}

func (s *core) Trends(ctx context.Context, q TrendsQuery) (*Trends, error) {
	by := q.By
	if by == "" {
		by = ByMonth
	}
	if by != ByDay && by != ByWeek && by != ByMonth {
		return nil, &QueryError{Query: by, Pos: -1, Msg: fmt.Sprintf("trends by %q: want day, week or month", by)}
	}
	if len(q.Terms) == 0 || len(q.Terms) > 20 {
		return nil, &QueryError{Pos: -1, Msg: "trends need 1 to 20 terms"}
	}
	from, to, err := dateRange(q.From, q.To)
	if err != nil {
		return nil, err
	}
	counts, all, err := s.trendCounts(ctx, q.Terms, by, dayNum([]byte(from.String)), dayNum([]byte(to.String)))
	if err != nil {
		return nil, err
	}
	t := &Trends{By: by, Buckets: []string{}}
	if len(all) > 0 {
		var lo, hi string
		for b := range all {
			if lo == "" || b < lo {
				lo = b
			}
			if b > hi {
				hi = b
			}
		}
		t.Buckets = buckets(lo, hi, by)
	}
	for i, term := range q.Terms {
		ser := TrendSeries{Term: term, Counts: make([]int, len(t.Buckets))}
		for j, b := range t.Buckets {
			ser.Counts[j] = counts[i][b]
			ser.Total += counts[i][b]
		}
		t.Series = append(t.Series, ser)
	}
	return t, nil
}

// exhaustiveCap lets a lookup read every matching row.
const exhaustiveCap = 1 << 30

// trendCounts counts each term's matching articles per period, with the
// search evaluator over the whole corpus (every candidate checked: trends
// are exact),
// dated from fromN to toN (YYYYMMDD numbers, 0 for open ends).
func (s *core) trendCounts(ctx context.Context, terms []string, by string, fromN, toN int32) ([]map[string]int, map[string]bool, error) {
	snap, err := s.snapshot(ctx)
	if err != nil {
		return nil, nil, err
	}
	counts := make([]map[string]int, len(terms))
	all := map[string]bool{}
	for i, term := range terms {
		pq, err := s.parseText(term)
		if err != nil {
			return nil, nil, err
		}
		e := s.newExec(ctx, snap, true)
		if fromN != 0 || toN != 0 {
			e.narrowDays(fromN, toN)
		}
		set, err := e.exact(pq.node)
		if err != nil {
			return nil, nil, s.searchErr(term, err)
		}
		counts[i] = map[string]int{}
		set.each(1, func(rid int64) {
			day := snap.day[rid]
			if day == 0 || (fromN != 0 && day < fromN) || (toN != 0 && day > toN) {
				return
			}
			if b, ok := bucket(dayString(day), by); ok {
				counts[i][b]++
				all[b] = true
			}
		})
	}
	return counts, all, nil
}

// dayString is the inverse of dayNum for a whole day.
func dayString(n int32) string {
	return fmt.Sprintf("%04d-%02d-%02d", n/10000, n/100%100, n%100)
}

// bucket maps a day to its period.
func bucket(day, by string) (string, bool) {
	d, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return "", false
	}
	switch by {
	case ByMonth:
		return day[:7], true
	case ByWeek:
		wd := (int(d.Weekday()) + 6) % 7 // Monday = 0
		return d.AddDate(0, 0, -wd).Format(time.DateOnly), true
	}
	return day, true
}

// buckets lists every period from lo to hi inclusive, so charts show gaps;
// it stops after 5,000 periods (about 14 years of days).
func buckets(lo, hi, by string) []string {
	var out []string
	layout := time.DateOnly
	if by == ByMonth {
		layout = "2006-01"
	}
	t, err1 := time.Parse(layout, lo)
	end, err2 := time.Parse(layout, hi)
	if err1 != nil || err2 != nil {
		return []string{lo, hi}
	}
	for !t.After(end) && len(out) < 5000 {
		out = append(out, t.Format(layout))
		switch by {
		case ByDay:
			t = t.AddDate(0, 0, 1)
		case ByWeek:
			t = t.AddDate(0, 0, 7)
		default:
			t = t.AddDate(0, 1, 0)
		}
	}
	return out
}

// parseID reads a decimal entity id.
func parseID(ref string) (int64, bool) {
	id, err := strconv.ParseInt(ref, 10, 64)
	return id, err == nil && id > 0
}
