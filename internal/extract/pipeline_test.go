package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// without returns a copy of the shared test extractor with stages off.
func without(t *testing.T, stages ...string) *Extractor {
	t.Helper()
	x := *extractor(t)
	var err error
	if x.stages, err = stagesWithout(stages); err != nil {
		t.Fatal(err)
	}
	return &x
}

func TestDisableRejectsUnknownAndRequiredStages(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"titels", `unknown stage "titels"`},
		{"segment", `stage "segment" is required`},
		{"entities", `stage "entities" is required`},
	} {
		_, err := New(Options{Disable: []string{c.name}})
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "titles, honorifics") {
			t.Errorf("Disable %q: error %v, want %q and the list of stages", c.name, err, c.want)
		}
	}
}

func TestStagesInOrder(t *testing.T) {
	got := strings.Join(Stages(), " ")
	for _, want := range []string{"segment published amounts dates", "titles honorifics", "expansion coreference entities quotes events topics"} {
		if !strings.Contains(got, want) {
			t.Errorf("stages %q: want the run %q", got, want)
		}
	}
	if n, m := len(Stages()), len(OptionalStages()); m != n-2 {
		t.Errorf("%d stages, %d optional: want all but segment and entities", n, m)
	}
}

// TestDisableTurnsAStageOff: each stage off takes away what it finds and
// nothing breaks with any one of them off.
func TestDisableTurnsAStageOff(t *testing.T) {
	var text string
	for _, f := range []string{"motors.txt", "deals.txt"} {
		raw, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		text += "\n" + string(raw)
	}
	a := articleOf(text, "2025-06-11")
	full := extractor(t).Extract(a)
	if len(full.Entities) == 0 || len(full.Quotes) == 0 || len(full.Events) == 0 || len(full.Topics) == 0 {
		t.Fatalf("the full pipeline finds too little: %d entities, %d quotes, %d events, %d topics",
			len(full.Entities), len(full.Quotes), len(full.Events), len(full.Topics))
	}
	for _, c := range []struct {
		stage string
		count func(*Document) int
	}{
		{"quotes", func(d *Document) int { return len(d.Quotes) }},
		{"events", func(d *Document) int { return len(d.Events) }},
		{"topics", func(d *Document) int { return len(d.Topics) }},
		{"amounts", func(d *Document) int { return len(d.Amounts) }},
		{"dates", func(d *Document) int { return len(d.Dates) }},
		{"titles", func(d *Document) int { return countTitled(d) }},
	} {
		before, after := c.count(full), c.count(without(t, c.stage).Extract(a))
		if before == 0 || after != 0 {
			t.Errorf("%s: %d found with the stage, %d without; want some, then none", c.stage, before, after)
		}
	}
	for _, s := range OptionalStages() {
		if doc := without(t, s).Extract(a); len(doc.Entities) == 0 {
			t.Errorf("with %s off no entity is left", s)
		}
	}
}

func countTitled(d *Document) int {
	n := 0
	for _, e := range d.Entities {
		if e.Type == Person && e.Title != "" && e.Title != "기자" {
			n++
		}
	}
	return n
}
