package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags end a line when rendering text: paragraphs, headings, list
// items, table rows and cells, quotes and the like.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Br: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Table: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Blockquote: true, atom.Section: true, atom.Article: true,
	atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Pre: true, atom.Dd: true, atom.Dt: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Main: true,
}

// lines renders n as text, one line per block element or <br>, white
// space collapsed, empty lines dropped. An image left in the tree becomes
// a markdown image line when it has an address and an alt text.
func lines(n *html.Node) []string {
	var (
		out []string
		cur strings.Builder
	)
	flush := func() {
		if t := clean(cur.String()); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch tagOf(n) {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Img:
				if src, alt := imageURL(n), clean(attr(n, "alt")); src != "" && alt != "" {
					flush()
					out = append(out, "!["+alt+"]("+src+")")
				}
				return
			}
			if blockTags[tagOf(n)] {
				flush()
				defer flush()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return out
}

// visibleText is the text under n without scripts and styles.
func visibleText(n *html.Node) string {
	return strings.Join(lines(n), " ")
}

// tagOf is n's tag; nodes built by the extractor carry only its name.
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Type != html.ElementNode {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}
