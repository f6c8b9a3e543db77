package article

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// line is one non-empty input line after normalisation.
type line struct {
	text string
	// blankBefore is true when an empty line separates this line from the
	// previous one; hard-wrapped files use it to mark paragraph ends.
	blankBefore bool
}

// splitLines normalises text and cuts it into non-empty lines. Korean text
// arrives in NFD from some systems (macOS, old crawlers), so it is composed
// to NFC first: otherwise the same word has two byte forms and every later
// dictionary look-up misses.
func splitLines(s string) []line {
	s = norm.NFC.String(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var out []line
	blank := false
	for raw := range strings.SplitSeq(s, "\n") {
		t := cleanLine(raw)
		if t == "" {
			blank = len(out) > 0
			continue
		}
		if n := len(out); n > 0 && strings.HasPrefix(t, ")") && openImage(out[n-1].text) {
			out[n-1].text += t // "![alt](url" with its ")" on the next line
			continue
		}
		out = append(out, line{text: t, blankBefore: blank})
		blank = false
	}
	return out
}

// openImage reports whether s ends in a markdown image whose address a
// crawler broke off before the closing parenthesis: "![제목](http://…jpg".
func openImage(s string) bool {
	i := strings.LastIndex(s, "](")
	return i > 0 && strings.Contains(s[:i], "![") && !strings.ContainsAny(s[i+2:], ") ")
}

var mdLinkRe = lazyRE(`\[([^\[\]]*)\]\((?:https?://|/)[^()\s]*\)`)

// cleanLine folds the many kinds of space to one ASCII space, drops
// invisible and control characters, resolves HTML entities left by
// crawlers and turns inline markdown links into their text.
func cleanLine(s string) string {
	if strings.Contains(s, "&") && strings.Contains(s, ";") {
		s = html.UnescapeString(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			continue
		case r == '\t' || unicode.IsSpace(r) || r == 0x3000:
			space = true
			continue
		case r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF || r == 0xAD:
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	t := b.String()
	if strings.Contains(t, "![]()") {
		t = strings.TrimSpace(strings.ReplaceAll(t, "![]()", "")) // an image the crawler kept nothing of
	}
	if strings.Contains(t, "](") && !strings.Contains(t, "![") {
		t = mdLinkRe().ReplaceAllString(t, "$1")
	}
	return t
}

// image is one markdown image found on a line.
type image struct {
	alt, url string
}

// cutImages removes every markdown image `![alt](url "title")` from s and
// returns them with the text left over. Alt text may itself contain
// brackets ("[서울=뉴시스]"), so brackets are paired with a stack rather
// than a regular expression; pairing them once keeps a line of thousands
// of unmatched "![" linear.
func cutImages(s string) ([]image, string) {
	if !strings.Contains(s, "![") {
		return nil, s
	}
	closeSq, closePar := pairs(s, '[', ']'), pairs(s, '(', ')')
	var (
		imgs []image
		rest strings.Builder
	)
	i := 0
	for i < len(s) {
		j := strings.Index(s[i:], "![")
		if j < 0 {
			rest.WriteString(s[i:])
			break
		}
		start := i + j
		altEnd := int(closeSq[start+1])
		if altEnd < 0 || altEnd+1 >= len(s) || s[altEnd+1] != '(' || closePar[altEnd+1] < 0 {
			rest.WriteString(s[i : start+2])
			i = start + 2
			continue
		}
		urlEnd := int(closePar[altEnd+1])
		target := strings.TrimSpace(s[altEnd+2 : urlEnd])
		// Drop an optional title: ![alt](url "title").
		if sp := strings.IndexByte(target, ' '); sp >= 0 {
			target = target[:sp]
		}
		target = strings.Trim(target, "<>")
		if target == "" {
			rest.WriteString(s[i : start+2])
			i = start + 2
			continue
		}
		rest.WriteString(s[i:start])
		imgs = append(imgs, image{alt: strings.TrimSpace(s[start+2 : altEnd]), url: target})
		i = urlEnd + 1
	}
	left := strings.TrimSpace(rest.String())
	// A linked image "[![alt](img)](link)" leaves "[](link)" behind.
	left = strings.TrimSpace(emptyLinkRe().ReplaceAllString(left, ""))
	return imgs, left
}

var emptyLinkRe = lazyRE(`\[\s*\]\([^()]*\)`)

// pairs returns, for each index of an open bracket in s, the index of
// its matching close bracket, and -1 everywhere else.
func pairs(s string, open, close byte) []int32 {
	match := make([]int32, len(s))
	var stack []int32
	for i := 0; i < len(s); i++ {
		match[i] = -1
		switch s[i] {
		case open:
			stack = append(stack, int32(i))
		case close:
			if n := len(stack); n > 0 {
				match[stack[n-1]] = int32(i)
				stack = stack[:n-1]
			}
		}
	}
	return match
}

// stripMarkup removes line-level markdown a crawler may have kept: heading
// hashes, list bullets, block quotes and bold markers around a whole line.
// heading is the markdown heading level, or -1 for a line set in bold
// (an in-body heading), or 0.
// headingFramed is the heading level of a subhead set between dashes,
// "- 부제 -": never the headline, a subhead even above it.
const headingFramed = -2

func stripMarkup(s string) (text string, heading int) {
	for heading < len(s) && s[heading] == '#' {
		heading++
	}
	if heading > 0 && heading < len(s) && s[heading] == ' ' {
		s = strings.TrimSpace(s[heading:])
	} else {
		heading = 0
	}
	if len(s) > 4 && strings.HasPrefix(s, "- ") && strings.HasSuffix(s, " -") {
		// "- 부제 -": a subhead set between dashes, not a list item
		return strings.TrimSpace(s[2 : len(s)-2]), headingFramed
	}
	for _, p := range []string{"> ", "- ", "* ", "+ ", "• "} {
		if strings.HasPrefix(s, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	for _, m := range []string{"**", "__"} {
		if len(s) > 2*len(m) && strings.HasPrefix(s, m) && strings.HasSuffix(s, m) {
			s = strings.TrimSpace(s[len(m) : len(s)-len(m)])
			if heading == 0 {
				heading = -1
			}
		}
	}
	return s, heading
}

// listMarked reports whether s opens with a list item's mark, "- " or "• ".
func listMarked(s string) bool {
	for _, p := range []string{"- ", "* ", "+ ", "• "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// foldSpace is s with all white space removed, for comparing a caption
// with its repetition.
func foldSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// endsSentence reports whether s ends like a Korean sentence: with final
// punctuation (also inside a closing quote) or the declarative ending 다.
// Headlines and subheads end in nouns or ellipses instead.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == '다' {
		return true
	}
	s = strings.TrimRight(s, "\"'”’)]」』")
	r, _ = utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '?', '!', '。':
		return true
	}
	return false
}

// endsPunct reports whether s ends with sentence-final punctuation, possibly
// inside closing quotes. Unlike endsSentence it ignores a final 다, which a
// wrapped line may end with mid-sentence ("전주보다").
func endsPunct(s string) bool {
	s = strings.TrimRight(s, "\"'”’)]」』")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '?' || r == '!' || r == '。'
}
