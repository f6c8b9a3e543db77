package extract

import "github.com/sosik-news/sosik/internal/fold"

// nameMentionStart is where the mention of a name over words i..j starts:
// a given name in brackets ("(마코) 루비오", the writer's gloss) belongs to
// the name but not to what the text says, so the mention starts after it.
func (d *doc) nameMentionStart(i, j int) int {
	w := &d.words[i]
	if i < j && w.s < w.cs && d.text[w.s] == '(' && w.ce < w.e && d.text[w.ce] == ')' {
		return d.words[i+1].cs
	}
	return w.cs
}

// rejoinSurnameI undoes the particle split of a two-syllable name whose
// second syllable is 이 ("왕이" read as 왕 + 이): a one-syllable surname
// with the subject particle that starts its phrase, right before a country
// and a title — the order of foreign officials' names ("왕이 중국
// 외교부장"); a Korean name is never written so. It reports whether it
// rejoined.
func (d *doc) rejoinSurnameI(p int) bool {
	w := &d.words[p]
	if w.josa != "이" || w.stemE+len(w.josa) != w.ce || w.comma || w.closeQ || w.paren != "" || d.claimed[p] {
		return false
	}
	if syllables(w.stem) != 1 || !d.lx.surnames[w.stem] {
		return false
	}
	if p+1 >= len(d.words) {
		return false
	}
	if g, ok := d.lx.gaz[fold.Key(d.words[p+1].stem)]; !ok || g.typ != Place || g.weak {
		return false
	}
	if st := d.sents[w.sent]; p > st.w0 && d.words[p-1].bare() {
		return false // "… 측 왕이": inside a noun phrase, not a name starting it
	}
	w.stem, w.josa, w.stemE = d.text[w.cs:w.ce], "", w.ce
	return true
}

// rejoinReporters undoes particle splits in the reporters' names written
// before the last one of a byline in the lead ("박소은 김승준 기자 =", where
// 박소은 reads as 박소 + 은): up to three words back from k, while each
// word is a bare name after the rejoin.
func (d *doc) rejoinReporters(k, lo int) {
	for n := 0; n < 3 && k >= lo && !d.claimed[k]; n, k = n+1, k-1 {
		d.rejoinNameParticle(k)
		if !d.words[k].bare() {
			return
		}
	}
}
