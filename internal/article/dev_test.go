package article_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/testutil"
)

// devGolden is the article part of a ../shared/golden/dev/*.json file.
type devGolden struct {
	Source  string         `json:"source"`
	Article map[string]any `json:"article"`
}

// devMinShare is the share of article checks the dev pages must pass (the
// target of issue 12; the package reaches 136 of 137 when this was set).
const devMinShare = 0.95

// TestDevPages scores the anatomy of the real crawled pages under
// ../shared/data/news/real-pages against their dev goldens the way
// score-golden counts its "article" group (published as the extract stage
// would fill it), logs every miss and fails when the share of checks
// passed falls under devMinShare. It skips when ../shared is absent.
func TestDevPages(t *testing.T) {
	testutil.Shared(t, "golden", "dev")
	shared, _ := testutil.SharedDir()
	files, _ := filepath.Glob(filepath.Join(shared, "golden", "dev", "*.json"))
	if len(files) == 0 {
		t.Skipf("no dev goldens under %s", shared)
	}
	found, total := 0, 0
	for _, f := range files {
		var g devGolden
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		raw, err := os.ReadFile(filepath.Join(shared, filepath.FromSlash(g.Source)))
		if err != nil {
			t.Skipf("%s: %v", g.Source, err)
		}
		a, err := article.Parse(g.Source, raw)
		if err != nil {
			t.Fatal(err)
		}
		ok, n, misses := scoreArticle(a, g.Article)
		found, total = found+ok, total+n
		t.Logf("%s article %d/%d %s", filepath.Base(f), ok, n, strings.Join(misses, "; "))
	}
	share := float64(found) / float64(total)
	t.Logf("dev article group %d/%d = %.2f", found, total, share)
	if share < devMinShare {
		t.Errorf("dev article group %.2f under %.2f", share, devMinShare)
	}
}

// published is what the extract stage reports: the page's own date, else
// the date inferred from the body and the photo dates.
func published(a *article.Article) string {
	if a.Published != "" {
		return a.Published
	}
	var caps []time.Time
	for _, p := range a.Photos {
		if t, err := time.Parse("2006-01-02", p.Date); err == nil {
			caps = append(caps, t)
		}
	}
	if t, ok := korean.InferPublished(strings.Join(a.Body, "\n"), caps); ok {
		return t.Format("2006-01-02")
	}
	return ""
}

// scoreArticle counts the article checks of one golden as score-golden does.
func scoreArticle(a *article.Article, ga map[string]any) (ok, n int, misses []string) {
	check := func(pass bool, what string, args ...any) {
		n++
		if pass {
			ok++
		} else {
			misses = append(misses, fmt.Sprintf(what, args...))
		}
	}
	str := func(v any) string { s, _ := v.(string); return ws(s) }
	fields := map[string]string{"headline": a.Headline, "agency": a.Agency, "published": published(a), "rights": a.Rights, "language": a.Language}
	for _, k := range []string{"headline", "agency", "published", "rights", "language"} {
		if v, has := ga[k]; has {
			check(ws(fields[k]) == str(v), "%s=%q got %q", k, str(v), fields[k])
		}
	}
	if v, has := ga["subheads"]; has {
		var want []string
		for _, s := range v.([]any) {
			want = append(want, str(s))
		}
		var got []string
		for _, s := range a.Subheads {
			got = append(got, ws(s))
		}
		check(slices.Equal(got, want), "subheads %q got %q", want, got)
	}
	if v, has := ga["dateline"]; has {
		d := v.(map[string]any)
		check(a.Dateline != nil && a.Dateline.Place == str(d["place"]) && a.Dateline.Agency == str(d["agency"]), "dateline %v got %+v", d, a.Dateline)
	}
	if v, has := ga["byline"]; has {
		var want []string
		for _, e := range v.(map[string]any)["emails"].([]any) {
			want = append(want, str(e))
		}
		got := slices.Sorted(slices.Values(a.Byline.Emails))
		slices.Sort(want)
		check(slices.Equal(got, want), "emails %q got %q", want, got)
	}
	if v, has := ga["body_paragraph_count"]; has {
		check(len(a.Body) == int(v.(float64)), "%v paragraphs got %d", v, len(a.Body))
	}
	if v, has := ga["body_first_words"]; has {
		for i, w := range v.([]any) {
			if w != nil {
				check(i < len(a.Body) && strings.HasPrefix(ws(a.Body[i]), str(w)), "body[%d] %q", i, str(w))
			}
		}
	}
	return ok, n, misses
}

func ws(s string) string { return strings.Join(strings.Fields(s), " ") }
