package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
)

// ent is a compact entity literal for tests: mentions are found in text.
type ent struct {
	id, typ, name, title, aff string
	aliases                   []string
}

// doc builds a Document by hand (the extractor is not needed): text is the
// headline line followed by the body, entities' mentions are located in it.
func doc(headline, body, published, agency string, ents []ent, events ...extract.Event) *extract.Document {
	text := headline + "\n" + body
	sum := sha256.Sum256([]byte(text))
	d := &extract.Document{Article: article.Article{
		ID: hex.EncodeToString(sum[:8]), Source: "test", Headline: headline, Agency: agency,
		Published: published, Language: "ko", Body: strings.Split(body, "\n"), Text: text,
	}}
	for _, e := range ents {
		x := extract.Entity{ID: e.id, Type: e.typ, Name: e.name, Aliases: e.aliases, Title: e.title, Affiliation: e.aff}
		for _, form := range append([]string{e.name}, e.aliases...) {
			for off := 0; ; {
				k := strings.Index(text[off:], form)
				if k < 0 {
					break
				}
				x.Mentions = append(x.Mentions, extract.Mention{Start: off + k, End: off + k + len(form), Text: form})
				off += k + len(form)
			}
		}
		d.Entities = append(d.Entities, x)
	}
	d.Events = events
	return d
}

func openTest(t testing.TB) (Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	st, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	return st, path
}

func mustPut(t testing.TB, st Store, docs ...*extract.Document) []PutResult {
	t.Helper()
	res, err := st.Put(context.Background(), docs)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	for _, r := range res {
		if r.Status == Failed {
			t.Fatalf("Put %s failed: %v", r.ID, r.Err)
		}
	}
	return res
}

func TestSmoke(t *testing.T) {
	st, _ := openTest(t)
	d := doc("삼성전자가 반도체 투자 늘린다", "[서울=뉴시스] 이재용 삼성전자 회장은 1일 국회를 찾았다. 이 회장은 \"투자를 늘리겠다\"고 말했다.", "2025-04-01", "뉴시스",
		[]ent{{id: "e1", typ: extract.Person, name: "이재용", title: "회장", aff: "삼성전자", aliases: []string{"이 회장"}}, {id: "e2", typ: extract.Org, name: "삼성전자"}})
	res := mustPut(t, st, d)
	if res[0].Status != Inserted {
		t.Fatalf("status %v", res[0].Status)
	}
	sr, err := st.Search(context.Background(), SearchQuery{Text: "삼성전자"})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", sr)
}
