package ner

import (
	"strings"
	"unicode"

	"github.com/sosik-news/sosik/internal/korean"
)

// featureVersion changes whenever the features a model was trained on
// change meaning; Load rejects models of another version, since their
// weights would be read against the wrong features.
const featureVersion = 1

// seq is one sentence turned into hashed feature ids per character.
type seq struct {
	text   string
	starts []int    // byte offset of each rune
	off    []int32  // feats[off[i]:off[i+1]] belong to rune i
	feats  []uint32 // bucket ids
}

func (s *seq) n() int { return len(s.starts) }

// hasher builds FNV-1a hashes of a template id and string parts without
// allocating.
type hasher uint32

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func tpl(id byte) hasher { return hasher((fnvOffset ^ uint32(id)) * fnvPrime) }

func (h hasher) s(x string) hasher {
	v := uint32(h)
	for i := 0; i < len(x); i++ {
		v = (v ^ uint32(x[i])) * fnvPrime
	}
	return hasher((v ^ 0xff) * fnvPrime)
}

func (h hasher) r(x rune) hasher {
	v := uint32(h)
	for k := 0; k < 4; k++ {
		v = (v ^ uint32(x&0xff)) * fnvPrime
		x >>= 8
	}
	return hasher(v)
}

func (h hasher) b(x byte) hasher { return hasher((uint32(h) ^ uint32(x)) * fnvPrime) }

// sum finishes the hash with a murmur3 mix so that the low bits used as the
// bucket depend on every input byte.
func (h hasher) sum() uint32 {
	v := uint32(h)
	v ^= v >> 16
	v *= 0x85ebca6b
	v ^= v >> 13
	v *= 0xc2b2ae35
	v ^= v >> 16
	return v
}

// shape classes of a character.
func shape(r rune) byte {
	switch {
	case r >= 0xAC00 && r <= 0xD7A3:
		return 'H'
	case r >= 0x1100 && r <= 0x11FF, r >= 0x3130 && r <= 0x318F:
		return 'J'
	case r >= 'A' && r <= 'Z':
		return 'L'
	case r >= 'a' && r <= 'z':
		return 'l'
	case r >= '0' && r <= '9':
		return 'D'
	case unicode.Is(unicode.Han, r):
		return 'C'
	case unicode.IsSpace(r):
		return 'S'
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return 'P'
	case unicode.IsLetter(r):
		return 'X'
	case unicode.IsDigit(r):
		return 'D'
	}
	return 'O'
}

// normRune folds digits together so that syllable n-grams generalise over
// numbers ("23일" and "15일").
func normRune(r rune) rune {
	if r >= '0' && r <= '9' {
		return '0'
	}
	return r
}

const (
	boundary = rune(-1) // before the start / after the end of the sentence
)

// featurizer turns text and its morphemes into feature ids.
type featurizer struct {
	mask uint32
	gaz  *Gazetteer
}

// morphPos is a character's place in its morpheme or eojeol.
func posCode(i, start, end int) byte {
	switch {
	case end-start == 1:
		return 'S'
	case i == start:
		return 'B'
	case i == end-1:
		return 'E'
	}
	return 'M'
}

func isNounish(pos string) bool {
	switch {
	case strings.HasPrefix(pos, "NN"), pos == "NR", pos == "SL", pos == "SN", pos == "SH", pos == "XPN", pos == "XSN", pos == "NP":
		return true
	}
	return false
}

// extract turns a sentence and its morphemes into the feature ids of
// each character.
func (fx *featurizer) extract(text string, toks []korean.Token) *seq {
	s := newFeatSent(text)
	s.alignTokens(toks)
	s.splitEojeols()
	s.describeEojeols(fx.gaz)
	cf := charFeats{fx: fx, s: s, curTok: -1, curEoj: -1,
		out: &seq{text: text, starts: s.starts, off: make([]int32, 0, s.n+1), feats: make([]uint32, 0, s.n*40)}}
	for i := 0; i < s.n; i++ {
		cf.out.off = append(cf.out.off, int32(len(cf.out.feats)))
		cf.char(i)
	}
	cf.out.off = append(cf.out.off, int32(len(cf.out.feats)))
	return cf.out
}
