// Package textsearch is the dialect-free half of sosik's Korean full-text
// search: it turns text into the index terms every store backend indexes
// (content morphemes and character bigrams), parses the search syntax into
// a tree of terms analysed the same way, normalises names for entity
// linking, and fingerprints texts with SimHash for near-duplicate grouping.
package textsearch

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/fold"
	"github.com/sosik-news/sosik/internal/korean"
)

// contentPOS are the mecab-ko-dic tags whose morphemes carry meaning and
// are indexed; particles, endings, suffixes and symbols are left out so
// 삼성전자가 and 삼성전자는 index the same terms.
var contentPOS = map[string]bool{
	"NNG": true, "NNP": true, "NR": true, "SL": true, "SN": true, "SH": true,
	"XR": true, "VV": true, "VA": true,
}

// Morphemes returns the content morphemes of text, lower-cased, in order.
// Compounds are split into their parts (삼성전자 → 삼성 전자) and inflected
// forms reduced to their stems (만났다 → 만나), so a query analysed the same
// way matches every spelling. Adjacent Latin letters and digits that the
// dictionary splits one by one are joined back (A I → ai).
func Morphemes(a *korean.Analyzer, text string) []string {
	return MorphemesOf(a.Analyze(text))
}

// MorphemesOf is Morphemes over an analysis already made.
func MorphemesOf(toks []korean.Token) []string {
	return morphemesAt(len(toks), func(i int) korean.Token { return toks[i] })
}

// MorphemesOfTokens is Morphemes over an analysis already made by
// extraction, in its compact form.
func MorphemesOfTokens(ts *korean.Tokens) []string { return morphemesAt(ts.Len(), ts.At) }

// morphemesAt is MorphemesOf over the n tokens at(0) … at(n-1).
func morphemesAt(n int, at func(int) korean.Token) []string {
	out := make([]string, 0, n/2)
	prevEnd, prevJoin := -1, false
	for i := range n {
		t := at(i)
		joinable := t.POS == "SL" || t.POS == "SN"
		if joinable && prevJoin && t.Start == prevEnd && len(out) > 0 {
			out[len(out)-1] += strings.ToLower(t.Surface)
			prevEnd = t.End
			continue
		}
		prevEnd, prevJoin = t.End, joinable
		if len(t.Parts) > 0 {
			for _, p := range t.Parts {
				f := strings.SplitN(p, "/", 3)
				if len(f) >= 2 && contentPOS[f[1]] && f[0] != "" {
					out = append(out, strings.ToLower(f[0]))
				}
			}
			continue
		}
		if contentPOS[t.POS] {
			out = append(out, strings.ToLower(t.Surface))
		}
	}
	return out
}

// Grams returns the character bigrams of every word of text (a word is a
// run of letters and digits), lower-cased, each word followed by its last
// character alone. The trailing unigram lets a one-syllable query match as
// the prefix query X*: every character of a word starts a bigram or ends
// the word. Bigrams make short queries (국회, 검찰) and compounds unknown to
// the dictionary match as substrings.
func Grams(text string) []string {
	out := make([]string, 0, len(text)/2)
	var word []rune
	flush := func() {
		switch len(word) {
		case 0:
			return
		case 1:
			out = append(out, string(word))
		default:
			for i := 0; i+1 < len(word); i++ {
				out = append(out, string(word[i:i+2]))
			}
			out = append(out, string(word[len(word)-1]))
		}
		word = word[:0]
	}
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			word = append(word, unicode.ToLower(r))
			continue
		}
		flush()
	}
	flush()
	return out
}

// QueryGrams turns query text into the bigram sequence that Grams indexed
// for any text containing it: bigrams of each word, and each word's
// trailing unigram except the last word's (the last word may continue in
// the text: 국회 inside 전국회의). When the last word is one character,
// prefix is true and the last gram must match as a prefix.
func QueryGrams(text string) (grams []string, prefix bool) {
	var words [][]rune
	var word []rune
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			word = append(word, unicode.ToLower(r))
			continue
		}
		if len(word) > 0 {
			words = append(words, word)
			word = nil
		}
	}
	if len(word) > 0 {
		words = append(words, word)
	}
	for i, w := range words {
		last := i == len(words)-1
		if len(w) == 1 {
			grams = append(grams, string(w))
			prefix = last
			continue
		}
		for j := 0; j+1 < len(w); j++ {
			grams = append(grams, string(w[j:j+2]))
		}
		if !last {
			grams = append(grams, string(w[len(w)-1]))
		}
	}
	return grams, prefix
}

// Norm folds a name for matching: Unicode compatibility forms (full-width
// letters), case and all white space, so 오픈 AI, 오픈AI and ＯＰＥＮ ai
// compare equal. It is fold.Name, whose Key part extraction uses too.
func Norm(s string) string { return fold.Name(s) }

// RuneLen is the number of characters of s.
func RuneLen(s string) int { return utf8.RuneCountInString(s) }

// GramForm is text as the bigram index sees it: its words (runs of letters
// and digits), lower-cased, joined by single spaces. A term's bigrams
// occur contiguously and in order in a text exactly when the GramForm of
// the term is a substring of the GramForm of the text.
func GramForm(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	inWord := false
	for _, r := range text {
		if r, ok := wordRune(r); ok {
			if !inWord && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			inWord = true
			continue
		}
		inWord = false
	}
	return b.String()
}

// wordRune says whether r is a letter or digit and gives it lower-cased;
// Hangul syllables and ASCII, most of a Korean text, skip the Unicode
// tables (a search checks hundreds of texts).
func wordRune(r rune) (rune, bool) {
	switch {
	case r >= 0xAC00 && r <= 0xD7A3:
		return r, true
	case r >= 'A' && r <= 'Z':
		return r + 'a' - 'A', true
	case r < utf8.RuneSelf:
		return r, r >= 'a' && r <= 'z' || r >= '0' && r <= '9'
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return unicode.ToLower(r), true
	}
	return r, false
}

// GramsIn reports whether the term's bigrams occur in a text (given as its
// GramForm) as a phrase: contiguous and in order, the term a substring of
// the text's words, not merely bigrams it shares scattered about.
func (t *Term) GramsIn(form string) bool {
	q := GramForm(t.Text)
	return q != "" && strings.Contains(form, q)
}
