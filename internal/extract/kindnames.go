package extract

// kindThenName reads a Korean name right after a culture or sport title
// written before it ("가수 도담이", "배우 한결은", "감독 나은별의"): the person,
// with that title. A title before a name after an organisation or a place
// is titleThenName's.
func (d *doc) kindThenName() {
	for t := 0; t+1 < len(d.words); t++ {
		tw, k := &d.words[t], t+1
		if !tw.bare() || d.claimed[t] || tw.quoted || tw.sent != d.words[k].sent || d.claimed[k] || d.head[k] != nil {
			continue
		}
		switch d.lx.titleTab.class(tw.stem) {
		case TitleCulture, TitleSport:
		default:
			continue
		}
		nw := &d.words[k]
		if nw.quoted || nw.openQ || !d.koreanName(k) {
			continue
		}
		if j := k + 1; j < len(d.words) && d.words[j].sent == nw.sent && nw.bare() && (d.lx.titles[d.words[j].stem] || d.koreanName(j)) {
			continue // "감독 도담 코치": the name's own title follows; "배우 도담 한결": a list the other stages read
		}
		e := d.entity(Person, nw.stem)
		e.setAttrs(tw.stem, "", "")
		e.mention(d.text, nw.cs, nw.stemE)
		d.claim(t, k, e)
		d.phrase0[k] = t
	}
}
