package queue

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/ingest"
	"github.com/sosik-news/sosik/internal/store"
)

func TestParseURL(t *testing.T) {
	tests := []struct {
		raw, server, name, err string
	}{
		{raw: "nats://127.0.0.1:4222", server: "nats://127.0.0.1:4222", name: "sosik"},
		{raw: "nats://127.0.0.1:4222/", server: "nats://127.0.0.1:4222", name: "sosik"},
		{raw: "nats://u:p@host:4222/news_2", server: "nats://u:p@host:4222", name: "news_2"},
		{raw: "tls://host:4222/a-b", server: "tls://host:4222", name: "a-b"},
		{raw: "http://host:4222", err: "scheme must be nats:// or tls://"},
		{raw: "nats:///x", err: "no host"},
		{raw: "nats://host:4222/a.b", err: `name "a.b" must be`},
		{raw: "nats://host:4222/a/b", err: `name "a/b" must be`},
	}
	for _, tt := range tests {
		server, name, err := ParseURL(tt.raw)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseURL(%q) error = %v, want %q", tt.raw, err, tt.err)
			}
			continue
		}
		if err != nil || server != tt.server || name != tt.name {
			t.Errorf("ParseURL(%q) = %q, %q, %v; want %q, %q", tt.raw, server, name, err, tt.server, tt.name)
		}
	}
}

// TestWorkRoundTrip checks that a work message parses into the same article
// as the item it was made from, for both kinds of item.
func TestWorkRoundTrip(t *testing.T) {
	items := []ingest.Item{
		{Source: "a.txt", Format: ingest.Text, Raw: []byte("시장 회의 열려\n\n[부산=한빛통신] 김하늘 기자 = 부산시는 3일 시청에서 회의를 열었다.\n")},
		{Source: "b.jsonl:1", Format: ingest.JSONL, Body: "광주시는 5일 새 도서관을 열었다고 밝혔다.",
			Meta: article.Meta{Title: "새 도서관 개관", URL: "https://example.com/b", Published: "2024-03-05", Agency: "한빛통신", Author: "박가람 기자"}},
	}
	for _, it := range items {
		want, err := it.Article()
		if err != nil {
			t.Fatalf("%s: %v", it.Source, err)
		}
		data, err := EncodeWork(NewWork(&it, want.ID))
		if err != nil {
			t.Fatal(err)
		}
		w, err := DecodeWork(data)
		if err != nil {
			t.Fatalf("%s: DecodeWork: %v", it.Source, err)
		}
		got, err := w.Article()
		if err != nil {
			t.Fatalf("%s: %v", it.Source, err)
		}
		if w.ID != want.ID || got.ID != want.ID || got.Text != want.Text || got.Headline != want.Headline ||
			got.Published != want.Published || got.Agency != want.Agency || got.URL != want.URL {
			t.Errorf("%s: round trip gave %+v, want %+v", it.Source, got, want)
		}
	}
}

func TestDecodeWorkRejects(t *testing.T) {
	tests := []struct {
		body, err string
	}{
		{`not json`, "malformed work message: invalid character"},
		{`{"source":"a","format":"jsonl","body":"본문"}`, "no article id"},
		{`{"id":"x","format":"jsonl","body":"본문"}`, "no source"},
		{`{"id":"x","source":"a","format":"pdf","body":"본문"}`, `unknown format "pdf"`},
		{`{"id":"x","source":"a","format":""}`, `unknown format ""`},
		{`{"id":"x","source":"a","format":"text"}`, "no content"},
	}
	for _, tt := range tests {
		_, err := DecodeWork([]byte(tt.body))
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("DecodeWork(%s) error = %v, want %q", tt.body, err, tt.err)
		}
	}
}

func TestClip(t *testing.T) {
	big := `{"body":"` + strings.Repeat("가", maxDeadLetterBytes) + `"}`
	tests := []struct {
		name      string
		data      string
		truncated bool
		wantLen   int // length of the string Work holds when truncated
	}{
		{"small JSON kept as is", `{"id":"x"}`, false, 0},
		{"not JSON quoted", `{"id":`, true, len(`{"id":`)},
		{"large cut to 64 KiB", big, true, maxDeadLetterBytes},
	}
	for _, tt := range tests {
		got, truncated := clip([]byte(tt.data))
		if truncated != tt.truncated {
			t.Errorf("%s: truncated = %v", tt.name, truncated)
			continue
		}
		if !truncated {
			if string(got) != tt.data {
				t.Errorf("%s: clip = %s", tt.name, got)
			}
			continue
		}
		var s string
		if err := json.Unmarshal(got, &s); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		// A cut inside a multi-byte rune becomes U+FFFD (3 bytes).
		if len(s) < tt.wantLen || len(s) > tt.wantLen+2 {
			t.Errorf("%s: clipped to %d bytes, want %d", tt.name, len(s), tt.wantLen)
		}
	}
}

// FuzzDecodeWork checks that any message body either decodes into work
// whose article parses without panicking, or gives an error.
func FuzzDecodeWork(f *testing.F) {
	f.Add([]byte(`{"id":"x","source":"a.jsonl:1","format":"jsonl","meta":{"title":"제목"},"body":"본문이다."}`))
	f.Add([]byte(`{"id":"x","source":"a.txt","format":"text","raw":"7KCc66qp"}`))
	f.Add([]byte(`{"id":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := DecodeWork(data)
		if err != nil {
			return
		}
		if w.ID == "" || w.Source == "" {
			t.Fatalf("decoded work without id or source: %+v", w)
		}
		if _, err := w.Article(); err != nil && !strings.Contains(err.Error(), w.Source) {
			t.Errorf("article error does not name the source %q: %v", w.Source, err)
		}
	})
}

func TestCheckResults(t *testing.T) {
	docs := []*extract.Document{{}, {}}
	docs[0].ID, docs[1].ID = "a", "b"
	tests := []struct {
		res []store.PutResult
		err string
	}{
		{[]store.PutResult{{ID: "a"}, {ID: "b"}}, ""},
		{[]store.PutResult{{ID: "a"}}, "1 results for 2 documents"},
		{[]store.PutResult{{ID: "b"}, {ID: "a"}}, "store answered b for document a"},
	}
	for _, tt := range tests {
		err := checkResults(docs, tt.res)
		if (tt.err == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tt.err)) {
			t.Errorf("checkResults(%v) = %v, want %q", tt.res, err, tt.err)
		}
	}
}
