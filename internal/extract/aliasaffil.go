package extract

// aliasBeforeName gives a person the organisation written right before the
// name by the short form the story defined in brackets earlier
// ("대한의대생협회(의대협) … 의대협 이선우 위원장은"): short forms are
// known only once the brackets are read, after org-before-name ran. The
// affiliation is kept as written (the short form).
func (d *doc) aliasBeforeName() {
	short := map[string]*entity{}
	for _, e := range d.ents {
		if e.Type == Org {
			for _, a := range e.Aliases {
				short[a] = e
			}
		}
	}
	if len(short) == 0 {
		return
	}
	for j := 1; j < len(d.words); j++ {
		e, i := d.head[j], d.phrase0[j]
		if e == nil || e.Type != Person || e.Affiliation != "" || i < 1 {
			continue
		}
		w := &d.words[i-1]
		if d.head[i-1] != nil || !w.bare() || w.quoted || w.sent != d.words[i].sent || d.leadBracket(i-1) {
			continue
		}
		org := short[w.stem]
		if org == nil {
			continue
		}
		org.mention(d.text, w.cs, w.stemE)
		d.claim(i-1, i-1, org)
		e.setAttrs("", w.stem, "")
		d.chainAffiliation(i, w.stem)
	}
}
