package collect

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"golang.org/x/text/encoding/korean"
)

// site is a loopback news site with the awkward parts of real ones: a
// robots.txt, listings with ETags, a sitemap index with a gzipped news
// sitemap, a section page, a page that fails once with 500, one that asks
// to wait with 429, an EUC-KR page, a redirect to ftp: and one to another
// page. It counts every request and the requests in flight.
type site struct {
	srv *httptest.Server

	mu       sync.Mutex
	hits     map[string]int // path (with query) → requests
	uas      map[string]bool
	broken   bool // /news/broken answers 500 while set
	inFlight atomic.Int32
	maxIn    atomic.Int32
}

// story is the text of one fixture article: distinct per path, so each
// page is a distinct article.
func story(n string) (headline, body string) {
	headline = fmt.Sprintf("%s번 기사: 정부, 새 반도체 지원책 발표", n)
	body = fmt.Sprintf(`<p>정부가 %s일 반도체 산업을 돕는 새 지원책을 내놓았다. 기획재정부는 이날 세제 혜택을 늘리고 연구개발 예산을 더 쓰겠다고 밝혔다.</p>
<p>업계는 이번 대책이 설비 투자를 앞당길 것으로 본다. 한 관계자는 "%s번째 발표는 늦었지만 반갑다"고 말했다.</p>
<p>정부는 다음 달 세부 계획을 내놓을 예정이다.</p>`, n, n)
	return
}

func pageHTML(n, meta string) string {
	h, b := story(n)
	return `<!doctype html><html><head>` + meta + `<title>` + h + `</title></head><body><nav><a href="/">홈</a></nav>
<article><h1>` + h + `</h1>` + b + `</article><footer>ⓒ 테스트뉴스</footer></body></html>`
}

func newSite(t *testing.T) *site {
	s := &site{hits: map[string]int{}, uas: map[string]bool{}, broken: true}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func (s *site) reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits = map[string]int{}
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	n := s.inFlight.Add(1)
	defer s.inFlight.Add(-1)
	for {
		m := s.maxIn.Load()
		if n <= m || s.maxIn.CompareAndSwap(m, n) {
			break
		}
	}
	s.mu.Lock()
	s.hits[r.URL.RequestURI()]++
	nth := s.hits[r.URL.RequestURI()]
	s.uas[r.UserAgent()] = true
	broken := s.broken
	s.mu.Unlock()
	s.route(w, r, nth, broken)
}

func (s *site) route(w http.ResponseWriter, r *http.Request, nth int, broken bool) {
	p := r.URL.Path
	switch {
	case p == "/robots.txt":
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	case p == "/feed.xml":
		s.listing(w, r, "application/rss+xml", s.feed())
	case p == "/sitemap.xml":
		s.listing(w, r, "application/xml", `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>`+s.srv.URL+`/news-sitemap.xml.gz</loc></sitemap></sitemapindex>`)
	case p == "/news-sitemap.xml.gz":
		s.listing(w, r, "application/gzip", gz(s.newsSitemap()))
	case p == "/section":
		s.listing(w, r, "text/html; charset=utf-8", `<html><body><ul>
<li><a href="/news/6">6</a></li><li><a href="/news/1?utm_medium=section#top">1</a></li><li><a href="/about">회사 소개</a></li>
<li><a href="/news/broken">broken</a></li></ul></body></html>`)
	case p == "/news/flaky" && nth == 1, p == "/news/broken" && broken:
		http.Error(w, "server error", http.StatusInternalServerError)
	case p == "/news/busy" && nth == 1:
		w.Header().Set("Retry-After", "7")
		http.Error(w, "slow down", http.StatusTooManyRequests)
	case p == "/news/euckr":
		w.Header().Set("Content-Type", "text/html; charset=euc-kr")
		enc, _ := korean.EUCKR.NewEncoder().Bytes([]byte(pageHTML("euckr", `<meta charset="euc-kr">`)))
		w.Write(enc)
	case p == "/news/ftp":
		http.Redirect(w, r, "ftp://127.0.0.1/news/9", http.StatusFound)
	case p == "/news/moved":
		http.Redirect(w, r, "/news/4", http.StatusMovedPermanently)
	case strings.HasPrefix(p, "/news/") || strings.HasPrefix(p, "/private/"):
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, pageHTML(strings.TrimPrefix(p, "/news/"), ""))
	default:
		http.NotFound(w, r)
	}
}

// listing serves a listing with an ETag, answering 304 to a request that
// has it.
func (s *site) listing(w http.ResponseWriter, r *http.Request, ctype, body string) {
	etag := fmt.Sprintf(`"%x"`, len(body))
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", ctype)
	fmt.Fprint(w, body)
}

func (s *site) feed() string {
	u := s.srv.URL
	item := func(path, title, date string) string {
		return `<item><title>` + title + `</title><link>` + u + path + `</link><pubDate>` + date + `</pubDate><author>기자 홍길동</author></item>`
	}
	return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>테스트뉴스</title><link>` + u + `</link>` +
		item("/news/1?utm_source=rss&amp;utm_campaign=x", "1번", "Thu, 03 Apr 2025 09:00:00 +0900") +
		item("/news/2", "2번", "Thu, 03 Apr 2025 10:00:00 +0900") +
		item("/news/euckr", "EUC-KR", "Thu, 03 Apr 2025 11:00:00 +0900") +
		item("/private/secret", "비공개", "Thu, 03 Apr 2025 11:00:00 +0900") +
		item("/news/flaky", "flaky", "Thu, 03 Apr 2025 12:00:00 +0900") +
		item("/news/busy", "busy", "Thu, 03 Apr 2025 12:00:00 +0900") +
		item("/news/ftp", "ftp", "Thu, 03 Apr 2025 12:00:00 +0900") +
		item("/news/moved", "moved", "Thu, 03 Apr 2025 12:00:00 +0900") +
		`</channel></rss>`
}

func (s *site) newsSitemap() string {
	u := s.srv.URL
	return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>` + u + `/news/1</loc><news:news><news:publication_date>2025-04-03T09:00:00+09:00</news:publication_date><news:title>1번</news:title></news:news></url>
<url><loc>` + u + `/news/5</loc><news:news><news:publication_date>2025-04-02</news:publication_date><news:title>5번 사이트맵 제목</news:title></news:news></url>
</urlset>`
}

func gz(s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.String()
}
