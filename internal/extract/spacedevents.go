package extract

import (
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

// loadEventHeads reads lexicon/event_heads.txt.
func (lx *lexicon) loadEventHeads() error { return readList("event_heads.txt", &lx.eventHeads) }

// eventQualifier reports a word that can name the place or body of a
// two-word named event: a known place (뮌헨) or an acronym of capitals and
// digits (G20, APEC).
func (d *doc) eventQualifier(k int, quoted bool) bool {
	w := &d.words[k]
	if !w.bare() || d.claimed[k] || w.openQ && !quoted {
		return false
	}
	if g, ok := d.lx.gaz[fold.Key(w.stem)]; ok && g.typ == Place && !g.weak && !d.lx.ambiguous[w.stem] {
		return true
	}
	return acronym(w.stem)
}

// acronym: two to six capitals and digits with at least one capital.
func acronym(s string) bool {
	if len(s) < 2 || len(s) > 6 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !(s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9') {
			return false
		}
	}
	return true
}

// spacedEvents finds named events of two words, a place or acronym and a
// compound ending in a meeting noun ("뮌헨 안보회의", "G20 외교장관회담").
// It runs before the gazetteer, so that G20 is read as part of the event
// and not as the summit the gazetteer knows by that name.
func (d *doc) spacedEvents() {
	for _, st := range d.sents {
		for i := st.w0; i+1 < st.w1; i++ {
			nx := &d.words[i+1]
			quoted := d.words[i].openQ && nx.closeQ // 'AI 올림픽': a quoted name of two words
			if d.claimed[i+1] || nx.openQ || !allHangul(nx.stem) || !d.eventQualifier(i, quoted) {
				continue
			}
			if quoted && d.eventWord(nx.stem) {
				e := d.entity(EventT, d.words[i].stem+" "+nx.stem)
				e.mention(d.text, d.words[i].cs, nx.stemE)
				d.claim(i, i+1, e)
				continue
			}
			for _, h := range d.lx.eventHeads {
				if strings.HasSuffix(nx.stem, h) && syllables(nx.stem) >= syllables(h)+2 {
					e := d.entity(EventT, d.words[i].stem+" "+nx.stem)
					e.mention(d.text, d.words[i].cs, nx.stemE)
					d.claim(i, i+1, e)
					break
				}
			}
		}
	}
}

// eventWord reports a word that names a kind of event on its own: an
// event the gazetteer knows (올림픽, 월드컵) or a named-event ending.
func (d *doc) eventWord(s string) bool {
	if g, ok := d.lx.gaz[fold.Key(s)]; ok && g.typ == EventT {
		return true
	}
	for _, suf := range eventSuffixes {
		if s == suf {
			return true
		}
	}
	return false
}
