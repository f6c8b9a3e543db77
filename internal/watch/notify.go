package watch

import (
	"context"
	"log/slog"

	"github.com/sosik-news/sosik/internal/clock"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/store"
)

// Notifier matches newly stored documents against the store's watches and
// records the hits (queueing their webhook deliveries).
type Notifier struct {
	ws    store.WatchState
	clock clock.Clock
	log   *slog.Logger
}

// Attach makes st tell a Notifier of every article it newly stores, by
// whatever path (ingest, collect, the worker, the HTTP API). clk stamps the
// hits (nil: the real clock); log gets the errors, which never fail a
// store write (nil: slog's default).
func Attach(st store.Store, clk clock.Clock, log *slog.Logger) (*Notifier, error) {
	ws, err := store.AsWatchState(st)
	if err != nil {
		return nil, err
	}
	if clk == nil {
		clk = clock.Real{}
	}
	if log == nil {
		log = slog.Default()
	}
	n := &Notifier{ws: ws, clock: clk, log: log}
	if err := store.SetStoredHook(st, n.Stored); err != nil {
		return nil, err
	}
	return n, nil
}

// Stored matches docs and records their hits; errors are logged.
func (n *Notifier) Stored(ctx context.Context, docs []*extract.Document) {
	if _, err := n.Match(ctx, docs); err != nil {
		n.log.ErrorContext(ctx, "watch: matching new articles", "err", err)
	}
}

// Match matches docs against every watch and records the hits that are
// new, which it returns.
func (n *Notifier) Match(ctx context.Context, docs []*extract.Document) ([]store.WatchHit, error) {
	ws, err := n.ws.Watches(ctx)
	if err != nil || len(ws) == 0 {
		return nil, err
	}
	ana, err := korean.Default()
	if err != nil {
		return nil, err
	}
	m, err := Compile(ana, ws)
	if err != nil {
		return nil, err
	}
	now := store.Stamp(n.clock.Now())
	var hits []store.WatchHit
	for _, d := range docs {
		for _, x := range m.Match(d) {
			hits = append(hits, store.WatchHit{WatchID: x.Watch.ID, ArticleID: d.ID, Headline: d.Headline,
				Published: d.Published, URL: d.URL, Reason: x.Reason, At: now})
		}
	}
	if len(hits) == 0 {
		return nil, nil
	}
	return n.ws.AddWatchHits(ctx, hits, now)
}
