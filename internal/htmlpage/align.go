package htmlpage

import (
	"strings"
	"unicode/utf8"
)

// Alignment limits: a page line found further on in the main text is taken
// only when it is long enough not to match by chance ("홈", "사회"), and the
// alignment is used only when it covers most of the main text.
const (
	minJumpRunes = 12
	minCoverage  = 0.8
)

// align picks, in order, the lines of the whole page (split at its own
// block elements and <br>s) that make up the main text the extractor
// chose. The extractor decides what the article is; the page decides where
// its paragraphs break, which the extractor may have lost by running them
// together ("…보인다.업계에서는…"). ok is false when the page lines do not
// cover the main text well enough.
func align(pageLines []string, main string) (out []string, ok bool) {
	text := fold(main)
	if text == "" {
		return nil, false
	}
	cursor, covered := 0, 0
	for _, l := range pageLines {
		f := fold(l)
		if f == "" {
			continue
		}
		if strings.HasPrefix(text[cursor:], f) {
			out = append(out, l)
			cursor += len(f)
			covered += len(f)
			continue
		}
		if utf8.RuneCountInString(f) < minJumpRunes {
			continue
		}
		if k := strings.Index(text[cursor:], f); k >= 0 {
			out = append(out, l)
			cursor += k + len(f)
			covered += len(f)
		}
	}
	return out, float64(covered) >= minCoverage*float64(len(text))
}

// fold drops all white space, for comparing text across renderings.
func fold(s string) string { return strings.Join(strings.Fields(s), "") }
