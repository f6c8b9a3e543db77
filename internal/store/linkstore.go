package store

import (
	"database/sql"
	"encoding/json"
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

// coMentionWindow bounds the articles of a candidate whose co-mentions the
// policy reads (the latest ones), so linking a name of a huge entity stays
// cheap.
const coMentionWindow = 200

// linkMemo keeps, for one write transaction, the facts and co-mention
// names read for candidates, so that a name met in many articles of a
// batch is not read again while nothing it depends on changed. Both
// depend only on rows written when the entity, or an entity of an article
// in its co-mention window, gets a mention: mentioned drops them then, so
// every read gives what the query would give.
type linkMemo struct {
	facts map[int64]candidateFacts
	co    map[int64]map[string]bool
	kinds map[int64]entityKind
	// rid and inRid are the article being stored and its entities
	// mentioned so far: those whose co-mention window holds rid.
	rid   int64
	inRid []int64
}

// mentioned records that eid gets a mention in article rid.
func (m *linkMemo) mentioned(rid, eid int64) {
	if rid != m.rid {
		m.rid, m.inRid = rid, m.inRid[:0]
	}
	delete(m.facts, eid)
	delete(m.co, eid)
	for _, x := range m.inRid {
		delete(m.co, x) // rid is in x's window: its co-mentions grow
	}
	m.inRid = append(m.inRid, eid)
}

// facts reads a person's affiliations and titles.
func (w *writer) facts(eid int64) (candidateFacts, error) {
	if f, ok := w.memo.facts[eid]; ok {
		return f, nil
	}
	f, err := w.readFacts(eid)
	if err == nil {
		if w.memo.facts == nil {
			w.memo.facts = map[int64]candidateFacts{}
		}
		w.memo.facts[eid] = f
	}
	return f, err
}

// readFacts is facts read from the database.
func (w *writer) readFacts(eid int64) (candidateFacts, error) {
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

// coNames reads the folded names of the PERSON and ORG entities mentioned
// with eid in its latest coMentionWindow articles.
func (w *writer) coNames(eid int64) (map[string]bool, error) {
	if co, ok := w.memo.co[eid]; ok {
		return co, nil
	}
	co, err := w.readCoNames(eid)
	if err == nil {
		if w.memo.co == nil {
			w.memo.co = map[int64]map[string]bool{}
		}
		w.memo.co[eid] = co
	}
	return co, err
}

// readCoNames is coNames read from the database: the distinct entities
// of the window's articles, whose type and folded name (never changed once
// an entity is stored) the memo keeps for the transaction.
func (w *writer) readCoNames(eid int64) (map[string]bool, error) {
	rows, err := w.query(`SELECT DISTINCT m.eid FROM mentions m
		WHERE m.rid IN (SELECT rid FROM mentions WHERE eid = ?1 ORDER BY rid DESC LIMIT ?2) AND m.eid <> ?1`, eid, coMentionWindow)
	if err != nil {
		return nil, err
	}
	var eids []int64
	for rows.Next() {
		var x int64
		if err := rows.Scan(&x); err != nil {
			rows.Close()
			return nil, err
		}
		eids = append(eids, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	co := map[string]bool{}
	for _, x := range eids {
		k, err := w.kindOf(x)
		if err != nil {
			return nil, err
		}
		if k.typ == extract.Person || k.typ == extract.Org {
			co[k.norm] = true
		}
	}
	return co, nil
}

// entityKind is what never changes of a stored entity.
type entityKind struct{ typ, norm string }

// kindOf is the type and folded name of entity eid.
func (w *writer) kindOf(eid int64) (entityKind, error) {
	if k, ok := w.memo.kinds[eid]; ok {
		return k, nil
	}
	var k entityKind
	if err := w.queryRow(`SELECT type, norm FROM entities WHERE eid = ?`, eid).Scan(&k.typ, &k.norm); err != nil {
		return k, err
	}
	if w.memo.kinds == nil {
		w.memo.kinds = map[int64]entityKind{}
	}
	w.memo.kinds[eid] = k
	return k, nil
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
		if dec.chosen != nil {
			eid = dec.chosen.EntityID
			if err := w.exec(`UPDATE entities SET country = ? WHERE eid = ? AND country = ''`, q.country, eid); err != nil {
				return nil, err
			}
		} else {
			err := w.queryRow(`INSERT INTO entities(type, name, norm, title, affiliation, country, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING eid`,
				e.Type, e.Name, textsearch.Norm(e.Name), e.Title, e.Affiliation, q.country, pub, pub).Scan(&eid)
			if err != nil {
				return nil, err
			}
		}
		if err := w.recordLink(rid, i, eid, e.Name, dec); err != nil {
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

// recordLink stores one link decision: the entity, the chosen candidate's
// score and signals, and the candidates not chosen.
func (w *writer) recordLink(rid int64, n int, eid int64, name string, dec *linkDecision) error {
	linked, score := 0, 0.0
	signals := []Signal{}
	others := []CandidateScore{}
	for _, c := range dec.all {
		if dec.chosen != nil && c.EntityID == dec.chosen.EntityID {
			linked, score, signals = 1, c.Score, c.Signals
			continue
		}
		others = append(others, c)
	}
	sj, err := json.Marshal(signals)
	if err != nil {
		return err
	}
	oj, err := json.Marshal(others)
	if err != nil {
		return err
	}
	return w.exec(`INSERT INTO entity_links(rid, n, eid, name, linked, score, signals, others) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		rid, n, eid, name, linked, score, string(sj), string(oj))
}
