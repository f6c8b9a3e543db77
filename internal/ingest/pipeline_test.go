package ingest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/testutil/testextract"
)

// testExtractor is the real extractor, loaded once per test binary.
var testExtractor = testextract.Extractor

func openStore(t testing.TB, path string, opts ...store.Option) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), path, opts...)
	if err != nil {
		t.Fatalf("store.Open(%s): %v", path, err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// writeCorpus writes n generated records plus one corrupt line and returns
// the path and what was generated.
func writeCorpus(t testing.TB, dir string, n int, g Generator) (string, GenStats) {
	t.Helper()
	var buf bytes.Buffer
	stats, err := g.WriteJSONL(&buf, n)
	if err != nil {
		t.Fatal(err)
	}
	buf.WriteString(`{"title":"잘린 기사","text":"끝나지 않은` + "\n")
	path := filepath.Join(dir, "corpus.jsonl")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, stats
}

func articleCount(t testing.TB, st store.Store) int {
	t.Helper()
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s.Articles
}

func TestRunIntoSQLite(t *testing.T) {
	dir := t.TempDir()
	path, gen := writeCorpus(t, dir, 150, Generator{Seed: 7, DuplicateRate: 0.1, NearDuplicateRate: 0.05})
	if gen.Duplicates == 0 || gen.NearDuplicates == 0 {
		t.Fatalf("generator mixed in no repeats: %+v", gen)
	}
	st := openStore(t, filepath.Join(dir, "news.db"))
	x := testExtractor(t)
	ctx := context.Background()

	var outcomes []Outcome
	commits := 0
	sum, err := Run(ctx, (&Reader{}).Items(ctx, []string{path}), x, st, Options{
		Workers: 2, BatchSize: 40,
		OnOutcome: func(o Outcome) { outcomes = append(outcomes, o) },
		OnCommit:  func(int, int) { commits++ },
	})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if sum.Stored() != gen.Distinct || sum.Duplicates != gen.Duplicates || sum.Failed != 1 {
		t.Errorf("first run: %+v; generated %+v", sum, gen)
	}
	if sum.NearDuplicates > gen.NearDuplicates {
		t.Errorf("%d near-duplicates stored, only %d generated", sum.NearDuplicates, gen.NearDuplicates)
	}
	if len(sum.Reasons) != 1 || !strings.HasPrefix(sum.Reasons[0].Reason, "truncated JSON") ||
		sum.Reasons[0].Example != path+":"+strconv.Itoa(gen.Records+1) {
		t.Errorf("reasons = %+v", sum.Reasons)
	}
	var text bytes.Buffer
	sum.WriteText(&text, 10)
	for _, want := range []string{
		"ingested " + strconv.Itoa(gen.Distinct) + " articles",
		"duplicates:       " + strconv.Itoa(gen.Duplicates),
		"failed:           1\n",
		"1 × truncated JSON",
		"articles/s",
	} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("summary text lacks %q:\n%s", want, text.String())
		}
	}
	if len(outcomes) != gen.Records+1 {
		t.Errorf("%d outcomes for %d records", len(outcomes), gen.Records+1)
	}
	if commits < 2 {
		t.Errorf("%d commits; a batch size of 40 should give several", commits)
	}
	info, _ := os.Stat(path)
	if sum.Bytes != info.Size() {
		t.Errorf("summary accounts for %d bytes, the input has %d", sum.Bytes, info.Size())
	}
	if got := articleCount(t, st); got != gen.Distinct {
		t.Errorf("store holds %d articles, want %d distinct", got, gen.Distinct)
	}

	// Re-running adds nothing and extracts nothing.
	sum2, err := Run(ctx, (&Reader{}).Items(ctx, []string{path}), x, st, Options{Workers: 2})
	if err != nil {
		t.Fatalf("second Run: %v", err)
	}
	if sum2.Stored() != 0 || sum2.AlreadyStored != gen.Records || sum2.Duplicates != gen.Records || sum2.Failed != 1 {
		t.Errorf("second run: %+v", sum2)
	}
	if got := articleCount(t, st); got != gen.Distinct {
		t.Errorf("after re-run the store holds %d articles, want %d", got, gen.Distinct)
	}
}

// TestRunInterrupted stops a run after its first commit, the in-process
// analogue of kill -9: a second run must store exactly the rest.
func TestRunInterrupted(t *testing.T) {
	dir := t.TempDir()
	path, gen := writeCorpus(t, dir, 120, Generator{Seed: 11, DuplicateRate: 0.1})
	st := openStore(t, filepath.Join(dir, "news.db"))
	x := testExtractor(t)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	committed := 0
	sum, err := Run(ctx, (&Reader{}).Items(ctx, []string{path}), x, st, Options{
		// A long wait keeps batches full, however slow the machine.
		Workers: 2, BatchSize: 25, BatchWait: time.Minute,
		OnCommit: func(_, total int) {
			committed = total
			cancel()
		},
	})
	if err == nil || !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted Run error = %v, want context.Canceled", err)
	}
	first := articleCount(t, st)
	if first != sum.Stored() || first < 25 || first >= gen.Distinct {
		t.Fatalf("after interruption: store %d, summary %+v, committed %d, distinct %d", first, sum, committed, gen.Distinct)
	}

	ctx2 := context.Background()
	sum2, err := Run(ctx2, (&Reader{}).Items(ctx2, []string{path}), x, st, Options{Workers: 2, BatchSize: 25})
	if err != nil {
		t.Fatalf("resumed Run: %v", err)
	}
	if got := articleCount(t, st); got != gen.Distinct {
		t.Errorf("after resuming the store holds %d articles, want %d", got, gen.Distinct)
	}
	// Repeats of the first run's articles are found in the store too.
	if sum2.Stored() != gen.Distinct-first || sum2.AlreadyStored < first {
		t.Errorf("resumed run stored %d (already stored %d); want %d and at least %d", sum2.Stored(), sum2.AlreadyStored, gen.Distinct-first, first)
	}
}

func TestRunReadOnlyStore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	ro := openStore(t, db, store.ReadOnly())
	path, _ := writeCorpus(t, dir, 30, Generator{Seed: 3})
	ctx := context.Background()
	start := time.Now()
	sum, err := Run(ctx, (&Reader{}).Items(ctx, []string{path}), testExtractor(t), ro, Options{Workers: 2, BatchSize: 5})
	if err == nil || !errors.Is(err, store.ErrReadOnly) {
		t.Fatalf("Run on a read-only store: error %v, want ErrReadOnly", err)
	}
	if sum.Stored() != 0 || sum.Failed == 0 || !strings.Contains(sum.Reasons[0].Reason, "read-only") {
		t.Errorf("summary %+v", sum)
	}
	if time.Since(start) > 30*time.Second {
		t.Errorf("giving up took %v", time.Since(start))
	}
}

func TestRunFormatsIntoSQLite(t *testing.T) {
	dir := t.TempDir()
	st := openStore(t, filepath.Join(dir, "news.db"))
	ctx := context.Background()
	paths := []string{"testdata/story.txt", "testdata/page.html", "testdata/feed.rss", "testdata/feed.atom", "testdata/news.jsonl"}
	sum, err := Run(ctx, (&Reader{}).Items(ctx, paths), testExtractor(t), st, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	// story 1 + page 1 + rss 2 (+1 empty item) + atom 2 + jsonl 3 (+4 bad lines).
	if sum.Stored() != 9 || sum.Failed != 5 {
		t.Errorf("summary %+v", sum)
	}
	res, err := st.Search(ctx, store.SearchQuery{Text: "스마트 터미널"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || res.Hits[0].Headline != "바다해운, 부산항 스마트 터미널 가동" || res.Hits[0].Published != "2025-03-14" {
		t.Errorf("search: %+v", res)
	}
	res, err = st.Search(ctx, store.SearchQuery{Text: "물류 로봇"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || res.Hits[0].URL != "https://news.example.kr/articles/1001" {
		t.Errorf("search feed item: %+v", res)
	}
}

func TestOne(t *testing.T) {
	dir := t.TempDir()
	st := openStore(t, filepath.Join(dir, "news.db"))
	x := testExtractor(t)
	ctx := context.Background()
	raw, err := os.ReadFile("testdata/story.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse("story.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	r, err := One(ctx, x, st, a)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != store.Inserted || r.ID != a.ID || r.Document == nil || r.Document.Headline != "우리배터리, 폴란드 공장 증설 확정" {
		t.Errorf("first One: %+v", r)
	}
	r, err = One(ctx, x, st, a)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != store.Duplicate || r.Document != nil {
		t.Errorf("second One: %+v", r)
	}
	if _, err := One(ctx, x, st, &article.Article{}); err == nil {
		t.Error("One accepted an article without ID")
	}

	a2, err := ParseRecord("api", []byte(`{"title":"API로 들어온 기사","text":"API로 들어온 기사 본문이다. 한빛전자가 새 공장을 짓는다.","date":"2025-02-03"}`), nil)
	if err != nil {
		t.Fatal(err)
	}
	if a2.Headline != "API로 들어온 기사" || a2.Published != "2025-02-03" {
		t.Errorf("ParseRecord: %+v", a2)
	}
	if _, err := ParseRecord("api", []byte(`{"title":"본문 없음"}`), nil); err == nil || !strings.Contains(err.Error(), "no article text") {
		t.Errorf("ParseRecord without text: %v", err)
	}
}
