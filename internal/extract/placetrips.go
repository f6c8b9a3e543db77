package extract

import (
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

// placeTripAt reads "워싱턴행 비행기에 올랐다" at word i: a known place
// with 행 before what a traveller boards (trip_vehicles.txt) and a verb is
// a trip to that place, the verb ending the predicate.
func (d *doc) placeTripAt(i, end int) (trigger, bool) {
	w := &d.words[i]
	p, ok := strings.CutSuffix(w.stem, "행")
	if !ok || w.josa != "" || w.quoted || i+2 >= end || syllables(p) < 2 {
		return trigger{}, false
	}
	g, ok := d.lx.gaz[fold.Key(p)]
	if !ok || g.typ != Place || g.weak {
		return trigger{}, false
	}
	v := &d.words[i+1]
	if !d.lx.ev.vehicles[v.stem] || v.josa == "" || v.quoted || !d.verbal(&d.words[i+2]) {
		return trigger{}, false
	}
	return trigger{typ: Travel, dest: g.canon, t: i, pe: i + 2, noun: "행"}, true
}
