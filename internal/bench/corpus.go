package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/sosik-news/sosik/internal/ingest"
)

// SeedBytes is the size of the project's seed article (a Newsis wire story
// of 4,550 bytes). Issue 7 states the extraction target in "seed-sized
// articles", so throughput is also given in these units: bytes per second
// divided by SeedBytes.
const SeedBytes = 4550

// Corpus is the material a run measures: the items as ingest reads them
// and a description of where they came from.
type Corpus struct {
	Items []ingest.Item
	// Real counts the items read from public news data; the rest are
	// synthetic (ingest.Generator).
	Real int
	// Desc says what the items are, for the report.
	Desc string
}

// Bytes is the total body size of the items (Raw for text items).
func (c *Corpus) Bytes() int64 {
	var n int64
	for i := range c.Items {
		n += itemBytes(&c.Items[i])
	}
	return n
}

func itemBytes(it *ingest.Item) int64 {
	if it.Format == ingest.Text {
		return int64(len(it.Raw))
	}
	return int64(len(it.Meta.Title) + len(it.Body))
}

// realSources are the dated or full-text sets of the shared news data that
// read as articles (the Twitter set is headlines only and is left out).
// Each is read by ingest.Reader exactly as `sosik ingest` would read it.
var realSources = []struct {
	path   string
	format ingest.Format
	fields []string
}{
	// 644 dated Korean Wikinews articles; the default field mapping
	// (title, body, url, date) fits the JSONL as is.
	{"kowikinews/wikinews.jsonl", ingest.JSONL, nil},
	// 50 Naver IT/science articles, sentence-split, undated.
	{"sci-news-sum-kr-50", ingest.JSON, []string{"text=sentences", "url=source", "agency="}},
}

// LoadCorpus reads the public news data under dir (../shared/data/news
// relative to the repository) through ingest.Reader. When dir is empty or
// holds none of the known sets, the corpus is synthetic: genN articles
// from ingest.Generator with the given seed. At most limit real items are
// kept (0: all).
func LoadCorpus(ctx context.Context, dir string, limit, genN int, seed int64) (*Corpus, error) {
	c := &Corpus{}
	var used []string
	if dir != "" {
		for _, src := range realSources {
			p := filepath.Join(dir, src.path)
			if _, err := os.Stat(p); err != nil {
				continue
			}
			fm, err := ingest.ParseFieldFlags(src.fields)
			if err != nil {
				return nil, fmt.Errorf("bench: field mapping for %s: %w", src.path, err)
			}
			r := &ingest.Reader{Format: src.format, Fields: fm}
			n := 0
			for it := range r.Items(ctx, []string{p}) {
				if it.Err != nil || it.Skipped {
					continue
				}
				if limit > 0 && len(c.Items) >= limit {
					break
				}
				c.Items = append(c.Items, it)
				n++
			}
			if n > 0 {
				used = append(used, fmt.Sprintf("%s (%d)", src.path, n))
			}
		}
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("bench: reading corpus: %w", err)
		}
	}
	c.Real = len(c.Items)
	if c.Real > 0 {
		c.Desc = dir + ": " + strings.Join(used, ", ")
		return c, nil
	}
	items, err := Generated(genN, seed)
	if err != nil {
		return nil, err
	}
	c.Items = items
	c.Desc = fmt.Sprintf("synthetic: ingest.Generator seed %d (%d articles)", seed, genN)
	return c, nil
}

// Generated returns n synthetic articles from ingest.Generator as the
// items `sosik ingest` reads from the generator's JSON Lines: metadata
// (headline, date, agency, author, URL) apart from the body text.
func Generated(n int, seed int64) ([]ingest.Item, error) {
	out := make([]ingest.Item, 0, n)
	err := eachGenerated(n, seed, func(it ingest.Item) error {
		out = append(out, it)
		return nil
	})
	return out, err
}

// eachGenerated streams synthetic articles as JSON-Lines-shaped items
// without keeping them: the fill of a large corpus uses it.
func eachGenerated(n int, seed int64, fn func(ingest.Item) error) error {
	g := ingest.Generator{Seed: seed, From: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}
	_, err := g.Each(n, func(a ingest.GenArticle) error {
		it := ingest.Item{Source: a.ID, Format: ingest.JSONL, Body: a.Text, Bytes: int64(len(a.Title) + len(a.Text))}
		it.Meta.Title, it.Meta.URL, it.Meta.Published = a.Title, a.URL, a.Published
		it.Meta.Agency, it.Meta.Author, it.Meta.Source = a.Agency, a.Author, a.URL
		return fn(it)
	})
	if err != nil {
		return fmt.Errorf("bench: generating articles: %w", err)
	}
	return nil
}
