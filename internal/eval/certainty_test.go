package eval

import (
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/testutil/testextract"
)

// TestCertaintySet holds extraction to the bar of issue 14 on sosik's own
// certainty test set: accuracy ≥ 0.95, denied and planned recall ≥ 0.95.
func TestCertaintySet(t *testing.T) {
	cases, err := ReadCertaintyCases(strings.NewReader(DefaultCertaintySet))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 150 {
		t.Fatalf("certainty set has %d sentences, want at least 150", len(cases))
	}
	levels := map[string]int{}
	for _, c := range cases {
		levels[c.Level]++
	}
	for _, l := range CertaintyLevels {
		if levels[l] == 0 {
			t.Errorf("no case of level %s", l)
		}
	}
	r := ScoreCertainty(cases, testextract.Extractor(t))
	var b strings.Builder
	_ = r.Print(&b, true)
	if r.Accuracy() < 0.95 || r.Recall("denied") < 0.95 || r.Recall("planned") < 0.95 {
		t.Errorf("certainty below the bar:\n%s", b.String())
	}
}

func TestReadCertaintyCasesErrors(t *testing.T) {
	cases := []struct{ in, want string }{
		{"asserted\tMEET\tbody", "4 tab-separated columns"},
		{"sure\tMEET\tbody\t문장.", "unknown level"},
		{"asserted\tMEET\tcaption\t문장.", "neither body nor headline"},
		{"asserted\tPARTY\tbody\t문장.", "does not fit"},
		{"none\tMEET\tbody\t문장.", "does not fit"},
		{"denied\tMEET\tbody\t ", "empty sentence"},
	}
	for _, c := range cases {
		_, err := ReadCertaintyCases(strings.NewReader("# head\n\n" + c.in + "\n"))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "line 3") {
			t.Errorf("%q: error %v, want %q at line 3", c.in, err, c.want)
		}
	}
}

func TestCertaintyReport(t *testing.T) {
	var r CertaintyReport
	r.Matrix = map[string]map[string]int{}
	r.add(CertaintyCase{Line: 1, Level: "denied", Type: "MEET"}, "denied")
	r.add(CertaintyCase{Line: 2, Level: "denied", Type: "MEET"}, "asserted")
	r.add(CertaintyCase{Line: 3, Level: "planned", Type: "MEET"}, "planned")
	if r.Accuracy() != 2.0/3 || r.Recall("denied") != 0.5 || r.Recall("planned") != 1 || len(r.Misses) != 1 {
		t.Errorf("report %+v: accuracy %v", r, r.Accuracy())
	}
	var b strings.Builder
	if err := r.Print(&b, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"denied", "0.50", "accuracy 0.667 (2/3)", "miss line 2"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("print lacks %q:\n%s", want, b.String())
		}
	}
}
