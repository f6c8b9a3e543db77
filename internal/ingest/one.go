package ingest

import (
	"context"
	"errors"
	"fmt"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// Result is what One did with one article.
type Result struct {
	store.PutResult
	// Document is the extracted document; nil when the article was already
	// stored and extraction was skipped.
	Document *extract.Document `json:"-"`
}

// One ingests a single parsed article, for callers that receive articles one
// at a time (the HTTP API's POST /api/articles). An article already stored
// comes back as store.Duplicate without being extracted again.
func One(ctx context.Context, x Extractor, s Sink, a *article.Article) (Result, error) {
	if a == nil || a.ID == "" {
		return Result{}, errors.New("ingest: article has no ID (build it with article.Parse or article.FromParts)")
	}
	has, err := s.Has(ctx, []string{a.ID})
	if err != nil {
		return Result{}, fmt.Errorf("ingest: looking up %s: %w", a.ID, err)
	}
	if has[a.ID] {
		return Result{PutResult: store.PutResult{ID: a.ID, Status: store.Duplicate}}, nil
	}
	doc, err := extractContext(ctx, x, a)
	if err != nil {
		return Result{}, fmt.Errorf("ingest: %s: %w", a.ID, err)
	}
	// The deadline may have passed during extraction: the caller has
	// answered already, so nothing is stored behind its back.
	if err := ctx.Err(); err != nil {
		return Result{}, fmt.Errorf("ingest: %s: %w", a.ID, err)
	}
	res, err := s.Put(ctx, []*extract.Document{doc})
	if err != nil {
		return Result{}, fmt.Errorf("ingest: storing %s: %w", a.ID, err)
	}
	if len(res) != 1 {
		return Result{}, fmt.Errorf("ingest: storing %s: store returned %d results for 1 document", a.ID, len(res))
	}
	if res[0].Status == store.Failed {
		return Result{PutResult: res[0], Document: doc}, fmt.Errorf("ingest: storing %s: %w", a.ID, res[0].Err)
	}
	return Result{PutResult: res[0], Document: doc}, nil
}

// ParseRecord turns one JSON object, in the shape of a JSON Lines input
// line, into an article: the HTTP API accepts the same records as
// `sosik ingest`. A nil fm means DefaultFields.
func ParseRecord(source string, data []byte, fm FieldMap) (*article.Article, error) {
	return ParseRecordLimited(source, data, fm, DefaultLimits())
}

// ParseRecordLimited is ParseRecord under the given limits: a record over
// MaxRecordBytes or an article text over MaxArticleBytes is refused with an
// error that matches ErrTooLarge.
func ParseRecordLimited(source string, data []byte, fm FieldMap, l Limits) (*article.Article, error) {
	l = l.WithDefaults()
	if int64(len(data)) > l.MaxRecordBytes {
		return nil, fmt.Errorf("ingest: %s: %w", source, tooLarge("record", l.MaxRecordBytes))
	}
	if fm == nil {
		fm = DefaultFields()
	}
	rec, err := decodeRecord(data)
	if err != nil {
		return nil, fmt.Errorf("ingest: %s: %w", source, err)
	}
	it := recordItem(source, JSONL, fm, rec, int64(len(data)))
	if it.Err != nil {
		return nil, fmt.Errorf("ingest: %w", it.Err)
	}
	a, err := it.ArticleLimited(l)
	if err != nil {
		return nil, fmt.Errorf("ingest: %s: %w", source, err)
	}
	return a, nil
}
