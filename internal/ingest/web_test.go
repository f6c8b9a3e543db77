package ingest

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
)

// pagesDir holds HTML pages in the layouts of Korean outlets, each with the
// same story as a text file.
var pagesDir = filepath.Join("..", "htmlpage", "testdata")

// anatomy is what must agree between the HTML and the text of one story.
type anatomy struct {
	Headline  string
	Published string
	Body      []string
	Byline    []string
	Photos    [][2]string // url, caption
}

func anatomyOf(t *testing.T, path string) anatomy {
	t.Helper()
	r := &Reader{}
	var items []Item
	for it := range r.Items(context.Background(), []string{path}) {
		items = append(items, it)
	}
	if len(items) != 1 {
		t.Fatalf("%s: %d items", path, len(items))
	}
	a, err := items[0].Article()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return anatomyFrom(a)
}

func anatomyFrom(a *article.Article) anatomy {
	an := anatomy{Headline: a.Headline, Published: a.Published, Body: a.Body, Byline: a.Byline.Names}
	for _, p := range a.Photos {
		an.Photos = append(an.Photos, [2]string{p.URL, p.Caption})
	}
	return an
}

// TestHTMLMatchesText reads each HTML page and the same story as text the
// way `sosik parse` and `ingest` do, and requires the same anatomy: one
// headline, the body paragraphs apart, the photos with their captions, the
// publication date.
func TestHTMLMatchesText(t *testing.T) {
	for _, name := range []string{"wire-figure", "br-body", "table-photo"} {
		h := anatomyOf(t, filepath.Join(pagesDir, name+".html"))
		x := anatomyOf(t, filepath.Join(pagesDir, name+".txt"))
		if !reflect.DeepEqual(h, x) {
			t.Errorf("%s: HTML and text differ\nhtml %+v\ntext %+v", name, h, x)
		}
		if len(h.Body) < 4 || h.Published == "" || len(h.Photos) != 1 || h.Headline == "" {
			t.Errorf("%s: thin anatomy %+v", name, h)
		}
	}
}

func TestRecordBody(t *testing.T) {
	tests := []struct{ in, want string }{
		{"첫 문단이다.\n둘째 문단이다.", "첫 문단이다.\n둘째 문단이다."},
		{"<p>첫 문단이다.</p><p>둘째 <b>문단</b>이다.</p>", "첫 문단이다.\n둘째 문단이다."},
		{"첫 줄<br/>둘째 줄", "첫 줄\n둘째 줄"},
		{"부등호 a<b 와 <앵커> 표시는 그대로", "부등호 a<b 와 <앵커> 표시는 그대로"},
	}
	for _, tc := range tests {
		if got := recordBody(tc.in); got != tc.want {
			t.Errorf("recordBody(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
