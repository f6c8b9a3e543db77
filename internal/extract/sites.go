package extract

import (
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

// loadSiteNouns reads lexicon/site_nouns.txt.
func (lx *lexicon) loadSiteNouns() error {
	return readLines(lexiconFS, "lexicon/site_nouns.txt", func(line string) error {
		lx.siteNouns = append(lx.siteNouns, strings.TrimSpace(line))
		return nil
	})
}

// siteWord reports a word that names a site or unit of an organisation:
// a place (구미, 천안) or a word ending in a site noun (배터리공장,
// 스마트시티).
func (d *doc) siteWord(k int) bool {
	w := &d.words[k]
	if !w.bare() || d.claimed[k] || w.quoted && w.openQ {
		return false
	}
	if g, ok := d.lx.gaz[fold.Key(w.stem)]; ok && g.typ == Place {
		return true
	}
	for _, n := range d.lx.siteNouns {
		if strings.HasSuffix(w.stem, n) {
			return true
		}
	}
	return false
}

// orgBeforeSite reads an organisation written before one or two site words
// and the title ("한빛전자 구미 스마트시티 공장장"): the organisation is the
// affiliation, a place among the site words a place of its own, and the
// name comes before the organisation. It reports whether it read one.
func (d *doc) orgBeforeSite(m *titleMatch) bool {
	st, p := m.st, m.p
	for n := 1; n <= 2 && p-n >= st.w0; n++ {
		if !d.siteWord(p - n + 1) {
			return false
		}
		o := p - n
		q, name := d.orgAt(o, st.w0)
		if q < 0 || q == o && d.koreanName(o) && !d.orgSuffix(&d.words[o]) {
			continue
		}
		for k := o + 1; k <= p; k++ {
			w := &d.words[k]
			if g, ok := d.lx.gaz[fold.Key(w.stem)]; ok && g.typ == Place {
				d.entity(Place, g.canon).mention(d.text, w.cs, w.stemE)
			}
			d.claimed[k] = true
		}
		m.affil, m.affilStart, m.affilEnd = d.text[d.words[q].cs:d.words[o].stemE], q, o
		m.affilCanon = name
		m.p = q - 1
		return true
	}
	return false
}

// fieldAbbrevs are fields written in capitals, never an outlet's letters:
// "IT뉴스" is news about IT.
var fieldAbbrevs = setOf(`IT AI VR AR XR ESG EV TV PC SNS ICT CEO K`)
