package store

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// Snippets are pure text: cut from an article's text around the query's
// terms, the same whichever backend found the article.

// snippetChars is the length of a snippet in characters.
const snippetChars = 160

// Snippet cuts about width characters of text around the densest cluster
// of the terms' occurrences and returns it with the matched spans (byte
// offsets into the snippet). A term is found by its text as typed, else by
// its morphemes (a verb stem 만나 for 만났다); without any match the
// snippet is the start of the text after the headline.
func Snippet(text, headline string, terms []*textsearch.Term, width int) (string, []Span) {
	lower := strings.ToLower(text)
	if len(lower) != len(text) { // case folding moved bytes: match as is
		lower = text
	}
	occs := occurrences(lower, terms)
	sort.Slice(occs, func(i, j int) bool { return occs[i].Start < occs[j].Start })
	// Skip the headline: the hit shows it anyway.
	bodyStart := 0
	if headline != "" {
		if k := strings.Index(text, headline); k >= 0 && k < 16 {
			bodyStart = k + len(headline)
		}
	}
	start := windowStart(text, occs, bodyStart, width)
	end := byteAfterChars(text, start, width)
	// Keep whole words at the edges where a space is near.
	if start > bodyStart && !isSpace(text[start-1]) {
		if k := strings.IndexAny(text[start:min(end, start+30)], " \n"); k >= 0 {
			start += k + 1
		}
	}
	if end < len(text) && !isSpace(text[end]) {
		if k := strings.LastIndexAny(text[max(start, end-30):end], " \n"); k >= 0 {
			end = max(start, end-30) + k
		}
	}
	body := strings.Join(strings.Fields(text[start:end]), " ")
	// Recompute spans on the cleaned excerpt: collapsing white space moved bytes.
	var spans []Span
	prefix := ""
	if start > bodyStart {
		prefix = "…"
	}
	snip := prefix + body
	if end < len(text) {
		snip += "…"
	}
	lsnip := strings.ToLower(snip)
	if len(lsnip) != len(snip) {
		lsnip = snip
	}
	for _, o := range occs {
		nd := lower[o.Start:o.End]
		if o.Start < start || o.End > end {
			continue
		}
		for from := 0; ; {
			k := strings.Index(lsnip[from:], nd)
			if k < 0 {
				break
			}
			spans = append(spans, Span{from + k, from + k + len(nd)})
			from += k + len(nd)
		}
	}
	return snip, mergeSpans(spans)
}

// occ is one occurrence of a query term in a text.
type occ struct {
	Span
	term int
}

// occurrences finds the terms in the lower-cased text: by their text as
// typed, else by their morphemes (a verb stem 만나 for 만났다).
func occurrences(lower string, terms []*textsearch.Term) []occ {
	var occs []occ
	for ti, t := range terms {
		needles := []string{strings.ToLower(strings.TrimSpace(t.Text))}
		found := false
		for pass := 0; pass < 2 && !found; pass++ {
			if pass == 1 {
				needles = needles[:0]
				for _, m := range t.Morphs {
					if utf8.RuneCountInString(m) >= 2 || len(t.Morphs) == 1 {
						needles = append(needles, m)
					}
				}
			}
			for _, nd := range needles {
				if nd == "" {
					continue
				}
				for from := 0; ; {
					k := strings.Index(lower[from:], nd)
					if k < 0 {
						break
					}
					st := from + k
					occs = append(occs, occ{Span{st, st + len(nd)}, ti})
					found = true
					from = st + len(nd)
				}
			}
		}
	}
	return occs
}

// windowStart is where a snippet of width characters starts: before the
// occurrence whose window covers the most distinct terms, then the most
// occurrences, preferring occurrences after the headline (which ends at
// bodyStart); the body's start without any.
func windowStart(text string, occs []occ, bodyStart, width int) int {
	// Pick the window start (an occurrence) covering the most distinct
	// terms, then the most occurrences; prefer occurrences after the headline.
	start, best, bestOcc := -1, -1, -1
	for i := range occs {
		end := byteAfterChars(text, occs[i].Start, width*3/4)
		seen := map[int]bool{}
		n := 0
		for j := i; j < len(occs) && occs[j].End <= end; j++ {
			seen[occs[j].term] = true
			n++
		}
		score := len(seen)*1000 + n
		if occs[i].Start >= bodyStart {
			score += 500
		}
		if score > best || (score == best && n > bestOcc) {
			start, best, bestOcc = occs[i].Start, score, n
		}
	}
	if start < 0 {
		start = bodyStart
	} else {
		inBody := start >= bodyStart
		start = byteBeforeChars(text, start, width/4)
		if inBody && start < bodyStart {
			start = bodyStart
		}
	}
	return start
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func mergeSpans(sp []Span) []Span {
	if len(sp) == 0 {
		return []Span{}
	}
	sort.Slice(sp, func(i, j int) bool {
		return sp[i].Start < sp[j].Start || sp[i].Start == sp[j].Start && sp[i].End > sp[j].End
	})
	out := []Span{sp[0]}
	for _, s := range sp[1:] {
		last := &out[len(out)-1]
		if s.Start <= last.End {
			last.End = max(last.End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// byteAfterChars is the byte offset n characters after off (or the end).
func byteAfterChars(s string, off, n int) int {
	for i := 0; i < n && off < len(s); i++ {
		_, w := utf8.DecodeRuneInString(s[off:])
		off += w
	}
	return off
}

// byteBeforeChars is the byte offset n characters before off (or 0).
func byteBeforeChars(s string, off, n int) int {
	for i := 0; i < n && off > 0; i++ {
		_, w := utf8.DecodeLastRuneInString(s[:off])
		off -= w
	}
	return off
}
