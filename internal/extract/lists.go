package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/fold"
)

// nameString reports whether s, standing alone, reads as a Korean personal
// name: a surname and a given name of two to four syllables in all, not a
// title, a known non-person name or one classed common noun. Lists ("김현환·
// 오영우 차관") and obituary lines give names outside the analyser's view
// of an eojeol, so this check works on the string.
func (d *doc) nameString(s string) bool {
	n := syllables(s)
	sur := d.lx.surnameOf(s)
	if !allHangul(s) || n < 2 || n > 4 || sur == "" || (n == 4 && syllables(sur) < 2) || !givenNameSyllables(s[len(sur):]) {
		return false
	}
	if d.lx.titles[s] || d.lx.roles[s] || d.lx.stop[s] || notNameWords()[s] || genericNouns()[s] || d.lx.anon[s] || d.nounPlusPersonSuffix(s) || anonymised(s, sur) {
		return false
	}
	if g, ok := d.lx.gaz[fold.Key(s)]; ok && g.typ != Person && !g.weak {
		return false
	}
	ts := d.x.an.Analyze(s)
	return !(len(ts) == 1 && ts[0].Known && strings.HasPrefix(ts[0].POS, "NNG") && ts[0].Class != "")
}

// listItem is one "NAME [AFFILIATION] [TITLE]" of a list, with its offset
// in the text.
type listItem struct {
	start       int
	name        string
	affil       string
	title       string
	affilOffset int // -1 when the affiliation is not written in the item
}

// parseListItem reads "유희영 대한민국예술원 회장" or "김현환" starting at
// byte offset start: the first word must be a name, the last may be a
// title, the words between are the affiliation.
func (d *doc) parseListItem(s string, start int) (listItem, bool) {
	lead := len(s) - len(strings.TrimLeft(s, " "))
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 5 || !d.nameString(f[0]) {
		return listItem{}, false
	}
	it := listItem{start: start + lead, name: f[0], affilOffset: -1}
	if len(f) == 1 {
		return it, true
	}
	last := f[len(f)-1]
	if !d.lx.titles[last] && d.lx.titleTab.compound(last) == "" && !headOfTitle(last) {
		return listItem{}, false
	}
	it.title = last
	if len(f) > 2 {
		it.affil = strings.Join(f[1:len(f)-1], " ")
		it.affilOffset = start + strings.Index(s, it.affil)
	}
	return it, true
}

// splitDots splits s at middle dots, returning the parts and their byte
// offsets in s.
func splitDots(s string) ([]string, []int) {
	var parts []string
	var offs []int
	i := 0
	for k, r := range s {
		if r == '·' || r == 'ㆍ' {
			parts, offs = append(parts, s[i:k]), append(offs, i)
			i = k + utf8.RuneLen(r)
		}
	}
	return append(parts, s[i:]), append(offs, i)
}

// dotLists finds people listed with middle dots: "김현환·오영우 차관" (the
// title after the list belongs to everyone) and parenthesised lists after
// a group title, "전직 장관(이민섭·주돈식·김영수)" or "기관장(유희영 예술원
// 회장·김대진 한예종 총장)", where an item without its own title takes the
// group's.
func (d *doc) dotLists() {
	for si, st := range d.sents {
		for i := st.w0; i < st.w1; i++ {
			if w := &d.words[i]; strings.ContainsAny(w.stem, "·ㆍ") && !d.claimed[i] && !w.quoted && !d.titledDotChain(si, i) {
				d.plainDotList(si, i)
			}
		}
		text := d.text[st.s:st.e]
		for off := 0; ; {
			o := strings.IndexByte(text[off:], '(')
			if o < 0 {
				break
			}
			o += off
			c := strings.IndexByte(text[o:], ')')
			if c < 0 {
				break
			}
			d.parenDotList(si, st.s+o, st.s+o+c)
			d.parenTitleName(st.s+o, st.s+o+c)
			d.parenAttrs(st.s+o, st.s+o+c)
			off = o + c
		}
	}
}

// plainDotList reads word i, "김현환·오영우", as a list of names when every
// part is one, with the title of the next word.
func (d *doc) plainDotList(si, i int) {
	w := &d.words[i]
	parts, offs := splitDots(w.stem)
	if len(parts) < 2 || d.placeDotList(i, parts, offs) {
		return
	}
	items := make([]listItem, 0, len(parts))
	for k, p := range parts {
		if !d.nameString(p) || syllables(p) < 3 && k == 0 {
			return
		}
		items = append(items, listItem{start: w.cs + offs[k], name: p, affilOffset: -1})
	}
	title := ""
	if st := d.sents[si]; w.bare() && i+1 < st.w1 && !d.claimed[i+1] {
		if t0, tl := d.titleAt(i+1, st.w0); t0 == i+1 {
			title = tl
			d.claim(i+1, i+1, nil)
		}
	}
	for _, it := range items {
		it.title = title
		d.addListed(it)
	}
	d.claim(i, i, nil)
}

// parenDotList reads the parenthesis text[o:c] (o at "(", c at ")") as a
// list when it holds middle dots and every item starts with a name. The
// word before the parenthesis, when a title, is the group's title.
func (d *doc) parenDotList(si, o, c int) {
	inner := d.text[o+1 : c]
	if !strings.ContainsAny(inner, "·ㆍ") {
		return
	}
	parts, offs := splitDots(inner)
	items := make([]listItem, 0, len(parts))
	for k, p := range parts {
		it, ok := d.parseListItem(p, o+1+offs[k])
		if !ok {
			return
		}
		items = append(items, it)
	}
	groupTitle := d.titleBefore(o)
	for _, it := range items {
		if it.title == "" {
			it.title = groupTitle
		}
		d.addListed(it)
	}
	st := d.sents[si]
	for k := st.w0; k < st.w1; k++ {
		if d.words[k].cs > o && d.words[k].cs < c {
			d.claim(k, k, nil)
		}
	}
}

// titleBefore returns the title written right before offset o ("장관(",
// "기관장(" → "관장" is no title, so ""), "" when there is none.
func (d *doc) titleBefore(o int) string {
	j := strings.LastIndexAny(d.text[:o], " \n") + 1
	s := d.text[j:o]
	if d.lx.titles[s] {
		return s
	}
	if allHangul(s) && d.lx.titleTab.compound(s) != "" {
		return s
	}
	return ""
}

// addListed makes a listed person an entity, with the affiliation as an
// organisation when the item writes one.
func (d *doc) addListed(it listItem) *entity {
	e := d.entity(Person, it.name)
	e.setAttrs(it.title, it.affil, "")
	e.mention(d.text, it.start, it.start+len(it.name))
	if it.affilOffset >= 0 {
		name := d.orgOfAffiliation(it.affil) // the organisation, without the unit written after it
		end := it.affilOffset + len(name)
		if g, ok := d.lx.gaz[fold.Key(name)]; ok && g.typ == Org {
			name = g.canon
		}
		if _, isPlace := d.lx.gaz[fold.Key(name)]; !isPlace || d.lx.gaz[fold.Key(name)].typ == Org {
			d.entity(Org, name).mention(d.text, it.affilOffset, end)
		}
		d.claimSpan(end, it.affilOffset+len(it.affil)) // the desk or region after it is no entity of its own
	}
	return e
}

// claimSpan claims the words whose cores start inside text[s:e].
func (d *doc) claimSpan(s, e int) {
	k := sort.Search(len(d.words), func(k int) bool { return d.words[k].cs >= s })
	for ; k < len(d.words) && d.words[k].cs < e; k++ {
		d.claimed[k] = true
	}
}

// orgOfAffiliation returns the organisation an affiliation of several
// words starts with when the words after it name a unit or a region of it:
// a known organisation before its desk ("한빛일보 뉴스디지털부"), a name in
// Latin capitals before a region ("GSMA 아시아-태평양"). Units in capitals
// go on the name ("MBC C&I"), and any other affiliation is the
// organisation as written.
func (d *doc) orgOfAffiliation(affil string) string {
	f := strings.Fields(affil)
	if len(f) < 2 || latinMixed(f[len(f)-1]) {
		return affil
	}
	if len(f) == 2 && d.orgString(f[0]) && newsDesk(f[1]) {
		return f[0] // "한빛일보 뉴스디지털부": the paper, its desk
	}
	if !latinMixed(f[0]) || strings.ContainsFunc(f[0], isHangulSyllable) || d.suffixedOrgName(f[len(f)-1]) {
		return affil // "한빛대 국제디자인대학원": a school of its own
	}
	return f[0]
}

// newsDesk reports a department of a paper or company written after it:
// a word ending in 부, 국 or 실 ("뉴스디지털부", "편집국", "기획실").
func newsDesk(w string) bool {
	return allHangul(w) && syllables(w) >= 3 && endsAny(w, "부", "국", "실", "팀") && !endsAny(w, "정부", "본부")
}

// headOfTitle reports "국립중앙박물관장", "문화재청장": an institution and
// 장 (head) written as one word, which in a list item stands for a title.
func headOfTitle(w string) bool {
	return allHangul(w) && syllables(w) >= 3 && strings.HasSuffix(w, "장")
}

// namesBeforeTitle gives the title of a match to the names listed with
// commas before its name ("김병섭, 유재범 전무는") and takes an
// organisation in the genitive before the list as everyone's affiliation
// ("현대오일뱅크의 김병섭, 유재범 전무").
func (d *doc) namesBeforeTitle(m *titleMatch, e *entity) {
	st := m.st
	if m.nameStart != m.nameEnd {
		return
	}
	var listed []int
	press := d.lx.titleTab.class(m.title) == TitlePress // "박소은 김승준 기자 =": reporters without commas
	k := m.nameStart - 1
	if press {
		d.rejoinReporters(k, st.w0)
	}
	for ; k >= st.w0 && !d.claimed[k] && (d.words[k].comma || press && d.words[k].bare()) && d.words[k].josa == "" && d.nameString(d.words[k].stem) && !d.verbForm(&d.words[k]) && !d.lx.desks[d.words[k].stem] && !(press && d.pressListStop(k)); k-- {
		listed = append(listed, k)
	}
	affil := m.affil
	if k >= st.w0 && !d.claimed[k] && d.words[k].josa == "의" && affil == "" && len(listed) > 0 {
		if org := d.genitiveOrg(k); org != "" {
			affil = org
			e.setAttrs("", org, "")
		}
	}
	for _, j := range listed {
		w := &d.words[j]
		p := d.entity(Person, w.stem)
		p.setAttrs(m.title, affil, strings.Join(m.roleWords, " "))
		p.mention(d.text, w.cs, w.stemE)
		d.claim(j, j, p)
	}
}

// genitiveOrg returns the organisation named by word k before 의: a known
// one, or an unknown proper noun ("현대오일뱅크의"), which it records.
func (d *doc) genitiveOrg(k int) string {
	w := &d.words[k]
	name := w.stem
	if g, ok := d.lx.gaz[fold.Key(name)]; ok {
		if g.typ != Org {
			return ""
		}
		name = g.canon
	} else if !d.orgSuffix(w) && (d.commonNoun(w) || d.plainNoun(w) || syllables(name) < 3) {
		return "" // before a list of names and a title, an unknown compound is the employer
	}
	org := d.entity(Org, name)
	org.mention(d.text, w.cs, w.stemE)
	d.claim(k, k, org)
	return w.stem
}

// parenTitleName reads the parenthesis text[o:c] (o at "(", c at ")") as
// "(부장판사 반정우)": a title and a name, the person holding that title.
// A short name after a comma ("해양수산부(장관 홍길순, 이하 해수부)") is
// left out, and an organisation right before the parenthesis is the
// person's affiliation.
func (d *doc) parenTitleName(o, c int) {
	inner := d.text[o+1 : c]
	if i := strings.IndexByte(inner, ','); i >= 0 && strings.HasPrefix(strings.TrimSpace(inner[i+1:]), "이하") {
		inner = inner[:i]
	}
	f := strings.Fields(inner)
	if len(f) != 2 || !d.lx.titles[f[0]] || !d.nameString(f[1]) {
		return
	}
	start := o + 1 + strings.LastIndex(inner, f[1])
	e := d.entity(Person, f[1])
	e.setAttrs(f[0], d.orgBeforeParen(o), "")
	e.mention(d.text, start, start+len(f[1]))
	for i := range d.words {
		if d.words[i].cs == start {
			d.claim(i, i, e)
		}
	}
}

// parenAttrs reads "김철수(한빛전자 대표)" — a name and, in the parenthesis
// right after it, an affiliation and a title — as written in obituary and
// personnel lists (o at "(", c at ")").
func (d *doc) parenAttrs(o, c int) {
	j := o
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(d.text[:j])
		if r < 0xAC00 || r > 0xD7A3 {
			break
		}
		j -= n
	}
	name := d.text[j:o]
	if name == "" || !d.nameString(name) {
		return
	}
	f := strings.Fields(d.text[o+1 : c])
	if len(f) == 0 || len(f) > 4 {
		return
	}
	last := f[len(f)-1]
	if !d.lx.titles[last] && d.lx.titleTab.compound(last) == "" {
		return
	}
	it := listItem{start: j, name: name, title: last, affilOffset: -1}
	if len(f) > 1 {
		it.affil = strings.Join(f[:len(f)-1], " ")
		it.affilOffset = o + 1 + strings.Index(d.text[o+1:c], it.affil)
	}
	d.addListed(it)
	for i := range d.words {
		if d.words[i].cs == j {
			d.claim(i, i, d.entity(Person, name))
		}
	}
}

// orgBeforeParen returns the organisation written right before the
// parenthesis at o ("해양수산부(장관 …"), or "".
func (d *doc) orgBeforeParen(o int) string {
	for i := range d.words {
		if w := &d.words[i]; w.stemE == o && w.stem != "" {
			if _, name := d.orgAt(i, d.sents[w.sent].w0); name != "" {
				return name
			}
		}
	}
	return ""
}
