package korean

import (
	"slices"
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
// their dot, and an ellipsis ends a sentence only at a line end. A quote or
// parenthesis left open at the end of its line is taken for a stray mark
// and the line is split again without it. Spans carry no surrounding white
// space.
func Sentences(text string) []Span {
	var out []Span
	for ls := 0; ls < len(text); {
		le := ls
		for le < len(text) && text[le] != '\n' && text[le] != '\r' && (text[le] != 0xE2 || !strings.HasPrefix(text[le:], "\u2029")) {
			le++
		}
		var ignore []int
		mark := len(out)
		for try := 0; ; try++ {
			var open int
			out, open = splitLine(text, ls, le, ignore, try >= maxQuoteRetries, out[:mark])
			if open < 0 {
				break
			}
			ignore = append(ignore, open)
		}
		ls = le
		if ls < len(text) {
			_, w := utf8.DecodeRuneInString(text[ls:])
			ls += w
		}
	}
	return out
}

// maxSingleQuoteBytes is how long a single-quoted stretch may run before a
// sentence end inside it (about 25 syllables).
const maxSingleQuoteBytes = 75

// maxQuoteRetries bounds how many stray quote marks a line may have before
// quotes are ignored on it altogether.
const maxQuoteRetries = 8

// splitLine appends the sentences of text[ls:le], a line, to out. Openers
// at the offsets in ignore are plain characters, and with noQuotes all are.
// It returns the offset of the first opener left unclosed, or -1.
func splitLine(text string, ls, le int, ignore []int, noQuotes bool, out []Span) ([]Span, int) {
	line := text[:le] // offsets stay those of text
	start := -1
	type opened struct {
		closer rune
		pos    int
	}
	var stack []opened
	pending := false // a terminator was seen inside the open quote
	emit := func(end int) {
		if start >= 0 {
			e := end
			for e > start {
				r, w := utf8.DecodeLastRuneInString(line[start:e])
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
	for i := ls; i < le; {
		// inside a sentence, a syllable in 가–퓨 (lead byte 0xEB or 0xEC,
		// most Hangul text) is no space, mark or terminator.
		if start >= 0 && hangulAt(line, i, le) {
			i += 3
			continue
		}
		r, w := utf8.DecodeRuneInString(line[i:])
		if start < 0 {
			if unicode.IsSpace(r) {
				i += w
				continue
			}
			start = i
		}
		switch {
		case noQuotes:
		case len(stack) > 0 && r == stack[len(stack)-1].closer && !isApostrophe(line, i, r):
			stack = stack[:len(stack)-1]
			i += w
			// a quotation ending its own sentence ends the sentence; a
			// parenthesis does not ("(…제공.) 본문").
			if len(stack) == 0 && pending && r != ')' && r != '）' {
				pending = false
				if i >= le || isSpaceAt(line, i) {
					emit(i)
				}
			}
			continue
		case closerOf(r) != 0 && !isApostrophe(line, i, r) && !slices.Contains(ignore, i):
			if len(stack) < 16 {
				stack = append(stack, opened{closerOf(r), i})
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
		for j < le {
			r2, w2 := utf8.DecodeRuneInString(line[j:])
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
		// single quotes mark terms and titles ('스타게이트'), seldom whole
		// sentences: a sentence end followed by a space, far into one, means
		// the quote was a stray mark.
		for len(stack) > 0 && (stack[len(stack)-1].closer == '\'' || stack[len(stack)-1].closer == '’') &&
			i-stack[len(stack)-1].pos > maxSingleQuoteBytes && j < le && isSpaceAt(line, j) {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			pending = true
			i = j
			continue
		}
		if j < le && !isSpaceAt(line, j) {
			i = j
			continue
		}
		if ellipsis && j < le {
			i = j
			continue
		}
		if r == '.' && j == i+1 && keepsDot(line, start, i) {
			i = j
			continue
		}
		emit(j)
		i = j
	}
	if len(stack) > 0 && pending {
		return out, stack[0].pos
	}
	emit(le)
	return out, -1
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

// hangulAt reports a well-formed three-byte sequence at s[i:] (before
// limit) with lead byte 0xEB or 0xEC: a syllable in U+B000–U+CFFF, all of
// them Hangul. Scanners skip these without decoding; the check of the
// continuation bytes keeps ill-formed input byte by byte, as decoding does.
func hangulAt(s string, i, limit int) bool {
	return i+3 <= limit && (s[i] == 0xEB || s[i] == 0xEC) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}
