package store

import (
	"errors"
	"strings"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// Matcher decides in memory whether one document matches a search text,
// with the parser and the index terms Search uses: a watch tests each new
// article as it is stored instead of re-running its query over the corpus.
type Matcher struct {
	node textsearch.Node
}

// IndexedDoc is a document as the full-text index holds it.
type IndexedDoc struct {
	head, body []string // content morphemes
	form       string   // GramForm of headline and text, for bigram matches
}

// CompileQuery parses a search text for Match; a syntax error is a
// *QueryError, as from Search.
func CompileQuery(a *korean.Analyzer, text string) (*Matcher, error) {
	n, err := textsearch.Parse(a, text)
	if err != nil {
		var se *textsearch.SyntaxError
		if errors.As(err, &se) {
			return nil, &QueryError{Query: text, Pos: se.Pos, Msg: se.Msg}
		}
		return nil, err
	}
	if n == nil {
		return nil, &QueryError{Query: text, Pos: -1, Msg: "nothing to search for"}
	}
	return &Matcher{node: n}, nil
}

// IndexDocument computes what Match reads of d: the index terms Put
// stores for it.
func IndexDocument(a *korean.Analyzer, d *extract.Document) *IndexedDoc {
	morph := func(text string) []string { return textsearch.Morphemes(a, text) }
	var head, body string
	if d.Tokens.Len() > 0 {
		head, body, _ = indexTokens(morph, d.Headline, d.Text, d.Tokens)
	} else {
		head, body, _ = indexTerms(morph, d.Headline, d.Text)
	}
	return &IndexedDoc{head: strings.Fields(head), body: strings.Fields(body),
		form: textsearch.GramForm(d.Headline + "\n" + d.Text)}
}

// Match reports whether the document matches the query.
func (m *Matcher) Match(d *IndexedDoc) bool { return matchNode(m.node, d) }

func matchNode(n textsearch.Node, d *IndexedDoc) bool {
	switch n := n.(type) {
	case *textsearch.Term:
		if len(n.Morphs) > 0 && (hasRun(d.body, n.Morphs) || hasRun(d.head, n.Morphs)) {
			return true
		}
		// As in Search: bigrams stand in for a word, or for a phrase
		// without morphemes, and must hold the term as a phrase.
		return len(n.Grams) > 0 && (!n.Phrase || len(n.Morphs) == 0) && n.GramsIn(d.form)
	case *textsearch.Or:
		for _, it := range n.Items {
			if matchNode(it, d) {
				return true
			}
		}
		return false
	case *textsearch.And:
		pos := false
		for _, it := range n.Items {
			if nt, ok := it.(*textsearch.Not); ok {
				if matchNode(nt.Item, d) {
					return false
				}
				continue
			}
			if !matchNode(it, d) {
				return false
			}
			pos = true
		}
		return pos
	case *textsearch.Not:
		return !matchNode(n.Item, d)
	}
	return false
}

// hasRun reports whether seq holds run contiguously (a phrase match of
// the morpheme index).
func hasRun(seq, run []string) bool {
	for i := 0; i+len(run) <= len(seq); i++ {
		ok := true
		for j := range run {
			if seq[i+j] != run[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
