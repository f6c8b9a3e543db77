package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
)

const testArticle = "제목: 시험 기사\n\n한빛전자는 25일 새 공장을 짓는다고 밝혔다. 공장은 내년에 문을 연다."

// send serves one request through the whole handler tree (guard
// included) and returns status and body.
func send(t *testing.T, h http.Handler, method, target string, hdr map[string]string, body string) (int, string) {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	for k, v := range hdr {
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code, rec.Body.String()
}

func TestWritesNeedKeyAndSameOrigin(t *testing.T) {
	keyed := newTestServer(t, nil).srv.Handler()
	keyless := newTestServer(t, func(c *Config) { c.APIKeys = nil }).srv.Handler()
	bearerKey := "Bearer " + testKey
	tests := []struct {
		name string
		h    http.Handler
		hdr  map[string]string
		want int
		msg  string
	}{
		{"with key", keyed, map[string]string{"Authorization": bearerKey}, 201, `"status":"inserted"`},
		{"scheme any case", keyed, map[string]string{"Authorization": "bearer " + testKey}, 201, ""},
		{"without key", keyed, nil, 401, "needs an API key"},
		{"wrong key", keyed, map[string]string{"Authorization": "Bearer not-the-key-0123456789"}, 401, "not accepted"},
		{"basic auth is not a key", keyed, map[string]string{"Authorization": "Basic " + testKey}, 401, "needs an API key"},
		{"key in a cookie is ignored", keyed, map[string]string{"Cookie": "key=" + testKey}, 401, "needs an API key"},
		{"no keys configured: writes off", keyless, map[string]string{"Authorization": bearerKey}, 403, "writes are off"},
		// A page elsewhere posting text/plain with fetch(…, {mode: "no-cors"}).
		{"cross-site fetch", keyed, map[string]string{"Sec-Fetch-Site": "cross-site", "Authorization": bearerKey}, 403, "cross-origin"},
		{"foreign Origin", keyed, map[string]string{"Origin": "https://attacker.example", "Authorization": bearerKey}, 403, "cross-origin"},
		{"same origin", keyed, map[string]string{"Origin": "http://127.0.0.1:8080", "Host": "127.0.0.1:8080", "Authorization": bearerKey}, 201, ""},
		{"foreign Host (DNS rebinding)", keyed, map[string]string{"Host": "attacker.example", "Authorization": bearerKey}, 421, "host name"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hdr := map[string]string{"Content-Type": "text/plain"}
			for k, v := range tt.hdr {
				hdr[k] = v
			}
			if _, ok := hdr["Host"]; !ok {
				hdr["Host"] = "localhost:8080"
			}
			body := fmt.Sprintf("%s 시험 번호 %d.", testArticle, i)
			code, got := send(t, tt.h, "POST", "/api/articles", hdr, body)
			if code != tt.want || !strings.Contains(got, tt.msg) {
				t.Fatalf("POST = %d %s, want %d with %q", code, got, tt.want, tt.msg)
			}
		})
	}
}

func TestHostAllowList(t *testing.T) {
	tests := []struct {
		name    string
		allowed []string
		host    string
		path    string
		want    int
	}{
		{"localhost", nil, "localhost:8080", "/api/search?q=삼성전자", 200},
		{"IPv4 loopback", nil, "127.0.0.1", "/api/search?q=삼성전자", 200},
		{"IPv6 loopback", nil, "[::1]:8080", "/api/search?q=삼성전자", 200},
		{"rebinding name refused on reads too", nil, "attacker.example:8080", "/api/search?q=삼성전자", 421},
		{"rebinding name refused on pages", nil, "attacker.example", "/", 421},
		{"healthz answers any host", nil, "10.0.0.7:8080", "/healthz", 200},
		{"configured name", []string{"news.internal"}, "NEWS.internal:8080", "/api/search?q=삼성전자", 200},
		{"configured name only", []string{"news.internal"}, "other.internal", "/api/search?q=삼성전자", 421},
		{"check off", []string{"*"}, "anything.example", "/api/search?q=삼성전자", 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newTestServer(t, func(c *Config) { c.AllowedHosts = tt.allowed }).srv.Handler()
			if code, body := send(t, h, "GET", tt.path, map[string]string{"Host": tt.host}, ""); code != tt.want {
				t.Fatalf("GET %s with Host %s = %d %s, want %d", tt.path, tt.host, code, body, tt.want)
			}
		})
	}
}

func TestKeyedReads(t *testing.T) {
	h := newTestServer(t, func(c *Config) { c.KeyedReads = true }).srv.Handler()
	tests := []struct {
		path string
		key  bool
		want int
	}{
		{"/api/search?q=삼성전자", false, 401},
		{"/api/search?q=삼성전자", true, 200},
		{"/metrics", false, 401},
		{"/metrics", true, 200},
		{"/healthz", false, 200},
		{"/", false, 200}, // the page holds no data; its API calls need the key
		{"/static/app.js", false, 200},
	}
	for _, tt := range tests {
		hdr := map[string]string{"Host": "localhost"}
		if tt.key {
			hdr["Authorization"] = "Bearer " + testKey
		}
		req := httptest.NewRequest("GET", tt.path, nil)
		req.Host = hdr["Host"]
		if a, ok := hdr["Authorization"]; ok {
			req.Header.Set("Authorization", a)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != tt.want {
			t.Errorf("GET %s (key %v) = %d %s, want %d", tt.path, tt.key, rec.Code, rec.Body, tt.want)
		}
		if challenge := rec.Header().Get("WWW-Authenticate"); (rec.Code == 401) != (challenge == `Bearer realm="sosik"`) {
			t.Errorf("GET %s: %d with WWW-Authenticate %q", tt.path, rec.Code, challenge)
		}
	}
}

func TestKeys(t *testing.T) {
	if _, err := New(Config{Corpus: nil}); err == nil {
		t.Fatal("no corpus accepted")
	}
	st, _ := openFixtureStore(t)
	if _, err := New(Config{Corpus: st, APIKeys: []string{"short"}}); err == nil || !strings.Contains(err.Error(), "at least 16") {
		t.Errorf("short key: %v", err)
	}
	kr, err := newKeyring([]string{"first-key-0123456789", "second-key-0123456789"})
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]bool{"first-key-0123456789": true, "second-key-0123456789": true,
		"first-key-012345678": false, "": false, "first-key-0123456789 ": false} {
		if kr.match(k) != want {
			t.Errorf("match(%q) = %v, want %v", k, !want, want)
		}
	}

	dir := t.TempDir()
	good := filepath.Join(dir, "keys")
	if err := os.WriteFile(good, []byte("# team keys\n\nfirst-key-0123456789\n  second-key-0123456789  \n"), 0o600); err != nil {
		t.Fatal(err)
	}
	keys, err := LoadKeys(good)
	if err != nil || len(keys) != 2 || keys[1] != "second-key-0123456789" {
		t.Errorf("LoadKeys = %q, %v", keys, err)
	}
	open := filepath.Join(dir, "open")
	if err := os.WriteFile(open, []byte("first-key-0123456789\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKeys(open); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("readable key file: %v", err)
	}
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, []byte("# nothing\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKeys(empty); err == nil || !strings.Contains(err.Error(), "no key") {
		t.Errorf("empty key file: %v", err)
	}
}

func TestLoopbackAndWarnings(t *testing.T) {
	for addr, want := range map[string]bool{"127.0.0.1:8080": true, "localhost:80": true, "[::1]:9000": true,
		":8080": false, "0.0.0.0:8080": false, "[::]:8080": false, "192.168.0.3:8080": false, "news.internal:80": false} {
		if IsLoopback(addr) != want {
			t.Errorf("IsLoopback(%s) = %v", addr, !want)
		}
	}
	st, _ := openFixtureStore(t)
	tests := []struct {
		cfg  Config
		addr string
		want []string
	}{
		{Config{}, "127.0.0.1:8080", nil},
		{Config{}, "0.0.0.0:8080", []string{"without API keys", "--allow-host"}},
		{Config{APIKeys: []string{testKey}}, "0.0.0.0:8080", []string{"reads need no key", "--allow-host"}},
		{Config{APIKeys: []string{testKey}, KeyedReads: true}, "0.0.0.0:8080", []string{"--allow-host"}},
		{Config{APIKeys: []string{testKey}, KeyedReads: true, AllowedHosts: []string{"news.internal"}}, "[::]:8080", nil},
		{Config{APIKeys: []string{testKey}, KeyedReads: true, AllowedHosts: []string{"*"}}, "0.0.0.0:8080", []string{"Host check is off"}},
	}
	for _, tt := range tests {
		tt.cfg.Corpus, tt.cfg.Logger = st, quietLogger()
		srv, err := New(tt.cfg)
		if err != nil {
			t.Fatal(err)
		}
		got := srv.Warnings(tt.addr)
		if len(got) != len(tt.want) {
			t.Errorf("%+v on %s: warnings %q, want %q", tt.cfg.APIKeys, tt.addr, got, tt.want)
			continue
		}
		for i := range got {
			if !strings.Contains(got[i], tt.want[i]) || !strings.HasPrefix(got[i], "WARNING") {
				t.Errorf("warning %q, want %q", got[i], tt.want[i])
			}
		}
	}
}

// TestMetricsBounded sends requests with invented methods: the metrics
// must not grow a series per method.
func TestMetricsBounded(t *testing.T) {
	h := newTestServer(t, nil).srv.Handler()
	series := func() (int, int) {
		_, body := send(t, h, "GET", "/metrics", map[string]string{"Host": "localhost"}, "")
		n := 0
		for line := range strings.SplitSeq(body, "\n") {
			if strings.HasPrefix(line, "sosik_http_requests_total{") {
				n++
			}
		}
		return n, len(body)
	}
	for i := range 3 {
		send(t, h, fmt.Sprintf("M%d", i), "/api/search", map[string]string{"Host": "localhost"}, "")
	}
	before, sizeBefore := series()
	for i := range 300 {
		send(t, h, fmt.Sprintf("RANDOM%dX", i), fmt.Sprintf("/api/nothing/%d", i), map[string]string{"Host": "localhost"}, "")
		send(t, h, fmt.Sprintf("Z%d", i), "/api/search", map[string]string{"Host": "localhost"}, "")
	}
	after, sizeAfter := series()
	t.Logf("request series %d → %d, /metrics %d → %d bytes after 600 requests with invented methods", before, after, sizeBefore, sizeAfter)
	// At most the series of the unmatched route and /metrics itself appear.
	if after > before+2 {
		t.Errorf("request series grew from %d to %d under invented methods", before, after)
	}
	_, body := send(t, h, "GET", "/metrics", map[string]string{"Host": "localhost"}, "")
	if strings.Contains(body, "RANDOM") || !strings.Contains(body, `method="other"`) {
		t.Errorf("invented methods not folded into \"other\"")
	}
}

// timeoutBody fails as a slow client's body does when the server's read
// deadline passes: the error names both socket addresses.
type timeoutBody struct{}

func (timeoutBody) Read([]byte) (int, error) {
	addr := &net.TCPAddr{IP: net.IPv4(10, 1, 2, 3), Port: 45678}
	return 0, &net.OpError{Op: "read", Net: "tcp", Source: addr, Addr: addr, Err: os.ErrDeadlineExceeded}
}

func TestBodyErrors(t *testing.T) {
	h := newTestServer(t, nil).srv.Handler()
	req := httptest.NewRequest("POST", "/api/articles", io.NopCloser(timeoutBody{}))
	req.Host = "localhost"
	req.Header.Set("Authorization", "Bearer "+testKey)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusRequestTimeout || strings.Contains(rec.Body.String(), "10.1.2.3") {
		t.Errorf("slow body = %d %s, want 408 without the address", rec.Code, rec.Body)
	}
	for _, tt := range []struct {
		err  error
		want int
	}{
		{&http.MaxBytesError{Limit: 10}, 413},
		{context.Canceled, StatusClientClosedRequest},
		{errors.New("read tcp 10.1.2.3:1->10.1.2.4:2: connection reset by peer"), 400},
	} {
		err := bodyError(tt.err)
		var ae *apiError
		code := StatusClientClosedRequest
		if errors.As(err, &ae) {
			code = ae.status
			if strings.Contains(ae.msg, "10.1.2") {
				t.Errorf("%v: message %q echoes an address", tt.err, ae.msg)
			}
		}
		if code != tt.want {
			t.Errorf("bodyError(%v) = %d, want %d", tt.err, code, tt.want)
		}
	}
}

// TestClientGone checks that a request whose client disconnected is
// answered (and logged and counted) as 499, not as a server failure.
func TestClientGone(t *testing.T) {
	ts := newTestServer(t, nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, err := range []error{context.Canceled, fmt.Errorf("store: query: %w", context.Canceled)} {
		req := httptest.NewRequest("GET", "/api/search?q=x", nil).WithContext(ctx)
		rec := httptest.NewRecorder()
		ts.srv.writeError(rec, req, err)
		if rec.Code != StatusClientClosedRequest {
			t.Errorf("%v: %d, want 499", err, rec.Code)
		}
	}
	dctx, dcancel := context.WithTimeout(context.Background(), 0)
	defer dcancel()
	<-dctx.Done()
	req := httptest.NewRequest("GET", "/api/search?q=x", nil).WithContext(dctx)
	rec := httptest.NewRecorder()
	ts.srv.writeError(rec, req, fmt.Errorf("store: %w", context.DeadlineExceeded))
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("deadline: %d, want 503", rec.Code)
	}
	// Through the whole tree: the store sees the cancelled context.
	req = httptest.NewRequest("GET", "/api/search?q=삼성전자", nil).WithContext(ctx)
	req.Host = "localhost"
	rec = httptest.NewRecorder()
	ts.srv.Handler().ServeHTTP(rec, req)
	if rec.Code != StatusClientClosedRequest {
		t.Errorf("search with the client gone: %d %s, want 499", rec.Code, rec.Body)
	}
}

// TestArticleOutputCleaned stores an article the way an older ingest could
// have (a javascript: address, a server path as source) and reads it back.
func TestArticleOutputCleaned(t *testing.T) {
	for _, show := range []bool{false, true} {
		ts := newTestServer(t, func(c *Config) { c.ShowSourcePaths = show })
		a, err := article.FromParts(article.Meta{Source: "/srv/private/corpus/2025/batch.jsonl:3", URL: "javascript:alert(1)",
			Title: "위험한 주소의 기사", Agency: "시험통신"}, "시험통신은 새 기사를 냈다. 주소가 위험하다.")
		if err != nil {
			t.Fatal(err)
		}
		a.Photos = []article.Photo{{URL: "data:text/html,<script>alert(1)</script>", Caption: "사진"}, {URL: "https://img.example/1.jpg"}}
		if _, err := ts.srv.corpus.Put(context.Background(), []*extract.Document{{Article: *a}}); err != nil {
			t.Fatal(err)
		}
		var doc extract.Document
		ts.getJSON(t, "/api/articles/"+a.ID, &doc)
		wantSource := "batch.jsonl:3"
		if show {
			wantSource = a.Source
		}
		if doc.URL != "" || doc.Source != wantSource || doc.Photos[0].URL != "" || doc.Photos[1].URL != "https://img.example/1.jpg" {
			t.Errorf("show %v: url %q source %q photos %q, %q", show, doc.URL, doc.Source, doc.Photos[0].URL, doc.Photos[1].URL)
		}
	}
	for in, want := range map[string]string{"api": "api", "https://news.example/a/1": "https://news.example/a/1",
		`C:\data\x.txt`: "x.txt", "/a/b/c.json#2": "c.json#2", "-:4": "-:4"} {
		if got := sourceName(in); got != want {
			t.Errorf("sourceName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestIngestLimits checks that POST /api/articles applies the ingest limits.
func TestIngestLimits(t *testing.T) {
	ts := newTestServer(t, func(c *Config) { c.Limits.MaxArticleBytes = 1 << 10 })
	long := testArticle + strings.Repeat(" 공장은 크다.", 100)
	code, _, body := ts.do(t, "POST", "/api/articles", "text/plain", long)
	if code != http.StatusRequestEntityTooLarge || !strings.Contains(string(body), "article text larger than 1 KiB") {
		t.Errorf("text over the article limit: %d %s", code, body)
	}
	code, _, body = ts.do(t, "POST", "/api/articles", "application/json", jsonRecord(t, "긴 기사", "", long))
	if code != http.StatusRequestEntityTooLarge || !strings.Contains(string(body), "larger than 1 KiB") {
		t.Errorf("record over the article limit: %d %s", code, body)
	}
	code, _, body = ts.do(t, "POST", "/api/articles", "application/json", jsonRecord(t, "위험한 주소", "javascript:alert(1)", testArticle))
	var res IngestResponse
	if err := json.Unmarshal(body, &res); code != http.StatusCreated || err != nil {
		t.Fatalf("POST: %d %s", code, body)
	}
	var doc extract.Document
	ts.getJSON(t, res.URL, &doc)
	if doc.URL != "" || doc.Source != "api" {
		t.Errorf("javascript: address stored: url %q source %q", doc.URL, doc.Source)
	}
}

func jsonRecord(t *testing.T, title, url, text string) string {
	t.Helper()
	b, err := json.Marshal(map[string]string{"title": title, "url": url, "text": text})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestHealthWhenBusy fills every API slot: /healthz still answers from
// outside the line, and an API request waits its turn until its deadline
// passes (503) or its client leaves (499). The contexts are done before
// the requests start, so nothing depends on timing.
func TestHealthWhenBusy(t *testing.T) {
	ts := newTestServer(t, func(c *Config) { c.MaxConcurrent = 2 })
	for range cap(ts.srv.apiSlots) {
		ts.srv.apiSlots <- struct{}{}
	}
	code, _, body := ts.do(t, "GET", "/healthz", "", "")
	if code != http.StatusOK {
		t.Errorf("healthz while busy: %d %s", code, body)
	}
	expired, cancel := context.WithDeadline(context.Background(), time.Unix(0, 0))
	defer cancel()
	gone, leave := context.WithCancel(context.Background())
	leave()
	for _, tt := range []struct {
		ctx  context.Context
		want int
	}{{expired, http.StatusServiceUnavailable}, {gone, StatusClientClosedRequest}} {
		req := httptest.NewRequest("GET", "/api/search?q=삼성전자", nil).WithContext(tt.ctx)
		req.Host = "localhost"
		rec := httptest.NewRecorder()
		ts.srv.Handler().ServeHTTP(rec, req)
		if rec.Code != tt.want {
			t.Errorf("search while busy (%v): %d %s, want %d", tt.ctx.Err(), rec.Code, rec.Body, tt.want)
		}
	}
	<-ts.srv.apiSlots
	code, _, body = ts.do(t, "GET", "/api/search?q=삼성전자", "", "")
	if code != http.StatusOK {
		t.Errorf("search with a free slot: %d %s", code, body)
	}
}
