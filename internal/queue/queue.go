package queue

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Defaults of Options.
const (
	DefaultName        = "sosik"
	DefaultMaxDeliver  = 5
	DefaultAckWait     = time.Minute
	DefaultDupWindow   = time.Hour
	DefaultMaxPending  = 1000
	consumerName       = "workers"
	connectTimeout     = 5 * time.Second
	maxDeadLetterBytes = 64 << 10
)

// Options tunes a queue. The zero value means the defaults.
type Options struct {
	// MaxDeliver is N: a message that failed N deliveries goes to the
	// dead-letter stream with its reason. 0 means DefaultMaxDeliver.
	MaxDeliver int
	// AckWait is how long a delivered message may stay unacknowledged
	// before JetStream delivers it again (a worker crashed or hangs).
	AckWait time.Duration
	// DupWindow is how long JetStream remembers published article IDs to
	// drop a repeated publish; the store catches repeats past it.
	DupWindow time.Duration
	// MaxAckPending bounds the messages in flight over all workers.
	MaxAckPending int
	// Update makes Open apply these options to an existing queue; without
	// it they only shape a queue Open creates, and an existing one is used
	// as it is.
	Update bool
	// Existing makes Open fail on a queue nothing has created yet instead
	// of creating it (for commands that only look).
	Existing bool
}

func (o *Options) defaults() {
	if o.MaxDeliver <= 0 {
		o.MaxDeliver = DefaultMaxDeliver
	}
	if o.AckWait <= 0 {
		o.AckWait = DefaultAckWait
	}
	if o.DupWindow <= 0 {
		o.DupWindow = DefaultDupWindow
	}
	if o.MaxAckPending <= 0 {
		o.MaxAckPending = DefaultMaxPending
	}
}

// Queue is an open connection to one named work queue: its work stream,
// its dead-letter stream and the workers' durable consumer.
type Queue struct {
	nc   *nats.Conn
	js   jetstream.JetStream
	cons jetstream.Consumer
	opt  Options
	// Name prefixes the streams and subjects of the queue.
	Name string
}

var nameRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)
})

// ParseURL splits a queue URL, nats://[user:pass@]HOST:PORT[/NAME], into the
// server URL and the queue name.
func ParseURL(raw string) (server, name string, err error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", "", fmt.Errorf("queue URL %q: %w", raw, err)
	}
	if u.Scheme != "nats" && u.Scheme != "tls" {
		return "", "", fmt.Errorf("queue URL %q: scheme must be nats:// or tls://", raw)
	}
	if u.Host == "" {
		return "", "", fmt.Errorf("queue URL %q: no host", raw)
	}
	name = strings.Trim(u.Path, "/")
	if name == "" {
		name = DefaultName
	}
	if !nameRE().MatchString(name) {
		return "", "", fmt.Errorf("queue URL %q: name %q must be 1 to 64 letters, digits, - or _", raw, name)
	}
	u.Path, u.RawPath, u.RawQuery, u.Fragment = "", "", "", ""
	return u.String(), name, nil
}

// Open connects to the queue at rawURL and makes sure its streams and
// consumer exist.
func Open(ctx context.Context, rawURL string, opt Options) (*Queue, error) {
	opt.defaults()
	server, name, err := ParseURL(rawURL)
	if err != nil {
		return nil, err
	}
	nc, err := nats.Connect(server, nats.Name("sosik"), nats.Timeout(connectTimeout))
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %w", server, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("jetstream on %s: %w", server, err)
	}
	q := &Queue{nc: nc, js: js, opt: opt, Name: name}
	if err := q.setup(ctx); err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue %s on %s: %w", name, server, err)
	}
	return q, nil
}

// Close drains and closes the connection.
func (q *Queue) Close() error {
	if err := q.nc.Drain(); err != nil && !errors.Is(err, nats.ErrConnectionClosed) {
		q.nc.Close()
		return fmt.Errorf("closing queue connection: %w", err)
	}
	return nil
}

// WorkSubject is where articles to ingest are published.
func (q *Queue) WorkSubject() string { return q.Name + ".work" }

// DeadSubject is where messages that failed N deliveries go, with the reason.
func (q *Queue) DeadSubject() string { return q.Name + ".dead" }

func (q *Queue) workStream() string { return q.Name + "_work" }
func (q *Queue) deadStream() string { return q.Name + "_dead" }

func (q *Queue) setup(ctx context.Context) error {
	work := jetstream.StreamConfig{
		Name:        q.workStream(),
		Description: "sosik articles to extract and store",
		Subjects:    []string{q.WorkSubject()},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  q.opt.DupWindow,
	}
	if err := q.ensureStream(ctx, work); err != nil {
		return fmt.Errorf("work stream: %w", err)
	}
	dead := jetstream.StreamConfig{
		Name:        q.deadStream(),
		Description: "sosik articles that failed every delivery, with the reason",
		Subjects:    []string{q.DeadSubject()},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
	}
	if err := q.ensureStream(ctx, dead); err != nil {
		return fmt.Errorf("dead-letter stream: %w", err)
	}
	return q.setupConsumer(ctx)
}

// ensureStream creates a missing stream; an existing one is updated only
// with Options.Update.
func (q *Queue) ensureStream(ctx context.Context, cfg jetstream.StreamConfig) error {
	if q.opt.Update {
		_, err := q.js.CreateOrUpdateStream(ctx, cfg)
		return err
	}
	_, err := q.js.Stream(ctx, cfg.Name)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		if q.opt.Existing {
			return fmt.Errorf("no such queue (nothing was published to it): %w", err)
		}
		_, err = q.js.CreateStream(ctx, cfg)
	}
	return err
}

// setupConsumer creates the durable consumer the workers share. JetStream's
// own MaxDeliver is N+1: a worker sees the (N+1)th delivery of a message that
// never got an answer (its worker crashed on it each time) and dead-letters
// it with that reason instead of processing it again.
func (q *Queue) setupConsumer(ctx context.Context) error {
	cfg := jetstream.ConsumerConfig{
		Durable:       consumerName,
		Description:   "sosik workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.opt.AckWait,
		MaxDeliver:    q.opt.MaxDeliver + 1,
		MaxAckPending: q.opt.MaxAckPending,
		DeliverPolicy: jetstream.DeliverAllPolicy,
	}
	var err error
	if q.opt.Update {
		q.cons, err = q.js.CreateOrUpdateConsumer(ctx, q.workStream(), cfg)
	} else {
		q.cons, err = q.js.Consumer(ctx, q.workStream(), consumerName)
		if errors.Is(err, jetstream.ErrConsumerNotFound) && !q.opt.Existing {
			q.cons, err = q.js.CreateConsumer(ctx, q.workStream(), cfg)
		}
	}
	if err != nil {
		return fmt.Errorf("consumer: %w", err)
	}
	return nil
}
