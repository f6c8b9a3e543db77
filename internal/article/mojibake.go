package article

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/korean"
)

// Mojibake repair. Crawlers that assume UTF-8 often meet a page in EUC-KR
// (CP949): they keep every byte sequence that happens to be valid UTF-8 as
// that character and turn every other byte into the Latin-1 character of the
// same value. The text they store is valid UTF-8 but reads "À±¼®¿­ ´ëÅë·É"
// where the page said "윤석열 대통령". The bytes are recoverable: a Latin-1
// character is one byte (or, when a C2/C3 byte happened to precede it, the
// two bytes of its UTF-8 form), a character from the two-byte UTF-8 range is
// its UTF-8 bytes, and a character the page really held in UTF-8 (a curly
// quote in a mixed page) stays as it is. repairMojibake finds, with a small
// dynamic programme over those choices, the byte reading that decodes into
// the most well-formed CP949 text.

// mojibakeMinRunes is how many Latin-1 letters a text needs before it is
// suspected: a few accented names in a Korean article are not mojibake.
const mojibakeMinRunes = 16

// repairMojibake returns the repaired text and true when text is EUC-KR
// mojibake that decodes cleanly, and text unchanged and false otherwise.
func repairMojibake(text string) (string, bool) {
	latin, hangul := 0, 0
	for _, r := range text {
		switch {
		case r >= 0xA1 && r <= 0xFF:
			latin++
		case isHangulSyllable(r):
			hangul++
		}
	}
	if latin < mojibakeMinRunes || latin < 4*hangul {
		return text, false
	}
	out := repairStretches(text)
	fixed, bad := 0, 0
	for _, r := range out {
		switch {
		case r == utf8.RuneError:
			bad++
		case isHangulSyllable(r):
			fixed++
		}
	}
	// Two Latin-1 letters make one Hangul syllable; accept the reading only
	// when most of them did and next to nothing failed to decode.
	if fixed*4 < latin || bad*20 > fixed {
		return text, false
	}
	return out, true
}

// mojibakeStretch is how much text a reading is chosen over at once: the
// choice keeps a step of state for every character, so text is read in
// stretches cut after a space or line break (ASCII bytes, which no CP949
// character holds, so the reading is aligned there). A stretch that finds
// no space within mojibakeMaxStretch is cut there, and only its reading up
// to the last character boundary of the CP949 bytes before its last
// mojibakeLookahead characters is kept: the next stretch starts there.
const (
	mojibakeStretch    = 4 << 10
	mojibakeMaxStretch = 64 << 10
	mojibakeLookahead  = 256
)

// repairStretches decodes text's best reading stretch by stretch.
func repairStretches(text string) string {
	var out strings.Builder
	for start := 0; start < len(text); {
		end, aligned := stretchEnd(text, start)
		units := mojibakeUnits(text[start:end])
		choices := bestReading(units)
		if !aligned {
			k := lastAligned(units, choices, len(units)-mojibakeLookahead)
			units, choices = units[:k], choices[:k]
			end = start
			for _, u := range units {
				end += utf8.RuneLen(u.r)
			}
		}
		out.WriteString(decodeUnits(units, choices))
		start = end
	}
	return out.String()
}

// stretchEnd returns where the stretch of text from start ends, and
// whether the reading is known to be aligned there (after a space or a
// line break, or at the end of text).
func stretchEnd(text string, start int) (int, bool) {
	if start+mojibakeStretch >= len(text) {
		return len(text), true
	}
	limit := min(start+mojibakeMaxStretch, len(text))
	if i := strings.IndexAny(text[start+mojibakeStretch:limit], " \n"); i >= 0 {
		return start + mojibakeStretch + i + 1, true
	}
	if limit == len(text) {
		return limit, true
	}
	for !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit, false
}

// lastAligned returns how many of units to keep: up to the last unit
// before before whose chosen reading leaves the byte stream on a
// character boundary, or all of them when there is none.
func lastAligned(units []mojibakeUnit, choices []int, before int) int {
	keep, st := len(units), readState{}
	for i := 0; i < before && i < len(units); i++ {
		if choices[i] < 0 {
			st = readState{}
		} else {
			st, _ = feed(st, units[i].readings[choices[i]])
		}
		if !st.pending {
			keep = i + 1
		}
	}
	return keep
}

func isHangulSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// mojibakeUnit is one character of the damaged text with the byte readings
// it allows; a literal unit is a character the page held as it is.
type mojibakeUnit struct {
	r        rune
	readings [][]byte
	literal  bool
}

func mojibakeUnits(text string) []mojibakeUnit {
	var units []mojibakeUnit
	runes := []rune(text)
	for i, r := range runes {
		u := mojibakeUnit{r: r}
		utf := []byte(string(r))
		switch {
		case r < 0x80:
			u.readings = [][]byte{{byte(r)}}
		case r < 0x100:
			u.readings = [][]byte{{byte(r)}, utf}
			// A sign standing alone between ASCII ("저작권자 © 한빛") may be
			// the page's own character in a mixed page.
			u.literal = !unicode.IsLetter(r) && asciiAt(runes, i-1) && asciiAt(runes, i+1)
		case r < 0x800:
			u.readings = [][]byte{utf}
		case len(utf) == 3 && utf[1] >= 0xA1 && utf[1] <= 0xBF:
			// Three EUC-KR bytes that formed a UTF-8 sequence by chance
			// (their middle byte is an EUC-KR byte); a genuine character is
			// also possible.
			u.readings = [][]byte{utf}
			u.literal = true
		default:
			u.literal = true
		}
		units = append(units, u)
	}
	return units
}

// twoByteLatinCost is what reading a Latin-1 letter as the two UTF-8 bytes
// it may stand for costs: more than the one syllable it can make, so that
// the reading wins only where the one-byte reading breaks the text.
const twoByteLatinCost = 5

// asciiAt reports whether runes[i] is ASCII white space or punctuation,
// or lies outside the text.
func asciiAt(runes []rune, i int) bool {
	return i < 0 || i >= len(runes) || runes[i] < 0x80 && !unicode.IsLetter(runes[i]) && !unicode.IsDigit(runes[i])
}

// pairScore rates one CP949 two-byte sequence: standard Hangul best,
// symbols and hanja less, extended Hangul a little, anything else badly.
func pairScore(lead, trail byte) int {
	switch {
	case trail >= 0xA1 && trail <= 0xFE && lead >= 0xB0 && lead <= 0xC8:
		if commonSyllables()[[2]byte{lead, trail}] {
			return 5
		}
		return 4
	case trail >= 0xA1 && trail <= 0xFE && lead >= 0xA1 && lead <= 0xAF:
		return 2
	case trail >= 0xA1 && trail <= 0xFE && lead >= 0xCA && lead <= 0xFD:
		return 1
	case lead >= 0x81 && lead <= 0xC6 && (trail >= 0x41 && trail <= 0x5A || trail >= 0x61 && trail <= 0x7A || trail >= 0x81 && trail <= 0xFE):
		return 0
	}
	return -6
}

// commonSyllables is lexicon/syllables.tsv as EUC-KR byte pairs: between
// two readings of equal shape, the one that makes a frequent syllable wins.
var commonSyllables = sync.OnceValue(func() map[[2]byte]bool {
	set := map[[2]byte]bool{}
	enc := korean.EUCKR.NewEncoder()
	err := readTable(lexiconFS, "lexicon/syllables.tsv", 1, func(f []string) error {
		b, err := enc.Bytes([]byte(f[0]))
		if err != nil || len(b) != 2 || !isHangulSyllable([]rune(f[0])[0]) {
			return fmt.Errorf("%q is not one Hangul syllable of EUC-KR", f[0])
		}
		set[[2]byte{b[0], b[1]}] = true
		return nil
	})
	if err != nil {
		panic(fmt.Sprintf("article: embedded lexicon: %v", err))
	}
	return set
})

// readState is where a reading leaves the byte stream: aligned on a
// character boundary, or holding a lead byte that waits for its trail.
type readState struct {
	pending bool
	lead    byte
}

// feed scores bytes read from state s and returns the state after them.
func feed(s readState, bs []byte) (readState, int) {
	score := 0
	for _, b := range bs {
		switch {
		case s.pending:
			score += pairScore(s.lead, b)
			s = readState{}
		case b >= 0x81 && b <= 0xFE:
			s = readState{pending: true, lead: b}
		case b >= 0x80:
			score -= 6 // a byte CP949 cannot start a character with
		}
	}
	return s, score
}

// bestReading picks, for every unit, the index of its reading (-1: the
// literal character) that gives the best-scoring byte stream overall.
func bestReading(units []mojibakeUnit) []int {
	type cell struct {
		score  int
		choice int
		prev   readState
	}
	const literal = -1
	cur := map[readState]cell{{}: {}}
	back := make([]map[readState]cell, len(units))
	for i, u := range units {
		next := map[readState]cell{}
		try := func(to readState, score, choice int, from readState) {
			if c, ok := next[to]; !ok || score > c.score {
				next[to] = cell{score: score, choice: choice, prev: from}
			}
		}
		for _, st := range sortedStates(cur) {
			c := cur[st]
			if u.literal {
				penalty := 0
				if st.pending {
					penalty = -6
				}
				try(readState{}, c.score+penalty, literal, st)
			}
			for k, bs := range u.readings {
				to, sc := feed(st, bs)
				if u.r < 0x100 && len(bs) == 2 {
					// The two-byte reading of a Latin-1 letter needs the
					// unlikely C2/C3 byte before it: it must earn its place.
					sc -= twoByteLatinCost
				}
				try(to, c.score+sc, k, st)
			}
		}
		back[i], cur = next, next
	}
	best, bestScore, first := readState{}, 0, true
	for _, st := range sortedStates(cur) {
		sc := cur[st].score
		if st.pending {
			sc -= 6
		}
		if first || sc > bestScore {
			best, bestScore, first = st, sc, false
		}
	}
	choices := make([]int, len(units))
	for i := len(units) - 1; i >= 0; i-- {
		c := back[i][best]
		choices[i] = c.choice
		best = c.prev
	}
	return choices
}

// sortedStates lists a step's states in a fixed order (aligned first, then
// by lead byte) so that ties are broken the same way on every run.
func sortedStates[V any](m map[readState]V) []readState {
	states := make([]readState, 0, len(m))
	for st := range m {
		states = append(states, st)
	}
	slices.SortFunc(states, func(a, b readState) int {
		if a.pending != b.pending {
			if a.pending {
				return 1
			}
			return -1
		}
		return cmp.Compare(a.lead, b.lead)
	})
	return states
}

// decodeUnits turns the chosen readings back into text: the bytes go
// through the CP949 decoder, literal characters are kept as they are.
func decodeUnits(units []mojibakeUnit, choices []int) string {
	var out strings.Builder
	var buf []byte
	dec := korean.EUCKR.NewDecoder()
	flush := func() {
		if len(buf) == 0 {
			return
		}
		s, err := dec.Bytes(buf)
		if err != nil {
			s = []byte(string(utf8.RuneError))
		}
		out.Write(s)
		buf = buf[:0]
	}
	for i, u := range units {
		if choices[i] < 0 {
			flush()
			out.WriteRune(u.r)
			continue
		}
		buf = append(buf, u.readings[choices[i]]...)
	}
	flush()
	return out.String()
}
