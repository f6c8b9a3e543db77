package ner

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// Counts are entity-level precision, recall and F1 for one label or
// overall (micro-averaged).
type Counts struct {
	Gold      int     // gold entities
	Pred      int     // predicted entities
	Correct   int     // predicted entities with the exact gold span and label
	Precision float64 // Correct / Pred
	Recall    float64 // Correct / Gold
	F1        float64
}

func (c *Counts) finish() {
	if c.Pred > 0 {
		c.Precision = float64(c.Correct) / float64(c.Pred)
	}
	if c.Gold > 0 {
		c.Recall = float64(c.Correct) / float64(c.Gold)
	}
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	}
}

// Report is an entity-level evaluation: per label (keyed by label) and
// overall.
type Report struct {
	Sentences int
	ByLabel   map[string]Counts
	Overall   Counts
}

// Score compares predicted spans with gold spans sentence by sentence. An
// entity is correct only when its start, end and label all match a gold
// entity (seqeval's strict entity match); duplicates count once.
func Score(gold, pred [][]Span) Report {
	r := Report{Sentences: max(len(gold), len(pred)), ByLabel: map[string]Counts{}}
	for _, l := range Labels {
		r.ByLabel[l] = Counts{}
	}
	for i := 0; i < r.Sentences; i++ {
		g := map[Span]bool{}
		if i < len(gold) {
			for _, s := range gold[i] {
				g[s] = true
			}
		}
		p := map[Span]bool{}
		if i < len(pred) {
			for _, s := range pred[i] {
				p[s] = true
			}
		}
		for s := range g {
			c := r.ByLabel[s.Label]
			c.Gold++
			if p[s] {
				c.Correct++
			}
			r.ByLabel[s.Label] = c
		}
		for s := range p {
			c := r.ByLabel[s.Label]
			c.Pred++
			r.ByLabel[s.Label] = c
		}
	}
	for l, c := range r.ByLabel {
		c.finish()
		r.ByLabel[l] = c
		r.Overall.Gold += c.Gold
		r.Overall.Pred += c.Pred
		r.Overall.Correct += c.Correct
	}
	r.Overall.finish()
	return r
}

// Print writes the report as a table: one row per label, then overall.
func (r Report) Print(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "label\tgold\tpred\tcorrect\tprecision\trecall\tF1\t\n")
	row := func(name string, c Counts) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.4f\t%.4f\t%.4f\t\n", name, c.Gold, c.Pred, c.Correct, c.Precision, c.Recall, c.F1)
	}
	for _, l := range Labels {
		row(l, r.ByLabel[l])
	}
	for l, c := range r.ByLabel {
		if labelIndex(l) < 0 {
			row(l, c)
		}
	}
	row("overall", r.Overall)
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("ner: printing report: %w", err)
	}
	return nil
}
