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

func (s *core) Article(ctx context.Context, id string) (*extract.Document, error) {
	var text string
	var z, blob []byte
	row := docRow{id: id}
	err := s.db.queryRow(ctx, `SELECT text, text_z, doc, source, url, headline, agency FROM articles WHERE id = ?`, id).
		Scan(&text, &z, &blob, &row.source, &row.url, &row.headline, &row.agency)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("store: article %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: article %q: %w", id, classify(err))
	}
	if text, err = unpackText(text, z); err != nil {
		return nil, fmt.Errorf("store: article %q: %w", id, err)
	}
	return decodeDoc(row, text, blob)
}

// docRow is the Document fields stored in columns of articles, which the
// stored JSON leaves out.
type docRow struct{ id, source, url, headline, agency string }

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
	// FieldsFromRow: ID, Source, URL, Headline and Agency are the
	// article row's columns.
	FieldsFromRow bool `json:"fields_from_row,omitempty"`
	// SpansFromText: every amount's, date's and quote's Text is
	// Text[Start:End] (a fifth of what is stored beside the text).
	SpansFromText bool `json:"spans_from_text,omitempty"`
	// EventsFromText: every event's Evidence is Text[Start:End], and its
	// Marker's and Mentions' Text are theirs.
	EventsFromText bool `json:"events_from_text,omitempty"`
}

// inText reports whether text[start:end] is sub.
func inText(text string, start, end int, sub string) bool {
	return start >= 0 && end <= len(text) && start <= end && text[start:end] == sub
}

// spansInText reports whether the amounts, dates and quotes of d can be
// cut back out of its text.
func spansInText(d *extract.Document) bool {
	for _, a := range d.Amounts {
		if !inText(d.Text, a.Start, a.End, a.Text) {
			return false
		}
	}
	for _, x := range d.Dates {
		if !inText(d.Text, x.Start, x.End, x.Text) {
			return false
		}
	}
	for _, q := range d.Quotes {
		if !inText(d.Text, q.Start, q.End, q.Text) {
			return false
		}
	}
	return true
}

// encodeDoc deflates the JSON of d without what the text already holds.
func encodeDoc(d *extract.Document) ([]byte, error) {
	sd := storedDoc{Document: *d, FieldsFromRow: true}
	sd.Text, sd.ID, sd.Source, sd.URL, sd.Headline, sd.Agency = "", "", "", "", "", ""
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
	if spansInText(d) && len(d.Amounts)+len(d.Dates)+len(d.Quotes) > 0 {
		sd.SpansFromText = true
		sd.Amounts = slices.Clone(d.Amounts)
		for i := range sd.Amounts {
			sd.Amounts[i].Text = ""
		}
		sd.Dates = slices.Clone(d.Dates)
		for i := range sd.Dates {
			sd.Dates[i].Text = ""
		}
		sd.Quotes = slices.Clone(d.Quotes)
		for i := range sd.Quotes {
			sd.Quotes[i].Text = ""
		}
	}
	if len(d.Events) > 0 && eventsInText(d) {
		sd.EventsFromText, sd.Events = true, eventsWithoutText(d.Events)
	}
	js, err := json.Marshal(&sd)
	if err != nil {
		return nil, fmt.Errorf("store: encoding document %s: %w", d.ID, err)
	}
	return packDoc(js, d.Text), nil
}

// eventsInText reports whether every event's evidence, marker and mentions
// can be cut back out of the text of d.
func eventsInText(d *extract.Document) bool {
	for _, ev := range d.Events {
		if !inText(d.Text, ev.Start, ev.End, ev.Evidence) || ev.Marker != nil && !inText(d.Text, ev.Marker.Start, ev.Marker.End, ev.Marker.Text) {
			return false
		}
		for _, m := range ev.Mentions {
			if !inText(d.Text, m.Start, m.End, m.Text) {
				return false
			}
		}
	}
	return true
}

// eventsWithoutText copies evs with their evidence, marker and mention
// texts left out.
func eventsWithoutText(evs []extract.Event) []extract.Event {
	out := slices.Clone(evs)
	for i := range out {
		ev := &out[i]
		ev.Evidence = ""
		if ev.Marker != nil {
			m := *ev.Marker
			m.Text, ev.Marker = "", &m
		}
		ev.Mentions = slices.Clone(ev.Mentions)
		for j := range ev.Mentions {
			ev.Mentions[j].Text = ""
		}
	}
	return out
}

// eventsFromText puts back what eventsWithoutText left out.
func eventsFromText(evs []extract.Event, cut func(start, end int) string) {
	for i := range evs {
		ev := &evs[i]
		ev.Evidence = cut(ev.Start, ev.End)
		if ev.Marker != nil {
			ev.Marker.Text = cut(ev.Marker.Start, ev.Marker.End)
		}
		for j := range ev.Mentions {
			ev.Mentions[j].Text = cut(ev.Mentions[j].Start, ev.Mentions[j].End)
		}
	}
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
func decodeDoc(row docRow, text string, blob []byte) (*extract.Document, error) {
	id := row.id
	js, err := unpackDoc(blob, text)
	if err != nil {
		return nil, fmt.Errorf("store: article %q: inflating stored document: %w", id, err)
	}
	var sd storedDoc
	if err := json.Unmarshal(js, &sd); err != nil {
		return nil, fmt.Errorf("store: article %q: decoding stored document: %w", id, err)
	}
	d := sd.Document
	d.Text = text
	if sd.FieldsFromRow {
		d.ID, d.Source, d.URL, d.Headline, d.Agency = row.id, row.source, row.url, row.headline, row.agency
	}
	if sd.BodyFromSections {
		d.Body = bodyFromSections(&d)
	}
	cut := func(start, end int) string {
		if start >= 0 && end <= len(text) && start <= end {
			return text[start:end]
		}
		return ""
	}
	if sd.MentionsFromText {
		for i := range d.Entities {
			for j := range d.Entities[i].Mentions {
				m := &d.Entities[i].Mentions[j]
				m.Text = cut(m.Start, m.End)
			}
		}
	}
	if sd.SpansFromText {
		for i := range d.Amounts {
			d.Amounts[i].Text = cut(d.Amounts[i].Start, d.Amounts[i].End)
		}
		for i := range d.Dates {
			d.Dates[i].Text = cut(d.Dates[i].Start, d.Dates[i].End)
		}
		for i := range d.Quotes {
			d.Quotes[i].Text = cut(d.Quotes[i].Start, d.Quotes[i].End)
		}
	}
	if sd.EventsFromText {
		eventsFromText(d.Events, cut)
	}
	return &d, nil
}

func (s *core) Export(ctx context.Context, q ExportQuery, fn func(*extract.Document) error) error {
	from, to, err := dateRange(q.From, q.To)
	if err != nil {
		return err
	}
	// Page by rid so no read transaction stays open across fn calls (a slow
	// consumer must not hold back WAL checkpoints of a running ingest).
	const page = 256
	last := int64(0)
	for {
		rows, err := s.db.query(ctx, `SELECT rid, id, text, text_z, doc, source, url, headline, agency FROM articles
			WHERE rid > ?1 AND (CAST(?2 AS TEXT) IS NULL OR published >= ?2) AND (CAST(?3 AS TEXT) IS NULL OR published <= ?3)
			ORDER BY rid LIMIT ?4`, last, from, to, page)
		if err != nil {
			return fmt.Errorf("store: export: %w", classify(err))
		}
		var docs []*extract.Document
		for rows.Next() {
			var text string
			var z, blob []byte
			var row docRow
			if err := rows.Scan(&last, &row.id, &text, &z, &blob, &row.source, &row.url, &row.headline, &row.agency); err != nil {
				rows.Close()
				return fmt.Errorf("store: export: %w", err)
			}
			if text, err = unpackText(text, z); err != nil {
				rows.Close()
				return fmt.Errorf("store: export %s: %w", row.id, err)
			}
			d, err := decodeDoc(row, text, blob)
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

// repackDocRange stores again in the newest form every document of the
// articles lo < rid <= hi (migration 10 on SQLite, 7 on PostgreSQL: the
// dictionary and version byte of docV1, event texts cut from the article
// text; migration 13 on SQLite, 10 on PostgreSQL: docV2, the article text
// in the dictionary). A batch of a migration on either backend.
func repackDocRange(ctx context.Context, tx dbtx, lo, hi int64) error {
	type art struct {
		rid  int64
		blob []byte
	}
	rows, err := tx.query(ctx, `SELECT rid, id, text, text_z, doc, source, url, headline, agency FROM articles
		WHERE rid > ? AND rid <= ? ORDER BY rid`, lo, hi)
	if err != nil {
		return err
	}
	var arts []art
	for rows.Next() {
		var a art
		var text string
		var z []byte
		var row docRow
		if err := rows.Scan(&a.rid, &row.id, &text, &z, &a.blob, &row.source, &row.url, &row.headline, &row.agency); err != nil {
			rows.Close()
			return err
		}
		if a.blob, err = repackDoc(row, text, z, a.blob); err != nil {
			rows.Close()
			return fmt.Errorf("article %d: %w", a.rid, err)
		}
		if a.blob != nil {
			arts = append(arts, a)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, a := range arts {
		if err := tx.exec(ctx, `UPDATE articles SET doc = ? WHERE rid = ?`, a.blob, a.rid); err != nil {
			return err
		}
	}
	return nil
}

// repackDoc is a stored document in the newest form, nil when it is in it.
func repackDoc(row docRow, text string, z, blob []byte) ([]byte, error) {
	if len(blob) > 0 && (blob[0] == docV3 || blob[0] == docV2) {
		return nil, nil
	}
	text, err := unpackText(text, z)
	if err != nil {
		return nil, err
	}
	d, err := decodeDoc(row, text, blob)
	if err != nil {
		return nil, err
	}
	return encodeDoc(d)
}
