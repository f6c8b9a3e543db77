package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/ingest"
	"github.com/sosik-news/sosik/internal/store"
)

// WorkerOptions tunes Work. The zero value means the defaults.
type WorkerOptions struct {
	// MaxInFlight bounds the messages this worker holds unacknowledged;
	// 0 means 64.
	MaxInFlight int
	// Concurrency is the number of parse and extract goroutines; 0 means
	// runtime.NumCPU().
	Concurrency int
	// BatchSize is how many documents one store transaction holds at most;
	// 0 means 32.
	BatchSize int
	// BatchWait is how long a partial batch waits before it is committed;
	// 0 means 500ms.
	BatchWait time.Duration
	// RetryDelay is how long a failed message waits before its next
	// delivery, times the deliveries so far; 0 means 2s, negative none.
	RetryDelay time.Duration
	// IdleWait is how long one fetch waits for messages; 0 means 1s.
	IdleWait time.Duration
	// Drain makes Work return once the queue is empty: nothing pending and
	// nothing in flight at any worker.
	Drain bool
	// Metrics, when set, counts what the worker does.
	Metrics *Metrics
	// Logger receives retries, dead letters and store failures; nil
	// discards them.
	Logger *slog.Logger
}

func (o *WorkerOptions) defaults() {
	if o.MaxInFlight <= 0 {
		o.MaxInFlight = 64
	}
	if o.Concurrency <= 0 {
		o.Concurrency = runtime.NumCPU()
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 32
	}
	if o.BatchWait <= 0 {
		o.BatchWait = 500 * time.Millisecond
	}
	if o.RetryDelay == 0 {
		o.RetryDelay = 2 * time.Second
	}
	if o.IdleWait <= 0 {
		o.IdleWait = time.Second
	}
	if o.Metrics == nil {
		o.Metrics = NewMetrics()
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
}

// WorkerSummary counts what one Work run did with the messages it finished.
type WorkerSummary struct {
	Inserted       int           `json:"inserted"`
	NearDuplicates int           `json:"near_duplicates"`
	Duplicates     int           `json:"duplicates"`
	Retried        int           `json:"retried"`
	Dead           int           `json:"dead"`
	Elapsed        time.Duration `json:"elapsed_ns"`
}

// Finished counts the messages acknowledged or dead-lettered.
func (s *WorkerSummary) Finished() int {
	return s.Inserted + s.NearDuplicates + s.Duplicates + s.Dead
}

// Rate is finished messages per second.
func (s *WorkerSummary) Rate() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Finished()) / s.Elapsed.Seconds()
}

// WriteText prints the summary for a person.
func (s *WorkerSummary) WriteText(w io.Writer) {
	fmt.Fprintf(w, "worked %d messages in %s (%.1f/s)\n", s.Finished(), s.Elapsed.Round(time.Millisecond), s.Rate())
	fmt.Fprintf(w, "  inserted:         %d\n", s.Inserted)
	fmt.Fprintf(w, "  near-duplicates:  %d\n", s.NearDuplicates)
	fmt.Fprintf(w, "  duplicates:       %d (already stored)\n", s.Duplicates)
	fmt.Fprintf(w, "  retried:          %d (failed deliveries given back to the queue)\n", s.Retried)
	fmt.Fprintf(w, "  dead letters:     %d\n", s.Dead)
}

// maxStoreFailures is how many store batches in a row may fail before a
// worker gives up: its messages go back to the queue for other workers.
const maxStoreFailures = 3

// task is one message on its way through a worker.
type task struct {
	msg  jetstream.Msg
	meta *jetstream.MsgMetadata
	work *Work
	doc  *extract.Document
}

// worker is one Work run.
type worker struct {
	q          *Queue
	x          ingest.Extractor
	st         ingest.Sink
	opt        WorkerOptions
	maxDeliver int
	slots      chan struct{}

	mu    sync.Mutex
	sum   WorkerSummary
	fatal error
	stop  context.CancelFunc
}

// Work pulls messages until ctx is cancelled (or, with opt.Drain, until the
// queue is empty): each is parsed, extracted and stored in a batch, and
// acknowledged after its batch is committed. What is in flight when ctx is
// cancelled is finished first. The error is for the run as a whole: the
// connection lost, the store failing batch after batch.
func (q *Queue) Work(ctx context.Context, x ingest.Extractor, st ingest.Sink, opt WorkerOptions) (*WorkerSummary, error) {
	opt.defaults()
	start := time.Now()
	ci := q.cons.CachedInfo()
	w := &worker{q: q, x: x, st: st, opt: opt, maxDeliver: ci.Config.MaxDeliver - 1,
		slots: make(chan struct{}, opt.MaxInFlight)}
	fetchCtx, stop := context.WithCancel(ctx)
	w.stop = stop
	defer stop()
	work := context.WithoutCancel(ctx)

	jobs := make(chan *task, opt.MaxInFlight)
	docs := make(chan *task, opt.MaxInFlight)
	var extractors, writer sync.WaitGroup
	for range opt.Concurrency {
		extractors.Go(func() {
			for t := range jobs {
				w.handle(work, t, docs)
			}
		})
	}
	writer.Go(func() { w.write(work, docs) })
	fetchErr := w.fetch(fetchCtx, jobs)
	close(jobs)
	extractors.Wait()
	close(docs)
	writer.Wait()

	w.mu.Lock()
	defer w.mu.Unlock()
	w.sum.Elapsed = time.Since(start)
	sum := w.sum
	switch {
	case w.fatal != nil:
		return &sum, fmt.Errorf("worker on queue %s: %w", q.Name, w.fatal)
	case fetchErr != nil && ctx.Err() == nil:
		return &sum, fmt.Errorf("worker on queue %s: %w", q.Name, fetchErr)
	}
	return &sum, nil
}

// fetch pulls messages into jobs while it has free slots, until ctx ends or,
// when draining, the queue is empty.
func (w *worker) fetch(ctx context.Context, jobs chan<- *task) error {
	errs := 0
	for ctx.Err() == nil {
		n, err := w.acquire(ctx)
		if err != nil {
			return nil
		}
		got, err := w.fetchBatch(ctx, n, jobs)
		w.release(n - got)
		if err != nil {
			// The connection reconnects by itself; a server gone for good
			// ends the worker.
			if errs++; errs >= maxFetchErrors {
				return err
			}
			w.opt.Logger.Warn("fetch failed", "err", err)
			sleep(ctx, w.opt.IdleWait)
			continue
		}
		errs = 0
		if got == 0 && w.opt.Drain && len(w.slots) == 0 {
			empty, err := w.queueEmpty(ctx)
			if err != nil {
				return err
			}
			if empty {
				return nil
			}
		}
	}
	return nil
}

// maxFetchErrors is how many fetches in a row may fail before a worker
// gives up.
const maxFetchErrors = 30

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// acquire waits for one free slot and takes every other free one.
func (w *worker) acquire(ctx context.Context) (int, error) {
	select {
	case w.slots <- struct{}{}:
	case <-ctx.Done():
		return 0, ctx.Err()
	}
	n := 1
	for n < w.opt.MaxInFlight {
		select {
		case w.slots <- struct{}{}:
			n++
		default:
			return n, nil
		}
	}
	return n, nil
}

func (w *worker) release(n int) {
	for range n {
		<-w.slots
	}
}

func (w *worker) fetchBatch(ctx context.Context, n int, jobs chan<- *task) (int, error) {
	fctx, cancel := context.WithTimeout(ctx, w.opt.IdleWait)
	defer cancel()
	batch, err := w.q.cons.Fetch(n, jetstream.FetchContext(fctx))
	if err != nil {
		if ctx.Err() != nil {
			return 0, nil
		}
		return 0, fmt.Errorf("fetching: %w", err)
	}
	got := 0
	for msg := range batch.Messages() {
		got++
		w.opt.Metrics.InFlight.Inc()
		jobs <- &task{msg: msg}
	}
	if err := batch.Error(); err != nil && !errors.Is(err, context.Canceled) &&
		!errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, jetstream.ErrNoMessages) {
		return got, fmt.Errorf("fetching: %w", err)
	}
	return got, nil
}

// queueEmpty reports whether no message is pending or in flight anywhere.
func (w *worker) queueEmpty(ctx context.Context) (bool, error) {
	s, err := w.q.Status(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return false, nil
		}
		return false, err
	}
	return s.Pending == 0 && s.InFlight == 0, nil
}

// handle parses, checks and extracts one message and hands its document to
// the writer, or finishes the message when there is nothing to store.
func (w *worker) handle(ctx context.Context, t *task, docs chan<- *task) {
	meta, err := t.msg.Metadata()
	if err != nil {
		w.fail(ctx, t, fmt.Errorf("reading message metadata: %w", err), true)
		return
	}
	t.meta = meta
	if int(meta.NumDelivered) > w.maxDeliver {
		w.fail(ctx, t, fmt.Errorf("not acknowledged in %d deliveries: a worker crashed or ran past the ack wait on it", w.maxDeliver), true)
		return
	}
	if t.work, err = DecodeWork(t.msg.Data()); err != nil {
		w.fail(ctx, t, err, true)
		return
	}
	start := time.Now()
	a, err := t.work.Article()
	if err != nil {
		w.fail(ctx, t, err, true)
		return
	}
	has, err := w.st.Has(ctx, []string{a.ID})
	if err != nil {
		w.fail(ctx, t, fmt.Errorf("looking up %s: %w", a.ID, err), false)
		return
	}
	if has[a.ID] {
		w.ack(t, OutcomeDuplicate)
		return
	}
	if t.doc, err = extractDoc(w.x, a); err != nil {
		w.fail(ctx, t, err, false)
		return
	}
	w.opt.Metrics.Extract.Update(time.Since(start).Seconds())
	docs <- t
}

// extractDoc extracts a, turning a panic of the extractor into an error.
func extractDoc(x ingest.Extractor, a *article.Article) (doc *extract.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, fmt.Errorf("%s: extracting: internal error: %v", a.Source, p)
		}
	}()
	if doc = x.Extract(a); doc == nil {
		return nil, fmt.Errorf("%s: extracting: no document", a.Source)
	}
	return doc, nil
}

// write commits the documents in batches of BatchSize, or what came within
// BatchWait.
func (w *worker) write(ctx context.Context, docs <-chan *task) {
	var batch []*task
	timer := time.NewTimer(w.opt.BatchWait)
	timer.Stop()
	failures := 0
	flush := func() {
		if len(batch) > 0 {
			failures = w.commit(ctx, batch, failures)
			batch = batch[:0]
		}
	}
	for {
		select {
		case t, ok := <-docs:
			if !ok {
				flush()
				return
			}
			if len(batch) == 0 {
				timer.Reset(w.opt.BatchWait)
			}
			if batch = append(batch, t); len(batch) >= w.opt.BatchSize {
				timer.Stop()
				flush()
			}
		case <-timer.C:
			flush()
		}
	}
}

// commit stores one batch and answers its messages; it returns the store
// failures in a row so far.
func (w *worker) commit(ctx context.Context, batch []*task, failures int) int {
	docs := make([]*extract.Document, len(batch))
	for i, t := range batch {
		docs[i] = t.doc
	}
	start := time.Now()
	res, err := w.st.Put(ctx, docs)
	w.opt.Metrics.Commit.Update(time.Since(start).Seconds())
	if err == nil {
		err = checkResults(docs, res)
	}
	if err != nil {
		err = fmt.Errorf("storing a batch of %d: %w", len(docs), err)
		w.opt.Logger.Warn("store failed", "err", err)
		for _, t := range batch {
			w.fail(ctx, t, err, false)
		}
		if failures+1 >= maxStoreFailures {
			w.setFatal(fmt.Errorf("%d store batches failed in a row, last: %w", failures+1, err))
		}
		return failures + 1
	}
	for i, r := range res {
		switch r.Status {
		case store.Inserted:
			w.ack(batch[i], OutcomeInserted)
		case store.NearDuplicate:
			w.ack(batch[i], OutcomeNearDuplicate)
		case store.Duplicate:
			w.ack(batch[i], OutcomeDuplicate)
		default:
			w.fail(ctx, batch[i], fmt.Errorf("storing %s: %w", r.ID, r.Err), false)
		}
	}
	w.opt.Logger.Info("committed", "documents", len(docs))
	return 0
}

// checkResults makes sure the store answered every document, in order: an
// answer given to the wrong message would acknowledge an unstored article.
func checkResults(docs []*extract.Document, res []store.PutResult) error {
	if len(res) != len(docs) {
		return fmt.Errorf("store returned %d results for %d documents", len(res), len(docs))
	}
	for i, r := range res {
		if r.ID != docs[i].ID {
			return fmt.Errorf("store answered %s for document %s: results out of order", r.ID, docs[i].ID)
		}
	}
	return nil
}

func (w *worker) setFatal(err error) {
	w.mu.Lock()
	if w.fatal == nil {
		w.fatal = err
	}
	w.mu.Unlock()
	w.stop()
}

// ack acknowledges a finished message. A lost ack only means the message
// comes again and is found stored.
func (w *worker) ack(t *task, outcome string) {
	if err := t.msg.Ack(); err != nil {
		w.opt.Logger.Warn("ack failed; the message will come again", "err", err)
	}
	w.finish(outcome)
}

// fail gives a failed message back to the queue for a later delivery, or,
// when it is permanent or this was its last delivery, dead-letters it.
func (w *worker) fail(ctx context.Context, t *task, reason error, permanent bool) {
	n := 0
	if t.meta != nil {
		n = int(t.meta.NumDelivered)
	}
	if permanent || n >= w.maxDeliver {
		w.deadLetter(ctx, t, n, reason)
		return
	}
	w.opt.Logger.Info("retrying", "delivery", n, "err", reason)
	var err error
	if w.opt.RetryDelay > 0 {
		err = t.msg.NakWithDelay(w.opt.RetryDelay * time.Duration(n))
	} else {
		err = t.msg.Nak()
	}
	if err != nil {
		w.opt.Logger.Warn("nak failed; the message will come after the ack wait", "err", err)
	}
	w.finish(OutcomeRetried)
}

// deadLetter publishes the message with its reason to the dead-letter
// stream, then terminates it; when that publish fails the message is given
// back instead, never dropped.
func (w *worker) deadLetter(ctx context.Context, t *task, n int, reason error) {
	d := DeadLetter{Deliveries: n, Reason: reason.Error()}
	if t.work != nil {
		d.ID, d.Source = t.work.ID, t.work.Source
	}
	d.Work, d.Truncated = clip(t.msg.Data())
	data, err := json.Marshal(d)
	if err == nil {
		var opts []jetstream.PublishOpt
		if t.meta != nil {
			opts = append(opts, jetstream.WithMsgID(fmt.Sprintf("%s-dead-%d", w.q.Name, t.meta.Sequence.Stream)))
		}
		_, err = w.q.js.Publish(ctx, w.q.DeadSubject(), data, opts...)
	}
	if err != nil {
		w.opt.Logger.Error("dead-lettering failed; giving the message back", "err", err)
		_ = t.msg.Nak()
		w.finish(OutcomeRetried)
		return
	}
	w.opt.Logger.Warn("dead letter", "id", d.ID, "source", d.Source, "deliveries", n, "reason", d.Reason)
	if err := t.msg.Term(); err != nil {
		w.opt.Logger.Warn("term failed", "err", err)
	}
	w.finish(OutcomeDead)
}

// clip keeps a message body of up to 64 KiB as JSON, or a quoted prefix.
func clip(data []byte) (json.RawMessage, bool) {
	if len(data) <= maxDeadLetterBytes && json.Valid(data) {
		return json.RawMessage(data), false
	}
	if len(data) > maxDeadLetterBytes {
		data = data[:maxDeadLetterBytes]
	}
	q, _ := json.Marshal(string(data))
	return q, true
}

// finish counts a message done and frees its slot.
func (w *worker) finish(outcome string) {
	w.mu.Lock()
	switch outcome {
	case OutcomeInserted:
		w.sum.Inserted++
	case OutcomeNearDuplicate:
		w.sum.NearDuplicates++
	case OutcomeDuplicate:
		w.sum.Duplicates++
	case OutcomeRetried:
		w.sum.Retried++
	case OutcomeDead:
		w.sum.Dead++
	}
	w.mu.Unlock()
	w.opt.Metrics.Articles(outcome).Inc()
	w.opt.Metrics.InFlight.Dec()
	w.release(1)
}
