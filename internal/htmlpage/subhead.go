package htmlpage

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Subhead limits: a title block holds a few short lines; an element with
// more, or with longer lines, is a container or a lead paragraph.
const (
	maxSubheads     = 4
	maxSubheadRunes = 150
)

// subheadBlocks returns the lines of the page's subhead elements (a
// class or id saying sub_title, subhead …), which pages set in the title
// block outside the article body the extractor keeps. It must read the
// page before extraction prunes it.
func subheadBlocks(doc *html.Node) []string {
	w := wordsOf()
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if len(out) >= maxSubheads {
			return
		}
		if n.Type == html.ElementNode && hasWord(attr(n, "class")+" "+attr(n, "id"), w.subhead) {
			out = append(out, subheadLines(n)...)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// subheadLines reads one subhead element: its lines, or none when it is
// too big to be a title block's subhead.
func subheadLines(n *html.Node) []string {
	ls := lines(n)
	if len(ls) > maxSubheads {
		return nil
	}
	for _, l := range ls {
		if utf8.RuneCountInString(l) > maxSubheadRunes || strings.HasPrefix(l, "![") {
			return nil
		}
	}
	return ls
}

// newSubheads keeps the subhead lines that neither repeat the title nor
// stand in the body already, at most maxSubheads.
func newSubheads(heads []string, title string, body []string) []string {
	have := map[string]bool{fold(title): true}
	for _, l := range body {
		have[fold(l)] = true
	}
	var out []string
	for _, l := range heads {
		if f := fold(l); f != "" && !have[f] && len(out) < maxSubheads {
			have[f] = true
			out = append(out, l)
		}
	}
	return out
}
