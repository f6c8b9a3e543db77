package store

import (
	"bytes"
	"compress/flate"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/sosik-news/sosik/internal/extract"
)

func (s *sqliteStore) Article(ctx context.Context, id string) (*extract.Document, error) {
	var text string
	var blob []byte
	err := s.db.QueryRowContext(ctx, `SELECT text, doc FROM articles WHERE id = ?`, id).Scan(&text, &blob)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: article %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: article %q: %w", id, classify(err))
	}
	return decodeDoc(id, text, blob)
}

// decodeDoc rebuilds a Document from its stored JSON and text.
func decodeDoc(id, text string, blob []byte) (*extract.Document, error) {
	js, err := io.ReadAll(flate.NewReader(bytes.NewReader(blob)))
	if err != nil {
		return nil, fmt.Errorf("store: article %q: inflating stored document: %w", id, err)
	}
	var d extract.Document
	if err := json.Unmarshal(js, &d); err != nil {
		return nil, fmt.Errorf("store: article %q: decoding stored document: %w", id, err)
	}
	d.Text = text
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
		rows, err := s.db.QueryContext(ctx, `SELECT rid, id, text, doc FROM articles
			WHERE rid > ?1 AND (?2 IS NULL OR published >= ?2) AND (?3 IS NULL OR published <= ?3)
			ORDER BY rid LIMIT ?4`, last, from, to, page)
		if err != nil {
			return fmt.Errorf("store: export: %w", classify(err))
		}
		var docs []*extract.Document
		for rows.Next() {
			var id, text string
			var blob []byte
			if err := rows.Scan(&last, &id, &text, &blob); err != nil {
				rows.Close()
				return fmt.Errorf("store: export: %w", err)
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
