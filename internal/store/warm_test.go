package store_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"

	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/store/storetest"
)

// hitIDs runs q planned or exhaustively and lists the hits' IDs in order.
func hitIDs(t *testing.T, st store.Store, q string, exhaustive bool) []string {
	t.Helper()
	res, err := st.Search(context.Background(), store.SearchQuery{Text: q, Limit: 1000, Exhaustive: exhaustive})
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	return ids
}

// TestWarmKeepsSearchesExact warms the commonest words' lookups, then
// checks that searches (planned, reading the warmed lookups) find what the
// exhaustive evaluation finds, also after more articles are stored.
func TestWarmKeepsSearchesExact(t *testing.T) {
	ctx := context.Background()
	st, _ := openSQLite(t)
	docs := storetest.Corpus()
	storetest.MustPut(t, st, docs[:len(docs)-1]...)
	ws, err := st.Warm(ctx, 50)
	if err != nil {
		t.Fatal(err)
	}
	if ws.Lookups == 0 || ws.Full || ws.Bytes != store.PostingBytes(st) {
		t.Fatalf("warm-up %+v (kept %d bytes): want lookups kept, not full", ws, store.PostingBytes(st))
	}
	queries := []string{"삼성전자", "이재용", "삼성전자 회장", "삼성전자 -검찰", "이재용 OR 오픈AI", "반도체", "국회", "투자"}
	check := func(stage string) {
		for _, q := range queries {
			got, want := hitIDs(t, st, q, false), hitIDs(t, st, q, true)
			if !slices.Equal(got, want) || len(want) == 0 && q == "삼성전자" {
				t.Errorf("%s: %q: planned %v, exhaustive %v", stage, q, got, want)
			}
		}
	}
	check("warmed")
	storetest.MustPut(t, st, docs[len(docs)-1])
	check("after a new article")
	again, err := st.Warm(ctx, 50)
	if err != nil || again.Lookups == 0 {
		t.Errorf("warming after a new article: %+v, %v; want the lookups caught up", again, err)
	}
}

// TestWarmBudget checks that the warm-up stops below the eviction mark of
// the budget (seven eighths) without evicting, and at once when cancelled.
func TestWarmBudget(t *testing.T) {
	ctx := context.Background()
	st, _ := openSQLite(t)
	storetest.MustPut(t, st, storetest.Corpus()...)
	all, err := st.Warm(ctx, 1000)
	if err != nil || all.Full || all.Lookups < 10 {
		t.Fatalf("unbounded warm-up: %+v, %v; want at least 10 lookups", all, err)
	}
	tests := []struct {
		name   string
		budget int64
		full   bool
	}{
		{"room for all", all.Bytes * 2, false},
		{"room for half", all.Bytes / 2, true},
		{"room for none", 8, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, _ := openSQLite(t)
			storetest.MustPut(t, st, storetest.Corpus()...)
			store.SetPostingBudget(st, tt.budget)
			ws, err := st.Warm(ctx, 1000)
			if err != nil {
				t.Fatal(err)
			}
			if ws.Full != tt.full || ws.Bytes > tt.budget-tt.budget/8 {
				t.Errorf("budget %d: %+v, want full %v within %d", tt.budget, ws, tt.full, tt.budget-tt.budget/8)
			}
			if !tt.full && ws.Lookups != all.Lookups || tt.full && ws.Lookups >= all.Lookups {
				t.Errorf("budget %d: %d lookups, unbounded %d", tt.budget, ws.Lookups, all.Lookups)
			}
		})
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	st2, _ := openSQLite(t)
	storetest.MustPut(t, st2, storetest.Corpus()...)
	if ws, err := st2.Warm(cctx, 1000); err == nil || ws.Lookups != 0 {
		t.Errorf("cancelled warm-up: %+v, %v; want nothing and an error", ws, err)
	}
}

// TestWarmGramsAndSplitWords warms a corpus where a two-syllable word the
// analyser splits (이번 → 이 번) and some bigrams are the commonest, then
// checks that the warm-up kept the bigrams alone and the split word's
// phrase, and that searches reading them (a word whose bigrams are partly
// kept, a compound, the split word) find what the exhaustive evaluation
// finds. Invented sentences.
func TestWarmGramsAndSplitWords(t *testing.T) {
	ctx := context.Background()
	st, _ := openSQLite(t)
	var docs []*extract.Document
	for i, body := range []string{
		"이번 회의에서 반도체업계가 설비 투자를 늘리기로 했다.",
		"이번 조사에서 반도체 수출이 늘었다고 밝혔다.",
		"이번 주 반도체 설비 투자 계획이 발표됐다.",
		"정부는 이번 달 전국회의를 열기로 했다.",
		"국회는 이번 회기에 법안을 처리했다.",
		"업계는 설비 투자를 미루기로 했다.",
	} {
		docs = append(docs, storetest.Doc(fmt.Sprintf("기사 %d", i+1), body, fmt.Sprintf("2025-03-%02d", i+1), "가상일보", nil))
	}
	storetest.MustPut(t, st, docs...)
	if _, err := st.Warm(ctx, 30); err != nil {
		t.Fatal(err)
	}
	keys := store.PostingKeys(st)
	for _, want := range []string{"g0:이번", "m0:이 번"} {
		if !slices.Contains(keys, want) {
			t.Errorf("warm-up kept %v; want %s among them", keys, want)
		}
	}
	for _, q := range []string{"이번", "반도체", "반도체업계", "업계", "설비 투자", "국회", "이번 반도체", "투자를"} {
		got, want := hitIDs(t, st, q, false), hitIDs(t, st, q, true)
		if !slices.Equal(got, want) || len(want) == 0 {
			t.Errorf("%q: planned %v, exhaustive %v", q, got, want)
		}
	}
}

// TestScoredLookupsKept searches words rare enough to be scored with BM25
// again and again, the scored lookups then read from memory, and checks
// the hits and their scores against the exhaustive evaluation, also after
// a new article changed every score.
func TestScoredLookupsKept(t *testing.T) {
	ctx := context.Background()
	st, _ := openSQLite(t)
	docs := storetest.Corpus()
	storetest.MustPut(t, st, docs[:len(docs)-1]...)
	scores := func(q string, exhaustive bool) []string {
		res, err := st.Search(ctx, store.SearchQuery{Text: q, Limit: 100, Exhaustive: exhaustive})
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		var out []string
		for _, h := range res.Hits {
			out = append(out, fmt.Sprintf("%s %.9f", h.ID, h.Score))
		}
		return out
	}
	queries := []string{"이재용", "삼성전자 회장", "반도체", "국회 -검찰"}
	check := func(stage string) {
		for _, q := range queries {
			for pass := range 2 {
				got, want := scores(q, false), scores(q, true)
				if !slices.Equal(got, want) || len(want) == 0 && q == "이재용" {
					t.Errorf("%s, pass %d: %q: planned %v, exhaustive %v", stage, pass, q, got, want)
				}
			}
		}
	}
	check("first")
	storetest.MustPut(t, st, docs[len(docs)-1])
	check("after a new article")
}
