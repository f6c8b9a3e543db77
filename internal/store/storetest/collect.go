package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/sosik-news/sosik/internal/store"
)

// testCollectState checks the collector's memory: URL outcomes with their
// attempt counts, validators, and source health, seen again through a
// second handle (a restarted process).
func testCollectState(t *testing.T, open Opener) {
	ctx := context.Background()
	st, dsn := open(t)
	cs, err := store.AsCollectState(st)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2025, 4, 3, 9, 0, 0, 0, time.UTC)
	steps := []store.SeenURL{
		{URL: "https://a.example/1", Source: "a", Status: store.URLStored, DocID: "d1", Updated: store.Stamp(t0)},
		{URL: "https://a.example/2", Source: "a", Status: store.URLFailed, Err: "HTTP 500", Updated: store.Stamp(t0)},
		{URL: "https://a.example/2", Source: "b", Status: store.URLStored, DocID: "d2", Updated: store.Stamp(t0.Add(time.Hour))},
	}
	for _, u := range steps {
		if err := cs.MarkURL(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	must(t, cs.SetValidators(ctx, "https://a.example/feed", store.Validators{ETag: `"v1"`, LastModified: "Thu, 03 Apr 2025 09:00:00 GMT"}))
	must(t, cs.SetValidators(ctx, "https://a.example/feed", store.Validators{ETag: `"v2"`}))
	must(t, cs.RecordSourceRun(ctx, store.SourceRun{Name: "a", At: t0, Items: 3}))
	must(t, cs.RecordSourceRun(ctx, store.SourceRun{Name: "a", At: t0.Add(time.Hour), Err: "HTTP 503"}))
	must(t, cs.RecordSourceRun(ctx, store.SourceRun{Name: "b", At: t0, Err: "timeout"}))

	st2, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	cs2, _ := store.AsCollectState(st2)
	seen, err := cs2.SeenURLs(ctx, []string{"https://a.example/1", "https://a.example/2", "https://a.example/3"})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != 2 {
		t.Fatalf("SeenURLs found %d URLs, want 2: %+v", len(seen), seen)
	}
	if u := seen["https://a.example/2"]; u.Status != store.URLStored || u.Attempts != 2 || u.DocID != "d2" || u.Err != "" || u.Source != "b" {
		t.Errorf("URL 2 = %+v, want stored by b after 2 attempts", u)
	}
	if u := seen["https://a.example/1"]; u.Attempts != 1 || u.Updated != "2025-04-03T09:00:00Z" {
		t.Errorf("URL 1 = %+v", u)
	}
	v, err := cs2.Validators(ctx, "https://a.example/feed")
	if err != nil || v.ETag != `"v2"` || v.LastModified != "" {
		t.Errorf("Validators = %+v, %v; want the second ETag only", v, err)
	}
	if v, err := cs2.Validators(ctx, "https://a.example/none"); err != nil || v != (store.Validators{}) {
		t.Errorf("Validators of an unknown URL = %+v, %v", v, err)
	}
	hs, err := cs2.SourceHealth(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []store.SourceHealth{
		{Name: "a", LastRun: "2025-04-03T10:00:00Z", LastSuccess: "2025-04-03T09:00:00Z", LastError: "HTTP 503", Failures: 1, Runs: 2, Items: 3},
		{Name: "b", LastRun: "2025-04-03T09:00:00Z", LastError: "timeout", Failures: 1, Runs: 1},
	}
	if len(hs) != len(want) || hs[0] != want[0] || hs[1] != want[1] {
		t.Errorf("SourceHealth = %+v\nwant %+v", hs, want)
	}
}

// testWatchState checks watches, idempotent hits, the delivery queue and
// its attempt log.
func testWatchState(t *testing.T, open Opener) {
	ctx := context.Background()
	st, _ := open(t)
	ws, err := store.AsWatchState(st)
	if err != nil {
		t.Fatal(err)
	}
	hook, err := ws.AddWatch(ctx, store.Watch{Name: "삼성", Spec: `{"query":"삼성전자"}`, Webhook: "http://127.0.0.1:1/h", Secret: "k", Created: "2025-04-03T09:00:00Z"})
	must(t, err)
	plain, err := ws.AddWatch(ctx, store.Watch{Name: "회담", Spec: `{"event":"MEET"}`, Created: "2025-04-03T09:00:00Z"})
	must(t, err)
	if hook.ID == 0 || plain.ID == hook.ID {
		t.Fatalf("watch IDs %d, %d", hook.ID, plain.ID)
	}
	hits := []store.WatchHit{
		{WatchID: hook.ID, ArticleID: "a1", Headline: "h1", Published: "2025-04-01", Reason: "query", At: "2025-04-03T09:00:00Z"},
		{WatchID: plain.ID, ArticleID: "a1", Headline: "h1", Published: "2025-04-01", Reason: "event", At: "2025-04-03T09:00:00Z"},
		{WatchID: hook.ID, ArticleID: "a2", Headline: "h2", Published: "2025-04-02", Reason: "query", At: "2025-04-03T09:01:00Z"},
	}
	added, err := ws.AddWatchHits(ctx, hits, "2025-04-03T09:00:00Z")
	must(t, err)
	again, err := ws.AddWatchHits(ctx, hits[:1], "2025-04-03T09:00:00Z")
	must(t, err)
	if len(added) != 3 || len(again) != 0 {
		t.Fatalf("AddWatchHits added %d then %d, want 3 then 0", len(added), len(again))
	}
	if h, err := ws.WatchHit(ctx, plain.ID, "a1"); err != nil || h.Reason != "event" {
		t.Errorf("WatchHit = %+v, %v", h, err)
	}
	if _, err := ws.WatchHit(ctx, plain.ID, "a2"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("WatchHit of no hit: %v", err)
	}
	got, err := ws.WatchHits(ctx, hook.ID, 0)
	must(t, err)
	if len(got) != 2 || got[0].ArticleID != "a2" {
		t.Errorf("WatchHits(hook) = %+v, want a2 then a1", got)
	}
	due, err := ws.DueDeliveries(ctx, "2025-04-03T09:00:00Z", 0)
	must(t, err)
	if len(due) != 2 || due[0].ID != store.DeliveryID(hook.ID, due[0].ArticleID) {
		t.Fatalf("DueDeliveries = %+v, want the two hits of the watch with a webhook", due)
	}
	d := due[0]
	d.Status, d.NextAt, d.LastError = store.DeliveryPending, "2025-04-03T09:00:30Z", "HTTP 500"
	must(t, ws.RecordAttempt(ctx, d, store.DeliveryAttempt{At: "2025-04-03T09:00:00Z", StatusCode: 500, Err: "HTTP 500"}))
	if due, _ := ws.DueDeliveries(ctx, "2025-04-03T09:00:10Z", 0); len(due) != 1 {
		t.Errorf("a retried delivery is due before its time: %+v", due)
	}
	d.Status, d.LastError = store.DeliveryDelivered, ""
	must(t, ws.RecordAttempt(ctx, d, store.DeliveryAttempt{At: "2025-04-03T09:00:30Z", StatusCode: 204}))
	all, err := ws.Deliveries(ctx, hook.ID)
	must(t, err)
	var mine store.Delivery
	for _, x := range all {
		if x.ID == d.ID {
			mine = x
		}
	}
	if mine.Status != store.DeliveryDelivered || mine.Attempts != 2 || len(mine.Log) != 2 || mine.Log[0].StatusCode != 500 || mine.Log[1].StatusCode != 204 {
		t.Errorf("delivery after two attempts = %+v", mine)
	}
	must(t, ws.DeleteWatch(ctx, hook.ID))
	if err := ws.DeleteWatch(ctx, hook.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("deleting twice: %v, want ErrNotFound", err)
	}
	left, _ := ws.Watches(ctx)
	if h, _ := ws.WatchHits(ctx, 0, 0); len(left) != 1 || len(h) != 1 {
		t.Errorf("after delete: %d watches and %d hits, want 1 and 1", len(left), len(h))
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
