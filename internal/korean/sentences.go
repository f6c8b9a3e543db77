package korean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a byte range [Start, End) of a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "inc": true, "co": true,
	"corp": true, "ltd": true, "jr": true, "sr": true, "st": true, "vs": true, "etc": true,
	"no": true, "gov": true, "sen": true, "rep": true, "gen": true, "col": true, "lt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "fig": true, "vol": true,
	"u.s": true, "u.k": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true, "u.n": true,
}

// closerOf returns the closing rune of an opening quote or bracket, or 0;
// the straight quotes close themselves.
func closerOf(r rune) rune {
	switch r {
	case '"', '\'':
		return r
	case '“':
		return '”'
	case '‘':
		return '’'
	case '「':
		return '」'
	case '『':
		return '』'
	case '(':
		return ')'
	case '（':
		return '）'
	}
	return 0
}

// Sentences splits text into sentences. A sentence ends at . ? ! (and their
// full-width forms) followed by white space or the end, and always at a line
// break. Terminators inside quotes or parentheses do not end the sentence
// ("…간다"며), decimals ("3.5%"), dotted dates ("2025.04.01."), e-mail
// addresses, URLs, list numbers ("1. ") and abbreviations ("Dr. Kim") keep
// their dot, and an ellipsis ends a sentence only at a line end. Spans carry
// no surrounding white space.
func Sentences(text string) []Span {
	var out []Span
	start := -1
	var stack []rune
	pending := false // a terminator was seen inside the open quote
	emit := func(end int) {
		if start >= 0 {
			e := end
			for e > start {
				r, w := utf8.DecodeLastRuneInString(text[start:e])
				if !unicode.IsSpace(r) {
					break
				}
				e -= w
			}
			if e > start {
				out = append(out, Span{start, e})
			}
		}
		start = -1
		stack = stack[:0]
		pending = false
	}
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if r == '\n' || r == '\r' || r == '\u2029' {
			emit(i)
			i += w
			continue
		}
		if start < 0 {
			if unicode.IsSpace(r) {
				i += w
				continue
			}
			start = i
		}
		switch {
		case len(stack) > 0 && r == stack[len(stack)-1] && !isApostrophe(text, i, r):
			stack = stack[:len(stack)-1]
			i += w
			// a quotation ending its own sentence ends the sentence; a
			// parenthesis does not ("(…제공.) 본문").
			if len(stack) == 0 && pending && r != ')' && r != '）' {
				pending = false
				if i >= len(text) || isSpaceAt(text, i) {
					emit(i)
				}
			}
			continue
		case closerOf(r) != 0 && !isApostrophe(text, i, r):
			if len(stack) < 16 {
				stack = append(stack, closerOf(r))
			}
			i += w
			continue
		}
		if !isTerminator(r) {
			i += w
			continue
		}
		// take the whole run of terminators: "?!", "...".
		j := i
		ellipsis := false
		dots := 0
		for j < len(text) {
			r2, w2 := utf8.DecodeRuneInString(text[j:])
			if !isTerminator(r2) {
				break
			}
			if r2 == '.' {
				dots++
			}
			if r2 == '…' {
				ellipsis = true
			}
			j += w2
		}
		if dots >= 2 {
			ellipsis = true
		}
		if len(stack) > 0 {
			pending = true
			i = j
			continue
		}
		if j < len(text) && !isSpaceAt(text, j) {
			i = j
			continue
		}
		if ellipsis && j < len(text) && !lineEndsAt(text, j) {
			i = j
			continue
		}
		if r == '.' && j == i+1 && keepsDot(text, start, i) {
			i = j
			continue
		}
		emit(j)
		i = j
	}
	emit(len(text))
	return out
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '?', '!', '。', '？', '！', '…':
		return true
	}
	return false
}

func isSpaceAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

// lineEndsAt reports whether only spaces separate s[i:] from a line end.
func lineEndsAt(s string, i int) bool {
	for ; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t':
		case '\n', '\r':
			return true
		default:
			return false
		}
	}
	return true
}

// isApostrophe tells an apostrophe (don't, ’90s, '25년) from a single quote.
func isApostrophe(s string, i int, r rune) bool {
	if r != '\'' && r != '’' {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
	if isASCIILetter(prev) && isASCIILetter(next) {
		return true
	}
	// '25년, '90년대: a year abbreviation, when no digit precedes.
	if next >= '0' && next <= '9' && !(prev >= '0' && prev <= '9') {
		k := i + utf8.RuneLen(r)
		d := 0
		for k < len(s) && isDigit(s[k]) {
			k++
			d++
		}
		return d == 2 && (strings.HasPrefix(s[k:], "년") || strings.HasPrefix(s[k:], "s"))
	}
	return false
}

func isASCIILetter(r rune) bool { return r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z') }

// keepsDot reports whether the dot at s[i], which is followed by white
// space, belongs to the word before it rather than ending the sentence.
func keepsDot(s string, start, i int) bool {
	// the word before the dot, back to white space.
	k := i
	for k > start {
		r, w := utf8.DecodeLastRuneInString(s[:k])
		if unicode.IsSpace(r) {
			break
		}
		k -= w
	}
	word := s[k:i]
	if word == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(word)
	if isDigit(byte(last)) && last < utf8.RuneSelf {
		// list number "1." at the start of a sentence
		if k == start && len(word) <= 2 && allDigits(word) {
			return true
		}
		// the spaced date style "2025. 7. 1.": digits go on after the space
		if allDigits(word) && i+2 < len(s) && s[i+1] == ' ' && isDigit(s[i+2]) {
			return true
		}
		if allDigits(word) && len(word) <= 2 && isSpacedDateEnd(s[max(0, k-16):k]) {
			return true
		}
		return isDottedDate(word)
	}
	if isASCIILetter(last) {
		lw := strings.ToLower(strings.TrimLeft(word, "(\"'“‘"))
		if abbreviations[lw] {
			return true
		}
		// an initial: "J. Kim"
		if len(lw) == 1 {
			return true
		}
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// isDottedDate reports "2025.04.01" or "25.4.1" (the word before a final dot).
func isDottedDate(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if !allDigits(p) || len(p) > 4 {
			return false
		}
	}
	return len(parts[0]) == 4 || len(parts[0]) == 2
}

// isSpacedDateEnd reports whether s ends with "2025. 7. " — the start of a
// spaced date whose day follows.
func isSpacedDateEnd(s string) bool {
	parts := strings.Fields(s)
	if len(parts) < 2 {
		return false
	}
	y, m := parts[len(parts)-2], parts[len(parts)-1]
	return len(y) == 5 && strings.HasSuffix(y, ".") && allDigits(y[:4]) &&
		len(m) >= 2 && len(m) <= 3 && strings.HasSuffix(m, ".") && allDigits(m[:len(m)-1])
}
