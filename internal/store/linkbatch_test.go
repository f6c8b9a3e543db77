package store_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/store"
	"github.com/sosik-news/sosik/internal/store/storetest"
)

// TestLinkBatchDecidesAsAlone stores the same articles in one batch (one
// transaction, where linking reads the pair counts the batch's earlier
// articles added) and one by one, and requires the same link decisions,
// signals, candidates and mentions.
func TestLinkBatchDecidesAsAlone(t *testing.T) {
	ctx := context.Background()
	var docs []*extract.Document
	for i := range 150 {
		d := storetest.SyntheticDoc(i)
		if i%3 == 0 {
			// The person again, as two more entities around the
			// organisation: linking weighs a candidate already mentioned
			// in the article, before and after the article's other
			// mentions are stored.
			p := d.Entities[0]
			again := func(id, title string) extract.Entity {
				e := p
				e.ID, e.Title, e.Affiliation = id, title, "다른기관"
				return e
			}
			d.Entities = append([]extract.Entity{p, again("e8", "의원")}, append(d.Entities[1:], again("e9", "교수"))...)
		}
		docs = append(docs, d)
	}
	rows := func(batch int) []string {
		st, err := store.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		for i := 0; i < len(docs); i += batch {
			if _, err := st.Put(ctx, docs[i:min(i+batch, len(docs))]); err != nil {
				t.Fatal(err)
			}
		}
		out, err := store.LinkRows(st)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	alone, batched := rows(1), rows(len(docs))
	candidates := 0
	for _, r := range alone {
		if strings.HasPrefix(r, "link ") {
			candidates++
		}
	}
	if candidates < 50 {
		t.Fatalf("only %d decisions weighed candidates: the test does not exercise linking", candidates)
	}
	if !slices.Equal(alone, batched) {
		for i := range min(len(alone), len(batched)) {
			if alone[i] != batched[i] {
				t.Fatalf("row %d differs:\n one by one %s\n batched    %s", i, alone[i], batched[i])
			}
		}
		t.Fatalf("%d rows one by one, %d batched", len(alone), len(batched))
	}
}
