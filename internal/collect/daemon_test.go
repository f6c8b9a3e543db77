package collect

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sosik-news/sosik/internal/clock"
	"github.com/sosik-news/sosik/internal/store"
)

// TestDaemonIntervalsAndCrawlDelay runs the daemon on the fake clock over
// two sources read every 10 and 30 minutes, on a host whose robots.txt
// asks for 5 s between requests.
func TestDaemonIntervalsAndCrawlDelay(t *testing.T) {
	var mu sync.Mutex
	var listings []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: sosik\nCrawl-delay: 5\n")
		case "/a.xml", "/b.xml":
			mu.Lock()
			listings = append(listings, r.URL.Path)
			mu.Unlock()
			fmt.Fprint(w, `<rss version="2.0"><channel><title>t</title></channel></rss>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	cfg := &Config{Interval: Duration{time.Second}, Sources: []Source{
		{Name: "a", Kind: KindFeed, URL: srv.URL + "/a.xml", Interval: Duration{10 * time.Minute}},
		{Name: "b", Kind: KindFeed, URL: srv.URL + "/b.xml", Interval: Duration{30 * time.Minute}},
	}}
	if err := cfg.Check(); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "d.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	t0 := time.Date(2025, 4, 3, 0, 0, 0, 0, time.UTC)
	clk := clock.NewFake(t0)
	c, _ := New(cfg, st, stubExtractor{}, clk)
	var reqs []request
	c.OnRequest = func(_, u string, at time.Time) { reqs = append(reqs, request{u, at}) }
	ctx, cancel := context.WithCancel(context.Background())
	var passes []string
	err = c.Run(ctx, func(rep *Report, err error) {
		var names []string
		for _, s := range rep.Sources {
			names = append(names, s.Name)
		}
		passes = append(passes, fmt.Sprintf("%s %s", clk.Now().Sub(t0).Truncate(time.Minute), strings.Join(names, "+")))
		if len(passes) == 5 {
			cancel()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "0s a+b|10m0s a|20m0s a|30m0s a+b|40m0s a"
	if got := strings.Join(passes, "|"); got != want {
		t.Errorf("passes %s, want %s", got, want)
	}
	// robots.txt, then a and b 5 s apart (Crawl-delay over the 1 s interval).
	if len(reqs) < 3 || !strings.HasSuffix(reqs[0].url, "/robots.txt") || reqs[2].at.Sub(reqs[1].at) != 5*time.Second {
		t.Errorf("first requests %+v", reqs[:min(3, len(reqs))])
	}
	if len(listings) != 7 {
		t.Errorf("%d listing requests, want 7 (a 5 times, b twice)", len(listings))
	}
}
