package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// MaxTextBytes bounds one article's text; anything longer is not an article.
const MaxTextBytes = 8 << 20

var isoDay = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`) })

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

func (s *core) Has(ctx context.Context, ids []string) (map[string]bool, error) {
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
func (s *core) storiesOf(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	const chunk = 500
	for i := 0; i < len(ids); i += chunk {
		part := ids[i:min(i+chunk, len(ids))]
		rows, err := s.db.query(ctx, `SELECT a.id, `+storyIDOf+` FROM articles a WHERE `+s.inList("a.id", 1), s.list(part))
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

func (s *core) Put(ctx context.Context, docs []*extract.Document) ([]PutResult, error) {
	if s.readOnly {
		return nil, fmt.Errorf("store: put into %s: %w (opened read-only)", s.name, ErrReadOnly)
	}
	ids := make([]string, 0, len(docs))
	for _, d := range docs {
		if d != nil {
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
	preps := s.prepareAll(docs, have, ana)
	var res []PutResult
	err = s.be.write(ctx, lockKeys(ana, preps), func(tx dbtx) error {
		w := &writer{ana: ana, tx: tx, ctx: ctx, be: s.be, now: time.Now().Unix()}
		res, err = w.putBatch(docs, preps, have)
		return err
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("store: put: %w", ctx.Err())
		}
		return nil, fmt.Errorf("store: put into %s: %w", s.name, classify(err))
	}
	s.be.afterPut(ctx)
	s.notifyStored(ctx, docs, res)
	return res, nil
}

// prepareAll prepares, in parallel, the documents not stored yet.
func (s *core) prepareAll(docs []*extract.Document, have map[string]string, ana *korean.Analyzer) []*prepared {
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
	return preps
}

// lockKeys are the keys a batch links by: every type and folded name its
// entities may be found by, and its near-duplicate bands, sorted (writers
// that take them in one order cannot deadlock).
func lockKeys(ana *korean.Analyzer, preps []*prepared) []int64 {
	set := map[int64]bool{}
	for _, p := range preps {
		if p == nil || p.err != nil {
			continue
		}
		for i := range p.doc.Entities {
			e := &p.doc.Entities[i]
			if strings.TrimSpace(e.Name) == "" || e.Type == "" {
				continue
			}
			for _, k := range linkKeys(ana, e) {
				set[lockKey(e.Type, k)] = true
			}
			if e.Type == extract.Org { // linked under the name its text writes (surfaceName)
				for _, a := range e.Aliases {
					set[lockKey(e.Type, textsearch.Norm(a))] = true
				}
			}
		}
		if p.hashed {
			for _, b := range textsearch.Bands(p.simhash) {
				set[lockKey("simhash", strconv.FormatInt(b, 10))] = true
			}
		}
	}
	keys := make([]int64, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// putBatch stores the documents in the write transaction.
func (w *writer) putBatch(docs []*extract.Document, preps []*prepared, have map[string]string) ([]PutResult, error) {
	res := make([]PutResult, len(docs))
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
			return nil, fmt.Errorf("%s: %w", d.ID, err)
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
	// The full-text rows go in last, in rid order as stored: FTS5 writes
	// its pending terms to a new segment at every statement savepoint, so
	// indexing each article amid the other statements left one tiny
	// segment per article to merge (10% of Put's CPU at 30,000 articles).
	for _, a := range w.toIndex {
		if err := w.be.indexArticle(w.ctx, w.tx, a.rid, a.p); err != nil {
			return nil, fmt.Errorf("%s: %w", a.p.doc.ID, err)
		}
	}
	return res, nil
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
	if err := checkStrings(d); err != nil {
		p.err = fmt.Errorf("store: document %s: %w", d.ID, err)
		return p
	}
	if isoDay().MatchString(d.Published) {
		p.published = sql.NullString{String: d.Published, Valid: true}
	}
	if d.Tokens.Len() > 0 {
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

// checkStrings rejects a document with a stored string that is not valid
// UTF-8 or holds a NUL byte, naming the field.
func checkStrings(d *extract.Document) error {
	type field struct{ name, v string }
	fields := []field{{"id", d.ID}, {"source", d.Source}, {"url", d.URL}, {"headline", d.Headline}, {"agency", d.Agency}, {"text", d.Text}, {"topics", strings.Join(d.Topics, "")}}
	for i, e := range d.Entities {
		fields = append(fields, field{fmt.Sprintf("entity %d", i), e.Name + e.Title + e.Affiliation + e.Role + strings.Join(e.Aliases, "")})
	}
	for i, q := range d.Quotes {
		fields = append(fields, field{fmt.Sprintf("quote %d", i), q.Speaker + q.Text})
	}
	for i, ev := range d.Events {
		fields = append(fields, field{fmt.Sprintf("event %d", i), string(ev.Type) + ev.Object + ev.Place + ev.Date + ev.Evidence + strings.Join(ev.Actors, "")})
	}
	for i, ph := range d.Photos {
		fields = append(fields, field{fmt.Sprintf("photo %d", i), ph.URL + ph.Caption + ph.Photographer + ph.Source + ph.Date + strings.Join(ph.Restrictions, "")})
	}
	for _, f := range fields {
		switch {
		case !utf8.ValidString(f.v):
			return fmt.Errorf("%s is not valid UTF-8", f.name)
		case strings.IndexByte(f.v, 0) >= 0:
			return fmt.Errorf("%s holds a NUL byte", f.name)
		}
	}
	return nil
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
func indexTokens(morph func(string) []string, headline, text string, toks *korean.Tokens) (head, body, gram string) {
	hs := strings.Index(text, headline)
	if headline == "" || hs < 0 {
		return indexTerms(morph, headline, text)
	}
	he := hs + len(headline)
	// The headline is a line of the text, so its tokens are one run.
	n := toks.Len()
	first, last := n, n
	for i := range n {
		if first == n && toks.Start(i) >= hs {
			first = i
		}
		if toks.Start(i) >= he {
			last = i
			break
		}
	}
	inHead := toks.AppendRange(nil, first, max(first, last))
	return strings.Join(textsearch.MorphemesOf(inHead), " "),
		strings.Join(textsearch.MorphemesOfTokens(toks), " "),
		strings.Join(textsearch.Grams(text), " ")
}

// writer inserts documents inside one write transaction, in the SQL both
// backends understand.
type writer struct {
	ana *korean.Analyzer
	tx  dbtx
	ctx context.Context
	be  backend
	now int64
	// lastOldStory is the story id replaced by the last put, when the new
	// article became the original of an existing story.
	lastOldStory string
	// toIndex are the articles stored whose full-text rows putBatch adds
	// at its end.
	toIndex []ridPrep
	// mentions are the mention rows of the article being linked, by
	// entity (mentionAt: an entity's place), inserted after linking.
	mentions  []mentionRow
	mentionAt map[int64]int
}

// ridPrep is a stored article's rid with its prepared form.
type ridPrep struct {
	rid int64
	p   *prepared
}

func (w *writer) exec(q string, args ...any) error { return w.tx.exec(w.ctx, q, args...) }

func (w *writer) query(q string, args ...any) (rows, error) { return w.tx.query(w.ctx, q, args...) }

func (w *writer) queryRow(q string, args ...any) scanner { return w.tx.queryRow(w.ctx, q, args...) }

// put stores one prepared document.
func (w *writer) put(p *prepared) (PutResult, error) {
	d := p.doc
	w.lastOldStory = ""
	var story string
	err := w.queryRow(`SELECT `+storyIDOf+` FROM articles a WHERE a.id = ?`, d.ID).Scan(&story)
	if err == nil {
		return PutResult{ID: d.ID, Status: Duplicate, StoryID: story}, nil
	}
	if !isNoRows(err) {
		return PutResult{}, err
	}
	st, err := w.story(p)
	if err != nil {
		return PutResult{}, err
	}
	var sh sql.NullInt64
	if p.hashed {
		sh = sql.NullInt64{Int64: int64(p.simhash), Valid: true}
	}
	var rid int64
	err = w.queryRow(`INSERT INTO articles(id, source, url, headline, agency, published, text, text_z, text_bytes, doc, story, simhash, ingested)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING rid`,
		d.ID, d.Source, d.URL, d.Headline, d.Agency, p.published, p.text, p.textZ, len(d.Text), p.blob, st.rid, sh, w.now).Scan(&rid)
	if isNoRows(err) { // another writer stored it since
		err = w.queryRow(`SELECT `+storyIDOf+` FROM articles a WHERE a.id = ?`, d.ID).Scan(&story)
		return PutResult{ID: d.ID, Status: Duplicate, StoryID: story}, err
	}
	if err != nil {
		return PutResult{}, err
	}
	if st.replaces != 0 {
		// The new article predates its story's original: the story's
		// articles and the old original now point to it.
		if err := w.exec(`UPDATE articles SET story = ? WHERE story = ?`, rid, st.replaces); err != nil {
			return PutResult{}, err
		}
		if err := w.exec(`UPDATE articles SET story = ? WHERE rid = ?`, rid, st.replaces); err != nil {
			return PutResult{}, err
		}
	}
	w.toIndex = append(w.toIndex, ridPrep{rid, p})
	if err := w.putParts(rid, p); err != nil {
		return PutResult{}, err
	}
	return PutResult{ID: d.ID, Status: st.status, StoryID: st.id}, nil
}

// storyOf is where a new article goes: its status, its story's id, the
// rid its row stores (NULL: its own story) and the story original it
// replaces (0: none).
type storyOf struct {
	status   PutStatus
	id       string
	rid      sql.NullInt64
	replaces int64
}

// story decides whether a new article is a near-duplicate, and of which
// story; when it predates the story's original it becomes the original.
func (w *writer) story(p *prepared) (storyOf, error) {
	d := p.doc
	own := storyOf{status: Inserted, id: d.ID}
	if !p.hashed {
		return own, nil
	}
	orig, err := w.nearest(p.simhash)
	if err != nil || orig.id == "" {
		return own, err
	}
	if p.published.Valid && (!orig.published.Valid || p.published.String < orig.published.String) {
		w.lastOldStory = orig.story
		return storyOf{status: NearDuplicate, id: d.ID, replaces: orig.storyRid}, nil
	}
	return storyOf{status: NearDuplicate, id: orig.story, rid: sql.NullInt64{Int64: orig.storyRid, Valid: true}}, nil
}

// putParts stores what hangs off a new article: bands, entities,
// quotes and events.
func (w *writer) putParts(rid int64, p *prepared) error {
	d := p.doc
	if p.hashed {
		for _, k := range textsearch.Bands(p.simhash) {
			if err := w.exec(`INSERT INTO simhash_bands(key, rid) VALUES (?, ?) ON CONFLICT DO NOTHING`, k, rid); err != nil {
				return err
			}
		}
	}
	local, err := w.linkEntities(rid, d, p.published)
	if err != nil {
		return err
	}
	if err := w.flushMentions(rid); err != nil {
		return err
	}
	if err := w.putQuotes(rid, d, local); err != nil {
		return err
	}
	if err := w.putEvents(rid, d, local); err != nil {
		return err
	}
	return w.countGraph(rid, p.published)
}

// storyRef is a stored article and its story: the original's id, rid
// and publication date.
type storyRef struct {
	id, story string
	storyRid  int64
	published sql.NullString
}

// nearest finds the stored article closest to h within Hamming distance 3,
// preferring the smallest distance, and returns it with its story.
func (w *writer) nearest(h uint64) (storyRef, error) {
	bands := textsearch.Bands(h)
	rows, err := w.query(`SELECT a.id, coalesce(a.story, a.rid), a.simhash FROM simhash_bands b JOIN articles a ON a.rid = b.rid
		WHERE b.key IN (?, ?, ?, ?) ORDER BY a.rid`, bands[0], bands[1], bands[2], bands[3])
	if err != nil {
		return storyRef{}, err
	}
	defer rows.Close()
	best, bestD := storyRef{}, 4
	for rows.Next() {
		var id string
		var story, sh int64
		if err := rows.Scan(&id, &story, &sh); err != nil {
			return storyRef{}, err
		}
		if dd := textsearch.Distance(uint64(sh), h); dd < bestD {
			best, bestD = storyRef{id: id, storyRid: story}, dd
		}
	}
	if err := rows.Err(); err != nil {
		return storyRef{}, err
	}
	rows.Close()
	if best.id == "" {
		return best, nil
	}
	err = w.queryRow(`SELECT id, published FROM articles WHERE rid = ?`, best.storyRid).Scan(&best.story, &best.published)
	return best, err
}

// recordEntity updates a linked entity's counters and latest title, and
// records the article's aliases, titles and mentions of it.
func (w *writer) recordEntity(rid, eid int64, e *extract.Entity, aff string, newArticle int, pub sql.NullString) error {
	// Title and affiliation follow the latest article; an undated
	// article only fills what is still empty.
	if err := w.exec(`UPDATE entities SET
			articles = articles + ?1, mentions = mentions + ?2,
			title = CASE WHEN ?3 <> '' AND (CAST(?5 AS TEXT) IS NOT NULL AND (last_seen IS NULL OR ?5 >= last_seen) OR title = '') THEN ?3 ELSE title END,
			affiliation = CASE WHEN ?4 <> '' AND (CAST(?5 AS TEXT) IS NOT NULL AND (last_seen IS NULL OR ?5 >= last_seen) OR affiliation = '') THEN ?4 ELSE affiliation END,
			first_seen = CASE WHEN CAST(?5 AS TEXT) IS NOT NULL AND (first_seen IS NULL OR ?5 < first_seen) THEN ?5 ELSE first_seen END,
			last_seen = CASE WHEN CAST(?5 AS TEXT) IS NOT NULL AND (last_seen IS NULL OR ?5 > last_seen) THEN ?5 ELSE last_seen END
		WHERE eid = ?6`,
		newArticle, len(e.Mentions), e.Title, e.Affiliation, pub, eid); err != nil {
		return err
	}
	names := append([]string{e.Name}, e.Aliases...)
	for j, a := range names {
		a = strings.TrimSpace(a)
		if a == "" || (j > 0 && isPronoun(a)) {
			continue
		}
		link := 0
		if j == 0 || linkable(w.ana, e.Type, e.Name, a) {
			link = 1
		}
		if err := w.exec(`INSERT INTO entity_aliases(eid, norm, alias, linkable) VALUES (?, ?, ?, ?)
			ON CONFLICT(eid, norm) DO UPDATE SET n = entity_aliases.n + 1,
				linkable = CASE WHEN excluded.linkable > entity_aliases.linkable THEN excluded.linkable ELSE entity_aliases.linkable END`,
			eid, textsearch.Norm(a), a, link); err != nil {
			return err
		}
	}
	if e.Title != "" || e.Affiliation != "" || e.Role != "" {
		if err := w.exec(`INSERT INTO entity_titles(eid, title, affiliation, role, aff_norm, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT(eid, title, affiliation, role) DO UPDATE SET
				articles = entity_titles.articles + 1,
				first_seen = CASE WHEN excluded.first_seen IS NOT NULL AND (entity_titles.first_seen IS NULL OR excluded.first_seen < entity_titles.first_seen) THEN excluded.first_seen ELSE entity_titles.first_seen END,
				last_seen = CASE WHEN excluded.last_seen IS NOT NULL AND (entity_titles.last_seen IS NULL OR excluded.last_seen > entity_titles.last_seen) THEN excluded.last_seen ELSE entity_titles.last_seen END`,
			eid, e.Title, e.Affiliation, e.Role, aff, pub, pub); err != nil {
			return err
		}
	}
	w.addMention(eid, len(e.Mentions))
	return nil
}

// mentionRow is one row of mentions for the article being stored.
type mentionRow struct {
	eid int64
	n   int
}

// addMention adds an entity's mentions to the article's rows, merging the
// counts of entities linked to the same one, as the upsert of one row per
// entity did.
func (w *writer) addMention(eid int64, n int) {
	if i, ok := w.mentionAt[eid]; ok {
		w.mentions[i].n += n
		return
	}
	if w.mentionAt == nil {
		w.mentionAt = map[int64]int{}
	}
	w.mentionAt[eid] = len(w.mentions)
	w.mentions = append(w.mentions, mentionRow{eid, n})
}

// mentionChunk bounds the rows of one insert of mentions (3 parameters
// each, well under either backend's limit).
const mentionChunk = 100

// flushMentions inserts the article's mention rows, many per statement,
// and forgets them. The rows are merged by entity, so none conflicts.
func (w *writer) flushMentions(rid int64) error {
	rows := w.mentions
	w.mentions, w.mentionAt = w.mentions[:0], nil
	for len(rows) > 0 {
		part := rows[:min(mentionChunk, len(rows))]
		rows = rows[len(part):]
		var q strings.Builder
		q.WriteString(`INSERT INTO mentions(rid, eid, n) VALUES `)
		args := make([]any, 0, 3*len(part))
		for i, m := range part {
			if i > 0 {
				q.WriteString(", ")
			}
			q.WriteString("(?, ?, ?)")
			args = append(args, rid, m.eid, m.n)
		}
		if err := w.exec(q.String(), args...); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) putQuotes(rid int64, d *extract.Document, local map[string]int64) error {
	for _, q := range d.Quotes {
		var eid sql.NullInt64
		if id, ok := local[q.SpeakerEntity]; ok {
			eid = sql.NullInt64{Int64: id, Valid: true}
		}
		named := 0
		if q.SpeakerNamed {
			named = 1
		}
		text, cut := storedQuoteText(d.Text, &q)
		if err := w.exec(`INSERT INTO quotes(rid, eid, speaker, named, text, start, "end", cut) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			rid, eid, q.Speaker, named, text, q.Start, q.End, cut); err != nil {
			return err
		}
	}
	return nil
}

// actorIDs maps the folded names and aliases of the article's linked
// entities to their global ids; canonical names win over aliases.
func actorIDs(d *extract.Document, local map[string]int64) map[string]int64 {
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
	for _, e := range d.Entities {
		if eid, ok := local[e.ID]; ok {
			byName[textsearch.Norm(e.Name)] = eid
		}
	}
	return byName
}

// putEvents stores the events; actors are names, linked to the article's
// entity of that name or alias.
func (w *writer) putEvents(rid int64, d *extract.Document, local map[string]int64) error {
	byName := actorIDs(d, local)
	for _, ev := range d.Events {
		if ev.Type == "" {
			continue
		}
		evid, err := w.putEvent(rid, d.Text, &ev)
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
			if err := w.exec(`INSERT INTO event_actors(evid, n, name, eid) VALUES (?, ?, ?, ?)`, evid, n, a, eid); err != nil {
				return err
			}
		}
	}
	return nil
}

// putEvent stores one event's row (without actors) and returns its id;
// texts that are slices of the article text are stored as offsets only.
func (w *writer) putEvent(rid int64, text string, ev *extract.Event) (int64, error) {
	var marker extract.Span
	if ev.Marker != nil {
		marker = *ev.Marker
	}
	t, err := storedEventTexts(text, ev)
	if err != nil {
		return 0, err
	}
	var evid int64
	err = w.queryRow(`INSERT INTO events(rid, type, object, place, date, certainty, evidence, start, "end", marker, marker_start, marker_end, mentions, cut)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING evid`,
		rid, ev.Type, ev.Object, ev.Place, ev.Date, string(ev.Certainty), t.evidence, ev.Start, ev.End,
		t.marker, marker.Start, marker.End, t.mentions, t.cut).Scan(&evid)
	return evid, err
}
