package server

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// bareExtractor stands in for the extractor in ingest tests: it keeps the
// article and extracts nothing, which is all POST /api/articles needs to
// show it stores what it is sent.
type bareExtractor struct{}

func (bareExtractor) Extract(a *article.Article) *extract.Document {
	return &extract.Document{Article: *a}
}

// testKey is the API key the test servers accept.
const testKey = "test-key-0123456789abcdef"

type testServer struct {
	*httptest.Server
	srv  *Server
	docs []*extract.Document
}

func newTestServer(t *testing.T, mutate func(*Config)) *testServer {
	t.Helper()
	st, docs := openFixtureStore(t)
	cfg := Config{Corpus: st, Extractor: bareExtractor{}, Logger: quietLogger(), MaxBodyBytes: 64 << 10, APIKeys: []string{testKey}}
	if mutate != nil {
		mutate(&cfg)
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(hs.Close)
	return &testServer{Server: hs, srv: srv, docs: docs}
}

// do sends a request and returns status, content type and body.
func (ts *testServer) do(t *testing.T, method, path, ctype, body string) (int, string, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	req.Header.Set("Authorization", "Bearer "+testKey)
	res, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, res.Header.Get("Content-Type"), b
}

func (ts *testServer) getJSON(t *testing.T, path string, into any) {
	t.Helper()
	code, ct, body := ts.do(t, "GET", path, "", "")
	if code != http.StatusOK {
		t.Fatalf("GET %s: %d %s", path, code, body)
	}
	if !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: content type %q", path, ct)
	}
	if err := json.Unmarshal(body, into); err != nil {
		t.Fatalf("GET %s: %v in %s", path, err, body)
	}
}

func TestSearch(t *testing.T) {
	ts := newTestServer(t, nil)
	tests := []struct {
		name      string
		query     url.Values
		wantTotal int
		wantFirst string // headline of the first hit; "" to skip
		wantMark  string // text of the first hit's first highlight; "" to skip
	}{
		{"morpheme match", url.Values{"q": {"삼성전자"}}, 2, "", "삼성전자"},
		{"phrase", url.Values{"q": {`"전기차 전용 공장"`}}, 1, "현대차, 울산에 전기차 신공장 착공", ""},
		{"agency filter", url.Values{"q": {"삼성전자"}, "agency": {"연합뉴스"}}, 1, "이재용 회장, 베트남 방문 전망", ""},
		{"date filter", url.Values{"q": {"삼성전자"}, "from": {"2025-04"}}, 1, "이재용 회장, 베트남 방문 전망", ""},
		{"event type filter", url.Values{"type": {"establish"}}, 1, "현대차, 울산에 전기차 신공장 착공", ""},
		{"entity filter", url.Values{"entity": {"정의선"}}, 1, "현대차, 울산에 전기차 신공장 착공", ""},
		{"no match", url.Values{"q": {"우주정거장"}}, 0, "", ""},
		{"paging", url.Values{"q": {"반도체"}, "limit": {"1"}, "offset": {"1"}}, 2, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var res SearchResponse
			ts.getJSON(t, "/api/search?"+tt.query.Encode(), &res)
			if res.Total != tt.wantTotal {
				t.Fatalf("total = %d, want %d (hits %+v)", res.Total, tt.wantTotal, res.Hits)
			}
			if tt.wantFirst != "" && (len(res.Hits) == 0 || res.Hits[0].Headline != tt.wantFirst) {
				t.Fatalf("first hit = %+v, want %q", res.Hits, tt.wantFirst)
			}
			if tt.wantMark != "" {
				h := res.Hits[0]
				if len(h.Highlights) == 0 {
					t.Fatalf("no highlights in %q", h.Snippet)
				}
				sp := h.Highlights[0]
				if got := h.Snippet[sp.Start:sp.End]; got != tt.wantMark {
					t.Fatalf("highlight = %q, want %q", got, tt.wantMark)
				}
			}
		})
	}
	t.Run("facets", func(t *testing.T) {
		var res SearchResponse
		ts.getJSON(t, "/api/search?q=회장", &res)
		agencies := map[string]int{}
		for _, f := range res.Facets.Agencies {
			agencies[f.Value] = f.Count
		}
		for _, a := range []string{"뉴시스", "연합뉴스", "뉴스1"} {
			if agencies[a] != 1 {
				t.Errorf("agency facet %s = %d, want 1 (facets %+v)", a, agencies[a], res.Facets.Agencies)
			}
		}
		if len(res.Facets.Months) != 3 {
			t.Errorf("month facets = %+v, want 3 months", res.Facets.Months)
		}
	})
}

func TestArticle(t *testing.T) {
	ts := newTestServer(t, nil)
	want := ts.docs[0]
	var got extract.Document
	ts.getJSON(t, "/api/articles/"+want.ID, &got)
	if got.ID != want.ID || got.Headline != want.Headline || got.Text != want.Text {
		t.Fatalf("got %q %q, want %q %q", got.ID, got.Headline, want.ID, want.Headline)
	}
	if len(got.Events) != 2 || got.Events[1].Certainty != extract.Reported {
		t.Fatalf("events = %+v", got.Events)
	}
	// Offsets survive the round trip: they still point at the mention.
	for _, e := range got.Entities {
		for _, m := range e.Mentions {
			if got.Text[m.Start:m.End] != m.Text {
				t.Errorf("mention %q at %d:%d reads %q", m.Text, m.Start, m.End, got.Text[m.Start:m.End])
			}
		}
	}
}

func TestEntityEndpoints(t *testing.T) {
	ts := newTestServer(t, nil)

	var lookup struct{ Entities []store.Entity }
	ts.getJSON(t, "/api/entities?q="+url.QueryEscape("이재"), &lookup)
	if len(lookup.Entities) == 0 || lookup.Entities[0].Name != "이재용" || lookup.Entities[0].Articles != 2 {
		t.Fatalf("lookup 이재 = %+v", lookup.Entities)
	}
	id := lookup.Entities[0].ID

	var prof store.EntityProfile
	ts.getJSON(t, "/api/entities/"+url.PathEscape("이재용"), &prof)
	if prof.Entity.ID != id || prof.Entity.Type != extract.Person {
		t.Fatalf("profile entity = %+v", prof.Entity)
	}
	co := map[string]int{}
	for _, c := range prof.CoMentioned {
		co[c.Name] = c.Count
	}
	if co["삼성전자"] != 2 || co["젠슨 황"] != 1 {
		t.Errorf("co-mentioned = %v, want 삼성전자:2 젠슨 황:1", co)
	}
	if len(prof.MentionsByMonth) != 2 {
		t.Errorf("mentions by month = %+v, want 2025-03 and 2025-04", prof.MentionsByMonth)
	}
	if len(prof.Quotes) != 1 || prof.Quotes[0].Text != "미래 기술에 과감히 투자하겠다" {
		t.Errorf("quotes = %+v", prof.Quotes)
	}

	if len(prof.Links) != 0 {
		t.Errorf("links without explain: %+v", prof.Links)
	}
	var why store.EntityProfile
	ts.getJSON(t, "/api/entities/"+url.PathEscape("이재용")+"?explain=1", &why)
	if len(why.Links) != 2 || why.Links[0].Name != "이재용" || why.Links[0].Linked == why.Links[1].Linked {
		t.Fatalf("explain=1 links = %+v, want 2 decisions: one started the entity, one joined it", why.Links)
	}
	for _, l := range why.Links {
		if l.Linked && (len(l.Signals) == 0 || l.Signals[0].Kind != "name") {
			t.Errorf("joined without signals: %+v", l)
		}
	}
	if code, _, _ := ts.do(t, "GET", "/api/entities/"+url.PathEscape("이재용")+"?explain=maybe", "", ""); code != http.StatusBadRequest {
		t.Errorf("explain=maybe: %d, want 400", code)
	}

	var byID store.EntityProfile
	ts.getJSON(t, "/api/entities/"+strconv.FormatInt(id, 10), &byID)
	if byID.Entity.Name != "이재용" {
		t.Errorf("profile by id %d = %+v", id, byID.Entity)
	}

	var tl store.Timeline
	ts.getJSON(t, "/api/timeline?entity="+url.QueryEscape("이재용"), &tl)
	if len(tl.Items) == 0 || tl.Items[0].Date > tl.Items[len(tl.Items)-1].Date {
		t.Errorf("timeline items = %+v, want oldest first", tl.Items)
	}
}

func TestGraphFormats(t *testing.T) {
	ts := newTestServer(t, nil)
	var g store.Graph
	ts.getJSON(t, "/api/graph?entity="+url.QueryEscape("이재용"), &g)
	labels := map[string]bool{}
	for _, n := range g.Nodes {
		labels[n.Label] = true
	}
	for _, want := range []string{"이재용", "젠슨 황", "삼성전자"} {
		if !labels[want] {
			t.Errorf("graph around 이재용 lacks %s: %+v", want, g.Nodes)
		}
	}
	events := 0
	for _, e := range g.Edges {
		if e.Kind == store.EdgeEvent {
			events++
		}
	}
	if events == 0 {
		t.Errorf("no event edge in %+v (이재용 MEET 젠슨 황)", g.Edges)
	}

	code, ct, body := ts.do(t, "GET", "/api/graph?format=graphml&entity="+url.QueryEscape("이재용"), "", "")
	if code != 200 || !strings.HasPrefix(ct, "application/graphml+xml") {
		t.Fatalf("graphml: %d %s", code, ct)
	}
	var gm struct {
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct{} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(body, &gm); err != nil {
		t.Fatalf("graphml does not parse: %v\n%s", err, body)
	}
	if len(gm.Graph.Nodes) != len(g.Nodes) || len(gm.Graph.Edges) != len(g.Edges) {
		t.Errorf("graphml has %d nodes %d edges, json %d %d", len(gm.Graph.Nodes), len(gm.Graph.Edges), len(g.Nodes), len(g.Edges))
	}

	code, _, body = ts.do(t, "GET", "/api/graph?format=dot", "", "")
	if code != 200 || !strings.HasPrefix(string(body), "graph sosik {") || !strings.Contains(string(body), `label="이재용"`) {
		t.Errorf("dot: %d %s", code, body)
	}
}

func TestTrends(t *testing.T) {
	ts := newTestServer(t, nil)
	var tr store.Trends
	ts.getJSON(t, "/api/trends?term="+url.QueryEscape("반도체")+"&term="+url.QueryEscape("전기차")+"&by=month", &tr)
	if strings.Join(tr.Buckets, ",") != "2025-03,2025-04,2025-05" {
		t.Fatalf("buckets = %v", tr.Buckets)
	}
	want := map[string]string{"반도체": "[1 1 0]", "전기차": "[0 0 1]"}
	for _, s := range tr.Series {
		if got := fmt.Sprint(s.Counts); got != want[s.Term] {
			t.Errorf("%s counts = %s, want %s", s.Term, got, want[s.Term])
		}
	}
}

// TestClientErrors checks that bad requests get a 4xx with a JSON message
// that names the problem, and never a stack trace or SQL.
func TestClientErrors(t *testing.T) {
	ts := newTestServer(t, nil)
	long := strings.Repeat("가", 300)
	tests := []struct {
		name, method, path, ctype, body string
		want                            int
		msg                             string // substring of the error message
	}{
		{"unknown article", "GET", "/api/articles/doesnotexist", "", "", 404, "not found"},
		{"unknown entity", "GET", "/api/entities/" + url.PathEscape("홍길동"), "", "", 404, "not found"},
		{"unknown entity id", "GET", "/api/entities/987654", "", "", 404, "not found"},
		{"unknown timeline entity", "GET", "/api/timeline?entity=" + url.QueryEscape("홍길동"), "", "", 404, "not found"},
		{"unknown api route", "GET", "/api/nothing", "", "", 404, "no API route"},
		{"wrong method", "DELETE", "/api/articles/x", "", "", 405, "use GET"},
		{"wrong method on collection", "PUT", "/api/articles", "", "", 405, "use POST"},
		{"bad date", "GET", "/api/search?q=a&from=yesterday", "", "", 400, "parameter from"},
		{"impossible date", "GET", "/api/search?q=a&to=2025-02-30", "", "", 400, "parameter to"},
		{"to before from", "GET", "/api/search?q=a&from=2025-05-01&to=2025-01-01", "", "", 400, "before"},
		{"limit zero", "GET", "/api/search?q=a&limit=0", "", "", 400, "between 1 and 100"},
		{"limit huge", "GET", "/api/search?q=a&limit=1000000", "", "", 400, "between 1 and 100"},
		{"limit not a number", "GET", "/api/search?q=a&limit=ten", "", "", 400, "whole number"},
		{"negative offset", "GET", "/api/search?q=a&offset=-1", "", "", 400, "offset"},
		{"repeated q", "GET", "/api/search?q=a&q=b", "", "", 400, "given 2 times"},
		{"NUL byte", "GET", "/api/search?q=a%00b", "", "", 400, "control character"},
		{"invalid UTF-8", "GET", "/api/search?q=%ff%fe", "", "", 400, "UTF-8"},
		{"broken escape", "GET", "/api/search?q=%zz", "", "", 400, "malformed query string"},
		{"overlong query", "GET", "/api/search?q=" + url.QueryEscape(long+long), "", "", 400, "longer than 512"},
		{"unbalanced quote", "GET", "/api/search?q=" + url.QueryEscape(`"삼성전자`), "", "", 400, "search:"},
		{"unbalanced paren", "GET", "/api/search?q=" + url.QueryEscape(`(삼성 OR`), "", "", 400, "search:"},
		{"event type with SQL", "GET", "/api/search?type=" + url.QueryEscape("MEET';--"), "", "", 400, "must be an event type"},
		{"unknown event type", "GET", "/api/search?type=NOPE", "", "", 400, "must be an event type, one of MEET"},
		{"timeline without entity", "GET", "/api/timeline", "", "", 400, "entity is required"},
		{"trends without term", "GET", "/api/trends", "", "", 400, "at least one term"},
		{"trends bad period", "GET", "/api/trends?term=a&by=year", "", "", 400, "day, week, month"},
		{"too many terms", "GET", "/api/trends?term=a&term=b&term=c&term=d&term=e&term=f&term=g&term=h&term=i", "", "", 400, "at most 8"},
		{"graph bad format", "GET", "/api/graph?format=pdf", "", "", 400, "json, graphml, dot"},
		{"malformed JSON", "POST", "/api/articles", "application/json", `{"title": "x", "text": `, 400, "malformed JSON"},
		{"JSON syntax error", "POST", "/api/articles", "application/json", `{"title" "x"}`, 400, "malformed JSON at byte"},
		{"JSON not an object", "POST", "/api/articles", "application/json", `["a", "b"]`, 400, "must be an object"},
		{"two JSON objects", "POST", "/api/articles", "application/json", `{"text":"a"} {"text":"b"}`, 400, "one object"},
		{"JSON without text", "POST", "/api/articles", "application/json", `{"title": "제목만 있는 기사"}`, 422, "not an article"},
		{"empty body", "POST", "/api/articles", "text/plain", "  \n", 400, "empty request body"},
		{"oversized body", "POST", "/api/articles", "text/plain", strings.Repeat("가나다라 ", 20000), 413, "larger than 65536 bytes"},
		{"unsupported type", "POST", "/api/articles", "application/pdf", "%PDF-1.4", 415, "unsupported Content-Type"},
		{"bad content type", "POST", "/api/articles", "text/plain; charset", "기사", 400, "malformed Content-Type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, ct, body := ts.do(t, tt.method, tt.path, tt.ctype, tt.body)
			if code != tt.want {
				t.Fatalf("status = %d, want %d; body %s", code, tt.want, body)
			}
			if tt.msg == "" {
				return
			}
			if !strings.HasPrefix(ct, "application/json") {
				t.Fatalf("content type %q", ct)
			}
			var e errorBody
			if err := json.Unmarshal(body, &e); err != nil || e.Error == "" {
				t.Fatalf("not a JSON error: %s", body)
			}
			if !strings.Contains(e.Error, tt.msg) {
				t.Errorf("error %q does not say %q", e.Error, tt.msg)
			}
			for _, leak := range []string{"goroutine", ".go:", "SELECT", "sqlite", "SQL"} {
				if strings.Contains(e.Error, leak) {
					t.Errorf("error leaks %q: %s", leak, e.Error)
				}
			}
		})
	}
}

// TestHostileSearchIsHarmless sends strings that would break a query built
// by concatenation: they must be answered (200 or 400), and the corpus must
// be intact afterwards.
func TestHostileSearchIsHarmless(t *testing.T) {
	ts := newTestServer(t, nil)
	for _, q := range []string{
		`'; DROP TABLE articles; --`, `" OR 1=1 --`, `삼성전자*`, `NEAR(삼성 전자)`, `a:b`, `^삼성`, `{col}: x`,
		`- - -`, `OR`, `AND AND`, `()`, `"" ""`, `\x27`, `<script>alert(1)</script>`, `%%%`, `삼성전자 -`,
	} {
		code, _, body := ts.do(t, "GET", "/api/search?q="+url.QueryEscape(q), "", "")
		if code != 200 && code != 400 {
			t.Errorf("q=%q: status %d %s", q, code, body)
		}
		if !json.Valid(body) {
			t.Errorf("q=%q: invalid JSON %s", q, body)
		}
	}
	var res SearchResponse
	ts.getJSON(t, "/api/search?q="+url.QueryEscape("삼성전자"), &res)
	if res.Total != 2 {
		t.Fatalf("corpus damaged: 삼성전자 finds %d articles, want 2", res.Total)
	}
}

func TestIngest(t *testing.T) {
	ts := newTestServer(t, nil)
	post := func(ctype, body string) (int, IngestResponse) {
		code, _, b := ts.do(t, "POST", "/api/articles", ctype, body)
		var r IngestResponse
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatalf("POST: %d %s", code, b)
		}
		return code, r
	}
	js := `{"title": "카카오, 제주에 데이터센터 건립", "text": "카카오가 제주에 새 데이터센터를 짓는다고 15일 밝혔다.\n\n총 투자액은 3천억원이다.", "url": "https://news.example/k1", "published": "2025-06-15", "agency": "뉴시스"}`
	code, r := post("application/json", js)
	if code != http.StatusCreated || r.Status != store.Inserted || r.ID == "" || r.Headline != "카카오, 제주에 데이터센터 건립" {
		t.Fatalf("first POST = %d %+v", code, r)
	}
	code, again := post("application/json; charset=utf-8", js)
	if code != http.StatusOK || again.Status != store.Duplicate || again.ID != r.ID {
		t.Fatalf("second POST = %d %+v, want 200 duplicate of %s", code, again, r.ID)
	}
	var doc extract.Document
	ts.getJSON(t, r.URL, &doc)
	if doc.Published != "2025-06-15" || doc.Agency != "뉴시스" || !strings.Contains(doc.Text, "데이터센터") {
		t.Fatalf("stored = %q %q %q", doc.Published, doc.Agency, doc.Text)
	}
	var res SearchResponse
	ts.getJSON(t, "/api/search?q="+url.QueryEscape("데이터센터"), &res)
	if res.Total != 1 || res.Hits[0].ID != r.ID {
		t.Fatalf("search after ingest = %+v", res)
	}

	raw := "[부산=뉴시스] 박기자 기자 = 부산항만공사가 신항 물류센터 운영사를 선정했다고 3일 밝혔다.\n\n선정된 운영사는 내년부터 센터를 운영한다.\n"
	code, r2 := post("text/plain; charset=utf-8", raw)
	if code != http.StatusCreated || r2.ID == "" || r2.ID == r.ID {
		t.Fatalf("raw POST = %d %+v", code, r2)
	}
	var doc2 extract.Document
	ts.getJSON(t, r2.URL, &doc2)
	if doc2.Dateline == nil || doc2.Dateline.Place != "부산" {
		t.Errorf("raw article dateline = %+v, want 부산", doc2.Dateline)
	}
}

func TestIngestOff(t *testing.T) {
	ts := newTestServer(t, func(c *Config) { c.Extractor = nil })
	code, _, body := ts.do(t, "POST", "/api/articles", "text/plain", "기사 본문")
	if code != http.StatusServiceUnavailable || !strings.Contains(string(body), "ingest is off") {
		t.Fatalf("%d %s", code, body)
	}
}

// panicky is a corpus whose search panics, to check the recovery path.
type panicky struct{ store.Store }

func (panicky) Search(context.Context, store.SearchQuery) (*store.SearchResult, error) {
	panic("boom: index out of range")
}

// slow is a corpus whose search waits for the request deadline.
type slow struct{ store.Store }

func (slow) Search(ctx context.Context, _ store.SearchQuery) (*store.SearchResult, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

func TestPanicBecomes500WithoutStack(t *testing.T) {
	var logs strings.Builder
	ts := newTestServer(t, func(c *Config) {
		c.Corpus = panicky{c.Corpus.(store.Store)}
		c.Logger = slogTo(&logs)
	})
	code, _, body := ts.do(t, "GET", "/api/search?q=x", "", "")
	if code != 500 || strings.TrimSpace(string(body)) != `{"error":"internal server error"}` {
		t.Fatalf("%d %s", code, body)
	}
	if !strings.Contains(logs.String(), "boom") || !strings.Contains(logs.String(), "goroutine") {
		t.Errorf("panic and stack not logged server-side:\n%s", logs.String())
	}
	// The server goes on serving.
	code, _, _ = ts.do(t, "GET", "/healthz", "", "")
	if code != 200 {
		t.Fatalf("healthz after panic: %d", code)
	}
}

func TestRequestDeadline(t *testing.T) {
	ts := newTestServer(t, func(c *Config) {
		c.Corpus = slow{c.Corpus.(store.Store)}
		c.RequestTimeout = 50 * time.Millisecond
	})
	start := time.Now()
	code, _, body := ts.do(t, "GET", "/api/search?q=x", "", "")
	if code != http.StatusServiceUnavailable || !strings.Contains(string(body), "took too long") {
		t.Fatalf("%d %s", code, body)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("deadline not applied: took %v", d)
	}
}

func TestMetricsAndHealth(t *testing.T) {
	ts := newTestServer(t, nil)
	ts.do(t, "GET", "/api/search?q="+url.QueryEscape("삼성전자"), "", "")
	ts.do(t, "GET", "/api/articles/nope", "", "")
	code, _, body := ts.do(t, "GET", "/healthz", "", "")
	if code != 200 || !strings.Contains(string(body), `"ok"`) {
		t.Fatalf("healthz: %d %s", code, body)
	}
	code, _, body = ts.do(t, "GET", "/metrics", "", "")
	if code != 200 {
		t.Fatalf("metrics: %d", code)
	}
	m := string(body)
	for _, want := range []string{
		`sosik_http_requests_total{code="200",method="GET",route="GET /api/search"} 1`,
		`sosik_http_requests_total{code="404",method="GET",route="GET /api/articles/{id}"} 1`,
		`sosik_http_request_duration_seconds_bucket{code="200",route="GET /api/search",le="+Inf"} 1`,
		`go_goroutines`,
	} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}

func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	ts := newTestServer(t, nil)
	var spec struct {
		OpenAPI string                               `json:"openapi"`
		Paths   map[string]map[string]map[string]any `json:"paths"`
		Comps   struct {
			Schemas map[string]any `json:"schemas"`
		} `json:"components"`
	}
	ts.getJSON(t, "/api/openapi.json", &spec)
	if spec.OpenAPI != "3.1.0" {
		t.Fatalf("openapi = %q", spec.OpenAPI)
	}
	served := map[string]bool{}
	for _, pat := range ts.srv.documented {
		method, path, _ := strings.Cut(pat, " ")
		served[strings.ToLower(method)+" "+path] = true
		op, ok := spec.Paths[path][strings.ToLower(method)]
		if !ok {
			t.Errorf("route %s is not in openapi.json", pat)
			continue
		}
		if _, ok := op["responses"]; !ok {
			t.Errorf("%s has no responses", pat)
		}
	}
	for path, ops := range spec.Paths {
		for method := range ops {
			if !served[method+" "+path] {
				t.Errorf("openapi.json describes %s %s, which is not served", method, path)
			}
		}
	}
	// Operation ids are unique and every {param} of a path is declared.
	ids := map[string]string{}
	for path, ops := range spec.Paths {
		for method, op := range ops {
			id, _ := op["operationId"].(string)
			if id == "" || ids[id] != "" {
				t.Errorf("%s %s: operationId %q missing or also used by %s", method, path, id, ids[id])
			}
			ids[id] = method + " " + path
			declared := map[string]bool{}
			params, _ := op["parameters"].([]any)
			for _, p := range params {
				pm, _ := p.(map[string]any)
				if pm["in"] == "path" {
					declared[pm["name"].(string)] = true
				}
			}
			for _, seg := range strings.Split(path, "/") {
				if strings.HasPrefix(seg, "{") && !declared[strings.Trim(seg, "{}")] {
					t.Errorf("%s %s: path parameter %s not declared", method, path, seg)
				}
			}
		}
	}
	// Every $ref points at a schema that exists.
	raw, _ := json.Marshal(spec.Paths)
	all := string(raw) + string(openAPISpec)
	for _, part := range strings.Split(all, `"#/components/schemas/`)[1:] {
		name, _, _ := strings.Cut(part, `"`)
		if _, ok := spec.Comps.Schemas[name]; !ok {
			t.Errorf("$ref to missing schema %s", name)
		}
	}
}

func TestWebPages(t *testing.T) {
	ts := newTestServer(t, nil)
	tests := []struct{ path, ctype, contains string }{
		{"/", "text/html", "/static/home.js"},
		{"/search", "text/html", "/static/search.js"},
		{"/watches", "text/html", "/static/watches.js"},
		{"/article/" + ts.docs[0].ID, "text/html", "/static/article.js"},
		{"/entity/" + url.PathEscape("이재용"), "text/html", "/static/entity.js"},
		{"/trends", "text/html", "/static/trends.js"},
		{"/events", "text/html", "/static/events.js"},
		{"/static/app.css", "text/css", "Noto Sans CJK KR"},
		{"/static/vendor/cytoscape.min.js", "text/javascript", "cytoscape"},
		{"/static/vendor/chart.umd.min.js", "text/javascript", "Chart.js v4.6.1"},
	}
	for _, tt := range tests {
		code, ct, body := ts.do(t, "GET", tt.path, "", "")
		if code != 200 || !strings.HasPrefix(ct, tt.ctype) || !strings.Contains(string(body), tt.contains) {
			t.Errorf("GET %s: %d %q, contains %q: %v", tt.path, code, ct, tt.contains, strings.Contains(string(body), tt.contains))
		}
	}
	for _, p := range []string{"/static/nothing.js", "/static/", "/static/vendor/", "/nowhere"} {
		if code, _, _ := ts.do(t, "GET", p, "", ""); code != 404 {
			t.Errorf("GET %s: %d, want 404", p, code)
		}
	}
}

func TestGracefulShutdown(t *testing.T) {
	st, _ := openFixtureStore(t)
	srv, err := New(Config{Addr: "127.0.0.1:0", Corpus: st, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx, func(a net.Addr) { addr <- a.String() }) }()
	base := "http://" + <-addr
	res, err := http.Get(base + "/healthz")
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", res, err)
	}
	res.Body.Close()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run after cancel: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Fatal("still serving after shutdown")
	}
}

func TestNewNeedsCorpus(t *testing.T) {
	if _, err := New(Config{}); err == nil || !strings.Contains(err.Error(), "no corpus") {
		t.Fatalf("err = %v", err)
	}
}

// slogTo logs text to b, for tests that check what the server logs.
func slogTo(b *strings.Builder) *slog.Logger {
	return slog.New(slog.NewTextHandler(&lockedWriter{w: b}, nil))
}

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
