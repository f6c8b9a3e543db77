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
		unit := n == 1 && d.unitWord(p)
		if !unit && !d.siteWord(p-n+1) {
			return false
		}
		o := p - n
		q, name := d.orgAt(o, st.w0)
		if q < 0 || q == o && d.koreanName(o) && !d.orgSuffix(&d.words[o]) {
			continue
		}
		if unit && !d.siteWord(p) && !d.nameBeforeOrg(q-1, st.w0) {
			return false // a unit the lexicon does not list stands there only between a name and its organisation
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

// unitWord reports a bare word that may name a division or office of an
// organisation the site nouns do not list, "한빛그룹 콘텐츠융합 상무이사":
// a noun of two to six syllables that is no name, title, role, former-post
// word or verb form.
func (d *doc) unitWord(k int) bool {
	w := &d.words[k]
	if !w.bare() || d.claimed[k] || w.quoted || w.paren != "" || !allHangul(w.stem) {
		return false
	}
	if n := syllables(w.stem); n < 2 || n > 6 {
		return false
	}
	if d.koreanName(k) && !d.plainNoun(w) || d.lx.titles[w.stem] || d.lx.roles[w.stem] || formerWords()[w.stem] || d.lx.stop[w.stem] || d.verbal(w) {
		return false
	}
	ts := d.toksOf(w)
	return len(ts) > 0 && strings.HasPrefix(ts[0].POS, "N")
}

// nameBeforeOrg reports a Korean name at word k, or at k-1 with a
// former-post word at k ("조복래 전 한빛일보 …").
func (d *doc) nameBeforeOrg(k, lo int) bool {
	if k >= lo && d.words[k].bare() && formerWords()[d.words[k].stem] {
		k--
	}
	return k >= lo && d.words[k].bare() && !d.claimed[k] && d.koreanName(k)
}

// fieldAbbrevs are fields written in capitals, never an outlet's letters:
// "IT뉴스" is news about IT.
var fieldAbbrevs = setOf(`IT AI VR AR XR ESG EV TV PC SNS ICT CEO K`)
