package extract

import "github.com/sosik-news/sosik/internal/fold"

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
		if !d.lx.regionalBodies[b.stem] && !d.localBody(b.stem) {
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
