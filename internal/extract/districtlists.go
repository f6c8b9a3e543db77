package extract

import (
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

// The district-lists stage: districts written as one word joined by
// slashes or middle dots ("부산 서구/동구/영도구", "서구·동구").

// listDistrictSuffixes end every item of a district list: 구 and 군.
var listDistrictSuffixes = []string{"구", "군"}

// districtParticles may follow the last item of a district list.
var districtParticles = []string{"에서는", "에서", "에는", "에도", "의", "에", "은", "는", "이", "가", "을", "를", "와", "과", "도", "로"}

// districtLists makes each item of a district list a place when every item
// reads as a district (two to four syllables ending in 구 or 군) and at
// least half the items are known places, or one is and the list follows a
// known place ("광주 북구/서구/남구": 서구 is also "the West").
func (d *doc) districtLists() {
	for i := range d.words {
		w := &d.words[i]
		if d.claimed[i] || w.quoted {
			continue
		}
		raw := d.text[w.s:w.e]
		if !strings.ContainsAny(raw, "/·ㆍ") {
			continue
		}
		parts, offs := splitDistricts(raw)
		if !d.districtList(i, parts) {
			continue
		}
		var e *entity
		for k, p := range parts {
			e = d.entity(Place, p)
			e.mention(d.text, w.s+offs[k], w.s+offs[k]+len(p))
		}
		d.claim(i, i, e)
	}
	d.commaDistricts()
}

// minDistrictRun is the fewest districts a list with commas needs.
const minDistrictRun = 3

// commaDistricts makes places of districts listed one word each with
// commas or 와/과 ("중구와 서구, 동구, 영도구 등"): three or more words
// that read as districts, at least half of them known places. Alone 서구
// and 동구 may be "the West" and "the East"; in such a list they are not.
func (d *doc) commaDistricts() {
	for i := 0; i < len(d.words); {
		j := i
		for j < len(d.words) && d.words[j].sent == d.words[i].sent && d.listDistrict(j) {
			j++
			if w := &d.words[j-1]; !w.comma && w.josa != "와" && w.josa != "과" {
				break
			}
		}
		if j-i >= minDistrictRun && d.knownHalf(i, j) {
			for k := i; k < j; k++ {
				w := &d.words[k]
				e := d.entity(Place, w.stem)
				e.mention(d.text, w.cs, w.stemE)
				d.claim(k, k, e)
			}
		}
		i = max(j, i+1)
	}
}

// listDistrict reports an unclaimed word k whose stem reads as a district:
// two to four Hangul syllables ending in 구 or 군, nothing in brackets.
func (d *doc) listDistrict(k int) bool {
	w := &d.words[k]
	n := syllables(w.stem)
	return !d.claimed[k] && w.paren == "" && allHangul(w.stem) && n >= 2 && n <= 4 && endsAny(w.stem, listDistrictSuffixes...)
}

// knownHalf reports that at least half the stems of words i..j-1 are known
// places.
func (d *doc) knownHalf(i, j int) bool {
	known := 0
	for k := i; k < j; k++ {
		if d.knownPlace(d.words[k].stem) {
			known++
		}
	}
	return known*2 >= j-i
}

// splitDistricts splits an eojeol at slashes and middle dots, with the
// particle cut off the last item, and returns the items and their byte
// offsets in the eojeol.
func splitDistricts(raw string) ([]string, []int) {
	var parts []string
	var offs []int
	start := 0
	for k, r := range raw {
		if r == '/' || r == '·' || r == 'ㆍ' {
			parts, offs = append(parts, raw[start:k]), append(offs, start)
			start = k + len(string(r))
		}
	}
	last := raw[start:]
	for _, p := range districtParticles {
		if b := strings.TrimSuffix(last, p); b != last && endsAny(b, listDistrictSuffixes...) {
			last = b
			break
		}
	}
	return append(parts, last), append(offs, start)
}

// districtList reports whether parts, the items of word i, are a list of
// districts.
func (d *doc) districtList(i int, parts []string) bool {
	if len(parts) < 2 {
		return false
	}
	known := 0
	for _, p := range parts {
		n := syllables(p)
		if !allHangul(p) || n < 2 || n > 4 || !endsAny(p, listDistrictSuffixes...) {
			return false
		}
		if d.knownPlace(p) {
			known++
		}
	}
	afterPlace := i > 0 && d.words[i-1].sent == d.words[i].sent && d.words[i-1].josa == "" && d.knownPlace(d.words[i-1].stem)
	return known*2 >= len(parts) || afterPlace && known > 0
}

// knownPlace reports a place of the gazetteer or a place name of the
// analyser's dictionary.
func (d *doc) knownPlace(s string) bool {
	if g, ok := d.lx.gaz[fold.Key(s)]; ok {
		return g.typ == Place
	}
	ts := d.x.an.Analyze(s)
	return len(ts) == 1 && ts[0].Surface == s && ts[0].Class == "지명" && strings.HasPrefix(ts[0].POS, "NNP")
}
