package queue

import (
	"context"
	"fmt"
	"io"
	"iter"
	"sort"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/sosik-news/sosik/internal/ingest"
)

// PublishStatus says what Publish did with one item.
type PublishStatus string

// Publish outcomes.
const (
	// Queued: a new message on the work stream.
	Queued PublishStatus = "queued"
	// AlreadyQueued: JetStream dropped it, the same article ID was published
	// within the duplicate window.
	AlreadyQueued PublishStatus = "duplicate"
	// PublishFailed: not queued; Err says why (unreadable, unparsable, too
	// large for a message, the server refused it).
	PublishFailed PublishStatus = "failed"
	// PublishSkipped: a file in a folder that is not news input.
	PublishSkipped PublishStatus = "skipped"
)

// PublishOutcome is what happened to one item.
type PublishOutcome struct {
	Source string
	ID     string
	Status PublishStatus
	Err    error
	Bytes  int64
}

// PublishSummary counts a Publish run.
type PublishSummary struct {
	Queued     int                  `json:"queued"`
	Duplicates int                  `json:"duplicates"`
	Failed     int                  `json:"failed"`
	Skipped    int                  `json:"skipped"`
	Reasons    []ingest.ReasonCount `json:"reasons,omitempty"`
	Elapsed    time.Duration        `json:"elapsed_ns"`

	reasons map[string]*ingest.ReasonCount
}

func (s *PublishSummary) add(o PublishOutcome) {
	switch o.Status {
	case Queued:
		s.Queued++
	case AlreadyQueued:
		s.Duplicates++
	case PublishSkipped:
		s.Skipped++
	default:
		s.Failed++
		reason := ingest.Reason(ingest.Outcome{Source: o.Source, Err: o.Err})
		rc := s.reasons[reason]
		if rc == nil {
			rc = &ingest.ReasonCount{Reason: reason, Example: o.Source}
			s.reasons[reason] = rc
		}
		rc.Count++
	}
}

func (s *PublishSummary) finish(start time.Time) {
	s.Elapsed = time.Since(start)
	s.Reasons = s.Reasons[:0]
	for _, rc := range s.reasons {
		s.Reasons = append(s.Reasons, *rc)
	}
	sort.Slice(s.Reasons, func(i, j int) bool {
		if s.Reasons[i].Count != s.Reasons[j].Count {
			return s.Reasons[i].Count > s.Reasons[j].Count
		}
		return s.Reasons[i].Reason < s.Reasons[j].Reason
	})
}

// WriteText prints the summary for a person.
func (s *PublishSummary) WriteText(w io.Writer, topReasons int) {
	fmt.Fprintf(w, "queued %d articles for the workers\n", s.Queued)
	fmt.Fprintf(w, "  duplicates:  %d (already queued within the duplicate window)\n", s.Duplicates)
	fmt.Fprintf(w, "  failed:      %d\n", s.Failed)
	for i, r := range s.Reasons {
		if i == topReasons {
			fmt.Fprintf(w, "    … %d more reasons\n", len(s.Reasons)-i)
			break
		}
		fmt.Fprintf(w, "    %6d × %s (first: %s)\n", r.Count, r.Reason, r.Example)
	}
	if s.Skipped > 0 {
		fmt.Fprintf(w, "  skipped:     %d files that are not news input\n", s.Skipped)
	}
	fmt.Fprintf(w, "  elapsed:     %s\n", s.Elapsed.Round(time.Millisecond))
}

// publishWindow bounds the publishes awaiting their acknowledgement.
const publishWindow = 256

type inflightPub struct {
	future  jetstream.PubAckFuture
	outcome PublishOutcome
}

// publisher is one Publish run.
type publisher struct {
	q         *Queue
	m         *Metrics
	onOutcome func(PublishOutcome)
	sum       *PublishSummary
	window    []inflightPub
}

// Publish parses each item (cheap; extraction is the workers' part) to learn
// its article ID and queues it with that ID as Nats-Msg-Id. Per-item problems
// are outcomes; the error is for the run (ctx cancelled, server gone). m may
// be nil; onOutcome, when set, is called once per item from this goroutine.
func (q *Queue) Publish(ctx context.Context, items iter.Seq[ingest.Item], m *Metrics, onOutcome func(PublishOutcome)) (*PublishSummary, error) {
	start := time.Now()
	p := &publisher{q: q, m: m, onOutcome: onOutcome,
		sum: &PublishSummary{reasons: make(map[string]*ingest.ReasonCount)}}
	var runErr error
	for it := range items {
		if runErr = ctx.Err(); runErr != nil {
			break
		}
		if runErr = p.item(ctx, &it); runErr != nil {
			break
		}
	}
	if err := p.flush(ctx); runErr == nil {
		runErr = err
	}
	p.sum.finish(start)
	if runErr != nil {
		return p.sum, fmt.Errorf("publishing to queue %s: %w", q.Name, runErr)
	}
	return p.sum, nil
}

func (p *publisher) item(ctx context.Context, it *ingest.Item) error {
	o := PublishOutcome{Source: it.Source, Bytes: it.Bytes}
	if it.Notice {
		// a report about the walk (a symbolic link followed), not a file
		return nil
	}
	if it.Skipped {
		o.Status = PublishSkipped
		p.done(o)
		return nil
	}
	msg, id, err := p.message(it)
	o.ID = id
	if err != nil {
		o.Status, o.Err = PublishFailed, err
		p.done(o)
		return nil
	}
	f, err := p.q.js.PublishMsgAsync(msg, jetstream.WithMsgID(id), jetstream.WithExpectStream(p.q.workStream()))
	if err != nil {
		return fmt.Errorf("%s: %w", it.Source, err)
	}
	p.window = append(p.window, inflightPub{future: f, outcome: o})
	if len(p.window) >= publishWindow {
		return p.flush(ctx)
	}
	return nil
}

// message parses the item for its ID and builds the work message.
func (p *publisher) message(it *ingest.Item) (*nats.Msg, string, error) {
	if it.Err != nil {
		return nil, "", it.Err
	}
	w := NewWork(it, "")
	a, err := w.Article()
	if err != nil {
		return nil, "", err
	}
	w.ID = a.ID
	data, err := EncodeWork(w)
	if err != nil {
		return nil, a.ID, err
	}
	if max := p.q.nc.MaxPayload(); int64(len(data)) > max-1024 {
		return nil, a.ID, fmt.Errorf("%s: %d bytes is over the server's message limit of %d bytes (max_payload)", it.Source, len(data), max)
	}
	return &nats.Msg{Subject: p.q.WorkSubject(), Data: data}, a.ID, nil
}

// flush waits for the acknowledgement of every publish in the window.
func (p *publisher) flush(ctx context.Context) error {
	defer func() { p.window = p.window[:0] }()
	for _, pub := range p.window {
		o := pub.outcome
		select {
		case ack := <-pub.future.Ok():
			o.Status = Queued
			if ack.Duplicate {
				o.Status = AlreadyQueued
			}
		case err := <-pub.future.Err():
			o.Status, o.Err = PublishFailed, fmt.Errorf("%s: %w", o.Source, err)
		case <-ctx.Done():
			return ctx.Err()
		}
		p.done(o)
	}
	return nil
}

func (p *publisher) done(o PublishOutcome) {
	p.sum.add(o)
	if p.m != nil {
		p.m.Published(string(o.Status)).Inc()
	}
	if p.onOutcome != nil {
		p.onOutcome(o)
	}
}
