package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
)

func (s *sqliteStore) Article(ctx context.Context, id string) (*extract.Document, error) {
	var text string
	var z, blob []byte
	err := s.db.QueryRowContext(ctx, `SELECT text, text_z, doc FROM articles WHERE id = ?`, id).Scan(&text, &z, &blob)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: article %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: article %q: %w", id, classify(err))
	}
	if text, err = unpackText(text, z); err != nil {
		return nil, fmt.Errorf("store: article %q: %w", id, err)
	}
	return decodeDoc(id, text, blob)
}

// storedDoc is the stored form of a Document: the text lives in its own
// column, and the body paragraphs and mention texts, which are slices of
// the text, are left out when the sections and offsets give them back
// exactly. About halves what is stored beside the text.
type storedDoc struct {
	extract.Document
	// BodyFromSections: Body is Text cut at the body sections.
	BodyFromSections bool `json:"body_from_sections,omitempty"`
	// MentionsFromText: every mention's Text is Text[Start:End].
	MentionsFromText bool `json:"mentions_from_text,omitempty"`
}

// encodeDoc deflates the JSON of d without what the text already holds.
func encodeDoc(d *extract.Document) ([]byte, error) {
	sd := storedDoc{Document: *d}
	sd.Text = ""
	if body := bodyFromSections(d); len(body) > 0 && slices.Equal(body, d.Body) {
		sd.Body, sd.BodyFromSections = nil, true
	}
	if mentionsInText(d) {
		sd.MentionsFromText = true
		sd.Entities = make([]extract.Entity, len(d.Entities))
		for i, e := range d.Entities {
			e.Mentions = slices.Clone(e.Mentions)
			for j := range e.Mentions {
				e.Mentions[j].Text = ""
			}
			sd.Entities[i] = e
		}
	}
	js, err := json.Marshal(&sd)
	if err != nil {
		return nil, fmt.Errorf("store: encoding document %s: %w", d.ID, err)
	}
	return deflate(js), nil
}

func bodyFromSections(d *extract.Document) []string {
	var body []string
	for _, s := range d.Sections {
		if s.Kind != article.KindBody {
			continue
		}
		if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
			return nil
		}
		body = append(body, d.Text[s.Start:s.End])
	}
	return body
}

func mentionsInText(d *extract.Document) bool {
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(d.Text) || m.Start > m.End || d.Text[m.Start:m.End] != m.Text {
				return false
			}
		}
	}
	return true
}

// decodeDoc rebuilds a Document from its stored JSON and text.
func decodeDoc(id, text string, blob []byte) (*extract.Document, error) {
	js, err := inflate(blob)
	if err != nil {
		return nil, fmt.Errorf("store: article %q: inflating stored document: %w", id, err)
	}
	var sd storedDoc
	if err := json.Unmarshal(js, &sd); err != nil {
		return nil, fmt.Errorf("store: article %q: decoding stored document: %w", id, err)
	}
	d := sd.Document
	d.Text = text
	if sd.BodyFromSections {
		d.Body = bodyFromSections(&d)
	}
	if sd.MentionsFromText {
		for i := range d.Entities {
			for j := range d.Entities[i].Mentions {
				m := &d.Entities[i].Mentions[j]
				if m.Start >= 0 && m.End <= len(text) && m.Start <= m.End {
					m.Text = text[m.Start:m.End]
				}
			}
		}
	}
	return &d, nil
}

func (s *sqliteStore) Export(ctx context.Context, q ExportQuery, fn func(*extract.Document) error) error {
	from, to, err := dateRange(q.From, q.To)
	if err != nil {
		return err
	}
	// Page by rid so no read transaction stays open across fn calls (a slow
	// consumer must not hold back WAL checkpoints of a running ingest).
	const page = 256
	last := int64(0)
	for {
		rows, err := s.db.QueryContext(ctx, `SELECT rid, id, text, text_z, doc FROM articles
			WHERE rid > ?1 AND (?2 IS NULL OR published >= ?2) AND (?3 IS NULL OR published <= ?3)
			ORDER BY rid LIMIT ?4`, last, from, to, page)
		if err != nil {
			return fmt.Errorf("store: export: %w", classify(err))
		}
		var docs []*extract.Document
		for rows.Next() {
			var id, text string
			var z, blob []byte
			if err := rows.Scan(&last, &id, &text, &z, &blob); err != nil {
				rows.Close()
				return fmt.Errorf("store: export: %w", err)
			}
			if text, err = unpackText(text, z); err != nil {
				rows.Close()
				return fmt.Errorf("store: export %s: %w", id, err)
			}
			d, err := decodeDoc(id, text, blob)
			if err != nil {
				rows.Close()
				return err
			}
			docs = append(docs, d)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("store: export: %w", classify(err))
		}
		for _, d := range docs {
			if err := fn(d); err != nil {
				return err
			}
		}
		if len(docs) < page {
			return nil
		}
	}
}
