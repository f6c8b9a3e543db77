package queue

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/ingest"
	"github.com/sosik-news/sosik/internal/store"
)

// publishCorpus publishes the JSON Lines corpus at path to q.
func publishCorpus(t *testing.T, q *Queue, path string, m *Metrics) *PublishSummary {
	t.Helper()
	r := &ingest.Reader{}
	sum, err := q.Publish(context.Background(), r.Items(context.Background(), []string{path}), m, nil)
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

// fastWorker settings: no retry delay, short fetch waits, drain.
func fastWorker() WorkerOptions {
	return WorkerOptions{MaxInFlight: 16, Concurrency: 2, BatchSize: 8, RetryDelay: -1, IdleWait: 200 * time.Millisecond, BatchWait: 100 * time.Millisecond, Drain: true}
}

// TestOpenExisting: a command that only looks does not create a queue.
func TestOpenExisting(t *testing.T) {
	url := testQueueURL(t, "")
	if _, err := Open(context.Background(), url, Options{Existing: true}); err == nil || !strings.Contains(err.Error(), "no such queue") {
		t.Fatalf("Open(Existing) of a new queue: %v, want no such queue", err)
	}
	openQueue(t, url, Options{})
	q := openQueue(t, url, Options{Existing: true})
	s, err := q.Status(context.Background())
	if err != nil || s.Pending != 0 || s.MaxDeliver != DefaultMaxDeliver || s.AckWait != DefaultAckWait {
		t.Fatalf("status of the new queue = %+v, %v", s, err)
	}
}

// TestPublishDedupes: one message per article ID, repeats within the
// duplicate window dropped by JetStream, whether in one run or the next.
func TestPublishDedupes(t *testing.T) {
	url := testQueueURL(t, "")
	q := openQueue(t, url, Options{})
	path, gen := writeCorpus(t, 40, 7)
	m := NewMetrics()
	first := publishCorpus(t, q, path, m)
	if first.Queued != gen.Distinct || first.Duplicates != gen.Duplicates || first.Failed != 0 {
		t.Fatalf("first publish = %+v, want %d queued and %d duplicates", first, gen.Distinct, gen.Duplicates)
	}
	second := publishCorpus(t, q, path, m)
	if second.Queued != 0 || second.Duplicates != gen.Records {
		t.Fatalf("second publish = %+v, want all %d records duplicate", second, gen.Records)
	}
	s, err := q.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if s.Pending != uint64(gen.Distinct) || s.InFlight != 0 || s.Failed != 0 {
		t.Errorf("status = %+v, want %d pending", s, gen.Distinct)
	}
	if got := float64(m.Published(string(Queued)).Get()); got != float64(gen.Distinct) {
		t.Errorf("published{queued} = %v, want %d", got, gen.Distinct)
	}
}

// TestWorkStoresOnce: a worker stores every queued article once; the same
// articles queued again (a new queue, no duplicate window) are found stored
// and acknowledged without a second copy.
func TestWorkStoresOnce(t *testing.T) {
	path, gen := writeCorpus(t, 20, 11)
	ids := corpusIDs(t, path)
	dsn := testDSN(t)
	st := openStore(t, dsn)
	for round := range 2 {
		q := openQueue(t, testQueueURL(t, fmt.Sprint(round)), Options{})
		publishCorpus(t, q, path, nil)
		sum, err := q.Work(context.Background(), testExtractor(t), st, fastWorker())
		if err != nil {
			t.Fatal(err)
		}
		if sum.Finished() != gen.Distinct || sum.Dead != 0 {
			t.Fatalf("round %d: worker finished %+v, want %d", round, sum, gen.Distinct)
		}
		stored := sum.Inserted + sum.NearDuplicates
		if round == 0 && stored != gen.Distinct {
			t.Errorf("round 0 stored %d, want %d", stored, gen.Distinct)
		}
		if round == 1 && (stored != 0 || sum.Duplicates != gen.Distinct) {
			t.Errorf("round 1 = %+v, want %d duplicates and nothing stored", sum, gen.Distinct)
		}
		s, err := q.Status(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if s.Pending != 0 || s.InFlight != 0 {
			t.Errorf("round %d: status after drain = %+v", round, s)
		}
	}
	assertStoredOnce(t, dsn, ids)
}

// failingSink refuses to store the articles whose headline contains marker,
// the way a store rejects one document of a batch.
type failingSink struct {
	ingest.Sink
	marker string
	mu     sync.Mutex
	tries  int
}

func (s *failingSink) Put(ctx context.Context, docs []*extract.Document) ([]store.PutResult, error) {
	var keep []*extract.Document
	for _, d := range docs {
		if !strings.Contains(d.Headline, s.marker) {
			keep = append(keep, d)
		}
	}
	stored, err := s.Sink.Put(ctx, keep)
	if err != nil {
		return nil, err
	}
	// Results in the order of docs, as the store gives them.
	res := make([]store.PutResult, 0, len(docs))
	for _, d := range docs {
		if strings.Contains(d.Headline, s.marker) {
			s.mu.Lock()
			s.tries++
			s.mu.Unlock()
			res = append(res, store.PutResult{ID: d.ID, Status: store.Failed, Err: errors.New("refused by the test store")})
			continue
		}
		res, stored = append(res, stored[0]), stored[1:]
	}
	return res, nil
}

// TestPoisonGoesToDeadLetters: a message that is not work is dead-lettered at
// once; one the store refuses is retried and dead-lettered after N
// deliveries, with the reason; the rest is stored.
func TestPoisonGoesToDeadLetters(t *testing.T) {
	const maxDeliver = 3
	q := openQueue(t, testQueueURL(t, ""), Options{MaxDeliver: maxDeliver})
	// The queue name (with the process ID) makes the articles new to a
	// shared PostgreSQL test database too.
	body := "대전시는 7일 시청에서 과학 축제 준비 회의를 열었다고 밝혔다. " + q.Name
	for i, title := range []string{"과학 축제 준비", "독성 기사 제목", "축제 자원봉사 모집"} {
		it := ingest.Item{Source: fmt.Sprintf("poison.jsonl:%d", i+1), Format: ingest.JSONL, Body: body + title}
		it.Meta.Title = title
		publishItems(t, q, it)
	}
	if _, err := q.js.Publish(context.Background(), q.WorkSubject(), []byte("이것은 작업이 아니다")); err != nil {
		t.Fatal(err)
	}
	dsn := testDSN(t)
	sink := &failingSink{Sink: openStore(t, dsn), marker: "독성"}
	sum, err := q.Work(context.Background(), testExtractor(t), sink, fastWorker())
	if err != nil {
		t.Fatal(err)
	}
	if sum.Dead != 2 || sum.Retried != maxDeliver-1 || sink.tries != maxDeliver || sum.Inserted+sum.NearDuplicates+sum.Duplicates != 2 {
		t.Fatalf("worker = %+v after %d store tries; want 2 stored, 2 dead, %d retries, %d tries", sum, sink.tries, maxDeliver-1, maxDeliver)
	}
	reasons := deadReasons(t, q)
	sort.Slice(reasons, func(i, j int) bool { return reasons[i].Reason < reasons[j].Reason })
	want := []string{"malformed work message", "refused by the test store"}
	wantDeliveries := []int{1, maxDeliver}
	if len(reasons) != 2 {
		t.Fatalf("dead letters = %v", reasons)
	}
	for i, d := range reasons {
		if !strings.Contains(d.Reason, want[i]) || d.Deliveries != wantDeliveries[i] {
			t.Errorf("dead letter %d = %q after %d deliveries, want %q after %d", i, d.Reason, d.Deliveries, want[i], wantDeliveries[i])
		}
	}
	s, err := q.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if s.Failed != 2 || s.Pending != 0 || s.InFlight != 0 {
		t.Errorf("status = %+v, want 2 failed, nothing left", s)
	}

	// After a fix (the store accepts it now) the refused article is
	// requeued and stored; the message that is not work stays dead.
	requeued, kept, err := q.Requeue(context.Background(), 0)
	if err != nil || requeued != 1 || kept != 1 {
		t.Fatalf("Requeue = %d, %d, %v; want 1 requeued, 1 kept", requeued, kept, err)
	}
	sink.marker = "고쳐진 뒤에는 없는 표지"
	sum, err = q.Work(context.Background(), testExtractor(t), sink, fastWorker())
	if err != nil || sum.Inserted+sum.NearDuplicates+sum.Duplicates != 1 || sum.Dead != 0 {
		t.Fatalf("worker after requeue = %+v, %v; want the article stored", sum, err)
	}
	if left := deadReasons(t, q); len(left) != 1 || !strings.Contains(left[0].Reason, "malformed") {
		t.Errorf("dead letters after requeue = %+v", left)
	}
}

// TestUnansweredDeliveriesDeadLetter: a message delivered N times without an
// answer (its workers died on it) is dead-lettered at its next delivery
// instead of being processed again.
func TestUnansweredDeliveriesDeadLetter(t *testing.T) {
	const maxDeliver = 2
	q := openQueue(t, testQueueURL(t, ""), Options{MaxDeliver: maxDeliver})
	it := ingest.Item{Source: "crash.jsonl:1", Format: ingest.JSONL, Body: "세종시는 9일 새 공원을 열었다. " + q.Name}
	it.Meta.Title = "세종시 새 공원"
	publishItems(t, q, it)
	for range maxDeliver {
		// A worker takes the message and dies: give it back unanswered.
		b, err := q.cons.Fetch(1, jetstream.FetchMaxWait(10*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for m := range b.Messages() {
			n++
			if err := m.Nak(); err != nil {
				t.Fatal(err)
			}
		}
		if n != 1 {
			t.Fatalf("fetched %d messages, want 1", n)
		}
	}
	dsn := testDSN(t)
	sum, err := q.Work(context.Background(), testExtractor(t), openStore(t, dsn), fastWorker())
	if err != nil {
		t.Fatal(err)
	}
	if sum.Dead != 1 || sum.Finished() != 1 {
		t.Fatalf("worker = %+v, want the message dead-lettered", sum)
	}
	reasons := deadReasons(t, q)
	if len(reasons) != 1 || !strings.Contains(reasons[0].Reason, "not acknowledged in 2 deliveries") || reasons[0].Deliveries != maxDeliver+1 {
		t.Errorf("dead letters = %+v", reasons)
	}
}

func publishItems(t *testing.T, q *Queue, items ...ingest.Item) {
	t.Helper()
	seq := func(yield func(ingest.Item) bool) {
		for _, it := range items {
			if !yield(it) {
				return
			}
		}
	}
	sum, err := q.Publish(context.Background(), seq, nil, nil)
	if err != nil || sum.Queued != len(items) {
		t.Fatalf("publish = %+v, %v", sum, err)
	}
}

func deadReasons(t *testing.T, q *Queue) []DeadLetter {
	t.Helper()
	var out []DeadLetter
	if err := q.DeadLetters(context.Background(), 0, func(d DeadLetter) error {
		out = append(out, d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestMetricsGather: the worker's counters and the queue's status gauges
// register together and report the real counts.
func TestMetricsGather(t *testing.T) {
	q := openQueue(t, testQueueURL(t, ""), Options{})
	it := ingest.Item{Source: "m.jsonl:1", Format: ingest.JSONL, Body: "울산시는 2일 새 버스 노선을 발표했다. " + q.Name}
	it.Meta.Title = "울산 새 버스 노선"
	publishItems(t, q, it)
	m := NewMetrics()
	status := NewStatusWriter(q)
	got := gathered(t, m, status)
	want := map[string]float64{"sosik_queue_pending": 1, "sosik_queue_in_flight": 0, "sosik_queue_failed": 0}
	for name, v := range want {
		if got[name] != v {
			t.Errorf("%s = %v, want %v (all: %v)", name, got[name], v, got)
		}
	}
	dsn := testDSN(t)
	if _, err := q.Work(context.Background(), testExtractor(t), openStore(t, dsn), WorkerOptions{Metrics: m, RetryDelay: -1, Drain: true, IdleWait: 200 * time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	got = gathered(t, m, status)
	if got["sosik_queue_pending"] != 0 || got["sosik_worker_articles_total"] != 1 || got["sosik_worker_in_flight"] != 0 {
		t.Errorf("after the work: %v", got)
	}
}

// gathered sums the values of each series of the metrics' and the
// status's exposition, by metric name without labels.
func gathered(t *testing.T, m *Metrics, status *StatusWriter) map[string]float64 {
	t.Helper()
	var b strings.Builder
	m.Write(&b)
	status.Write(&b)
	out := make(map[string]float64)
	for line := range strings.Lines(b.String()) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		series, value, ok := strings.Cut(strings.TrimSpace(line), " ")
		v, err := strconv.ParseFloat(value, 64)
		if !ok || err != nil {
			t.Fatalf("exposition line %q", line)
		}
		name, _, _ := strings.Cut(series, "{")
		out[name] += v
	}
	return out
}
