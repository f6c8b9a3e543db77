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
	sc := &lineScanner{line: text[:le], le: le, ignore: ignore, noQuotes: noQuotes, out: out, start: -1}
	for i := ls; i < le; {
		i = sc.step(i)
	}
	if len(sc.stack) > 0 && sc.pending {
		return sc.out, sc.stack[0].pos
	}
	sc.emit(le)
	return sc.out, -1
}

// lineScanner is splitLine's state: the sentence being read (start, -1
// between sentences), the quotes and brackets open in it, and whether a
// terminator was seen inside the open quote (pending).
type lineScanner struct {
	line     string // the text up to the line's end: offsets stay those of text
	le       int
	ignore   []int
	noQuotes bool
	out      []Span
	start    int
	stack    []openQuote
	pending  bool
}

// openQuote is an opener waiting for its closer.
type openQuote struct {
	closer rune
	pos    int
}

// step reads the character at i and returns where to read next.
func (sc *lineScanner) step(i int) int {
	line := sc.line
	// inside a sentence, a syllable in 가–퓨 (lead byte 0xEB or 0xEC, most
	// Hangul text) is no space, mark or terminator.
	if sc.start >= 0 && hangulAt(line, i, sc.le) {
		return i + 3
	}
	r, w := utf8.DecodeRuneInString(line[i:])
	if sc.start < 0 {
		if unicode.IsSpace(r) {
			return i + w
		}
		sc.start = i
	}
	if next, ok := sc.quote(r, i, w); ok {
		return next
	}
	if !isTerminator(r) {
		return i + w
	}
	return sc.terminator(r, i)
}

// quote follows quotes and brackets: a closer of the innermost opener, or
// an opener. It reports false when r is neither.
func (sc *lineScanner) quote(r rune, i, w int) (int, bool) {
	if sc.noQuotes {
		return 0, false
	}
	line := sc.line
	switch {
	case len(sc.stack) > 0 && r == sc.stack[len(sc.stack)-1].closer && !isApostrophe(line, i, r):
		sc.stack = sc.stack[:len(sc.stack)-1]
		i += w
		// a quotation ending its own sentence ends the sentence; a
		// parenthesis does not ("(…제공.) 본문").
		if len(sc.stack) == 0 && sc.pending && r != ')' && r != '）' {
			sc.pending = false
			if i >= sc.le || isSpaceAt(line, i) {
				sc.emit(i)
			}
		}
		return i, true
	case closerOf(r) != 0 && !isApostrophe(line, i, r) && !slices.Contains(sc.ignore, i):
		if len(sc.stack) < 16 {
			sc.stack = append(sc.stack, openQuote{closerOf(r), i})
		}
		return i + w, true
	}
	return 0, false
}

// terminator reads the run of terminators starting with r at i ("?!",
// "...") and ends the sentence after it when the run ends one; it returns
// the offset after the run.
func (sc *lineScanner) terminator(r rune, i int) int {
	line, le := sc.line, sc.le
	j, ellipsis := terminatorRun(line, i, le)
	// single quotes mark terms and titles ('스타게이트'), seldom whole
	// sentences: a sentence end followed by a space, far into one, means
	// the quote was a stray mark.
	for len(sc.stack) > 0 && (sc.stack[len(sc.stack)-1].closer == '\'' || sc.stack[len(sc.stack)-1].closer == '’') &&
		i-sc.stack[len(sc.stack)-1].pos > maxSingleQuoteBytes && j < le && isSpaceAt(line, j) {
		sc.stack = sc.stack[:len(sc.stack)-1]
	}
	switch {
	case len(sc.stack) > 0:
		sc.pending = true
	case j < le && !isSpaceAt(line, j) && !gluedEnd(line, sc.start, i, j):
	case ellipsis && j < le:
	case r == '.' && j == i+1 && keepsDot(line, sc.start, i):
	default:
		sc.emit(j)
	}
	return j
}

// gluedEnds are the final syllables of a sentence ending (했다, 합니다,
// 할까요, 했죠) after which a dot ends the sentence even when the next
// sentence follows with no space ("밝혔다.경찰에 따르면").
var gluedEnds = map[rune]bool{'다': true, '요': true, '까': true, '죠': true}

// gluedEnd reports a single dot at i, after a sentence ending and before a
// Hangul syllable or a digit at j: two sentences glued together. Numbers
// ("3.5"), domains and abbreviations have no Hangul before their dot.
func gluedEnd(line string, start, i, j int) bool {
	if j != i+1 || line[i] != '.' || i <= start {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(line[start:i])
	next, _ := utf8.DecodeRuneInString(line[j:])
	return gluedEnds[prev] && (next >= '가' && next <= '힣' || next >= '0' && next <= '9')
}

// terminatorRun returns the end of the run of terminators at i and whether
// it is an ellipsis (…, or two dots or more).
func terminatorRun(line string, i, le int) (int, bool) {
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
	return j, ellipsis || dots >= 2
}

// emit ends the sentence being read at end (trailing spaces left out).
func (sc *lineScanner) emit(end int) {
	if sc.start >= 0 {
		e := end
		for e > sc.start {
			r, w := utf8.DecodeLastRuneInString(sc.line[sc.start:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= w
		}
		if e > sc.start {
			sc.out = append(sc.out, Span{sc.start, e})
		}
	}
	sc.start = -1
	sc.stack = sc.stack[:0]
	sc.pending = false
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
