package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// fuzzServer is one server over the fixture store shared by every fuzz
// input, since opening a store per input would dominate the run.
func fuzzServer(f *testing.F) http.Handler {
	st, _ := openFixtureStore(f)
	srv, err := New(Config{Corpus: st, Extractor: bareExtractor{}, Logger: quietLogger(), MaxBodyBytes: 16 << 10, APIKeys: []string{testKey}})
	if err != nil {
		f.Fatal(err)
	}
	return srv.Handler()
}

// checkAnswer holds for every request: no 5xx, and every API error is a
// JSON object with a non-empty message.
func checkAnswer(t *testing.T, what string, rec *httptest.ResponseRecorder) {
	if rec.Code >= 500 {
		t.Fatalf("%s: status %d: %s", what, rec.Code, rec.Body)
	}
	if rec.Code >= 400 {
		var e errorBody
		if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error == "" {
			t.Fatalf("%s: %d without a JSON error: %q", what, rec.Code, rec.Body)
		}
	}
}

// FuzzQueryStrings sends arbitrary query strings to every GET endpoint that
// takes parameters.
func FuzzQueryStrings(f *testing.F) {
	h := fuzzServer(f)
	for _, s := range []string{
		"q=삼성전자", "q=%22삼성", "q=a&from=2025-01&to=2025", "limit=0", "q=(a OR b) -c", "term=반도체&by=week",
		"entity=이재용&since=2025-03-01&format=dot", "q=%00", "q=%ff", "%zz", "q=" + strings.Repeat("가", 200), "type=MEET",
		"type=meet,visit&certainty=denied,planned&entity=이재용&with=젠슨 황&from=2025&to=2025-03", "certainty=,,&type=%2C",
	} {
		f.Add(s)
	}
	paths := []string{"/api/search", "/api/entities", "/api/graph", "/api/timeline", "/api/trends", "/api/entities/1", "/api/events"}
	f.Fuzz(func(t *testing.T, raw string) {
		for _, p := range paths {
			req := httptest.NewRequest("GET", "/", nil)
			req.Host = "localhost"
			req.URL.Path = p
			req.URL.RawQuery = raw
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			checkAnswer(t, p+"?"+raw, rec)
		}
	})
}

// FuzzIngestBody posts arbitrary bodies as JSON and as plain text.
func FuzzIngestBody(f *testing.F) {
	h := fuzzServer(f)
	for _, s := range []string{
		`{"title":"제목","text":"본문 문장이다."}`, `{"text": 1}`, `{"published":"2025-13-45","text":"가"}`, `[]`, `{`, `null`,
		"[서울=뉴시스] 기자 = 본문이다.\n", "\x00\x01\x02", "\ufeff제목\n\n본문",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		for _, ct := range []string{"application/json", "text/plain"} {
			req := httptest.NewRequest("POST", "/api/articles", strings.NewReader(body))
			req.Host = "localhost"
			req.Header.Set("Authorization", "Bearer "+testKey)
			req.Header.Set("Content-Type", ct)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			checkAnswer(t, ct+" "+body, rec)
		}
	})
}

// FuzzGuard sends requests with arbitrary methods, Host, Origin, fetch
// metadata and Authorization: nothing panics, a write is accepted only with
// the exact key from an allowed host and not from another origin, and the
// metrics keep one method label per known method.
func FuzzGuard(f *testing.F) {
	h := fuzzServer(f)
	f.Add("POST", "localhost", "", "", "Bearer "+testKey)
	f.Add("POST", "attacker.example", "https://attacker.example", "cross-site", "Bearer "+testKey)
	f.Add("PUT", "127.0.0.1:8080", "null", "same-origin", "bearer  "+testKey+" ")
	f.Add("GET", "[::1]", "", "none", "Basic x")
	f.Add("BREW", "localhost.", "http://localhost", "", "Bearer")
	f.Fuzz(func(t *testing.T, method, host, origin, site, auth string) {
		if !validMethod(method) {
			return
		}
		req := httptest.NewRequest("GET", "/api/articles", strings.NewReader("제목\n\n한빛전자는 새 공장을 지었다."))
		req.Method, req.Host = method, host
		req.Header.Set("Content-Type", "text/plain")
		for k, v := range map[string]string{"Origin": origin, "Sec-Fetch-Site": site, "Authorization": auth} {
			if v != "" {
				req.Header.Set(k, v)
			}
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		checkAnswer(t, method+" "+host, rec)
		if method == "POST" && rec.Code < 300 {
			token, ok := bearer(req)
			if !ok || token != testKey || !newHostSet(DefaultAllowedHosts).allows(host) || site == "cross-site" || site == "same-site" {
				t.Fatalf("write accepted: host %q origin %q site %q auth %q: %d", host, origin, site, auth, rec.Code)
			}
		}
	})
}

// validMethod is what net/http accepts as a method token.
func validMethod(m string) bool {
	if m == "" {
		return false
	}
	for _, r := range m {
		if r <= ' ' || r >= 0x7f || strings.ContainsRune("()<>@,;:\\\"/[]?={}", r) {
			return false
		}
	}
	return true
}

func BenchmarkSearchAPI(b *testing.B) {
	st, _ := openFixtureStore(b)
	srv, err := New(Config{Corpus: st, Logger: quietLogger()})
	if err != nil {
		b.Fatal(err)
	}
	h := srv.Handler()
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest("GET", "/api/search?q=%EC%82%BC%EC%84%B1%EC%A0%84%EC%9E%90", nil)
		req.Host = "localhost"
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatalf("%d %s", rec.Code, rec.Body)
		}
	}
}
