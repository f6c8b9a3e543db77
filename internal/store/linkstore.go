package store

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// This file is the store's side of linking: the candidates the policy of
// link.go asks for, and the decisions it records with their signals.

// named lists the stored entities of a type found by a folded name or a
// linkable alias (candidates for the linking policy).
func (w *writer) named(typ, key string) ([]candidate, error) {
	rows, err := w.query(`SELECT e.eid, e.name, e.articles, e.country, coalesce(e.first_seen, ''), coalesce(e.last_seen, ''), x.by_name FROM (
			SELECT eid, 1 AS by_name FROM entities WHERE norm = ?1 AND type = ?2
			UNION SELECT a.eid, 0 FROM entity_aliases a JOIN entities e ON e.eid = a.eid
			WHERE a.norm = ?1 AND a.linkable = 1 AND e.type = ?2) x
		JOIN entities e ON e.eid = x.eid ORDER BY e.eid, x.by_name DESC`, key, typ)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []candidate
	for rows.Next() {
		var c candidate
		var byName int
		if err := rows.Scan(&c.eid, &c.name, &c.articles, &c.country, &c.first, &c.last, &byName); err != nil {
			return nil, err
		}
		c.byName = byName == 1
		if n := len(out); n > 0 && out[n-1].eid == c.eid {
			continue // found by name and by alias: the first row says by name
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// facts reads a person's affiliations and titles.
func (w *writer) facts(eid int64) (candidateFacts, error) {
	var f candidateFacts
	// aff_norm is empty when the affiliation was a place (employerKey).
	rows, err := w.query(`SELECT title, CASE WHEN aff_norm = '' THEN '' ELSE affiliation END FROM entity_titles WHERE eid = ? ORDER BY first_seen, title, affiliation`, eid)
	if err != nil {
		return f, err
	}
	seenT, seenA := map[string]bool{}, map[string]bool{}
	for rows.Next() {
		var t, a string
		if err := rows.Scan(&t, &a); err != nil {
			rows.Close()
			return f, err
		}
		if t != "" && !seenT[t] {
			seenT[t] = true
			f.titles = append(f.titles, t)
		}
		if a != "" && !seenA[textsearch.Norm(a)] {
			seenA[textsearch.Norm(a)] = true
			f.affs = append(f.affs, a)
		}
	}
	rows.Close()
	return f, rows.Err()
}

// coMentioned reads which of the article's co-mentioned stored entities
// (q.coStored) each candidate of eids was mentioned with, from the pair
// counts the graph keeps (pairs, see graphcounts.go): probes of its
// primary key, whatever the size of the candidates' histories. The pairs
// count every article stored before this one, among the 24 most-mentioned
// entities of each.
func (w *writer) coMentioned(eids []int64, q *linkQuery) (map[int64]map[string]bool, error) {
	if len(q.coStored) == 0 {
		return nil, nil
	}
	ids := make([]int64, 0, len(q.coStored))
	for x := range q.coStored {
		ids = append(ids, x)
	}
	rows, err := w.query(`SELECT a, b FROM pairs WHERE `+w.inList("a", 1)+` AND `+w.inList("b", 2), w.list(eids), w.list(ids))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	co := map[int64]map[string]bool{}
	for rows.Next() {
		var a, b int64
		if err := rows.Scan(&a, &b); err != nil {
			return nil, err
		}
		if co[a] == nil {
			co[a] = map[string]bool{}
		}
		co[a][q.coStored[b]] = true
	}
	return co, rows.Err()
}

// storedNamed maps the stored PERSON and ORG entities whose folded name is
// one of keys to that name.
func (w *writer) storedNamed(keys map[string]bool) (map[int64]string, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	ks := make([]string, 0, len(keys))
	for k := range keys {
		ks = append(ks, k)
	}
	rows, err := w.query(`SELECT eid, norm FROM entities WHERE `+w.inList("norm", 1)+` AND type IN (?2, ?3)`, w.list(ks), extract.Person, extract.Org)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var eid int64
		var norm string
		if err := rows.Scan(&eid, &norm); err != nil {
			return nil, err
		}
		out[eid] = norm
	}
	return out, rows.Err()
}

// withStored fills every query's coStored from the entities stored under
// the article's co-mention keys, read once.
func (w *writer) withStored(qs []*linkQuery) error {
	keys := map[string]bool{}
	for _, q := range qs {
		for k := range q.co {
			keys[k] = true
		}
	}
	stored, err := w.storedNamed(keys)
	if err != nil || len(stored) == 0 {
		return err
	}
	for _, q := range qs {
		q.coStored = map[int64]string{}
		for x, k := range stored {
			if q.co[k] {
				q.coStored[x] = k
			}
		}
	}
	return nil
}

// inList is a condition "col is one of the list bound at ?N" in the
// writer's dialect; bind the list with w.list.
func (w *writer) inList(col string, n int) string {
	if _, pg := w.be.(*pgStore); pg {
		return fmt.Sprintf("%s = ANY(?%d)", col, n)
	}
	return fmt.Sprintf("%s IN (SELECT value FROM json_each(?%d))", col, n)
}

// list binds a list of ids or strings for inList.
func (w *writer) list(v any) any {
	if _, pg := w.be.(*pgStore); pg {
		return v
	}
	js, _ := json.Marshal(v)
	return string(js)
}

// linkQueries builds what the policy weighs for every entity of ents (d's
// entities under the names the article writes, see surfaceName), with the
// countries of its organisations.
func (w *writer) linkQueries(d *extract.Document, ents []*extract.Entity, countries []string, pub sql.NullString) []*linkQuery {
	places := placeNames(d)
	qs := make([]*linkQuery, len(ents))
	for i, e := range ents {
		q := &linkQuery{typ: e.Type, name: strings.TrimSpace(e.Name), keys: linkKeys(w.ana, e), title: e.Title,
			date: pub.String, co: map[string]bool{}, coType: map[string]string{}, coDisplay: map[string]string{}}
		if e.Type == extract.Person {
			q.aff = employerKey(e, places)
		}
		q.country = countries[i]
		self := map[string]bool{textsearch.Norm(e.Name): true, textsearch.Norm(q.aff): true}
		for j, o := range ents {
			k := textsearch.Norm(o.Name)
			if j == i || self[k] || (o.Type != extract.Person && o.Type != extract.Org) {
				continue
			}
			q.co[k], q.coType[k], q.coDisplay[k] = true, o.Type, o.Name
		}
		qs[i] = q
	}
	return qs
}

// linkEntities links or creates the global entity of every entity of d,
// records the decision with its signals, the aliases, titles and mentions,
// and returns the article's local entity ids mapped to global ones.
func (w *writer) linkEntities(rid int64, d *extract.Document, pub sql.NullString) (map[string]int64, error) {
	local := make(map[string]int64, len(d.Entities))
	counted := map[int64]bool{}
	ents := make([]*extract.Entity, len(d.Entities))
	countries := make([]string, len(d.Entities))
	var article map[string]int
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Type == extract.Org {
			if article == nil {
				article = cueVotes(linkLex(), d.Text)
			}
			countries[i] = countryOf(linkLex(), d.Text, article, e)
		}
		ents[i] = surfaceName(e, d.Text, pub.String, countries[i])
	}
	qs := w.linkQueries(d, ents, countries, pub)
	if err := w.withStored(qs); err != nil {
		return nil, err
	}
	for i, e := range ents {
		if strings.TrimSpace(e.Name) == "" || e.Type == "" {
			continue
		}
		q := qs[i]
		dec, err := chooseEntity(q, w)
		if err != nil {
			return nil, err
		}
		var eid int64
		entity := e.Name
		if dec.chosen != nil {
			eid, entity = dec.chosen.EntityID, dec.chosen.Name
			if q.country != "" {
				if err := w.exec(`UPDATE entities SET country = ? WHERE eid = ? AND country = ''`, q.country, eid); err != nil {
					return nil, err
				}
			}
		} else {
			err := w.queryRow(`INSERT INTO entities(type, name, norm, title, affiliation, country, first_seen, last_seen, started_rid, started_n) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING eid`,
				e.Type, e.Name, textsearch.Norm(e.Name), e.Title, e.Affiliation, q.country, pub, pub, rid, i).Scan(&eid)
			if err != nil {
				return nil, err
			}
		}
		if err := w.recordLink(rid, i, eid, e.Name, entity, dec, pub); err != nil {
			return nil, err
		}
		if e.ID != "" {
			local[e.ID] = eid
		}
		newArticle := 0
		if !counted[eid] {
			newArticle, counted[eid] = 1, true
		}
		if err := w.recordEntity(rid, eid, e, textsearch.Norm(q.aff), newArticle, pub); err != nil {
			return nil, err
		}
	}
	return local, nil
}

// recordLink stores one link decision in its compact form (linkrecord.go):
// no row when no candidate was weighed. name is the entity's name as the
// article gives it, entity the name of the entity it joined or started.
func (w *writer) recordLink(rid int64, n int, eid int64, name, entity string, dec *linkDecision, pub sql.NullString) error {
	blob, ok := encodeDecision(dec, recordContext{name: strings.TrimSpace(name), date: pub.String})
	if !ok {
		return nil
	}
	given := sql.NullString{String: name, Valid: name != entity}
	return w.exec(`INSERT INTO entity_links(rid, n, eid, name, d) VALUES (?, ?, ?, ?, ?)`, rid, n, eid, given, blob)
}
