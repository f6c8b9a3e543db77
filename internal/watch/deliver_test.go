package watch

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/sosik-news/sosik/internal/clock"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/store/storetest"
)

// receiver is a webhook endpoint that fails its first failures requests
// with 500 and records what it gets.
type receiver struct {
	mu       sync.Mutex
	failures int
	ids      []string          // X-Sosik-Delivery of every request
	bodies   map[string][]byte // per delivery, the first body
	ok       map[string]int    // per delivery, accepted requests
	badSig   int
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rc.mu.Lock()
	defer rc.mu.Unlock()
	id := r.Header.Get(HeaderDelivery)
	rc.ids = append(rc.ids, id)
	if r.Header.Get(HeaderSignature) != Sign("s3cret", body) {
		rc.badSig++
	}
	if prev, ok := rc.bodies[id]; ok && !bytes.Equal(prev, body) {
		rc.badSig++ // a retry must send the same bytes
	} else {
		rc.bodies[id] = body
	}
	if rc.failures > 0 {
		rc.failures--
		http.Error(w, "down", http.StatusInternalServerError)
		return
	}
	rc.ok[id]++
	w.WriteHeader(http.StatusNoContent)
}

func meetDoc() *extract.Document {
	return storetest.Doc("이재용 회장, 젠슨 황 만나", "이재용 삼성전자 회장이 3일 서울에서 젠슨 황 엔비디아 최고경영자를 만났다.", "2025-04-03", "테스트뉴스",
		[]storetest.Ent{{ID: "e1", Type: "PERSON", Name: "이재용"}, {ID: "e2", Type: "PERSON", Name: "젠슨 황"}},
		extract.Event{Type: extract.Meet, Actors: []string{"이재용", "젠슨 황"}, Certainty: extract.Asserted})
}

func openStore(t *testing.T, path string) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestWebhookFailsTwiceDeliveredOnce(t *testing.T) {
	ctx := context.Background()
	rc := &receiver{failures: 2, bodies: map[string][]byte{}, ok: map[string]int{}}
	srv := httptest.NewServer(rc)
	defer srv.Close()
	path := filepath.Join(t.TempDir(), "w.db")
	clk := clock.NewFake(time.Date(2025, 4, 3, 0, 0, 0, 0, time.UTC))

	st := openStore(t, path)
	ws, _ := store.AsWatchState(st)
	spec := Spec{Event: &EventCond{Type: "MEET", With: "이재용", Certainty: []string{"speculated+"}}}
	w, err := ws.AddWatch(ctx, store.Watch{Name: "이재용 회동", Spec: spec.JSON(), Webhook: srv.URL, Secret: "s3cret", Created: store.Stamp(clk.Now())})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Attach(st, clk, nil); err != nil {
		t.Fatal(err)
	}
	storetest.MustPut(t, st, meetDoc())
	storetest.MustPut(t, st, meetDoc()) // a duplicate: no second hit

	steps := []struct {
		advance         time.Duration
		delivered, fail int
		reopen          bool
	}{
		{0, 0, 1, false},                // 500
		{10 * time.Second, 0, 0, true},  // not due yet (30 s backoff); a new process
		{20 * time.Second, 0, 1, false}, // 500 again
		{time.Minute, 0, 0, false},      // the 2 min backoff not over
		{time.Minute, 1, 0, true},       // delivered, by yet another process
		{7 * time.Hour, 0, 0, false},    // nothing left
	}
	for i, s := range steps {
		clk.Advance(s.advance)
		if s.reopen {
			st.Close()
			st = openStore(t, path)
		}
		d, err := NewDeliverer(st, clk)
		if err != nil {
			t.Fatal(err)
		}
		ok, failed, err := d.DeliverDue(ctx)
		if err != nil || ok != s.delivered || failed != s.fail {
			t.Fatalf("step %d: delivered %d, failed %d, %v; want %d, %d", i, ok, failed, err, s.delivered, s.fail)
		}
	}
	rc.mu.Lock()
	defer rc.mu.Unlock()
	id := store.DeliveryID(w.ID, meetDoc().ID)
	if len(rc.ids) != 3 || rc.ids[0] != id || rc.ids[2] != id || rc.ok[id] != 1 || len(rc.ok) != 1 || rc.badSig != 0 {
		t.Errorf("receiver got ids %v, accepted %v, %d bad signatures or bodies", rc.ids, rc.ok, rc.badSig)
	}
	var p Payload
	if err := json.Unmarshal(rc.bodies[id], &p); err != nil || p.Hit.Headline != "이재용 회장, 젠슨 황 만나" || p.Watch.Name != "이재용 회동" ||
		!strings.Contains(p.Hit.Reason, "MEET of 이재용, 젠슨 황 (asserted)") {
		t.Errorf("payload %+v, %v", p, err)
	}
	ws, _ = store.AsWatchState(st)
	ds, _ := ws.Deliveries(ctx, w.ID)
	if len(ds) != 1 || ds[0].Status != store.DeliveryDelivered || len(ds[0].Log) != 3 ||
		ds[0].Log[0].StatusCode != 500 || ds[0].Log[2].StatusCode != 204 || ds[0].Log[1].At != "2025-04-03T00:00:30Z" {
		t.Errorf("delivery log %+v", ds)
	}
}

func TestWebhookGivesUpAfterTheLastRetry(t *testing.T) {
	ctx := context.Background()
	rc := &receiver{failures: 100, bodies: map[string][]byte{}, ok: map[string]int{}}
	srv := httptest.NewServer(rc)
	defer srv.Close()
	clk := clock.NewFake(time.Date(2025, 4, 3, 0, 0, 0, 0, time.UTC))
	st := openStore(t, filepath.Join(t.TempDir(), "w.db"))
	ws, _ := store.AsWatchState(st)
	if _, err := ws.AddWatch(ctx, store.Watch{Name: "w", Spec: Spec{Entity: "젠슨 황"}.JSON(), Webhook: srv.URL, Secret: "s3cret"}); err != nil {
		t.Fatal(err)
	}
	Attach(st, clk, nil)
	storetest.MustPut(t, st, meetDoc())
	d, _ := NewDeliverer(st, clk)
	var waits []time.Duration
	last := clk.Now()
	for range 10 {
		due, _ := ws.DueDeliveries(ctx, "9999", 0)
		if len(due) == 0 {
			break
		}
		next, _ := time.Parse(time.RFC3339, due[0].NextAt)
		clk.SleepUntil(ctx, next)
		if next.After(last) {
			waits = append(waits, next.Sub(last))
		}
		last = next
		d.DeliverDue(ctx)
	}
	if len(rc.ids) != 6 || len(waits) != 5 {
		t.Fatalf("%d attempts after waits %v; want 6 after 5", len(rc.ids), waits)
	}
	for i, w := range waits {
		if w != DefaultBackoff[i] {
			t.Errorf("wait %d = %v, want %v", i, w, DefaultBackoff[i])
		}
	}
	ds, _ := ws.Deliveries(ctx, 0)
	if ds[0].Status != store.DeliveryFailed {
		t.Errorf("status %s, want failed", ds[0].Status)
	}
}

func TestAtomParses(t *testing.T) {
	w := store.Watch{ID: 7, Name: "반도체 & <AI>", Created: "2025-04-01T00:00:00Z"}
	hits := []store.WatchHit{
		{WatchID: 7, ArticleID: "b", Headline: "둘째 <기사>", Published: "2025-04-03", URL: "https://news.example/2", Reason: `query "반도체"`, At: "2025-04-03T05:00:00Z"},
		{WatchID: 7, ArticleID: "a", Headline: "첫 기사", Published: "", Reason: "mentions 이재용", At: "2025-04-02T05:00:00Z"},
	}
	out, err := Atom(w, hits, "http://127.0.0.1:8080/")
	if err != nil {
		t.Fatal(err)
	}
	feed, err := gofeed.NewParser().ParseString(string(out))
	if err != nil {
		t.Fatalf("gofeed: %v\n%s", err, out)
	}
	if feed.FeedType != "atom" || feed.Title != "sosik watch: 반도체 & <AI>" || len(feed.Items) != 2 {
		t.Fatalf("feed %s %q with %d items", feed.FeedType, feed.Title, len(feed.Items))
	}
	if it := feed.Items[0]; it.Title != "둘째 <기사>" || it.Link != "http://127.0.0.1:8080/article/b" || it.UpdatedParsed == nil ||
		it.UpdatedParsed.Format(time.DateOnly) != "2025-04-03" {
		t.Errorf("first entry %+v", it)
	}
	if feed.Items[1].Updated != "2025-04-02T05:00:00Z" || feed.Updated != "2025-04-03T00:00:00Z" {
		t.Errorf("dates: entry %s, feed %s", feed.Items[1].Updated, feed.Updated)
	}
}

func TestLevels(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"speculated+"}, "asserted planned reported speculated"},
		{[]string{"reported+"}, "asserted reported"},
		{[]string{"denied"}, "denied"},
		{[]string{"denied+", "planned"}, "denied planned"},
		{[]string{"Asserted"}, "asserted"},
	}
	for _, tc := range tests {
		got, err := Levels(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for c := range got {
			names = append(names, string(c))
		}
		slices.Sort(names)
		if strings.Join(names, " ") != tc.want {
			t.Errorf("Levels(%v) = %v, want %s", tc.in, names, tc.want)
		}
	}
	if _, err := Levels([]string{"maybe+"}); err == nil {
		t.Error("an unknown level is accepted")
	}
}
