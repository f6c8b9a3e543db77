package extract

import (
	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/ner"
)

// Spans runs extraction over one bare sentence or paragraph and returns
// its entity spans under sosik's entity guideline, the labels KLUE-NER
// uses: PERSON, ORG and PLACE from entity mentions (names only, not
// pronouns or "이 회장" references), DATE from resolved date expressions,
// QUANTITY from amounts. Offsets are bytes into text.
func (x *Extractor) Spans(text string) []ner.Span {
	a := &article.Article{Text: text, Language: "ko",
		Sections: []article.Section{{Kind: article.KindBody, Start: 0, End: len(text), Photo: -1}}}
	if text == "" {
		return nil
	}
	doc := x.Extract(a)
	var out []ner.Span
	for _, e := range doc.Entities {
		label := map[string]string{Person: ner.Person, Org: ner.Org, Place: ner.Place}[e.Type]
		if label == "" {
			continue
		}
		for _, m := range e.Mentions {
			if personPronouns[m.Text] || groupPronouns[m.Text] || m.Text != e.Name && isReference(m.Text) {
				continue
			}
			out = append(out, ner.Span{Start: m.Start, End: m.End, Label: label})
		}
	}
	for _, d := range doc.Dates {
		out = append(out, ner.Span{Start: d.Start, End: d.End, Label: ner.Date})
	}
	for _, am := range doc.Amounts {
		out = append(out, ner.Span{Start: am.Start, End: am.End, Label: ner.Quantity})
	}
	return out
}

// isReference: "이 회장" — a surname and a title, not a name.
func isReference(s string) bool {
	r := []rune(s)
	return len(r) >= 3 && r[1] == ' '
}
