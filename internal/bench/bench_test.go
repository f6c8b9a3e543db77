package bench

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/testutil"
	"github.com/sosik-news/sosik/internal/testutil/testextract"
)

// extractor is the test binary's shared extractor.
var extractor = testextract.Extractor

func TestPercentile(t *testing.T) {
	ms := func(n ...int) []time.Duration {
		var out []time.Duration
		for _, v := range n {
			out = append(out, time.Duration(v)*time.Millisecond)
		}
		return out
	}
	hundred := make([]int, 100)
	for i := range hundred {
		hundred[i] = i + 1
	}
	tests := []struct {
		name   string
		sorted []time.Duration
		p      float64
		want   time.Duration
	}{
		{"empty", nil, 50, 0},
		{"one", ms(7), 99, 7 * time.Millisecond},
		{"median of four is the second", ms(1, 2, 3, 4), 50, 2 * time.Millisecond},
		{"p95 of 1..100", ms(hundred...), 95, 95 * time.Millisecond},
		{"p99 of 1..100", ms(hundred...), 99, 99 * time.Millisecond},
		{"p100 is the max", ms(1, 5, 9), 100, 9 * time.Millisecond},
		{"p0 is the min", ms(1, 5, 9), 0, 1 * time.Millisecond},
	}
	for _, tt := range tests {
		if got := Percentile(tt.sorted, tt.p); got != tt.want {
			t.Errorf("%s: Percentile(p%.0f) = %v, want %v", tt.name, tt.p, got, tt.want)
		}
	}
}

func TestThroughputUnits(t *testing.T) {
	tp := Throughput{Articles: 10, Bytes: 10 * SeedBytes, Wall: 2 * time.Second, CPU: time.Second}
	tests := []struct {
		name      string
		got, want float64
	}{
		{"articles/s", tp.PerSec(), 5},
		{"seed-sized/s", tp.SeedPerSec(), 5},
		{"MB/s", tp.MBPerSec(), 10 * SeedBytes / 2 / 1e6},
		{"cores", tp.Cores(), 0.5},
		{"per CPU-s", tp.PerCPU(), 10},
		{"zero wall", Throughput{Articles: 3}.PerSec(), 0},
	}
	for _, tt := range tests {
		if diff := tt.got - tt.want; diff > 1e-9 || diff < -1e-9 {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	s := Scaling{Workers: 2, One: Throughput{Articles: 100, Wall: time.Second, CPU: time.Second},
		All: Throughput{Articles: 180, Wall: time.Second, CPU: 2 * time.Second}}
	if got := s.Ratio(); got != 1.8 {
		t.Errorf("Scaling.Ratio = %v, want 1.8", got)
	}
	if got := s.Normalised(); got != 1.8 {
		t.Errorf("Scaling.Normalised = %v, want 1.8", got)
	}
}

func TestLoadCorpusSynthetic(t *testing.T) {
	c, err := LoadCorpus(context.Background(), "", 0, 12, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Items) != 12 || c.Real != 0 || !strings.HasPrefix(c.Desc, "synthetic") {
		t.Fatalf("got %d items, %d real, %q; want 12 synthetic", len(c.Items), c.Real, c.Desc)
	}
	if c.Bytes() < 12*300 {
		t.Errorf("12 generated articles hold only %d bytes", c.Bytes())
	}
	again, _ := LoadCorpus(context.Background(), t.TempDir(), 0, 12, 3)
	if again.Items[5].Body != c.Items[5].Body || c.Items[5].Meta.Published == "" {
		t.Error("an empty corpus folder did not give the same synthetic articles for the same seed")
	}
}

func TestLoadCorpusReal(t *testing.T) {
	testutil.Shared(t, "data", "news", "kowikinews")
	sharedNews := testutil.Shared(t, "data", "news")
	c, err := LoadCorpus(context.Background(), sharedNews, 0, 10, 1)
	if err != nil {
		t.Fatal(err)
	}
	if c.Real < 600 || c.Real != len(c.Items) {
		t.Fatalf("read %d real articles of %d items, want the 644 Wikinews ones and more", c.Real, len(c.Items))
	}
	arts, failed := ParseAll(c.Items)
	if failed > len(c.Items)/20 {
		t.Errorf("%d of %d real articles failed to parse", failed, len(c.Items))
	}
	dated := 0
	for _, a := range arts {
		if a.Published != "" {
			dated++
		}
	}
	if dated < 600 {
		t.Errorf("only %d articles carry a publication date; Wikinews has 644", dated)
	}
	limited, _ := LoadCorpus(context.Background(), sharedNews, 5, 10, 1)
	if len(limited.Items) != 5 {
		t.Errorf("limit 5 gave %d items", len(limited.Items))
	}
}

func TestMeasureStagesAndScaling(t *testing.T) {
	x := extractor(t)
	items, err := Generated(6, 11)
	if err != nil {
		t.Fatal(err)
	}
	s, err := MeasureStages(x, items, 0)
	if err != nil {
		t.Fatal(err)
	}
	if s.Passes != 1 || s.Extract.Articles != 6 || s.Kagome.Articles != 6 || s.Parse.Articles != 6 {
		t.Fatalf("one pass over 6 articles gave %+v", s)
	}
	for name, tp := range map[string]Throughput{"parse": s.Parse, "kagome": s.Kagome, "extract": s.Extract} {
		if tp.PerSec() <= 0 || tp.MBPerSec() <= 0 || tp.Bytes < 6*300 {
			t.Errorf("%s: %.1f articles/s, %.3f MB/s over %d bytes", name, tp.PerSec(), tp.MBPerSec(), tp.Bytes)
		}
	}
	// Extraction runs the analyser and much more, so it cannot beat bare
	// kagome by a wide margin; a ratio far above 1 means a timing mix-up.
	if r := s.ExtractOverKagome(); r <= 0 || r > 3 {
		t.Errorf("extraction/kagome speed ratio %.2f out of range", r)
	}
	if _, err := MeasureStages(x, nil, 0); err == nil {
		t.Error("no articles: want an error")
	}
	var names []string
	total := 0.0
	for _, st := range s.PerStage {
		names, total = append(names, st.Stage), total+st.Micros
	}
	if want := append([]string{extract.Analyse}, extract.Stages()...); !slices.Equal(names, want) || total <= 0 {
		t.Errorf("per-stage times %v (%.0f µs in all), want every stage in order %v", names, total, want)
	}

	arts, failed := ParseAll(items)
	if failed != 0 {
		t.Fatalf("%d generated articles failed to parse", failed)
	}
	sc := MeasureScaling(x, arts, 2, 1, 0)
	if sc.One.Articles != 6 || sc.All.Articles != 6 || sc.Ratio() <= 0 || sc.Normalised() <= 0 {
		t.Errorf("scaling over 6 articles: %+v, ratio %.2f", sc, sc.Ratio())
	}
}

func TestIngestFillSearch(t *testing.T) {
	x := extractor(t)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "b.db")
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	items, err := Generated(16, 5)
	if err != nil {
		t.Fatal(err)
	}
	in, err := MeasureIngest(ctx, x, st, items, 2, 8)
	if err != nil {
		t.Fatal(err)
	}
	if in.Stored != 16 || in.Failed != 0 || in.PerSec() <= 0 || in.Batches < 2 || in.PutWall <= 0 {
		t.Fatalf("ingest of 16: %+v", in)
	}
	donors, err := FirstDocuments(ctx, st, 100)
	if err != nil || len(donors) != 16 {
		t.Fatalf("read back %d documents (%v), want 16", len(donors), err)
	}
	f, err := FillStore(ctx, st, 25, donors, 99, 10, nil)
	if err != nil {
		t.Fatal(err)
	}
	if f.Articles != 25 || f.PerSec() <= 0 {
		t.Fatalf("fill of 25: %+v", f)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != 41 {
		t.Fatalf("store holds %d articles, want 16 ingested + 25 filled", stats.Articles)
	}
	if _, err := FillStore(ctx, st, 3, nil, 1, 10, nil); err == nil {
		t.Error("fill without donors: want an error")
	}

	qs, err := BuildQueries(ctx, st, donors, 15, 2)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, q := range qs {
		kinds[q.Kind]++
	}
	for _, k := range Kinds {
		if kinds[k] != 3 {
			t.Errorf("15 queries hold %d of kind %s, want 3 of each", kinds[k], k)
		}
	}
	l, err := MeasureSearch(ctx, st, qs)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := CheckExactness(ctx, st, qs)
	if err != nil {
		t.Fatal(err)
	}
	if ex.Queries != 15 || ex.Misses != 0 || ex.WrongTotals != 0 || ex.ExactTotals+ex.AtLeast != 15 {
		t.Errorf("exactness %+v: want 15 queries, no misses, no wrong totals", ex)
	}
	if l.Queries != 15 || l.P50 <= 0 || l.P50 > l.P95 || l.P95 > l.P99 || l.P99 > l.Max {
		t.Errorf("latency not ordered: p50 %v p95 %v p99 %v max %v", l.P50, l.P95, l.P99, l.Max)
	}
	// Every query is drawn from a stored document, so each matches it.
	if l.Hits < 1 {
		t.Errorf("mean matches %.2f, want every query to find its own article", l.Hits)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	sz := Size{Articles: stats.Articles, TextBytes: stats.TextSize, DBBytes: FileSize(path)}
	if sz.DBBytes <= 0 || sz.TextBytes <= 0 || sz.PerArticle() <= 0 || sz.OverText() <= 0 {
		t.Errorf("sizes: %+v", sz)
	}
}

func TestRunSmall(t *testing.T) {
	x := extractor(t)
	var log bytes.Buffer
	rep, err := Run(context.Background(), Config{Extractor: x, Articles: 30, Full: 12, Queries: 10, Sample: 5,
		MinDuration: time.Millisecond, Log: &log, Warm: 100})
	if err != nil {
		t.Fatal(err)
	}
	if rep.SearchN != 30 || rep.Ingest.Stored != 12 || rep.Fill.Articles != 18 {
		t.Errorf("corpus: %d searched, %d ingested, %d filled; want 30, 12, 18", rep.SearchN, rep.Ingest.Stored, rep.Fill.Articles)
	}
	if rep.PeakRSS <= 0 || rep.Size.DBBytes <= 0 || rep.Search.P99 <= 0 {
		t.Errorf("peak RSS %d, db %d bytes, p99 %v", rep.PeakRSS, rep.Size.DBBytes, rep.Search.P99)
	}
	if c := rep.Concurrent; c.Clients != 50 || c.Searches != 3*10 || c.PerSec() <= 0 || c.CPUPerSearch() <= 0 || c.P50 > c.P99 {
		t.Errorf("concurrent searches: %+v, want 50 clients running the 10 queries 3 times", c)
	}
	if w := rep.Warmed; w == nil || w.Words != 100 || w.Lookups == 0 || w.Bytes <= 0 || w.Search.Queries != 10 || w.Exactness.Queries != 10 || w.Exactness.Misses != 0 {
		t.Errorf("warmed first pass: %+v, want 10 searches after keeping lookups of up to 100 words", w)
	}
	if g := rep.Graph; g.Default.Queries != 20 || g.Default.P50 > g.Default.P95 {
		t.Errorf("graph latency: %+v, want 20 default graphs timed", g)
	}
	checks := rep.Checks()
	if len(checks) != 10 {
		t.Errorf("%d checks, want 10", len(checks))
	}
	var out bytes.Buffer
	if err := rep.WriteTable(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"extract, 1 core", "kagome bare", "ingest → SQLite", "p99", "against exhaustive evaluation: 0 of 10 pages differ", "first pass of a fresh process after the warm-up of 100 words and bigrams", "database /"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
	if !strings.Contains(log.String(), "searching") {
		t.Errorf("log lacks the search phase: %s", log.String())
	}

	// A database that already holds the corpus is reused for search alone;
	// a smaller one grows through the fill with new articles.
	db := filepath.Join(t.TempDir(), "x.db")
	small := Config{Extractor: x, Articles: 6, DB: db, Queries: 5, Sample: 2, MinDuration: time.Millisecond}
	first, err := Run(context.Background(), small)
	if err != nil {
		t.Fatal(err)
	}
	second, err := Run(context.Background(), small)
	if err != nil {
		t.Fatal(err)
	}
	if first.Reused || !second.Reused || second.SearchN != 6 || second.Fill.Articles != 0 {
		t.Errorf("reuse: first %v, second %v over %d articles, %d filled", first.Reused, second.Reused, second.SearchN, second.Fill.Articles)
	}
	small.Articles = 15
	grown, err := Run(context.Background(), small)
	if err != nil {
		t.Fatal(err)
	}
	if !grown.Reused || grown.SearchN != 15 || grown.Fill.Articles != 9 {
		t.Errorf("growing 6 to 15: reused %v, %d articles, %d filled", grown.Reused, grown.SearchN, grown.Fill.Articles)
	}
}

func TestRunSyntheticTopUp(t *testing.T) {
	// The synthetic corpus and the articles that top the ingest up to
	// Full come from different seeds: every one is stored, none repeats.
	rep, err := Run(context.Background(), Config{Extractor: extractor(t), Articles: 20, Full: 20, Queries: 5, Sample: 8,
		MinDuration: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Ingest.Stored+rep.Fill.Articles != 20 || rep.Ingest.Stored < 19 {
		t.Errorf("stored %d by ingest and %d by fill, want 20 distinct through ingest", rep.Ingest.Stored, rep.Fill.Articles)
	}
}

func TestRunErrors(t *testing.T) {
	if _, err := Run(context.Background(), Config{}); err == nil {
		t.Error("no extractor: want an error")
	}
}

func TestPeakRSS(t *testing.T) {
	if PeakRSS() <= 0 {
		t.Error("PeakRSS is not positive")
	}
	if _, err := os.Stat("/proc/self/status"); err == nil && RSS() <= 0 {
		t.Error("RSS is not positive on a system with /proc")
	}
}
