package extract

import (
	"sort"

	"github.com/sosik-news/sosik/internal/korean"
)

// The model stage: the learned tagger's entities where no rule found one.

// modelEntities adds the learned tagger's PERSON/ORG/PLACE spans over
// words no rule claimed.
func (d *doc) modelEntities() {
	if d.x.ner == nil {
		return
	}
	for _, st := range d.sents {
		if st.w0 == st.w1 {
			continue
		}
		// the tokens inside the sentence: they are in text order
		var toks []korean.Token
		for i := sort.Search(d.toks.Len(), func(i int) bool { return d.toks.Start(i) >= st.s }); i < d.toks.Len() && d.toks.Start(i) < st.e; i++ {
			if t := d.toks.At(i); t.End <= st.e {
				t.Start -= st.s
				t.End -= st.s
				toks = append(toks, t)
			}
		}
		for _, sp := range d.x.ner.Tag(d.text[st.s:st.e], toks) {
			s, e := st.s+sp.Start, st.s+sp.End
			typ := map[string]string{"PERSON": Person, "ORG": Org, "PLACE": Place}[sp.Label]
			if typ == "" {
				continue
			}
			// whole words only, none already claimed
			i0, i1 := -1, -1
			for i := st.w0; i < st.w1; i++ {
				w := &d.words[i]
				if w.cs == s {
					i0 = i
				}
				if i0 >= 0 && w.stemE == e {
					i1 = i
					break
				}
			}
			if i0 < 0 || i1 < 0 {
				continue
			}
			free := true
			for k := i0; k <= i1; k++ {
				if d.claimed[k] || (k < i1 && !d.words[k].bare()) {
					free = false
				}
			}
			if !free || d.lx.stop[d.text[s:e]] || d.lx.anon[d.text[s:e]] || syllables(d.text[s:e]) < 2 || personPronouns()[d.text[s:e]] || groupPronouns()[d.text[s:e]] {
				continue // one syllable is a surname reference ("손 회장") or a pronoun, resolved later
			}
			ent := d.entity(typ, d.text[s:e])
			ent.mention(d.text, s, e)
			d.claim(i0, i1, ent)
		}
	}
}
