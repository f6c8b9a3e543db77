package extract

import "strings"

// villageEndings end the names of villages, towns and districts written
// after the place they belong to: "완주 구암리", "청주 오송읍", "화성
// 동탄신도시". 신도시 and 마을 are checked before the one-letter endings.
var villageEndings = []string{"신도시", "마을", "리", "읍", "면", "동"}

// villageShape reports a word shaped like a village or district name: a
// stem of Hangul syllables, at least two before one of villageEndings,
// that the analyser does not read as a known common noun (운동, 이동,
// 공동 are words, 구암리 is not). After a place, a new town or village may
// be named with a common noun (삼봉신도시 after its county).
func (d *doc) villageShape(k int, afterPlace bool) bool {
	if k < 0 || k >= len(d.words) {
		return false
	}
	w := &d.words[k]
	if w.quoted || !allHangul(w.stem) || d.lx.stop[w.stem] || notNameWords()[w.stem] {
		return false
	}
	for _, end := range villageEndings {
		b, ok := strings.CutSuffix(w.stem, end)
		if !ok {
			continue
		}
		if syllables(b) < 2 || syllables(b) > 4 {
			return false
		}
		if end == "신도시" || end == "마을" {
			return afterPlace || !d.plainNounString(b)
		}
		return !d.plainNoun(w) && !d.verbal(w) && (afterPlace || !d.plainNounString(b)) && !d.endsInCommonNoun(w, end)
	}
	return false
}

// endsInCommonNoun reports a compound of common nouns that happens to
// carry a village ending: 자원 + 관리, 봉사 + 활동 — two known nouns of two
// or more syllables each. A village name split by the analyser (덕 +
// 산읍, 구 + 암리) has no such parts.
func (d *doc) endsInCommonNoun(w *word, end string) bool {
	ts := d.toksOf(w)
	n := len(ts)
	if n < 2 {
		return false
	}
	for _, t := range ts[n-2:] {
		if !t.Known || !strings.HasPrefix(t.POS, "NNG") || syllables(t.Surface) < 2 {
			return false
		}
	}
	return strings.HasSuffix(ts[n-1].Surface, end)
}

// plainNounString reports a string the analyser reads as one known common
// noun on its own: "계획" in 계획신도시 is a kind of town, not a name.
func (d *doc) plainNounString(s string) bool {
	ts := d.x.an.Analyze(s)
	return len(ts) == 1 && ts[0].Known && strings.HasPrefix(ts[0].POS, "NNG") && ts[0].Surface == s
}

// villagePlaces makes a place of a village-shaped word that follows a
// known place ("완주군 삼봉신도시", "완주 구암리"), and of a new town
// written as one word with a name ("동탄신도시"), wherever it stands.
func (d *doc) villagePlaces() {
	for k := range d.words {
		if d.claimed[k] {
			continue
		}
		w := &d.words[k]
		prevPlace := k > 0 && d.words[k-1].sent == w.sent && d.words[k-1].bare() && d.head[k-1] != nil && d.head[k-1].Type == Place
		if d.villageShape(k, prevPlace) && (prevPlace || strings.HasSuffix(w.stem, "신도시")) {
			d.addNamed(Place, k)
		}
	}
}
