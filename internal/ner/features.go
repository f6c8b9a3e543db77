package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

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

func (fx *featurizer) extract(text string, toks []korean.Token) *seq {
	// runes and their byte offsets
	n := utf8.RuneCountInString(text)
	rs := make([]rune, 0, n)
	starts := make([]int, 0, n)
	for i, r := range text {
		rs = append(rs, r)
		starts = append(starts, i)
	}
	n = len(rs)
	at := func(i int) rune {
		if i < 0 || i >= n {
			return boundary
		}
		return normRune(rs[i])
	}
	sh := func(i int) byte {
		if i < 0 || i >= n {
			return '^'
		}
		return shape(rs[i])
	}

	// byte offset -> rune index, -1 inside a rune
	runeAt := make([]int32, len(text)+1)
	for i := range runeAt {
		runeAt[i] = -1
	}
	for i, b := range starts {
		runeAt[b] = int32(i)
	}
	runeAt[len(text)] = int32(n)
	runeOf := func(b int) (int, bool) {
		if b < 0 || b > len(text) || runeAt[b] < 0 {
			return 0, false
		}
		return int(runeAt[b]), true
	}

	// morpheme of each rune; tokens whose offsets do not fit text are
	// ignored so that a mismatched analysis degrades instead of failing.
	type tspan struct{ a, b int }
	tokOf := make([]int, n)
	for i := range tokOf {
		tokOf[i] = -1
	}
	var good []korean.Token
	var tsp []tspan
	for _, t := range toks {
		a, ok1 := runeOf(t.Start)
		b, ok2 := runeOf(t.End)
		if !ok1 || !ok2 || a >= b || t.End > len(text) || text[t.Start:t.End] != t.Surface {
			continue
		}
		free := true
		for k := a; k < b; k++ {
			if tokOf[k] >= 0 {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for k := a; k < b; k++ {
			tokOf[k] = len(good)
		}
		good = append(good, t)
		tsp = append(tsp, tspan{a, b})
	}
	tokS := func(j int) string {
		if j < 0 {
			return "<s>"
		}
		if j >= len(good) {
			return "</s>"
		}
		return good[j].Surface
	}
	tokP := func(j int) string {
		if j < 0 {
			return "<s>"
		}
		if j >= len(good) {
			return "</s>"
		}
		return good[j].POS
	}

	// eojeols
	eoj := make([]int, n) // eojeol index of rune, -1 for space
	type espan struct{ a, b int }
	var eos []espan
	for i := 0; i < n; {
		if unicode.IsSpace(rs[i]) {
			eoj[i] = -1
			i++
			continue
		}
		j := i
		for j < n && !unicode.IsSpace(rs[j]) {
			eoj[j] = len(eos)
			j++
		}
		eos = append(eos, espan{i, j})
		i = j
	}
	// per eojeol: first and last token, the noun stem (leading nounish
	// morphemes) and its rune range.
	type einfo struct {
		first, last  int
		stem         string
		stemA, stemB int
		particle     string
		gaz          byte
		gazA, gazB   int
	}
	infos := make([]einfo, len(eos))
	for e, sp := range eos {
		inf := einfo{first: -1, last: -1, stemA: sp.a, stemB: sp.a}
		for k := sp.a; k < sp.b; k++ {
			if t := tokOf[k]; t >= 0 {
				if inf.first < 0 {
					inf.first = t
				}
				inf.last = t
			}
		}
		if inf.first >= 0 {
			k := sp.a
			// skip leading punctuation (quotes, brackets)
			for k < sp.b && shape(rs[k]) == 'P' {
				k++
			}
			inf.stemA, inf.stemB = k, k
			for t := tokOf[k%n]; k < sp.b && t >= 0 && isNounish(good[t].POS); t = tokOf[k%n] {
				k = tsp[t].b
				inf.stemB = min(k, sp.b)
				if k >= sp.b {
					break
				}
			}
			if inf.stemB > inf.stemA {
				inf.stem = text[starts[inf.stemA]:byteAt(starts, len(text), inf.stemB)]
			}
			if p := good[inf.last].POS; strings.HasPrefix(p, "J") {
				inf.particle = good[inf.last].Surface
			}
		}
		if fx.gaz != nil && inf.stem != "" {
			inf.gaz = fx.gaz.lookup(inf.stem)
			inf.gazA, inf.gazB = inf.stemA, inf.stemB
		}
		infos[e] = inf
	}

	out := &seq{text: text, starts: starts, off: make([]int32, 0, n+1), feats: make([]uint32, 0, n*40)}
	add := func(h hasher) { out.feats = append(out.feats, h.sum()&fx.mask) }
	var (
		curTok, curEoj = -1, -1
		tc             struct {
			c15, c17 uint32
			h16      hasher
			h18      string
			rest     []uint32
		}
		ec struct {
			c31, c36, c37, c39 uint32
			h32, h38           hasher
			has39              bool
		}
	)
	for i := 0; i < n; i++ {
		out.off = append(out.off, int32(len(out.feats)))
		c := at(i)
		add(tpl(0))
		add(tpl(1).r(c))
		add(tpl(2).r(at(i - 1)))
		add(tpl(3).r(at(i + 1)))
		add(tpl(4).r(at(i - 2)))
		add(tpl(5).r(at(i + 2)))
		add(tpl(6).r(at(i - 1)).r(c))
		add(tpl(7).r(c).r(at(i + 1)))
		add(tpl(8).r(at(i - 2)).r(at(i - 1)))
		add(tpl(9).r(at(i + 1)).r(at(i + 2)))
		add(tpl(10).r(at(i - 1)).r(c).r(at(i + 1)))
		add(tpl(11).b(sh(i - 1)).b(sh(i)).b(sh(i + 1)))
		e := eoj[i]
		if e < 0 {
			add(tpl(12).b(sh(i - 1)).b(sh(i + 1)))
			continue
		}
		es := eos[e]
		ep := posCode(i, es.a, es.b)
		add(tpl(13).b(ep).b(sh(i)))
		idx := i - es.a
		if idx > 3 {
			idx = 3
		}
		ln := es.b - es.a
		if ln > 6 {
			ln = 6
		}
		add(tpl(14).b(byte(idx)).b(byte(ln)))

		inf := infos[e]
		t := tokOf[i]
		if t >= 0 {
			if t != curTok {
				// features of the morpheme alone are hashed once
				// for all its characters
				curTok = t
				tk := good[t]
				tc.h16, tc.h18 = tpl(16).s(tk.POS), tk.POS
				tc.c15 = tpl(15).s(tk.Surface).sum() & fx.mask
				tc.c17 = tpl(17).s(tk.Class).s(tk.POS).sum() & fx.mask
				tc.rest = tc.rest[:0]
				for _, h := range []hasher{
					tpl(19).s(tk.Surface).s(tk.POS),
					tpl(20).s(tokP(t - 1)),
					tpl(21).s(tokS(t - 1)),
					tpl(22).s(tokP(t + 1)),
					tpl(23).s(tokS(t + 1)),
					tpl(24).s(tokS(t + 2)),
					tpl(25).s(tokS(t - 2)),
					tpl(26).s(tokP(t - 1)).s(tk.POS),
					tpl(27).s(tk.POS).s(tokP(t + 1)),
					tpl(28).s(tk.POS).s(tokS(t + 1)),
				} {
					tc.rest = append(tc.rest, h.sum()&fx.mask)
				}
				if !tk.Known {
					tc.rest = append(tc.rest, tpl(29).s(tk.POS).sum()&fx.mask)
				}
			}
			mp := posCode(i, tsp[t].a, tsp[t].b)
			out.feats = append(out.feats, tc.c15)
			add(tc.h16.b(mp))
			out.feats = append(out.feats, tc.c17)
			add(tpl(18).r(c).b(mp).s(tc.h18))
			out.feats = append(out.feats, tc.rest...)
		} else {
			add(tpl(30))
		}
		if e != curEoj {
			curEoj = e
			next, prev := "</s>", "<s>"
			if e+1 < len(infos) && infos[e+1].first >= 0 {
				next = good[infos[e+1].first].Surface
			}
			if e > 0 && infos[e-1].last >= 0 {
				prev = good[infos[e-1].last].Surface
			}
			ec.c31 = tpl(31).s(inf.stem).sum() & fx.mask
			ec.h32 = tpl(32)
			ec.c36 = tpl(36).s(next).sum() & fx.mask
			ec.c37 = tpl(37).s(prev).sum() & fx.mask
			ec.h38 = tpl(38).s(next)
			ec.has39 = e+1 < len(infos)
			if ec.has39 {
				ec.c39 = tpl(39).s(infos[e+1].stem).sum() & fx.mask
			}
		}
		// the eojeol's noun stem and where the character sits in it
		if i >= inf.stemA && i < inf.stemB {
			sp := posCode(i, inf.stemA, inf.stemB)
			out.feats = append(out.feats, ec.c31)
			add(ec.h32.b(sp).s(inf.particle))
			// the stem's last two syllables: organisation and place
			// suffixes (…전자, …은행, …구청).
			if inf.stemB-inf.stemA >= 2 {
				add(tpl(33).b(sp).r(rs[inf.stemB-2]).r(rs[inf.stemB-1]))
			}
			add(tpl(34).b(sp).r(rs[inf.stemB-1]))
		} else {
			add(tpl(35).b(ep))
		}
		// neighbouring eojeols: titles follow names (홍길동 회장),
		// particles end them.
		out.feats = append(out.feats, ec.c36, ec.c37)
		add(ec.h38.b(ep))
		if ec.has39 {
			out.feats = append(out.feats, ec.c39)
		}
		if inf.gaz != 0 && i >= inf.gazA && i < inf.gazB {
			gp := posCode(i, inf.gazA, inf.gazB)
			for bit := byte(0); bit < 8; bit++ {
				if inf.gaz&(1<<bit) != 0 {
					add(tpl(40).b(bit).b(gp))
				}
			}
		}
	}
	out.off = append(out.off, int32(len(out.feats)))
	return out
}
