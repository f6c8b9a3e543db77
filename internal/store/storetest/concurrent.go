package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
)

// testConcurrentLinking runs two writers (two handles, as two ingest
// processes) that store different articles naming the same people and
// organisations at the same time: every name must end as one entity, with
// every article counted.
func testConcurrentLinking(t *testing.T, open Opener) {
	ctx := context.Background()
	st1, dsn := open(t)
	st2, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	const perWriter = 12
	article := func(w, i int) *extract.Document {
		return Doc(fmt.Sprintf("누리통신 %d번째 발표 %d", i, w),
			fmt.Sprintf("정하늘 누리통신 사장은 %d일 세종에서 %d번 작업자가 쓴 계획을 발표했다. 누리통신은 투자를 늘린다.", i+1, w),
			"2025-02-01", "뉴시스",
			[]Ent{{ID: "e1", Type: extract.Person, Name: "정하늘", Title: "사장", Aff: "누리통신"},
				{ID: "e2", Type: extract.Org, Name: "누리통신"}, {ID: "e3", Type: extract.Place, Name: "세종"}})
	}
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for w, st := range []store.Store{st1, st2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range perWriter {
				if _, err := st.Put(ctx, []*extract.Document{article(w, i)}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for _, name := range []string{"정하늘", "누리통신", "세종"} {
		es, err := st1.FindEntities(ctx, name, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(es) != 1 || es[0].Articles != 2*perWriter {
			t.Errorf("%s: %d entities %+v, want one in %d articles", name, len(es), es, 2*perWriter)
		}
	}
	s, err := st1.Stats(ctx)
	if err != nil || s.Articles != 2*perWriter || s.Entities != 3 {
		t.Errorf("stats %+v (%v): want %d articles, 3 entities", s, err, 2*perWriter)
	}
}

// testReadOnly opens a second handle read-only: it searches, and Put fails
// with ErrReadOnly.
func testReadOnly(t *testing.T, open Opener) {
	ctx := context.Background()
	st, dsn := open(t)
	MustPut(t, st, Corpus()[0])
	ro, err := store.Open(ctx, dsn, store.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if r, err := ro.Search(ctx, store.SearchQuery{Text: "반도체"}); err != nil || r.Total != 1 {
		t.Errorf("read-only search: %v, %+v", err, r)
	}
	if _, err := ro.Put(ctx, Corpus()[1:2]); !errors.Is(err, store.ErrReadOnly) {
		t.Errorf("Put on read-only store: err = %v, want ErrReadOnly", err)
	}
}
