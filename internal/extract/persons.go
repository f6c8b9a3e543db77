package extract

import (
	"strings"
	"unicode"

	"github.com/sosik-news/sosik/internal/fold"
)

// The person stages and the tests of a word being a personal name.

// koreanName reports whether word i can be a Korean personal name: 2–4
// Hangul syllables starting with a surname, not a known title, place or
// organisation, and not read as a classed common noun.
func (d *doc) koreanName(i int) bool {
	w := &d.words[i]
	n := syllables(w.stem)
	sur := d.lx.surnameOf(w.stem)
	if !allHangul(w.stem) || n < 2 || n > 4 || sur == "" || (n == 4 && syllables(sur) < 2) || genericNouns()[w.stem] {
		return false
	}
	for g := range genericNouns() {
		if strings.HasSuffix(w.stem, g) && syllables(g) >= 2 {
			return false
		}
	}
	if d.lx.titles[w.stem] || d.lx.roles[w.stem] || d.lx.stop[w.stem] || d.lx.notNames[w.stem] || d.lx.desks[w.stem] || notNameWords()[w.stem] || d.lx.anon[w.stem] || anonymised(w.stem, sur) || d.constituency(w.stem) || countryGroup(w.stem) {
		return false
	}
	if g, ok := d.lx.gaz[fold.Key(w.stem)]; ok && g.typ != Person && !g.weak {
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
		if g, ok := d.lx.gaz[fold.Key(b)]; ok && g.typ == Place {
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
	if !w.bare() || w.quoted || d.claimed[k-1] || phraseStop()[w.stem] || isDigitStart(w.stem) || d.verbal(w) {
		return false
	}
	ts := d.toksOf(w)
	if d.genitiveInside(k - 1) {
		return false // "서울의소리 백은종 대표": a genitive inside one word makes a proper name
	}
	return len(ts) > 0 && strings.HasPrefix(ts[len(ts)-1].POS, "NNG")
}

// foreignPart reports whether word i can be part of a foreign name written
// in Hangul ("레이 쥔", "샘 올트먼"): a bare Hangul word of one to five
// syllables that is not a title, a function word or a classed noun.
func (d *doc) foreignPart(i int) bool {
	return d.foreignPartOf(&d.words[i])
}

func (d *doc) foreignPartOf(w *word) bool {
	if w.josa != "" || w.comma || w.closeQ || w.paren != "" || w.stemE != w.ce || strings.ContainsRune(d.text[w.ce:w.e], '(') {
		return false // "장귀희씨(고 박 무 대표": a bracket opened inside the word ends the name
	}
	return d.foreignWord(w)
}

// nameEdgePart reports word q at an edge of a foreign name ending at word
// p that foreignPart turns down only for what stands around it: the first
// part right after an opening quote ("“도널드 트럼프 대통령이"), or the
// last part with its name in hanja ("쑨웨이둥(孫衛東) 외교부 부부장").
func (d *doc) nameEdgePart(q, p int) bool {
	w := d.words[q]
	if q == p && hanjaName(w.paren) {
		return d.hanjaNamed(&w)
	}
	if !w.openQ {
		return false
	}
	w.openQ = false
	return d.foreignPartOf(&w)
}

// hanjaNamed reports a bare Hangul word of two to five syllables, written
// with its hanja in brackets, that is no title, stop word or known place or
// organisation: the hanja vouch for a name, whatever the analyser makes of
// a Chinese name read in Korean (펑 + 샤오밍, the first part an adverb).
func (d *doc) hanjaNamed(w *word) bool {
	n := syllables(w.stem)
	if w.josa != "" || w.comma || w.closeQ || w.stemE != w.ce || !allHangul(w.stem) || n < 2 || n > 5 || d.notNameForm(w) && !d.hasClass(w, "인명") {
		return false
	}
	g, ok := d.lx.gaz[fold.Key(w.stem)]
	return !ok || g.typ == Person
}

// hanjaName reports the text of a bracket after a name that writes the name
// in hanja, with an age or a photo note after a middle dot or not:
// "孫衛東", "姜瑜·46·사진", "洪 吉童".
func hanjaName(paren string) bool {
	head, _, _ := strings.Cut(paren, "·")
	n := 0
	for _, r := range head {
		switch {
		case unicode.Is(unicode.Han, r):
			n++
		case r != ' ':
			return false
		}
	}
	return n >= 2 && n <= 4
}

// foreignWord is foreignPart without the demand that the word be bare: the
// last word of a name takes the particles, comma or age of the whole.
func (d *doc) foreignWord(w *word) bool {
	if !allHangul(w.stem) || w.openQ {
		return false
	}
	n := syllables(w.stem)
	if n < 1 || n > 5 {
		return false
	}
	if d.lx.titles[w.stem] || d.lx.roles[w.stem] || d.lx.stop[w.stem] || notNameWords()[w.stem] || d.lx.anon[w.stem] || genericNouns()[w.stem] || d.lx.ev.relTimes[w.stem] {
		return false
	}
	if g, ok := d.lx.gaz[fold.Key(w.stem)]; ok && !g.weak {
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
			// "출신인 스토더트": a predicate, not part of the name; but a proper
			// noun's last syllable misread as a verb form (틸러 + 슨) stays
			if strings.Contains(t.POS, "VCP") || strings.Contains(t.POS, "ETM") && !strings.HasPrefix(ts[0].POS, "NNP") {
				return false
			}
		}
	}
	return !d.commonNoun(w) && !d.verbForm(w)
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
	if pos == "ETM" && strings.HasPrefix(ts[0].POS, "VV") && syllables(w.stem) >= 2 {
		return true // "앵커를 지낸 김성준": a contracted adnominal (지내 + ㄴ) is the verb's, no name
	}
	return strings.HasPrefix(pos, "E") && endsAny(w.stem, "는", "던", "고", "며", "지", "게", "다", "서", "면", "도록", "아", "어", "였", "았", "었", "니", "까", "한", "된", "할", "될", "인", "은", "을", "해", "기")
}

// dictionaryPersons takes the analyser's person names (NNP 인명) that look
// like Korean names; others in that class are often place or brand names.
func (d *doc) dictionaryPersons() {
	for i := range d.words {
		w := &d.words[i]
		if d.claimed[i] || w.quoted || !d.hasClass(w, "인명") || d.lx.desks[w.stem] {
			continue // a newsroom desk ("사회부") the analyser also knows as a name
		}
		// "도널드 트럼프": a foreign first name and surname, both known as names
		// (two Korean names side by side are two people: "권하늘 박서준")
		if w.bare() && i+1 < len(d.words) && d.words[i+1].sent == w.sent && !d.claimed[i+1] && d.hasClass(&d.words[i+1], "인명") && !d.words[i+1].quoted &&
			!(d.koreanName(i) && d.koreanName(i+1)) &&
			!d.strongGaz(w.stem) && !d.strongGaz(d.words[i+1].stem) && !d.isTerm(w.stem) && !d.isTerm(d.words[i+1].stem) {
			nx := &d.words[i+1]
			if h := d.institutionAfter(i + 1); h > 0 {
				// "웨이크 포리스트 의대": a school or hospital named after a person or a place
				parts := make([]string, 0, h-i+1)
				for k := i; k <= h; k++ {
					parts = append(parts, d.words[k].stem)
				}
				e := d.entity(Org, strings.Join(parts, " "))
				e.mention(d.text, w.cs, d.words[h].stemE)
				d.claim(i, h, e)
				continue
			}
			e := d.entity(Person, w.stem+" "+nx.stem)
			e.mention(d.text, w.cs, nx.stemE)
			d.claim(i, i+1, e)
			continue
		}
		if d.shippedName(w) {
			d.addNamed(Person, i) // "트럼프는": a name of the shipped dictionary standing alone
			continue
		}
		if !d.koreanName(i) || syllables(w.stem) < 3 || d.countedNoun(i) || d.nounAndParticle(w.stem) || japaneseReading(w) || d.actionNounHae(w) || d.spacedHaVerb(i) {
			continue
		}
		d.addNamed(Person, i)
	}
}

// japaneseReading reports a word whose hanja in brackets has fewer or more
// characters than the word has syllables ("나가노(長野)"): a Japanese
// reading, never a Korean name, whose hanja are read one syllable each
// ("홍길동(洪吉童)").
func japaneseReading(w *word) bool {
	n := 0
	for _, r := range w.paren {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		n++
	}
	return n > 0 && n != syllables(w.stem)
}

// shippedName reports a word that is one person name of the names
// dictionary sosik ships (or a user dictionary): curated, so trusted alone.
func (d *doc) shippedName(w *word) bool {
	ts := d.toksOf(w)
	return len(ts) == 1 && ts[0].User && ts[0].Class == "인명" && ts[0].Surface == w.stem && syllables(w.stem) >= 2
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
		if institutionHeads()[d.words[k].stem] {
			return k
		}
		if !d.words[k].bare() || d.claimed[k] {
			return -1
		}
	}
	return -1
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
	if !nameEndParticle()[w.josa] || w.stemE+len(w.josa) != w.ce || w.comma || w.closeQ || w.paren != "" {
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

// anonymised reports a surname with 모 for its given name ("정모씨",
// "강모(52)씨"): the press hides a person's name this way, so it names no
// one.
func anonymised(s, sur string) bool {
	return sur != "" && s[len(sur):] == "모"
}

// foreignNames joins a common foreign given name (lexicon
// foreign_given_names.txt) and the name-like word after it into one
// person: "톰 행크스", "벤 킹슬리", "샘 올트먼". The second word must be no
// dictionary common noun unless the analyser reads it as a name, so
// "마크 디자인" stays apart.
func (d *doc) foreignNames() {
	for i := 0; i+1 < len(d.words); i++ {
		w, nx := &d.words[i], &d.words[i+1]
		if d.claimed[i] || d.claimed[i+1] || !d.lx.givenNames[w.stem] || !w.bare() || w.quoted || nx.quoted || nx.sent != w.sent || nx.s != w.e+1 {
			continue
		}
		if syllables(nx.stem) < 2 || !d.foreignWord(nx) || d.plainNoun(nx) && !d.hasClass(nx, "인명") || d.lx.kinds[nx.stem] || d.koreanName(i+1) {
			continue
		}
		if d.institutionAfter(i+1) > 0 {
			continue // "로버트 스미스 메디컬 센터": an institution named after a person
		}
		e := d.entity(Person, w.stem+" "+nx.stem)
		e.mention(d.text, w.cs, nx.stemE)
		d.claim(i, i+1, e)
		i++
	}
	d.kindForeignNames()
}

// kindForeignNames reads two foreign-shaped words after a noun for a kind
// of person as that person's name ("미드필더 알라이시스 로마오는", "화가
// 오렐리앙 바르동의"): neither word a dictionary common noun, a title, a
// known place or organisation, nor a Korean name, and one of them read as
// a name.
func (d *doc) kindForeignNames() {
	for i := 1; i+1 < len(d.words); i++ {
		k, w, nx := &d.words[i-1], &d.words[i], &d.words[i+1]
		if !d.lx.kinds[k.stem] || !k.bare() || d.claimed[i] || d.claimed[i+1] || !w.bare() || w.quoted || nx.quoted ||
			k.sent != w.sent || nx.sent != w.sent || nx.s != w.e+1 || nx.paren != "" {
			continue
		}
		last, end := nx.stem, nx.stemE
		if b, ok := strings.CutSuffix(last, "의"); ok && nx.josa == "" && syllables(b) >= 2 {
			last, end = b, end-len("의") // "바르동의": the genitive the word splitter leaves on
		}
		if syllables(w.stem) < 2 || !d.kindNamePart(w.stem) || !d.kindNamePart(last) || d.koreanName(i) || d.koreanName(i+1) {
			continue
		}
		if !d.foreignNameWord(w.stem) && !d.foreignNameWord(last) {
			continue // one part at least must read as a name
		}
		if d.institutionAfter(i+1) > 0 {
			continue
		}
		e := d.entity(Person, w.stem+" "+last)
		e.mention(d.text, w.cs, end)
		d.claim(i, i+1, e)
		i++
	}
}

// kindNamePart reports a word that may be part of a transliterated name
// the analyser splits (오세르 + 트): no single common noun, title or stop
// word, and no place or organisation of the gazetteer.
func (d *doc) kindNamePart(w string) bool {
	n := syllables(w)
	if !allHangul(w) || n < 2 || n > 5 || d.isTitleWord(w) || d.lx.stop[w] || notNameWords()[w] || genericNouns()[w] || d.lx.kinds[w] {
		return false
	}
	ts := d.x.an.Analyze(w)
	if len(ts) == 0 || len(ts) == 1 && ts[0].Known && strings.HasPrefix(ts[0].POS, "NNG") {
		return false
	}
	g, ok := d.lx.gaz[fold.Key(w)]
	return !ok || g.typ == Person
}

// constituencyMarks end the name of an electoral district split in parts:
// 부천병, 강남갑.
var constituencyMarks = []string{"갑", "을", "병", "정"}

// constituency reports an electoral district: a known place and one of
// constituencyMarks ("부천병 후보" is no person 부천병).
func (d *doc) constituency(s string) bool {
	for _, m := range constituencyMarks {
		if b, ok := strings.CutSuffix(s, m); ok && syllables(b) >= 2 && d.knownPlace(b) {
			return true
		}
	}
	return false
}

// countryInitials are the one-syllable short forms of countries that news
// strings together for a group of them ("한미일", "한중일", "남북미").
var countryInitials = setOf(`한 미 일 중 북 남 러 영 독 불 호 인 베`)

// countryGroup reports a word of three or four country initials ("한미일
// 외교장관"): a group of countries, not a surname and a given name.
func countryGroup(s string) bool {
	n := 0
	for _, r := range s {
		if !countryInitials()[string(r)] {
			return false
		}
		n++
	}
	return n >= 3 && n <= 4
}

// actionNounHae reports a bare word that is an action noun and 해, the
// connective of its verb with 하다 ("호텔로 이동해 쉬었다"), which the
// dictionary may also list as a person name.
func (d *doc) actionNounHae(w *word) bool {
	n, ok := strings.CutSuffix(w.stem, "해")
	if !ok || !w.bare() || syllables(n) < 2 {
		return false
	}
	ts := d.x.an.Analyze(n)
	return len(ts) == 1 && ts[0].Surface == n && strings.HasPrefix(ts[0].POS, "NNG") && ts[0].Class == "행위"
}

// rejoinGenitiveName reads "김성의 교수": a three-syllable name whose last
// syllable the analyser took for the genitive 의, right before a title of
// the table. The part before 의 must be nothing the lexicon knows (한국의,
// 서울의 stay genitives), and when the dictionary knows it as a word (최고의
// 감독) the story must also call the person by surname and the same title
// (김 교수) elsewhere, or the name must follow a titled item of a comma
// list ("A 대표이사, 김성의 한빛일보 대표이사").
func (d *doc) rejoinGenitiveName(p int, title string) {
	w := &d.words[p]
	if d.claimed[p] || !d.lx.titles[title] || w.josa != "의" || w.stemE+len(w.josa) != w.ce || w.comma || w.closeQ || w.paren != "" || w.quoted {
		return
	}
	core := d.text[w.cs:w.ce]
	sur := d.lx.surnameOf(core)
	if syllables(core) != 3 || syllables(sur) != 1 || !givenNameSyllables(core[len(sur):]) || !d.nameString(core) {
		return
	}
	if _, ok := d.lx.gaz[fold.Key(w.stem)]; ok || d.lx.stop[w.stem] || genericNouns()[w.stem] {
		return
	}
	if d.plainNoun(w) && !d.surnameTitle(p+1, sur, title) && !d.titledItemBefore(p) {
		return
	}
	w.stem, w.josa, w.stemE = core, "", w.ce
}

// surnameTitle reports the surname and title written as two words ("김
// 교수") in a word from k on.
func (d *doc) surnameTitle(k int, sur, title string) bool {
	for ; k+1 < len(d.words); k++ {
		if d.words[k].stem == sur && d.words[k].bare() && d.words[k+1].stem == title {
			return true
		}
	}
	return false
}

// titledItemBefore reports word p following a comma-closed title, the end
// of the item before it in a list of titled people.
func (d *doc) titledItemBefore(p int) bool {
	if p == 0 || d.words[p-1].sent != d.words[p].sent || !d.words[p-1].comma || d.words[p-1].josa != "" {
		return false
	}
	t0, _ := d.titleAt(p-1, p-1)
	return t0 == p-1
}
