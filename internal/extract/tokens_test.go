package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
)

// TestCompactTokensSameDocument extracts articles twice, reading the
// analysis expanded and in compact form through the range memo: the
// documents must be byte for byte the same.
func TestCompactTokensSameDocument(t *testing.T) {
	x := extractor(t)
	arts := map[string]*article.Article{"long": articleOf(longArticle(60_000), "2025-04-03")}
	files, _ := filepath.Glob("../../examples/*.txt")
	more, _ := filepath.Glob("testdata/*.txt")
	for _, f := range append(files, more...) {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(f, raw)
		if err != nil {
			t.Fatal(err)
		}
		arts[f] = a
	}
	if len(arts) < 8 {
		t.Fatalf("only %d articles", len(arts))
	}
	defer func(n int) { expandLimit = n }(expandLimit)
	for name, a := range arts {
		expandLimit = 1 << 30
		want, err := json.Marshal(x.Extract(a))
		if err != nil {
			t.Fatal(err)
		}
		expandLimit = 0
		got, err := json.Marshal(x.Extract(a))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s: compact reading gives another document (%d vs %d bytes of JSON)", name, len(got), len(want))
		}
	}
}
