package server

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/url"
	"testing"

	"github.com/sosik-news/sosik/internal/store"
)

// blockedWarm is a corpus whose warm-up runs until it is cancelled: a
// server that waited for it would answer no search.
type blockedWarm struct {
	store.Store
	started, stopped chan int
}

func (b *blockedWarm) Warm(ctx context.Context, n int) (store.WarmStats, error) {
	b.started <- n
	<-ctx.Done()
	close(b.stopped)
	return store.WarmStats{}, ctx.Err()
}

// TestServeWhileWarming starts a server whose warm-up never ends by
// itself: searches are answered (as the store answers them) while it
// runs, and stopping the server cancels it before Serve returns.
func TestServeWhileWarming(t *testing.T) {
	st, _ := openFixtureStore(t)
	c := &blockedWarm{Store: st, started: make(chan int, 1), stopped: make(chan int)}
	srv, err := New(Config{Corpus: c, Logger: quietLogger(), WarmWords: 7})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ctx, ln, nil) }()
	if n := <-c.started; n != 7 {
		t.Errorf("warm-up of %d words, want 7", n)
	}
	for _, q := range []string{"회장", "삼성전자"} {
		want, err := st.Search(context.Background(), store.SearchQuery{Text: q, Limit: 20})
		if err != nil {
			t.Fatal(err)
		}
		resp, err := http.Get("http://" + ln.Addr().String() + "/api/search?q=" + url.QueryEscape(q))
		if err != nil {
			t.Fatal(err)
		}
		var got SearchResponse
		err = json.NewDecoder(resp.Body).Decode(&got)
		resp.Body.Close()
		if err != nil || resp.StatusCode != 200 || got.Total != want.Total || got.Total == 0 || len(got.Hits) != len(want.Hits) {
			t.Errorf("%s while warming: status %d, %d of %d hits (%v); want %d of %d", q, resp.StatusCode, len(got.Hits), got.Total, err, len(want.Hits), want.Total)
		}
	}
	stop()
	if err := <-served; err != nil {
		t.Errorf("serve: %v", err)
	}
	select {
	case <-c.stopped:
	default:
		t.Error("Serve returned before the warm-up stopped")
	}
}
