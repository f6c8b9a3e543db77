package ingest

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// hugeRecord streams one record whose text is size bytes of Korean, in the
// given format, without holding it in memory: prefix, the repeated
// syllable, suffix, then a normal record after it.
func hugeRecord(format Format, size int64) io.Reader {
	var prefix, suffix string
	switch format {
	case JSONL:
		prefix, suffix = `{"title":"큰 기사","text":"`, "\"}\n"+`{"title":"다음 기사","text":"다음 기사의 본문이다."}`+"\n"
	case JSON:
		prefix, suffix = `[{"title":"큰 기사","text":"`, `"}, {"title":"다음 기사","text":"다음 기사의 본문이다."}]`
	case CSV:
		prefix, suffix = "title,text\n큰 기사,\"", "\"\n다음 기사,다음 기사의 본문이다.\n"
	}
	return io.MultiReader(strings.NewReader(prefix), io.LimitReader(repeatReader("가"), size), strings.NewReader(suffix))
}

// repeatReader repeats s forever.
type repeatReader string

func (r repeatReader) Read(p []byte) (int, error) {
	n := 0
	for n+len(r) <= len(p) {
		n += copy(p[n:], r)
	}
	if n == 0 {
		return copy(p, r), nil
	}
	return n, nil
}

// TestOversizedRecord reads a 20 MB and a 60 MB record in every record
// format: each is refused with a clear error naming the limit, and without
// being held whole: what is allocated is bounded by the limit, the same
// for both sizes.
func TestOversizedRecord(t *testing.T) {
	tests := []struct {
		format Format
		want   string
		next   bool // whether the record after it is still read
	}{
		{JSONL, "-:1: line larger than 4 MiB, skipped", true},
		{JSON, "-#1: record larger than 4 MiB; the rest of the file is not read", false},
		{CSV, "-: the row after line 1: row larger than 4 MiB; the rest of the file is not read", false},
	}
	for _, tt := range tests {
		t.Run(string(tt.format), func(t *testing.T) {
			var allocs []uint64
			for _, size := range []int64{20 << 20, 60 << 20} {
				r := &Reader{Format: tt.format, Stdin: hugeRecord(tt.format, size)}
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				items := collect(t, r, "-")
				runtime.ReadMemStats(&after)
				allocs = append(allocs, after.TotalAlloc-before.TotalAlloc)
				if len(items) == 0 || !errors.Is(items[0].Err, ErrTooLarge) || !strings.Contains(items[0].Err.Error(), tt.want) {
					t.Fatalf("items %+v, want first to fail with %q", items, tt.want)
				}
				gotNext := len(items) == 2 && items[1].Err == nil && items[1].Meta.Title == "다음 기사"
				if gotNext != tt.next {
					t.Errorf("record after the big one read: %v, want %v (%+v)", gotNext, tt.next, items[1:])
				}
			}
			const bound = 8 * DefaultMaxRecordBytes
			if allocs[0] > bound || allocs[1] > bound || allocs[1] > allocs[0]+(1<<20) {
				t.Errorf("allocated %d and %d MB for records of 20 and 60 MB, want both under %d MB and alike",
					allocs[0]>>20, allocs[1]>>20, bound>>20)
			}
		})
	}
}

// BenchmarkOversizedRecord measures refusing a 20 MB JSON Lines record:
// the bytes allocated per operation show it is not buffered.
func BenchmarkOversizedRecord(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		r := &Reader{Format: JSONL, Stdin: hugeRecord(JSONL, 20<<20)}
		for it := range r.Items(context.Background(), []string{"-"}) {
			_ = it
		}
	}
}

func TestLimitsPerFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	var lines []string
	for range 5 {
		lines = append(lines, `{"title":"짧은 기사","text":"짧은 본문이다."}`)
	}
	many := write("many.jsonl", strings.Join(lines, "\n"))
	long := write("long.jsonl", `{"title":"긴 본문","text":"`+strings.Repeat("가", 400)+`","url":"javascript:alert(1)"}`+"\n"+
		`{"title":"위험한 주소","text":"본문이다.","url":"JavaScript:alert(1)"}`+"\n"+
		`{"title":"좋은 주소","text":"본문이다.","url":"https://news.example/1"}`)
	r := &Reader{Limits: Limits{MaxRecords: 3, MaxArticleBytes: 1 << 10}}
	items := collect(t, r, many, long)
	if !errors.Is(items[3].Err, ErrTooLarge) {
		t.Errorf("too many records: %v does not match ErrTooLarge", items[3].Err)
	}
	var got []string
	for _, it := range items {
		got = append(got, strings.TrimPrefix(strings.TrimPrefix(it.Source, dir+"/"), dir+"/")+" "+errText(it)+" "+it.Meta.URL)
	}
	want := []string{
		"many.jsonl:1  ", "many.jsonl:2  ", "many.jsonl:3  ",
		"many.jsonl " + many + ": more than 3 records in one file; the rest of it is not read (split it) ",
		"long.jsonl:1 " + long + ":1: article text larger than 1 KiB ",
		"long.jsonl:2  ",
		"long.jsonl:3  https://news.example/1",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSafeURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://news.example/a?b=1": "https://news.example/a?b=1", " http://x.example ": "http://x.example",
		"javascript:alert(1)": "", "JAVASCRIPT:alert(1)": "", "data:text/html,x": "", "//news.example/a": "",
		"/relative/path": "", "ftp://files.example/x": "", "https://": "", "": "", "vbscript:msgbox": "",
	} {
		if got := SafeURL(in); got != want {
			t.Errorf("SafeURL(%q) = %q, want %q", in, got, want)
		}
	}
}

// memSink is an in-memory Sink.
type memSink struct {
	mu   sync.Mutex
	docs map[string]*extract.Document
	puts int
}

func (m *memSink) Put(_ context.Context, docs []*extract.Document) ([]store.PutResult, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.puts++
	var out []store.PutResult
	for _, d := range docs {
		st := store.Inserted
		if _, ok := m.docs[d.ID]; ok {
			st = store.Duplicate
		}
		m.docs[d.ID] = d
		out = append(out, store.PutResult{ID: d.ID, Status: st})
	}
	return out, nil
}

func (m *memSink) Has(_ context.Context, ids []string) (map[string]bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[string]bool{}
	for _, id := range ids {
		_, out[id] = m.docs[id]
	}
	return out, nil
}

type keepExtractor struct{}

func (keepExtractor) Extract(a *article.Article) *extract.Document {
	return &extract.Document{Article: *a}
}

// TestEmptyAndLinkedInputs walks a folder of empty inputs and symbolic
// links: each is counted and said in the summary, none is silent.
func TestEmptyAndLinkedInputs(t *testing.T) {
	root := t.TempDir()
	in := filepath.Join(root, "in")
	other := filepath.Join(root, "other")
	for _, d := range []string{in, other} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	files := map[string]string{
		filepath.Join(in, "empty.json"):       " [ ] ",
		filepath.Join(in, "header.csv"):       "title,text\n",
		filepath.Join(in, "blank.jsonl"):      "\n\n",
		filepath.Join(other, "linked.txt"):    "연결된 기사\n\n한빛전자는 새 공장을 지었다고 밝혔다.",
		filepath.Join(other, "in-folder.txt"): "폴더 속 기사\n\n누리은행은 새 지점을 열었다고 밝혔다.",
	}
	for p, data := range files {
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	links := map[string]string{
		"file-link": filepath.Join(other, "linked.txt"),
		"dir-link":  other,
		"loop":      in, // the folder itself
		"broken":    filepath.Join(root, "missing.txt"),
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(in, name)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	sink := &memSink{docs: map[string]*extract.Document{}}
	sum, err := Run(context.Background(), (&Reader{}).Items(context.Background(), []string{in}), keepExtractor{}, sink, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	// linked.txt is read twice (by the file link and through dir-link):
	// one insert, one duplicate.
	if sum.Inserted != 2 || sum.Duplicates != 1 || sum.Failed != 1 || sum.SymlinksFollowed != 2 || sum.Skipped != 4 {
		t.Errorf("summary %+v", sum)
	}
	reasons := map[string]int{}
	for _, r := range sum.SkipReasons {
		reasons[r.Reason] = r.Count
	}
	for _, want := range []string{"no articles in it (an empty JSON array)", "no articles in it (a CSV header and no rows)",
		"empty file", "symbolic link to a folder already read, not followed (a loop, or a second way in)"} {
		if reasons[want] != 1 {
			t.Errorf("skip reasons %+v lack %q", sum.SkipReasons, want)
		}
	}
	if len(sum.Reasons) != 1 || !strings.Contains(sum.Reasons[0].Reason, "symbolic link not followed: its target does not exist") {
		t.Errorf("failure reasons %+v", sum.Reasons)
	}
	var out bytes.Buffer
	sum.WriteText(&out, 5)
	for _, want := range []string{"skipped inputs:   4", "symlinks followed: 2", "empty JSON array"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary text lacks %q:\n%s", want, out.String())
		}
	}
}

// cancelExtractor cancels the request while it extracts, as a deadline
// passing mid-extraction would.
type cancelExtractor struct{ cancel context.CancelFunc }

func (c cancelExtractor) Extract(a *article.Article) *extract.Document {
	c.cancel()
	return &extract.Document{Article: *a}
}

// ctxExtractor honours its context.
type ctxExtractor struct{ calls *int }

func (c ctxExtractor) Extract(a *article.Article) *extract.Document {
	return &extract.Document{Article: *a}
}

func (c ctxExtractor) ExtractContext(ctx context.Context, a *article.Article) (*extract.Document, error) {
	*c.calls++
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return c.Extract(a), nil
}

// TestOneStopsAtDeadline checks that a request past its deadline stores
// nothing, whether the extractor notices the context or not.
func TestOneStopsAtDeadline(t *testing.T) {
	a, err := article.FromParts(article.Meta{Title: "마감 시험"}, "한빛전자는 새 공장을 지었다고 밝혔다.")
	if err != nil {
		t.Fatal(err)
	}
	sink := &memSink{docs: map[string]*extract.Document{}}
	ctx, cancel := context.WithCancel(context.Background())
	if _, err := One(ctx, cancelExtractor{cancel}, sink, a); !errors.Is(err, context.Canceled) || sink.puts != 0 {
		t.Errorf("cancelled during extraction: %v, %d puts", err, sink.puts)
	}
	calls := 0
	if _, err := One(ctx, ctxExtractor{&calls}, sink, a); !errors.Is(err, context.Canceled) || calls != 0 || sink.puts != 0 {
		t.Errorf("cancelled before: %v, %d calls, %d puts", err, calls, sink.puts)
	}
	res, err := One(context.Background(), ctxExtractor{&calls}, sink, a)
	if err != nil || calls != 1 || res.Status != store.Inserted {
		t.Errorf("context extractor: %+v, %v, %d calls", res, err, calls)
	}
}
