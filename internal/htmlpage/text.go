package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Text renders an HTML fragment, such as a feed item's description, the
// way Parse renders a page's main text: one paragraph per line, entities
// decoded, scripts dropped, photos as "![caption](url)" lines. Text without
// markup passes through with white space collapsed and empty lines dropped.
func Text(fragment string) string {
	if !strings.ContainsAny(fragment, "<&") {
		var out []string
		for _, l := range strings.Split(fragment, "\n") {
			if l = clean(l); l != "" {
				out = append(out, l)
			}
		}
		return strings.Join(out, "\n")
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), body)
	if err != nil {
		return clean(fragment)
	}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	markPhotos(body)
	return strings.Join(lines(body), "\n")
}
