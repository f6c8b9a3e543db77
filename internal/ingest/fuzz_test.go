package ingest

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"time"
)

func addFileSeed(f *testing.F, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
}

// FuzzJSONL checks the JSON Lines reader on arbitrary input: one item per
// non-blank line, each either an error or an article with text, never a
// panic, and no more bytes accounted than read.
func FuzzJSONL(f *testing.F) {
	addFileSeed(f, "testdata/news.jsonl")
	f.Add([]byte("{\"text\":\"a\"}\r\n\n{\"text\":[\"b\",\"c\"],\"published\":1e30}"))
	f.Add([]byte("\xef\xbb\xbf{\"title\":{\"x\":1},\"text\":\"t\"}\n{\"text\":null}\n[]\n\"s\"\nnull\n"))
	f.Add([]byte(`{"text":"` + strings.Repeat("가", 300) + `"}` + "\n{\"text\":\"짧다\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &Reader{Format: JSONL, Stdin: bytes.NewReader(data), MaxBytes: 512}
		wantItems := 0
		for i, line := range bytes.Split(data, []byte("\n")) {
			if i == 0 {
				line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
			}
			if len(bytes.TrimSpace(line)) > 0 {
				wantItems++
			}
		}
		var total int64
		n := 0
		for it := range r.Items(context.Background(), []string{"-"}) {
			if it.Skipped {
				// Only a file of blank lines is skipped, and said so.
				if wantItems != 0 || it.Note == "" {
					t.Fatalf("skipped %+v with %d non-blank lines", it, wantItems)
				}
				continue
			}
			n++
			total += it.Bytes
			if !strings.HasPrefix(it.Source, "-:") {
				t.Fatalf("source %q", it.Source)
			}
			if it.Err != nil {
				if !strings.HasPrefix(it.Err.Error(), it.Source+": ") {
					t.Fatalf("error %q does not start with its source %q", it.Err, it.Source)
				}
				continue
			}
			if strings.TrimSpace(it.Body) == "" {
				t.Fatalf("item %s without error has no text", it.Source)
			}
			if a, err := it.Article(); err == nil && a.ID == "" {
				t.Fatalf("article from %s has no ID", it.Source)
			}
		}
		if n != wantItems {
			t.Fatalf("%d items for %d non-blank lines", n, wantItems)
		}
		if total > int64(len(data)) {
			t.Fatalf("items account for %d bytes of %d", total, len(data))
		}
	})
}

// FuzzFeed checks the RSS/Atom reader: an error item or articles, never a
// panic, and the feed's bytes shared out among its items.
func FuzzFeed(f *testing.F) {
	addFileSeed(f, "testdata/feed.rss")
	addFileSeed(f, "testdata/feed.atom")
	f.Add([]byte(`<?xml version="1.0"?><rss><channel><item><title>t</title><description>&lt;p&gt;본문&lt;/p&gt;</description></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_html":"<p>본문</p>"}]}`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div><p>가</p></div></content></entry></feed>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		items := feedItems("f.xml", data)
		if len(items) == 0 {
			t.Fatal("no items and no error")
		}
		var total int64
		for _, it := range items {
			total += it.Bytes
			if it.Err != nil {
				continue
			}
			if strings.TrimSpace(it.Body) == "" {
				t.Fatalf("item %s without error has no text", it.Source)
			}
			if a, err := it.Article(); err == nil && a.ID == "" {
				t.Fatalf("article from %s has no ID", it.Source)
			}
		}
		if total > int64(len(data)) {
			t.Fatalf("items account for %d bytes of %d", total, len(data))
		}
	})
}

// FuzzRecords checks the JSON and CSV readers the same way.
func FuzzRecords(f *testing.F) {
	for _, p := range []string{"testdata/array.json", "testdata/sentences.json", "testdata/articles.csv"} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, strings.HasSuffix(p, ".csv"))
	}
	f.Add([]byte(`[{"text":"a"},`), false)
	f.Add([]byte(`{"text":"a"} {"text":"b"} 3`), false)
	f.Add([]byte("text,title\n\"a\n,b"), true)
	f.Fuzz(func(t *testing.T, data []byte, csv bool) {
		r := &Reader{Format: JSON, Stdin: bytes.NewReader(data), MaxBytes: 1024}
		if csv {
			r.Format = CSV
		}
		n := 0
		for it := range r.Items(context.Background(), []string{"-"}) {
			n++
			if n > len(data)+1 {
				t.Fatalf("more items than bytes")
			}
			if it.Skipped && it.Note == "" {
				t.Fatalf("skipped item %s without a reason", it.Source)
			}
			if it.Err != nil || it.Skipped {
				continue
			}
			if strings.TrimSpace(it.Body) == "" {
				t.Fatalf("item %s without error has no text", it.Source)
			}
			_, _ = it.Article()
		}
		if n == 0 && len(bytes.TrimSpace(data)) > 0 && !csv {
			t.Fatalf("non-empty JSON input gave no item")
		}
	})
}

// FuzzNumericDate checks the numeric date rules on arbitrary numbers: an
// answer is always a valid YYYY-MM-DD, an 8-digit answer is the number
// itself read as YYYYMMDD, and other input is an error, never a panic.
func FuzzNumericDate(f *testing.F) {
	for _, s := range []string{"20240104", "1743465600", "1743465600000", "1743465600.5", "-5", "1e30", "20241340", "0", "99999999", "202401041530"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		got, err := numericDate(raw)
		if err != nil {
			if got != "" {
				t.Fatalf("numericDate(%q) = %q with error %v", raw, got, err)
			}
			return
		}
		if _, perr := time.Parse(time.DateOnly, got); perr != nil {
			t.Fatalf("numericDate(%q) = %q, not a date", raw, got)
		}
		if len(raw) == 8 && strings.ReplaceAll(got, "-", "") != raw {
			t.Fatalf("numericDate(%q) = %q, want the digits as YYYYMMDD", raw, got)
		}
	})
}

// FuzzSafeURL checks that only absolute http and https addresses pass.
func FuzzSafeURL(f *testing.F) {
	for _, s := range []string{"https://news.example/a", "javascript:alert(1)", " JAVASCRIPT:x", "http://", "//x.example", "java\tscript:x", "https:/\\x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, u string) {
		got := SafeURL(u)
		if got == "" {
			return
		}
		if got != strings.TrimSpace(u) {
			t.Fatalf("SafeURL(%q) = %q, want the address unchanged", u, got)
		}
		scheme, _, _ := strings.Cut(strings.ToLower(got), ":")
		if scheme != "http" && scheme != "https" {
			t.Fatalf("SafeURL(%q) = %q passes scheme %q", u, got, scheme)
		}
	})
}
