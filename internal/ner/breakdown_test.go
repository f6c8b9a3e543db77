package ner

import (
	"fmt"
	"strings"
)

// breakdown classifies each gold entity as exact, right span with wrong
// label, overlapping a prediction, or missed, per label: it says whether a
// type loses on boundaries, on confusion or on recall.
func breakdown(gold, pred [][]Span) string {
	type row struct{ exact, label, overlap, missed int }
	rows := map[string]*row{}
	conf := map[string]int{}
	for i := range gold {
		for _, g := range gold[i] {
			r := rows[g.Label]
			if r == nil {
				r = &row{}
				rows[g.Label] = r
			}
			kind := 3
			for _, p := range pred[i] {
				switch {
				case p == g:
					kind = 0
				case p.Start == g.Start && p.End == g.End && kind > 1:
					kind = 1
					conf[g.Label+"→"+p.Label]++
				case p.Start < g.End && g.Start < p.End && kind > 2:
					kind = 2
				}
			}
			switch kind {
			case 0:
				r.exact++
			case 1:
				r.label++
			case 2:
				r.overlap++
			default:
				r.missed++
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-9s %6s %6s %7s %6s\n", "gold", "exact", "label", "overlap", "missed")
	for _, l := range Labels {
		if r := rows[l]; r != nil {
			fmt.Fprintf(&b, "%-9s %6d %6d %7d %6d\n", l, r.exact, r.label, r.overlap, r.missed)
		}
	}
	fmt.Fprintf(&b, "label confusions: %v\n", conf)
	return b.String()
}
