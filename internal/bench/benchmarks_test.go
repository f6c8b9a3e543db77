package bench

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"sync"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/ingest"
	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/store"
)

// The benchmarks run over synthetic articles (ingest.Generator, fixed
// seed) so that they are the same on every machine and in CI; one op is
// one article unless the name says otherwise. Compare runs with benchstat:
//
//	go test -run '^$' -bench . -benchmem -count 6 ./internal/bench > new.txt

const benchArticles = 200

func benchItems(b *testing.B) ([]ingest.Item, []*article.Article, int64) {
	b.Helper()
	items, err := Generated(benchArticles, 42)
	if err != nil {
		b.Fatal(err)
	}
	arts, failed := ParseAll(items)
	if failed > 0 {
		b.Fatalf("%d generated articles failed to parse", failed)
	}
	var n int64
	for _, a := range arts {
		n += int64(len(a.Text))
	}
	return items, arts, n / int64(len(arts))
}

// BenchmarkParse is the anatomy parser as ingest calls it.
func BenchmarkParse(b *testing.B) {
	items, _, avg := benchItems(b)
	b.SetBytes(avg)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := items[i%len(items)].Article(); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkExtract is extraction of a parsed article.
func BenchmarkExtract(b *testing.B) {
	x := extractor(b)
	_, arts, avg := benchItems(b)
	b.SetBytes(avg)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		x.Extract(arts[i%len(arts)])
		i++
	}
}

// BenchmarkPipeline is parse plus extraction of one article, the CPU work
// an ingest worker does before the store.
func BenchmarkPipeline(b *testing.B) {
	x := extractor(b)
	items, _, avg := benchItems(b)
	b.SetBytes(avg)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a, err := items[i%len(items)].Article()
		if err != nil {
			b.Fatal(err)
		}
		x.Extract(a)
		i++
	}
}

// BenchmarkPipelineParallel is BenchmarkPipeline on every core
// (go test -cpu 1,2 shows the scaling).
func BenchmarkPipelineParallel(b *testing.B) {
	x := extractor(b)
	items, _, avg := benchItems(b)
	b.SetBytes(avg)
	b.ReportAllocs()
	var mu sync.Mutex
	next := 0
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			mu.Lock()
			it := items[next%len(items)]
			next++
			mu.Unlock()
			a, err := it.Article()
			if err != nil {
				b.Error(err)
				return
			}
			x.Extract(a)
		}
	})
}

// BenchmarkStorePut is store.Put of extracted documents in batches of 100
// into a growing database; one op is one document. The documents are
// articles remixed from extracted ones with their analysis (see FillStore),
// as ingest hands the extractor's analysis on, so that every op inserts a
// distinct text.
func BenchmarkStorePut(b *testing.B) {
	x := extractor(b)
	_, arts, avg := benchItems(b)
	donors := make([]*extract.Document, 0, 50)
	for _, a := range arts[:50] {
		donors = append(donors, x.Extract(a))
	}
	ana, err := korean.Default()
	if err != nil {
		b.Fatal(err)
	}
	rx, err := newRemixer(ana, donors)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(b.TempDir(), "put.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	const batch = 100
	rng := rand.New(rand.NewPCG(4242, 1))
	docs := make([]*extract.Document, 0, b.N)
	for i := range b.N {
		d, err := rx.article(rng, i)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	b.SetBytes(avg)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i += batch {
		if _, err := st.Put(ctx, docs[i:min(i+batch, b.N)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIngest is the whole pipeline (ingest.Run with the default
// workers) into a new SQLite database; one op is one article.
func BenchmarkIngest(b *testing.B) {
	x := extractor(b)
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(b.TempDir(), "ingest.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	items, err := Generated(b.N, 4343)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	in, err := MeasureIngest(ctx, x, st, items, 0, 0)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(in.Stored)/in.Wall.Seconds(), "articles/s")
}

// searchCorpus is 300 ingested plus 2,700 filled articles in dir.
func searchCorpus(b *testing.B, dir string) (store.Store, []Query) {
	b.Helper()
	x := extractor(b)
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(dir, "search.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	items, err := Generated(300, 77)
	if err != nil {
		b.Fatal(err)
	}
	if _, err = MeasureIngest(ctx, x, st, items, 0, 0); err != nil {
		b.Fatal(err)
	}
	docs, err := FirstDocuments(ctx, st, 300)
	if err != nil {
		b.Fatal(err)
	}
	if _, err = FillStore(ctx, st, 2700, docs, 78, 500, nil); err != nil {
		b.Fatal(err)
	}
	qs, err := BuildQueries(ctx, st, docs, 100, 79)
	if err != nil {
		b.Fatal(err)
	}
	return st, qs
}

// BenchmarkSearch is one search of each kind of the mix over 3,000
// articles.
func BenchmarkSearch(b *testing.B) {
	st, qs := searchCorpus(b, b.TempDir())
	ctx := context.Background()
	for _, kind := range Kinds {
		var mine []Query
		for _, q := range qs {
			if q.Kind == kind {
				mine = append(mine, q)
			}
		}
		b.Run(kind, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := st.Search(ctx, mine[i%len(mine)].Q); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
