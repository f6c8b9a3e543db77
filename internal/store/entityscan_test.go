package store_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/store/storetest"
)

// TestEntityScan checks that an entity's articles found by scanning the
// in-memory columns give the answers their mentions read through the
// index give: each search with an entity filter, on a store that scans
// every entity, equals the same search on one that scans none.
func TestEntityScan(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "e.db")
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	storetest.MustPut(t, st, storetest.Corpus()...)
	st.Close()
	open := func(scanMin int) store.Store {
		s, err := store.Open(ctx, path, store.ReadOnly())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		store.SetEntityScanMin(s, scanMin)
		return s
	}
	index, scan := open(1<<30), open(1)
	tests := []store.SearchQuery{
		{Entity: "LG전자"},
		{Entity: "삼성전자"},
		{Text: "김민수", Entity: "LG전자"},
		{Text: "반도체", Entity: "삼성전자", Limit: 1, Offset: 1},
		{Entity: "이재용", From: "2025-01"},
	}
	for _, q := range tests {
		for pass := range 2 { // the second reads the kept lookup
			a, err := index.Search(ctx, q)
			if err != nil {
				t.Fatalf("%+v: %v", q, err)
			}
			b, err := scan.Search(ctx, q)
			if err != nil {
				t.Fatalf("%+v scanning: %v", q, err)
			}
			ja, _ := json.Marshal(a)
			jb, _ := json.Marshal(b)
			if string(ja) != string(jb) {
				t.Errorf("%+v pass %d: scanning gives\n%s\nthe index\n%s", q, pass, jb, ja)
			}
			if pass == 0 && a.Total == 0 && q.From == "" {
				t.Errorf("%+v: no match; the test needs some", q)
			}
		}
	}
}
