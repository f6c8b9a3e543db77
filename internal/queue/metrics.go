package queue

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Outcome labels of sosik_worker_articles_total.
const (
	OutcomeInserted      = "inserted"
	OutcomeNearDuplicate = "near-duplicate"
	OutcomeDuplicate     = "duplicate"
	OutcomeRetried       = "retried"
	OutcomeDead          = "dead"
)

// Metrics are the queue's Prometheus counters: what publishers queued and
// what workers did, for throughput (rate of the counters) and progress.
type Metrics struct {
	Published *prometheus.CounterVec
	Articles  *prometheus.CounterVec
	InFlight  prometheus.Gauge
	Extract   prometheus.Histogram
	Commit    prometheus.Histogram
}

// NewMetrics makes unregistered metrics; Register adds them to a registry.
func NewMetrics() *Metrics {
	return &Metrics{
		Published: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sosik_queue_published_total",
			Help: "Articles published to the work queue, by result (queued, duplicate within the window, failed).",
		}, []string{"result"}),
		Articles: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sosik_worker_articles_total",
			Help: "Work messages a worker finished, by outcome (inserted, near-duplicate, duplicate, retried, dead).",
		}, []string{"outcome"}),
		InFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "sosik_worker_in_flight",
			Help: "Messages this worker holds unacknowledged.",
		}),
		Extract: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "sosik_worker_extract_seconds",
			Help:    "Time to parse and extract one article.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 14),
		}),
		Commit: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "sosik_worker_commit_seconds",
			Help:    "Time to store one batch of documents.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 14),
		}),
	}
}

// Register adds the metrics to reg.
func (m *Metrics) Register(reg prometheus.Registerer) error {
	for _, c := range []prometheus.Collector{m.Published, m.Articles, m.InFlight, m.Extract, m.Commit} {
		if err := reg.Register(c); err != nil {
			return err
		}
	}
	return nil
}

// statusTimeout bounds the JetStream lookup of one scrape.
const statusTimeout = 2 * time.Second

// StatusCollector reports the queue's Status at every scrape:
// sosik_queue_pending, sosik_queue_in_flight, sosik_queue_failed and
// sosik_queue_redelivered. A failed lookup reports nothing and counts in
// sosik_queue_status_errors_total.
type StatusCollector struct {
	q                                      *Queue
	pending, inFlight, failed, redelivered *prometheus.Desc
	errors                                 prometheus.Counter
}

// NewStatusCollector collects the status of q.
func NewStatusCollector(q *Queue) *StatusCollector {
	desc := func(name, help string) *prometheus.Desc {
		return prometheus.NewDesc(name, help, nil, prometheus.Labels{"queue": q.Name})
	}
	return &StatusCollector{
		q:           q,
		pending:     desc("sosik_queue_pending", "Messages waiting for a worker."),
		inFlight:    desc("sosik_queue_in_flight", "Messages delivered to a worker and not yet acknowledged."),
		failed:      desc("sosik_queue_failed", "Messages in the dead-letter stream."),
		redelivered: desc("sosik_queue_redelivered", "Messages in flight that were delivered more than once."),
		errors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sosik_queue_status_errors_total", Help: "Failed queue status lookups.",
		}),
	}
}

// Describe implements prometheus.Collector.
func (c *StatusCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- c.pending
	ch <- c.inFlight
	ch <- c.failed
	ch <- c.redelivered
	c.errors.Describe(ch)
}

// Collect implements prometheus.Collector.
func (c *StatusCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), statusTimeout)
	defer cancel()
	s, err := c.q.Status(ctx)
	if err != nil {
		c.errors.Inc()
	} else {
		ch <- prometheus.MustNewConstMetric(c.pending, prometheus.GaugeValue, float64(s.Pending))
		ch <- prometheus.MustNewConstMetric(c.inFlight, prometheus.GaugeValue, float64(s.InFlight))
		ch <- prometheus.MustNewConstMetric(c.failed, prometheus.GaugeValue, float64(s.Failed))
		ch <- prometheus.MustNewConstMetric(c.redelivered, prometheus.GaugeValue, float64(s.Redelivered))
	}
	c.errors.Collect(ch)
}
