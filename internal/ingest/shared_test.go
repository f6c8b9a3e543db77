package ingest

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sosik-news/sosik/internal/testutil"
)

func needShared(t *testing.T, rel string) string {
	t.Helper()
	p := testutil.Shared(t, "data", "news", rel)
	if testing.Short() {
		t.Skip("ingests a real corpus")
	}
	return p
}

// TestKowikinews ingests all of Korean Wikinews (JSON Lines with the default
// field mapping), then its CSV original through a field mapping, which must
// find every article already stored.
func TestKowikinews(t *testing.T) {
	jsonl := needShared(t, "kowikinews/wikinews.jsonl")
	csvPath := needShared(t, "kowikinews/wikinews.csv")

	// Count the records and the repeated ones independently of ingest.
	f, err := os.Open(jsonl)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	records, repeats := 0, 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r struct{ Title, Body string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		records++
		key := r.Title + "\n" + strings.TrimSpace(r.Body)
		if seen[key] {
			repeats++
		}
		seen[key] = true
	}
	f.Close()

	dir := t.TempDir()
	db := filepath.Join(dir, "kowikinews.db")
	st := openStore(t, db)
	ctx := context.Background()
	sum, err := Run(ctx, (&Reader{}).Items(ctx, []string{jsonl}), testExtractor(t), st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 0 || sum.Processed() != records || sum.Duplicates != repeats || sum.Stored() != records-repeats {
		t.Errorf("kowikinews: %+v; %d records, %d repeated", sum, records, repeats)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != records-repeats {
		t.Errorf("store holds %d articles, want %d", stats.Articles, records-repeats)
	}
	t.Logf("kowikinews: %d records, %d stored, %d duplicates, %d failed in %v (%.0f articles/s); db %.1f MB, %d entities",
		records, sum.Stored(), sum.Duplicates, sum.Failed, sum.Elapsed.Round(time.Millisecond), sum.Rate(),
		float64(stats.DBSize)/1e6, stats.Entities)

	fm, err := ParseFieldFlags([]string{"published=작성일", "url=출처", "title=제목", "text=내용"})
	if err != nil {
		t.Fatal(err)
	}
	sum, err = Run(ctx, (&Reader{Fields: fm}).Items(ctx, []string{csvPath}), testExtractor(t), st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 0 || sum.Stored() != 0 || sum.AlreadyStored != records {
		t.Errorf("kowikinews CSV after JSONL: %+v", sum)
	}
}

// TestSciNewsSum ingests the sentence-split sci-news-sum-kr-50 files through
// the documented mapping; its README.md is skipped.
func TestSciNewsSum(t *testing.T) {
	dir := needShared(t, "sci-news-sum-kr-50")
	fm, err := ParseFieldFlags([]string{"text=sentences", "url=source", "agency="})
	if err != nil {
		t.Fatal(err)
	}
	st := openStore(t, filepath.Join(t.TempDir(), "sci.db"))
	ctx := context.Background()
	sum, err := Run(ctx, (&Reader{Fields: fm}).Items(ctx, []string{dir}), testExtractor(t), st, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored() != 50 || sum.Failed != 0 || sum.Skipped != 1 {
		t.Errorf("sci-news-sum-kr-50: %+v", sum)
	}
}

// BenchmarkRun measures the whole pipeline (JSONL reading, parsing,
// extraction, SQLite) on generated articles, in articles per second.
func BenchmarkRun(b *testing.B) {
	const n = 200
	path, _ := writeCorpus(b, b.TempDir(), n, Generator{Seed: 1})
	x := testExtractor(b)
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		st := openStore(b, filepath.Join(b.TempDir(), "bench.db"))
		b.StartTimer()
		if _, err := Run(ctx, (&Reader{}).Items(ctx, []string{path}), x, st, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}
