package server

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/sosik-news/sosik/internal/clock"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/watch"
)

// TestWatchesAPI adds a watch over the API, stores an article through
// POST /api/articles and finds the hit in the list, the Atom feed and the
// home page; then removes the watch.
func TestWatchesAPI(t *testing.T) {
	ts := newTestServer(t, func(c *Config) {
		if _, err := watch.Attach(c.Corpus.(store.Store), clock.NewFake(time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC)), quietLogger()); err != nil {
			t.Fatal(err)
		}
	})
	// Writes need the key.
	if code, _ := send(t, ts.srv.Handler(), "POST", "/api/watches", map[string]string{"Content-Type": "application/json", "Host": "localhost:8080"}, `{"query":"데이터센터"}`); code != http.StatusUnauthorized {
		t.Errorf("POST /api/watches without a key: %d, want 401", code)
	}
	for _, bad := range []string{`{}`, `{"event":{"type":"PARTY"}}`, `{"event":{"certainty":["maybe+"]}}`, `{"query":"x","webhook":"ftp://h/","secret":"k"}`} {
		if code, _, body := ts.do(t, "POST", "/api/watches", "application/json", bad); code != http.StatusBadRequest {
			t.Errorf("POST %s: %d %s, want 400", bad, code, body)
		}
	}
	code, _, body := ts.do(t, "POST", "/api/watches", "application/json", `{"name":"데이터센터","query":"데이터센터","webhook":"http://127.0.0.1:1/h","secret":"k"}`)
	var w WatchView
	if err := json.Unmarshal(body, &w); code != http.StatusCreated || err != nil || w.ID == 0 || strings.Contains(string(body), `"k"`) {
		t.Fatalf("POST /api/watches: %d %s", code, body)
	}
	js := `{"title": "카카오, 제주에 데이터센터 건립", "text": "카카오가 제주에 새 데이터센터를 짓는다고 15일 밝혔다.", "published": "2025-06-15", "agency": "뉴시스"}`
	if code, _, body := ts.do(t, "POST", "/api/articles", "application/json", js); code != http.StatusCreated {
		t.Fatalf("POST /api/articles: %d %s", code, body)
	}
	var list []WatchView
	ts.getJSON(t, "/api/watches", &list)
	if len(list) != 1 || len(list[0].Hits) != 1 || list[0].Hits[0].Headline != "카카오, 제주에 데이터센터 건립" ||
		list[0].Hits[0].Reason != `query "데이터센터"` || list[0].Condition != `query "데이터센터"` {
		t.Fatalf("watches = %+v", list)
	}
	atom := "/api/watches/" + strconv.FormatInt(w.ID, 10) + "/atom"
	code, ct, feedBody := ts.do(t, "GET", atom, "", "")
	feed, err := gofeed.NewParser().ParseString(string(feedBody))
	if code != 200 || !strings.HasPrefix(ct, "application/atom+xml") || err != nil || len(feed.Items) != 1 || feed.Items[0].Title != "카카오, 제주에 데이터센터 건립" {
		t.Fatalf("GET atom: %d %s %v %s", code, ct, err, feedBody)
	}
	var home HomeResponse
	ts.getJSON(t, "/api/home", &home)
	if len(home.Watches) != 1 || home.Newest != "2025-06-15" {
		t.Errorf("home: newest %s, %d watch hits", home.Newest, len(home.Watches))
	}
	if code, _, _ := ts.do(t, "DELETE", "/api/watches/"+strconv.FormatInt(w.ID, 10), "", ""); code != http.StatusNoContent {
		t.Errorf("DELETE: %d", code)
	}
	if code, _, _ := ts.do(t, "GET", atom, "", ""); code != http.StatusNotFound {
		t.Errorf("atom of a removed watch: %d", code)
	}
}

// TestHome checks the home page's numbers on the fixtures: the newest
// article is of 2025-05-20, so the week is 05-14..05-20 and the one
// before 05-07..05-13, whatever the clock says.
func TestHome(t *testing.T) {
	ts := newTestServer(t, nil)
	var h HomeResponse
	ts.getJSON(t, "/api/home", &h)
	if h.Newest != "2025-05-20" || h.From != "2025-05-14" || h.PrevFrom != "2025-05-07" || h.PrevTo != "2025-05-13" {
		t.Errorf("periods: %s..%s against %s..%s", h.From, h.Newest, h.PrevFrom, h.PrevTo)
	}
	if len(h.Latest) != 3 || h.Latest[0].Published != "2025-05-20" {
		t.Errorf("latest: %+v", h.Latest)
	}
	if len(h.People) != 1 || h.People[0].Name != "정의선" || h.People[0].Count != 1 || h.People[0].Change != 1 ||
		len(h.Orgs) != 1 || h.Orgs[0].Name != "현대자동차그룹" {
		t.Errorf("people %+v, orgs %+v", h.People, h.Orgs)
	}
	if len(h.Events.ByCertainty) != 1 || h.Events.ByCertainty[0] != (store.FacetCount{Value: "asserted", Count: 1}) || len(h.Events.Latest) != 1 {
		t.Errorf("events: %+v", h.Events)
	}
	var month HomeResponse
	ts.getJSON(t, "/api/home?period=day", &month)
	if month.From != "2025-05-20" || month.PrevFrom != "2025-05-19" {
		t.Errorf("day period: %s, previous %s", month.From, month.PrevFrom)
	}
	if code, _, _ := ts.do(t, "GET", "/api/home?period=year", "", ""); code != http.StatusBadRequest {
		t.Errorf("period=year: %d, want 400", code)
	}
	cs, _ := store.AsCollectState(ts.srv.corpus.(store.Store))
	if err := cs.RecordSourceRun(t.Context(), store.SourceRun{Name: "피드", At: time.Date(2025, 5, 20, 0, 0, 0, 0, time.UTC), Err: "HTTP 503"}); err != nil {
		t.Fatal(err)
	}
	ts.getJSON(t, "/api/home", &h)
	if len(h.Sources) != 1 || h.Sources[0].Failures != 1 || h.Sources[0].LastError != "HTTP 503" {
		t.Errorf("sources: %+v", h.Sources)
	}
}
