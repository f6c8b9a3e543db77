package collect

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/clock"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// stubExtractor keeps the article and extracts nothing: collection is
// under test, not extraction.
type stubExtractor struct{}

func (stubExtractor) Extract(a *article.Article) *extract.Document {
	return &extract.Document{Article: *a}
}

// request is one request the collector let go, at its collector-clock time.
type request struct {
	url string
	at  time.Time
}

// rig is a collector over a fixture site, a store and a fake clock.
type rig struct {
	site  *site
	path  string
	st    store.Store
	clk   *clock.Fake
	c     *Collector
	mu    sync.Mutex
	reqs  []request
	fresh []string // IDs the stored hook saw
}

const testUA = "sosik/test (+http://example.test/about)"

func newRig(t *testing.T, s *site, path string, clk *clock.Fake) *rig {
	t.Helper()
	cfg := &Config{
		Interval: Duration{2 * time.Second}, MaxPerHost: 2, Workers: 4, Retries: 1,
		Sources: []Source{
			{Name: "feed", Kind: KindFeed, URL: s.srv.URL + "/feed.xml"},
			{Name: "sitemap", Kind: KindSitemap, URL: s.srv.URL + "/sitemap.xml"},
			{Name: "section", Kind: KindSection, URL: s.srv.URL + "/section", LinkPattern: `/news/`},
		},
	}
	if err := cfg.Check(); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	r := &rig{site: s, path: path, st: st, clk: clk}
	r.c, err = New(cfg, st, stubExtractor{}, clk)
	if err != nil {
		t.Fatal(err)
	}
	r.c.UserAgent = testUA
	r.c.Ingest.Workers = 2
	r.c.Ingest.BatchWait = 10 * time.Millisecond
	r.c.OnRequest = func(_, u string, at time.Time) {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.reqs = append(r.reqs, request{u, at})
	}
	// Watches hear of new articles through the store's hook.
	store.SetStoredHook(st, func(_ context.Context, docs []*extract.Document) {
		r.mu.Lock()
		defer r.mu.Unlock()
		for _, d := range docs {
			r.fresh = append(r.fresh, d.ID)
		}
	})
	return r
}

func (r *rig) pass(t *testing.T) *Report {
	t.Helper()
	rep, err := r.c.RunOnce(context.Background())
	if err != nil {
		t.Fatalf("RunOnce: %v", err)
	}
	return rep
}

// articleRequests counts the requests for article pages, by path.
func (s *site) articleRequests() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]int{}
	for p, n := range s.hits {
		if strings.HasPrefix(p, "/news/") || strings.HasPrefix(p, "/private/") {
			out[p] = n
		}
	}
	return out
}

func TestCollectFirstAndSecondPass(t *testing.T) {
	s := newSite(t)
	s.broken = false
	clk := clock.NewFake(time.Date(2025, 4, 3, 3, 0, 0, 0, time.UTC))
	r := newRig(t, s, filepath.Join(t.TempDir(), "c.db"), clk)
	rep := r.pass(t)

	// Every article exactly once: /news/1 is listed by all three sources,
	// with utm_ parameters and a fragment; redirects and retries add the
	// requests below and no others.
	want := map[string]int{
		"/news/1": 1, "/news/2": 1, "/news/euckr": 1, "/news/5": 1, "/news/6": 1, "/news/broken": 1,
		"/news/flaky": 2, "/news/busy": 2, "/news/ftp": 1, "/news/moved": 1, "/news/4": 1,
	}
	got := s.articleRequests()
	if len(got) != len(want) {
		t.Errorf("article requests %v\nwant %v", got, want)
	}
	for p, n := range want {
		if got[p] != n {
			t.Errorf("%s requested %d times, want %d", p, got[p], n)
		}
	}
	if n := s.count("/private/secret"); n != 0 {
		t.Errorf("a robots.txt-disallowed page was requested %d times", n)
	}
	if rep.Stored != 9 || rep.Failed != 0 || len(r.fresh) != 9 {
		t.Errorf("stored %d (hook saw %d), failed %d; want 9, 9, 0: %+v", rep.Stored, len(r.fresh), rep.Failed, rep.Sources)
	}
	if st, _ := r.st.Stats(context.Background()); st.Articles != 9 {
		t.Errorf("store holds %d articles, want 9", st.Articles)
	}
	refused := 0
	for _, sr := range rep.Sources {
		refused += sr.Refused
	}
	if refused != 2 {
		t.Errorf("refused %d pages (robots.txt, ftp: redirect), want 2", refused)
	}
	r.checkPages(t)
	r.checkManners(t)

	// The second pass: every listing answers 304, no page is fetched.
	s.reset()
	rep = r.pass(t)
	if got := s.articleRequests(); len(got) != 0 {
		t.Errorf("second pass fetched pages: %v", got)
	}
	for _, sr := range rep.Sources {
		if !sr.NotModified || sr.New != 0 {
			t.Errorf("second pass, %s: not modified %v, new %d; want 304 and nothing new", sr.Name, sr.NotModified, sr.New)
		}
	}
	if n := s.count("/robots.txt"); n != 0 {
		t.Errorf("robots.txt read again within a day (%d requests)", n)
	}
}

// checkPages checks what the pages became: the EUC-KR page decoded, the
// listing's date where a page has none, canonical URLs.
func (r *rig) checkPages(t *testing.T) {
	ctx := context.Background()
	cs, _ := store.AsCollectState(r.st)
	u := r.site.srv.URL
	seen, err := cs.SeenURLs(ctx, []string{u + "/news/euckr", u + "/news/5", u + "/news/2", u + "/news/ftp", u + "/private/secret"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path, headline, published string
	}{
		{"/news/euckr", "euckr번 기사: 정부, 새 반도체 지원책 발표", "2025-04-03"},
		{"/news/5", "5번 기사: 정부, 새 반도체 지원책 발표", "2025-04-02"},
		{"/news/2", "2번 기사: 정부, 새 반도체 지원책 발표", "2025-04-03"},
	}
	for _, tc := range tests {
		sv := seen[u+tc.path]
		if sv.Status != store.URLStored {
			t.Errorf("%s: %+v", tc.path, sv)
			continue
		}
		doc, err := r.st.Article(ctx, sv.DocID)
		if err != nil {
			t.Fatal(err)
		}
		if doc.Headline != tc.headline || doc.Published != tc.published {
			t.Errorf("%s: headline %q published %q; want %q %q", tc.path, doc.Headline, doc.Published, tc.headline, tc.published)
		}
	}
	for _, p := range []string{"/news/ftp", "/private/secret"} {
		if sv := seen[u+p]; sv.Status != store.URLRefused {
			t.Errorf("%s: %+v, want refused", p, sv)
		}
	}
}

// checkManners checks the rate limit on the collector clock, the cap on
// requests in flight, the 429's Retry-After and the User-Agent.
func (r *rig) checkManners(t *testing.T) {
	r.mu.Lock()
	reqs := append([]request(nil), r.reqs...)
	r.mu.Unlock()
	if len(reqs) < 15 {
		t.Fatalf("only %d requests recorded", len(reqs))
	}
	sort.SliceStable(reqs, func(i, j int) bool { return reqs[i].at.Before(reqs[j].at) })
	for i := 1; i < len(reqs); i++ {
		if gap := reqs[i].at.Sub(reqs[i-1].at); gap < 2*time.Second {
			t.Errorf("requests %s and %s only %v apart", reqs[i-1].url, reqs[i].url, gap)
		}
	}
	var busy []time.Time
	for _, q := range reqs {
		if strings.HasSuffix(q.url, "/news/busy") {
			busy = append(busy, q.at)
		}
	}
	if len(busy) != 2 || busy[1].Sub(busy[0]) < 7*time.Second {
		t.Errorf("429 with Retry-After: 7 retried at %v", busy)
	}
	if m := r.site.maxIn.Load(); m > 2 || m < 1 {
		t.Errorf("%d requests in flight at once, cap 2", m)
	}
	r.site.mu.Lock()
	defer r.site.mu.Unlock()
	if len(r.site.uas) != 1 || !r.site.uas[testUA] {
		t.Errorf("User-Agents sent: %v", r.site.uas)
	}
}

func TestCollectRestartRetriesOnlyTheFailed(t *testing.T) {
	s := newSite(t)
	path := filepath.Join(t.TempDir(), "c.db")
	clk := clock.NewFake(time.Date(2025, 4, 3, 3, 0, 0, 0, time.UTC))
	r := newRig(t, s, path, clk)
	rep := r.pass(t)
	if rep.Failed != 1 || rep.Stored != 8 || s.count("/news/broken") != 2 {
		t.Fatalf("first pass: stored %d, failed %d, /news/broken requested %d times; want 8, 1, 2", rep.Stored, rep.Failed, s.count("/news/broken"))
	}
	cs, _ := store.AsCollectState(r.st)
	hs, _ := cs.SourceHealth(context.Background())
	if len(hs) != 3 || hs[1].Name != "section" || hs[1].Failures != 1 || !strings.Contains(hs[1].LastError, "HTTP 500") {
		t.Errorf("health after a failed page: %+v", hs)
	}
	r.st.Close()

	// A new process on the same database, the page mended.
	s.mu.Lock()
	s.broken = false
	s.mu.Unlock()
	s.reset()
	r2 := newRig(t, s, path, clk)
	rep = r2.pass(t)
	if got := s.articleRequests(); len(got) != 1 || got["/news/broken"] != 1 {
		t.Errorf("after restart fetched %v, want only /news/broken once", got)
	}
	if rep.Stored != 1 || rep.Failed != 0 || len(r2.fresh) != 1 {
		t.Errorf("after restart: stored %d, failed %d", rep.Stored, rep.Failed)
	}
	s.reset()
	rep = r2.pass(t)
	if got := s.articleRequests(); len(got) != 0 || rep.Fetched != 0 {
		t.Errorf("third pass fetched %v", got)
	}
	hs, _ = cs2(t, r2).SourceHealth(context.Background())
	for _, h := range hs {
		if h.Failures != 0 || h.LastError != "" || h.Runs != 3 {
			t.Errorf("health after recovery: %+v", h)
		}
	}
}

func cs2(t *testing.T, r *rig) store.CollectState {
	cs, err := store.AsCollectState(r.st)
	if err != nil {
		t.Fatal(err)
	}
	return cs
}
