package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/korean"
)

// entity is an Entity under construction.
type entity struct {
	Entity
	titles    map[string]bool // every title met, incl. "(CEO)" after 최고경영자
	aliasSeen map[string]bool
	spans     map[[2]int]bool
	first     int
}

func (d *doc) entity(typ, name string) *entity {
	key := typ + "\x00" + fold(name)
	if e, ok := d.byKey[key]; ok {
		return e
	}
	e := &entity{Entity: Entity{Type: typ, Name: name, Aliases: []string{}, Mentions: []Mention{}},
		aliasSeen: map[string]bool{fold(name): true}, spans: map[[2]int]bool{}, first: 1 << 30, titles: map[string]bool{}}
	d.byKey[key] = e
	d.ents = append(d.ents, e)
	return e
}

func (e *entity) alias(a string) {
	a = strings.TrimSpace(a)
	if a == "" || e.aliasSeen[a] || a == e.Name {
		return
	}
	e.aliasSeen[a] = true
	e.Aliases = append(e.Aliases, a)
}

func (e *entity) mention(text string, s, end int) {
	if s >= end || e.spans[[2]int{s, end}] {
		return
	}
	e.spans[[2]int{s, end}] = true
	e.Mentions = append(e.Mentions, Mention{Start: s, End: end, Text: text[s:end]})
	if s < e.first {
		e.first = s
	}
	if m := text[s:end]; m != e.Name && !isPronounOrReference(m) {
		e.alias(m)
	}
}

// isPronounOrReference reports a mention that points to an entity without
// naming it — 그, 이들, 두 사람, 이 회장 — and so is never an alias.
func isPronounOrReference(m string) bool {
	return personPronouns[m] || groupPronouns[m] || isReference(m)
}

func (e *entity) setAttrs(title, affil, role string) {
	if title != "" {
		e.titles[title] = true
	}
	if e.Title == "" || longerTitle(title, e.Title) {
		e.Title = title
	}
	if e.Affiliation == "" {
		e.Affiliation = affil
	}
	if e.Role == "" {
		e.Role = role
	}
}

// longerTitle reports a title that spells out a shorter one: "전
// 국무총리" for "전 총리", "경제부총리" for "부총리".
func longerTitle(long, short string) bool {
	l, lf := strings.CutPrefix(long, "전 ")
	s, sf := strings.CutPrefix(short, "전 ")
	return lf == sf && len(l) > len(s) && strings.HasSuffix(l, s)
}

// adverbs and other words that are never part of a name before a title.
var notNameWords = setOf(`먼저 앞서 또 또한 최근 이번 당시 특히 한편 이어 현재 지난 오는 이날 전날 이후 다만 이에 그러나 하지만 그리고 이와 함께 및 등
	한 전 현 前 現 신임 새 각 모든 여러 몇 두 세 네 전직 현직 역대 해당 관련 국내 해외 글로벌 주요 세계 차기 초대 역대 공동 고위 정부 당국 업계 기업 회사 그룹 측 당 국 도 시 군 구`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

// toksOf returns the analyser's tokens inside a word's stem, as a
// sub-slice (tokens are in text order, so they are contiguous).
func (d *doc) toksOf(w *word) []korean.Token {
	i, j := w.tok0, w.tok1
	for i < j && d.toks[i].Start < w.cs {
		i++
	}
	for j > i && d.toks[j-1].End > w.stemE {
		j--
	}
	return d.toks[i:j]
}

// commonNoun reports whether the analyser reads a stem as an ordinary noun
// with a semantic class (행위, 장소 …) or as a compound of known nouns —
// evidence against reading it as a name.
func (d *doc) commonNoun(w *word) bool {
	ts := d.toksOf(w)
	if len(ts) == 0 {
		return false
	}
	if len(ts) == 1 {
		t := ts[0]
		return t.Known && strings.HasPrefix(t.POS, "NNG") && t.Class != ""
	}
	for _, t := range ts {
		if !t.Known || !strings.HasPrefix(t.POS, "NNG") {
			return false
		}
	}
	return true
}

func (d *doc) hasClass(w *word, class string) bool {
	ts := d.toksOf(w)
	return len(ts) == 1 && ts[0].Class == class && strings.HasPrefix(ts[0].POS, "NNP")
}

// surnameOf returns the surname prefix of a Korean-looking name.
func (lx *lexicon) surnameOf(s string) string {
	r := []rune(s)
	if len(r) >= 3 && lx.surnames[string(r[:2])] {
		return string(r[:2])
	}
	if len(r) >= 2 && lx.surnames[string(r[:1])] {
		return string(r[:1])
	}
	return ""
}

// koreanName reports whether word i can be a Korean personal name: 2–4
// Hangul syllables starting with a surname, not a known title, place or
// organisation, and not read as a classed common noun.
func (d *doc) koreanName(i int) bool {
	w := &d.words[i]
	n := syllables(w.stem)
	sur := d.lx.surnameOf(w.stem)
	if !allHangul(w.stem) || n < 2 || n > 4 || sur == "" || (n == 4 && syllables(sur) < 2) || genericNouns[w.stem] {
		return false
	}
	for g := range genericNouns {
		if strings.HasSuffix(w.stem, g) && syllables(g) >= 2 {
			return false
		}
	}
	if d.lx.titles[w.stem] || d.lx.roles[w.stem] || d.lx.stop[w.stem] || notNameWords[w.stem] || d.lx.anon[w.stem] {
		return false
	}
	if g, ok := d.lx.gaz[fold(w.stem)]; ok && g.typ != Person && !g.weak {
		return false
	}
	if n == 2 && !d.hasClass(w, "인명") {
		return false
	}
	if !givenNameSyllables(w.stem[len(sur):]) {
		return false // 하우스, 이글스, 하노버: a loanword, not surname + given name
	}
	if d.verbForm(w) {
		return false // 변하지, 않는: verb forms
	}
	if d.nounPlusPersonSuffix(w.stem) {
		return false // 이민자, 참석자: a common noun naming a kind of person
	}
	if b := strings.TrimSuffix(w.stem, "인"); b != w.stem {
		if g, ok := d.lx.gaz[fold(b)]; ok && g.typ == Place {
			return false // 한국인, 미국인: a nationality
		}
	}
	// mecab often splits a name into common nouns (손정의 → 손 + 정의), so
	// only a single classed noun (행위, 장소 …) speaks against a name.
	ts := d.toksOf(w)
	return !(len(ts) == 1 && ts[0].Known && strings.HasPrefix(ts[0].POS, "NNG") && ts[0].Class != "")
}

// personSuffixes make a common noun for a kind of person out of a noun:
// 이민 + 자, 변호 + 인.
var personSuffixes = []string{"자", "인", "가", "원", "생"}

// nounPlusPersonSuffix reports a three-syllable word that is a dictionary
// common noun of two syllables and a person suffix ("이민자", "참석자"):
// the dictionary lists some of these as names, but a name's first two
// syllables are rarely one common noun of their own.
func (d *doc) nounPlusPersonSuffix(stem string) bool {
	if syllables(stem) != 3 {
		return false
	}
	for _, suf := range personSuffixes {
		if b := strings.TrimSuffix(stem, suf); b != stem {
			ts := d.x.an.Analyze(b)
			return len(ts) == 1 && ts[0].Known && ts[0].POS == "NNG" && ts[0].Class != "" && ts[0].Surface == b
		}
	}
	return false
}

// genericNouns head common noun phrases that title patterns meet
// ("장비업체 대표", "협력사 사장"); they are never names.
var genericNouns = setOf(`업체 업계 기업 회사 협력사 계열사 자회사 고객사 산업 단체 기관 조합 지역 현지 대학 학교 병원 정당 부처 부서 본부 법인 매장 지점 팀`)

// afterBareNoun reports whether word k follows a bare common noun in the
// same phrase ("지역 기자재 업체 대표"): a name there is unlikely unless
// the analyser itself says 인명.
func (d *doc) afterBareNoun(k, lo int) bool {
	if k-1 < lo || d.hasClass(&d.words[k], "인명") {
		return false
	}
	w := &d.words[k-1]
	if !w.bare() || w.quoted || d.claimed[k-1] || phraseStop[w.stem] || isDigitStart(w.stem) || d.verbal(w) {
		return false
	}
	ts := d.toksOf(w)
	return len(ts) > 0 && strings.HasPrefix(ts[len(ts)-1].POS, "NNG")
}

// foreignPart reports whether word i can be part of a foreign name written
// in Hangul ("레이 쥔", "샘 올트먼"): a bare Hangul word of one to five
// syllables that is not a title, a function word or a classed noun.
func (d *doc) foreignPart(i int) bool {
	w := &d.words[i]
	if !allHangul(w.stem) || w.josa != "" || w.comma || w.closeQ || w.openQ || w.paren != "" || w.quoted {
		return false
	}
	n := syllables(w.stem)
	if n < 1 || n > 5 || w.stemE != w.ce {
		return false
	}
	if d.lx.titles[w.stem] || d.lx.roles[w.stem] || d.lx.stop[w.stem] || notNameWords[w.stem] || d.lx.anon[w.stem] || genericNouns[w.stem] || d.lx.ev.relTimes[w.stem] {
		return false
	}
	if g, ok := d.lx.gaz[fold(w.stem)]; ok && !g.weak {
		return false
	}
	ts := d.toksOf(w)
	if len(ts) > 0 {
		switch p, _, _ := strings.Cut(ts[0].POS, "+"); p {
		case "MAG", "MAJ", "MM", "NR", "SN", "NNB", "NNBC", "NP", "VCP", "XSN":
			return false
		}
		if strings.HasPrefix(ts[0].POS, "J") || strings.HasPrefix(ts[0].POS, "E") {
			return false
		}
		for _, t := range ts[1:] {
			if strings.Contains(t.POS, "VCP") || strings.Contains(t.POS, "ETM") {
				return false // "출신인 스토더트": a predicate, not part of the name
			}
		}
	}
	return !d.commonNoun(w) && !d.verbForm(w)
}

// bare reports a word that can sit inside a noun phrase: no particle, no
// comma, not closing a quote.
func (w *word) bare() bool {
	return w.josa == "" && !w.comma && !w.closeQ && w.stemE == w.ce
}

// orgAt finds an organisation ending at word p (inclusive) over 1..n
// words: a gazetteer name, an organisation suffix or an already known
// ORG. It returns the first word and the canonical name.
func (d *doc) orgAt(p, lo int) (int, string) {
	for n := d.lx.maxWords; n >= 1; n-- {
		q := p - n + 1
		if q < lo {
			continue
		}
		ok := true
		kb := append(d.keyBuf[:0], Org...)
		kb = append(kb, 0)
		for k := q; k <= p; k++ {
			if k < p && !d.words[k].bare() {
				ok = false
			}
			kb = appendFold(kb, d.words[k].stem)
		}
		d.keyBuf = kb
		if !ok {
			continue
		}
		if g, ok := d.lx.gaz[string(kb[len(Org)+1:])]; ok && g.typ == Org {
			return q, g.canon
		}
		if e, ok := d.byKey[string(kb)]; ok {
			return q, e.Name
		}
		if n == 1 && d.orgSuffix(&d.words[p]) {
			return p, d.words[p].stem
		}
	}
	return -1, ""
}

var orgSuffixes = []string{"전자", "그룹", "은행", "위원회", "증권", "공사", "공단", "재단", "협회", "기자단", "TF", "홀딩스", "지주",
	"생명", "화재", "건설", "중공업", "제약", "텔레콤", "대학교", "연구소", "연구원", "재단법인", "조합", "연합회", "협의회", "노조", "법원", "지법", "고법", "지검", "고검", "검찰청", "경찰청", "캐피탈", "카드", "자산운용", "투자증권",
	"신문", "일보", "통신", "조선", "상사"}

// businessSuffixes make a company only after a proper name (롯데카드), not
// after a common noun (신용카드).
var businessSuffixes = setOf(`그룹 카드 전자 증권 생명 화재 건설 제약 텔레콤 홀딩스 지주 캐피탈 자산운용 투자증권 중공업 신문 일보 통신 조선 상사`)

// genericPrefixes before an organisation suffix make a common noun.
var genericPrefixes = setOf(`신용 체크 교통 선불 아이돌 걸 보이 소속 계열 모 자 대기업 중소 중견 재벌 주요 해당 관련 국내 해외 외국 글로벌 대형 소형 종합 전문 일반
	국책 시중 지방 인터넷 중앙 상업 투자 저축 외국계 민간 국영 특수 정책 지역 거대 대표 유력 각 다른 두 세 여러
	이동 위성 정보 유선 무선 광 일간 주간 종이 무가 학교 학급 직장 입주자 종합 조선`)

// fieldList reports a word that lists fields with middle dots ("전기·전자",
// "석유·화학"): its last part is a bare suffix word, not a name.
func fieldList(s string) bool {
	i := strings.LastIndexAny(s, "·ㆍ")
	if i < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	last := s[i+n:]
	for _, suf := range orgSuffixes {
		if last == suf {
			return true
		}
	}
	return industryNouns[last]
}

// verbForm reports a verb or adjective form by its ending ("않는",
// "변하지"); the analyser also reads some foreign names as verbs (샘, 쥔),
// which do not end this way.
func (d *doc) verbForm(w *word) bool {
	if !d.verbal(w) || d.hasClass(w, "인명") {
		return false
	}
	ts := d.toksOf(w)
	if len(ts) == 0 {
		return false
	}
	predicate := false // a real verb or adjective, not the copula (문재 + 인)
	for _, t := range ts {
		if strings.HasPrefix(t.POS, "VV") || strings.HasPrefix(t.POS, "VA") || strings.HasPrefix(t.POS, "VX") || strings.Contains(t.POS, "XSV") || strings.Contains(t.POS, "XSA") {
			predicate = true
		}
	}
	if !predicate {
		return false
	}
	pos := ts[len(ts)-1].POS
	if i := strings.LastIndexByte(pos, '+'); i >= 0 {
		pos = pos[i+1:]
	}
	if n := len(ts); n >= 2 && strings.HasPrefix(ts[n-1].POS, "E") && endingAfterVowel(ts[n-2].Surface, ts[n-1].Surface) {
		return false // 정하 + 은: an ending that cannot follow this stem, so a misread name
	}
	return strings.HasPrefix(pos, "E") && endsAny(w.stem, "는", "던", "고", "며", "지", "게", "다", "서", "면", "도록", "아", "어", "였", "았", "었", "니", "까", "한", "된", "할", "될", "인", "은", "을")
}

// orgSuffix recognises organisation names by their ending: "…전자",
// "…그룹", "…위원회", "…TF"; "…부" and "…청" only on long stems, where
// they are ministries and agencies rather than parts of common words.
func (d *doc) orgSuffix(w *word) bool {
	s := w.stem
	n := syllables(s)
	if n < 3 || d.lx.stop[s] {
		return false
	}
	if fieldList(s) {
		return false // "전기·전자": a list of fields, not a company
	}
	for _, suf := range orgSuffixes {
		if strings.HasSuffix(s, suf) && syllables(s) > syllables(suf) {
			if genericPrefixes[strings.TrimSuffix(s, suf)] {
				return false // 국책은행, 시중은행, 대형증권: a kind of institution, not one
			}
			if businessSuffixes[suf] && (genericPrefixes[strings.TrimSuffix(s, suf)] || d.lx.stop[strings.TrimSuffix(s, suf)] || d.plainNoun(w)) {
				return false // 신용카드, 아이돌그룹, 유전자: a common noun, not a company
			}
			if suf == "연구원" && !d.commonNoun(w) {
				return false // "연구원" after a name is a title
			}
			if suf == "법원" && d.commonNoun(w) {
				return false // 국내법원, 영리법원: a kind of court, not one court
			}
			return true
		}
	}
	if brand, rest := latinPrefix(s); brand != "" && syllables(rest) >= 2 && allHangul(rest) && !d.lx.stop[rest] {
		if _, known := d.lx.terms[fold(rest)]; !known {
			if latinBrands[brand] {
				return true // SK하이닉스, GS리테일, CJ제일제당: a group brand and a company name
			}
		}
	}
	if d.properCompound(w) {
		return true
	}
	if b := strings.TrimSuffix(s, "대"); b != s {
		if g, ok := d.lx.gaz[fold(b)]; ok && g.typ == Place && !g.weak {
			return true // 서울대, 부산대: a university named after its city
		}
	}
	// "…자원부", "…무역부": a ministry is a policy field followed by 부
	if n >= 3 && allHangul(s) && strings.HasSuffix(s, "부") {
		if n == 3 {
			return ministryField[strings.TrimSuffix(s, "부")] // "문화부", "국방부"
		}
		for _, f := range ministryFields {
			if strings.HasSuffix(strings.TrimSuffix(s, "부"), f) {
				return true
			}
		}
	}
	return false
}

// formerWords qualify a title: 전 (former), 현 (current), 신임 (new).
var formerWords = setOf(`전 현 前 現 신임 초대 차기 당시 고 故`)

// ministryFields end the names of ministries ("산업통상자원부", "산업무역부").
var ministryFields = strings.Fields(`산업 무역 통상 자원 외교 국방 재정 경제 통일 법무 교육 환경 노동 고용 보건 복지 과학 기술 정보 통신
	농림 축산 식품 해양 수산 문화 체육 관광 국토 교통 행정 안전 에너지 상무 재무 내무 국무 사법 가족 여성 중소 벤처 기업 보훈 인사 디지털`)

// ministryField holds ministryFields for lookups.
var ministryField = func() map[string]bool {
	m := map[string]bool{}
	for _, f := range ministryFields {
		m[f] = true
	}
	return m
}()

// latinBrands are Korean business groups written in Latin letters; with a
// Hangul company name after them they make an organisation.
var latinBrands = setOf(`SK LG GS CJ KT HD LS HL DB KB NH BNK DGB JB KCC OCI SM JYP YG HYBE`)

// latinPrefix splits "GS리테일" into "GS" and "리테일".
func latinPrefix(s string) (string, string) {
	i := 0
	for i < len(s) && (s[i] >= 'A' && s[i] <= 'Z' || s[i] == '&') {
		i++
	}
	if i < 2 || i > 4 {
		return "", s
	}
	return s[:i], s[i:]
}

// titleAt matches a title (possibly two words, "이사회 의장") ending at word
// t and returns its first word.
func (d *doc) titleAt(t int, lo int) (int, string) {
	w := &d.words[t]
	if w.quoted || w.openQ {
		return -1, ""
	}
	if t-1 >= lo && d.lx.titleLast[w.stem] && d.words[t-1].bare() && d.lx.titles[d.words[t-1].stem+" "+w.stem] {
		return t - 1, d.words[t-1].stem + " " + w.stem
	}
	if d.lx.titles[w.stem] {
		return t, w.stem
	}
	// "재무장관", "경제부총리", "법무차관": a field and a title written as one word
	if allHangul(w.stem) && d.lx.titleTab.compound(w.stem) != "" {
		return t, w.stem
	}
	return -1, ""
}

var datelineRe = regexp.MustCompile(`[\[(【]([^\])】=\s]{1,12})\s*=\s*([^\])】\s]{1,12})[\])】]`)

// findEntities runs the recognisers in order of reliability; a later one
// never takes words an earlier one claimed.
func (d *doc) findEntities() {
	d.datelines()
	d.bylineReporters()
	d.dotLists()
	d.commaLists()
	d.rejoinNames()
	for si, st := range d.sents {
		for t := st.w0; t < st.w1; t++ {
			d.titlePattern(si, t)
		}
	}
	d.quotedTitles()
	d.honorificPersons()
	d.appositiveTitles()
	d.hanja()
	d.gazetteer()
	d.projects()
	d.suffixOrgs()
	d.districtPlaces()
	d.partnerOrgs()
	d.teamNames()
	d.namedEvents()
	d.dictionaryPersons()
	d.modelEntities()
	d.orgBeforeName()
	d.expandMentions()
}

func (d *doc) agency() string {
	if d.a.Agency != "" {
		return d.a.Agency
	}
	if d.a.Dateline != nil {
		return d.a.Dateline.Agency
	}
	return ""
}

// datelines reads "[서울=뉴시스]" wherever it stands (article head and
// photo captions): a place and the agency.
func (d *doc) datelines() {
	for _, st := range d.sents {
		if strings.IndexByte(d.text[st.s:st.e], '=') < 0 {
			continue // every dateline has "=": spare the regexp the other sentences
		}
		for _, m := range datelineRe.FindAllStringSubmatchIndex(d.text[st.s:st.e], -1) {
			ps, pe, as, ae := st.s+m[2], st.s+m[3], st.s+m[4], st.s+m[5]
			if g, ok := d.lx.gaz[fold(d.text[ps:pe])]; ok && g.typ == Place {
				d.entity(Place, g.canon).mention(d.text, ps, pe)
			}
			ag := d.text[as:ae]
			name := ag
			if g, ok := d.lx.gaz[fold(ag)]; ok && g.typ == Org {
				name = g.canon
			}
			d.entity(Org, name).mention(d.text, as, ae)
			for i := st.w0; i < st.w1; i++ {
				if d.words[i].cs >= st.s+m[0] && d.words[i].cs < st.s+m[1] {
					d.claimed[i] = true
				}
			}
		}
	}
}

// bylineReporters makes the reporters the article parser found in the
// byline PERSON entities: title 기자, affiliation the agency.
func (d *doc) bylineReporters() {
	for _, name := range d.a.Byline.Names {
		name = strings.TrimSpace(name)
		if syllables(name) < 2 {
			continue
		}
		for _, sec := range d.secs {
			if sec.Kind != article.KindByline {
				continue
			}
			if i := strings.Index(d.text[sec.Start:sec.End], name); i >= 0 {
				e := d.entity(Person, name)
				e.setAttrs(d.bylineTitle(d.text[sec.Start+i+len(name):sec.End]), d.agency(), "")
				e.mention(d.text, sec.Start+i, sec.Start+i+len(name))
				break
			}
		}
	}
}

// bylineTitle reads the press title written after a reporter's name in a
// byline ("선임기자", "특파원"); "기자" when none is.
func (d *doc) bylineTitle(rest string) string {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return "기자"
	}
	w := strings.TrimRight(f[0], "=·,")
	if d.lx.titleTab.class(w) == TitlePress {
		return w
	}
	return "기자"
}

func (d *doc) setHead(h, start int, e *entity) {
	d.head[h] = e
	d.phrase0[h] = start
}

// hanja turns headline abbreviations (日, 美 …) into mentions of the
// country or institution they stand for.
func (d *doc) hanja() {
	for _, h := range korean.Hanja(d.text) {
		g, ok := d.lx.gaz[fold(h.Expansion)]
		if !ok {
			continue
		}
		e := d.entity(g.typ, g.canon)
		e.mention(d.text, h.Start, h.End)
		for i := range d.words {
			w := &d.words[i]
			if w.cs <= h.Start && h.End <= w.ce && !d.claimed[i] {
				d.claimed[i] = true
				d.setHead(i, i, e)
			}
		}
	}
}

// placeAffixes may follow a place name inside one eojeol: 요코하마시,
// 미국발, 중국산, 미국측.
var placeAffixes = []string{"시", "발", "산", "측", "행", "내", "현지", "정부"}

// gazetteer matches known names over windows of eojeols.
func (d *doc) gazetteer() {
	for si, st := range d.sents {
		_ = si
		for i := st.w0; i < st.w1; i++ {
			if d.claimed[i] || d.words[i].quoted && d.words[i].stem == "" {
				continue
			}
			d.matchAt(i, st.w1, d.lx.multiStart, func(key []byte) (string, string, bool) {
				g, ok := d.lx.gaz[string(key)]
				if !ok {
					return "", "", false
				}
				return g.typ, g.canon, !g.weak
			})
		}
	}
}

// matchAt tries windows of up to maxWords eojeols starting at i against
// look, longest first, and records the match. It returns the words used.
//
// The key is built in a buffer the doc reuses and look receives it as
// bytes, so the map lookups of the many windows that match nothing
// allocate nothing (m[string(b)] does not copy).
//
// starts, when not nil, holds the first two letters of every folded name:
// a window of several words that starts otherwise cannot match.
func (d *doc) matchAt(i, end int, starts map[string]bool, look func(key []byte) (typ, canon string, strong bool)) int {
	multi := starts == nil || syllables(d.words[i].stem) < 2 || starts[firstRunes(fold(d.words[i].stem), 2)]
	for n := d.lx.maxWords; n >= 1; n-- {
		j := i + n - 1
		if j >= end || n > 1 && !multi {
			continue
		}
		ok := true
		kb := d.keyBuf[:0]
		for k := i; k <= j; k++ {
			if d.claimed[k] || (k < j && !d.words[k].bare()) {
				ok = false
				break
			}
			kb = appendFold(kb, d.words[k].stem)
		}
		d.keyBuf = kb
		if !ok || len(kb) == 0 {
			continue
		}
		typ, canon, strong := look(kb)
		cut := d.words[j].stemE
		if typ == "" && n == 1 {
			typ, canon, strong, cut = d.affixLookup(j, kb, look)
		}
		if typ == "" {
			continue
		}
		key := string(kb)
		if n == 1 && syllables(key) == 1 && allHangul(key) && !d.properish(&d.words[j]) {
			continue // "코파 델 레이": a one-syllable name needs the analyser's proper-noun reading
		}
		if n == 1 && typ == Place && ambiguousPlaces[key] && cut == d.words[j].stemE && !d.placeContext(j) {
			continue // 경기 the game, 선전 the propaganda
		}
		if !strong && n == 1 {
			// a curated name under a place affix beats a run-time list entry: 요코하마시 → 요코하마
			for _, af := range placeAffixes {
				if strings.HasSuffix(key, af) && syllables(key) > syllables(af)+1 {
					if t2, c2, s2 := look([]byte(strings.TrimSuffix(key, af))); s2 && t2 == Place {
						typ, canon, strong = t2, c2, s2
						if af != "시" {
							cut -= len(af)
						}
						break
					}
				}
			}
		}
		if !strong && (d.commonNoun(&d.words[j]) || syllables(key) < 2 || d.lx.stop[key] || notNameWords[key] || d.verbal(&d.words[j]) || !d.properish(&d.words[j]) || (!allHangul(key) && len(key) < 3)) {
			continue
		}
		if !strong && typ == Person && !(n == 1 && d.koreanName(i) && d.properish(&d.words[i])) {
			continue // run-time person lists are noisy: a Korean-looking proper name only
		}
		e := d.entity(typ, canon)
		e.mention(d.text, d.words[i].cs, cut)
		for k := i; k <= j; k++ {
			d.claimed[k] = true
		}
		d.setHead(j, i, e)
		return n
	}
	return 0
}

// affixLookup looks a one-word key up again without what may be glued to
// a name: the province suffix 도 read as a particle ("황해남도"), or a
// place affix ("요코하마시", "미국발", "미국측"). It returns the match and
// where its mention ends.
func (d *doc) affixLookup(j int, kb []byte, look func(key []byte) (string, string, bool)) (string, string, bool, int) {
	cut := d.words[j].stemE
	if d.words[j].josa == "도" {
		if t2, c2, s2 := look(append(kb[:len(kb):len(kb)], "도"...)); t2 != "" {
			return t2, c2, s2, d.words[j].ce
		}
	}
	for _, af := range placeAffixes {
		if len(kb) > len(af) && string(kb[len(kb)-len(af):]) == af && utf8.RuneCount(kb) > syllables(af)+1 {
			t2, c2, s2 := look(kb[:len(kb)-len(af)])
			if t2 == Place || (t2 == Org && af == "측") {
				if af != "시" {
					cut -= len(af) // the mention is the name; "시" is part of a city's name
				}
				return t2, c2, s2, cut
			}
		}
	}
	return "", "", false, cut
}

// projects finds named projects: "X 프로젝트", "프로젝트인 'X'", "'X' 프로젝트".
func (d *doc) projects() {
	for _, st := range d.sents {
		for i := st.w0; i < st.w1; i++ {
			w := &d.words[i]
			if i+1 < st.w1 && strings.HasPrefix(d.words[i+1].stem, "프로젝트") && !d.claimed[i] && w.josa == "" && !w.comma {
				if (w.openQ && w.closeQ) || (!d.commonNoun(w) && d.properish(w)) {
					d.addNamed(Project, i)
				}
			}
			if strings.HasPrefix(w.stem, "프로젝트") && i+1 < st.w1 && d.words[i+1].openQ && !d.claimed[i+1] {
				d.addNamed(Project, i+1)
			}
		}
	}
}

// properish: a word the analyser reads as a proper noun or does not know,
// or written in Latin letters.
func (d *doc) properish(w *word) bool {
	for _, t := range d.toksOf(w) {
		if strings.HasPrefix(t.POS, "NNP") || !t.Known || t.POS == "SL" {
			return true
		}
	}
	return false
}

func (d *doc) addNamed(typ string, i int) {
	w := &d.words[i]
	if w.stem == "" || d.lx.titles[w.stem] {
		return
	}
	e := d.entity(typ, w.stem)
	e.mention(d.text, w.cs, w.stemE)
	d.claimed[i] = true
	d.setHead(i, i, e)
}

// districtSuffixes end the names of administrative districts: 군, 구, 읍,
// 면, 리 (village), 동 (neighbourhood).
var districtSuffixes = []string{"군", "구", "읍", "면", "리", "동"}

// districtPlaces finds districts the analyser knows as place names of a
// stem and a district ending ("서초동", "구암리"): a proper noun of class
// 지명 that is the whole stem of its word.
func (d *doc) districtPlaces() {
	for i := range d.words {
		w := &d.words[i]
		if d.claimed[i] || w.quoted || syllables(w.stem) < 3 || !endsAny(w.stem, districtSuffixes...) {
			continue
		}
		ts := d.toksOf(w)
		if len(ts) > 0 && ts[0].Surface == w.stem && ts[0].Class == "지명" && strings.HasPrefix(ts[0].POS, "NNP") {
			d.addNamed(Place, i)
		}
	}
}

func (d *doc) suffixOrgs() {
	for i := range d.words {
		if !d.claimed[i] && !d.words[i].quoted && d.orgSuffix(&d.words[i]) {
			d.addNamed(Org, i)
		}
	}
}

// eventSuffixes end the names of named events ("부산국제영화제", "CES 2025"
// is in the gazetteer).
var eventSuffixes = []string{"정상회의", "포럼", "박람회", "엑스포", "올림픽", "월드컵", "영화제", "전시회", "서밋", "콘퍼런스", "컨퍼런스", "페스티벌"}

// namedEvents finds named events by their ending, when what comes before
// it is a name (proper noun, Latin letters or a place), not a common noun.
func (d *doc) namedEvents() {
	for i := range d.words {
		w := &d.words[i]
		if d.claimed[i] || w.quoted {
			continue
		}
		for _, suf := range eventSuffixes {
			pre := strings.TrimSuffix(w.stem, suf)
			if pre == w.stem || syllables(pre) < 2 {
				continue
			}
			g, ok := d.lx.gaz[fold(pre)]
			if (ok && g.typ == Place) || d.properish(w) && !d.commonNoun(w) {
				d.addNamed(EventT, i)
			}
			break
		}
	}
}

// dictionaryPersons takes the analyser's person names (NNP 인명) that look
// like Korean names; others in that class are often place or brand names.
func (d *doc) dictionaryPersons() {
	for i := range d.words {
		w := &d.words[i]
		if d.claimed[i] || w.quoted || !d.hasClass(w, "인명") {
			continue
		}
		// "도널드 트럼프": a foreign first name and surname, both known as names
		if w.bare() && i+1 < len(d.words) && d.words[i+1].sent == w.sent && !d.claimed[i+1] && d.hasClass(&d.words[i+1], "인명") && !d.words[i+1].quoted &&
			!d.strongGaz(w.stem) && !d.strongGaz(d.words[i+1].stem) && !d.isTerm(w.stem) && !d.isTerm(d.words[i+1].stem) {
			nx := &d.words[i+1]
			if h := d.institutionAfter(i + 1); h > 0 {
				// "웨이크 포리스트 의대": a school or hospital named after a person or a place
				parts := make([]string, 0, h-i+1)
				for k := i; k <= h; k++ {
					parts = append(parts, d.words[k].stem)
					d.claimed[k] = true
				}
				e := d.entity(Org, strings.Join(parts, " "))
				e.mention(d.text, w.cs, d.words[h].stemE)
				d.setHead(h, i, e)
				continue
			}
			e := d.entity(Person, w.stem+" "+nx.stem)
			e.mention(d.text, w.cs, nx.stemE)
			d.claimed[i], d.claimed[i+1] = true, true
			d.setHead(i+1, i, e)
			continue
		}
		if d.shippedName(w) {
			d.addNamed(Person, i) // "트럼프는": a name of the shipped dictionary standing alone
			continue
		}
		if !d.koreanName(i) || syllables(w.stem) < 3 || d.countedNoun(i) || d.nounAndParticle(w.stem) {
			continue
		}
		d.addNamed(Person, i)
	}
}

// shippedName reports a word that is one person name of the names
// dictionary sosik ships (or a user dictionary): curated, so trusted alone.
func (d *doc) shippedName(w *word) bool {
	ts := d.toksOf(w)
	return len(ts) == 1 && ts[0].User && ts[0].Class == "인명" && ts[0].Surface == w.stem && syllables(w.stem) >= 2
}

// plainNoun: one dictionary common noun (영화, 스키).
func (d *doc) plainNoun(w *word) bool {
	ts := d.toksOf(w)
	return len(ts) == 1 && ts[0].Known && strings.HasPrefix(ts[0].POS, "NNG")
}

// nameLikeOrg: an unknown word that can name an organisation — a proper
// noun, an unknown word, or a coinage the analyser splits (푸른에너지), but
// not one dictionary common noun (뮤지컬).
func (d *doc) nameLikeOrg(w *word) bool {
	ts := d.toksOf(w)
	if len(ts) == 1 && ts[0].Known && strings.HasPrefix(ts[0].POS, "NNG") {
		return false
	}
	return !d.commonNoun(w)
}

// strongGaz reports a name in the curated gazetteers.
func (d *doc) strongGaz(s string) bool {
	g, ok := d.lx.gaz[fold(s)]
	return ok && !g.weak
}

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
		var toks []korean.Token
		for _, t := range d.toks {
			if t.Start >= st.s && t.End <= st.e {
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
			if !free || d.lx.stop[d.text[s:e]] || d.lx.anon[d.text[s:e]] || syllables(d.text[s:e]) < 2 || personPronouns[d.text[s:e]] || groupPronouns[d.text[s:e]] {
				continue // one syllable is a surname reference ("손 회장") or a pronoun, resolved later
			}
			ent := d.entity(typ, d.text[s:e])
			ent.mention(d.text, s, e)
			for k := i0; k <= i1; k++ {
				d.claimed[k] = true
			}
			d.setHead(i1, i0, ent)
		}
	}
}

// brandSuffixes: "삼성전자" is also called "삼성" in the same story.
var brandSuffixes = []string{"전자", "그룹", "물산", "생명", "화재", "증권", "홀딩스", "자동차", "중공업", "디스플레이", "바이오로직스", "SDI"}

// expandMentions finds the other mentions of every entity found so far:
// its name and aliases anywhere, a company's brand prefix, a foreign
// person's family name.
func (d *doc) expandMentions() {
	d.mergeFamilyNames()
	names := map[string]*entity{}
	for _, e := range d.ents {
		if len(e.Mentions) == 0 {
			continue // folded into another entity
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if syllables(n) >= 2 || (e.Type != Person && len(n) >= 2 && !allHangul(n)) {
				names[fold(n)] = e
			}
		}
	}
	for _, e := range d.ents {
		switch e.Type {
		case Org:
			for _, suf := range brandSuffixes {
				if b := strings.TrimSuffix(e.Name, suf); b != e.Name && syllables(b) >= 2 {
					if _, g := d.lx.gaz[fold(b)]; g {
						continue
					}
					// several companies of one group: "삼성" is the group if named, else the most mentioned
					if old, taken := names[fold(b)]; !taken || old.Type == Org && old.Name != b && !strings.HasSuffix(old.Name, "그룹") &&
						(suf == "그룹" || len(e.Mentions) > len(old.Mentions)) {
						names[fold(b)] = e
					}
				}
			}
		}
	}
	for part, cands := range d.fullNamesByPart() {
		if _, taken := names[fold(part)]; !taken && syllables(part) >= 2 {
			if e := pickFullName(cands, nil); e != nil {
				names[fold(part)] = e // "트럼프", "도널드": the full name's short forms
			}
		}
	}
	for _, st := range d.sents {
		for i := st.w0; i < st.w1; i++ {
			if d.claimed[i] {
				continue
			}
			d.matchAt(i, st.w1, nil, func(key []byte) (string, string, bool) {
				if e, ok := names[string(key)]; ok {
					return e.Type, e.Name, true
				}
				return "", "", false
			})
		}
	}
}

// entityList numbers the entities in order of first mention and renders
// them; quotes and events refer to these IDs.
func (d *doc) entityList() []Entity {
	live := d.ents[:0:0]
	for _, e := range d.ents {
		if len(e.Mentions) > 0 {
			live = append(live, e)
		}
	}
	sort.SliceStable(live, func(i, j int) bool { return live[i].first < live[j].first })
	out := make([]Entity, 0, len(live))
	for i, e := range live {
		e.ID = "e" + strconv.Itoa(i+1)
		sortMentions(e.Mentions)
		out = append(out, e.Entity)
	}
	return out
}

func sortMentions(ms []Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// givenNameSyllables reports whether every syllable of a Korean given name
// could be one: given names are read from hanja, whose readings end only
// in no consonant or ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ and never sound like 스, 버, 테 or
// 크, which are the syllables of loanwords the dictionary tags as names
// (하우스, 이글스, 하노버).
func givenNameSyllables(s string) bool {
	for _, r := range s {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
		v := int(r - 0xAC00)
		ini, med, fin := v/588, (v%588)/28, v%28
		switch fin {
		case 0, 1, 4, 8, 16, 17, 21: // none ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ
		default:
			return false
		}
		switch ini {
		case 4, 8, 13, 15: // ㄸ ㅃ ㅉ ㅋ
			if r != '쾌' {
				return false
			}
		}
		if med == 18 && fin != 0 {
			// ㅡ with a final: 근 은 흔, 금 음 름 … but never 슨, 든, 믄, 븐
			switch ini {
			case 6, 7, 17, 1:
				return false
			}
			if fin == 4 && ini != 0 && ini != 11 && ini != 18 {
				return false
			}
		}
		if fin != 0 {
			continue
		}
		switch med {
		case 18: // ㅡ: 스, 드, 르 …
			if ini != 11 { // 으
				return false
			}
		case 4: // ㅓ: 너 더 러 머 버 터 퍼 (거 서 어 저 처 허 are readings)
			switch ini {
			case 2, 3, 5, 6, 7, 16, 17:
				return false
			}
		case 5: // ㅔ: only 게 세 제 체 are readings
			switch ini {
			case 0, 9, 12, 14:
			default:
				return false
			}
		}
	}
	return true
}

// endingAfterVowel reports an ending that starts with the linking vowel
// 으 (은, 을, 으며) right after a stem ending in a vowel: Korean fuses the
// ending there (정한, not 정하은), so such a reading is the analyser's
// guess at an unknown name.
func endingAfterVowel(stem, ending string) bool {
	last := finalRune(stem)
	if last < 0xAC00 || last > 0xD7A3 || hasBatchim(last) {
		return false
	}
	return strings.HasPrefix(ending, "은") || strings.HasPrefix(ending, "을") || strings.HasPrefix(ending, "으")
}

// ambiguousPlaces are curated place names that are also frequent common
// nouns (경기 "game", 선전 "propaganda", 고양 "uplift", 구미 "taste"):
// alone they count only next to another place or a place noun.
var ambiguousPlaces = setOf(`경기 선전 고양 구미`)

// placeNouns after a region name make it a place: "경기 지역", "경기 남부".
var placeNouns = setOf(`지역 지방 일대 일원 남부 북부 동부 서부 도내 권 전역`)

// placeContext reports a place next to word j: "경기 성남시", "서울, 경기",
// "경기 지역".
func (d *doc) placeContext(j int) bool {
	isPlace := func(k int) bool {
		if k < 0 || k >= len(d.words) || d.words[k].sent != d.words[j].sent {
			return false
		}
		st := d.words[k].stem
		for _, af := range []string{"", "시", "군", "구", "도"} {
			if b := strings.TrimSuffix(st, af); b != "" && (af == "" || b != st) {
				if g, ok := d.lx.gaz[fold(b)]; ok && g.typ == Place && !ambiguousPlaces[b] {
					return true
				}
			}
		}
		return false
	}
	w := &d.words[j]
	if j+1 < len(d.words) && d.words[j+1].sent == w.sent && (w.bare() || w.comma) {
		if isPlace(j+1) || w.bare() && placeNouns[d.words[j+1].stem] {
			return true
		}
	}
	return j > 0 && d.words[j-1].comma && isPlace(j-1)
}

// industryNouns end company names written as one word after a proper
// noun: 사이공정밀, 대성소재, 누리모빌리티.
var industryNouns = setOf(`소재 정밀 화학 기계 산업 물산 상사 제약 바이오 에너지 모빌리티 테크 시스템 솔루션 로보틱스 반도체 디스플레이 통신 항공 해운 철강 식품 제과 전기 전선 엔지니어링 케미칼 케미칼스 머티리얼즈 인더스트리 네트웍스 소프트 게임즈 엔터테인먼트 리테일 푸드 패션 제철 개발 실업`)

// properCompound reports a proper noun and an industry noun written as one
// word, the usual shape of a company name ("사이공정밀"): the analyser
// reads the first part as a proper noun that is no known place on its
// own (미국산업 is America's industry, not a firm).
func (d *doc) properCompound(w *word) bool {
	ts := d.toksOf(w)
	if len(ts) < 2 || !strings.HasPrefix(ts[0].POS, "NNP") || !allHangul(w.stem) {
		return false
	}
	last := ts[len(ts)-1]
	if !industryNouns[last.Surface] || last.End != w.stemE || !strings.HasPrefix(last.POS, "NN") {
		return false
	}
	for _, t := range ts[1 : len(ts)-1] {
		if !strings.HasPrefix(t.POS, "NN") {
			return false
		}
	}
	if g, ok := d.lx.gaz[fold(ts[0].Surface)]; ok && g.typ == Place {
		return false
	}
	return !d.lx.stop[w.stem]
}

// institutionHeads name a school or hospital after a name: "… 의대".
var institutionHeads = setOf(`대학 대학교 의대 의과대학 병원 연구소 재단 공과대학 센터 메디컬센터 의료원`)

// institutionAfter returns the word that heads an institution named by
// the bare words after word j (inclusive) — "… 뱁티스트 메디컬 센터" — or
// -1 when none follows within three words.
func (d *doc) institutionAfter(j int) int {
	if !d.words[j].bare() {
		return -1
	}
	for k := j + 1; k < len(d.words) && k <= j+3 && d.words[k].sent == d.words[j].sent; k++ {
		if institutionHeads[d.words[k].stem] {
			return k
		}
		if !d.words[k].bare() || d.claimed[k] {
			return -1
		}
	}
	return -1
}

// isTerm reports a topic term (코로나, 반도체): never part of a name.
func (d *doc) isTerm(s string) bool {
	_, ok := d.lx.terms[fold(s)]
	return ok
}

// countedNoun reports a word right after a native numeral determiner
// ("한 마리나"): a counted noun, not a name.
func (d *doc) countedNoun(i int) bool {
	if i == 0 || d.words[i-1].sent != d.words[i].sent || !d.words[i-1].bare() {
		return false
	}
	switch d.words[i-1].stem {
	case "한", "두", "세", "네", "몇", "여러":
		return true
	}
	return false
}

// nounAndParticle reports a word the dictionary tags as a name although it
// is a common noun and a particle ("이동과" = 이동 + 과): the part before
// the particle is itself one dictionary common noun.
func (d *doc) nounAndParticle(stem string) bool {
	last := finalRune(stem)
	switch last {
	case '과', '와', '의', '도', '를', '을', '은', '는', '가', '에', '로':
	default:
		return false
	}
	pre := strings.TrimSuffix(stem, string(last))
	if syllables(pre) < 2 || !josaFits(pre, string(last)) {
		return false
	}
	ts := d.x.an.Analyze(pre)
	return len(ts) == 1 && ts[0].Known && strings.HasPrefix(ts[0].POS, "NNG") && ts[0].Surface == pre
}

// rejoinNameParticle undoes the particle split of a name such as 윤하은,
// which the analyser reads as 윤하 + 은, when the word stands where a name
// does (before an affiliation and a title): three syllables, a surname and
// a possible given name ending in 은.
func (d *doc) rejoinNameParticle(p int) {
	if d.claimed[p] {
		return
	}
	w := &d.words[p]
	if !nameEndParticle[w.josa] || w.stemE+len(w.josa) != w.ce || w.comma || w.closeQ || w.paren != "" {
		return
	}
	core := d.text[w.cs:w.ce]
	sur := d.lx.surnameOf(core)
	if syllables(core) != 3 || syllables(sur) != 1 || !givenNameSyllables(core[len(sur):]) {
		return
	}
	w.stem, w.josa, w.stemE = core, "", w.ce
}

// nameEndParticle are last syllables of given names the analyser reads as
// particles (윤하 + 은, 정미 + 라, 신성 + 일).
var nameEndParticle = setOf(`은 라 일`)

// academic reports a title held at a school, whose name may be shortened
// to …대 ("노스웨스턴대 교수").
func (lx *lexicon) academic(title string) bool {
	return lx.titleTab.class(title) == TitleAcademic
}

// isDepartment: "화학과", "경영학부", "의과대학" — a department name.
func isDepartment(s string) bool {
	if !allHangul(s) || syllables(s) < 3 {
		return false
	}
	return endsAny(s, "학과", "학부", "대학원", "공학과", "과학과") || syllables(s) == 3 && strings.HasSuffix(s, "과") && !strings.HasSuffix(s, "효과") && !strings.HasSuffix(s, "결과")
}

// schoolAbbrev reports "노스웨스턴대", "스트라부르대": a word of three or more
// Hangul syllables ending in 대 that the analyser does not know as one
// common noun (시대, 세대, 기대 are never schools here: they are short or
// known).
func (d *doc) schoolAbbrev(p int) bool {
	w := &d.words[p]
	if !w.bare() || d.claimed[p] || !allHangul(w.stem) || syllables(w.stem) < 3 || !strings.HasSuffix(w.stem, "대") {
		return false
	}
	if d.plainNoun(w) || d.lx.stop[w.stem] || genericNouns[strings.TrimSuffix(w.stem, "대")] {
		return false
	}
	b := strings.TrimSuffix(w.stem, "대")
	if g, ok := d.lx.gaz[fold(b)]; ok && g.typ != Place && g.typ != Org {
		return false
	}
	return !d.commonNoun(w)
}

// mergeFamilyNames folds a one-word PERSON into the multi-word PERSON
// whose family name or given name it is: a headline's "소바주 교수" and the
// body's "장피에르 소바주" are one person, and so are "트럼프 대통령",
// "도널드" and "도널드 트럼프". Family members sharing the family name
// (이방카 트럼프) stay apart; the short form goes to the one whose title
// it shares.
func (d *doc) mergeFamilyNames() {
	byPart := d.fullNamesByPart()
	for _, e := range d.ents {
		if e.Type != Person || strings.Contains(e.Name, " ") || len(e.Mentions) == 0 {
			continue
		}
		dst := pickFullName(byPart[e.Name], e)
		if dst == nil || dst.Affiliation != "" && e.Affiliation != "" && dst.Affiliation != e.Affiliation {
			continue
		}
		d.fold(e, dst)
	}
}

// fullNamesByPart indexes multi-word PERSON entities by their first and
// last words.
func (d *doc) fullNamesByPart() map[string][]*entity {
	by := map[string][]*entity{}
	for _, e := range d.ents {
		if e.Type != Person {
			continue
		}
		if parts := strings.Fields(e.Name); len(parts) > 1 {
			by[parts[len(parts)-1]] = append(by[parts[len(parts)-1]], e)
			if syllables(parts[0]) >= 2 && parts[0] != parts[len(parts)-1] {
				by[parts[0]] = append(by[parts[0]], e)
			}
		}
	}
	return by
}

// pickFullName chooses the full name a short form stands for: the only
// candidate, else the only one sharing the short form's title, else the
// only one with a title at all; nil when that leaves a doubt.
func pickFullName(cands []*entity, short *entity) *entity {
	if len(cands) == 1 {
		return cands[0]
	}
	only := func(ok func(*entity) bool) *entity {
		var got *entity
		for _, c := range cands {
			if ok(c) {
				if got != nil {
					return nil
				}
				got = c
			}
		}
		return got
	}
	if short != nil && short.Title != "" {
		if c := only(func(c *entity) bool { return c.Title == short.Title || c.titles[short.Title] }); c != nil {
			return c
		}
	}
	return only(func(c *entity) bool { return c.Title != "" })
}

// fold moves every mention, title and attribute of e to dst.
func (d *doc) fold(e, dst *entity) {
	for _, m := range e.Mentions {
		dst.mention(d.text, m.Start, m.End)
	}
	for t := range e.titles {
		dst.titles[t] = true
	}
	dst.setAttrs(e.Title, e.Affiliation, e.Role)
	e.Mentions = e.Mentions[:0]
	for i, h := range d.head {
		if h == e {
			d.head[i] = dst
		}
	}
}

// teamNames joins a company and the transliterated plural nickname after
// it into one organisation: "한화 이글스". (After a place the word is more
// often a region: "영국 서식스".)
func (d *doc) teamNames() {
	for i := 0; i+1 < len(d.words); i++ {
		e, j := d.head[i], i+1
		if e == nil || e.Type != Org || !d.words[i].bare() || d.claimed[j] || d.words[j].sent != d.words[i].sent || d.words[j].quoted {
			continue
		}
		nick := d.words[j].stem
		n := syllables(nick)
		if !allHangul(nick) || n < 2 || n > 5 || d.lx.stop[nick] || d.plainNoun(&d.words[j]) {
			continue
		}
		switch finalRune(nick) {
		case '스', '즈', '츠':
		default:
			continue
		}
		team := d.entity(Org, d.words[i].stem+" "+nick)
		team.mention(d.text, d.words[d.phrase0[i]].cs, d.words[j].stemE)
		d.claimed[j] = true
		d.setHead(j, d.phrase0[i], team)
	}
}

// dealWords mark a sentence about a deal between companies.
var dealWords = []string{"계약", "협약", "MOU", "양해각서", "합작"}

// partnerOrgs finds the other party of a deal: in "한빛전자는 대성소재와 …
// 계약을 체결했다" the company subject's 와/과 partner, written as one word
// ending in an industry noun, is a company even where the analyser reads
// its first part as a common noun.
func (d *doc) partnerOrgs() {
	for _, st := range d.sents {
		orgSubj := false
		for k := st.w0; k < st.w1; k++ {
			w := &d.words[k]
			if e := d.head[k]; e != nil && e.Type == Org && roleOf(w.josa) == roleSubj {
				orgSubj = true
				continue
			}
			if !orgSubj || d.claimed[k] || w.quoted || (w.josa != "와" && w.josa != "과") || !allHangul(w.stem) || syllables(w.stem) < 3 {
				continue
			}
			if !industryEnding(w.stem) || d.plainNoun(w) || d.lx.stop[w.stem] {
				continue
			}
			if k > st.w0 && d.words[k-1].bare() && !d.claimed[k-1] && !phraseStop[d.words[k-1].stem] && !d.verbal(&d.words[k-1]) && !isDigitStart(d.words[k-1].stem) && !d.inDate(k-1) {
				continue // "전고체 소재와": a modified common noun, not a name
			}
			rest := d.text[w.e:st.e]
			if !strings.Contains(rest, "체결") && !strings.Contains(rest, "맺") {
				continue // fields and materials are listed, companies sign
			}
			for _, dw := range dealWords {
				if strings.Contains(rest, dw) {
					d.addNamed(Org, k)
					break
				}
			}
		}
	}
}

// industryEnding reports a stem of a name and an industry noun: at least
// two syllables before 소재, 바이오, 정밀 ….
func industryEnding(stem string) bool {
	r := []rune(stem)
	for k := 2; k <= 5 && k <= len(r)-2; k++ {
		if industryNouns[string(r[len(r)-k:])] {
			return true
		}
	}
	return false
}

// inDate reports a word inside a date expression ("지난달", "3월").
func (d *doc) inDate(k int) bool {
	w := &d.words[k]
	for _, dt := range d.dates {
		if dt.Start < w.e && w.cs < dt.End {
			return true
		}
	}
	return false
}
