package extract

import (
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

// The named-thing stages: projects and named events.

// projects finds named projects: "X 프로젝트", "프로젝트인 'X'", "'X' 프로젝트".
func (d *doc) projects() {
	for _, st := range d.sents {
		for i := st.w0; i < st.w1; i++ {
			w := &d.words[i]
			if i+1 < st.w1 && strings.HasPrefix(d.words[i+1].stem, "프로젝트") && !d.claimed[i] && w.josa == "" && !w.comma {
				if (w.openQ && w.closeQ) || (!d.commonNoun(w) && d.properish(w)) {
					d.addNamed(Project, i)
				}
			}
			if strings.HasPrefix(w.stem, "프로젝트") && i+1 < st.w1 && d.words[i+1].openQ && !d.claimed[i+1] {
				d.addNamed(Project, i+1)
			}
		}
	}
}

// properish: a word the analyser reads as a proper noun or does not know,
// or written in Latin letters.
func (d *doc) properish(w *word) bool {
	for _, t := range d.toksOf(w) {
		if strings.HasPrefix(t.POS, "NNP") || !t.Known || t.POS == "SL" {
			return true
		}
	}
	return false
}

func (d *doc) addNamed(typ string, i int) {
	w := &d.words[i]
	if w.stem == "" || d.lx.titles[w.stem] {
		return
	}
	e := d.entity(typ, w.stem)
	e.mention(d.text, w.cs, w.stemE)
	d.claim(i, i, e)
}

// eventSuffixes end the names of named events ("부산국제영화제", "CES 2025"
// is in the gazetteer).
var eventSuffixes = []string{"정상회의", "포럼", "박람회", "엑스포", "올림픽", "월드컵", "영화제", "전시회", "서밋", "콘퍼런스", "컨퍼런스", "페스티벌"}

// namedEvents finds named events by their ending, when what comes before
// it is a name (proper noun, Latin letters or a place), not a common noun.
func (d *doc) namedEvents() {
	for i := range d.words {
		w := &d.words[i]
		if d.claimed[i] || w.quoted {
			continue
		}
		for _, suf := range eventSuffixes {
			pre := strings.TrimSuffix(w.stem, suf)
			if pre == w.stem || syllables(pre) < 2 {
				continue
			}
			g, ok := d.lx.gaz[fold.Key(pre)]
			if (ok && g.typ == Place) || d.properish(w) && !d.commonNoun(w) {
				d.addNamed(EventT, i)
			}
			break
		}
	}
}
