package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/testutil"
	"github.com/sosik-news/sosik/internal/testutil/testextract"
)

// TestSeedGolden runs every shared golden article through Parse and
// Extract and holds it to the bar of issue 4.
func TestSeedGolden(t *testing.T) {
	testutil.Shared(t, "golden")
	shared, _ := testutil.SharedDir()
	goldens, _ := filepath.Glob(filepath.Join(shared, "golden", "*.json"))
	if len(goldens) == 0 {
		t.Skip("no golden files in the shared data")
	}
	x := testextract.Extractor(t)
	for _, path := range goldens {
		g, err := LoadGolden(path)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(filepath.Join(shared, g.Source))
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(g.Source, raw)
		if err != nil {
			t.Fatal(err)
		}
		sys, err := json.Marshal(x.Extract(a))
		if err != nil {
			t.Fatal(err)
		}
		r, err := Score(g, sys)
		if err != nil {
			t.Fatal(err)
		}
		if r.Recall() < 0.95 || r.EntityPrecision < 0.9 || len(r.Errors) > 0 {
			t.Errorf("%s: recall %.2f precision %.2f errors %v misses %v", path, r.Recall(), r.EntityPrecision, r.Errors, r.Misses)
		}
		for _, grp := range []string{"entities", "quotes", "events"} {
			if gr := r.Group(grp); gr.Found < gr.Total*9/10 {
				t.Errorf("%s: %s %d/%d", path, grp, gr.Found, gr.Total)
			}
		}
	}
}

// TestScoreRules checks the scorer itself on a small hand-made case.
func TestScoreRules(t *testing.T) {
	title := "회장"
	place := "총리공관"
	g := &Golden{
		Entities: []GoldEntity{
			{Type: "PERSON", Name: "김철수", Aliases: []string{"김 회장"}, Title: &title},
			{Type: "ORG", Name: "오픈AI", Aliases: []string{"오픈 AI"}},
		},
		NotEntities: []string{"관계자"},
		Quotes:      []map[string]any{{"speaker": "김 회장", "text": "간다"}},
		Events:      []GoldEvent{{Type: "MEET", Actors: []string{"김 회장"}, Place: &place, Certainty: "reported"}},
		Topics:      []string{"AI", "반도체"},
	}
	sys := `{"entities":[
		{"type":"PERSON","name":"김철수","aliases":["김 회장"],"title":"명예회장"},
		{"type":"ORG","name":"오픈 AI","aliases":[]},
		{"type":"PERSON","name":"관계자","aliases":[]}],
	 "quotes":[{"speaker":"김철수","text":"\"간다\""}],
	 "events":[{"type":"MEET","actors":["김철수"],"place":"서울 총리공관","certainty":"asserted"}],
	 "topics":["ai"]}`
	r, err := Score(g, []byte(sys))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]int{"entities": {2, 2}, "quotes": {1, 1}, "events": {1, 1}, "topics": {1, 2}}
	for name, fw := range want {
		gr := r.Group(name)
		if gr.Found != fw[0] || gr.Total != fw[1] {
			t.Errorf("%s = %d/%d, want %d/%d", name, gr.Found, gr.Total, fw[0], fw[1])
		}
	}
	if len(r.Errors) != 1 || r.Matched != 2 || r.Entities != 3 {
		t.Errorf("errors %v matched %d of %d", r.Errors, r.Matched, r.Entities)
	}
	if _, err := Score(g, []byte("not json")); err == nil {
		t.Error("bad system JSON accepted")
	}
}
