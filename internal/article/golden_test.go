package article

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/testutil"
)

// goldenFile is the part of a ../shared/golden/*.json file this package
// answers for: the article anatomy and photos.
type goldenFile struct {
	Source  string `json:"source"`
	Article struct {
		Headline  *string  `json:"headline"`
		Subheads  []string `json:"subheads"`
		Agency    *string  `json:"agency"`
		Language  *string  `json:"language"`
		Rights    *string  `json:"rights"`
		Dateline  *Dateline
		Byline    *struct{ Emails []string } `json:"byline"`
		BodyCount *int                       `json:"body_paragraph_count"`
		BodyFirst []*string                  `json:"body_first_words"`
		Photos    []struct {
			URL          string   `json:"url"`
			Photographer *string  `json:"photographer"`
			Email        *string  `json:"email"`
			Source       *string  `json:"source"`
			Date         *string  `json:"date"`
			Restrictions []string `json:"restrictions"`
		} `json:"photos"`
	} `json:"article"`
}

// ws folds runs of white space as the golden scorer does.
func ws(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestGolden parses each real seed article under ../shared/seed and checks
// the anatomy fields against ../shared/golden (published is the date
// stage's job and is not checked here).
func TestGolden(t *testing.T) {
	testutil.Shared(t, "golden")
	shared, _ := testutil.SharedDir()
	files, _ := filepath.Glob(filepath.Join(shared, "golden", "*.json"))
	if len(files) == 0 {
		t.Skipf("no golden files under %s (../shared is absent): skipping the seed-article check", shared)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var g goldenFile
			if err := json.Unmarshal(data, &g); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			seed := filepath.Join(shared, filepath.FromSlash(g.Source))
			raw, err := os.ReadFile(seed)
			if err != nil {
				t.Skipf("seed %s not readable: %v", seed, err)
			}
			a, err := Parse(g.Source, raw)
			if err != nil {
				t.Fatal(err)
			}
			checkSections(t, a)
			ga := g.Article
			eq := func(field, got string, want *string) {
				if want != nil && ws(got) != ws(*want) {
					t.Errorf("%s = %q, want %q", field, got, *want)
				}
			}
			eq("headline", a.Headline, ga.Headline)
			eq("agency", a.Agency, ga.Agency)
			eq("language", a.Language, ga.Language)
			eq("rights", a.Rights, ga.Rights)
			if ga.Subheads != nil && !slices.Equal(a.Subheads, ga.Subheads) {
				t.Errorf("subheads = %q, want %q", a.Subheads, ga.Subheads)
			}
			if ga.Dateline != nil && (a.Dateline == nil || *a.Dateline != *ga.Dateline) {
				t.Errorf("dateline = %+v, want %+v", a.Dateline, ga.Dateline)
			}
			if ga.Byline != nil {
				got, want := slices.Sorted(slices.Values(a.Byline.Emails)), slices.Sorted(slices.Values(ga.Byline.Emails))
				if !slices.Equal(got, want) {
					t.Errorf("byline emails = %q, want %q", got, want)
				}
			}
			if ga.BodyCount != nil && len(a.Body) != *ga.BodyCount {
				t.Errorf("%d body paragraphs, want %d", len(a.Body), *ga.BodyCount)
			}
			for i, w := range ga.BodyFirst {
				if w != nil && (i >= len(a.Body) || !strings.HasPrefix(ws(a.Body[i]), *w)) {
					t.Errorf("body[%d] does not start with %q", i, *w)
				}
			}
			for _, gp := range ga.Photos {
				i := slices.IndexFunc(a.Photos, func(p Photo) bool { return p.URL == gp.URL })
				if i < 0 {
					t.Errorf("photo %s missing", gp.URL)
					continue
				}
				p := a.Photos[i]
				for _, f := range []struct {
					name string
					got  string
					want *string
				}{{"photographer", p.Photographer, gp.Photographer}, {"email", p.Email, gp.Email}, {"source", p.Source, gp.Source}, {"date", p.Date, gp.Date}} {
					// A null in the golden file means "none": the field must be empty.
					if want := ""; f.want == nil && f.got != want || f.want != nil && ws(f.got) != ws(*f.want) {
						t.Errorf("photo %d %s = %q, want %v", i, f.name, f.got, deref(f.want))
					}
				}
				if gp.Restrictions != nil && !slices.Equal(slices.Sorted(slices.Values(p.Restrictions)), slices.Sorted(slices.Values(gp.Restrictions))) {
					t.Errorf("photo %d restrictions = %q, want %q", i, p.Restrictions, gp.Restrictions)
				}
			}
		})
	}
}

func deref(s *string) string {
	if s == nil {
		return "<null>"
	}
	return *s
}
