package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/sosik-news/sosik/internal/store"
)

// TestCollectOnceCommand runs `sosik collect --once` twice on the example
// config pointed at a loopback site, then `sosik sources` and a watch.
func TestCollectOnceCommand(t *testing.T) {
	var mu sync.Mutex
	pages := map[string]int{}
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		pages[r.URL.Path]++
		mu.Unlock()
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case r.URL.Path == "/feed.xml":
			if r.Header.Get("If-None-Match") == `"f1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"f1"`)
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>t</title><item><title>회동</title><link>%s/news/1?utm_source=rss</link><pubDate>Thu, 03 Apr 2025 09:00:00 +0900</pubDate></item></channel></rss>`, srv.URL)
		case r.URL.Path == "/news/1":
			fmt.Fprint(w, `<html><head><title>이재용 회장, 젠슨 황 만나</title></head><body><article><h1>이재용 회장, 젠슨 황 만나</h1>
<p>[서울=예시뉴스] 김하늘 기자 = 이재용 삼성전자 회장이 3일 서울에서 젠슨 황 엔비디아 최고경영자를 만났다.</p>
<p>두 사람은 인공지능 반도체 협력 방안을 논의한 것으로 알려졌다.</p></article></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	example, err := os.ReadFile(filepath.Join("..", "..", "examples", "sources.toml"))
	if err != nil {
		t.Fatal(err)
	}
	// The example's first source, on the loopback site; the others dropped.
	cfg := strings.ReplaceAll(string(example), "http://127.0.0.1:8081", srv.URL)
	cfg = cfg[:strings.Index(cfg, "# A sitemap")]
	// The command runs on the real clock: no waiting between requests here
	// (the collect package tests the rate limit on a fake clock).
	cfg = strings.Replace(cfg, `interval = "2s"`, `interval = "1ns"`, 1)
	cfgPath, db := filepath.Join(dir, "sources.toml"), filepath.Join(dir, "c.db")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) string {
		t.Helper()
		var out bytes.Buffer
		root.SetOut(&out)
		root.SetArgs(args)
		if err := root.ExecuteContext(context.Background()); err != nil {
			t.Fatalf("sosik %v: %v", args, err)
		}
		return out.String()
	}
	run("watch", "add", "--db", db, "--name", "이재용", "--event", "MEET", "--with", "이재용", "--certainty", "speculated+")
	first := run("collect", "--once", "--config", cfgPath, "--db", db)
	second := run("collect", "--once", "--config", cfgPath, "--db", db)
	if !strings.Contains(first, "1 pages fetched, 1 articles stored, 0 failed") || !strings.Contains(second, "not modified") {
		t.Errorf("first pass:\n%s\nsecond pass:\n%s", first, second)
	}
	if pages["/news/1"] != 1 || pages["/feed.xml"] != 2 {
		t.Errorf("requests %v", pages)
	}
	if out := run("sources", "--db", db); !strings.Contains(out, "example-feed") {
		t.Errorf("sources:\n%s", out)
	}
	if out := run("watch", "list", "--db", db); !strings.Contains(out, "이재용 회장, 젠슨 황 만나") {
		t.Errorf("the watch did not fire within the pass:\n%s", out)
	}
	st, err := store.Open(context.Background(), db, store.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if s, _ := st.Stats(context.Background()); s.Articles != 1 {
		t.Errorf("%d articles stored", s.Articles)
	}
}
