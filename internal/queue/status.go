package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Status is the state of a queue.
type Status struct {
	Queue string `json:"queue"`
	// Pending counts messages no worker holds yet.
	Pending uint64 `json:"pending"`
	// InFlight counts messages delivered and not yet acknowledged.
	InFlight int `json:"in_flight"`
	// Redelivered counts in-flight messages delivered more than once.
	Redelivered int `json:"redelivered"`
	// Failed counts dead letters.
	Failed uint64 `json:"failed"`
	// MaxDeliver is N, the deliveries before a message is dead-lettered.
	MaxDeliver int `json:"max_deliver"`
	// AckWait is how long a worker may hold a message unanswered.
	AckWait time.Duration `json:"ack_wait_ns"`
}

// Status looks the queue's counts up.
func (q *Queue) Status(ctx context.Context) (*Status, error) {
	ci, err := q.cons.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("queue %s: consumer info: %w", q.Name, err)
	}
	dead, err := q.js.Stream(ctx, q.deadStream())
	if err != nil {
		return nil, fmt.Errorf("queue %s: dead-letter stream: %w", q.Name, err)
	}
	di, err := dead.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("queue %s: dead-letter stream info: %w", q.Name, err)
	}
	return &Status{
		Queue:       q.Name,
		Pending:     ci.NumPending,
		InFlight:    ci.NumAckPending,
		Redelivered: ci.NumRedelivered,
		Failed:      di.State.Msgs,
		MaxDeliver:  ci.Config.MaxDeliver - 1,
		AckWait:     ci.Config.AckWait,
	}, nil
}

// DeadLetter is one message that failed N deliveries.
type DeadLetter struct {
	// Seq is the dead letter's sequence in the dead-letter stream.
	Seq        uint64 `json:"seq"`
	ID         string `json:"id"`
	Source     string `json:"source"`
	Deliveries int    `json:"deliveries"`
	Reason     string `json:"reason"`
	// Work is the original message body, cut to 64 KiB.
	Work json.RawMessage `json:"work,omitempty"`
	// Truncated says Work is not the body itself but a JSON string of it,
	// cut to 64 KiB (a body too large or not JSON).
	Truncated bool `json:"truncated,omitempty"`
}

// DeadLetters calls fn with every dead letter, oldest first, up to limit (0:
// all). It reads the dead-letter stream without removing anything.
func (q *Queue) DeadLetters(ctx context.Context, limit int, fn func(DeadLetter) error) error {
	s, err := q.js.Stream(ctx, q.deadStream())
	if err != nil {
		return fmt.Errorf("queue %s: dead-letter stream: %w", q.Name, err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return fmt.Errorf("queue %s: dead-letter stream info: %w", q.Name, err)
	}
	n := 0
	for seq := info.State.FirstSeq; info.State.Msgs > 0 && seq <= info.State.LastSeq; seq++ {
		if limit > 0 && n == limit {
			return nil
		}
		m, err := s.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return fmt.Errorf("queue %s: dead letter %d: %w", q.Name, seq, err)
		}
		var d DeadLetter
		if err := json.Unmarshal(m.Data, &d); err != nil {
			return fmt.Errorf("queue %s: dead letter %d: %w", q.Name, seq, err)
		}
		d.Seq = seq
		if err := fn(d); err != nil {
			return err
		}
		n++
	}
	return nil
}

// Requeue puts dead letters back on the work stream, oldest first, up to
// limit (0: all), and removes them from the dead-letter stream: after a fix,
// their articles get another N deliveries. A dead letter whose message was
// cut or is not work cannot be requeued and stays.
func (q *Queue) Requeue(ctx context.Context, limit int) (requeued, kept int, err error) {
	dead, err := q.js.Stream(ctx, q.deadStream())
	if err != nil {
		return 0, 0, fmt.Errorf("queue %s: dead-letter stream: %w", q.Name, err)
	}
	err = q.DeadLetters(ctx, limit, func(d DeadLetter) error {
		if d.Truncated {
			kept++
			return nil
		}
		if _, derr := DecodeWork(d.Work); derr != nil {
			kept++
			return nil
		}
		id := fmt.Sprintf("%s/requeued/%d", d.ID, d.Seq)
		if _, err := q.js.Publish(ctx, q.WorkSubject(), d.Work, jetstream.WithMsgID(id)); err != nil {
			return fmt.Errorf("queue %s: requeueing %s: %w", q.Name, d.ID, err)
		}
		if err := dead.DeleteMsg(ctx, d.Seq); err != nil {
			return fmt.Errorf("queue %s: removing dead letter %d: %w", q.Name, d.Seq, err)
		}
		requeued++
		return nil
	})
	return requeued, kept, err
}
