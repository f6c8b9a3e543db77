package extract

import (
	"slices"
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

// The districts stage: administrative districts the analyser knows as places.

// districtSuffixes end the names of administrative districts: 군, 구, 읍,
// 면, 리 (village), 동 (neighbourhood).
var districtSuffixes = []string{"군", "구", "읍", "면", "리", "동"}

// districtPlaces finds districts the analyser knows as place names of a
// stem and a district ending ("서초동", "구암리"): a proper noun of class
// 지명 that is the whole stem of its word.
func (d *doc) districtPlaces() {
	for i := range d.words {
		w := &d.words[i]
		if d.claimed[i] || w.quoted || syllables(w.stem) < 3 || !endsAny(w.stem, districtSuffixes...) {
			continue
		}
		ts := d.toksOf(w)
		if len(ts) > 0 && ts[0].Surface == w.stem && ts[0].Class == "지명" && strings.HasPrefix(ts[0].POS, "NNP") {
			d.addNamed(Place, i)
		}
	}
	for i := range d.words {
		if d.regionShape(i) {
			d.addNamed(Place, i)
		}
	}
}

// regionSuffixes end the names of regions abroad and of counties:
// 후쿠시마현, 오하이오주, 광둥성, and 군 (a county the lexicon lacks).
var regionSuffixes = []string{"현", "주", "성", "군"}

// regionShape reports word i as a region the lexicon lacks: a name of two
// to five syllables the analyser does not know as a common noun, a region
// suffix, and a context that marks a place — a place noun after it ("…군
// 일대", "…현 지역") or, for 현 and 성, a known place right before it
// ("일본 …현", "중국 …성") when the word is no Korean name (군 is also the
// army, 주 also a stock: "미국 기술주"). A known region of three syllables
// or more takes 주 anywhere ("텍사스주").
func (d *doc) regionShape(i int) bool {
	w := &d.words[i]
	if d.claimed[i] || w.quoted || !allHangul(w.stem) || d.lx.stop[w.stem] || notNameWords()[w.stem] {
		return false
	}
	suf := string(finalRune(w.stem))
	b := strings.TrimSuffix(w.stem, suf)
	if !slices.Contains(regionSuffixes, suf) || syllables(b) < 2 || syllables(b) > 5 {
		return false
	}
	if d.plainNounString(b) || d.plainNoun(w) || d.commonNoun(w) || d.verbal(w) || d.hasClass(w, "인명") {
		return false
	}
	if g, ok := d.lx.gaz[fold.Key(b)]; ok {
		// "텍사스주": a known region and its suffix; "일본군" is an army
		return suf != "군" && g.typ == Place && !g.weak && syllables(b) >= 3
	}
	st := d.sents[w.sent]
	if i+1 < st.w1 && w.bare() && d.lx.placeNouns[d.words[i+1].stem] {
		return true
	}
	if suf == "군" || suf == "주" || i == st.w0 || !d.words[i-1].bare() || d.koreanName(i) {
		return false
	}
	p := d.head[i-1]
	return p != nil && p.Type == Place && d.phrase0[i-1] == i-1
}
