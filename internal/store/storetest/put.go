package storetest

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

func testPutIdempotent(t *testing.T, open Opener) {
	ctx := context.Background()
	st, _ := open(t)
	docs := Corpus()
	res := MustPut(t, st, docs[0], docs[1], docs[0]) // a repeat inside the batch
	want := []store.PutStatus{store.Inserted, store.Inserted, store.Duplicate}
	for i, r := range res {
		if r.Status != want[i] || r.ID != []*extract.Document{docs[0], docs[1], docs[0]}[i].ID {
			t.Errorf("result %d = %+v, want %s", i, r, want[i])
		}
	}
	res = MustPut(t, st, docs[0], docs[1])
	for i, r := range res {
		if r.Status != store.Duplicate || r.StoryID == "" {
			t.Errorf("second put %d = %+v, want duplicate with its story", i, r)
		}
	}
	s, _ := st.Stats(ctx)
	if s.Articles != 2 {
		t.Errorf("articles = %d, want 2", s.Articles)
	}
	e, err := st.Entity(ctx, "이재용", store.ProfileOptions{})
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
	if _, err := st.Article(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article(nope) err = %v, want ErrNotFound", err)
	}
}

func testPutBadDocuments(t *testing.T, open Opener) {
	st, _ := open(t)
	good := Corpus()[0]
	noID := Doc("제목", "본문이 있다.", "2025-01-01", "뉴시스", nil)
	noID.ID = ""
	noText := Doc("제목", "", "2025-01-01", "뉴시스", nil)
	noText.Text = "  "
	nul := Doc("제목", "본문에 \x00 바이트가 있다.", "2025-01-01", "뉴시스", nil)
	badUTF8 := Doc("제목", "본문", "2025-01-01", "뉴시스", []Ent{{ID: "e1", Type: extract.Org, Name: "회\xff사"}})
	res, err := st.Put(context.Background(), []*extract.Document{noID, good, nil, noText, nul, badUTF8})
	if err != nil {
		t.Fatal(err)
	}
	want := []store.PutStatus{store.Failed, store.Inserted, store.Failed, store.Failed, store.Failed, store.Failed}
	for i, r := range res {
		if r.Status != want[i] || (r.Status == store.Failed) != (r.Err != nil) {
			t.Errorf("result %d = %+v (err %v), want %s", i, r, r.Err, want[i])
		}
	}
}

func testNearDuplicates(t *testing.T, open Opener) {
	ctx := context.Background()
	st, _ := open(t)
	body := "정부는 내년부터 반도체 설계 인력을 해마다 만 명씩 길러내겠다는 계획을 발표했다. 산업통상자원부는 대학과 기업이 함께 교육 과정을 만들고, " +
		"졸업생이 곧바로 현장에 투입될 수 있도록 실습 장비를 지원하기로 했다. 업계는 인력난이 풀릴 것으로 기대하면서도 지방 대학의 참여가 관건이라고 봤다."
	// Wire copies: the same body under another headline and byline.
	orig := withByline(Doc("반도체 인력 만 명 양성", body, "2025-03-02", "뉴시스", nil), "홍길동 기자 hong@example.com")
	copy1 := withByline(Doc("반도체 인력 만 명 양성한다", body, "2025-03-03", "다른통신", nil), "김철수 기자")
	earlier := withByline(Doc("정부, 반도체 인력 양성", body, "2025-03-01", "세번째일보", nil), "이영희 기자")
	other := Doc("서울 아파트값 다시 올라", "서울 아파트 매매가격이 석 달 만에 오름세로 돌아섰다. 한국부동산원은 강남 지역의 재건축 단지를 중심으로 매수 문의가 늘었다고 밝혔다. "+
		"전문가들은 금리 인하 기대가 시장에 반영되고 있다고 분석했다.", "2025-03-02", "뉴시스", nil)
	short1 := Doc("짧은 소식", "오늘 비가 온다.", "2025-03-02", "뉴시스", nil)
	short2 := Doc("짧은 소식", "오늘 비가 왔다.", "2025-03-02", "뉴시스", nil)
	res := MustPut(t, st, orig, copy1, other, short1, short2)
	want := []struct {
		st    store.PutStatus
		story string
	}{{store.Inserted, orig.ID}, {store.NearDuplicate, orig.ID}, {store.Inserted, other.ID}, {store.Inserted, short1.ID}, {store.Inserted, short2.ID}}
	for i, r := range res {
		if r.Status != want[i].st || r.StoryID != want[i].story {
			t.Errorf("put %d = %s story %s, want %s story %s", i, r.Status, r.StoryID, want[i].st, want[i].story)
		}
	}
	// An earlier-published copy becomes the story's original.
	res = MustPut(t, st, earlier)
	if res[0].Status != store.NearDuplicate || res[0].StoryID != earlier.ID {
		t.Errorf("earlier copy = %+v, want near-duplicate and the original", res[0])
	}
	r, err := st.Search(ctx, store.SearchQuery{Text: "반도체 인력"})
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

// Writers in two stores (two processes) and a reader share one database.
func testConcurrentStores(t *testing.T, open Opener) {
	ctx := context.Background()
	st1, path := open(t)
	st2, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	errs := make(chan error, 3)
	put := func(st store.Store, from int) {
		for i := from; i < from+40; i += 10 {
			var batch []*extract.Document
			for j := i; j < i+10; j++ {
				batch = append(batch, SyntheticDoc(j%60)) // the two writers overlap on 20..39
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
			if _, err := st1.Search(ctx, store.SearchQuery{Text: "투자"}); err != nil {
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

// A place given as affiliation says where someone serves, not who employs
// them: it must not split one person from the articles that name a party,
// while two different employers still do.
func testLinkPlaceAffiliation(t *testing.T, open Opener) {
	ctx := context.Background()
	st, _ := open(t)
	MustPut(t, st,
		Doc("민주당 박서윤 대표 회견", "박서윤 새정당 대표는 3일 기자회견을 열었다.", "2024-03-03", "뉴시스",
			[]Ent{{ID: "e1", Type: extract.Person, Name: "박서윤", Title: "대표", Aff: "새정당"}}),
		Doc("한국 박서윤 대통령 방미", "박서윤 한국 대통령이 10일 미국을 방문했다.", "2025-06-10", "연합뉴스",
			[]Ent{{ID: "e1", Type: extract.Person, Name: "박서윤", Title: "대통령", Aff: "한국"}, {ID: "e2", Type: extract.Place, Name: "한국"}, {ID: "e3", Type: extract.Place, Name: "미국"}}),
		Doc("박서윤 대통령 귀국", "박서윤 대통령은 12일 귀국했다.", "2025-06-12", "뉴시스",
			[]Ent{{ID: "e1", Type: extract.Person, Name: "박서윤", Title: "대통령"}}),
		Doc("박서윤 한빛전자 과장 인터뷰", "박서윤 한빛전자 과장은 신제품을 소개했다.", "2025-07-01", "한국경제",
			[]Ent{{ID: "e1", Type: extract.Person, Name: "박서윤", Title: "과장", Aff: "한빛전자"}, {ID: "e2", Type: extract.Org, Name: "한빛전자"}}),
	)
	_, err := st.Entity(ctx, "박서윤", store.ProfileOptions{})
	var amb *store.AmbiguousError
	if !errors.As(err, &amb) {
		t.Fatalf("박서윤: err %v, want two people", err)
	}
	articles := map[string]int{}
	for _, c := range amb.Candidates {
		articles[c.Affiliation] += c.Articles
	}
	if len(amb.Candidates) != 2 || articles["한빛전자"] != 1 || articles["한국"]+articles["새정당"] != 3 {
		t.Errorf("candidates %+v: want the politician (3 articles) and the 한빛전자 employee (1)", amb.Candidates)
	}
}
