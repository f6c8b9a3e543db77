package watch

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/sosik-news/sosik/internal/clock"
	"github.com/sosik-news/sosik/internal/store"
)

// DefaultBackoff is the wait before each retry of a failed webhook
// delivery; after the last one the delivery is given up.
var DefaultBackoff = []time.Duration{30 * time.Second, 2 * time.Minute, 10 * time.Minute, time.Hour, 6 * time.Hour}

// Webhook headers. The signature is the hex HMAC-SHA256 of the body with
// the watch's secret, as "sha256=HEX"; the delivery ID stays the same on
// every retry, so a receiver can drop a repeat.
const (
	HeaderDelivery  = "X-Sosik-Delivery"
	HeaderSignature = "X-Sosik-Signature"
	HeaderEvent     = "X-Sosik-Event"
)

// Payload is the JSON body of a webhook delivery.
type Payload struct {
	Delivery string         `json:"delivery"`
	Watch    PayloadWatch   `json:"watch"`
	Hit      store.WatchHit `json:"hit"`
}

// PayloadWatch names the watch of a delivery.
type PayloadWatch struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
	Spec string `json:"spec"`
}

// Deliverer sends the due webhook deliveries.
type Deliverer struct {
	ws    store.WatchState
	clock clock.Clock
	// HTTP sends the requests (nil: a client with a 30 s timeout).
	HTTP *http.Client
	// Backoff is the wait before each retry (nil: DefaultBackoff).
	Backoff   []time.Duration
	UserAgent string
}

// NewDeliverer returns a Deliverer over st's watches on clock clk (nil: the
// real clock).
func NewDeliverer(st store.Store, clk clock.Clock) (*Deliverer, error) {
	ws, err := store.AsWatchState(st)
	if err != nil {
		return nil, err
	}
	if clk == nil {
		clk = clock.Real{}
	}
	return &Deliverer{ws: ws, clock: clk, UserAgent: "sosik"}, nil
}

// Sign is the X-Sosik-Signature of body under secret.
func Sign(secret string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// DeliverDue sends every delivery due now, once each, and returns how many
// were delivered and how many failed (to be retried, or given up).
func (d *Deliverer) DeliverDue(ctx context.Context) (delivered, failed int, err error) {
	due, err := d.ws.DueDeliveries(ctx, store.Stamp(d.clock.Now()), 0)
	if err != nil || len(due) == 0 {
		return 0, 0, err
	}
	watches, err := d.watches(ctx)
	if err != nil {
		return 0, 0, err
	}
	for _, dl := range due {
		ok, err := d.deliver(ctx, dl, watches[dl.WatchID])
		if err != nil {
			return delivered, failed, err
		}
		if ok {
			delivered++
		} else {
			failed++
		}
	}
	return delivered, failed, nil
}

func (d *Deliverer) watches(ctx context.Context) (map[int64]store.Watch, error) {
	ws, err := d.ws.Watches(ctx)
	if err != nil {
		return nil, err
	}
	out := map[int64]store.Watch{}
	for _, w := range ws {
		out[w.ID] = w
	}
	return out, nil
}

// deliver makes one attempt and records it; the error is the store's.
func (d *Deliverer) deliver(ctx context.Context, dl store.Delivery, w store.Watch) (bool, error) {
	body, err := d.payload(ctx, dl, w)
	if err != nil {
		return false, err
	}
	at := d.clock.Now()
	code, sendErr := d.send(ctx, w, dl.ID, body)
	att := store.DeliveryAttempt{At: store.Stamp(at), StatusCode: code}
	if sendErr == nil {
		dl.Status, dl.LastError = store.DeliveryDelivered, ""
	} else {
		att.Err = sendErr.Error()
		dl.LastError = att.Err
		backoff := d.Backoff
		if backoff == nil {
			backoff = DefaultBackoff
		}
		if dl.Attempts < len(backoff) {
			dl.Status, dl.NextAt = store.DeliveryPending, store.Stamp(at.Add(backoff[dl.Attempts]))
		} else {
			dl.Status = store.DeliveryFailed
		}
	}
	return sendErr == nil, d.ws.RecordAttempt(ctx, dl, att)
}

// payload builds the body of a delivery from the stored hit: the same
// bytes on every attempt.
func (d *Deliverer) payload(ctx context.Context, dl store.Delivery, w store.Watch) ([]byte, error) {
	h, err := d.ws.WatchHit(ctx, dl.WatchID, dl.ArticleID)
	if err != nil {
		return nil, err
	}
	return json.Marshal(Payload{Delivery: dl.ID, Watch: PayloadWatch{ID: w.ID, Name: w.Name, Spec: w.Spec}, Hit: h})
}

// send posts body to the watch's webhook; a non-2xx answer is an error.
func (d *Deliverer) send(ctx context.Context, w store.Watch, id string, body []byte) (int, error) {
	u, err := url.Parse(w.Webhook)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return 0, fmt.Errorf("webhook %q is not an http(s) URL", w.Webhook)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.Webhook, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", d.UserAgent)
	req.Header.Set(HeaderDelivery, id)
	req.Header.Set(HeaderEvent, "watch.hit")
	req.Header.Set(HeaderSignature, Sign(w.Secret, body))
	cl := d.HTTP
	if cl == nil {
		cl = &http.Client{Timeout: 30 * time.Second}
	}
	resp, err := cl.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp.StatusCode, fmt.Errorf("webhook answered HTTP %d", resp.StatusCode)
	}
	return resp.StatusCode, nil
}
