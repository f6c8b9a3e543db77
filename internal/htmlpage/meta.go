package htmlpage

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Meta is what the page says about itself in its head: Open Graph and
// article meta tags, JSON-LD NewsArticle, the author meta tag, <title>.
// Empty fields are not stated.
type Meta struct {
	Title     string // JSON-LD headline, og:title, then <title>
	Published string // as written: JSON-LD datePublished, article:published_time …
	Author    string // JSON-LD author names, or the author meta tag
	Site      string // og:site_name, or the JSON-LD publisher
	URL       string // og:url or the canonical link
}

// metaKeys maps meta tag names and properties onto Meta fields, best
// first within each field.
var metaKeys = map[string]struct {
	field string
	rank  int
}{
	"og:title": {"title", 1}, "twitter:title": {"title", 2},
	"article:published_time": {"published", 1}, "og:published_time": {"published", 2},
	"pubdate": {"published", 3}, "publishdate": {"published", 3}, "date": {"published", 4},
	"dc.date.issued": {"published", 4}, "dc.date": {"published", 5}, "article:modified_time": {"published", 6},
	"author": {"author", 2}, "article:author": {"author", 3}, "dable:author": {"author", 3},
	"og:site_name": {"site", 1}, "og:url": {"url", 1},
}

// jsonLDRank is the rank of JSON-LD values: above every meta tag but
// og:site_name, whose site name is the outlet's own.
const jsonLDRank = 0

// meta collects candidates by field and keeps the best ranked.
type metaReader struct {
	vals  map[string]string
	ranks map[string]int
	title string // <title>
}

func (r *metaReader) offer(field, v string, rank int) {
	v = strings.Join(strings.Fields(v), " ")
	if v == "" {
		return
	}
	if old, ok := r.ranks[field]; ok && old <= rank {
		return
	}
	r.vals[field], r.ranks[field] = v, rank
}

// readMeta walks the parsed page for its own metadata.
func readMeta(doc *html.Node) Meta {
	r := &metaReader{vals: map[string]string{}, ranks: map[string]int{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch tagOf(n) {
			case atom.Meta:
				r.metaTag(n)
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					r.offer("url", attr(n, "href"), 2)
				}
			case atom.Title:
				if r.title == "" {
					r.title = textOf(n)
				}
			case atom.Script:
				if strings.EqualFold(attr(n, "type"), "application/ld+json") {
					r.jsonLD(textOf(n))
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	m := Meta{Title: r.vals["title"], Published: r.vals["published"], Author: r.vals["author"],
		Site: r.vals["site"], URL: r.vals["url"]}
	if m.Title == "" {
		m.Title = strings.Join(strings.Fields(r.title), " ")
	}
	return m
}

func (r *metaReader) metaTag(n *html.Node) {
	key := strings.ToLower(attr(n, "property"))
	if key == "" {
		key = strings.ToLower(attr(n, "name"))
	}
	if k, ok := metaKeys[key]; ok {
		r.offer(k.field, attr(n, "content"), k.rank)
	}
}

// ldNode is the part of a JSON-LD object sosik reads.
type ldNode struct {
	Type          any             `json:"@type"`
	Headline      string          `json:"headline"`
	DatePublished string          `json:"datePublished"`
	Author        json.RawMessage `json:"author"`
	Publisher     json.RawMessage `json:"publisher"`
	Graph         []ldNode        `json:"@graph"`
}

// articleTypes are the schema.org types of a news story.
var articleTypes = map[string]bool{"NewsArticle": true, "Article": true, "ReportageNewsArticle": true,
	"AnalysisNewsArticle": true, "OpinionNewsArticle": true, "BlogPosting": true, "WebPage": false}

// jsonLD reads a JSON-LD script: an object, an array, or an @graph.
func (r *metaReader) jsonLD(src string) {
	src = strings.TrimSpace(src)
	var nodes []ldNode
	if strings.HasPrefix(src, "[") {
		if json.Unmarshal([]byte(src), &nodes) != nil {
			return
		}
	} else {
		var one ldNode
		if json.Unmarshal([]byte(src), &one) != nil {
			return
		}
		nodes = append([]ldNode{one}, one.Graph...)
	}
	for _, n := range nodes {
		if !isArticleType(n.Type) {
			continue
		}
		r.offer("title", n.Headline, jsonLDRank)
		r.offer("published", n.DatePublished, jsonLDRank)
		r.offer("author", strings.Join(ldNames(n.Author), ", "), jsonLDRank)
		r.offer("site", strings.Join(ldNames(n.Publisher), ", "), 2)
	}
}

func isArticleType(t any) bool {
	switch v := t.(type) {
	case string:
		return articleTypes[v]
	case []any:
		for _, x := range v {
			if s, ok := x.(string); ok && articleTypes[s] {
				return true
			}
		}
	}
	return false
}

// ldNames reads names from a JSON-LD person or organisation value: a
// string, an object with "name", or an array of either.
func ldNames(raw json.RawMessage) []string {
	if len(raw) == 0 {
		return nil
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return []string{s}
	}
	var obj struct {
		Name string `json:"name"`
	}
	if json.Unmarshal(raw, &obj) == nil && obj.Name != "" {
		return []string{obj.Name}
	}
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) != nil {
		return nil
	}
	var out []string
	for _, x := range list {
		out = append(out, ldNames(x)...)
	}
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// textOf is the text under n, script and style included (for JSON-LD).
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
