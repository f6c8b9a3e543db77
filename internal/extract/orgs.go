package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/fold"
)

// The organisation stages: organisations by suffix, partners in deals and sports teams.

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
			kb = fold.AppendKey(kb, d.words[k].stem)
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

var orgSuffixes = []string{"전자", "그룹", "은행", "위원회", "증권", "공사", "공단", "재단", "협회", "연맹", "기자단", "TF", "홀딩스", "지주",
	"생명", "화재", "건설", "중공업", "제약", "텔레콤", "대학교", "연구소", "연구원", "재단법인", "조합", "연합회", "협의회", "노조", "법원", "지법", "고법", "지검", "고검", "검찰청", "경찰청", "캐피탈", "카드", "자산운용", "투자증권",
	"신문", "일보", "통신", "조선", "상사", "대책위", "대사관", "영사관",
	"운동연합", "진흥회", "중앙회", "입주자대표회의", "주민자치회", "번영회", "환경청", "개발청", "안전처", "혁신처", "보훈처", "경호처", "엔터테인먼트", "미디어"}

// townHalls end the name of a local government's office; only after a
// known place ("강진군청", "부산시청"), not after a common noun (불법도청).
var townHalls = []string{"군청", "구청", "시청", "도청"}

// townHall reports a place and its local government's office in one word.
func (d *doc) townHall(s string) bool {
	for _, h := range townHalls {
		if b, ok := strings.CutSuffix(s, h); ok && b != "" {
			for _, p := range []string{b, b + h[:len(h)-len("청")]} {
				if g, ok := d.lx.gaz[fold.Key(p)]; ok && g.typ == Place && !g.weak {
					return true
				}
			}
		}
	}
	return false
}

// directionPrefixes name the district of a local office by its direction
// ("남부경찰서", "동부교육지원청").
var directionPrefixes = setOf(`동부 서부 남부 북부 중부`)

// localBody reports a local state office written as one word with the
// place it serves ("강남경찰서", "수원세무서"): the place is a known place
// (bare, or with 시, 군 or 구) or a direction.
func (d *doc) localBody(s string) bool {
	for _, h := range d.lx.localBodies {
		b, ok := strings.CutSuffix(s, h)
		if !ok || b == "" {
			continue
		}
		if directionPrefixes()[b] {
			return true
		}
		for _, p := range []string{b, b + "시", b + "군", b + "구"} {
			if g, ok := d.lx.gaz[fold.Key(p)]; ok && g.typ == Place && !g.weak {
				return true
			}
		}
		if ts := d.x.an.Analyze(b); len(ts) == 1 && ts[0].Class == "지명" && strings.HasPrefix(ts[0].POS, "NNP") {
			return true
		}
	}
	return false
}

// businessSuffixes make a company only after a proper name (롯데카드), not
// after a common noun (신용카드).
var businessSuffixes = setOf(`그룹 카드 전자 증권 생명 화재 건설 제약 텔레콤 홀딩스 지주 캐피탈 자산운용 투자증권 중공업 신문 일보 통신 조선 상사 엔터테인먼트 미디어`)

// genericPrefixes before an organisation suffix make a common noun.
var genericPrefixes = setOf(`신용 체크 교통 선불 아이돌 걸 보이 소속 계열 모 자 대기업 중소 중견 재벌 주요 해당 관련 국내 해외 외국 글로벌 대형 소형 종합 전문 일반
	국책 시중 지방 인터넷 중앙 상업 투자 저축 외국계 민간 국영 특수 정책 지역 거대 대표 유력 각 다른 두 세 여러
	이동 위성 정보 유선 무선 광 일간 주간 종이 무가 학교 학급 직장 입주자 종합 조선 관할 인근 일선`)

// mediaKinds before 미디어 make a kind of media, not a company:
// 소셜미디어, 뉴미디어, 디지털미디어 (디지털협의회 is still an organisation).
var mediaKinds = setOf(`소셜 뉴 뉴스 매스 멀티 대중 디지털 온라인 전통 기성 주류 레거시 모바일 스마트 차세대 인쇄 방송 영상 신생 언론 개인 1인 독립 대안 진보 보수 각종 외신`)

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
	return industryNouns()[last]
}

// orgSuffix recognises organisation names by their ending: "…전자",
// "…그룹", "…위원회", "…TF"; "…부" and "…청" only on long stems, where
// they are ministries and agencies rather than parts of common words.
func (d *doc) orgSuffix(w *word) bool {
	s := w.stem
	n := syllables(s)
	if n < 3 || d.lx.stop[s] || d.lx.desks[s] {
		return false // a newsroom desk ("대중문화부") signs the story, it is none of its organisations
	}
	if fieldList(s) {
		return false // "전기·전자": a list of fields, not a company
	}
	if d.townHall(s) || d.localBody(s) {
		return true
	}
	for _, suf := range orgSuffixes {
		if strings.HasSuffix(s, suf) && syllables(s) > syllables(suf) {
			if suf == "공사" && d.workBefore(strings.TrimSuffix(s, suf)) {
				return false // 건설공사, 보수공사: construction work, not a public corporation
			}
			if pre := afterLastDot(strings.TrimSuffix(s, suf)); genericPrefixes()[pre] || suf == "미디어" && (mediaKinds()[pre] || fieldAbbrevs()[pre]) {
				return false // 국책은행, 시중은행, 대형증권: a kind of institution, not one
			}
			if businessSuffixes()[suf] && (genericPrefixes()[strings.TrimSuffix(s, suf)] || d.lx.stop[strings.TrimSuffix(s, suf)] || d.plainNoun(w)) {
				return false // 신용카드, 아이돌그룹, 유전자: a common noun, not a company
			}
			if businessSuffixes()[suf] && !d.splitsAt(s, len(s)-len(suf)) {
				return false // 국가지정문화재: the suffix (화재) is the end of another word
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
	if d.companyEnding(w) {
		return true // 한별컴퍼니, 가람인베스트먼트: a name and a borrowed company ending
	}
	if brand, rest := latinPrefix(s); brand != "" && d.lx.mediaHeads[rest] && !fieldAbbrevs()[brand] && !d.isTerm(brand) {
		return true // KNN뉴스, OBS방송: an outlet named with letters
	}
	if brand, rest := latinPrefix(s); brand != "" && syllables(rest) >= 2 && allHangul(rest) && !d.lx.stop[rest] {
		if _, known := d.lx.terms[fold.Key(rest)]; !known {
			if latinBrands()[brand] {
				return true // SK하이닉스, GS리테일, CJ제일제당: a group brand and a company name
			}
		}
	}
	if d.properCompound(w) || d.subsidiary(s) {
		return true
	}
	if b := strings.TrimSuffix(s, "대"); b != s {
		if g, ok := d.lx.gaz[fold.Key(b)]; ok && g.typ == Place && !g.weak {
			return true // 서울대, 부산대: a university named after its city
		}
	}
	// "…자원부", "…무역부": a ministry is a policy field followed by 부
	if n >= 3 && allHangul(s) && strings.HasSuffix(s, "부") {
		if n == 3 {
			return ministryField()[strings.TrimSuffix(s, "부")] // "문화부", "국방부"
		}
		for _, f := range ministryFields {
			if strings.HasSuffix(strings.TrimSuffix(s, "부"), f) {
				return true
			}
		}
	}
	return false
}

// ministryFields end the names of ministries ("산업통상자원부", "산업무역부").
var ministryFields = strings.Fields(`산업 무역 통상 자원 외교 국방 재정 경제 통일 법무 교육 환경 노동 고용 보건 복지 과학 기술 정보 통신
	농림 축산 식품 해양 수산 문화 체육 관광 국토 교통 행정 안전 에너지 상무 재무 내무 국무 사법 가족 여성 중소 벤처 기업 보훈 인사 디지털`)

// ministryField holds ministryFields for lookups.
var ministryField = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, f := range ministryFields {
		m[f] = true
	}
	return m
})

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

func (d *doc) suffixOrgs() {
	for i := range d.words {
		if d.claimed[i] || d.words[i].quoted {
			continue
		}
		if d.orgSuffix(&d.words[i]) || d.corporateMark(i) || d.afterCompanyKind(i) {
			if !d.dotOrgs(i) {
				d.addNamed(Org, i)
			}
		} else {
			d.markedCompany(i)
		}
	}
}

// dotOrgs reads word i, "한빛전자·한국전력·한국가스공사", as a list of
// organisations when every part but the last is one the gazetteer knows
// or one ending in an organisation suffix after a name ("푸른재단·가온협회"):
// one entity each, not one named after the whole list.
func (d *doc) dotOrgs(i int) bool {
	w := &d.words[i]
	parts, offs := splitDots(w.stem)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts[:len(parts)-1] {
		if !d.dotPartOrg(p) && !d.orgListMember(parts, p) {
			return false
		}
	}
	for k, p := range parts {
		name := p
		if g, ok := d.lx.gaz[fold.Key(p)]; ok && !g.weak && g.typ == Org {
			name = g.canon
		}
		d.entity(Org, name).mention(d.text, w.cs+offs[k], w.cs+offs[k]+len(p))
	}
	d.claim(i, i, nil)
	return true
}

// knownOrg reports a name the story has already made an organisation
// ("(주)한빛" before "한빛·누리일보").
func (d *doc) knownOrg(s string) bool {
	e := d.byKey[Org+"\x00"+fold.Key(s)]
	return e != nil && len(e.Mentions) > 0
}

// corporateMarks written before a name make it a company: "㈜대원",
// "(주)한빛테크", "㈜ 누리소프트".
var corporateMarks = []string{"㈜", "(주)", "(株)", "(유)", "(사)", "(재)"}

// corporateMark reports a word written apart after a corporate mark
// ("㈜ 누리소프트").
func (d *doc) corporateMark(i int) bool {
	w := &d.words[i]
	if w.stem == "" || syllables(w.stem) < 2 || w.openQ || i == 0 || d.words[i-1].sent != w.sent || d.words[i-1].stem != "" {
		return false
	}
	return slices.Contains(corporateMarks, strings.TrimSpace(d.text[d.words[i-1].s:d.words[i-1].e]))
}

// companyKinds name what kind of company the name after them is:
// "소속사 누리뮤직", "제작사 한빛픽처스".
var companyKinds = setOf(`소속사 제작사 배급사 기획사 운영사 모회사 시행사 시공사 수입사 유통사 퍼블리셔 투자사 인수사`)

// afterCompanyKind reports a proper noun written right after a kind of
// company ("소속사 누리뮤직 측은"): the company's name.
func (d *doc) afterCompanyKind(i int) bool {
	w := &d.words[i]
	if i == 0 || w.stem == "" || syllables(w.stem) < 2 || w.openQ || d.words[i-1].sent != w.sent {
		return false
	}
	if k := &d.words[i-1]; !k.bare() || !companyKinds()[k.stem] || d.lx.titles[w.stem] || d.lx.stop[w.stem] || notNameWords()[w.stem] {
		return false
	}
	ts := d.toksOf(w)
	if len(ts) == 0 || d.hasClass(w, "인명") {
		return false
	}
	if strings.HasPrefix(ts[0].POS, "NNP") || strings.HasPrefix(ts[0].POS, "SL") {
		return true
	}
	for _, t := range ts {
		if !strings.HasPrefix(t.POS, "NN") {
			return false
		}
	}
	return len(ts) >= 2 // a compound of nouns, not one dictionary word ("누리뮤직")
}

// markedCompany reads a company name glued to the corporate mark before it
// ("㈜대원이", "(주)한빛테크는"): the nouns the analyser finds after the
// mark, up to the particle.
func (d *doc) markedCompany(i int) {
	w := &d.words[i]
	raw := d.text[w.s:w.e]
	mark := ""
	for _, m := range corporateMarks {
		if strings.HasPrefix(raw, m) {
			mark = m
		}
	}
	if mark == "" {
		return
	}
	from, start, end, prev := w.s+len(mark), -1, -1, -1
	for _, t := range d.tokRange(w.tok0, w.tok1) {
		if t.Start < from {
			continue
		}
		noun := strings.HasPrefix(t.POS, "NN") || strings.HasPrefix(t.POS, "SL")
		if start < 0 && !noun || start >= 0 && t.Start != prev || strings.HasPrefix(t.POS, "J") || strings.HasPrefix(t.POS, "E") {
			break
		}
		if start < 0 {
			start = t.Start
		}
		if noun {
			end = t.End // "㈜네모이엔지": a syllable read as a determiner (이) inside the name is kept
		}
		prev = t.End
	}
	if start < 0 || syllables(d.text[start:end]) < 2 {
		return
	}
	e := d.entity(Org, d.text[start:end])
	e.mention(d.text, start, end)
	d.claim(i, i, e)
}

// industryNouns end company names written as one word after a proper
// noun: 사이공정밀, 대성소재, 누리모빌리티.
var industryNouns = setOf(`소재 정밀 화학 기계 산업 물산 상사 제약 바이오 에너지 모빌리티 테크 시스템 솔루션 로보틱스 반도체 디스플레이 통신 항공 해운 철강 식품 제과 전기 전선 엔지니어링 케미칼 케미칼스 머티리얼즈 인더스트리 네트웍스 소프트 게임즈 엔터테인먼트 리테일 푸드 패션 제철 개발 실업 오일뱅크 뱅크 인프라코어 물류 해양 조선 모터스 제지 유통 하이텍 바이오로직스`)

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
	if !industryNouns()[last.Surface] || last.End != w.stemE || !strings.HasPrefix(last.POS, "NN") {
		return false
	}
	for _, t := range ts[1 : len(ts)-1] {
		if !strings.HasPrefix(t.POS, "NN") {
			return false
		}
	}
	if g, ok := d.lx.gaz[fold.Key(ts[0].Surface)]; ok && g.typ == Place {
		return false
	}
	return !d.lx.stop[w.stem]
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
		d.claim(d.phrase0[i], j, team) // the company's words are claimed already
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
			if k > st.w0 && d.words[k-1].bare() && !d.claimed[k-1] && !phraseStop()[d.words[k-1].stem] && !d.verbal(&d.words[k-1]) && !isDigitStart(d.words[k-1].stem) && !d.inDate(k-1) {
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
		if industryNouns()[string(r[len(r)-k:])] {
			return true
		}
	}
	return false
}

// orgBeforeName makes an organisation written right before a person's name
// the person's affiliation when none is known ("국민의힘 오세훈,").
func (d *doc) orgBeforeName() {
	for i := 1; i < len(d.words); i++ {
		e, o := d.head[i], d.head[i-1]
		if e == nil || o == nil || e.Type != Person || o.Type != Org || e.Affiliation != "" || d.phrase0[i] != i ||
			!d.words[i-1].bare() || d.words[i-1].sent != d.words[i].sent || d.leadBracket(i-1) {
			continue
		}
		affil := d.text[d.words[d.phrase0[i-1]].cs:d.words[i-1].stemE]
		e.setAttrs("", affil, "")
		d.chainAffiliation(i, affil)
	}
	d.orgTitleBeforeName()
}

// chainAffiliation gives the people of a titled middle-dot list after word
// i ("한빛일보 윤태호 상무·강지훈 편집국장") the organisation written before
// its first name.
func (d *doc) chainAffiliation(i int, affil string) {
	for k := i + 1; k < len(d.words) && d.words[k].sent == d.words[i].sent; k++ {
		parts, _ := splitDots(d.words[k].stem)
		if len(parts) != 2 || !d.claimed[k] || !d.titleString(parts[0]) {
			return
		}
		p := d.byKey[Person+"\x00"+fold.Key(parts[1])]
		if p == nil || p.Affiliation != "" {
			return
		}
		p.setAttrs("", affil, "")
	}
}

// orgTitleBeforeName gives a person found without a title the title and
// organisation written before the name ("국방위원회 제1위원장 김정은은",
// "한빛전자 사장 이도현은"): an organisation, a title of the table, then
// the name, in one sentence.
func (d *doc) orgTitleBeforeName() {
	for i := 2; i < len(d.words); i++ {
		e, o, t := d.head[i], d.head[i-2], &d.words[i-1]
		if e == nil || o == nil || e.Type != Person || o.Type != Org || e.Title != "" || d.phrase0[i] != i ||
			!t.bare() || d.claimed[i-1] || !d.lx.titles[t.stem] || !d.words[i-2].bare() ||
			d.words[i-2].sent != d.words[i].sent || t.sent != d.words[i].sent {
			continue
		}
		e.setAttrs(t.stem, d.text[d.words[d.phrase0[i-2]].cs:d.words[i-2].stemE], "")
	}
}

// workBefore reports a prefix of 공사 that ends with a kind of building
// work ("건설", "하자보수"): the word is construction work, not a public
// corporation.
func (d *doc) workBefore(prefix string) bool {
	for w := range d.lx.workNouns {
		if strings.HasSuffix(prefix, w) {
			return true
		}
	}
	return false
}

// afterLastDot returns the part of s after its last middle dot, or s:
// "신용·체크" → "체크" (신용·체크카드 lists two kinds of card).
func afterLastDot(s string) string {
	i := strings.LastIndexAny(s, "·ㆍ")
	if i < 0 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[i+n:]
}

// splitsAt reports whether the analyser, reading s alone, lets byte i
// start a word: no dictionary word runs across it, or the compound it
// reads has a part starting there ("삼성화재" is 삼성 + 화재, "빛전자" 빛 +
// 전자; "문화재" is 문화 + 재, so 화재 is no word of it). A proper noun
// running across it is a name of its own.
func (d *doc) splitsAt(s string, i int) bool {
	for _, t := range d.x.an.Analyze(s) {
		if !t.Known || t.Start >= i || i >= t.End || strings.HasPrefix(t.POS, "NNP") {
			continue // a proper noun across it is the company's own name (롯데카드)
		}
		off := t.Start
		for _, p := range t.Parts {
			if off == i {
				return true
			}
			surface, _, _ := strings.Cut(p, "/")
			off += len(surface)
		}
		return false
	}
	return true
}

// subsidiarySuffixes end the name of a foreign company's national arm
// written as one word: "한빛케미칼코리아".
var subsidiarySuffixes = []string{"코리아"}

// subsidiary reports a foreign-looking name and a subsidiary suffix in one
// word ("에어리퀴드코리아"), the name being no common noun, place or stop
// word of its own ("팀코리아", "원코리아" are slogans).
func (d *doc) subsidiary(s string) bool {
	for _, suf := range subsidiarySuffixes {
		b, ok := strings.CutSuffix(s, suf)
		if !ok || syllables(b) < 3 || !allHangul(b) || d.lx.stop[b] || genericPrefixes()[b] {
			continue
		}
		if _, known := d.lx.gaz[fold.Key(b)]; known {
			continue
		}
		if ts := d.x.an.Analyze(b); len(ts) == 1 && ts[0].Known && strings.HasPrefix(ts[0].POS, "NNG") {
			continue
		}
		return true
	}
	return false
}
