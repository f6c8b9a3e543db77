// Package fold holds the one way sosik folds names for comparison, in two
// named variants:
//
//   - Key drops white space and lower-cases: what extraction dedupes
//     entities and looks up gazetteers by, and what the golden scorer
//     compares names by;
//   - Name is Key after Unicode NFKC (full-width letters, compatibility
//     forms): what the store links entities across articles by.
//
// Name(s) == Key(NFKC(s)) for every s, so a name keyed by extraction
// never folds apart from the same name in the store.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key folds s for comparison: white space dropped, letters lower-cased.
// Hangul has no case. A byte that is not UTF-8 becomes U+FFFD.
func Key(s string) string {
	if keyed(s) {
		return s // most names: nothing to fold, nothing to allocate
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// keyed reports whether s is its own Key.
func keyed(s string) bool {
	for _, r := range s {
		if r >= 0xAC00 && r <= 0xD7A3 {
			continue // Hangul syllables
		}
		if r == utf8.RuneError || unicode.IsSpace(r) || unicode.ToLower(r) != r {
			return false
		}
	}
	return true
}

// AppendKey appends Key(s) to b; it allocates nothing when b has room,
// for lookups in hot loops.
func AppendKey(b []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			if unicode.IsSpace(r) {
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		case r >= 0xAC00 && r <= 0xD7A3:
			b = utf8.AppendRune(b, r) // Hangul has no case
		case unicode.IsSpace(r):
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

// Name folds a name as the store keys it: Key of its NFKC form, so
// "ＳＫ하이닉스" and "sk 하이닉스" are one name.
func Name(s string) string {
	return Key(norm.NFKC.String(s))
}
