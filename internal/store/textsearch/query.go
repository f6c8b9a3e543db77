package textsearch

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/korean"
)

// Limits on a query, so a pasted document cannot become a denial of service.
const (
	MaxQueryBytes = 1000
	MaxTerms      = 32
)

// SyntaxError is a query that cannot be parsed; Pos is a byte offset into
// the query.
type SyntaxError struct {
	Pos int
	Msg string
}

// Error says what is wrong and where.
func (e *SyntaxError) Error() string { return fmt.Sprintf("%s at position %d", e.Msg, e.Pos) }

// Node is a parsed query: *Term, *And, *Or or *Not.
type Node interface{ node() }

// Term is a word or a "quoted phrase", with its index terms.
type Term struct {
	Text   string // as typed, without quotes
	Phrase bool
	Pos    int // byte offset in the query
	// Morphs and Grams are Text analysed like indexed text (Morphemes,
	// QueryGrams); either may be empty, not both (such terms are dropped).
	Morphs []string
	Grams  []string
	// GramPrefix says the last gram is a one-character word that must match
	// as a prefix (see QueryGrams).
	GramPrefix bool
}

// And matches what all its items match; Not items exclude.
type And struct{ Items []Node }

// Or matches what any of its items matches.
type Or struct{ Items []Node }

// Not excludes what its item matches; it only appears inside And.
type Not struct{ Item Node }

func (*Term) node() {}
func (*And) node()  {}
func (*Or) node()   {}
func (*Not) node()  {}

// Parse reads the search syntax: words are ANDed (AND may also be written),
// "double quotes" make a phrase, OR between two items (tighter than AND),
// a leading - (or NOT) excludes, parentheses group. Words with nothing to
// index (punctuation, lone particles) are dropped. An empty query, or one
// that only excludes, is an error: it would match everything.
func Parse(a *korean.Analyzer, q string) (Node, error) {
	if len(q) > MaxQueryBytes {
		return nil, &SyntaxError{Pos: MaxQueryBytes, Msg: fmt.Sprintf("query longer than %d bytes", MaxQueryBytes)}
	}
	if !utf8.ValidString(q) {
		return nil, &SyntaxError{Pos: 0, Msg: "query is not valid UTF-8"}
	}
	p := &parser{a: a, src: q}
	p.lex()
	if p.err != nil {
		return nil, p.err
	}
	n, err := p.and()
	if err != nil {
		return nil, err
	}
	if p.i < len(p.toks) { // only a stray ")" stops and() early
		return nil, &SyntaxError{Pos: p.toks[p.i].pos, Msg: "unmatched )"}
	}
	if p.terms > MaxTerms {
		return nil, &SyntaxError{Pos: 0, Msg: fmt.Sprintf("more than %d words", MaxTerms)}
	}
	if n == nil {
		return nil, &SyntaxError{Pos: 0, Msg: "nothing to search for (only punctuation or particles)"}
	}
	if !positive(n) {
		return nil, &SyntaxError{Pos: 0, Msg: "a query needs at least one word that is not excluded"}
	}
	return n, nil
}

type tokKind int

const (
	tWord tokKind = iota
	tPhrase
	tLParen
	tRParen
	tOr
	tAnd
	tNot
)

type token struct {
	kind tokKind
	text string
	pos  int
}

type parser struct {
	a     *korean.Analyzer
	src   string
	toks  []token
	i     int
	err   error
	terms int
}

func (p *parser) lex() {
	s := p.src
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case r == '"' || r == '“' || r == '”':
			end := strings.IndexAny(s[i+w:], "\"“”")
			if end < 0 {
				p.err = &SyntaxError{Pos: i, Msg: "unclosed quote"}
				return
			}
			p.toks = append(p.toks, token{tPhrase, s[i+w : i+w+end], i})
			_, cw := utf8.DecodeRuneInString(s[i+w+end:])
			i += w + end + cw
		case r == '(':
			p.toks = append(p.toks, token{tLParen, "(", i})
			i += w
		case r == ')':
			p.toks = append(p.toks, token{tRParen, ")", i})
			i += w
		case r == '-' && (i == 0 || isSep(s, i-1)):
			p.toks = append(p.toks, token{tNot, "-", i})
			i += w
		default:
			j := i
			for j < len(s) {
				r, w := utf8.DecodeRuneInString(s[j:])
				if unicode.IsSpace(r) || r == '"' || r == '“' || r == '”' || r == '(' || r == ')' {
					break
				}
				j += w
			}
			word := s[i:j]
			switch word {
			case "OR", "|":
				p.toks = append(p.toks, token{tOr, word, i})
			case "AND", "&":
				p.toks = append(p.toks, token{tAnd, word, i})
			case "NOT":
				p.toks = append(p.toks, token{tNot, word, i})
			default:
				p.toks = append(p.toks, token{tWord, word, i})
			}
			i = j
		}
	}
}

// isSep reports whether the byte before a '-' ends a word, so K-pop stays one word.
func isSep(s string, i int) bool {
	c := s[i]
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == '"'
}

func (p *parser) peek() *token {
	if p.i < len(p.toks) {
		return &p.toks[p.i]
	}
	return nil
}

// and parses items up to the end of the query or a ")".
func (p *parser) and() (Node, error) {
	var items []Node
	for {
		t := p.peek()
		if t == nil || t.kind == tRParen {
			break
		}
		if t.kind == tAnd {
			p.i++
			continue
		}
		if t.kind == tOr {
			return nil, &SyntaxError{Pos: t.pos, Msg: "OR needs a word on both sides"}
		}
		n, err := p.or()
		if err != nil {
			return nil, err
		}
		if n != nil {
			items = append(items, n)
		}
	}
	switch len(items) {
	case 0:
		return nil, nil
	case 1:
		return items[0], nil
	}
	return &And{Items: items}, nil
}

func (p *parser) or() (Node, error) {
	starts := []int{p.toks[p.i].pos}
	first, err := p.unary()
	if err != nil {
		return nil, err
	}
	items := []Node{first}
	for {
		t := p.peek()
		if t == nil || t.kind != tOr {
			break
		}
		p.i++
		if nt := p.peek(); nt == nil || nt.kind == tRParen || nt.kind == tOr || nt.kind == tAnd {
			return nil, &SyntaxError{Pos: t.pos, Msg: "OR needs a word on both sides"}
		}
		starts = append(starts, p.toks[p.i].pos)
		n, err := p.unary()
		if err != nil {
			return nil, err
		}
		items = append(items, n)
	}
	var kept []Node
	for i, n := range items {
		if n == nil {
			continue
		}
		if _, ok := n.(*Not); ok && len(items) > 1 {
			return nil, &SyntaxError{Pos: starts[i], Msg: "an excluded word cannot be an OR alternative"}
		}
		kept = append(kept, n)
	}
	switch len(kept) {
	case 0:
		return nil, nil
	case 1:
		return kept[0], nil
	}
	return &Or{Items: kept}, nil
}

func (p *parser) unary() (Node, error) {
	t := p.peek()
	if t == nil {
		return nil, &SyntaxError{Pos: len(p.src), Msg: "query ends too early"}
	}
	if t.kind == tNot {
		p.i++
		nt := p.peek()
		if nt == nil || nt.kind == tRParen || nt.kind == tOr || nt.kind == tAnd || nt.kind == tNot {
			return nil, &SyntaxError{Pos: t.pos, Msg: "nothing to exclude after " + t.text}
		}
		n, err := p.primary()
		if err != nil || n == nil {
			return nil, err
		}
		return &Not{Item: n}, nil
	}
	return p.primary()
}

func (p *parser) primary() (Node, error) {
	t := p.peek()
	switch t.kind {
	case tLParen:
		p.i++
		n, err := p.and()
		if err != nil {
			return nil, err
		}
		if c := p.peek(); c == nil || c.kind != tRParen {
			return nil, &SyntaxError{Pos: t.pos, Msg: "unclosed ("}
		}
		p.i++
		if n != nil && !positive(n) {
			return nil, &SyntaxError{Pos: t.pos, Msg: "a group needs at least one word that is not excluded"}
		}
		return n, nil
	case tWord, tPhrase:
		p.i++
		p.terms++
		term := &Term{Text: t.text, Phrase: t.kind == tPhrase, Pos: t.pos}
		term.Morphs = Morphemes(p.a, t.text)
		term.Grams, term.GramPrefix = QueryGrams(t.text)
		if len(term.Morphs) == 0 && len(term.Grams) == 0 {
			return nil, nil
		}
		return term, nil
	default: // tRParen, tOr, tAnd, tNot are handled by the callers
		p.i++
		return nil, &SyntaxError{Pos: t.pos, Msg: fmt.Sprintf("unexpected %s", t.text)}
	}
}

// positive reports whether n matches something by itself (is not only
// exclusions).
func positive(n Node) bool {
	switch n := n.(type) {
	case *Term:
		return true
	case *Not:
		return false
	case *Or:
		return true // Or never holds a Not
	case *And:
		for _, it := range n.Items {
			if positive(it) {
				return true
			}
		}
	}
	return false
}

// PositiveTerms lists the terms a match must or may contain (not the
// excluded ones), in query order: the ones to highlight.
func PositiveTerms(n Node) []*Term {
	var out []*Term
	var walk func(Node)
	walk = func(n Node) {
		switch n := n.(type) {
		case *Term:
			out = append(out, n)
		case *And:
			for _, it := range n.Items {
				walk(it)
			}
		case *Or:
			for _, it := range n.Items {
				walk(it)
			}
		}
	}
	walk(n)
	return out
}
