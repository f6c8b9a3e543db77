package htmlpage

import (
	"bytes"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// x/net/html refuses a page whose open elements nest deeper than 512. A
// page wrapped in thousands of layout <div>s still holds a readable
// article, so before giving up parseDoc flattens it: past half the bound
// of open elements, layout wrappers are dropped (their text kept), and
// past the bound every further start tag is. The parser adds elements of
// its own (an implied <tbody>, reopened formatting tags), so parseDoc
// halves the bound until the page parses.
var flattenBounds = []int{480, 240, 120, 60}

// structural elements carry the article's shape (paragraphs, headings,
// lists, tables, photos); flatten keeps them up to the hard bound.
var structural = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Figure: true, atom.Figcaption: true, atom.Blockquote: true, atom.Article: true, atom.Main: true,
	atom.A: true, atom.Pre: true, atom.Html: true, atom.Head: true, atom.Body: true, atom.Title: true,
	atom.Script: true, atom.Style: true, atom.Textarea: true, atom.Noscript: true,
}

// selfClosing elements close a still-open element of the same name (a new
// <p> ends the previous one), so they do not stack in the parser either.
var selfClosing = map[atom.Atom]bool{atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Option: true}

// openTag is one element flatten has seen open, and whether it was kept.
type openTag struct {
	name string
	kept bool
}

// flatten rewrites src (UTF-8 HTML) with at most hard open elements
// (wrappers up to hard/2, see flattenBounds); text, attributes and every
// element within the bounds are kept.
func flatten(src []byte, hard int) []byte {
	z := html.NewTokenizer(bytes.NewReader(src))
	var out bytes.Buffer
	var stack []openTag
	kept := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				out.Write(z.Raw())
			}
			return out.Bytes()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			tag := string(name)
			a := atom.Lookup(name)
			if isVoid(a) {
				out.Write(raw)
				continue
			}
			if selfClosing[a] && len(stack) > 0 && stack[len(stack)-1].name == tag {
				stack, kept = closeTag(&out, stack, kept, tag, nil)
			}
			keep := kept < hard/2 || structural[a] && kept < hard
			if keep {
				out.Write(raw)
				kept++
			}
			stack = append(stack, openTag{name: tag, kept: keep})
		case html.EndTagToken:
			name, _ := z.TagName()
			stack, kept = closeTag(&out, stack, kept, string(name), raw)
		default:
			out.Write(raw)
		}
	}
}

// closeTag pops the stack down to the innermost open element called name,
// as the parser's implied end tags would, writing raw (the end tag as
// written, if any) only when that element was kept. An end tag matching
// nothing open is written as is: the parser ignores it.
func closeTag(out *bytes.Buffer, stack []openTag, kept int, name string, raw []byte) ([]openTag, int) {
	i := len(stack) - 1
	for i >= 0 && stack[i].name != name {
		i--
	}
	if i < 0 {
		out.Write(raw)
		return stack, kept
	}
	for _, t := range stack[i:] {
		if t.kept {
			kept--
		}
	}
	if stack[i].kept {
		out.Write(raw)
	}
	return stack[:i], kept
}

// isVoid reports elements that never have content or an end tag.
func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// tooDeep reports the parser's nesting refusal.
func tooDeep(err error) bool {
	return err != nil && strings.Contains(err.Error(), "exceeds 512")
}
