package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/fold"
	"github.com/sosik-news/sosik/internal/korean"
)

// The hanja and gazetteer stages: known names matched over windows of words.

// hanja turns headline abbreviations (日, 美 …) into mentions of the
// country or institution they stand for.
func (d *doc) hanja() {
	for _, h := range korean.Hanja(d.text) {
		g, ok := d.lx.gaz[fold.Key(h.Expansion)]
		if !ok {
			continue
		}
		e := d.entity(g.typ, g.canon)
		e.mention(d.text, h.Start, h.End)
		for i := range d.words {
			w := &d.words[i]
			if w.cs <= h.Start && h.End <= w.ce && !d.claimed[i] {
				d.claim(i, i, e)
			}
		}
	}
}

// placeAffixes may follow a place name inside one eojeol: 요코하마시,
// 미국발, 중국산, 미국측.
var placeAffixes = []string{"시", "발", "산", "측", "행", "내", "현지", "정부"}

// gazetteer matches known names over windows of eojeols.
func (d *doc) gazetteer() {
	for si, st := range d.sents {
		_ = si
		for i := st.w0; i < st.w1; i++ {
			if d.claimed[i] || d.words[i].quoted && d.words[i].stem == "" {
				continue
			}
			d.matchAt(i, st.w1, d.lx.multiStart, func(key []byte) (string, string, bool) {
				g, ok := d.lx.gaz[string(key)]
				if !ok {
					return "", "", false
				}
				return g.typ, g.canon, !g.weak
			})
		}
	}
}

// matchAt tries windows of up to maxWords eojeols starting at i against
// look, longest first, and records the match. It returns the words used.
//
// The key is built in a buffer the doc reuses and look receives it as
// bytes, so the map lookups of the many windows that match nothing
// allocate nothing (m[string(b)] does not copy).
//
// starts, when not nil, holds the first two letters of every folded name:
// a window of several words that starts otherwise cannot match.
func (d *doc) matchAt(i, end int, starts map[string]bool, look func(key []byte) (typ, canon string, strong bool)) int {
	multi := starts == nil || syllables(d.words[i].stem) < 2 || starts[firstRunes(fold.Key(d.words[i].stem), 2)]
	for n := d.lx.maxWords; n >= 1; n-- {
		j := i + n - 1
		if j >= end || n > 1 && !multi {
			continue
		}
		ok := true
		kb := d.keyBuf[:0]
		for k := i; k <= j; k++ {
			if d.claimed[k] || (k < j && !d.words[k].bare()) {
				ok = false
				break
			}
			kb = fold.AppendKey(kb, d.words[k].stem)
		}
		d.keyBuf = kb
		if !ok || len(kb) == 0 {
			continue
		}
		typ, canon, strong := look(kb)
		cut := d.words[j].stemE
		if typ == "" && n == 1 {
			typ, canon, strong, cut = d.affixLookup(j, kb, look)
		}
		if typ == "" {
			continue
		}
		key := string(kb)
		if n > 1 && d.formerBeforeTitle(j, end) {
			continue // "한 전 총리": a surname and 전 before a title, not 한전
		}
		if n == 1 && syllables(key) == 1 && allHangul(key) && !d.properish(&d.words[j]) {
			continue // "코파 델 레이": a one-syllable name needs the analyser's proper-noun reading
		}
		if n == 1 && typ == Place && d.lx.ambiguous[key] && cut == d.words[j].stemE && !d.placeContext(j) {
			continue // 경기 the game, 선전 the propaganda
		}
		if n == 1 && typ == Org && d.lx.ambiguousOrgs[canon] && !d.placeBefore(i) {
			continue // CCTV the camera, not the broadcaster of 중국 CCTV
		}
		if n == 1 && typ == Place && d.pairBefore(j) {
			continue // "북미 간 협상": North Korea and the United States
		}
		if !strong && n == 1 {
			// a curated name under a place affix beats a run-time list entry: 요코하마시 → 요코하마
			for _, af := range placeAffixes {
				if strings.HasSuffix(key, af) && syllables(key) > syllables(af)+1 {
					if t2, c2, s2 := look([]byte(strings.TrimSuffix(key, af))); s2 && t2 == Place {
						typ, canon, strong = t2, c2, s2
						if af != "시" {
							cut -= len(af)
						}
						break
					}
				}
			}
		}
		if !strong && (d.commonNoun(&d.words[j]) || syllables(key) < 2 || d.lx.stop[key] || notNameWords()[key] || d.verbal(&d.words[j]) || !d.properish(&d.words[j]) || (!allHangul(key) && len(key) < 3)) {
			continue
		}
		if !strong && typ == Person && !(n == 1 && d.koreanName(i) && d.properish(&d.words[i])) {
			continue // run-time person lists are noisy: a Korean-looking proper name only
		}
		e := d.entity(typ, canon)
		e.mention(d.text, d.words[i].cs, cut)
		d.claim(i, j, e)
		return n
	}
	return 0
}

// formerBeforeTitle reports word j a former-post word (전, 현) with a
// title after it: the last word of no spaced name.
func (d *doc) formerBeforeTitle(j, end int) bool {
	if j+1 >= end || !d.words[j].bare() || !formerWords()[d.words[j].stem] {
		return false
	}
	t := d.words[j+1].stem
	return d.lx.titles[t] || d.lx.titleTab.compound(t) != ""
}

// affixLookup looks a one-word key up again without what may be glued to
// a name: the province suffix 도 read as a particle ("황해남도"), or a
// place affix ("요코하마시", "미국발", "미국측"). It returns the match and
// where its mention ends.
func (d *doc) affixLookup(j int, kb []byte, look func(key []byte) (string, string, bool)) (string, string, bool, int) {
	cut := d.words[j].stemE
	if d.words[j].josa == "도" {
		if t2, c2, s2 := look(append(kb[:len(kb):len(kb)], "도"...)); t2 != "" {
			return t2, c2, s2, d.words[j].ce
		}
	}
	for _, af := range placeAffixes {
		if len(kb) > len(af) && string(kb[len(kb)-len(af):]) == af && utf8.RuneCount(kb) > syllables(af)+1 {
			t2, c2, s2 := look(kb[:len(kb)-len(af)])
			if t2 == Place || (t2 == Org && af == "측") {
				if af != "시" {
					cut -= len(af) // the mention is the name; "시" is part of a city's name
				}
				return t2, c2, s2, cut
			}
		}
	}
	return "", "", false, cut
}

// placeContext reports a place next to word j: "경기 성남시", "서울, 경기",
// "경기 지역".
func (d *doc) placeContext(j int) bool {
	isPlace := func(k int) bool {
		if k < 0 || k >= len(d.words) || d.words[k].sent != d.words[j].sent {
			return false
		}
		st := d.words[k].stem
		for _, af := range []string{"", "시", "군", "구", "도"} {
			if b := strings.TrimSuffix(st, af); b != "" && (af == "" || b != st) {
				if g, ok := d.lx.gaz[fold.Key(b)]; ok && g.typ == Place && (af != "" || !d.lx.ambiguous[b]) {
					return true
				}
			}
		}
		return false
	}
	w := &d.words[j]
	if j+1 < len(d.words) && d.words[j+1].sent == w.sent && (w.bare() || w.comma) {
		if isPlace(j+1) || d.villageShape(j+1, true) || w.bare() && d.lx.placeNouns[strings.TrimSuffix(d.words[j+1].stem, "들")] {
			return true
		}
	}
	return j > 0 && d.words[j-1].comma && d.words[j-1].josa == "" && isPlace(j-1)
}

// pairBefore reports a bare word j followed in its sentence by a pair mark
// ("북미 간", "한중 사이"): the word names two countries, not one place —
// unless it ends a list of places ("서울과 부산 간", "서울, 부산 간").
func (d *doc) pairBefore(j int) bool {
	w := &d.words[j]
	if !w.bare() || j+1 >= len(d.words) || d.words[j+1].sent != w.sent {
		return false
	}
	if nx := d.words[j+1].stem; !d.lx.pairMarks[nx] && !(d.lx.pairNouns[nx] && countryPair(w.stem)) {
		return false
	}
	if p := j - 1; p >= 0 && d.words[p].sent == w.sent {
		if pw := &d.words[p]; pw.josa == "과" || pw.josa == "와" || pw.comma || pw.stem == "및" {
			return false
		}
	}
	return true
}

// countryPair reports a word of two country initials ("북미", "한중").
func countryPair(s string) bool {
	return len(s) == 6 && syllables(s) == 2 && countryInitials()[s[:3]] && countryInitials()[s[3:]]
}

// placeBefore reports a known place as the bare word right before word i
// in its sentence ("중국 CCTV").
func (d *doc) placeBefore(i int) bool {
	if i == 0 || d.words[i-1].sent != d.words[i].sent || !d.words[i-1].bare() {
		return false
	}
	g, ok := d.lx.gaz[fold.Key(d.words[i-1].stem)]
	return ok && g.typ == Place && !g.weak
}
