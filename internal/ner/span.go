package ner

import (
	"fmt"
	"sort"
)

// Entity labels of sosik's guideline (docs/entity-guideline.md). They map
// one to one onto KLUE-NER's PS, OG, LC, DT, TI and QT.
const (
	Person   = "PERSON"
	Org      = "ORG"
	Place    = "PLACE"
	Date     = "DATE"
	Time     = "TIME"
	Quantity = "QUANTITY"
)

// Labels lists the entity labels in the order the model indexes them.
var Labels = []string{Person, Org, Place, Date, Time, Quantity}

// Span is one entity mention: byte offsets [Start, End) into the sentence or
// text it was found in, and its label (one of Labels).
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
}

// Sentence is a text with its gold entity spans.
type Sentence struct {
	Text  string
	Spans []Span
	// Unannotated lists labels the source corpus did not annotate in this
	// sentence (KMOU's 2016klp part has no quantities): training treats
	// those labels as unknown rather than as O, so the sentence neither
	// teaches nor forbids them.
	Unannotated []string
}

// labelIndex maps a label to its index in Labels, or -1.
func labelIndex(l string) int {
	for i, x := range Labels {
		if x == l {
			return i
		}
	}
	return -1
}

// Tag indexes: 0 is O; entity label i has B = 1+2i and I = 2+2i.
const numTags = 1 + 2*6

func tagB(label int) int { return 1 + 2*label }
func tagI(label int) int { return 2 + 2*label }

// tagLabel returns the label index of a B or I tag, -1 for O.
func tagLabel(t int) int {
	if t == 0 {
		return -1
	}
	return (t - 1) / 2
}

func isI(t int) bool { return t != 0 && (t-1)%2 == 1 }

// allowed reports whether tag next may follow tag prev under BIO: an I tag
// must continue a B or I of the same label. prev < 0 means sentence start.
func allowed(prev, next int) bool {
	if !isI(next) {
		return true
	}
	return prev >= 0 && prev != 0 && tagLabel(prev) == tagLabel(next)
}

// sortSpans orders spans by start, then end, then label.
func sortSpans(s []Span) {
	sort.Slice(s, func(i, j int) bool {
		if s[i].Start != s[j].Start {
			return s[i].Start < s[j].Start
		}
		if s[i].End != s[j].End {
			return s[i].End < s[j].End
		}
		return s[i].Label < s[j].Label
	})
}

// encodeTags turns spans into one BIO tag per rune of text. starts holds
// the byte offset of every rune. Overlapping spans keep the earlier one;
// spans not on rune boundaries are an error.
func encodeTags(starts []int, textLen int, spans []Span) ([]int, error) {
	tags := make([]int, len(starts))
	runeAt := make(map[int]int, len(starts)+1)
	for i, b := range starts {
		runeAt[b] = i
	}
	runeAt[textLen] = len(starts)
	ss := append([]Span(nil), spans...)
	sortSpans(ss)
	for _, sp := range ss {
		li := labelIndex(sp.Label)
		if li < 0 {
			return nil, fmt.Errorf("ner: unknown label %q", sp.Label)
		}
		a, ok1 := runeAt[sp.Start]
		b, ok2 := runeAt[sp.End]
		if !ok1 || !ok2 || a >= b {
			return nil, fmt.Errorf("ner: span [%d,%d) %s is not on character boundaries", sp.Start, sp.End, sp.Label)
		}
		free := true
		for k := a; k < b; k++ {
			if tags[k] != 0 {
				free = false
			}
		}
		if !free {
			continue
		}
		tags[a] = tagB(li)
		for k := a + 1; k < b; k++ {
			tags[k] = tagI(li)
		}
	}
	return tags, nil
}

// decodeTags turns per-rune BIO tags back into byte spans. An I tag that
// does not continue an entity of its label starts a new one, as seqeval
// does, so any tag sequence decodes.
func decodeTags(starts []int, textLen int, tags []int) []Span {
	var out []Span
	cur := -1
	begin := 0
	end := func(i int) {
		if cur >= 0 {
			out = append(out, Span{Start: starts[begin], End: byteAt(starts, textLen, i), Label: Labels[cur]})
		}
		cur = -1
	}
	for i, t := range tags {
		switch {
		case t == 0:
			end(i)
		case isI(t) && cur == tagLabel(t):
		default:
			end(i)
			cur, begin = tagLabel(t), i
		}
	}
	end(len(tags))
	return out
}

func byteAt(starts []int, textLen, i int) int {
	if i < len(starts) {
		return starts[i]
	}
	return textLen
}
