package store

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// renames lists an organisation's dated renames from lexicon/renames.tsv,
// with the stored entity of the other name when there is one.
func (s *core) renames(ctx context.Context, e *Entity) ([]Rename, error) {
	if e.Type != extract.Org {
		return nil, nil
	}
	lx := linkLex()
	var out []Rename
	add := func(rel, name, date, country string) error {
		if e.Country != "" && e.Country != country {
			return nil
		}
		r := Rename{Relation: rel, Name: name, Date: date}
		err := s.db.queryRow(ctx, `SELECT eid FROM entities WHERE norm = ? AND type = ? AND country IN ('', ?) ORDER BY articles DESC, eid LIMIT 1`,
			textsearch.Norm(name), extract.Org, country).Scan(&r.EntityID)
		if err != nil && !isNoRows(err) {
			return err
		}
		out = append(out, r)
		return nil
	}
	for _, r := range lx.byTo[textsearch.Norm(e.Name)] {
		if err := add(RenamedFrom, r.from, r.date, r.country); err != nil {
			return nil, err
		}
	}
	for _, r := range lx.byFrom[textsearch.Norm(e.Name)] {
		if err := add(RenamedTo, r.to, r.date, r.country); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// linkDecisions lists the link decisions that joined articles' entities to
// eid, newest article first.
func (s *core) linkDecisions(ctx context.Context, eid int64, lim int) ([]LinkDecision, error) {
	rows, err := s.db.query(ctx, `SELECT l.n, l.name, l.linked, l.score, l.signals, l.others,
			a.id, a.headline, a.agency, coalesce(a.published, ''), a.url
		FROM entity_links l JOIN articles a ON a.rid = l.rid
		WHERE l.eid = ? ORDER BY a.published DESC NULLS LAST, a.rid DESC, l.n LIMIT ?`, eid, lim)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []LinkDecision{}
	for rows.Next() {
		var d LinkDecision
		var linked int
		var sig, oth string
		if err := rows.Scan(&d.Index, &d.Name, &linked, &d.Score, &sig, &oth,
			&d.Article.ID, &d.Article.Headline, &d.Article.Agency, &d.Article.Published, &d.Article.URL); err != nil {
			return nil, err
		}
		d.Linked = linked == 1
		if err := json.Unmarshal([]byte(sig), &d.Signals); err != nil {
			return nil, fmt.Errorf("decoding signals: %w", err)
		}
		if err := json.Unmarshal([]byte(oth), &d.Others); err != nil {
			return nil, fmt.Errorf("decoding candidates: %w", err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}
