package extract

import (
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/fold"
)

// The staff-orgs stage: a name written bare before 관계자 ("제일기획
// 관계자는") is the organisation the official works for, when it is no
// common noun (업계, 회사), sector (금융권, sector_endings.txt), place,
// title or stop word.
func (d *doc) staffOrgs() {
	for i := 0; i+1 < len(d.words); i++ {
		w, nx := &d.words[i], &d.words[i+1]
		if !d.staffNoun(i) || nx.sent != w.sent || d.claimed[i] || w.quoted || !w.bare() || w.comma || syllables(w.stem) < 2 {
			continue
		}
		if d.lx.stop[w.stem] || d.lx.titles[w.stem] || d.lx.anon[w.stem] || d.verbal(w) || isDigitStart(w.stem) || d.commonNoun(w) || !d.nameLikeOrg(w) {
			continue
		}
		if _, last := utf8.DecodeLastRuneInString(w.stem); d.lx.sectorEnds[w.stem[len(w.stem)-last:]] {
			continue // "금융권 관계자": a sector, not an organisation
		}
		if _, ok := d.lx.gaz[fold.Key(w.stem)]; ok {
			continue // a known name: the gazetteer stage gave it its type
		}
		if ts := d.toksOf(w); len(ts) > 0 && !ts[0].Known && allHangul(w.stem) && syllables(w.stem) < 3 {
			continue // a short unknown word is as likely a misread common word
		}
		d.addNamed(Org, i)
	}
}
