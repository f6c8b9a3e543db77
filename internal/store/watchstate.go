package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
)

// WatchState keeps watches (saved conditions on new articles), the
// articles they matched and the webhook deliveries of those hits. What a
// condition means is the watch package's business: the store keeps its
// spec as JSON. Get it from a Store with AsWatchState.
type WatchState interface {
	// AddWatch stores a new watch and returns it with its ID.
	AddWatch(ctx context.Context, w Watch) (Watch, error)
	// Watches lists every watch, oldest first.
	Watches(ctx context.Context) ([]Watch, error)
	// DeleteWatch removes a watch with its hits and deliveries; an unknown
	// id is an error wrapping ErrNotFound.
	DeleteWatch(ctx context.Context, id int64) error
	// AddWatchHits records hits, idempotently by (watch, article), and
	// queues a webhook delivery, due at dueAt, for each new hit of a watch
	// with a webhook. It returns the hits that were new.
	AddWatchHits(ctx context.Context, hits []WatchHit, dueAt string) ([]WatchHit, error)
	// WatchHits lists the hits of one watch (every watch when id is 0),
	// newest first, at most limit (0: 50).
	WatchHits(ctx context.Context, id int64, limit int) ([]WatchHit, error)
	// WatchHit returns one hit, or an error wrapping ErrNotFound.
	WatchHit(ctx context.Context, watch int64, article string) (WatchHit, error)
	// DueDeliveries lists the pending deliveries due at or before now.
	DueDeliveries(ctx context.Context, now string, limit int) ([]Delivery, error)
	// RecordAttempt logs one delivery attempt and updates the delivery
	// (its Status, NextAt and LastError as given; Attempts counts up).
	RecordAttempt(ctx context.Context, d Delivery, a DeliveryAttempt) error
	// Deliveries lists the deliveries of one watch (all when id is 0) with
	// their attempts, oldest first.
	Deliveries(ctx context.Context, id int64) ([]Delivery, error)
}

// Watch is a saved condition on new articles.
type Watch struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Spec    string `json:"spec"` // the condition, JSON the watch package reads
	Webhook string `json:"webhook,omitempty"`
	Secret  string `json:"-"` // HMAC key of the webhook signature
	Created string `json:"created"`
}

// WatchHit is an article a watch matched.
type WatchHit struct {
	WatchID   int64  `json:"watch_id"`
	ArticleID string `json:"article_id"`
	Headline  string `json:"headline"`
	Published string `json:"published"`
	URL       string `json:"url,omitempty"`
	Reason    string `json:"reason"` // what matched, in words
	At        string `json:"at"`     // when it matched (RFC 3339)
}

// Delivery states.
const (
	DeliveryPending   = "pending"
	DeliveryDelivered = "delivered"
	DeliveryFailed    = "failed" // given up after the last retry
)

// Delivery is the webhook delivery of one hit.
type Delivery struct {
	// ID is stable for a (watch, article): the X-Sosik-Delivery header.
	ID        string            `json:"id"`
	WatchID   int64             `json:"watch_id"`
	ArticleID string            `json:"article_id"`
	Status    string            `json:"status"`
	Attempts  int               `json:"attempts"`
	NextAt    string            `json:"next_at"`
	LastError string            `json:"last_error,omitempty"`
	Log       []DeliveryAttempt `json:"log,omitempty"`
}

// DeliveryAttempt is one try of a delivery.
type DeliveryAttempt struct {
	At         string `json:"at"`
	StatusCode int    `json:"status_code"` // 0 when no response came
	Err        string `json:"error,omitempty"`
}

// DeliveryID is the stable ID of the delivery of article to watch.
func DeliveryID(watch int64, article string) string {
	sum := sha256.Sum256([]byte(strconv.FormatInt(watch, 10) + "\x00" + article))
	return hex.EncodeToString(sum[:12])
}

// AsWatchState returns the watch state of s, or an error when the backend
// keeps none.
func AsWatchState(s Store) (WatchState, error) {
	w, ok := s.(WatchState)
	if !ok {
		return nil, fmt.Errorf("store: %T keeps no watches", s)
	}
	return w, nil
}

var (
	_ WatchState = (*sqliteStore)(nil)
	_ WatchState = (*pgStore)(nil)
)

func (s *core) AddWatch(ctx context.Context, w Watch) (Watch, error) {
	err := s.db.queryRow(ctx, `INSERT INTO watches (name, spec, webhook, secret, created) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id`,
		w.Name, w.Spec, w.Webhook, w.Secret, w.Created).Scan(&w.ID)
	if err != nil {
		return w, fmt.Errorf("store: adding watch: %w", err)
	}
	return w, nil
}

func (s *core) Watches(ctx context.Context) ([]Watch, error) {
	r, err := s.db.query(ctx, `SELECT id, name, spec, webhook, secret, created FROM watches ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: listing watches: %w", err)
	}
	defer r.Close()
	out := []Watch{}
	for r.Next() {
		var w Watch
		if err := r.Scan(&w.ID, &w.Name, &w.Spec, &w.Webhook, &w.Secret, &w.Created); err != nil {
			return nil, fmt.Errorf("store: listing watches: %w", err)
		}
		out = append(out, w)
	}
	return out, r.Err()
}

func (s *core) DeleteWatch(ctx context.Context, id int64) error {
	var got int64
	err := s.db.queryRow(ctx, `DELETE FROM watches WHERE id = ?1 RETURNING id`, id).Scan(&got)
	if isNoRows(err) {
		return fmt.Errorf("store: watch %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("store: deleting watch %d: %w", id, err)
	}
	return nil
}

func (s *core) AddWatchHits(ctx context.Context, hits []WatchHit, dueAt string) ([]WatchHit, error) {
	hooks := map[int64]bool{}
	ws, err := s.Watches(ctx)
	if err != nil {
		return nil, err
	}
	for _, w := range ws {
		hooks[w.ID] = w.Webhook != ""
	}
	var added []WatchHit
	for _, h := range hits {
		var id int64
		err := s.db.queryRow(ctx, `INSERT INTO watch_hits (watch_id, article_id, headline, published, url, reason, at)
			VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (watch_id, article_id) DO NOTHING RETURNING watch_id`,
			h.WatchID, h.ArticleID, h.Headline, h.Published, h.URL, h.Reason, h.At).Scan(&id)
		if isNoRows(err) {
			continue
		}
		if err != nil {
			return added, fmt.Errorf("store: recording watch hit: %w", err)
		}
		added = append(added, h)
		if !hooks[h.WatchID] {
			continue
		}
		err = s.db.exec(ctx, `INSERT INTO watch_deliveries (id, watch_id, article_id, status, attempts, next_at)
			VALUES (?1, ?2, ?3, ?4, 0, ?5) ON CONFLICT (id) DO NOTHING`,
			DeliveryID(h.WatchID, h.ArticleID), h.WatchID, h.ArticleID, DeliveryPending, dueAt)
		if err != nil {
			return added, fmt.Errorf("store: queueing delivery: %w", err)
		}
	}
	return added, nil
}

func (s *core) WatchHits(ctx context.Context, id int64, limit int) ([]WatchHit, error) {
	if limit <= 0 {
		limit = 50
	}
	r, err := s.db.query(ctx, `SELECT watch_id, article_id, headline, published, url, reason, at FROM watch_hits
		WHERE ?1 = 0 OR watch_id = ?1 ORDER BY at DESC, published DESC, article_id LIMIT ?2`, id, limit)
	if err != nil {
		return nil, fmt.Errorf("store: listing watch hits: %w", err)
	}
	defer r.Close()
	out := []WatchHit{}
	for r.Next() {
		var h WatchHit
		if err := r.Scan(&h.WatchID, &h.ArticleID, &h.Headline, &h.Published, &h.URL, &h.Reason, &h.At); err != nil {
			return nil, fmt.Errorf("store: listing watch hits: %w", err)
		}
		out = append(out, h)
	}
	return out, r.Err()
}

func (s *core) WatchHit(ctx context.Context, watch int64, article string) (WatchHit, error) {
	var h WatchHit
	err := s.db.queryRow(ctx, `SELECT watch_id, article_id, headline, published, url, reason, at FROM watch_hits
		WHERE watch_id = ?1 AND article_id = ?2`, watch, article).
		Scan(&h.WatchID, &h.ArticleID, &h.Headline, &h.Published, &h.URL, &h.Reason, &h.At)
	if isNoRows(err) {
		return h, fmt.Errorf("store: hit of watch %d on %s: %w", watch, article, ErrNotFound)
	}
	if err != nil {
		return h, fmt.Errorf("store: reading watch hit: %w", err)
	}
	return h, nil
}

func (s *core) DueDeliveries(ctx context.Context, now string, limit int) ([]Delivery, error) {
	if limit <= 0 {
		limit = 100
	}
	return s.deliveries(ctx, `WHERE status = ?1 AND next_at <= ?2 ORDER BY next_at, id LIMIT ?3`,
		DeliveryPending, now, limit)
}

func (s *core) Deliveries(ctx context.Context, id int64) ([]Delivery, error) {
	ds, err := s.deliveries(ctx, `WHERE ?1 = 0 OR watch_id = ?1 ORDER BY id`, id)
	if err != nil {
		return nil, err
	}
	for i := range ds {
		if ds[i].Log, err = s.deliveryLog(ctx, ds[i].ID); err != nil {
			return nil, err
		}
	}
	return ds, nil
}

func (s *core) deliveries(ctx context.Context, where string, args ...any) ([]Delivery, error) {
	r, err := s.db.query(ctx, `SELECT id, watch_id, article_id, status, attempts, next_at, last_error
		FROM watch_deliveries `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("store: listing deliveries: %w", err)
	}
	defer r.Close()
	out := []Delivery{}
	for r.Next() {
		var d Delivery
		if err := r.Scan(&d.ID, &d.WatchID, &d.ArticleID, &d.Status, &d.Attempts, &d.NextAt, &d.LastError); err != nil {
			return nil, fmt.Errorf("store: listing deliveries: %w", err)
		}
		out = append(out, d)
	}
	return out, r.Err()
}

func (s *core) deliveryLog(ctx context.Context, id string) ([]DeliveryAttempt, error) {
	r, err := s.db.query(ctx, `SELECT at, status_code, err FROM watch_delivery_log WHERE delivery_id = ?1 ORDER BY attempt`, id)
	if err != nil {
		return nil, fmt.Errorf("store: reading delivery log: %w", err)
	}
	defer r.Close()
	var out []DeliveryAttempt
	for r.Next() {
		var a DeliveryAttempt
		if err := r.Scan(&a.At, &a.StatusCode, &a.Err); err != nil {
			return nil, fmt.Errorf("store: reading delivery log: %w", err)
		}
		out = append(out, a)
	}
	return out, r.Err()
}

func (s *core) RecordAttempt(ctx context.Context, d Delivery, a DeliveryAttempt) error {
	var n int
	err := s.db.queryRow(ctx, `UPDATE watch_deliveries SET status = ?2, attempts = attempts + 1, next_at = ?3, last_error = ?4
		WHERE id = ?1 RETURNING attempts`, d.ID, d.Status, d.NextAt, d.LastError).Scan(&n)
	if err != nil {
		return fmt.Errorf("store: recording delivery %s: %w", d.ID, err)
	}
	err = s.db.exec(ctx, `INSERT INTO watch_delivery_log (delivery_id, attempt, at, status_code, err) VALUES (?1, ?2, ?3, ?4, ?5)`,
		d.ID, n, a.At, a.StatusCode, a.Err)
	if err != nil {
		return fmt.Errorf("store: logging delivery %s: %w", d.ID, err)
	}
	return nil
}
