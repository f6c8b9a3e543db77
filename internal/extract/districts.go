package extract

import "strings"

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
}
