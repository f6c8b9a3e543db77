package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// MaxTextBytes bounds one article's text; anything longer is not an article.
const MaxTextBytes = 8 << 20

var isoDay = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// prepared is a document with everything computed that does not need the
// database, so the expensive part (morphological analysis) runs in
// parallel outside the write transaction.
type prepared struct {
	doc       *extract.Document
	published sql.NullString
	head      string // FTS columns
	body      string
	gram      string
	simhash   uint64
	hashed    bool
	blob      []byte
	text      string // stored text column and its deflated form
	textZ     []byte
	err       error
}

func (s *sqliteStore) Has(ctx context.Context, ids []string) (map[string]bool, error) {
	stories, err := s.storiesOf(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(ids))
	for _, id := range ids {
		_, out[id] = stories[id]
	}
	return out, nil
}

// storiesOf maps the stored ones of ids to their story ids.
func (s *sqliteStore) storiesOf(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	const chunk = 500
	for i := 0; i < len(ids); i += chunk {
		part := ids[i:min(i+chunk, len(ids))]
		js, _ := json.Marshal(part)
		rows, err := s.db.QueryContext(ctx, `SELECT id, story_id FROM articles WHERE id IN (SELECT value FROM json_each(?))`, string(js))
		if err != nil {
			return nil, fmt.Errorf("store: has: %w", classify(err))
		}
		for rows.Next() {
			var id, story string
			if err := rows.Scan(&id, &story); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: has: %w", err)
			}
			out[id] = story
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("store: has: %w", classify(err))
		}
	}
	return out, nil
}

func (s *sqliteStore) Put(ctx context.Context, docs []*extract.Document) ([]PutResult, error) {
	if s.readOnly {
		return nil, fmt.Errorf("store: put into %s: %w (opened read-only)", s.path, ErrReadOnly)
	}
	res := make([]PutResult, len(docs))
	ids := make([]string, 0, len(docs))
	for i, d := range docs {
		if d != nil {
			res[i].ID = d.ID
			ids = append(ids, d.ID)
		}
	}
	// Skip the analysis of what is already stored; the transaction checks
	// again in case another process stored it meanwhile.
	have, err := s.storiesOf(ctx, ids)
	if err != nil {
		return nil, err
	}
	ana, err := s.analyzer()
	if err != nil {
		return nil, err
	}
	morph := s.morph
	if morph == nil {
		morph = func(text string) []string { return textsearch.Morphemes(ana, text) }
	}
	preps := make([]*prepared, len(docs))
	var wg sync.WaitGroup
	work := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(docs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				preps[i] = prepare(docs[i], morph)
			}
		}()
	}
	for i, d := range docs {
		if d == nil || have[d.ID] != "" {
			continue
		}
		work <- i
	}
	close(work)
	wg.Wait()

	s.wmu.Lock()
	defer s.wmu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: put: starting transaction on %s: %w", s.path, classify(err))
	}
	defer tx.Rollback()
	w := &writer{ana: ana, tx: tx, ctx: ctx, now: time.Now().UTC().Format(time.RFC3339)}
	defer w.close()
	inBatch := map[string]int{}
	for i, d := range docs {
		switch {
		case d == nil:
			res[i] = PutResult{Status: Failed, Err: errors.New("store: nil document")}
			continue
		case have[d.ID] != "":
			res[i] = PutResult{ID: d.ID, Status: Duplicate, StoryID: have[d.ID]}
			continue
		case preps[i].err != nil:
			res[i] = PutResult{ID: d.ID, Status: Failed, Err: preps[i].err}
			continue
		}
		if j, ok := inBatch[d.ID]; ok {
			res[i] = PutResult{ID: d.ID, Status: Duplicate, StoryID: res[j].StoryID}
			continue
		}
		r, err := w.put(preps[i])
		if err != nil {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("store: put: %w", ctx.Err())
			}
			return nil, fmt.Errorf("store: put %s: %w", d.ID, classify(err))
		}
		if r.Status == NearDuplicate && r.StoryID == d.ID {
			// This article predates its story's original: earlier results
			// of the batch that pointed to the old original now point here.
			for j := range res[:i] {
				if res[j].StoryID == w.lastOldStory {
					res[j].StoryID = d.ID
				}
			}
		}
		res[i] = r
		inBatch[d.ID] = i
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store: put: committing to %s: %w", s.path, classify(err))
	}
	s.shrink(ctx)
	return res, nil
}

// shrink gives free pages back to the file system when they are more than
// a hundredth of the database (FTS5 merges free whole segments). It is an
// optimisation: a failure leaves the pages for reuse and is not reported.
// Databases created before auto-vacuum was on have nothing to give back.
func (s *sqliteStore) shrink(ctx context.Context) {
	var free, pages int64
	if err := s.db.QueryRowContext(ctx, `SELECT f.freelist_count, p.page_count FROM pragma_freelist_count f, pragma_page_count p`).Scan(&free, &pages); err != nil {
		return
	}
	if free*100 > pages {
		s.db.ExecContext(ctx, `PRAGMA incremental_vacuum`)
	}
}

// prepare validates a document and computes its index terms, fingerprint
// and stored form.
func prepare(d *extract.Document, morph func(string) []string) *prepared {
	p := &prepared{doc: d}
	switch {
	case d.ID == "":
		p.err = errors.New("store: document has no id")
		return p
	case strings.TrimSpace(d.Text) == "":
		p.err = fmt.Errorf("store: document %s has no text", d.ID)
		return p
	case len(d.Text) > MaxTextBytes:
		p.err = fmt.Errorf("store: document %s: text of %d bytes is over the %d limit", d.ID, len(d.Text), MaxTextBytes)
		return p
	}
	if isoDay.MatchString(d.Published) {
		p.published = sql.NullString{String: d.Published, Valid: true}
	}
	if len(d.Tokens) > 0 {
		p.head, p.body, p.gram = indexTokens(morph, d.Headline, d.Text, d.Tokens)
	} else {
		p.head, p.body, p.gram = indexTerms(morph, d.Headline, d.Text)
	}
	// Fingerprint the body only: wire copies differ mostly in headline,
	// byline and rights notice, and those must not set them apart.
	body := d.Text
	if len(d.Body) > 0 {
		body = strings.Join(d.Body, "\n")
	}
	p.simhash, p.hashed = textsearch.SimHash(body)
	blob, err := encodeDoc(d)
	if err != nil {
		p.err = err
		return p
	}
	p.blob = blob
	p.text, p.textZ = packText(d.Text)
	return p
}

// indexTerms computes the full-text columns of an article: content
// morphemes of the headline and of the text, and the text's bigrams.
func indexTerms(morph func(string) []string, headline, text string) (head, body, gram string) {
	if headline != "" && !strings.Contains(text, headline) {
		text = headline + "\n" + text
	}
	return strings.Join(morph(headline), " "),
		strings.Join(morph(text), " "),
		strings.Join(textsearch.Grams(text), " ")
}

// indexTokens is indexTerms for a document whose text extraction has
// already analysed: the body's morphemes come from that analysis, and the
// headline's from the tokens inside its span of the text, so ingest reads
// each article with the tokenizer once.
func indexTokens(morph func(string) []string, headline, text string, toks []korean.Token) (head, body, gram string) {
	hs := strings.Index(text, headline)
	if headline == "" || hs < 0 {
		return indexTerms(morph, headline, text)
	}
	he := hs + len(headline)
	// The headline is a line of the text, so its tokens are one run.
	first, last := len(toks), len(toks)
	for i, t := range toks {
		if first == len(toks) && t.Start >= hs {
			first = i
		}
		if t.Start >= he {
			last = i
			break
		}
	}
	inHead := toks[first:max(first, last)]
	return strings.Join(textsearch.MorphemesOf(inHead), " "),
		strings.Join(textsearch.MorphemesOf(toks), " "),
		strings.Join(textsearch.Grams(text), " ")
}

// writer inserts documents inside one transaction with statements prepared
// once per batch.
type writer struct {
	ana   *korean.Analyzer
	tx    *sql.Tx
	ctx   context.Context
	now   string
	stmts map[string]*sql.Stmt
	// lastOldStory is the story id replaced by the last put, when the new
	// article became the original of an existing story.
	lastOldStory string
}

func (w *writer) stmt(q string) (*sql.Stmt, error) {
	if st, ok := w.stmts[q]; ok {
		return st, nil
	}
	if w.stmts == nil {
		w.stmts = map[string]*sql.Stmt{}
	}
	st, err := w.tx.PrepareContext(w.ctx, q)
	if err != nil {
		return nil, err
	}
	w.stmts[q] = st
	return st, nil
}

func (w *writer) exec(q string, args ...any) (sql.Result, error) {
	st, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(w.ctx, args...)
}

func (w *writer) query(q string, args ...any) (*sql.Rows, error) {
	st, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(w.ctx, args...)
}

func (w *writer) queryRow(q string, args ...any) *sql.Row {
	st, err := w.stmt(q)
	if err != nil {
		// A failed prepare surfaces through Scan of a query that cannot run.
		return w.tx.QueryRowContext(w.ctx, q, args...)
	}
	return st.QueryRowContext(w.ctx, args...)
}

func (w *writer) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

func (w *writer) put(p *prepared) (PutResult, error) {
	d := p.doc
	w.lastOldStory = ""
	var exists int
	if err := w.queryRow(`SELECT count(*) FROM articles WHERE id = ?`, d.ID).Scan(&exists); err != nil {
		return PutResult{}, err
	}
	if exists > 0 {
		var story string
		err := w.queryRow(`SELECT story_id FROM articles WHERE id = ?`, d.ID).Scan(&story)
		return PutResult{ID: d.ID, Status: Duplicate, StoryID: story}, err
	}
	status, story := Inserted, d.ID
	if p.hashed {
		orig, err := w.nearest(p.simhash)
		if err != nil {
			return PutResult{}, err
		}
		if orig.id != "" {
			status, story = NearDuplicate, orig.story
			if p.published.Valid && (!orig.published.Valid || p.published.String < orig.published.String) {
				// The new article is older than the story's original: it
				// becomes the original.
				if _, err := w.exec(`UPDATE articles SET story_id = ? WHERE story_id = ?`, d.ID, orig.story); err != nil {
					return PutResult{}, err
				}
				w.lastOldStory, story = orig.story, d.ID
			}
		}
	}
	var sh sql.NullInt64
	if p.hashed {
		sh = sql.NullInt64{Int64: int64(p.simhash), Valid: true}
	}
	r, err := w.exec(`INSERT INTO articles(id, source, url, headline, agency, published, text, text_z, text_bytes, doc, story_id, simhash, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.ID, d.Source, d.URL, d.Headline, d.Agency, p.published, p.text, p.textZ, len(d.Text), p.blob, story, sh, w.now)
	if err != nil {
		return PutResult{}, err
	}
	rid, err := r.LastInsertId()
	if err != nil {
		return PutResult{}, err
	}
	if err := w.index(rid, p.head, p.body, p.gram); err != nil {
		return PutResult{}, err
	}
	if p.hashed {
		for _, k := range textsearch.Bands(p.simhash) {
			if _, err := w.exec(`INSERT OR IGNORE INTO simhash_bands(key, rid) VALUES (?, ?)`, k, rid); err != nil {
				return PutResult{}, err
			}
		}
	}
	for i, ph := range d.Photos {
		if _, err := w.exec(`INSERT INTO photos(rid, n, url, caption, photographer, source, date, restrictions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			rid, i, ph.URL, ph.Caption, ph.Photographer, ph.Source, ph.Date, strings.Join(ph.Restrictions, "\n")); err != nil {
			return PutResult{}, err
		}
	}
	for _, t := range d.Topics {
		if t = strings.TrimSpace(t); t == "" {
			continue
		}
		if _, err := w.exec(`INSERT OR IGNORE INTO topics(rid, topic) VALUES (?, ?)`, rid, t); err != nil {
			return PutResult{}, err
		}
	}
	local, err := w.linkEntities(rid, d, p.published)
	if err != nil {
		return PutResult{}, err
	}
	if err := w.putQuotes(rid, d, local); err != nil {
		return PutResult{}, err
	}
	if err := w.putEvents(rid, d, local); err != nil {
		return PutResult{}, err
	}
	return PutResult{ID: d.ID, Status: status, StoryID: story}, nil
}

// index adds an article to the full-text indexes.
func (w *writer) index(rid int64, head, body, gram string) error {
	if _, err := w.exec(`INSERT INTO articles_fts(rowid, head, body) VALUES (?, ?, ?)`, rid, head, body); err != nil {
		return err
	}
	_, err := w.exec(`INSERT INTO grams_fts(rowid, gram) VALUES (?, ?)`, rid, gram)
	return err
}

type storyRef struct {
	id, story string
	published sql.NullString
}

// nearest finds the stored article closest to h within Hamming distance 3,
// preferring the smallest distance, and returns it with its story.
func (w *writer) nearest(h uint64) (storyRef, error) {
	bands := textsearch.Bands(h)
	rows, err := w.query(`SELECT a.id, a.story_id, a.simhash FROM simhash_bands b JOIN articles a ON a.rid = b.rid
		WHERE b.key IN (?, ?, ?, ?)`, bands[0], bands[1], bands[2], bands[3])
	if err != nil {
		return storyRef{}, err
	}
	defer rows.Close()
	best, bestD := storyRef{}, 4
	for rows.Next() {
		var id, story string
		var sh int64
		if err := rows.Scan(&id, &story, &sh); err != nil {
			return storyRef{}, err
		}
		if dd := textsearch.Distance(uint64(sh), h); dd < bestD {
			best, bestD = storyRef{id: id, story: story}, dd
		}
	}
	if err := rows.Err(); err != nil {
		return storyRef{}, err
	}
	rows.Close()
	if best.id == "" {
		return best, nil
	}
	err = w.queryRow(`SELECT published FROM articles WHERE id = ?`, best.story).Scan(&best.published)
	if errors.Is(err, sql.ErrNoRows) {
		err = nil
	}
	return best, err
}

// demonstrative marks aliases that refer back (이 회사, 그 회장, 해당 기업,
// 동 은행) rather than name: they mean different things in every article.
var demonstrative = regexp.MustCompile(`^(이|그|저|해당|동|같은)\s`)

// linkable reports whether an alias may link entities across articles.
// A person's aliases never do (이 회장 is a different chairman in every
// article; the canonical name plus the affiliation decide). Other types'
// aliases do unless they are one character, demonstrative references, or
// a lone common noun (회사, 그룹, 당국), which coreference attaches to
// whichever organisation the article is about.
func (w *writer) linkable(typ, alias string) bool {
	if typ == extract.Person {
		return false
	}
	alias = strings.TrimSpace(alias)
	if textsearch.RuneLen(textsearch.Norm(alias)) < 2 || demonstrative.MatchString(alias) {
		return false
	}
	toks := w.ana.Analyze(alias)
	return !(len(toks) == 1 && toks[0].POS == "NNG")
}

type candidate struct {
	eid      int64
	byName   bool
	articles int
	affs     []string
}

// link finds the stored entity an article's entity is, or 0 for a new one.
//
// Candidates share the type and the folded name (or a linkable alias).
// A PERSON with an affiliation links only to a candidate seen with the
// same affiliation (one containing the other counts: 삼성 ~ 삼성전자), or
// else to a candidate never seen with any, so two people who share a name
// but work at different places stay two. A PERSON without an affiliation
// links to the most-mentioned candidate: the article says nothing that
// would set them apart. Other types link by name alone.
//
// aff is the folded affiliation that sets the person apart, empty when the
// article gives none or only a place (see employerKey).
func (w *writer) link(e *extract.Entity, aff string) (int64, error) {
	keys := []string{textsearch.Norm(e.Name)}
	for _, a := range e.Aliases {
		if w.linkable(e.Type, a) {
			keys = append(keys, textsearch.Norm(a))
		}
	}
	var cands []candidate
	seen := map[int64]bool{}
	for i, k := range keys {
		if i > 0 && len(cands) > 0 {
			break // the name decides when it found anything
		}
		rows, err := w.query(`SELECT eid, articles, 1 FROM entities WHERE norm = ? AND type = ?
			UNION SELECT e.eid, e.articles, 0 FROM entity_aliases a JOIN entities e ON e.eid = a.eid
			WHERE a.norm = ? AND a.linkable = 1 AND e.type = ?`, k, e.Type, k, e.Type)
		if err != nil {
			return 0, err
		}
		for rows.Next() {
			var c candidate
			if err := rows.Scan(&c.eid, &c.articles, &c.byName); err != nil {
				rows.Close()
				return 0, err
			}
			if !seen[c.eid] {
				seen[c.eid] = true
				cands = append(cands, c)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return 0, err
		}
	}
	if len(cands) == 0 {
		return 0, nil
	}
	best := func(cs []candidate) int64 {
		b := cs[0]
		for _, c := range cs[1:] {
			if (c.byName && !b.byName) || (c.byName == b.byName && c.articles > b.articles) {
				b = c
			}
		}
		return b.eid
	}
	if e.Type != extract.Person {
		return best(cands), nil
	}
	if aff == "" {
		return best(cands), nil
	}
	var same, none []candidate
	for i := range cands {
		rows, err := w.query(`SELECT DISTINCT aff_norm FROM entity_titles WHERE eid = ? AND aff_norm <> ''`, cands[i].eid)
		if err != nil {
			return 0, err
		}
		for rows.Next() {
			var a string
			if err := rows.Scan(&a); err != nil {
				rows.Close()
				return 0, err
			}
			cands[i].affs = append(cands[i].affs, a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return 0, err
		}
		switch {
		case len(cands[i].affs) == 0:
			none = append(none, cands[i])
		case sameAffiliation(aff, cands[i].affs):
			same = append(same, cands[i])
		}
	}
	if len(same) > 0 {
		return best(same), nil
	}
	if len(none) > 0 {
		return best(none), nil
	}
	return 0, nil
}

// placeNames folds the names and aliases of the article's places.
func placeNames(d *extract.Document) map[string]bool {
	places := map[string]bool{}
	for _, e := range d.Entities {
		if e.Type != extract.Place {
			continue
		}
		places[textsearch.Norm(e.Name)] = true
		for _, a := range e.Aliases {
			places[textsearch.Norm(a)] = true
		}
	}
	return places
}

// employerKey is the folded affiliation that tells two people of the same
// name apart. A place given as affiliation (한국 대통령, 서울시 관계자 reads
// as 서울) says where someone serves, not who employs them, and two
// articles that name a president's country and party must not split him in
// two, so it counts as no affiliation.
func employerKey(e *extract.Entity, places map[string]bool) string {
	aff := textsearch.Norm(e.Affiliation)
	if places[aff] {
		return ""
	}
	return aff
}

// sameAffiliation reports whether the folded affiliation a matches one of
// affs, equal or one containing the other (삼성 ~ 삼성전자).
func sameAffiliation(a string, affs []string) bool {
	for _, b := range affs {
		if a == b || (textsearch.RuneLen(a) >= 2 && textsearch.RuneLen(b) >= 2 && (strings.Contains(a, b) || strings.Contains(b, a))) {
			return true
		}
	}
	return false
}

// linkEntities links or creates the global entity of every entity of d,
// records its aliases, titles and mentions, and returns the article's local
// entity ids mapped to global ones.
func (w *writer) linkEntities(rid int64, d *extract.Document, pub sql.NullString) (map[string]int64, error) {
	local := make(map[string]int64, len(d.Entities))
	counted := map[int64]bool{}
	places := placeNames(d)
	for i := range d.Entities {
		e := &d.Entities[i]
		if strings.TrimSpace(e.Name) == "" || e.Type == "" {
			continue
		}
		aff := employerKey(e, places)
		eid, err := w.link(e, aff)
		if err != nil {
			return nil, err
		}
		if eid == 0 {
			r, err := w.exec(`INSERT INTO entities(type, name, norm, title, affiliation, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)`,
				e.Type, e.Name, textsearch.Norm(e.Name), e.Title, e.Affiliation, pub, pub)
			if err != nil {
				return nil, err
			}
			if eid, err = r.LastInsertId(); err != nil {
				return nil, err
			}
		}
		if e.ID != "" {
			local[e.ID] = eid
		}
		newArticle := 0
		if !counted[eid] {
			newArticle, counted[eid] = 1, true
		}
		// Title and affiliation follow the latest article; an undated
		// article only fills what is still empty.
		if _, err := w.exec(`UPDATE entities SET
				articles = articles + ?1, mentions = mentions + ?2,
				title = CASE WHEN ?3 <> '' AND (?5 IS NOT NULL AND (last_seen IS NULL OR ?5 >= last_seen) OR title = '') THEN ?3 ELSE title END,
				affiliation = CASE WHEN ?4 <> '' AND (?5 IS NOT NULL AND (last_seen IS NULL OR ?5 >= last_seen) OR affiliation = '') THEN ?4 ELSE affiliation END,
				first_seen = CASE WHEN ?5 IS NOT NULL AND (first_seen IS NULL OR ?5 < first_seen) THEN ?5 ELSE first_seen END,
				last_seen = CASE WHEN ?5 IS NOT NULL AND (last_seen IS NULL OR ?5 > last_seen) THEN ?5 ELSE last_seen END
			WHERE eid = ?6`,
			newArticle, len(e.Mentions), e.Title, e.Affiliation, pub, eid); err != nil {
			return nil, err
		}
		names := append([]string{e.Name}, e.Aliases...)
		for j, a := range names {
			a = strings.TrimSpace(a)
			if a == "" {
				continue
			}
			link := j == 0 || w.linkable(e.Type, a)
			if _, err := w.exec(`INSERT INTO entity_aliases(eid, norm, alias, linkable) VALUES (?, ?, ?, ?)
				ON CONFLICT(eid, norm) DO UPDATE SET n = n + 1, linkable = max(linkable, excluded.linkable)`,
				eid, textsearch.Norm(a), a, link); err != nil {
				return nil, err
			}
		}
		if e.Title != "" || e.Affiliation != "" || e.Role != "" {
			if _, err := w.exec(`INSERT INTO entity_titles(eid, title, affiliation, role, aff_norm, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT(eid, title, affiliation, role) DO UPDATE SET
					articles = articles + 1,
					first_seen = CASE WHEN excluded.first_seen IS NOT NULL AND (first_seen IS NULL OR excluded.first_seen < first_seen) THEN excluded.first_seen ELSE first_seen END,
					last_seen = CASE WHEN excluded.last_seen IS NOT NULL AND (last_seen IS NULL OR excluded.last_seen > last_seen) THEN excluded.last_seen ELSE last_seen END`,
				eid, e.Title, e.Affiliation, e.Role, aff, pub, pub); err != nil {
				return nil, err
			}
		}
		var offs strings.Builder
		for k, m := range e.Mentions {
			if k > 0 {
				offs.WriteByte(',')
			}
			offs.WriteString(strconv.Itoa(m.Start))
			offs.WriteByte('-')
			offs.WriteString(strconv.Itoa(m.End))
		}
		if _, err := w.exec(`INSERT INTO mentions(rid, eid, n, offsets) VALUES (?, ?, ?, ?)
			ON CONFLICT(rid, eid) DO UPDATE SET n = n + excluded.n,
				offsets = CASE WHEN offsets = '' THEN excluded.offsets WHEN excluded.offsets = '' THEN offsets ELSE offsets || ',' || excluded.offsets END`,
			rid, eid, len(e.Mentions), offs.String()); err != nil {
			return nil, err
		}
	}
	return local, nil
}

func (w *writer) putQuotes(rid int64, d *extract.Document, local map[string]int64) error {
	for _, q := range d.Quotes {
		var eid sql.NullInt64
		if id, ok := local[q.SpeakerEntity]; ok {
			eid = sql.NullInt64{Int64: id, Valid: true}
		}
		if _, err := w.exec(`INSERT INTO quotes(rid, eid, speaker, named, text, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)`,
			rid, eid, q.Speaker, q.SpeakerNamed, q.Text, q.Start, q.End); err != nil {
			return err
		}
	}
	return nil
}

// putEvents stores the events; actors are names, linked to the article's
// entity of that name or alias.
func (w *writer) putEvents(rid int64, d *extract.Document, local map[string]int64) error {
	byName := map[string]int64{}
	for _, e := range d.Entities {
		eid, ok := local[e.ID]
		if !ok {
			continue
		}
		for _, a := range e.Aliases {
			if k := textsearch.Norm(a); byName[k] == 0 {
				byName[k] = eid
			}
		}
	}
	for _, e := range d.Entities { // canonical names win over aliases
		if eid, ok := local[e.ID]; ok {
			byName[textsearch.Norm(e.Name)] = eid
		}
	}
	for _, ev := range d.Events {
		if ev.Type == "" {
			continue
		}
		r, err := w.exec(`INSERT INTO events(rid, type, object, place, date, certainty, evidence, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			rid, ev.Type, ev.Object, ev.Place, ev.Date, string(ev.Certainty), ev.Evidence, ev.Start, ev.End)
		if err != nil {
			return err
		}
		evid, err := r.LastInsertId()
		if err != nil {
			return err
		}
		for n, a := range ev.Actors {
			var eid sql.NullInt64
			if id, ok := local[a]; ok { // an entity id, should the extractor give those
				eid = sql.NullInt64{Int64: id, Valid: true}
			} else if id := byName[textsearch.Norm(a)]; id != 0 {
				eid = sql.NullInt64{Int64: id, Valid: true}
			}
			if _, err := w.exec(`INSERT INTO event_actors(evid, n, name, eid) VALUES (?, ?, ?, ?)`, evid, n, a, eid); err != nil {
				return err
			}
		}
	}
	return nil
}
