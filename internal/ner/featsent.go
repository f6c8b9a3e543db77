package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/korean"
)

// runeSpan is a range [a, b) of rune indices.
type runeSpan struct{ a, b int }

// eojeolInfo is what the features read of one eojeol: its first and last
// morpheme, the noun stem (leading nounish morphemes) with its rune range,
// the particle that ends it and its gazetteer classes.
type eojeolInfo struct {
	first, last  int
	stem         string
	stemA, stemB int
	particle     string
	gaz          byte
	gazA, gazB   int
}

// featSent is a sentence as the features see it: its characters, the
// morphemes that fit them and its eojeols.
type featSent struct {
	text   string
	n      int
	rs     []rune
	starts []int   // byte offset of each rune
	runeAt []int32 // byte offset -> rune index, -1 inside a rune
	good   []korean.Token
	tsp    []runeSpan // rune range of each of good
	tokOf  []int      // index in good of each rune's morpheme, -1 for none
	eoj    []int      // eojeol index of each rune, -1 for space
	eos    []runeSpan
	infos  []eojeolInfo
}

// newFeatSent reads the runes of text and where they start.
func newFeatSent(text string) *featSent {
	n := utf8.RuneCountInString(text)
	s := &featSent{text: text, rs: make([]rune, 0, n), starts: make([]int, 0, n)}
	for i, r := range text {
		s.rs = append(s.rs, r)
		s.starts = append(s.starts, i)
	}
	s.n = len(s.rs)
	s.runeAt = make([]int32, len(text)+1)
	for i := range s.runeAt {
		s.runeAt[i] = -1
	}
	for i, b := range s.starts {
		s.runeAt[b] = int32(i)
	}
	s.runeAt[len(text)] = int32(s.n)
	return s
}

// at is the normalised rune i, boundary outside the sentence.
func (s *featSent) at(i int) rune {
	if i < 0 || i >= s.n {
		return boundary
	}
	return normRune(s.rs[i])
}

// sh is the shape of rune i, '^' outside the sentence.
func (s *featSent) sh(i int) byte {
	if i < 0 || i >= s.n {
		return '^'
	}
	return shape(s.rs[i])
}

// runeOf is the rune index at byte offset b, false inside a rune.
func (s *featSent) runeOf(b int) (int, bool) {
	if b < 0 || b > len(s.text) || s.runeAt[b] < 0 {
		return 0, false
	}
	return int(s.runeAt[b]), true
}

// alignTokens gives each rune its morpheme; tokens whose offsets do not
// fit the text, or overlap an earlier one, are ignored so that a
// mismatched analysis degrades instead of failing.
func (s *featSent) alignTokens(toks []korean.Token) {
	s.tokOf = make([]int, s.n)
	for i := range s.tokOf {
		s.tokOf[i] = -1
	}
	for _, t := range toks {
		a, ok1 := s.runeOf(t.Start)
		b, ok2 := s.runeOf(t.End)
		if !ok1 || !ok2 || a >= b || t.End > len(s.text) || s.text[t.Start:t.End] != t.Surface || !s.free(a, b) {
			continue
		}
		for k := a; k < b; k++ {
			s.tokOf[k] = len(s.good)
		}
		s.good = append(s.good, t)
		s.tsp = append(s.tsp, runeSpan{a, b})
	}
}

// free reports runes [a, b) without a morpheme yet.
func (s *featSent) free(a, b int) bool {
	for k := a; k < b; k++ {
		if s.tokOf[k] >= 0 {
			return false
		}
	}
	return true
}

// tokS is the surface of morpheme j, or a sentence boundary.
func (s *featSent) tokS(j int) string {
	if j < 0 {
		return "<s>"
	}
	if j >= len(s.good) {
		return "</s>"
	}
	return s.good[j].Surface
}

// tokP is the part of speech of morpheme j, or a sentence boundary.
func (s *featSent) tokP(j int) string {
	if j < 0 {
		return "<s>"
	}
	if j >= len(s.good) {
		return "</s>"
	}
	return s.good[j].POS
}

// splitEojeols finds the runs of non-space runes.
func (s *featSent) splitEojeols() {
	s.eoj = make([]int, s.n)
	for i := 0; i < s.n; {
		if unicode.IsSpace(s.rs[i]) {
			s.eoj[i] = -1
			i++
			continue
		}
		j := i
		for j < s.n && !unicode.IsSpace(s.rs[j]) {
			s.eoj[j] = len(s.eos)
			j++
		}
		s.eos = append(s.eos, runeSpan{i, j})
		i = j
	}
}

// describeEojeols reads every eojeol's morphemes, stem, particle and
// gazetteer classes.
func (s *featSent) describeEojeols(gaz *Gazetteer) {
	s.infos = make([]eojeolInfo, len(s.eos))
	for e, sp := range s.eos {
		inf := eojeolInfo{first: -1, last: -1, stemA: sp.a, stemB: sp.a}
		for k := sp.a; k < sp.b; k++ {
			if t := s.tokOf[k]; t >= 0 {
				if inf.first < 0 {
					inf.first = t
				}
				inf.last = t
			}
		}
		if inf.first >= 0 {
			s.readStem(sp, &inf)
		}
		if gaz != nil && inf.stem != "" {
			inf.gaz = gaz.lookup(inf.stem)
			inf.gazA, inf.gazB = inf.stemA, inf.stemB
		}
		s.infos[e] = inf
	}
}

// readStem finds the noun stem of eojeol sp (leading punctuation skipped)
// and the particle that ends it.
func (s *featSent) readStem(sp runeSpan, inf *eojeolInfo) {
	k := sp.a
	for k < sp.b && shape(s.rs[k]) == 'P' {
		k++ // quotes, brackets
	}
	inf.stemA, inf.stemB = k, k
	for t := s.tokOf[k%s.n]; k < sp.b && t >= 0 && isNounish(s.good[t].POS); t = s.tokOf[k%s.n] {
		k = s.tsp[t].b
		inf.stemB = min(k, sp.b)
		if k >= sp.b {
			break
		}
	}
	if inf.stemB > inf.stemA {
		inf.stem = s.text[s.starts[inf.stemA]:byteAt(s.starts, len(s.text), inf.stemB)]
	}
	if p := s.good[inf.last].POS; strings.HasPrefix(p, "J") {
		inf.particle = s.good[inf.last].Surface
	}
}
