package bench

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// Query kinds of the search mix.
const (
	KindTerm   = "term"   // one word
	KindAnd    = "and"    // two words
	KindPhrase = "phrase" // two adjacent words in quotes
	KindEntity = "entity" // a word, restricted to articles mentioning an entity
	KindDates  = "dates"  // a word within a two-month window
)

// Kinds is the mix, in the order queries are drawn round-robin.
var Kinds = []string{KindTerm, KindAnd, KindPhrase, KindEntity, KindDates}

// Query is one search of the mix.
type Query struct {
	Kind string            `json:"kind"`
	Q    store.SearchQuery `json:"query"`
}

// BuildQueries draws n queries, the kinds in turn, from words and entities
// of docs (documents read back from the store): every query matches at
// least the document it was drawn from.
func BuildQueries(ctx context.Context, st store.Store, docs []*extract.Document, n int, seed int64) ([]Query, error) {
	if len(docs) == 0 {
		return nil, fmt.Errorf("bench: no documents to draw queries from")
	}
	rng := rand.New(rand.NewPCG(uint64(seed), 0x5e4c))
	var out []Query
	for tries := 0; len(out) < n && tries < 50*n; tries++ {
		d := docs[rng.IntN(len(docs))]
		kind := Kinds[len(out)%len(Kinds)]
		q, ok := drawQuery(ctx, st, rng, d, kind)
		if ok {
			out = append(out, Query{Kind: kind, Q: q})
		}
	}
	if len(out) < n {
		return out, fmt.Errorf("bench: could draw only %d of %d queries from %d documents", len(out), n, len(docs))
	}
	return out, nil
}

func drawQuery(ctx context.Context, st store.Store, rng *rand.Rand, d *extract.Document, kind string) (store.SearchQuery, bool) {
	words := contentWords(d)
	if len(words) < 2 {
		return store.SearchQuery{}, false
	}
	w := words[rng.IntN(len(words))]
	q := store.SearchQuery{Limit: 10}
	switch kind {
	case KindTerm:
		q.Text = w.text
	case KindAnd:
		o := words[rng.IntN(len(words))]
		if o.text == w.text {
			return q, false
		}
		q.Text = w.text + " " + o.text
	case KindPhrase:
		i := rng.IntN(len(words) - 1)
		if words[i+1].index != words[i].index+1 {
			return q, false
		}
		q.Text = `"` + words[i].text + " " + words[i+1].text + `"`
	case KindEntity:
		ref, ok := entityRef(ctx, st, rng, d)
		if !ok {
			return q, false
		}
		q.Text, q.Entity = w.text, ref
	case KindDates:
		pub, err := time.Parse(time.DateOnly, d.Published)
		if err != nil {
			return q, false
		}
		q.Text = w.text
		q.From = pub.AddDate(0, -1, 0).Format("2006-01")
		q.To = pub.Format("2006-01")
	}
	return q, true
}

// entityRef picks a named entity of d and returns the store's ID for it
// (an ID, so that a name shared by several entities is no error).
func entityRef(ctx context.Context, st store.Store, rng *rand.Rand, d *extract.Document) (string, bool) {
	if len(d.Entities) == 0 {
		return "", false
	}
	e := d.Entities[rng.IntN(len(d.Entities))]
	found, err := st.FindEntities(ctx, e.Name, 5)
	if err != nil {
		return "", false
	}
	for _, f := range found {
		if f.Name == e.Name && f.Type == e.Type {
			return strconv.FormatInt(f.ID, 10), true
		}
	}
	return "", false
}

type word struct {
	text  string
	index int // position among the whitespace-separated words of the body
}

// contentWords are the body's whitespace-separated words made of at least
// two Hangul syllables, with trailing punctuation cut off; particles stay
// attached, as users type them.
func contentWords(d *extract.Document) []word {
	var out []word
	i := 0
	for _, p := range d.Body {
		for _, f := range strings.Fields(p) {
			t := strings.TrimFunc(f, func(r rune) bool { return !unicode.Is(unicode.Hangul, r) })
			if utf8.RuneCountInString(t) >= 2 && allHangul(t) {
				out = append(out, word{t, i})
			}
			i++
		}
		i++ // words of different paragraphs are never adjacent
	}
	return out
}

func allHangul(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return true
}

// Latency is the distribution of search times over a query mix.
type Latency struct {
	Queries int           `json:"queries"`
	P50     time.Duration `json:"p50_ns"`
	P95     time.Duration `json:"p95_ns"`
	P99     time.Duration `json:"p99_ns"`
	Max     time.Duration `json:"max_ns"`
	Mean    time.Duration `json:"mean_ns"`
	// ByKind is the p50 and p99 of each query kind.
	ByKind map[string][2]time.Duration `json:"by_kind_ns"`
	// Hits is the mean number of matching articles (SearchResult.Total).
	Hits float64 `json:"mean_total"`
	// Slowest is the query that took Max.
	Slowest Query `json:"slowest"`
	// CPU is the process CPU time of the timed searches (0 when not
	// measured), the figure least moved by other work on the machine.
	CPU time.Duration `json:"cpu_ns,omitempty"`
	// Tail lists the searches at or above the p95 time, slowest first,
	// each with its time and the process CPU it took; CPUTail those at or
	// above the p95 of the CPU taken (less moved by the load), costliest
	// first.
	Tail    []TimedQuery `json:"tail,omitempty"`
	CPUTail []TimedQuery `json:"cpu_tail,omitempty"`
}

// TimedQuery is one search of the mix with what it took.
type TimedQuery struct {
	Query
	Wall time.Duration `json:"wall_ns"`
	CPU  time.Duration `json:"cpu_ns"`
}

// MeasureSearch runs the queries one after another (after one untimed
// warm-up pass over the first few) and returns their latency distribution.
func MeasureSearch(ctx context.Context, st store.Store, qs []Query) (l Latency, err error) {
	if len(qs) == 0 {
		return l, fmt.Errorf("bench: no queries")
	}
	for _, q := range qs[:min(len(qs), len(Kinds))] {
		if _, err := st.Search(ctx, q.Q); err != nil {
			return l, fmt.Errorf("bench: search %+v: %w", q.Q, err)
		}
	}
	all := make([]time.Duration, 0, len(qs))
	timed := make([]TimedQuery, 0, len(qs))
	byKind := map[string][]time.Duration{}
	var total time.Duration
	var hits int
	c0 := cpuTime()
	defer func() { l.CPU = cpuTime() - c0 }()
	for _, q := range qs {
		t0, q0 := time.Now(), cpuTime()
		res, err := st.Search(ctx, q.Q)
		d := time.Since(t0)
		timed = append(timed, TimedQuery{Query: q, Wall: d, CPU: cpuTime() - q0})
		if err != nil {
			return l, fmt.Errorf("bench: search %+v: %w", q.Q, err)
		}
		hits += res.Total
		if d > l.Max {
			l.Max, l.Slowest = d, q
		}
		all = append(all, d)
		byKind[q.Kind] = append(byKind[q.Kind], d)
		total += d
	}
	s := sortedDurations(all)
	l.Queries = len(s)
	l.P50, l.P95, l.P99 = Percentile(s, 50), Percentile(s, 95), Percentile(s, 99)
	l.Mean = total / time.Duration(len(s))
	l.Hits = float64(hits) / float64(len(s))
	l.Tail = tailOf(timed, func(t TimedQuery) time.Duration { return t.Wall })
	l.CPUTail = tailOf(timed, func(t TimedQuery) time.Duration { return t.CPU })
	l.ByKind = map[string][2]time.Duration{}
	for k, v := range byKind {
		v = sortedDurations(v)
		l.ByKind[k] = [2]time.Duration{Percentile(v, 50), Percentile(v, 99)}
	}
	return l, nil
}

// tailOf lists the searches whose cost (wall or CPU time) is at least
// its 95th percentile, costliest first.
func tailOf(timed []TimedQuery, cost func(TimedQuery) time.Duration) []TimedQuery {
	costs := make([]time.Duration, len(timed))
	for i, t := range timed {
		costs[i] = cost(t)
	}
	p95 := Percentile(sortedDurations(costs), 95)
	var out []TimedQuery
	for _, t := range timed {
		if cost(t) >= p95 {
			out = append(out, t)
		}
	}
	slices.SortStableFunc(out, func(a, b TimedQuery) int { return cmp.Compare(cost(b), cost(a)) })
	return out
}

// Percentile is the nearest-rank p-th percentile of sorted durations.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(p/100*float64(len(sorted))+0.999999) - 1
	return sorted[max(0, min(rank, len(sorted)-1))]
}

// Exactness compares each search of the mix with the exhaustive evaluation
// of the same query: no plan, every candidate checked against its text.
type Exactness struct {
	Queries int `json:"queries"`
	// Misses are the searches whose page is not the exhaustive page (an
	// article missing, or the order differing): 0 wanted.
	Misses int `json:"misses"`
	// ExactTotals equal the exhaustive total; AtLeast are stated lower
	// bounds between the hits shown and the exhaustive total; WrongTotals
	// are neither: 0 wanted.
	ExactTotals int `json:"exact_totals"`
	AtLeast     int `json:"at_least_totals"`
	WrongTotals int `json:"wrong_totals"`
	// Missed lists the first few queries missed or with a wrong total.
	Missed []Query `json:"missed,omitempty"`
}

// CheckExactness runs every query twice, planned and exhaustive (untimed),
// and compares their pages and totals.
func CheckExactness(ctx context.Context, st store.Store, qs []Query) (Exactness, error) {
	x := Exactness{Queries: len(qs)}
	for _, q := range qs {
		got, err := st.Search(ctx, q.Q)
		if err != nil {
			return x, fmt.Errorf("bench: search %+v: %w", q.Q, err)
		}
		ex := q.Q
		ex.Exhaustive = true
		want, err := st.Search(ctx, ex)
		if err != nil {
			return x, fmt.Errorf("bench: exhaustive search %+v: %w", q.Q, err)
		}
		miss := !sameHits(got.Hits, want.Hits)
		shown := q.Q.Offset + len(got.Hits)
		switch {
		case !got.TotalAtLeast && got.Total == want.Total:
			x.ExactTotals++
		case got.TotalAtLeast && got.Total <= want.Total && got.Total >= shown:
			x.AtLeast++
		default:
			x.WrongTotals++
			miss = true
		}
		if miss && len(x.Missed) < 5 {
			x.Missed = append(x.Missed, q)
		}
		if !sameHits(got.Hits, want.Hits) {
			x.Misses++
		}
	}
	return x, nil
}

// sameHits tells whether two pages show the same articles in the same order.
func sameHits(a, b []store.Hit) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].ID != b[i].ID {
			return false
		}
	}
	return true
}
