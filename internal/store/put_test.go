package store

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/korean"
)

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	for i := range 2 { // the second open finds the schema current
		st, err := Open(ctx, "sqlite:"+path)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		s, err := st.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		ms, _ := migrations("migrations")
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
	ms, _ := migrations("migrations")
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
	if _, err := Open(ctx, path); !errors.Is(err, ErrSchema) {
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
	ms, _ := migrations("migrations")
	d := corpus()[0]
	blob, err := encodeDoc(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		ms[0].sql,
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
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r, err := st.Search(ctx, SearchQuery{Text: "반도체"})
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
		opts []Option
		want error
	}{
		{"garbage file", garbage, nil, ErrSchema},
		{"other sqlite db", other, nil, ErrSchema},
		{"missing, read-only", filepath.Join(dir, "none.db"), []Option{ReadOnly()}, ErrNotFound},
		{"directory", dir, nil, nil},
		{"postgres not yet", "postgres://localhost/x", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := Open(ctx, tt.dsn, tt.opts...)
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

func TestReadOnly(t *testing.T) {
	ctx := context.Background()
	st, path := openTest(t)
	mustPut(t, st, corpus()[0])
	st.Close()

	ro, err := Open(ctx, path, ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if r, err := ro.Search(ctx, SearchQuery{Text: "반도체"}); err != nil || r.Total != 1 {
		t.Errorf("read-only search: %v, %+v", err, r)
	}
	if _, err := ro.Put(ctx, corpus()[1:2]); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Put on read-only store: err = %v, want ErrReadOnly", err)
	}
	if os.Geteuid() == 0 {
		t.Log("running as root: file permissions do not apply, skipping the chmod case")
		return
	}
	os.Chmod(path, 0o444)
	if _, err := Open(ctx, path); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Open of a 0444 file: err = %v, want ErrReadOnly", err)
	}
}

func TestLocked(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "l.db")
	st, err := Open(ctx, path, BusyTimeout(50))
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
	_, err = st.Put(ctx, corpus()[:1])
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("Put while locked: err = %v, want ErrLocked", err)
	}
	conn.ExecContext(ctx, `ROLLBACK`)
	if res, err := st.Put(ctx, corpus()[:1]); err != nil || res[0].Status != Inserted {
		t.Errorf("Put after the lock is gone: %v %+v", err, res)
	}
}

func TestPutIdempotent(t *testing.T) {
	ctx := context.Background()
	st, _ := openTest(t)
	docs := corpus()
	res := mustPut(t, st, docs[0], docs[1], docs[0]) // a repeat inside the batch
	want := []PutStatus{Inserted, Inserted, Duplicate}
	for i, r := range res {
		if r.Status != want[i] || r.ID != []*extract.Document{docs[0], docs[1], docs[0]}[i].ID {
			t.Errorf("result %d = %+v, want %s", i, r, want[i])
		}
	}
	res = mustPut(t, st, docs[0], docs[1])
	for i, r := range res {
		if r.Status != Duplicate || r.StoryID == "" {
			t.Errorf("second put %d = %+v, want duplicate with its story", i, r)
		}
	}
	s, _ := st.Stats(ctx)
	if s.Articles != 2 {
		t.Errorf("articles = %d, want 2", s.Articles)
	}
	e, err := st.Entity(ctx, "이재용", ProfileOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if e.Entity.Articles != 2 {
		t.Errorf("이재용 articles = %d after re-put, want 2 (a duplicate must not count)", e.Entity.Articles)
	}
	has, err := st.Has(ctx, []string{docs[0].ID, "nope"})
	if err != nil || !has[docs[0].ID] || has["nope"] || len(has) != 2 {
		t.Errorf("Has = %v, %v", has, err)
	}
	got, err := st.Article(ctx, docs[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != docs[1].Text || got.Headline != docs[1].Headline || len(got.Entities) != len(docs[1].Entities) || got.Entities[0].Mentions[0] != docs[1].Entities[0].Mentions[0] {
		t.Errorf("Article round trip lost data: %+v", got.Article)
	}
	if _, err := st.Article(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Article(nope) err = %v, want ErrNotFound", err)
	}
}

func TestPutBadDocuments(t *testing.T) {
	st, _ := openTest(t)
	good := corpus()[0]
	noID := doc("제목", "본문이 있다.", "2025-01-01", "뉴시스", nil)
	noID.ID = ""
	noText := doc("제목", "", "2025-01-01", "뉴시스", nil)
	noText.Text = "  "
	res, err := st.Put(context.Background(), []*extract.Document{noID, good, nil, noText})
	if err != nil {
		t.Fatal(err)
	}
	want := []PutStatus{Failed, Inserted, Failed, Failed}
	for i, r := range res {
		if r.Status != want[i] || (r.Status == Failed) != (r.Err != nil) {
			t.Errorf("result %d = %+v (err %v), want %s", i, r, r.Err, want[i])
		}
	}
}

func TestNearDuplicates(t *testing.T) {
	ctx := context.Background()
	st, _ := openTest(t)
	body := "정부는 내년부터 반도체 설계 인력을 해마다 만 명씩 길러내겠다는 계획을 발표했다. 산업통상자원부는 대학과 기업이 함께 교육 과정을 만들고, " +
		"졸업생이 곧바로 현장에 투입될 수 있도록 실습 장비를 지원하기로 했다. 업계는 인력난이 풀릴 것으로 기대하면서도 지방 대학의 참여가 관건이라고 봤다."
	// Wire copies: the same body under another headline and byline.
	orig := withByline(doc("반도체 인력 만 명 양성", body, "2025-03-02", "뉴시스", nil), "홍길동 기자 hong@example.com")
	copy1 := withByline(doc("반도체 인력 만 명 양성한다", body, "2025-03-03", "다른통신", nil), "김철수 기자")
	earlier := withByline(doc("정부, 반도체 인력 양성", body, "2025-03-01", "세번째일보", nil), "이영희 기자")
	other := doc("서울 아파트값 다시 올라", "서울 아파트 매매가격이 석 달 만에 오름세로 돌아섰다. 한국부동산원은 강남 지역의 재건축 단지를 중심으로 매수 문의가 늘었다고 밝혔다. "+
		"전문가들은 금리 인하 기대가 시장에 반영되고 있다고 분석했다.", "2025-03-02", "뉴시스", nil)
	short1 := doc("짧은 소식", "오늘 비가 온다.", "2025-03-02", "뉴시스", nil)
	short2 := doc("짧은 소식", "오늘 비가 왔다.", "2025-03-02", "뉴시스", nil)
	res := mustPut(t, st, orig, copy1, other, short1, short2)
	want := []struct {
		st    PutStatus
		story string
	}{{Inserted, orig.ID}, {NearDuplicate, orig.ID}, {Inserted, other.ID}, {Inserted, short1.ID}, {Inserted, short2.ID}}
	for i, r := range res {
		if r.Status != want[i].st || r.StoryID != want[i].story {
			t.Errorf("put %d = %s story %s, want %s story %s", i, r.Status, r.StoryID, want[i].st, want[i].story)
		}
	}
	// An earlier-published copy becomes the story's original.
	res = mustPut(t, st, earlier)
	if res[0].Status != NearDuplicate || res[0].StoryID != earlier.ID {
		t.Errorf("earlier copy = %+v, want near-duplicate and the original", res[0])
	}
	r, err := st.Search(ctx, SearchQuery{Text: "반도체 인력"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != 3 {
		t.Fatalf("search found %d, want the 3 copies", r.Total)
	}
	for _, h := range r.Hits {
		if h.StoryID != earlier.ID {
			t.Errorf("hit %s story %s, want %s", h.ID, h.StoryID, earlier.ID)
		}
	}
	s, _ := st.Stats(ctx)
	if s.Stories != 4 || s.Articles != 6 {
		t.Errorf("stats: %d stories of %d articles, want 4 of 6", s.Stories, s.Articles)
	}
}

// withByline appends a byline line to the text (not the body paragraphs),
// as the article parser does.
func withByline(d *extract.Document, line string) *extract.Document {
	d.Text += "\n" + line
	d.Byline.Names = []string{strings.Fields(line)[0]}
	return d
}

func TestStoredDocRoundTrip(t *testing.T) {
	head, p1, p2 := "제목 한 줄", "첫 문단이다.", "둘째 문단에 삼성전자가 나온다."
	text := head + "\n" + p1 + "\n" + p2
	base := func() *extract.Document {
		d := doc(head, p1+"\n"+p2, "2025-01-01", "뉴시스", []ent{{id: "e1", typ: extract.Org, name: "삼성전자"}})
		d.Sections = []article.Section{
			{Kind: article.KindHeadline, Start: 0, End: len(head), Photo: -1},
			{Kind: article.KindBody, Start: len(head) + 1, End: len(head) + 1 + len(p1), Photo: -1},
			{Kind: article.KindBody, Start: len(text) - len(p2), End: len(text), Photo: -1},
		}
		k := strings.Index(text, "첫 문단")
		d.Amounts = []korean.Amount{{Text: "첫", Value: 1, Unit: "번째", Start: k, End: k + len("첫")}}
		d.Dates = []korean.Date{{Text: "첫 문단", Value: "2025-01-01", Start: k, End: k + len("첫 문단")}}
		d.Quotes = []extract.Quote{{Speaker: "삼성전자", Text: "삼성전자가", Start: strings.Index(text, "삼성전자가"), End: strings.Index(text, "삼성전자가") + len("삼성전자가")}}
		return d
	}
	badQuote := base()
	badQuote.Quotes[0].Text = "고쳐 쓴 인용"
	if blob, _ := encodeDoc(base()); !strings.Contains(string(mustInflate(t, blob)), `"spans_from_text":true`) {
		t.Errorf("spans in the text are stored: %s", mustInflate(t, blob))
	}
	odd := base()
	odd.Body = []string{"다른 본문"} // not what the sections say: kept as is
	badMention := base()
	badMention.Entities[0].Mentions[0].Text = "엉뚱"
	for _, d := range []*extract.Document{base(), odd, badMention, badQuote} {
		blob, err := encodeDoc(d)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeDoc(docRow{d.ID, d.Source, d.URL, d.Headline, d.Agency}, d.Text, blob)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.Body, d.Body) || got.Text != d.Text || !slices.Equal(got.Entities[0].Mentions, d.Entities[0].Mentions) || !slices.Equal(got.Sections, d.Sections) || got.Headline != d.Headline || got.ID != d.ID || got.Agency != d.Agency ||
			!slices.Equal(got.Amounts, d.Amounts) || !slices.Equal(got.Dates, d.Dates) || !slices.Equal(got.Quotes, d.Quotes) {
			t.Errorf("round trip of %q: body %q mentions %+v", d.Body, got.Body, got.Entities[0].Mentions)
		}
	}
}

func mustInflate(t *testing.T, z []byte) []byte {
	t.Helper()
	b, err := inflate(z)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestPackText(t *testing.T) {
	long := strings.Repeat("정부는 반도체 인력을 해마다 만 명씩 길러내겠다고 밝혔다. ", 20)
	for _, tt := range []struct {
		text    string
		deflate bool
	}{{"", false}, {"짧은 글", false}, {long, true}} {
		plain, z := packText(tt.text)
		if (z != nil) != tt.deflate || (z != nil && (plain != "" || len(z) >= len(tt.text))) {
			t.Errorf("packText(%d bytes): plain %d bytes, z %d bytes", len(tt.text), len(plain), len(z))
		}
		back, err := unpackText(plain, z)
		if err != nil || back != tt.text {
			t.Errorf("round trip of %d bytes: %v", len(tt.text), err)
		}
	}
	if _, err := unpackText("", []byte("not deflate data at all")); err == nil {
		t.Error("corrupt data inflated without error")
	}
}

// Writers in two stores (two processes) and a reader share one file.
func TestConcurrentStores(t *testing.T) {
	ctx := context.Background()
	st1, path := openTest(t)
	st2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	errs := make(chan error, 3)
	put := func(st Store, from int) {
		for i := from; i < from+40; i += 10 {
			var batch []*extract.Document
			for j := i; j < i+10; j++ {
				batch = append(batch, benchDoc(j%60)) // the two writers overlap on 20..39
			}
			if _, err := st.Put(ctx, batch); err != nil {
				errs <- err
				return
			}
		}
		errs <- nil
	}
	go put(st1, 0)
	go put(st2, 20)
	go func() {
		for range 20 {
			if _, err := st1.Search(ctx, SearchQuery{Text: "투자"}); err != nil {
				errs <- err
				return
			}
		}
		errs <- nil
	}()
	for range 3 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	s, err := st2.Stats(ctx)
	if err != nil || s.Articles != 60 {
		t.Errorf("articles %d (%v), want 60: each stored once", s.Articles, err)
	}
}
