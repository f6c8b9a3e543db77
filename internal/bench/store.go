package bench

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/ingest"
	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/store"
)

// Ingest is one run of the real ingest pipeline (ingest.Run: parse,
// resume check, extraction on Workers goroutines, batched store.Put).
type Ingest struct {
	Throughput
	Workers int `json:"workers"`
	Stored  int `json:"stored"`
	Failed  int `json:"failed"`
	// PutWall is the time spent inside store.Put (the writer goroutine),
	// which overlaps extraction of the next batch.
	PutWall time.Duration `json:"put_wall_ns"`
	Batches int           `json:"batches"`
}

// PerCore is articles per second per worker.
func (in Ingest) PerCore() float64 {
	if in.Workers == 0 {
		return 0
	}
	return in.PerSec() / float64(in.Workers)
}

// timedSink times the store's Put and passes everything through.
type timedSink struct {
	st      store.Store
	mu      sync.Mutex
	put     time.Duration
	batches int
}

func (s *timedSink) Put(ctx context.Context, docs []*extract.Document) ([]store.PutResult, error) {
	t0 := time.Now()
	res, err := s.st.Put(ctx, docs)
	s.mu.Lock()
	s.put += time.Since(t0)
	s.batches++
	s.mu.Unlock()
	return res, err
}

func (s *timedSink) Has(ctx context.Context, ids []string) (map[string]bool, error) {
	return s.st.Has(ctx, ids)
}

// MeasureIngest runs items through ingest.Run into st with the given number
// of workers and batch size (0: the pipeline's defaults).
func MeasureIngest(ctx context.Context, x Extractor, st store.Store, items []ingest.Item, workers, batch int) (Ingest, error) {
	in := Ingest{Workers: workers}
	sink := &timedSink{st: st}
	seq := func(yield func(ingest.Item) bool) {
		for _, it := range items {
			if !yield(it) {
				return
			}
		}
	}
	t0, c0 := time.Now(), cpuTime()
	sum, err := ingest.Run(ctx, seq, x, sink, ingest.Options{Workers: workers, BatchSize: batch, BatchWait: 200 * time.Millisecond})
	in.Wall, in.CPU = time.Since(t0), cpuTime()-c0
	if err != nil {
		return in, fmt.Errorf("bench: ingest: %w", err)
	}
	in.Stored, in.Failed = sum.Stored(), sum.Failed
	in.Articles = sum.Processed()
	in.Bytes = sum.Bytes
	in.PutWall, in.Batches = sink.put, sink.batches
	if in.Stored == 0 {
		return in, fmt.Errorf("bench: ingest stored none of %d items (%d failed)", len(items), sum.Failed)
	}
	return in, nil
}

// Fill is the fast path that grows a corpus for the search measurement
// beyond what the pipeline can ingest in a bench run: articles remixed
// from whole lines of the documents the pipeline extracted (see
// remix.go), stored with store.Put, which indexes them, links their
// entities and counts their graph like any other article. Neither the
// tokenizer nor the extractor runs for them: their analysis and
// extraction are the donors', moved with the lines.
type Fill struct {
	Throughput
	Donors int `json:"donors"`
	// Lines is the number of distinct body paragraphs the articles are
	// drawn from.
	Lines int `json:"lines"`
	// Repeats counts remixed texts drawn twice (stored once, not counted
	// in Articles); NearDuplicates the stored ones the store grouped into
	// an earlier article's story.
	Repeats        int `json:"repeats"`
	NearDuplicates int `json:"near_duplicates"`
	// PutWall is the time spent inside store.Put.
	PutWall time.Duration `json:"put_wall_ns"`
}

// FillStore adds n remixed articles to st, in batches of batch documents.
// progress, when not nil, is called after each committed batch with the
// number of articles stored so far.
func FillStore(ctx context.Context, st store.Store, n int, donors []*extract.Document, seed int64, batch int, progress func(done int)) (f Fill, err error) {
	f.Donors = len(donors)
	if n <= 0 {
		return f, nil
	}
	if len(donors) == 0 {
		return f, errors.New("bench: fill needs at least one extracted donor document")
	}
	if batch <= 0 {
		batch = 2000
	}
	t0, c0 := time.Now(), cpuTime()
	defer func() { f.Wall, f.CPU = time.Since(t0), cpuTime()-c0 }()
	ana, err := korean.Default()
	if err != nil {
		return f, fmt.Errorf("bench: fill: %w", err)
	}
	rx, err := newRemixer(ana, donors)
	if err != nil {
		return f, err
	}
	f.Donors, f.Lines = len(rx.donors), len(rx.units)
	rng := rand.New(rand.NewPCG(uint64(seed), 0xf111))
	for i := 0; f.Articles < n; {
		if f.Repeats > n+100 {
			return f, fmt.Errorf("bench: fill: %d remixed texts repeat earlier ones; too few donors (%d)", f.Repeats, f.Donors)
		}
		docs := make([]*extract.Document, 0, min(batch, n-f.Articles))
		for len(docs) < cap(docs) {
			d, err := rx.article(rng, i)
			if err != nil {
				return f, err
			}
			docs = append(docs, d)
			i++
		}
		if err := f.put(ctx, st, docs); err != nil {
			return f, err
		}
		if progress != nil {
			progress(f.Articles)
		}
	}
	return f, nil
}

// put stores one batch and counts what was stored.
func (f *Fill) put(ctx context.Context, st store.Store, docs []*extract.Document) error {
	t0 := time.Now()
	res, err := st.Put(ctx, docs)
	f.PutWall += time.Since(t0)
	if err != nil {
		return fmt.Errorf("bench: fill: %w", err)
	}
	for i, r := range res {
		switch r.Status {
		case store.Failed:
			return fmt.Errorf("bench: fill: storing %s: %w", r.ID, r.Err)
		case store.Duplicate:
			f.Repeats++
			continue
		case store.NearDuplicate:
			f.NearDuplicates++
		}
		f.Articles++
		f.Bytes += int64(len(docs[i].Text))
	}
	return nil
}

// errEnough stops an Export early.
var errEnough = errors.New("enough")

// FirstDocuments reads back up to n stored documents in ingest order.
func FirstDocuments(ctx context.Context, st store.Store, n int) ([]*extract.Document, error) {
	var out []*extract.Document
	err := st.Export(ctx, store.ExportQuery{}, func(d *extract.Document) error {
		out = append(out, d)
		if len(out) >= n {
			return errEnough
		}
		return nil
	})
	if err != nil && !errors.Is(err, errEnough) {
		return nil, fmt.Errorf("bench: reading back documents: %w", err)
	}
	return out, nil
}

// Size is what the database costs on disk.
type Size struct {
	Articles  int   `json:"articles"`
	TextBytes int64 `json:"text_bytes"` // sum of the stored article texts
	DBBytes   int64 `json:"db_bytes"`   // database file plus WAL, after close
}

// PerArticle is database bytes per stored article.
func (s Size) PerArticle() float64 {
	if s.Articles == 0 {
		return 0
	}
	return float64(s.DBBytes) / float64(s.Articles)
}

// OverText is the database size over the raw text size.
func (s Size) OverText() float64 {
	if s.TextBytes == 0 {
		return 0
	}
	return float64(s.DBBytes) / float64(s.TextBytes)
}

// FileSize sums the sizes of a SQLite database and its -wal and -shm
// files, whichever exist.
func FileSize(path string) int64 {
	var n int64
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if fi, err := os.Stat(p); err == nil {
			n += fi.Size()
		}
	}
	return n
}

// sortedDurations returns a sorted copy.
func sortedDurations(d []time.Duration) []time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s
}
