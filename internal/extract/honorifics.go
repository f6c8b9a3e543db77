package extract

import "strings"

// The honorifics and appositives stages: names marked by 씨, and a title with the copula before a name.

// honorificPersons finds names marked by 씨 ("홍길동 씨", "홍길동씨가"),
// with an occupation written before them as the title ("배우 김규리 씨").
func (d *doc) honorificPersons() {
	for si, st := range d.sents {
		_ = si
		for i := st.w0; i < st.w1; i++ {
			w := &d.words[i]
			if d.claimed[i] || w.quoted {
				continue
			}
			name, end, last := "", 0, i
			switch {
			case i+1 < st.w1 && d.words[i+1].stem == "씨" && !w.comma && !w.closeQ && d.nameString(d.text[w.cs:w.ce]):
				name, end = d.text[w.cs:w.ce], w.ce // the analyser may cut a name's last syllable as a particle (신성 + 일)
				if d.words[i+1].josa != "" {
					last = i + 1 // "김철수 씨와": the phrase ends at 씨, which takes the particle
				}
			case strings.HasSuffix(w.stem, "씨") && d.nameString(strings.TrimSuffix(w.stem, "씨")):
				name = strings.TrimSuffix(w.stem, "씨")
				end = w.cs + len(name)
			default:
				if name, end = d.madamName(i, st); name == "" {
					continue
				}
			}
			e := d.entity(Person, name)
			if k := i - 1; k >= st.w0 && d.words[k].bare() && !d.claimed[k] {
				switch d.lx.titleTab.class(d.words[k].stem) {
				case TitleCulture, TitleProfessional, TitleSport:
					e.setAttrs(d.words[k].stem, "", "")
					d.claim(k, k, nil)
				}
			}
			e.mention(d.text, w.cs, end)
			d.claim(i, last, e)
		}
	}
}

// appositiveTitles reads "총참모장인 박정천은": a title with the copula 인
// right before a name gives the person that title.
func (d *doc) appositiveTitles() {
	for i := 0; i+1 < len(d.words); i++ {
		w, nx := &d.words[i], &d.words[i+1]
		if w.josa != "인" || nx.sent != w.sent || d.claimed[i+1] || nx.quoted || !d.lx.titles[w.stem] && d.lx.titleTab.compound(w.stem) == "" {
			continue
		}
		d.rejoinNameParticle(i + 1)
		if !d.koreanName(i + 1) {
			continue
		}
		e := d.entity(Person, nx.stem)
		e.setAttrs(w.stem, "", "")
		e.mention(d.text, nx.cs, nx.stemE)
		d.claim(i+1, i+1, e)
	}
}

// madamName reads the name before 여사 ("김영숙 여사", "펑리위안(彭麗媛)
// 여사내외가" with 내외 glued on): a Korean name, a name written with its
// hanja, or a foreign-shaped word after 부인 (the wife). It returns the
// name and where its mention ends.
func (d *doc) madamName(i int, st sentence) (string, int) {
	w := &d.words[i]
	if i+1 >= st.w1 || !w.bare() && !(w.josa == "" && hanjaName(w.paren)) {
		return "", 0
	}
	nx := d.words[i+1].stem
	if nx != "여사" && nx != "여사내외" {
		return "", 0
	}
	afterWife := i > st.w0 && d.words[i-1].bare() && d.words[i-1].stem == "부인"
	if d.nameString(w.stem) || hanjaName(w.paren) && d.hanjaNamed(w) || afterWife && d.foreignWord(w) && syllables(w.stem) >= 2 {
		return w.stem, w.stemE
	}
	return "", 0
}
