package extract

// titledDotChain reads the dotted word i of "윤태호 상무·강지훈 편집국장":
// names each with its own title, one title and the next name joined by a
// middle dot in one word. Word i-1 is the first name, the word after the
// chain the last title; every part must be a title or a name.
func (d *doc) titledDotChain(si, i int) bool {
	st := d.sents[si]
	if i-1 < st.w0 || d.claimed[i-1] || !d.words[i-1].bare() || !d.nameString(d.words[i-1].stem) {
		return false
	}
	items := []listItem{{start: d.words[i-1].cs, name: d.words[i-1].stem, affilOffset: -1}}
	k := i
	for ; k < st.w1; k++ {
		w := &d.words[k]
		parts, offs := splitDots(w.stem)
		if len(parts) != 2 || !w.bare() || w.quoted || d.claimed[k] || !d.titleString(parts[0]) || !d.nameString(parts[1]) {
			break
		}
		items[len(items)-1].title = parts[0]
		items = append(items, listItem{start: w.cs + offs[1], name: parts[1], affilOffset: -1})
	}
	if k == i || k >= st.w1 || d.claimed[k] {
		return false
	}
	t0, title := d.titleAt(k, k)
	if t0 != k {
		return false
	}
	items[len(items)-1].title = title
	var first *entity
	for n, it := range items {
		if e := d.addListed(it); n == 0 {
			first = e
		}
	}
	// the first name heads its word; the dotted words then stand for the
	// list as a group (see dotGroups)
	d.claim(i-1, i-1, first)
	d.claim(i, k, nil)
	return true
}

// titleString reports a title standing alone in a list: "상무", "편집국장",
// "재무장관".
func (d *doc) titleString(s string) bool {
	return d.lx.titles[s] || allHangul(s) && d.lx.titleTab.compound(s) != ""
}
