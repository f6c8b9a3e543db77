package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
)

// waitingExtractor extracts as the real one does when its context is
// done (it stops and returns the context's error) and otherwise never
// finishes within a test: only the request's deadline can end it.
type waitingExtractor struct {
	bareExtractor
	saw chan error
}

func (w waitingExtractor) ExtractContext(ctx context.Context, a *article.Article) (*extract.Document, error) {
	select {
	case <-ctx.Done():
		w.saw <- ctx.Err()
		return nil, ctx.Err()
	case <-time.After(time.Minute):
		w.saw <- nil
		return w.Extract(a), nil
	}
}

// TestIngestDeadlineStopsExtraction posts an article whose extraction
// outlives the request's deadline: the extraction is handed that deadline
// and stops, the client gets a 503, and nothing is stored.
func TestIngestDeadlineStopsExtraction(t *testing.T) {
	saw := make(chan error, 1)
	slow := newTestServer(t, func(c *Config) {
		c.Extractor = waitingExtractor{saw: saw}
		c.RequestTimeout = 50 * time.Millisecond
	})
	body := "한빛전자, 하노이 공장 증설\n\n김민준 한빛전자 사장은 25일 하노이 공장에 3000억원을 투자한다고 밝혔다.\n"
	code, _, resp := slow.do(t, "POST", "/api/articles", "text/plain; charset=utf-8", body)
	if code != http.StatusServiceUnavailable || !strings.Contains(string(resp), "took too long") {
		t.Fatalf("POST past the deadline: %d %s, want 503", code, resp)
	}
	if err := <-saw; !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("extraction ended with %v, want the request's deadline", err)
	}
	// the same article on a server that finishes gives its id
	fast := newTestServer(t, nil)
	code, _, resp = fast.do(t, "POST", "/api/articles", "text/plain; charset=utf-8", body)
	var got IngestResponse
	if err := json.Unmarshal(resp, &got); code != http.StatusCreated || err != nil || got.ID == "" {
		t.Fatalf("POST: %d %s (%v)", code, resp, err)
	}
	has, err := slow.srv.corpus.Has(context.Background(), []string{got.ID})
	if err != nil || has[got.ID] {
		t.Fatalf("article stored although its extraction was stopped (%v)", err)
	}
}

// TestMetricsSizeConstant sends thousands of requests with invented
// methods to invented paths after a few: /metrics must keep its series,
// and so its size but for the digits of its values.
func TestMetricsSizeConstant(t *testing.T) {
	h := newTestServer(t, nil).srv.Handler()
	host := map[string]string{"Host": "localhost"}
	get := func() string {
		_, body := send(t, h, "GET", "/metrics", host, "")
		return body
	}
	flood := func(from, to int) {
		for i := from; i < to; i++ {
			send(t, h, fmt.Sprintf("X%dQ", i), fmt.Sprintf("/api/x%d", i), host, "")
			send(t, h, fmt.Sprintf("M%d", i), "/api/search?q=x", host, "")
		}
	}
	flood(0, 10)
	get() // /metrics counts itself from its first request
	before := get()
	flood(10, 2010)
	after := get()
	t.Logf("/metrics: %d bytes after 20 requests with invented methods, %d after 4,020", len(before), len(after))
	if b, a := maskNumbers(before), maskNumbers(after); a != b {
		t.Errorf("/metrics changed under invented methods beyond its values: %d bytes masked before, %d after", len(b), len(a))
	}
}

// maskNumbers replaces every number of an exposition (values, NaN, bucket
// bounds) with "N": what is left are the series.
func maskNumbers(s string) string {
	s = strings.ReplaceAll(s, "NaN", "0")
	var b strings.Builder
	inNum := false
	for _, r := range s {
		digit := r >= '0' && r <= '9'
		switch {
		case digit && !inNum:
			b.WriteByte('N')
			inNum = true
		case inNum && (digit || r == '.' || r == 'e' || r == '+' || r == '-'):
		default:
			inNum = false
			b.WriteRune(r)
		}
	}
	return b.String()
}
