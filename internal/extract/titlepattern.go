package extract

import (
	"strings"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/fold"
)

// titleMatch is the state of one NAME [AFFILIATION] [ROLE] TITLE match,
// read right to left from the title word.
type titleMatch struct {
	st                   sentence
	t                    int    // the title's last word
	title                string // "회장", "전 대통령", "대표 내정자"
	roleWords            []string
	p                    int    // the word being read, right to left
	affil                string // as written
	affilCanon           string // the organisation's canonical name, when known
	affilStart, affilEnd int
	nameStart, nameEnd   int
	rejoined             bool   // the name was rejoined from a surname and a particle ("왕이")
	dotted               bool   // the affiliation is a middle-dot pair of companies ("한빛·누리차")
	gluedOrg             string // the canonical organisation written glued before the title ("삼성회장")
}

// titlePattern recognises NAME [AFFILIATION] [ROLE] TITLE at title word t:
// "손정의 소프트뱅크 회장", "샘 올트먼 오픈 AI 대표", "한덕수 대통령 권한대행
// 국무총리", "조수정 기자 =" (a reporter belongs to the agency). A lone
// surname before the title ("이 회장") is a reference, resolved later.
func (d *doc) titlePattern(si, t int) {
	m := &titleMatch{st: d.sents[si], t: t, affilStart: -1, affilEnd: -1, nameStart: -1}
	if !d.matchTitle(m) || d.titleAsNoun(m) || !d.readRoles(m) {
		return
	}
	d.readAffiliation(m)
	if m.p > m.st.w0 && m.affil != "" {
		d.skipLabelSlash(m)
	}
	if m.p >= m.st.w0 && m.affil != "" && m.affilStart == m.p+1 {
		d.rejoinGenitiveName(m.p, m.title) // "김성의 한빛일보 대표이사"
	}
	if m.p >= m.st.w0 && m.affil != "" {
		d.rejoinKnownName(m.p) // "다나카 이치로 새봄상사 회장": not 이치 + 로
	}
	if m.p < m.st.w0 || !d.words[m.p].bare() || d.claimed[m.p] {
		return
	}
	if !d.readName(m) {
		return
	}
	d.recordTitleMatch(m)
}

// postTitleRoles follow a title: "대표 내정자", "시장 당선인".
var postTitleRoles = setOf(`내정자 당선인 당선자 후보자 권한대행 직무대행 지명자`)

// matchTitle finds the title ending at m.t: a table title, a compound
// title, or a title and a role after it ("대표 내정자"). It declines when
// the title is only the first of a chain ("대통령 권한대행 국무총리": the
// last title of a chain is the title, the words before it the role).
func (d *doc) matchTitle(m *titleMatch) bool {
	t, st := m.t, m.st
	t0, title := d.titleAt(t, st.w0)
	if t0 < 0 && postTitleRoles()[d.words[t].stem] && t-1 >= st.w0 && d.words[t-1].bare() && !d.claimed[t-1] {
		if q, tl := d.titleAt(t-1, st.w0); q >= 0 {
			t0, title = q, tl+" "+d.words[t].stem // "홍길동 한빛통신 대표 내정자"
		}
	}
	if t0 < 0 && !d.claimed[t] {
		if org, canon, tl := d.gluedOrgTitle(t); tl != "" {
			t0, title = t, tl // "이건희 전 삼성회장": the organisation glued to the title
			m.affil, m.affilCanon, m.gluedOrg = org, canon, canon
		}
	}
	if t0 < 0 || d.claimed[t] {
		return false
	}
	if w := &d.words[t]; w.bare() && t+1 < st.w1 {
		nx := d.words[t+1].stem
		if d.lx.roles[nx] || d.lx.titles[nx] || postTitleRoles()[nx] {
			return false
		}
		if t2, _ := d.titleAt(t+1, st.w0); t2 == t+1 && !(d.lx.titleLast[nx] && d.lx.titles[w.stem+" "+nx]) {
			return false // "대통령 외교안보수석비서관": the compound title after it is the title
		}
	}
	m.title, m.p = title, t0-1
	return true
}

// readRoles reads a former-post word ("전두환 전 대통령"), role words
// ("대통령 권한대행") and a department ("포스텍 화학과 교수") before the
// title. It reports false when no name can follow: the phrase ends, or a
// lone surname makes it a reference ("이 회장").
func (d *doc) readRoles(m *titleMatch) bool {
	st := m.st
	if m.p >= st.w0 && d.words[m.p].bare() && formerWords()[d.words[m.p].stem] {
		m.title = d.words[m.p].stem + " " + m.title
		m.p--
	}
	for m.p >= st.w0 && d.words[m.p].bare() && !d.claimed[m.p] {
		w := d.words[m.p].stem
		chain := d.lx.titleTab.class(w) == TitleCorporate && d.lx.titleTab.class(m.title) == TitleCorporate // "대표이사 부사장"
		if d.lx.roles[w] || ((len(m.roleWords) > 0 || !d.lx.titles[m.title] || chain) && d.lx.titles[w]) {
			m.roleWords = append([]string{w}, m.roleWords...)
			m.p--
			continue
		}
		break
	}
	if m.p >= st.w0 && !d.titleBeforeName(m.t) {
		d.rejoinNameParticle(m.p) // "정미라 누리은행장": a name right before the title
		d.rejoinGenitiveName(m.p, m.title)
	}
	p := m.p
	if p > st.w0 && d.lx.academic(m.title) && !d.claimed[p] && isDepartment(d.text[d.words[p].cs:d.words[p].ce]) &&
		(d.words[p].bare() || d.words[p].josa == "과") && d.words[p-1].bare() {
		m.p--
	}
	d.skipLabelSlash(m)
	if m.p < st.w0 || !d.words[m.p].bare() || d.claimed[m.p] {
		return false
	}
	return !(syllables(d.words[m.p].stem) == 1 && d.lx.surnames[d.words[m.p].stem])
}

// skipLabelSlash passes over the slash of a soundbite label between a name
// and the title ("최길선 / 한빛중공업 회장", "문재인 / 대통령").
func (d *doc) skipLabelSlash(m *titleMatch) {
	p := m.p
	if p-1 >= m.st.w0 && d.text[d.words[p].s:d.words[p].e] == "/" && d.words[p-1].bare() && !d.claimed[p-1] && d.koreanName(p-1) {
		m.p--
	}
}

// readAffiliation reads an organisation, a school shortened to …대, a
// former-post word and a country or city between name and title.
func (d *doc) readAffiliation(m *titleMatch) {
	st, p := m.st, m.p
	if d.dottedOrgs(p) {
		m.affil, m.affilStart, m.affilEnd, m.dotted = d.words[p].stem, p, p, true // "현대·기아차 회장": both companies'
		m.p--
	} else if q, name := d.orgAt(p, st.w0); q >= 0 && !(q == p && d.koreanName(p) && !d.orgSuffix(&d.words[p])) {
		m.affil, m.affilStart, m.affilEnd = d.text[d.words[q].cs:d.words[p].stemE], q, p // as written: 문체부
		m.affilCanon = name
		m.p = q - 1
	} else if q := d.latinTailOrg(p, st.w0); q >= 0 {
		m.affil, m.affilStart, m.affilEnd = d.text[d.words[q].cs:d.words[p].stemE], q, p // "한빛방송 C&I": a unit named in capitals
		m.affilCanon = m.affil
		m.p = q - 1
	} else if d.lx.academic(m.title) && d.schoolAbbrev(p) {
		m.affil, m.affilStart, m.affilEnd = d.words[p].stem, p, p // "노스웨스턴대 교수"
		m.p--
	} else if d.words[p].bare() && !d.claimed[p] && d.lx.bodyWords[d.words[p].stem] && p > st.w0 {
		m.p-- // "리영철 군 총정치국장": the army or the party, written as one syllable
	} else if p-1 > st.w0 && d.bodyDepartment(p) {
		m.affil = d.words[p-1].stem + " " + d.words[p].stem
		m.p -= 2 // "리재일 당 선전선동부 제1부부장": a department of the party
	} else if d.formerOrg(p, st.w0) {
		m.affil, m.affilStart, m.affilEnd = d.words[p].stem, p, p // "이언구 전 가람뉴스 회장"
		m.p--
	} else {
		d.orgBeforeSite(m) // "한빛전자 천안 배터리공장 공장장"
	}
	// "최민정 전 한결제약 부사장": a former post
	if m.affil != "" && m.p > st.w0 && d.words[m.p].bare() && formerWords()[d.words[m.p].stem] && !strings.Contains(m.title, " ") {
		m.title = d.words[m.p].stem + " " + m.title
		m.p--
	}
	// a nationality between name and affiliation ("… 베트남 산업무역부 차관"),
	// or a country or city as the affiliation ("재닛 옐런 미국 재무장관")
	if m.p > st.w0 && d.words[m.p].bare() && !d.claimed[m.p] {
		if g, ok := d.lx.gaz[fold.Key(d.words[m.p].stem)]; ok && g.typ == Place && !g.weak {
			d.entity(Place, g.canon).mention(d.text, d.words[m.p].cs, d.words[m.p].stemE)
			d.claim(m.p, m.p, nil)
			if m.affil == "" {
				m.affil = d.words[m.p].stem // as written: 경상북도, not 경북
			}
			m.p--
		}
	}
	// "엔리케 페냐 니에토 전 멕시코 대통령": a former post before the country
	if m.p > st.w0 && d.words[m.p].bare() && formerWords()[d.words[m.p].stem] && !strings.Contains(m.title, " ") {
		m.title = d.words[m.p].stem + " " + m.title
		m.p--
	}
	if m.p >= st.w0 && m.affil != "" && !d.claimed[m.p] {
		d.rejoinNameParticle(m.p)
		m.rejoined = d.rejoinSurnameI(m.p)
	}
}

// dottedOrgs reports word p a middle-dot pair or list of companies whose
// last part is an organisation the gazetteer knows or one ending in an
// organisation suffix, the others short names ("현대·기아차"): between a
// name and a title, the person heads them all.
func (d *doc) dottedOrgs(p int) bool {
	w := &d.words[p]
	if !w.bare() || d.claimed[p] || w.quoted || fieldList(w.stem) || d.strongGaz(w.stem) {
		return false
	}
	parts, _ := splitDots(w.stem)
	if len(parts) < 2 || !d.orgString(parts[len(parts)-1]) {
		return false
	}
	for _, s := range parts[:len(parts)-1] {
		if n := syllables(s); s == "" || n > 6 || d.lx.stop[s] || d.lx.titles[s] {
			return false
		}
	}
	return true
}

// orgString reports a string the gazetteer knows as an organisation or one
// ending in an organisation suffix after a name.
func (d *doc) orgString(s string) bool {
	if g, ok := d.lx.gaz[fold.Key(s)]; ok && !g.weak {
		return g.typ == Org
	}
	return d.suffixedOrgName(s)
}

// mentionDotOrgs records each part of the dotted word p as an organisation
// ("현대·기아차": 현대 and 기아), and claims the word.
func (d *doc) mentionDotOrgs(p int) {
	w := &d.words[p]
	parts, offs := splitDots(w.stem)
	for k, s := range parts {
		if syllables(s) < 2 {
			continue
		}
		name := s
		if g, ok := d.lx.gaz[fold.Key(s)]; ok {
			name = g.canon
		}
		d.entity(Org, name).mention(d.text, w.cs+offs[k], w.cs+offs[k]+len(s))
	}
	d.claim(p, p, nil)
}

// latinAliased reports a word shaped like a foreign name with its name in
// Latin letters in brackets after it, "마바코리아(Mabba)": between a name
// and a title, a company.
func (d *doc) latinAliased(p int) bool {
	w := &d.words[p]
	if w.josa != "" || w.comma || w.closeQ || w.stemE != w.ce || !latinText(w.paren) {
		return false
	}
	return d.foreignWord(w)
}

// latinText reports text written in Latin letters, with spaces, digits
// and the joiners of company names.
func latinText(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			letters++
		case r != ' ' && r != '&' && r != '.' && r != '-' && !(r >= '0' && r <= '9'):
			return false
		}
	}
	return letters >= 2
}

// latinTailOrg returns the first word of an organisation written before
// word p when p is a short word in Latin capitals that goes on its name
// ("MBC C&I", "한빛 E&S"), or -1.
func (d *doc) latinTailOrg(p, lo int) int {
	w := &d.words[p]
	if p-1 < lo || !w.bare() || d.claimed[p] || w.quoted || w.paren != "" || len(w.stem) > 6 || fieldAbbrevs()[w.stem] {
		return -1
	}
	upper := 0
	for _, r := range w.stem {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r != '&' && r != '-' && !(r >= '0' && r <= '9'):
			return -1
		}
	}
	if upper < 2 {
		return -1
	}
	q, _ := d.orgAt(p-1, lo)
	if q < 0 || q == p-1 && d.koreanName(p-1) && !d.orgSuffix(&d.words[p-1]) {
		return -1
	}
	return q
}

// formerOrg reports word p a name-like word the lexicon does not know
// between a Korean name with 전 and a title ("이언구 전 가람뉴스 회장"):
// there it can only be the organisation the person headed.
func (d *doc) formerOrg(p, lo int) bool {
	w := &d.words[p]
	if p-2 < lo || !w.bare() || d.claimed[p] || w.quoted || !d.words[p-1].bare() || d.words[p-1].stem != "전" {
		return false
	}
	if d.koreanName(p) || d.lx.titles[w.stem] || d.lx.roles[w.stem] || d.lx.stop[w.stem] || d.plainNoun(w) || d.verbal(w) {
		return false
	}
	if g, ok := d.lx.gaz[fold.Key(w.stem)]; ok && g.typ != Org {
		return false // "윤형권 전 세종시 취재본부장": a place, read as one below
	}
	return d.words[p-2].bare() && !d.claimed[p-2] && d.koreanName(p-2)
}

// readName reads the name before the affiliation and title: a Korean name,
// a Korean name with a one-word organisation after it ("박영수 서울대
// 교수"), or one to three parts of a foreign name. An organisation right
// before a one-word name is its affiliation ("GS홈쇼핑 김호성 사장").
func (d *doc) readName(m *titleMatch) bool {
	st, p := m.st, m.p
	m.nameEnd = p
	if m.rejoined {
		m.nameStart = p // "왕이 중국 외교부장"
		return true
	}
	// "리시 수낵 총리": a foreign given name of the lexicon is no Korean name with an organisation after it
	prevName := p-1 >= st.w0 && d.words[p-1].bare() && !d.claimed[p-1] && d.koreanName(p-1) && !d.lx.givenNames[d.words[p-1].stem]
	switch {
	case m.affil == "" && prevName && d.hasClass(&d.words[p-1], "인명") && !d.hasClass(&d.words[p], "인명") && d.koreanName(p) && d.nameLikeOrg(&d.words[p]) && !d.parallelItems(p, p, st.w0):
		// "박영수 서울대 교수": two name-like words, the analyser knows the first as a name
		m.affil, m.affilStart, m.affilEnd = d.words[p].stem, p, p
		m.nameStart, m.nameEnd = p-1, p-1
	case m.affil == "" && prevName && d.orgAbbrev(d.words[p].stem) != "":
		// "최현수 국무위 국장" after "국무위원회": a short form of an organisation met before
		m.affil, m.affilStart, m.affilEnd = d.words[p].stem, p, p
		m.affilCanon = d.orgAbbrev(d.words[p].stem)
		m.nameStart, m.nameEnd = p-1, p-1
	case d.koreanName(p) && (!d.afterBareNoun(p, st.w0) || d.orgWordBefore(p, st.w0) || d.companyWordBefore(p, st.w0)):
		m.nameStart = p
		if k := p - 1; k >= st.w0 && d.words[k].bare() && !d.claimed[k] && (d.hasClass(&d.words[k], "인명") && !d.koreanName(k) || d.lx.givenNames[d.words[k].stem]) && d.foreignPart(k) {
			m.nameStart = k // "장피에르 소바주": a foreign given name before a family name that looks Korean
		}
	case m.affil == "" && prevName && !d.afterBareNoun(p-1, st.w0) && (d.foreignPart(p) || latinMixed(d.words[p].stem) || industryEnding(d.words[p].stem) || d.latinAliased(p)) && !genericNouns()[d.words[p].stem] && d.nameLikeOrg(&d.words[p]):
		m.affil, m.affilStart, m.affilEnd = d.words[p].stem, p, p
		m.nameStart, m.nameEnd = p-1, p-1
	case m.affilStart >= 0 && !(p-2 >= st.w0 && d.foreignPart(p-2)) && d.familyThenGiven(p-1, p):
		// "야마다 다로 한빛전자 사장": the analyser reads the given name as a common noun
		m.nameStart = p - 1
	case m.affil == "" && d.foreignBeforeOrg(m):
		// "야마다 다로 한빛전자 사장": a foreign name before a company the lexicon does not know
	default:
		saved := *m
		if !d.readForeignName(m) {
			if !d.nameByContext(p, &saved) {
				return false // m as the foreign reading left it: its affiliation may still count
			}
			*m = saved
			m.nameStart = p // "장웨이핑 중국 외교부장", "조현 장관 … 조 장관"
		}
	}
	// "GS홈쇼핑 김호성 사장": the affiliation may come before the name
	if k := m.nameStart - 1; m.affil == "" && m.nameStart == m.nameEnd && k >= st.w0 && d.words[k].bare() && !d.claimed[k] && !d.leadBracket(k) {
		if d.dottedOrgs(k) {
			m.affil, m.affilStart, m.affilEnd, m.dotted = d.words[k].stem, k, k, true // "한빛·누리일보 윤태호 부회장"
		} else if q, org := d.orgAt(k, st.w0); q >= 0 {
			m.affil, m.affilStart, m.affilEnd = d.text[d.words[q].cs:d.words[k].stemE], q, k
			m.affilCanon = org
		} else if d.hospitalWord(k) {
			m.affil, m.affilStart, m.affilEnd = d.words[k].stem, k, k // "한빛대병원 허윤정 교수"
		} else if m.title != "기자" && d.companyWordBefore(k+1, st.w0) {
			m.affil = d.words[k].stem // "메디스태프 기동훈 대표": a company the lexicon does not know, kept as written
			d.claim(k, k, nil)
		} else if d.genitiveInside(k) {
			m.affil = d.words[k].stem // "서울의소리 백은종 대표": a name with a genitive inside is an organisation's
			d.claim(k, k, nil)
		} else if g, ok := d.lx.gaz[fold.Key(d.words[k].stem)]; ok && g.typ == Place && !g.weak {
			// "중국 리창 총리": the country before the name
			d.entity(Place, g.canon).mention(d.text, d.words[k].cs, d.words[k].stemE)
			d.claim(k, k, nil)
			m.affil = d.words[k].stem
		}
	}
	return !(m.title == "지사" && !d.koreanName(m.nameStart)) // "JR동일본 야마가타 지사": a branch office
}

// reporterTopic reports a reporter the story is about, not its writer: a
// 기자 described before the name ("개그맨 출신 이재포 기자가") in a
// sentence that goes on, with a particle on the title; the outlet that
// prints the story is not theirs.
func (d *doc) reporterTopic(m *titleMatch) bool {
	w := &d.words[m.t]
	if w.josa == "" || roleOf(w.josa) == roleNone {
		return false
	}
	k := m.nameStart - 1
	return k >= m.st.w0 && d.words[k].bare() && !d.claimed[k] && !d.lx.titles[d.words[k].stem] && d.plainNoun(&d.words[k])
}

// genitiveInside reports a word of three syllables or more whose analysis
// has the genitive 의 between two nouns: "서울의소리", a proper name.
func (d *doc) genitiveInside(k int) bool {
	ts := d.toksOf(&d.words[k])
	if syllables(d.words[k].stem) < 3 || len(ts) < 3 || !strings.HasPrefix(ts[len(ts)-1].POS, "NN") {
		return false
	}
	for _, t := range ts[1 : len(ts)-1] {
		if t.POS != "JKG" {
			continue
		}
		// "국회의장실", "시의회": 의 begins a title or 의회, no genitive
		_, rest, _ := strings.Cut(d.words[k].stem, "의")
		rs := []rune("의" + rest)
		for n := 2; n <= len(rs) && n <= 4; n++ {
			if p := string(rs[:n]); d.lx.titles[p] || p == "의회" {
				return false
			}
		}
		return true
	}
	return false
}

// oneSyllableGiven reports a bare one-syllable Hangul word at the start of
// a phrase (sentence start, or after a word with a particle or a comma) —
// where "조 바이든" has its given name — that is no determiner, number,
// former-post word or surname reference.
func (d *doc) oneSyllableGiven(k int) bool {
	w := &d.words[k]
	if !w.bare() || d.claimed[k] || syllables(w.stem) != 1 || !allHangul(w.stem) || formerWords()[w.stem] || notNameWords()[w.stem] || d.inDate(k) {
		return false
	}
	if k > d.sents[w.sent].w0 && d.words[k-1].bare() {
		return false
	}
	for _, t := range d.toksOf(w) {
		switch p, _, _ := strings.Cut(t.POS, "+"); p {
		case "MM", "NR", "SN", "NNB", "NNBC", "MAG", "MAJ", "NP":
			return false
		}
	}
	return true
}

// latinMixed reports a word with Latin capitals, alone or with Hangul
// ("KBS미디어", "한솔BBK"): between a name and a title, an organisation.
func latinMixed(s string) bool {
	upper := 0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			upper++
		}
	}
	return upper >= 2
}

// readForeignName reads one to three parts of a foreign name written in
// Hangul ending at m.p. Of three parts the last is the affiliation unless
// the analyser knows it as a name ("루스 베이더 긴즈버그"); a word of a date
// ("다음 달 샘 올트먼") is never a part.
func (d *doc) readForeignName(m *titleMatch) bool {
	st, p := m.st, m.p
	// "장이머우 영화 감독", "알파인 스키 선수": a field noun before the title is no part of a name
	for m.affil == "" && p-1 >= st.w0 && d.plainNoun(&d.words[p]) && syllables(d.words[p].stem) >= 2 && d.foreignPart(p-1) {
		p--
	}
	// "마코 루비오 미 국무장관": a country's one-syllable short form is the
	// affiliation as written, no part of the name and no organisation
	if m.affil == "" && p-1 >= st.w0 && d.words[p].bare() && countryInitials()[d.words[p].stem] && d.foreignPart(p-1) {
		m.affil = d.words[p].stem
		p--
	}
	m.nameEnd = p
	kawa := -1
	if k := p - 1; k >= st.w0 && !d.claimed[k] && d.rejoinKawa(k) {
		kawa = k // "가미카와 요코": not 가미카 + 와
	}
	regnal := p-1 >= st.w0 && d.regnalNumber(p) && d.foreignPart(p-1) // "찰스 3세 국왕"
	q := p
	for q >= st.w0 && p-q < 3 && (d.foreignPart(q) || q == kawa || d.nameEdgePart(q, p) || regnal && q == p) && !d.claimed[q] && !d.inDate(q) {
		q--
		if d.words[q+1].openQ {
			break // the quotation opens with the name
		}
	}
	if p-q == 1 && d.familyBefore(m, q) {
		q-- // "이와야 다케시 일본 외무상": the family name the analyser splits
	}
	n := p - q
	if n == 0 {
		return false
	}
	if m.affil == "" && n == 3 && !regnal && !d.hasClass(&d.words[p], "인명") {
		m.affil, m.affilStart, m.affilEnd = d.words[p].stem, p, p
		m.nameEnd = p - 1
	}
	m.nameStart = q + 1
	// "이 기간 틸러슨 장관": a word after a determiner is a common noun, no part of the name
	for m.nameStart < m.nameEnd && q >= st.w0 && d.determiner(q) {
		m.nameStart++
		q++
		n--
	}
	if k := q; n == 1 && k >= st.w0 && d.oneSyllableGiven(k) && d.hasClass(&d.words[p], "인명") {
		m.nameStart = k // "조 바이든 대통령": a one-syllable given name before a known family name
	}
	total := 0
	for k := m.nameStart; k <= m.nameEnd; k++ {
		total += syllables(d.words[k].stem)
	}
	// "프랑스 출신인 스토더트 교수": a lone word after a modifying predicate is a name too
	s := m.nameStart
	afterModifier := s > st.w0 && !d.plainNoun(&d.words[s]) && d.verbal(&d.words[s-1]) && endsAdnominal(d.text[d.words[s-1].cs:d.words[s-1].ce]) && total >= 3
	single := s == m.nameEnd && !afterModifier && !d.hasClass(&d.words[s], "인명") && !hanjaName(d.words[s].paren)
	return !(total < 2 || single && d.lx.gaz[fold.Key(d.words[s].stem)].typ != Person && !d.knownFamilyName(d.words[s].stem))
}

// knownFamilyName reports the last part of a foreign name already found
// ("웰러슨 장관" after "존 웰러슨 국무장관").
func (d *doc) knownFamilyName(s string) bool {
	for _, e := range d.ents {
		if e.Type == Person && strings.HasSuffix(e.Name, " "+s) {
			return true
		}
	}
	return false
}

// recordTitleMatch makes the person (and the affiliation) of a match
// entities and claims their words.
func (d *doc) recordTitleMatch(m *titleMatch) {
	if m.affilCanon != "" && fold.Key(m.affilCanon) == fold.Key(m.affil) {
		m.affil = m.affilCanon // "오픈 AI": a spacing of the name, not another form
	}
	parts := make([]string, 0, 3)
	for k := m.nameStart; k <= m.nameEnd; k++ {
		if d.lx.desks[d.words[k].stem] {
			return // "한빛일보 사회부 기자": the desk, no name
		}
		parts = append(parts, d.words[k].stem)
	}
	if m.title == "기자" && m.affil == "" && !d.reporterTopic(m) {
		m.affil = d.agency()
	}
	if m.affil == "" {
		m.affil = d.slashAffiliation(d.words[m.t].stemE)
	}
	if m.dotted {
		d.mentionDotOrgs(m.affilStart)
	} else if m.affilStart >= 0 {
		canon := m.affilCanon
		if canon == "" {
			canon = m.affil
		}
		org := d.entity(Org, canon)
		org.mention(d.text, d.words[m.affilStart].cs, d.words[m.affilEnd].stemE)
		d.claim(m.affilStart, m.affilEnd, nil)
	}
	if m.gluedOrg != "" {
		d.entity(Org, m.gluedOrg).mention(d.text, d.words[m.t].cs, d.words[m.t].cs+len(m.affil))
	}
	e := d.entity(Person, strings.Join(parts, " "))
	e.setAttrs(m.title, m.affil, strings.Join(m.roleWords, " "))
	if p := d.words[m.t].paren; d.lx.titles[p] {
		e.titles[p] = true // 최고경영자(CEO): later "황 CEO"
	}
	e.mention(d.text, d.nameMentionStart(m.nameStart, m.nameEnd), d.words[m.nameEnd].stemE)
	d.claim(m.nameStart, m.t, e)
	d.namesBeforeTitle(m, e)
}

// parallelItems reports a one-word affiliation q..p that carries a
// parenthesis like the word before it ("정민호(중구2) 남기록(중구3) 시의원"):
// items of one list of names, each with its district, not a name and an
// organisation.
func (d *doc) parallelItems(q, p, lo int) bool {
	return q == p && p-1 >= lo && d.words[p].paren != "" && d.words[p-1].paren != "" && !d.strongGaz(d.words[p].stem)
}

// foreignBeforeOrg takes a word shaped like a company the lexicon does not
// know as the affiliation when a foreign family name and a given name come
// before it ("다나카 이치로 미래상사 회장").
func (d *doc) foreignBeforeOrg(m *titleMatch) bool {
	p := m.p
	w := &d.words[p]
	if p-2 < m.st.w0 || !(industryEnding(w.stem) || d.orgSuffix(w)) || !d.familyThenGiven(p-2, p-1) {
		return false
	}
	m.affil, m.affilStart, m.affilEnd = w.stem, p, p
	m.nameStart, m.nameEnd = p-2, p-1
	return true
}

// familyThenGiven reports a foreign family name the analyser knows as a
// name at f and a given name of two or three syllables at g = f+1, which
// the analyser may read as a common noun (다로, 겐지). A name the analyser
// split into a stem and a particle (야 + 마다, 이치 + 로) is rejoined when
// alone it reads as a name.
func (d *doc) familyThenGiven(f, g int) bool {
	if f < 0 || d.claimed[f] || d.claimed[g] || d.words[f].sent != d.words[g].sent {
		return false
	}
	d.rejoinKnownName(f)
	d.rejoinKnownName(g)
	fw, gw := &d.words[f], &d.words[g]
	if !fw.bare() || !(d.hasClass(fw, "인명") || d.nameAlone(fw.stem)) || d.koreanName(f) || !d.givenShape(gw) {
		return false
	}
	n := syllables(fw.stem)
	return allHangul(fw.stem) && n >= 2 && n <= 4 && d.givenShape(fw)
}

// givenShape reports a bare Hangul word of two to four syllables that is
// no title, role, stop word or gazetteer name.
func (d *doc) givenShape(w *word) bool {
	n := syllables(w.stem)
	if !w.bare() || !allHangul(w.stem) || n < 2 || n > 4 || w.stemE != w.ce {
		return false
	}
	if d.lx.titles[w.stem] || d.lx.roles[w.stem] || d.lx.stop[w.stem] || notNameWords()[w.stem] || genericNouns()[w.stem] {
		return false
	}
	_, inGaz := d.lx.gaz[fold.Key(w.stem)]
	return !inGaz
}

// nameAlone reports a string the analyser, reading it alone, knows as one
// personal name.
func (d *doc) nameAlone(s string) bool {
	ts := d.x.an.Analyze(s)
	return len(ts) == 1 && ts[0].Surface == s && ts[0].Class == "인명" && strings.HasPrefix(ts[0].POS, "NNP")
}

// rejoinKnownName undoes the split of word k into a stem and a particle
// when its whole core, read alone, is a personal name (야마다 is no 야 +
// 마다).
func (d *doc) rejoinKnownName(k int) {
	w := &d.words[k]
	if d.claimed[k] || w.josa == "" || w.stemE+len(w.josa) != w.ce || w.comma || w.closeQ || w.paren != "" {
		return
	}
	if core := d.text[w.cs:w.ce]; d.nameAlone(core) {
		w.stem, w.josa, w.stemE = core, "", w.ce
	}
}

// slashAffiliation reads the affiliation a caption writes after the title
// and a slash ("한상민 기획조정실장/충청남도"): a known organisation or
// place, as written (the golden files keep affiliations as written); ""
// when none follows at byte i.
func (d *doc) slashAffiliation(i int) string {
	rest, ok := strings.CutPrefix(d.text[i:], "/")
	if !ok && d.inSpeakerLine(i) {
		rest, ok = strings.CutPrefix(d.text[i:], " ") // the structure wrote the caption's slash as a space
	}
	if !ok {
		return ""
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return !isHangulSyllable(r) })
	if end < 0 {
		end = len(rest)
	}
	g, ok := d.lx.gaz[fold.Key(rest[:end])]
	if !ok || g.weak || g.typ != Org && g.typ != Place {
		return ""
	}
	return rest[:end]
}

// inSpeakerLine reports byte i inside a speaker caption section ("◀INT▶
// 한상민 기획조정실장/충청남도") whose line ends after one more word.
func (d *doc) inSpeakerLine(i int) bool {
	for _, sec := range d.secs {
		if sec.Kind == article.KindSpeaker && sec.Start <= i && i < sec.End {
			return !strings.Contains(strings.TrimSpace(d.text[i:sec.End]), " ")
		}
	}
	return false
}

// bodyDepartment reports a department of the party, the army or the
// cabinet at word p: a bare word of three or more syllables ending in 부
// after a body word ("당 선전선동부", "당 조직지도부").
func (d *doc) bodyDepartment(p int) bool {
	w, b := &d.words[p], &d.words[p-1]
	return w.bare() && b.bare() && !d.claimed[p] && !d.claimed[p-1] && d.lx.bodyWords[b.stem] &&
		allHangul(w.stem) && syllables(w.stem) >= 3 && strings.HasSuffix(w.stem, "부")
}

// titleBeforeName reports a bare title word with a personal name right
// after it ("경찰은 가수 박서준씨의"): the title is the next name's, so the
// word before it keeps its particle and is no name rejoined from one.
func (d *doc) titleBeforeName(t int) bool {
	if !d.words[t].bare() {
		return false
	}
	// the name may come after the group the person belongs to: "가수 한빛밴드 소속 박서준씨"
	for k := t + 1; k <= t+3 && k < len(d.words) && d.words[k].sent == d.words[t].sent; k++ {
		if e := d.head[k]; e != nil && e.Type == Person {
			return true
		}
		nx := &d.words[k]
		if n := strings.TrimSuffix(nx.stem, "씨"); n != nx.stem && d.nameString(n) {
			return true // "가수 박서준씨의"
		}
		if k+1 < len(d.words) && d.words[k+1].stem == "씨" && d.nameString(nx.stem) {
			return true // "가수 박서준 씨가"
		}
		if k == t+1 && !nx.bare() && d.koreanName(k) && d.hasClass(nx, "인명") {
			return true
		}
		if !nx.bare() || nx.comma {
			return false
		}
	}
	return false
}

// orgAbbrev returns the organisation already found whose name a word of
// two or more syllables starts ("국무위" of "국무위원회"): the
// organisation shortened, not a personal name; "" when there is none.
func (d *doc) orgAbbrev(s string) string {
	if syllables(s) < 2 {
		return ""
	}
	for _, e := range d.ents {
		if e.Type == Org && len(e.Name) > len(s) && strings.HasPrefix(e.Name, s) {
			return e.Name
		}
	}
	return ""
}

// rejoinKawa undoes the split of a Japanese family name ending in -kawa
// (가미카와, 나카가와) that the analyser reads as a word and the particle 와
// before a given name: the word is the family name, whatever the analyser
// made of it.
// It reports whether it rejoined.
func (d *doc) rejoinKawa(k int) bool {
	w := &d.words[k]
	if w.josa != "와" || w.comma || w.closeQ || w.paren != "" || w.openQ || w.stemE+len(w.josa) != w.ce {
		return false
	}
	core := d.text[w.cs:w.ce]
	if !allHangul(core) || syllables(core) < 3 || !(strings.HasSuffix(core, "카와") || strings.HasSuffix(core, "가와")) {
		return false
	}
	w.stem, w.josa, w.stemE = core, "", w.ce
	return true
}

// determiner reports a bare word that is one determiner (이, 그, 각),
// however the analyser reads it ("이" may come out as the copula).
func (d *doc) determiner(k int) bool {
	w := &d.words[k]
	if !w.bare() {
		return false
	}
	ts := d.toksOf(w)
	return determiners()[w.stem] || len(ts) == 1 && strings.HasPrefix(ts[0].POS, "MM")
}

// determiners start a common noun phrase ("이 기간", "해당 업체").
var determiners = setOf(`이 그 저 각 해당 동`)

// regnalNumber reports a bare word "3세", "2세": the number a monarch or a
// pope carries after the name, read so only between a foreign name and a
// title.
func (d *doc) regnalNumber(k int) bool {
	w := &d.words[k]
	n, ok := strings.CutSuffix(w.stem, "세")
	if !w.bare() || !ok || n == "" || len(n) > 2 {
		return false
	}
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
