package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// Sink is where ingested documents go; store.Store satisfies it.
type Sink interface {
	// Put stores a batch in one transaction, idempotently by Document.ID.
	Put(ctx context.Context, docs []*extract.Document) ([]store.PutResult, error)
	// Has reports which IDs are already stored.
	Has(ctx context.Context, ids []string) (map[string]bool, error)
}

// Extractor extracts facts from a parsed article; *extract.Extractor
// satisfies it. It must be safe for concurrent use.
type Extractor interface {
	Extract(a *article.Article) *extract.Document
}

// Status is the final outcome of one item.
type Status string

// Item outcomes. The first three mirror store.PutStatus.
const (
	Inserted      Status = Status(store.Inserted)
	Duplicate     Status = Status(store.Duplicate)
	NearDuplicate Status = Status(store.NearDuplicate)
	Failed        Status = Status(store.Failed)
	// Skipped: an input without an article (a file in a folder that is not
	// news input, an empty JSON array); not a failure.
	Skipped Status = "skipped"
	// Noticed: something done on the way, such as a symbolic link
	// followed; it is not an article.
	Noticed Status = "noticed"
)

// Outcome is what happened to one item.
type Outcome struct {
	Source string
	ID     string // empty when the item failed before parsing
	Status Status
	// StoryID is the original of the item's story when stored.
	StoryID string
	// AlreadyStored marks a Duplicate found in the store before extraction.
	AlreadyStored bool
	Err           error
	// Note says why an item was skipped, or what a notice reports.
	Note string
	// Bytes is the item's share of the input, for progress.
	Bytes int64
}

// Options tunes Run. The zero value is usable.
type Options struct {
	// Workers is the number of parse and extract goroutines; 0 means
	// runtime.NumCPU().
	Workers int
	// BatchSize is how many documents one store transaction holds at most;
	// 0 means 200.
	BatchSize int
	// BatchWait is how long a partial batch waits for more before it is
	// committed; 0 means 1s. It bounds what a crash can cost.
	BatchWait time.Duration
	// OnOutcome, when set, is called once per item, from one goroutine, as
	// items complete (after their batch committed, for stored items).
	OnOutcome func(Outcome)
	// OnCommit, when set, is called after each committed batch with its
	// size and the number of documents committed so far in this run.
	OnCommit func(batch, total int)
}

func (o *Options) defaults() {
	if o.Workers <= 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 200
	}
	if o.BatchWait <= 0 {
		o.BatchWait = time.Second
	}
}

// maxStoreFailures is how many batches in a row may fail before Run gives up:
// a read-only or full disk fails every batch, and extracting the rest of a
// large input only to drop it helps nobody.
const maxStoreFailures = 3

// hasBatch and hasWait bound the lookups of already-stored IDs.
const (
	hasBatch = 256
	hasWait  = 20 * time.Millisecond
)

// seenLimit bounds the IDs remembered to skip in-run repeats before
// extraction; past it the memory is reset and the store's idempotent Put
// still catches repeats, only at the cost of extracting them.
const seenLimit = 1 << 20

type parsed struct {
	item Item
	art  *article.Article
}

type toWrite struct {
	item    Item
	doc     *extract.Document // nil: outcome is final already
	outcome Outcome
}

// Run ingests items into sink: parsing and extraction run on opt.Workers
// goroutines, items the sink already has are skipped before extraction, and
// documents are committed in batches. Per-item problems are outcomes, never
// errors; the error is for the run as a whole (ctx cancelled, the store
// failing batch after batch). The Summary is valid in both cases and counts
// what was done.
func Run(ctx context.Context, items iter.Seq[Item], x Extractor, sink Sink, opt Options) (*Summary, error) {
	opt.defaults()
	start := time.Now()
	sum := newSummary()

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	out := startStages(ctx, items, x, sink, opt)
	w := writer{sink: sink, opt: opt, sum: sum}
	fatal := w.loop(ctx, cancel, out)
	sum.Elapsed = time.Since(start)
	sum.sortReasons()
	if fatal != nil {
		return sum, fatal
	}
	if err := context.Cause(ctx); err != nil {
		return sum, fmt.Errorf("ingest: interrupted: %w", err)
	}
	return sum, nil
}

// startStages starts the reader, parser, resume-filter and extractor
// goroutines; what they produce comes out of the returned channel, closed
// when they are all done.
func startStages(ctx context.Context, items iter.Seq[Item], x Extractor, sink Sink, opt Options) <-chan toWrite {
	raw := make(chan Item, opt.Workers*2)
	parsedCh := make(chan parsed, opt.Workers*2)
	extractCh := make(chan parsed, opt.Workers*2)
	out := make(chan toWrite, opt.BatchSize)

	// Reader.
	go func() {
		defer close(raw)
		for it := range items {
			select {
			case raw <- it:
			case <-ctx.Done():
				return
			}
		}
	}()

	var producers, parsers sync.WaitGroup
	// Parsers: cheap, they give the ID the resume check needs.
	for range opt.Workers {
		parsers.Add(1)
		producers.Add(1)
		go func() {
			defer parsers.Done()
			defer producers.Done()
			parseStage(ctx, raw, parsedCh, out)
		}()
	}
	go func() {
		parsers.Wait()
		close(parsedCh)
	}()

	// Resume filter: one goroutine batching lookups of stored IDs.
	producers.Add(1)
	go func() {
		defer producers.Done()
		defer close(extractCh)
		filterStored(ctx, sink, parsedCh, extractCh, out)
	}()

	// Extractors: the costly step.
	for range opt.Workers {
		producers.Add(1)
		go func() {
			defer producers.Done()
			extractStage(ctx, x, extractCh, out)
		}()
	}
	go func() {
		producers.Wait()
		close(out)
	}()
	return out
}

// parseStage parses raw items; failures and skipped items are final.
func parseStage(ctx context.Context, raw <-chan Item, next chan<- parsed, out chan<- toWrite) {
	for it := range raw {
		if ctx.Err() != nil {
			continue // drain
		}
		if it.Skipped {
			out <- toWrite{outcome: skippedOutcome(it)}
			continue
		}
		a, err := parseItem(&it)
		if err != nil {
			out <- toWrite{outcome: Outcome{Source: it.Source, Status: Failed, Err: err, Bytes: it.Bytes}}
			continue
		}
		next <- parsed{item: it, art: a}
	}
}

// extractStage extracts parsed articles; it stops extracting (and only
// drains) once ctx is done.
func extractStage(ctx context.Context, x Extractor, in <-chan parsed, out chan<- toWrite) {
	for p := range in {
		if ctx.Err() != nil {
			continue
		}
		doc, err := extractContext(ctx, x, p.art)
		if err != nil {
			out <- toWrite{outcome: Outcome{Source: p.item.Source, ID: p.art.ID, Status: Failed,
				Err: fmt.Errorf("%s: %w", p.item.Source, err), Bytes: p.item.Bytes}}
			continue
		}
		out <- toWrite{item: p.item, doc: doc}
	}
}

// loop is the writer's goroutine: it records final outcomes and commits
// documents in batches, by size or after BatchWait. It returns the error
// that made it give up on the store, after cancelling the run with it.
func (w *writer) loop(ctx context.Context, cancel context.CancelCauseFunc, out <-chan toWrite) error {
	timer := time.NewTimer(w.opt.BatchWait)
	timer.Stop()
	defer timer.Stop()
	var fatal error
	fail := func(err error) {
		if err != nil {
			fatal = err
			cancel(err)
		}
	}
	for {
		select {
		case tw, ok := <-out:
			if !ok {
				if fatal == nil && len(w.batch) > 0 {
					// Commit what was extracted even when the run was interrupted.
					fatal = w.flush(context.WithoutCancel(ctx))
				}
				return fatal
			}
			if fatal != nil {
				continue // drain after giving up
			}
			if tw.doc == nil {
				w.record(tw.outcome)
				continue
			}
			if len(w.batch) == 0 {
				timer.Reset(w.opt.BatchWait)
			}
			w.batch = append(w.batch, tw)
			if len(w.batch) >= w.opt.BatchSize {
				timer.Stop()
				fail(w.flush(ctx))
			}
		case <-timer.C:
			if fatal == nil && len(w.batch) > 0 {
				fail(w.flush(ctx))
			}
		}
	}
}

// skippedOutcome reports an item without an article: Skipped with its
// reason, or Noticed for a notice.
func skippedOutcome(it Item) Outcome {
	o := Outcome{Source: it.Source, Status: Skipped, Bytes: it.Bytes, Note: it.Note}
	if it.Notice {
		o.Status = Noticed
	}
	return o
}

// parseItem parses one item, turning a panic in the parser into an error:
// one hostile input must not end a run of millions.
func parseItem(it *Item) (a *article.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, fmt.Errorf("%s: parsing: internal error: %v", it.Source, p)
		}
	}()
	a, err = it.Article()
	if err != nil {
		// Reader and article errors already name the source.
		if !strings.HasPrefix(err.Error(), it.Source) {
			err = fmt.Errorf("%s: %w", it.Source, err)
		}
		return nil, err
	}
	if a == nil || a.ID == "" {
		return nil, fmt.Errorf("%s: parsing gave no article ID", it.Source)
	}
	return a, nil
}

// ContextExtractor is an Extractor that can stop early: it checks ctx
// (at sentence boundaries, say) and returns ctx's error when it is done.
// Extractors that implement it are given the request's or the run's
// context.
type ContextExtractor interface {
	ExtractContext(ctx context.Context, a *article.Article) (*extract.Document, error)
}

// extractContext extracts under ctx: not at all when ctx is done already,
// and cancellably when the extractor supports it.
func extractContext(ctx context.Context, x Extractor, a *article.Article) (doc *extract.Document, err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	cx, ok := x.(ContextExtractor)
	if !ok {
		return extractItem(x, a)
	}
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, fmt.Errorf("extracting: internal error: %v", p)
		}
	}()
	doc, err = cx.ExtractContext(ctx, a)
	if err == nil && doc == nil {
		err = errors.New("extracting: no document")
	}
	return doc, err
}

func extractItem(x Extractor, a *article.Article) (doc *extract.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, fmt.Errorf("extracting: internal error: %v", p)
		}
	}()
	doc = x.Extract(a)
	if doc == nil {
		return nil, errors.New("extracting: no document")
	}
	return doc, nil
}

// filterStored passes on the parsed items whose ID is neither in the store
// nor already seen in this run; the others are final Duplicate outcomes.
func filterStored(ctx context.Context, sink Sink, in <-chan parsed, next chan<- parsed, out chan<- toWrite) {
	seen := make(map[string]struct{})
	var batch []parsed
	timer := time.NewTimer(hasWait)
	timer.Stop()
	flush := func() {
		if len(batch) == 0 {
			return
		}
		ids := make([]string, 0, len(batch))
		for _, p := range batch {
			ids = append(ids, p.art.ID)
		}
		// A failed lookup only costs extraction work: Put is idempotent.
		stored, _ := sink.Has(ctx, ids)
		for _, p := range batch {
			id := p.art.ID
			_, again := seen[id]
			switch {
			case stored[id]:
				out <- toWrite{outcome: Outcome{Source: p.item.Source, ID: id, Status: Duplicate, AlreadyStored: true, StoryID: "", Bytes: p.item.Bytes}}
			case again:
				out <- toWrite{outcome: Outcome{Source: p.item.Source, ID: id, Status: Duplicate, Bytes: p.item.Bytes}}
			default:
				if len(seen) >= seenLimit {
					clear(seen)
				}
				seen[id] = struct{}{}
				next <- p
			}
		}
		batch = batch[:0]
	}
	for {
		select {
		case p, ok := <-in:
			if !ok {
				timer.Stop()
				flush()
				return
			}
			if ctx.Err() != nil {
				continue
			}
			if len(batch) == 0 {
				timer.Reset(hasWait)
			}
			batch = append(batch, p)
			if len(batch) >= hasBatch {
				timer.Stop()
				flush()
			}
		case <-timer.C:
			flush()
		}
	}
}

// writer commits batches and accounts for every outcome.
type writer struct {
	sink      Sink
	opt       Options
	sum       *Summary
	batch     []toWrite
	failures  int
	committed int
}

func (w *writer) record(o Outcome) {
	w.sum.add(o)
	if w.opt.OnOutcome != nil {
		w.opt.OnOutcome(o)
	}
}

// flush commits the pending batch. It returns an error only when the store
// should not be tried again.
func (w *writer) flush(ctx context.Context) error {
	batch := w.batch
	w.batch = nil
	docs := make([]*extract.Document, len(batch))
	for i, tw := range batch {
		docs[i] = tw.doc
	}
	results, err := w.sink.Put(ctx, docs)
	if err == nil && len(results) != len(docs) {
		err = fmt.Errorf("store returned %d results for %d documents", len(results), len(docs))
	}
	if err != nil {
		w.failures++
		for _, tw := range batch {
			w.record(Outcome{Source: tw.item.Source, ID: tw.doc.ID, Status: Failed,
				Err: fmt.Errorf("%s: storing: %w", tw.item.Source, err), Bytes: tw.item.Bytes})
		}
		if w.failures >= maxStoreFailures || errors.Is(err, store.ErrReadOnly) || errors.Is(err, store.ErrSchema) {
			return fmt.Errorf("ingest: giving up, the store failed: %w", err)
		}
		return nil
	}
	w.failures = 0
	stored := 0
	for i, tw := range batch {
		r := results[i]
		o := Outcome{Source: tw.item.Source, ID: tw.doc.ID, Status: Status(r.Status), StoryID: r.StoryID, Bytes: tw.item.Bytes}
		switch o.Status {
		case Failed:
			reason := r.Err
			if reason == nil {
				reason = errors.New("store gave no reason")
			}
			o.Err = fmt.Errorf("%s: storing: %w", tw.item.Source, reason)
		case Inserted, NearDuplicate:
			stored++
		}
		w.record(o)
	}
	w.committed += stored
	if w.opt.OnCommit != nil {
		w.opt.OnCommit(len(batch), w.committed)
	}
	return nil
}
