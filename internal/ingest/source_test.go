package ingest

import (
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
)

// TestItemArticleNamesSource checks that a parse error names the item's
// source even when its metadata carries none (a work message built
// elsewhere), and that metadata with a source keeps it.
func TestItemArticleNamesSource(t *testing.T) {
	tests := []struct {
		name string
		meta article.Meta
		want string
	}{
		{"no meta source", article.Meta{}, "a.jsonl:3: "},
		{"meta URL only", article.Meta{URL: "https://news.example/1"}, "a.jsonl:3: "},
		{"meta source kept", article.Meta{Source: "b.json:7"}, "b.json:7: "},
	}
	for _, tt := range tests {
		it := Item{Source: "a.jsonl:3", Format: JSONL, Meta: tt.meta, Body: "0"}
		_, err := it.Article()
		if err == nil {
			t.Fatalf("%s: a body without letters parsed", tt.name)
		}
		if !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: error %q, want it to start with %q", tt.name, err, tt.want)
		}
	}
}
