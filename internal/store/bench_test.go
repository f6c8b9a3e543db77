package store_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/store/storetest"
	"github.com/sosik-news/sosik/internal/store/textsearch"
)

func BenchmarkPut(b *testing.B) {
	st, _ := openSQLite(b)
	ctx := context.Background()
	if _, err := st.Put(ctx, []*extract.Document{storetest.SyntheticDoc(-1)}); err != nil { // load the analyser
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		batch := make([]*extract.Document, 100)
		for i := range batch {
			batch[i] = storetest.SyntheticDoc(n)
			n++
		}
		if _, err := st.Put(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkSearch runs a fixed mix of queries (term, phrase, entity filter,
// date range) over a synthetic corpus of SOSIK_BENCH_ARTICLES articles
// (default 2000; building it is not timed). SOSIK_BENCH_DB reuses (or
// creates once) a corpus file so large corpora are built only once.
func BenchmarkSearch(b *testing.B) {
	n := 2000
	if v, err := strconv.Atoi(os.Getenv("SOSIK_BENCH_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	ctx := context.Background()
	st := benchStore(b, "SOSIK_BENCH_DB")
	if s, err := st.Stats(ctx); err != nil {
		b.Fatal(err)
	} else if s.Articles < n {
		memoMorphemes(b, st)
	}
	fillBench(b, st, n, storetest.SyntheticDoc)
	queries := []store.SearchQuery{
		{Text: "반도체"},
		{Text: "투자 계획"},
		{Text: `"인공지능 인재"`},
		{Text: "전기차 -배터리"},
		{Text: "수출", Entity: "한빛전자"},
		{Text: "규제 완화", From: "2023-01", To: "2023-06"},
		{Text: "국회 OR 국토교통부", Agency: "뉴시스"},
		{Text: "법"},
	}
	b.ReportAllocs()
	b.ResetTimer()
	// The first search loads the in-memory columns (once per process, like
	// the analyser); a server pays it at its first query, not at each.
	if _, err := st.Search(ctx, queries[0]); err != nil {
		b.Fatal(err)
	}
	lat := make([]time.Duration, 0, 1024)
	perQuery := make([][]time.Duration, len(queries))
	i := 0
	b.ResetTimer()
	for b.Loop() {
		t0 := time.Now()
		if _, err := st.Search(ctx, queries[i%len(queries)]); err != nil {
			b.Fatal(err)
		}
		d := time.Since(t0)
		lat = append(lat, d)
		perQuery[i%len(queries)] = append(perQuery[i%len(queries)], d)
		i++
	}
	b.StopTimer()
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	for k, l := range perQuery {
		if len(l) > 0 {
			slices.Sort(l)
			b.Logf("%-45s p50 %6.1f ms  max %6.1f ms", fmt.Sprintf("%+v", queries[k]), ms(l[len(l)/2]), ms(l[len(l)-1]))
		}
	}
	slices.Sort(lat)
	b.ReportMetric(ms(lat[len(lat)*50/100]), "p50-ms")
	b.ReportMetric(ms(lat[len(lat)*95/100]), "p95-ms")
	b.ReportMetric(ms(lat[len(lat)*99/100]), "p99-ms")
}

// memoMorphemes makes st analyse texts sentence by sentence with a cache:
// synthetic articles recombine a few thousand distinct sentences, so a big
// corpus is built in minutes instead of hours. Analysing a sentence alone
// gives the same morphemes as within its text except, rarely, at its edges.
func memoMorphemes(b *testing.B, st store.Store) {
	ana, err := store.Analyzer(st)
	if err != nil {
		b.Fatal(err)
	}
	var cache sync.Map
	store.SetMorph(st, func(text string) []string {
		var out []string
		for _, line := range strings.Split(text, "\n") {
			for _, sent := range strings.SplitAfter(line, ". ") {
				if v, ok := cache.Load(sent); ok {
					out = append(out, v.([]string)...)
					continue
				}
				m := textsearch.Morphemes(ana, sent)
				cache.Store(sent, m)
				out = append(out, m...)
			}
		}
		return out
	})
}

// BenchmarkGraph asks for relation graphs (the most-mentioned entities, a
// hub's neighbourhood, a one-year period, a 500-node graph) over a corpus of
// SOSIK_BENCH_GRAPH_ARTICLES articles (default 5000) with 12–20 entities
// each, drawn Zipf-like from 30,000 names, and two events. Building the
// corpus is not timed; SOSIK_BENCH_GRAPH_DB keeps it in a file for reuse.
func BenchmarkGraph(b *testing.B) {
	n := 5000
	if v, err := strconv.Atoi(os.Getenv("SOSIK_BENCH_GRAPH_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	ctx := context.Background()
	st := benchStore(b, "SOSIK_BENCH_GRAPH_DB")
	// Graphs do not read the text index: words split on spaces suffice.
	store.SetMorph(st, strings.Fields)
	fillBench(b, st, n, storetest.GraphBenchDoc)
	queries := []struct {
		name string
		q    store.GraphQuery
	}{
		{"top50", store.GraphQuery{}},
		{"hub", store.GraphQuery{Entity: storetest.GraphBenchName(0)}},
		{"rank500", store.GraphQuery{Entity: storetest.GraphBenchName(500)}},
		{"year", store.GraphQuery{Since: "2023-01", Until: "2023-12"}},
		{"asserted", store.GraphQuery{Entity: storetest.GraphBenchName(1), Certainty: []string{"asserted"}}},
		{"nodes500", store.GraphQuery{Limit: 500}},
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			lat := make([]time.Duration, 0, 256)
			cpu0 := processCPU()
			for b.Loop() {
				t0 := time.Now()
				g, err := st.Graph(ctx, q.q)
				if err != nil || len(g.Nodes) == 0 {
					b.Fatalf("graph %+v: %v (%d nodes)", q.q, err, len(g.Nodes))
				}
				lat = append(lat, time.Since(t0))
			}
			cpu := processCPU() - cpu0
			slices.Sort(lat)
			ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
			b.ReportMetric(ms(lat[len(lat)*50/100]), "p50-ms")
			b.ReportMetric(ms(lat[len(lat)*95/100]), "p95-ms")
			// CPU per query says what a query costs on a loaded machine,
			// where wall time mostly measures waiting for a core.
			b.ReportMetric(ms(cpu)/float64(len(lat)), "cpu-ms/op")
		})
	}
}

// processCPU is the CPU time (user and system) the process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchStore opens the store a benchmark fills: the database named by the
// environment variable env (kept, and grown on later runs), else a
// temporary one.
func benchStore(b *testing.B, env string) store.Store {
	path := os.Getenv(env)
	if path == "" {
		st, _ := openSQLite(b)
		return st
	}
	st, err := store.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

// fillBench stores doc(i) for every i from the store's article count up to
// n, in batches of 500 (building the corpus is not timed).
func fillBench(b *testing.B, st store.Store, n int, doc func(int) *extract.Document) {
	ctx := context.Background()
	s, err := st.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for i := s.Articles; i < n; i += 500 {
		if i%20000 == 0 {
			b.Logf("building the corpus: %d of %d articles", i, n)
		}
		batch := make([]*extract.Document, 0, 500)
		for j := i; j < min(i+500, n); j++ {
			batch = append(batch, doc(j))
		}
		if _, err := st.Put(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
}
