package extract

import (
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

// neighbourhoodEnds end the names of neighbourhoods and villages, which
// before a body say where its building stands ("서초동 고등검찰청"), not
// whose it is.
var neighbourhoodEnds = []string{"동", "리", "읍", "면", "가"}

// The regional-bodies stage: a place and a regional state body written
// apart ("서울 고등검찰청", "부산 지방법원") name one organisation, as the
// text writes them; the place keeps a mention of its own.
func (d *doc) regionalBodies() {
	for i := 0; i+1 < len(d.words); i++ {
		w, b := &d.words[i], &d.words[i+1]
		if d.claimed[i] || d.claimed[i+1] || w.quoted || w.sent != b.sent || w.josa != "" || w.comma || w.stemE != w.ce || b.s != w.e+1 {
			continue
		}
		if !d.lx.regionalBodies[b.stem] && !d.localBody(b.stem) && !d.namedLocalBody(b.stem) {
			continue
		}
		g, ok := d.lx.gaz[fold.Key(w.stem)]
		if !ok || g.typ != Place || g.weak || endsAny(w.stem, neighbourhoodEnds...) {
			continue
		}
		d.entity(Place, g.canon).mention(d.text, w.cs, w.stemE)
		e := d.entity(Org, d.text[w.cs:b.stemE])
		e.mention(d.text, w.cs, b.stemE)
		d.claim(i, i+1, e)
	}
}

// namedLocalBody reports a local office word whose place is a name the
// lexicon does not know ("남대문경찰서"): after a known city or province
// written apart ("서울 남대문경찰서") it is still that place's office. A
// generic word before the office ("관할경찰서") names none.
func (d *doc) namedLocalBody(s string) bool {
	for _, h := range d.lx.localBodies {
		b, ok := strings.CutSuffix(s, h)
		if ok && allHangul(b) && syllables(b) >= 2 && syllables(b) <= 4 && !genericPrefixes()[b] && !d.lx.stop[b] {
			return true
		}
	}
	return false
}

// The spaced-orgs stage: a known place, one or two field nouns and an
// organisation suffix word, all written apart ("부산 환경 재단", "아시아
// 배구 연맹"), name one organisation, as the text writes them; the place
// keeps a mention of its own. Every word but the last is bare, so a place
// that is the subject ("한국은 축구 협회와") or a field noun with its own
// particle is no part of a name.
func (d *doc) spacedOrgs() {
	for i := 0; i+2 < len(d.words); i++ {
		w := &d.words[i]
		g, ok := d.lx.gaz[fold.Key(w.stem)]
		if !ok || g.typ != Place || g.weak || endsAny(w.stem, neighbourhoodEnds...) || !d.spacedOrgWord(i) {
			continue
		}
		for j := i + 1; j <= i+2 && j+1 < len(d.words) && d.lx.orgFields[d.words[j].stem] && d.spacedOrgWord(j); j++ {
			s := &d.words[j+1]
			if d.claimed[j+1] || s.quoted || s.sent != w.sent || s.s != d.words[j].e+1 || !d.lx.orgSuffixWords[s.stem] {
				continue
			}
			d.entity(Place, g.canon).mention(d.text, w.cs, w.stemE)
			e := d.entity(Org, d.text[w.cs:s.stemE])
			e.mention(d.text, w.cs, s.stemE)
			d.claim(i, j+1, e)
			break
		}
	}
}

// spacedOrgWord reports word i free to start or continue a spaced
// organisation name: unclaimed, unquoted, bare, without a comma, and
// followed by a single space within the sentence.
func (d *doc) spacedOrgWord(i int) bool {
	w := &d.words[i]
	return !d.claimed[i] && !w.quoted && w.josa == "" && !w.comma && w.stemE == w.ce &&
		i+1 < len(d.words) && d.words[i+1].sent == w.sent && d.words[i+1].s == w.e+1
}
