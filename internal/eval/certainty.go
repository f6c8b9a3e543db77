package eval

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/extract"
)

// NoEvent is the level of a certainty case that expects no event, and
// the prediction when the expected event was not found.
const NoEvent = "none"

// CertaintyLevels are the rows and columns of the confusion matrix, in
// order.
var CertaintyLevels = []string{string(extract.Asserted), string(extract.Reported), string(extract.Speculated),
	string(extract.Planned), string(extract.Denied), string(extract.Conditional), NoEvent}

// CertaintyCase is one sentence of a certainty test set with the event
// type and certainty level it states.
type CertaintyCase struct {
	Line     int
	Level    string
	Type     string // "-" when no event is expected
	Headline bool
	Sentence string
}

// ReadCertaintyCases reads a test set: lines "level<TAB>type<TAB>body|headline<TAB>sentence";
// blank lines and lines starting with # are skipped. A bad line is an
// error naming it.
func ReadCertaintyCases(r io.Reader) ([]CertaintyCase, error) {
	var out []CertaintyCase
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) != 4 {
			return nil, fmt.Errorf("eval: certainty set line %d: want 4 tab-separated columns, got %d", n, len(col))
		}
		c := CertaintyCase{Line: n, Level: col[0], Type: col[1], Headline: col[2] == "headline", Sentence: strings.TrimSpace(col[3])}
		if !slices.Contains(CertaintyLevels, c.Level) {
			return nil, fmt.Errorf("eval: certainty set line %d: unknown level %q", n, c.Level)
		}
		if col[2] != "body" && col[2] != "headline" {
			return nil, fmt.Errorf("eval: certainty set line %d: where %q is neither body nor headline", n, col[2])
		}
		if (c.Type == "-") != (c.Level == NoEvent) || (c.Type != "-" && !extract.EventType(c.Type).Valid()) {
			return nil, fmt.Errorf("eval: certainty set line %d: type %q does not fit level %q", n, c.Type, c.Level)
		}
		if c.Sentence == "" {
			return nil, fmt.Errorf("eval: certainty set line %d: empty sentence", n)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: reading certainty set: %w", err)
	}
	return out, nil
}

// CaseArticle is the one-sentence article a case is read as: a headline
// or a body paragraph.
func CaseArticle(c CertaintyCase) *article.Article {
	a := &article.Article{Language: "ko", Text: c.Sentence}
	kind := article.KindBody
	if c.Headline {
		kind = article.KindHeadline
		a.Headline = c.Sentence
	} else {
		a.Body = []string{c.Sentence}
	}
	a.Sections = []article.Section{{Kind: kind, Start: 0, End: len(c.Sentence), Photo: -1}}
	return a
}

// Predict is the level a document gives a case: the certainty of its
// first event of the expected type, NoEvent when there is none (for a case
// expecting no event, the level of any event found).
func Predict(c CertaintyCase, doc *extract.Document) string {
	for _, ev := range doc.Events {
		if string(ev.Type) == c.Type || c.Type == "-" {
			return string(ev.Certainty)
		}
	}
	return NoEvent
}

// CertaintyReport is the confusion matrix of a certainty test set.
type CertaintyReport struct {
	Matrix  map[string]map[string]int // expected level → predicted level → count
	Total   int
	Correct int
	Misses  []string
}

// ScoreCertainty extracts every case with x and tallies the predictions.
func ScoreCertainty(cases []CertaintyCase, x *extract.Extractor) CertaintyReport {
	r := CertaintyReport{Matrix: map[string]map[string]int{}}
	for _, c := range cases {
		got := Predict(c, x.Extract(CaseArticle(c)))
		r.add(c, got)
	}
	return r
}

func (r *CertaintyReport) add(c CertaintyCase, got string) {
	if r.Matrix[c.Level] == nil {
		r.Matrix[c.Level] = map[string]int{}
	}
	r.Matrix[c.Level][got]++
	r.Total++
	if got == c.Level {
		r.Correct++
	} else {
		r.Misses = append(r.Misses, fmt.Sprintf("line %d: %s %s, got %s: %s", c.Line, c.Level, c.Type, got, c.Sentence))
	}
}

// Accuracy is the share of cases whose level (and event type) is right.
func (r CertaintyReport) Accuracy() float64 {
	if r.Total == 0 {
		return 0
	}
	return float64(r.Correct) / float64(r.Total)
}

// Recall is the share of the cases of one expected level that got it.
func (r CertaintyReport) Recall(level string) float64 {
	n := 0
	for _, v := range r.Matrix[level] {
		n += v
	}
	if n == 0 {
		return 0
	}
	return float64(r.Matrix[level][level]) / float64(n)
}

// Print writes the confusion matrix (rows expected, columns predicted),
// the recall of each level, the accuracy and, with misses, every wrong case.
func (r CertaintyReport) Print(w io.Writer, misses bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-12s", "expected\\got")
	for _, l := range CertaintyLevels {
		fmt.Fprintf(&b, "%12s", l)
	}
	fmt.Fprintf(&b, "%9s\n", "recall")
	for _, want := range CertaintyLevels {
		if r.Matrix[want] == nil {
			continue
		}
		fmt.Fprintf(&b, "%-12s", want)
		for _, got := range CertaintyLevels {
			fmt.Fprintf(&b, "%12d", r.Matrix[want][got])
		}
		fmt.Fprintf(&b, "%9.2f\n", r.Recall(want))
	}
	fmt.Fprintf(&b, "accuracy %.3f (%d/%d)\n", r.Accuracy(), r.Correct, r.Total)
	if misses {
		for _, m := range r.Misses {
			fmt.Fprintf(&b, "  miss %s\n", m)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// DefaultCertaintySet is sosik's own certainty test set (testdata/certainty.tsv).
//
//go:embed testdata/certainty.tsv
var DefaultCertaintySet string
