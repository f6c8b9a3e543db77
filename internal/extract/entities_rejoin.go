package extract

// Names the analyser splits as a surname and a subject particle: "왕이 중국
// 외교부장의" is read 왕 + 이, but a subject particle is never followed by
// the person's own title. A one-syllable surname with 이 right before a
// title phrase (an affiliation and a title of the table) is rejoined into a two-syllable name and read by the title pattern.

// rejoinNames re-reads such words as names.
func (d *doc) rejoinNames() {
	for _, st := range d.sents {
		for i := st.w0; i+1 < st.w1; i++ {
			w := &d.words[i]
			if w.josa != "이" || w.quoted || d.claimed[i] || syllables(w.stem) != 1 || !d.lx.surnames[w.stem] || w.comma || w.paren != "" || w.closeQ {
				continue
			}
			t := i + 1
			if t+1 < st.w1 && d.words[t].bare() && !d.claimed[t] {
				t++ // "왕이 중국 외교부장": an affiliation between
			}
			if t0, _ := d.titleAt(t, st.w0); t0 != t || d.claimed[t] {
				continue
			}
			saved := *w
			w.stem, w.josa, w.stemE = d.text[w.cs:w.ce], "", w.ce
			// the title pattern without its name test: the title after it
			// makes the rejoined word a name
			m := &titleMatch{st: st, t: t, affilStart: -1, affilEnd: -1, nameStart: -1}
			if !d.matchTitle(m) || !d.readRoles(m) {
				*w = saved
				continue
			}
			d.readAffiliation(m)
			if m.p != i || !foreignCountryAffil(m) {
				*w = saved
				continue
			}
			m.nameStart, m.nameEnd = i, i
			d.recordTitleMatch(m)
		}
	}
}

// foreignCountryAffil reports a match whose affiliation is a country or
// city other than Korea ("왕이 중국 외교부장"): a one-syllable given name 이
// is a Chinese name's, written with its country. With an organisation
// ("김이 한빛전자 사장을") or no place, 이 is the subject particle after a
// surname.
func foreignCountryAffil(m *titleMatch) bool {
	return m.affil != "" && m.affilStart < 0 && m.affil != "한국"
}
