package store

import (
	"context"
	"database/sql"
	"strings"

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
// eid, newest article first: the stored ones (linkrecord.go), and the start
// of the entity when no candidate was weighed for it (no row: entities.started_rid
// and started_n).
func (s *core) linkDecisions(ctx context.Context, eid int64, lim int) ([]LinkDecision, error) {
	rows, err := s.db.query(ctx, `SELECT l.n, l.name, l.d, e.name, CASE WHEN e.started_rid = m.rid THEN e.started_n ELSE -1 END,
			a.id, a.headline, a.agency, coalesce(a.published, ''), a.url
		FROM mentions m JOIN articles a ON a.rid = m.rid JOIN entities e ON e.eid = m.eid
		LEFT JOIN entity_links l ON l.rid = m.rid AND l.eid = m.eid
		WHERE m.eid = ?1 AND (l.rid IS NOT NULL OR e.started_rid = m.rid)
		ORDER BY a.published DESC NULLS LAST, a.rid DESC, l.n LIMIT ?2`, eid, lim)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var recs []linkRow
	for rows.Next() {
		var r linkRow
		var n sql.NullInt64
		var given sql.NullString
		var start int
		if err := rows.Scan(&n, &given, &r.blob, &r.entity, &start,
			&r.d.Article.ID, &r.d.Article.Headline, &r.d.Article.Agency, &r.d.Article.Published, &r.d.Article.URL); err != nil {
			return nil, err
		}
		r.d.Index, r.d.Name, r.started, r.startN = -1, r.entity, start >= 0, start
		if n.Valid {
			r.d.Index = int(n.Int64)
		}
		if given.Valid {
			r.d.Name = given.String
		}
		recs = append(recs, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	return s.decodeLinks(ctx, recs)
}

// linkRow is a decision as read: its stored form (nil for the start of the
// entity with nothing weighed), the entity's name, whether the article
// started the entity.
type linkRow struct {
	d       LinkDecision
	blob    []byte
	entity  string
	started bool
	startN  int // the entity's index in the article that started it
}

func (r *linkRow) context(nameOf func(int64) string) recordContext {
	return recordContext{name: strings.TrimSpace(r.d.Name), date: r.d.Article.Published, nameOf: nameOf}
}

// decodeLinks fills the decisions from their stored forms, with the names
// of the candidates kept. An article that started the entity without a
// decision for it and joined it again (the name mentioned twice) lists the
// start too.
func (s *core) decodeLinks(ctx context.Context, recs []linkRow) ([]LinkDecision, error) {
	ids := map[int64]bool{}
	for i := range recs {
		if recs[i].blob == nil {
			continue
		}
		d, err := decodeDecision(recs[i].blob, recs[i].context(func(int64) string { return "" }), "")
		if err != nil {
			return nil, err
		}
		for _, o := range d.others {
			ids[o.EntityID] = true
		}
	}
	names, err := s.entityNames(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := []LinkDecision{}
	startShown := false
	for i, r := range recs {
		d := r.d
		d.Signals = []Signal{}
		if r.blob == nil {
			d.Index = r.startN
		}
		if r.blob != nil {
			sd, err := decodeDecision(r.blob, r.context(func(x int64) string { return names[x] }), r.entity)
			if err != nil {
				return nil, err
			}
			d.Linked, d.Signals, d.Others, d.OthersNotKept = sd.linked, sd.signals, sd.others, sd.dropped
			if sd.linked {
				d.Score = total(sd.signals)
			}
		}
		startShown = startShown || (r.started && !d.Linked)
		out = append(out, d)
		if last := i == len(recs)-1 || recs[i+1].d.Article.ID != d.Article.ID; last {
			if r.started && !startShown {
				out = append(out, LinkDecision{Article: d.Article, Index: r.startN, Name: r.entity, Signals: []Signal{}})
			}
			startShown = false
		}
	}
	return out, nil
}

// entityNames reads the names of the entities of ids.
func (s *core) entityNames(ctx context.Context, ids map[int64]bool) (map[int64]string, error) {
	out := map[int64]string{}
	if len(ids) == 0 {
		return out, nil
	}
	list := make([]int64, 0, len(ids))
	for x := range ids {
		list = append(list, x)
	}
	rows, err := s.db.query(ctx, `SELECT eid, name FROM entities WHERE `+s.inList("eid", 1), s.list(list))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var x int64
		var name string
		if err := rows.Scan(&x, &name); err != nil {
			return nil, err
		}
		out[x] = name
	}
	return out, rows.Err()
}
