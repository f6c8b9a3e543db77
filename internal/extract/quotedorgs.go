package extract

import "strings"

// quotedOrgs reads a word written alone in quotation marks as an
// organisation ("'푸른바다시민연대'는 성명을 냈다") when its name ends in an
// organisation's ending (quoted_org_tails.txt or an organisation suffix),
// a kind of organisation stands right before it ("시민단체 '푸른바다'는")
// or the next sentences refer to it by one ("이 단체는"). A quoted title
// of a book or a slogan has none of these.
func (d *doc) quotedOrgs() {
	for i := range d.words {
		w := &d.words[i]
		if d.claimed[i] || !w.openQ || !w.closeQ || w.stemE != w.ce || !allHangul(w.stem) || syllables(w.stem) < 3 {
			continue
		}
		if d.lx.stop[w.stem] || d.lx.titles[w.stem] || d.plainNoun(w) {
			continue
		}
		if d.quotedOrgTail(w) || d.orgKindBefore(i) || d.orgKindAfter(i) {
			d.addNamed(Org, i)
		}
	}
}

// quotedOrgTail reports a quoted name ending in an organisation's ending.
func (d *doc) quotedOrgTail(w *word) bool {
	if d.orgSuffix(w) {
		return true
	}
	for t := range d.lx.quotedOrgTails {
		if strings.HasSuffix(w.stem, t) && syllables(w.stem) > syllables(t) {
			return true
		}
	}
	return false
}

// orgKindBefore reports a kind of organisation right before word i in its
// sentence ("시민단체 '푸른바다'는").
func (d *doc) orgKindBefore(i int) bool {
	if i == 0 || d.words[i-1].sent != d.words[i].sent {
		return false
	}
	p := &d.words[i-1]
	return p.bare() && !p.openQ && d.lx.orgKinds[p.stem]
}

// orgKindAfter reports "이 단체" opening the sentence after word i's or the
// one after it, with no other quoted name in between.
func (d *doc) orgKindAfter(i int) bool {
	s := d.words[i].sent
	for k := i + 1; k+1 < len(d.words) && d.words[k].sent <= s+2; k++ {
		w := &d.words[k]
		if w.openQ && w.closeQ {
			return false
		}
		if w.sent == s || k > 0 && d.words[k-1].sent == w.sent {
			continue // only the first word of a later sentence
		}
		return w.stem == "이" && w.bare() && d.lx.orgKinds[d.words[k+1].stem] && d.words[k+1].sent == w.sent
	}
	return false
}
