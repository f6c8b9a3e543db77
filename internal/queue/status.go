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
		if err := fn(d); err != nil {
			return err
		}
		n++
	}
	return nil
}
