package queue

import (
	"context"
	"io"
	"sync/atomic"
	"time"

	vm "github.com/VictoriaMetrics/metrics"
)

// Outcome labels of sosik_worker_articles_total.
const (
	OutcomeInserted      = "inserted"
	OutcomeNearDuplicate = "near-duplicate"
	OutcomeDuplicate     = "duplicate"
	OutcomeRetried       = "retried"
	OutcomeDead          = "dead"
)

// Metrics are the queue's Prometheus series: what publishers queued and
// what workers did, for throughput (rate of the counters) and progress.
// They live in their own set; Write exposes it.
//
//   - sosik_queue_published_total{result}: articles published to the work
//     queue, by result (queued, duplicate within the window, failed);
//   - sosik_worker_articles_total{outcome}: work messages a worker finished,
//     by outcome (inserted, near-duplicate, duplicate, retried, dead);
//   - sosik_worker_in_flight: messages this worker holds unacknowledged;
//   - sosik_worker_extract_seconds: time to parse and extract one article;
//   - sosik_worker_commit_seconds: time to store one batch of documents.
type Metrics struct {
	set      *vm.Set
	InFlight *vm.Gauge
	Extract  *vm.PrometheusHistogram
	Commit   *vm.PrometheusHistogram
}

// NewMetrics makes the metrics in a set of their own.
func NewMetrics() *Metrics {
	set := vm.NewSet()
	buckets := vm.ExponentialBuckets(0.001, 2, 14)
	return &Metrics{
		set:      set,
		InFlight: set.NewGauge("sosik_worker_in_flight", nil),
		Extract:  set.NewPrometheusHistogramExt("sosik_worker_extract_seconds", buckets),
		Commit:   set.NewPrometheusHistogramExt("sosik_worker_commit_seconds", buckets),
	}
}

// Published counts the articles published with the given result.
func (m *Metrics) Published(result string) *vm.Counter {
	return m.set.GetOrCreateCounter(`sosik_queue_published_total{result="` + result + `"}`)
}

// Articles counts the work messages finished with the given outcome.
func (m *Metrics) Articles(outcome string) *vm.Counter {
	return m.set.GetOrCreateCounter(`sosik_worker_articles_total{outcome="` + outcome + `"}`)
}

// Write writes the metrics in the Prometheus text format.
func (m *Metrics) Write(w io.Writer) { m.set.WritePrometheus(w) }

// statusTimeout bounds the JetStream lookup of one scrape.
const statusTimeout = 2 * time.Second

// StatusWriter reports the queue's Status at every scrape:
// sosik_queue_pending (messages waiting for a worker), sosik_queue_in_flight
// (delivered and not yet acknowledged), sosik_queue_failed (in the
// dead-letter stream) and sosik_queue_redelivered (in flight and delivered
// more than once), each labelled with the queue's name. A failed lookup
// reports none of them and counts in sosik_queue_status_errors_total.
type StatusWriter struct {
	q      *Queue
	errors atomic.Uint64
}

// NewStatusWriter reports the status of q.
func NewStatusWriter(q *Queue) *StatusWriter {
	return &StatusWriter{q: q}
}

// Write looks the status up and writes it in the Prometheus text format.
func (c *StatusWriter) Write(w io.Writer) {
	ctx, cancel := context.WithTimeout(context.Background(), statusTimeout)
	defer cancel()
	s, err := c.q.Status(ctx)
	if err != nil {
		c.errors.Add(1)
	} else {
		label := `{queue="` + c.q.Name + `"}`
		vm.WriteGaugeUint64(w, "sosik_queue_pending"+label, s.Pending)
		vm.WriteGaugeUint64(w, "sosik_queue_in_flight"+label, uint64(s.InFlight))
		vm.WriteGaugeUint64(w, "sosik_queue_failed"+label, s.Failed)
		vm.WriteGaugeUint64(w, "sosik_queue_redelivered"+label, uint64(s.Redelivered))
	}
	vm.WriteCounterUint64(w, "sosik_queue_status_errors_total", c.errors.Load())
}
