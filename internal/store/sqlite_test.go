package store_test

import (
	"bytes"
	"compress/flate"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/store/storetest"
)

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	for i := range 2 { // the second open finds the schema current
		st, err := store.Open(ctx, "sqlite:"+path)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		s, err := st.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		ms, _ := store.Migrations("migrations")
		if s.Schema != len(ms) || s.Articles != 0 {
			t.Errorf("open %d: schema %d articles %d, want %d and 0", i, s.Schema, s.Articles, len(ms))
		}
		st.Close()
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	var rows int
	ms, _ := store.Migrations("migrations")
	if err := db.QueryRow(`SELECT count(*) FROM schema_version`).Scan(&rows); err != nil || rows != len(ms) {
		t.Errorf("schema_version rows = %d (%v), want %d", rows, err, len(ms))
	}
	var mode string
	if err := db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q (%v), want wal", mode, err)
	}
	// A database from a newer sosik is refused, not damaged.
	if _, err := db.Exec(`INSERT INTO schema_version(version, name, applied_at) VALUES (99, 'future', 'x')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := store.Open(ctx, path); !errors.Is(err, store.ErrSchema) {
		t.Errorf("newer schema: err = %v, want ErrSchema", err)
	}
}

// A version-1 database with articles is migrated, its articles re-indexed.
func TestMigrateReindexes(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := store.Migrations("migrations")
	d := storetest.Corpus()[0]
	blob, err := store.EncodeDoc(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		ms[0],
		`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
		`INSERT INTO schema_version VALUES (1, '0001_init.sql', 'then')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(`INSERT INTO articles(id, headline, published, text, doc, story_id, ingested_at) VALUES (?, ?, ?, ?, ?, ?, 'then')`,
		d.ID, d.Headline, d.Published, d.Text, blob, d.ID); err != nil {
		t.Fatal(err)
	}
	db.Close()
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r, err := st.Search(ctx, store.SearchQuery{Text: "반도체"})
	if err != nil || r.Total != 1 || r.Hits[0].ID != d.ID {
		t.Fatalf("search after migration: %v %+v", err, r)
	}
	got, err := st.Article(ctx, d.ID)
	if err != nil || got.Text != d.Text || len(got.Entities) != len(d.Entities) {
		t.Errorf("article after migration: %v", err)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.db")
	os.WriteFile(garbage, []byte(strings.Repeat("not a database ", 100)), 0o644)
	other := filepath.Join(dir, "other.db")
	db, _ := sql.Open("sqlite", other)
	db.Exec(`CREATE TABLE t(x)`)
	db.Close()
	tests := []struct {
		name string
		dsn  string
		opts []store.Option
		want error
	}{
		{"garbage file", garbage, nil, store.ErrSchema},
		{"other sqlite db", other, nil, store.ErrSchema},
		{"missing, read-only", filepath.Join(dir, "none.db"), []store.Option{store.ReadOnly()}, store.ErrNotFound},
		{"directory", dir, nil, nil},
		{"unsupported scheme", "mysql://localhost/x", nil, nil},
		{"postgres unreachable", "postgres://127.0.0.1:1/x?connect_timeout=2", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := store.Open(ctx, tt.dsn, tt.opts...)
			if err == nil {
				st.Close()
				t.Fatal("Open succeeded, want an error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "store: ") {
				t.Errorf("error %q does not say where it comes from", err)
			}
		})
	}
}

func TestLocked(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "l.db")
	st, err := store.Open(ctx, path, store.BusyTimeout(50))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// Another process holds the write lock.
	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	_, err = st.Put(ctx, storetest.Corpus()[:1])
	if !errors.Is(err, store.ErrLocked) {
		t.Fatalf("Put while locked: err = %v, want ErrLocked", err)
	}
	conn.ExecContext(ctx, `ROLLBACK`)
	if res, err := st.Put(ctx, storetest.Corpus()[:1]); err != nil || res[0].Status != store.Inserted {
		t.Errorf("Put after the lock is gone: %v %+v", err, res)
	}
}

func TestStoredDocRoundTrip(t *testing.T) {
	head, p1, p2 := "제목 한 줄", "첫 문단이다.", "둘째 문단에 삼성전자가 나온다."
	text := head + "\n" + p1 + "\n" + p2
	base := func() *extract.Document {
		d := storetest.Doc(head, p1+"\n"+p2, "2025-01-01", "뉴시스", []storetest.Ent{{ID: "e1", Type: extract.Org, Name: "삼성전자"}})
		d.Sections = []article.Section{
			{Kind: article.KindHeadline, Start: 0, End: len(head), Photo: -1},
			{Kind: article.KindBody, Start: len(head) + 1, End: len(head) + 1 + len(p1), Photo: -1},
			{Kind: article.KindBody, Start: len(text) - len(p2), End: len(text), Photo: -1},
		}
		k := strings.Index(text, "첫 문단")
		d.Amounts = []korean.Amount{{Text: "첫", Value: 1, Unit: "번째", Start: k, End: k + len("첫")}}
		d.Dates = []korean.Date{{Text: "첫 문단", Value: "2025-01-01", Start: k, End: k + len("첫 문단")}}
		d.Quotes = []extract.Quote{{Speaker: "삼성전자", Text: "삼성전자가", Start: strings.Index(text, "삼성전자가"), End: strings.Index(text, "삼성전자가") + len("삼성전자가")}}
		s := strings.Index(text, p2)
		d.Events = []extract.Event{
			{Type: extract.Announce, Actors: []string{"삼성전자"}, Certainty: extract.Asserted, Evidence: p2, Start: s, End: s + len(p2),
				Mentions: []extract.Span{{Start: s, End: s + len(p2), Text: p2}}},
			{Type: extract.Meet, Actors: []string{"삼성전자"}, Certainty: extract.Denied, Evidence: p1, Start: k, End: k + len(p1),
				Marker: &extract.Span{Start: k, End: k + len("첫"), Text: "첫"}},
		}
		return d
	}
	badQuote := base()
	badQuote.Quotes[0].Text = "고쳐 쓴 인용"
	if blob, _ := store.EncodeDoc(base()); !strings.Contains(string(mustInflate(t, blob, base().Text)), `"spans_from_text":true`) {
		t.Errorf("spans in the text are stored: %s", mustInflate(t, blob, base().Text))
	}
	if blob, _ := store.EncodeDoc(base()); strings.Contains(string(mustInflate(t, blob, base().Text)), "첫 문단") || blob[0] != 0x0e {
		t.Errorf("event texts in the text are stored, or no version byte: %x %s", blob[:1], mustInflate(t, blob, base().Text))
	}
	// The text is part of the dictionary: the names it holds are not
	// stored again, so read with another text they do not come back.
	if js, err := store.Inflate(mustEncode(t, base()), strings.Repeat("가", len(base().Text)/3)); err == nil && bytes.Contains(js, []byte("삼성전자")) {
		t.Errorf("a document read with another text gives back the names of its own: %s", js)
	}
	odd := base()
	odd.Body = []string{"다른 본문"} // not what the sections say: kept as is
	badMention := base()
	badMention.Entities[0].Mentions[0].Text = "엉뚱"
	badEvidence, badMarker, badEventMention := base(), base(), base()
	badEvidence.Events[0].Evidence = "고쳐 쓴 근거"
	badMarker.Events[1].Marker.Text = "않"
	badEventMention.Events[0].Mentions[0].Text = "엉뚱"
	for _, d := range []*extract.Document{base(), odd, badMention, badQuote, badEvidence, badMarker, badEventMention} {
		blob, err := store.EncodeDoc(d)
		if err != nil {
			t.Fatal(err)
		}
		// Rows stored before docV2: the same JSON deflated with the
		// docV1 dictionary only, or before the version byte without one.
		js := mustInflate(t, blob, d.Text)
		for _, b := range [][]byte{blob, oldDoc(js, true), oldDoc(js, false)} {
			got, err := store.DecodeDoc(d, b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, d) {
				t.Errorf("round trip of %q:\n got %+v\nwant %+v", d.Body, got, d)
			}
		}
	}
}

func mustInflate(t *testing.T, z []byte, text string) []byte {
	t.Helper()
	b, err := store.Inflate(z, text)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustEncode(t *testing.T, d *extract.Document) []byte {
	t.Helper()
	b, err := store.EncodeDoc(d)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// oldDoc is a document's JSON stored as before docV2: version byte 0x06
// and deflated with the docV1 dictionary (v1), or deflated without one.
func oldDoc(js []byte, v1 bool) []byte {
	var old bytes.Buffer
	w, _ := flate.NewWriter(&old, flate.DefaultCompression)
	if v1 {
		old.WriteByte(0x06)
		w, _ = flate.NewWriterDict(&old, flate.DefaultCompression, []byte(store.DocDictV1))
	}
	w.Write(js)
	w.Close()
	return old.Bytes()
}

// A database file without write permission opens only read-only (the
// read-only behaviour itself is in the contract suite).
func TestReadOnlyFile(t *testing.T) {
	ctx := context.Background()
	st, path := openSQLite(t)
	storetest.MustPut(t, st, storetest.Corpus()[0])
	st.Close()
	if os.Geteuid() == 0 {
		t.Skip("running as root: file permissions do not apply")
	}
	os.Chmod(path, 0o444)
	if _, err := store.Open(ctx, path); !errors.Is(err, store.ErrReadOnly) {
		t.Errorf("Open of a 0444 file: err = %v, want ErrReadOnly", err)
	}
}

// A version-3 database's events get the certainty marker and mentions
// their stored documents kept, so the event list shows them at once.
func TestMigrateBackfillsEventMarks(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v3.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := store.Migrations("migrations")
	d := storetest.Corpus()[0]
	d.Events[0].Certainty = extract.Denied
	d.Events[0].Marker = &extract.Span{Start: 10, End: 13, Text: "않"}
	d.Events[0].Mentions = []extract.Span{{Start: 0, End: 6, Text: "삼성전자"}}
	blob, err := store.EncodeDoc(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		ms[0], ms[1], ms[2],
		`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
		`INSERT INTO schema_version VALUES (1, '0001_init.sql', 'then'), (2, '0002_split_grams.sql', 'then'), (3, '0003_compress_text.sql', 'then')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(`INSERT INTO articles(rid, id, headline, published, text, doc, story_id, ingested_at) VALUES (1, ?, ?, ?, ?, ?, ?, 'then')`,
		d.ID, d.Headline, d.Published, d.Text, blob, d.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO events(rid, type, certainty, evidence, start, "end") VALUES (1, 'MEET', 'denied', '만났다', 0, 0)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	res, err := st.Events(ctx, store.EventQuery{Certainty: []string{"denied"}})
	if err != nil || len(res.Events) != 1 {
		t.Fatalf("events after migration: %v %+v", err, res)
	}
	ev := res.Events[0]
	if ev.Marker == nil || *ev.Marker != (extract.Span{Start: 10, End: 13, Text: "않"}) || len(ev.Mentions) != 1 || ev.Mentions[0].Text != "삼성전자" {
		t.Errorf("event after migration: marker %+v, mentions %+v", ev.Marker, ev.Mentions)
	}
}

// dropGraphCounts undoes the graph-count migration's tables.
const dropGraphCounts = `DROP TABLE entity_months; DROP TABLE pair_months; DROP TABLE pair_totals; DROP TABLE event_pairs;`

// dropCollectWatch undoes the migration after the graph counts (collector
// and watch state), so a test can take a database back to before them.
const dropCollectWatch = `DROP TABLE watch_delivery_log; DROP TABLE watch_deliveries; DROP TABLE watch_hits; DROP TABLE watches;
DROP TABLE collect_sources; DROP TABLE collect_validators; DROP TABLE collect_urls;`

// dropTermCounts undoes the term-count migration (SQLite 8).
const dropTermCounts = `DROP TABLE articles_vocab; DROP TABLE grams_vocab;`

// dropRowCuts undoes the cut columns of events and quotes (SQLite 11,
// PostgreSQL 8) and gives back mentions' offsets, topics, photos and
// entity_months by text month, empty, and ingested_at as text (SQLite 12,
// PostgreSQL 9); events whose mentions were stored as offsets keep none
// (the tests that use it do not read them; uncutRows stores them whole).
const dropRowCuts = dropStoryRid + `
ALTER TABLE mentions ADD COLUMN offsets TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN ingested_at TEXT NOT NULL DEFAULT '2026-01-02T03:04:05Z'; ALTER TABLE articles DROP COLUMN ingested;
CREATE TABLE topics (rid INTEGER NOT NULL, topic TEXT NOT NULL, PRIMARY KEY (rid, topic));
CREATE TABLE photos (rid INTEGER NOT NULL, n INTEGER NOT NULL, url TEXT NOT NULL DEFAULT '', PRIMARY KEY (rid, n));
DROP TABLE entity_months; CREATE TABLE entity_months (eid BIGINT NOT NULL, month TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (eid, month));
UPDATE events SET mentions = '[]' WHERE cut & 4 <> 0;
ALTER TABLE events DROP COLUMN cut; ALTER TABLE quotes DROP COLUMN cut;`

// dropPairBlobs undoes migration 15 (PostgreSQL 12): pair_totals and
// pair_months as they were, empty (the tests that use it do not read the
// pair counts, or rebuild them from migration 5 on).
const dropPairBlobs = `DROP TABLE pairs;
CREATE TABLE pair_totals (a BIGINT NOT NULL, b BIGINT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (a, b));
CREATE TABLE pair_months (a BIGINT NOT NULL, b BIGINT NOT NULL, month INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (a, b, month));
`

// dropStoryRid undoes migrations 15 and 14 (PostgreSQL 12 and 11): the
// story as the id of its original, an article's own when it is its own
// story.
const dropStoryRid = dropPairBlobs + `ALTER TABLE articles ADD COLUMN story_id TEXT NOT NULL DEFAULT '';
UPDATE articles SET story_id = coalesce((SELECT o.id FROM articles o WHERE o.rid = articles.story), id);
DROP INDEX articles_story; ALTER TABLE articles DROP COLUMN story; CREATE INDEX articles_story ON articles(story_id);`

// Migration 14 keeps an article's story as its original's rid, NULL when
// the article is its own story; the answers that name stories stay.
func TestMigrateStoryRids(t *testing.T) {
	ctx := context.Background()
	st, path := openSQLite(t)
	docs := storetest.Corpus()[:4]
	storetest.MustPut(t, st, docs...)
	st.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// At schema 13, the second and third articles in the story of the first.
	if _, err := db.Exec(dropStoryRid+`
		UPDATE articles SET story_id = ? WHERE id IN (?, ?);
		DELETE FROM schema_version WHERE version >= 14`, docs[0].ID, docs[1].ID, docs[2].ID); err != nil {
		t.Fatal(err)
	}
	again, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("migrating: %v", err)
	}
	defer again.Close()
	checkStoryRids(t, again, docs)
	var stories string
	if err := db.QueryRow(`SELECT group_concat(coalesce(o.id, '-'), ' ') FROM (SELECT * FROM articles ORDER BY rid) a
		LEFT JOIN articles o ON o.rid = a.story`).Scan(&stories); err != nil {
		t.Fatal(err)
	}
	if want := "- " + docs[0].ID + " " + docs[0].ID + " -"; stories != want {
		t.Errorf("stories after migration %q, want %q", stories, want)
	}
}

// checkStoryRids checks a store migrated with the second and third of
// docs in the story of the first: their stories, as a Put of them again
// and the statistics give them.
func checkStoryRids(t *testing.T, st store.Store, docs []*extract.Document) {
	t.Helper()
	wantStory := []string{docs[0].ID, docs[0].ID, docs[0].ID, docs[3].ID}
	for i, r := range storetest.MustPut(t, st, docs...) {
		if r.Status != store.Duplicate || r.StoryID != wantStory[i] {
			t.Errorf("put %d again after migration = %s story %s, want duplicate story %s", i, r.Status, r.StoryID, wantStory[i])
		}
	}
	if s, err := st.Stats(context.Background()); err != nil || s.Stories != 2 || s.Articles != 4 {
		t.Errorf("stats after migration: %+v %v, want 2 stories of 4 articles", s, err)
	}
}

// dropLinkEvidence undoes the link-evidence migrations (SQLite 7 and 9,
// PostgreSQL 5 and 6).
const dropLinkEvidence = `DROP TABLE entity_links; ALTER TABLE entities DROP COLUMN started_rid; ALTER TABLE entities DROP COLUMN started_n; ALTER TABLE entities DROP COLUMN country;`

// A database stored before the graph counts gets them from what it holds,
// the same as counting article by article.
func TestMigrateBackfillsGraphCounts(t *testing.T) {
	testGraphBackfill(t, openSQLite, func(path string) {
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec(dropRowCuts + `
` + dropTermCounts + dropLinkEvidence + dropCollectWatch + dropGraphCounts + ` DELETE FROM schema_version WHERE version >= 5`); err != nil {
			t.Fatal(err)
		}
	})
}

// testGraphBackfill stores the graph corpus, rolls the graph-count
// migration back with undo, reopens (migrating again) and checks that every
// graph query answers as before.
func testGraphBackfill(t *testing.T, open storetest.Opener, undo func(where string)) {
	ctx := context.Background()
	queries := []store.GraphQuery{{}, {Entity: "가온누리"}, {Since: "2025-02"}, {Until: "2025-01", Certainty: []string{"asserted"}}}
	st, where := open(t)
	storetest.MustPut(t, st, storetest.GraphCorpus()...)
	var before []*store.Graph
	for _, q := range queries {
		g, err := st.Graph(ctx, q)
		if err != nil || len(g.Edges) == 0 {
			t.Fatalf("graph %+v before: %v %+v", q, err, g)
		}
		before = append(before, g)
	}
	st.Close()
	undo(where)
	again, err := store.Open(ctx, where)
	if err != nil {
		t.Fatalf("migrating: %v", err)
	}
	defer again.Close()
	for i, q := range queries {
		g, err := again.Graph(ctx, q)
		if err != nil || !reflect.DeepEqual(g, before[i]) {
			t.Errorf("graph %+v after migration: %v\n%+v\nwant %+v", q, err, g, before[i])
		}
	}
}

// Documents stored before the dictionary (deflated without it, event texts
// kept) are stored again by migration 10 and read back the same.
func TestMigrateRepacksDocs(t *testing.T) {
	ctx := context.Background()
	st, path := openSQLite(t)
	rowText, _, _ := storetest.RowTextDoc()
	docs := append(storetest.Corpus(), append(storetest.GraphCorpus(), rowText)...)
	storetest.MustPut(t, st, docs...)
	var before []*extract.Document
	for _, d := range docs {
		got, err := st.Article(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		before = append(before, got)
	}
	answersBefore := rowAnswers(t, st)
	st.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	uncutRows(t, db, docs)
	var rids []int64
	var blobs [][]byte
	texts := map[string]string{}
	for _, d := range before {
		texts[d.ID] = d.Text
	}
	rows, err := db.Query(`SELECT rid, id, doc FROM articles`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var rid int64
		var id string
		var blob []byte
		rows.Scan(&rid, &id, &blob)
		// Half of them as docV1 stored them, half as before it.
		rids, blobs = append(rids, rid), append(blobs, oldDoc(mustInflate(t, blob, texts[id]), rid%2 == 0))
	}
	rows.Close()
	for i, rid := range rids {
		if _, err := db.Exec(`UPDATE articles SET doc = ? WHERE rid = ?`, blobs[i], rid); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(dropRowCuts + `
` + dropTermCounts + dropLinkEvidence + dropCollectWatch + dropGraphCounts + ` DELETE FROM schema_version WHERE version >= 5`); err != nil {
		t.Fatal(err)
	}
	again, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	for i, d := range docs {
		got, err := again.Article(ctx, d.ID)
		if err != nil || !reflect.DeepEqual(got, before[i]) {
			t.Errorf("article %s after migration: %v\n got %+v\nwant %+v", d.ID, err, got, before[i])
		}
	}
	var old int
	if err := db.QueryRow(`SELECT count(*) FROM articles WHERE substr(doc, 1, 1) <> x'0E'`).Scan(&old); err != nil || old != 0 {
		t.Errorf("%d documents not stored again (%v)", old, err)
	}
	if got := rowAnswers(t, again); !reflect.DeepEqual(got, answersBefore) {
		t.Errorf("events and quotes after migration:\n got %+v\nwant %+v", got, answersBefore)
	}
	var uncut, cutQuotes int
	if err := db.QueryRow(`SELECT (SELECT count(*) FROM events WHERE cut = 0), (SELECT count(*) FROM quotes WHERE cut = 1 AND text = '')`).Scan(&uncut, &cutQuotes); err != nil || uncut != 1 || cutQuotes != 1 {
		t.Errorf("after migration: %d events not cut (want 1, RowTextDoc's rewritten one), %d quotes cut (want 1), %v", uncut, cutQuotes, err)
	}
}

// rowAnswers is every event of the corpus and the profile of RowTextDoc's
// speaker: the answers that read event and quote texts.
func rowAnswers(t *testing.T, st store.Store) []any {
	t.Helper()
	ctx := context.Background()
	evs, err := st.Events(ctx, store.EventQuery{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	p, err := st.Entity(ctx, "강하늘", store.ProfileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return []any{evs, p.Events, p.Quotes}
}

// uncutRows stores the events' and quotes' texts of docs in full, as
// before migration 11 (events in order of their evid, quotes of their qid).
func uncutRows(t *testing.T, db *sql.DB, docs []*extract.Document) {
	t.Helper()
	for _, d := range docs {
		var rid int64
		if err := db.QueryRow(`SELECT rid FROM articles WHERE id = ?`, d.ID).Scan(&rid); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, ev := range d.Events {
			marker, mentions := "", "[]"
			if ev.Marker != nil {
				marker = ev.Marker.Text
			}
			if len(ev.Mentions) > 0 {
				js, _ := json.Marshal(ev.Mentions)
				mentions = string(js)
			}
			if _, err := db.Exec(`UPDATE events SET evidence = ?, marker = ?, mentions = ?, cut = 0
				WHERE evid = (SELECT evid FROM events WHERE rid = ? ORDER BY evid LIMIT 1 OFFSET ?)`, ev.Evidence, marker, mentions, rid, n); err != nil {
				t.Fatal(err)
			}
			n++
		}
		for i, q := range d.Quotes {
			if _, err := db.Exec(`UPDATE quotes SET text = ?, cut = 0
				WHERE qid = (SELECT qid FROM quotes WHERE rid = ? ORDER BY qid LIMIT 1 OFFSET ?)`, q.Text, rid, i); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// Migration 12 drops the rows nothing read and keeps the rest: the time an
// article was stored becomes Unix seconds (0 when it was not a time), and
// the graph's entity counts are kept by month number.
func TestMigrateDropsUnreadRows(t *testing.T) {
	st, path := openSQLite(t)
	for i := range 3 {
		storetest.MustPut(t, st, storetest.SyntheticDoc(i))
	}
	st.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(dropRowCuts + `
		UPDATE articles SET ingested_at = 'then' WHERE rid = 1;
		INSERT INTO entity_months(eid, month, n) VALUES (1, '2025-03', 2), (1, '', 1), (2, '1999-12', 4);
		DELETE FROM schema_version WHERE version >= 11`); err != nil {
		t.Fatal(err)
	}
	again, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("migrating: %v", err)
	}
	again.Close()
	var got []string
	for _, q := range []string{
		`SELECT rid || ' ' || ingested FROM articles ORDER BY rid`,
		`SELECT eid || ' ' || month || ' ' || n FROM entity_months ORDER BY eid, month`,
		`SELECT name FROM sqlite_master WHERE name IN ('topics', 'photos')`,
	} {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			got = append(got, s)
		}
		rows.Close()
	}
	want := []string{"1 0", "2 1767323045", "3 1767323045", "1 0 1", "1 24302 2", "2 23999 4"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after migration 12:\n got %q\nwant %q", got, want)
	}
}

// TestCompact compacts a database created in 8 KB pages, as databases were
// before 16 KB became the default: it ends in 16 KB pages and WAL mode,
// passes an integrity check, answers searches as before, and a read-only
// store refuses to compact.
func TestCompact(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "c.db")
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	storetest.MustPut(t, st, storetest.Corpus()...)
	st.Close()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	raw.SetMaxOpenConns(1)
	// Back to 8 KB pages, the size of a database created before 16 KB.
	if _, err := raw.Exec(`PRAGMA journal_mode = DELETE; PRAGMA page_size = 8192; VACUUM; PRAGMA journal_mode = WAL`); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	if st, err = store.Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	queries := []store.SearchQuery{{Text: "삼성전자"}, {Text: "김민수 상무"}, {Text: "국회 -인공지능"}}
	before := searchAll(t, st, queries)
	stats, err := st.(interface {
		Compact(context.Context) (store.CompactStats, error)
	}).Compact(ctx)
	if err != nil {
		t.Fatalf("compact: %v", err)
	}
	if stats.PageBefore != 8192 || stats.Page != 16384 || stats.Journal != "wal" || !stats.IndexesOptimized || stats.After <= 0 {
		t.Errorf("compact: %+v, want 8192 → 16384 pages in WAL mode with the indexes optimised", stats)
	}
	if after := searchAll(t, st, queries); !reflect.DeepEqual(after, before) {
		t.Errorf("searches after compacting:\n%v\nwant\n%v", after, before)
	}
	var check string
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check %q (%v), want ok", check, err)
	}
	ro, err := store.Open(ctx, path, store.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.(interface {
		Compact(context.Context) (store.CompactStats, error)
	}).Compact(ctx); !errors.Is(err, store.ErrReadOnly) {
		t.Errorf("compacting a read-only store: %v, want ErrReadOnly", err)
	}
}

// searchAll runs queries and keeps each answer's total and hit ids.
func searchAll(t *testing.T, st store.Store, qs []store.SearchQuery) []string {
	t.Helper()
	var out []string
	for _, q := range qs {
		res, err := st.Search(context.Background(), q)
		if err != nil {
			t.Fatalf("search %q: %v", q.Text, err)
		}
		ids := []string{q.Text, strconv.Itoa(res.Total)}
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		out = append(out, strings.Join(ids, " "))
	}
	return out
}
