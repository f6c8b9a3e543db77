package queue

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/ingest"
)

// Work is the body of one work message: an article as the ingest reader found
// it, before parsing, so a worker parses it with the same code as a local
// ingest. The article ID, known from the publisher's parse, is also the
// message's Nats-Msg-Id.
type Work struct {
	ID     string        `json:"id"`
	Source string        `json:"source"`
	Format ingest.Format `json:"format"`
	// Raw is the whole file of a Text item.
	Raw []byte `json:"raw,omitempty"`
	// Meta and Body are the article of the other formats.
	Meta WorkMeta `json:"meta,omitzero"`
	Body string   `json:"body,omitempty"`
}

// WorkMeta is article.Meta on the wire.
type WorkMeta struct {
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Agency    string `json:"agency,omitempty"`
	Author    string `json:"author,omitempty"`
}

// NewWork wraps a read item whose article has ID id.
func NewWork(it *ingest.Item, id string) *Work {
	m := it.Meta
	return &Work{
		ID: id, Source: it.Source, Format: it.Format, Raw: it.Raw, Body: it.Body,
		Meta: WorkMeta{
			Source: m.Source, URL: m.URL, Title: m.Title,
			Published: m.Published, Agency: m.Agency, Author: m.Author,
		},
	}
}

// Item turns the work back into the reader's item.
func (w *Work) Item() ingest.Item {
	m := w.Meta
	return ingest.Item{
		Source: w.Source, Format: w.Format, Raw: w.Raw, Body: w.Body,
		Meta: article.Meta{
			Source: m.Source, URL: m.URL, Title: m.Title,
			Published: m.Published, Agency: m.Agency, Author: m.Author,
		},
		Bytes: int64(len(w.Raw) + len(w.Body)),
	}
}

// Article parses the work into an article as ingest would; a panic in the
// parser becomes an error.
func (w *Work) Article() (a *article.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, fmt.Errorf("%s: parsing: internal error: %v", w.Source, p)
		}
	}()
	it := w.Item()
	a, err = it.Article()
	if err != nil {
		return nil, err
	}
	if a == nil || a.ID == "" {
		return nil, fmt.Errorf("%s: parsing gave no article ID", w.Source)
	}
	return a, nil
}

// EncodeWork serialises w as a message body.
func EncodeWork(w *Work) ([]byte, error) {
	b, err := json.Marshal(w)
	if err != nil {
		return nil, fmt.Errorf("encoding work %s: %w", w.ID, err)
	}
	return b, nil
}

// DecodeWork reads a message body written by EncodeWork. A body that is not
// such a message (not JSON, no ID, no source, an unknown format, no content)
// is an error: it cannot become an article however often it is retried.
func DecodeWork(data []byte) (*Work, error) {
	var w Work
	if err := json.Unmarshal(data, &w); err != nil {
		return nil, fmt.Errorf("malformed work message: %w", err)
	}
	switch {
	case w.ID == "":
		return nil, errors.New("malformed work message: no article id")
	case w.Source == "":
		return nil, errors.New("malformed work message: no source")
	case !knownFormat(w.Format):
		return nil, fmt.Errorf("malformed work message: unknown format %q", w.Format)
	case len(w.Raw) == 0 && w.Body == "" && w.Meta.Title == "":
		return nil, errors.New("malformed work message: no content")
	}
	return &w, nil
}

func knownFormat(f ingest.Format) bool {
	for _, k := range ingest.Formats {
		if f == k {
			return true
		}
	}
	return false
}
