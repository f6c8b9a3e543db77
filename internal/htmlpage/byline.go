package htmlpage

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// maxBylineRunes bounds a byline box: a longer element is a text block.
const maxBylineRunes = 80

// bylineBox reads the reporter from the page's byline box (an element
// whose class or id says byline, writer, reporter …): its text up to and
// including the first reporter title, "이도윤 기자" from "이도윤 기자 입력
// 2024.11.18 06:00". It returns "" when no box names a reporter.
func bylineBox(doc *html.Node) string {
	w := wordsOf()
	var found string
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode && hasWord(attr(n, "class")+" "+attr(n, "id"), w.byline) {
			if t := clean(visibleText(n)); t != "" && utf8.RuneCountInString(t) <= maxBylineRunes {
				if b := cutAtTitle(t, w.bylineTitles); b != "" {
					found = b
					return true
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(doc)
	return found
}

// cutAtTitle returns s up to the end of its first reporter title that
// ends a word, or "".
func cutAtTitle(s string, titles []string) string {
	best := -1
	for _, t := range titles {
		for from := 0; from < len(s); {
			k := strings.Index(s[from:], t)
			if k < 0 {
				break
			}
			end := from + k + len(t)
			if k+from > 0 && (end == len(s) || s[end] == ' ') && (best < 0 || end < best) {
				best = end
				break
			}
			from = end
		}
	}
	if best < 0 {
		return ""
	}
	return s[:best]
}
