package extract

import (
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

// nameByContext reports word p, which the analyser reads as a common noun
// or a compound, as a name before the title of match m when the context
// says so: a short Korean name ("조현 장관") referred to later by its
// surname and the title ("조 장관"), or a Chinese name read in Korean ("장웨이핑
// 중국 외교부장") with a country as its affiliation. Words that modify a
// title ("신임", "당시", "정부") never are.
func (d *doc) nameByContext(p int, m *titleMatch) bool {
	if !d.words[p].bare() {
		return false
	}
	g, ok := d.lx.gaz[fold.Key(m.affil)]
	country := m.affil != "" && m.affilStart < 0 && ok && g.typ == Place
	if k := p - 1; m.affil == "" && k >= m.st.w0 && d.words[k].bare() {
		// "중국 리창 총리": the country written before the name
		g, ok := d.lx.gaz[fold.Key(d.words[k].stem)]
		country = ok && g.typ == Place && !g.weak
	}
	modified := p > m.st.w0 && (d.determiner(p-1) || d.afterBareNoun(p, m.st.w0))
	return d.contextName(p, d.words[m.t].stem, country, modified) || !modified && d.officeTitledName(p, m)
}

// officeTitledName reports a two-syllable word the analyser reads as one
// noun (조현) right before a government body the lexicon knows and a
// public, political or diplomatic title: "조현 외교부 장관" names a person
// though no later "조 장관" confirms it.
func (d *doc) officeTitledName(p int, m *titleMatch) bool {
	if m.affilStart != p+1 || m.affil == "" {
		return false
	}
	switch d.lx.titleTab.class(m.title) {
	case TitlePublic, TitlePolitical, TitleDiplomatic:
	default:
		return false
	}
	if g, ok := d.lx.gaz[fold.Key(m.affil)]; !ok || g.weak || g.typ != Org {
		return false
	}
	w := &d.words[p]
	if d.claimed[p] || w.quoted || !allHangul(w.stem) || syllables(w.stem) != 2 || syllables(d.lx.surnameOf(w.stem)) != 1 || d.notNameForm(w) || d.verbForm(w) {
		return false
	}
	ts := d.toksOf(w)
	return len(ts) == 1 && ts[0].Surface == w.stem && strings.HasPrefix(ts[0].POS, "NN")
}

// contextName is nameByContext of word p next to a title, with a country
// as the affiliation or not, and after a determiner or a bare noun or not.
func (d *doc) contextName(p int, title string, country, modified bool) bool {
	w := &d.words[p]
	if d.claimed[p] || w.quoted || !allHangul(w.stem) {
		return false
	}
	n, sur := syllables(w.stem), d.lx.surnameOf(w.stem)
	if n < 2 || n > 4 || syllables(sur) != 1 || d.notNameForm(w) {
		return false
	}
	ref := d.surnameRef(sur, title)
	if n == 2 {
		ts := d.toksOf(w)
		if last := string(finalRune(w.stem)); strings.Contains("이가은는을를도과와의", last) && josaFits(sur, last) {
			return false // "박이": a surname and its particle
		}
		if len(ts) != 1 || ts[0].Surface != w.stem || d.verbForm(w) || modified {
			return false
		}
		proper := strings.HasPrefix(ts[0].POS, "NNP")
		return (proper || strings.HasPrefix(ts[0].POS, "NNG")) && (ref || country && proper)
	}
	// a Chinese name read in Korean: the analyser splits it in parts, the
	// first the surname (장 + 웨이 + 핑) or an unknown word (왕샤오 + 밍); a
	// word starting with a known noun (현지 + 시간, 진입 + 하며) is no name
	ts := d.toksOf(w)
	if len(ts) < 2 || !strings.HasPrefix(ts[0].Surface, sur) || strings.HasPrefix(ts[0].POS, "V") {
		return false
	}
	if ts[0].Surface != sur && ts[0].Known && strings.HasPrefix(ts[0].POS, "NNG") {
		// "정의화 국회의장 … 정 의장": a name the analyser reads as a derived
		// noun (정의 + 화) only when the story names the person by surname too
		return n == 3 && ref && !strings.ContainsRune("실부국과팀처청원회단", finalRune(w.stem))
	}
	return ref || country
}

// notNameForm reports a word that is never a name before a title: a
// title, role or stop word, a modifier of titles, a group of countries, a
// place or organisation the lexicon knows, or one classed common noun.
func (d *doc) notNameForm(w *word) bool {
	s := w.stem
	if d.lx.titles[s] || d.lx.roles[s] || d.lx.stop[s] || d.lx.anon[s] || notNameWords()[s] || genericNouns()[s] ||
		formerWords()[s] || titleModifiers()[s] || countryGroup(s) || d.constituency(s) || d.lx.ev.relTimes[s] {
		return true
	}
	if g, ok := d.lx.gaz[fold.Key(s)]; ok && g.typ != Person {
		return true
	}
	return d.commonNoun(w) && len(d.toksOf(w)) == 1
}

// titleModifiers are common nouns written right before a title that say
// which holder or what kind ("전임 장관", "초선 의원", "주무 장관"), and
// the quantities written after one ("의원 전원").
var titleModifiers = setOf(`전원 일동 전체 다수 일부 전임 후임 초선 재선 다선 동료 소속 현역 주무 소관 관계 부처 해당 담당 주한 방한 친한 지역 비례 원로 중진 선임 수석 명예 상임 단독 공동 대리`)

// surnameRef reports "조 장관": surname sur alone, then title, somewhere in
// the text — the article's own later reference to the person.
func (d *doc) surnameRef(sur, title string) bool {
	if formerWords()[sur] || notNameWords()[sur] {
		return false // "전 의원": the former lawmaker, not a surname
	}
	for k := 0; k+1 < len(d.words); k++ {
		t := d.words[k+1].stem
		if d.words[k].stem == sur && d.words[k].bare() && (t == title || syllables(t) >= 2 && strings.HasSuffix(title, t) && d.lx.titles[t]) && d.words[k+1].sent == d.words[k].sent {
			return true // "정 의장" for 국회의장 too
		}
	}
	return false
}

// titleThenName finds a person written after an organisation or a country
// and a title ("외교부 장관 조현은", "중국 외교부장 장웨이핑은", "중국
// 외교부장 겸 정치국원 장웨이핑은"): a Korean name, or a name the context
// vouches for (contextName).
func (d *doc) titleThenName() {
	for t := 1; t+1 < len(d.words); t++ {
		tw, k := &d.words[t], t+1
		if !tw.bare() || d.claimed[t] || !d.lx.titles[tw.stem] || tw.sent != d.words[k].sent || d.head[k] != nil {
			continue
		}
		titles, o := []string{tw.stem}, t-1
		// "외교부장 겸 정치국원": a second post joined by 겸
		if o >= 2 && d.words[o].stem == "겸" && d.words[o].bare() && d.lx.titles[d.words[o-1].stem] && d.words[o-1].bare() && !d.claimed[o-1] {
			titles, o = []string{d.words[o-1].stem, tw.stem}, o-2
		}
		a := d.head[o]
		if a == nil || (a.Type != Org && a.Type != Place) || !d.words[o].bare() || d.words[o].sent != tw.sent {
			continue
		}
		g, ok := d.lx.gaz[fold.Key(d.words[o].stem)]
		country := a.Type == Place && ok && g.typ == Place
		if !d.koreanName(k) && !d.contextName(k, tw.stem, country, false) {
			continue
		}
		nw := &d.words[k]
		e := d.entity(Person, nw.stem)
		for _, ti := range titles {
			e.setAttrs(ti, d.text[d.words[d.phrase0[o]].cs:d.words[o].stemE], "")
		}
		e.mention(d.text, nw.cs, nw.stemE)
		d.claim(o+1, k, e)
		d.phrase0[k] = d.phrase0[o]
	}
}
