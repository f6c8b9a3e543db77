package extract

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/fold"
	"github.com/sosik-news/sosik/internal/korean"
)

// lightVerbs turn a predicate noun before them into a predicate:
// "회동을 했다", "인사를 나눴다", "출장길에 올랐다", "설립에 나선",
// "회담을 열었다", "소송에 착수한", "체결키로" (하기로). 합 is only 합니다's: "인수합병" is
// one noun.
var lightVerbs = []string{"하", "한", "할", "했", "해", "함", "합니", "합시", "키로", "되", "된", "될", "됐", "돼", "가졌", "갖", "가지", "가진", "가질", "나누", "나눴", "나눈", "나눠",
	"진행", "벌이", "벌였", "벌인", "추진", "넓히", "넓힐", "넓혀", "넓힌", "확대", "강화", "모색", "나서", "나선", "나설", "나섰", "올랐", "오르", "오른", "올라", "떠나", "떠났", "떠난", "이뤄", "이루", "성사", "제기", "냈", "낸", "내", "걸었", "건", "단행", "마무리", "완료", "결정", "함께하", "함께했", "함께한", "함께할", "함께해",
	"열었", "열어", "열고", "열기", "연다", "착수", "시키", "시켰", "시킨", "시킬", "시켜"}

// rangeNouns may stand between a predicate noun and its light verb:
// "협력 범위를 넓힐", "정상회담 등을 갖고".
var rangeNouns = setOf(`범위 규모 수위 폭 방안 계획 속도 등`)

// meansNouns after "협력 강화", "투자 확대" make the pair a noun phrase
// naming what is discussed or sought, no event: "협력 강화 방안".
var meansNouns = setOf(`방안 방향 방법 필요성 여부`)

// seeks reports a verb trigger of travel (찾다) whose object is a thing
// sought (sought_nouns.txt): "해법을 찾고", "돌파구를 찾아".
func (d *doc) seeks(tr trigger, from int) bool {
	if tr.noun != "" || tr.typ != Travel {
		return false
	}
	for k := tr.t - 1; k >= from; k-- {
		w := &d.words[k]
		if w.quoted || roleOf(w.josa) != roleObj {
			continue
		}
		for _, n := range d.lx.ev.soughtNouns {
			if strings.HasSuffix(w.stem, n) {
				return true
			}
		}
		return false
	}
	return false
}

// goVerbs are the forms of 가다 that make a travel noun a predicate
// ("출장을 간 후"); each is the whole eojeol but for a trailing ending in
// goPrefixes.
var goVerbs, goPrefixes = setOf(`가 간 갈 가는`), []string{"갔", "가서", "가기로", "간다", "가게", "가려"}

// goesTo reports a form of 가다 after travel noun n: 가다 is too short a
// stem to be one of the light verbs of every predicate noun.
func (d *doc) goesTo(n, c string) bool {
	if !strings.HasPrefix(d.lx.ev.nouns[n], string(Travel)) {
		return false
	}
	if goVerbs()[strings.TrimRight(c, ".,")] {
		return true
	}
	for _, p := range goPrefixes {
		if strings.HasPrefix(c, p) {
			return true
		}
	}
	return false
}

// rangeNext reports a bare compound predicate noun at word i followed by a
// range noun in the object case: "정상회담 등을 갖고".
func (d *doc) rangeNext(i, end int) bool {
	w := &d.words[i]
	return w.bare() && i+1 < end && rangeNouns()[d.words[i+1].stem] && roleOf(d.words[i+1].josa) == roleObj
}

// visitor is the person or organisation whose visit the visit noun of tr
// names in the genitive, read back over up to three bare modifiers (the
// place and kind of the visit): "김 대통령의 일본 국빈 방문을"; nil when
// none.
func (d *doc) visitor(st sentence, tr trigger) *entity {
	if tr.noun == "" || tr.typ != Travel && tr.typ != Visit {
		return nil
	}
	k := tr.t - 1
	for n := 0; k >= st.w0 && n < maxModifiers && d.words[k].bare() && !d.words[k].quoted; n++ {
		k--
	}
	if k < st.w0 || d.words[k].quoted || d.words[k].josa != "의" {
		return nil
	}
	if e := d.head[k]; e != nil && (e.Type == Person || e.Type == Org) {
		return e
	}
	return nil
}

// commaPredicate reports a predicate noun closed by a comma after its
// object, the written connective "청와대를 방문, …" (방문하여); an adjunct
// in 으로 or 에 may stand between ("의원을 고소인 자격으로 소환, …").
func (d *doc) commaPredicate(i int) bool {
	w := &d.words[i]
	if !w.comma || w.josa != "" || w.quoted || i == 0 || strings.Contains(d.text[w.ce:w.e], "·") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		p := &d.words[k]
		if p.sent != w.sent || p.quoted {
			return false
		}
		if r := roleOf(p.josa); r == roleObj {
			return true
		} else if r != roleDir && r != roleLoc {
			return false
		}
	}
	return false
}

// lightVerbWords are light verbs matched as whole words: "열" is 열다 before
// a plan ("회담을 열 예정"), while words it opens (열심히, 열띤) are none.
var lightVerbWords = setOf(`열 열기로`)

func hasLightPrefix(s string) bool {
	if lightVerbWords()[s] {
		return true
	}
	for _, l := range lightVerbs {
		if strings.HasPrefix(s, l) {
			return true
		}
	}
	return false
}

// trigger is an event predicate found at word t; pe is the word that ends
// the predicate (the light verb).
type trigger struct {
	typ   EventType
	dest  string
	t, pe int
	noun  string
}

func firstRunes(s string, n int) string {
	for k := range s {
		if n == 0 {
			return s[:k]
		}
		n--
	}
	return s
}

// triggerCandidates lists the predicate nouns that may start the core or
// end the stem (compounds such as 출장길, 3자회동).
func (d *doc) triggerCandidates(core, stem string) []string {
	idx := d.lx.ev.index
	out := idx[firstRunes(core, 2)]
	// the stem's last two and last three letters, by byte offset (no rune
	// slice: this runs for every word)
	off, runes := len(stem), 0
	for runes < 3 && off > 0 {
		_, w := utf8.DecodeLastRuneInString(stem[:off])
		off -= w
		runes++
		if runes >= 2 && off > 0 {
			for _, n := range idx[firstRunes(stem[off:], 2)] {
				if strings.HasSuffix(stem, n) {
					out = append(out[:len(out):len(out)], n)
				}
			}
		}
	}
	return out
}

// triggerAt decides whether word i starts an event predicate.
func (d *doc) triggerAt(i, end int) (trigger, bool) {
	if tr, ok := d.verbTriggerAt(i, end); ok {
		return tr, true
	}
	if tr, ok := d.placeTripAt(i, end); ok {
		return tr, true
	}
	w := &d.words[i]
	core := d.text[w.cs:w.ce]
	for _, n := range d.triggerCandidates(core, w.stem) {
		var rest string
		switch {
		case strings.HasPrefix(core, n):
			rest = core[len(n):]
		case strings.HasSuffix(w.stem, n) && syllables(w.stem) > syllables(n) && (w.josa != "" || d.rangeNext(i, end)):
			// compound: 출장길, 3자회동 — the noun ends the stem
			rest = ""
		default:
			continue
		}
		typ, dest, _ := strings.Cut(d.lx.ev.nouns[n], "/")
		tr := trigger{typ: EventType(typ), dest: dest, t: i, pe: i, noun: n}
		if pe, ok := d.nounPredicate(i, end, n, rest); ok {
			tr.pe = pe
			return tr, true
		}
	}
	return trigger{}, false
}

// verbTriggerAt matches the verb rows of events.tsv at word i.
func (d *doc) verbTriggerAt(i, end int) (trigger, bool) {
	w := &d.words[i]
	core := d.text[w.cs:w.ce]
	for _, v := range d.lx.ev.verbs {
		if !strings.HasPrefix(core, v.prefix) {
			continue
		}
		if v.next != "" {
			if i+1 < end && !d.words[i+1].quoted && strings.HasPrefix(d.text[d.words[i+1].cs:d.words[i+1].ce], v.next) {
				return trigger{typ: v.typ, t: i, pe: i + 1}, true
			}
			continue
		}
		ts := d.toksOf(w)
		if len(ts) > 0 && (strings.HasPrefix(ts[0].POS, "VV") || !ts[0].Known) {
			return trigger{typ: v.typ, t: i, pe: i}, true
		}
		// a noun+verb compound row (선고받): the verb begins inside the prefix
		if len(ts) > 1 && len(ts[0].Surface) < len(v.prefix) && strings.HasPrefix(ts[1].POS, "VV") && ts[1].Start < w.cs+len(v.prefix) {
			return trigger{typ: v.typ, t: i, pe: i}, true
		}
	}
	return trigger{}, false
}

// nounPredicate decides whether predicate noun n at word i (followed in
// its eojeol by rest) is used as a predicate, and returns the word that
// ends the predicate: 회동했다, 회동을 가졌다, 협력 범위를 넓힐, 회동 사실을.
func (d *doc) nounPredicate(i, end int, n, rest string) (int, bool) {
	w := &d.words[i]
	stemRest := strings.TrimPrefix(w.stem, n)
	switch {
	case rest != "" && stemRest != "" && hasLightPrefix(rest) && (rest == stemRest+w.josa || w.closeQ && rest == stemRest):
		// (a particle after a closing quote is outside the core: "회동했다"고)
		// 인사하다 is also "to appoint": only 인사(를) 나누다 is a meeting
		return i, n != "인사" || strings.HasPrefix(rest, "나")
	case rest != "" && stemRest == "" && hasLightPrefix(rest):
		return i, true
	case stemRest != "" && rest == stemRest+w.josa && d.isLink(stemRest):
		if nx := i + 1; !d.headline(w.sent) && w.josa == "" && !w.comma && !w.closeQ && nx < end && !d.verbal(&d.words[nx]) && !d.words[nx].quoted && !d.isLink(d.words[nx].stem) {
			return 0, false // "투자계획 조사결과를": the compound names another thing (not "합병설 보도를", nor a headline's "회동설 부인")
		}
		return i, true // "회동설을 부인했다"
	case stemRest == "" || strings.HasSuffix(w.stem, n):
		if d.commaPredicate(i) {
			return i, true // "청와대를 방문, 박 대통령과 회담한다"
		}
		if i+1 == end && w.josa == "" && d.headline(w.sent) {
			return i, true // a headline ends on the predicate noun: "박영희 사장과 회동"
		}
		if i+1 >= end || d.words[i+1].quoted {
			return 0, false
		}
		if d.progressiveAfter(i, end) {
			return i + 1, true // "협상 중인 것으로 알려졌다"
		}
		return d.lightVerbAfter(i, end, n)
	}
	return 0, false
}

// lightVerbAfter finds the light verb (or a link word of event_links.txt)
// after predicate noun n at word i.
func (d *doc) lightVerbAfter(i, end int, n string) (int, bool) {
	w := &d.words[i]
	nx := &d.words[i+1]
	nxCore := d.text[nx.cs:nx.ce]
	r := roleOf(w.josa)
	if w.josa == "" && d.isLink(nx.stem) {
		return i + 1, true // "회동 사실을 부인했다", "방문 계획을 밝혔다"
	}
	if (r == roleObj || r == roleLoc || w.josa == "") && hasLightPrefix(nxCore) && !d.lx.titles[nx.stem] && !d.startsTrigger(nx) {
		if n == "인사" && !strings.HasPrefix(nxCore, "나") {
			return 0, false
		}
		if w.josa == "" && !strings.HasPrefix(nxCore, "나서") && !strings.HasPrefix(nxCore, "나선") && !strings.HasPrefix(nxCore, "하") && !strings.HasPrefix(nxCore, "확대") && !strings.HasPrefix(nxCore, "강화") {
			return 0, false
		}
		if w.josa == "" && nx.josa == "" && !nx.comma && nxCore == nx.stem && i+2 < end && meansNouns()[d.words[i+2].stem] {
			return 0, false // "협력 강화 방안을 논의했다": the means are discussed, no cooperation told
		}
		return i + 1, true
	}
	if (r == roleObj || r == roleLoc) && d.goesTo(n, nxCore) {
		return i + 1, true // "출장을 간 후", "출장길에 갔다"
	}
	if w.josa == "" && rangeNouns()[nx.stem] && roleOf(nx.josa) == roleObj && i+2 < end && hasLightPrefix(d.text[d.words[i+2].cs:d.words[i+2].ce]) {
		return i + 2, true
	}
	if r == roleObj && d.isLink(nxCore) {
		return i + 1, true // "회담을 취소했다"
	}
	if r == roleObj {
		// "회담을 다음 달로 연기했다", "회동을 돌연 취소했다": a link verb
		// after an adverb or an adverbial phrase
		for k := i + 1; k < end && k <= i+4; k++ {
			w := &d.words[k]
			if w.quoted || (w.josa != "" && roleOf(w.josa) != roleDir && roleOf(w.josa) != roleLoc) {
				break
			}
			if d.verbal(w) {
				c := d.text[w.cs:w.ce]
				// "협약식을 9일 본사에서 가졌다": a light verb after the day and the place
				return k, d.isLink(c) || strings.HasPrefix(c, "가졌") || strings.HasPrefix(c, "가진") || strings.HasPrefix(c, "갖")
			}
		}
	}
	if r == roleSubj {
		// "회동은 (끝내) 불발됐다", "회담이 좋은 분위기에서 개최됐다": the
		// predicate noun is the subject of a link verb after adverbials
		for k := i + 1; k < end && k <= i+maxAdverbials; k++ {
			c := d.text[d.words[k].cs:d.words[k].ce]
			if d.isLink(c) && d.verbal(&d.words[k]) {
				// a topic is never the subject of a relative clause: "이번 순방은
				// 오는 11월 부산에서 열리는 회의를 염두에 둔" links no trip
				return k, !(w.josa == "은" || w.josa == "는") || !d.adnominal(k) || k+1 >= end || complementNouns()[d.words[k+1].stem]
			}
			if r := roleOf(d.words[k].josa); d.words[k].quoted || r == roleSubj || r == roleObj || d.verbal(&d.words[k]) && (endsAny(c, "고", "며", "면서") || d.closesClause(k, false, c)) {
				break
			}
		}
	}
	return 0, false
}

// startsTrigger reports whether word w begins with a predicate noun of its
// own ("합의했다" is no light verb 합- after "투자에").
func (d *doc) startsTrigger(w *word) bool {
	core := d.text[w.cs:w.ce]
	for _, n := range d.triggerCandidates(core, w.stem) {
		if strings.HasPrefix(core, n) {
			return true
		}
	}
	return false
}

// isLink reports whether s starts with a link word of event_links.txt.
func (d *doc) isLink(s string) bool {
	for _, l := range d.lx.ev.links {
		if strings.HasPrefix(s, l) {
			return true
		}
	}
	return false
}

// findEvents runs the predicate lexicon over every sentence and fills each
// event's actors, object, place, date and certainty.
func (d *doc) findEvents() []Event {
	out := []Event{}
	d.dotGroups()
	d.etcGroups()
	var carried []*entity   // the subject a clause without one inherits
	carriedPassive := false // that subject underwent a passive predicate ("…이 선임됐다")
	for si, st := range d.sents {
		if st.summary() {
			continue
		}
		passive := false
		for i := st.w0; i < st.w1; i++ {
			if d.words[i].quoted {
				continue
			}
			tr, ok := d.triggerAt(i, st.w1)
			if !ok {
				continue
			}
			subj := carried
			if carriedPassive && d.lx.ev.frameOf(tr.typ).objectActor && !d.passive(tr.pe) {
				subj = nil // "A가 선임됐다. … B를 선출했다": A did not choose B
			}
			ev, ok := d.buildEvent(si, tr, subj)
			if ok {
				out = appendEvent(out, ev)
			}
			passive = passive || d.passive(tr.pe)
			i = tr.pe
		}
		for _, ev := range d.quotedEvents(si) {
			out = appendEvent(out, ev)
		}
		if s := d.sentenceSubject(si); len(s) > 0 {
			carried, carriedPassive = s, passive
		}
	}
	return out
}

// appendEvent merges an event into one already found for the same
// real-world event: same type and actors, certainty both factual or equal,
// and no clash of date, place or object (a caption, the headline and the
// body often tell the same meeting). The merged event keeps every
// sentence that tells it in Mentions.
func appendEvent(out []Event, ev Event) []Event {
	for k := range out {
		o := &out[k]
		if o.Type != ev.Type || !sameSet(o.Actors, ev.Actors) || !sameCertainty(o.Certainty, ev.Certainty) ||
			!fits(o.Date, ev.Date) || !fits(o.Place, ev.Place) || !fits(o.Object, ev.Object) {
			continue
		}
		o.Date = cmp.Or(o.Date, ev.Date)
		o.Place = cmp.Or(o.Place, ev.Place)
		o.Object = cmp.Or(o.Object, ev.Object)
		if o.Certainty == Reported && ev.Certainty == Asserted {
			o.Certainty, o.Marker = Asserted, nil
		}
		for _, m := range ev.Mentions {
			if !slices.Contains(o.Mentions, m) {
				o.Mentions = append(o.Mentions, m)
			}
		}
		return out
	}
	return append(out, ev)
}

// sameCertainty: asserted and reported tell the same fact; other levels
// must agree.
func sameCertainty(a, b Certainty) bool {
	return a == b || (a.Factual() && b.Factual())
}

// fits: two values of a field agree when equal or when one is unknown.
func fits(a, b string) bool { return a == b || a == "" || b == "" }

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]bool{}
	for _, x := range a {
		m[x] = true
	}
	for _, x := range b {
		if !m[x] {
			return false
		}
	}
	return true
}

// sentenceSubject is what the sentence is about, for the next clauses that
// drop their subject: its first entity subject (or the group a genitive
// list stands for).
func (d *doc) sentenceSubject(si int) []*entity {
	st := d.sents[si]
	for i := st.w0; i < st.w1; i++ {
		w := &d.words[i]
		if w.quoted || roleOf(w.josa) != roleSubj {
			continue
		}
		if a := d.subjectEntities(i, st.w0); len(a) > 0 {
			return a
		}
	}
	if a := d.alsoSubjects(st); len(a) > 0 {
		return a // "A 대통령과 B 위원장도": the titled names the particle ends
	}
	// "홍길동 씨도 … 부인했다": a subject marked by 도 when no other is
	for i := st.w0; i < st.w1; i++ {
		j := i
		if i+1 < st.w1 && d.words[i+1].stem == "씨" {
			j = i + 1 // "홍길동 씨도"
		}
		if e := d.head[i]; e != nil && !d.words[i].quoted && roleOf(d.words[j].josa) == roleAlso && (e.Type == Person || e.Type == Org) {
			return []*entity{e}
		}
	}
	// "이 회장의 이번 출장은": the owner of the subject
	for i := st.w0; i < st.w1; i++ {
		if e := d.head[i]; e != nil && roleOf(d.words[i].josa) == roleGen && d.nextHeadRole(i, st.w1) == roleSubj && (e.Type == Person || e.Type == Org) {
			return []*entity{e}
		}
	}
	return nil
}

// subjectEntities are the entities a subject word stands for.
func (d *doc) subjectEntities(i, lo int) []*entity {
	if o := d.bracketOwner(i, lo); o != i {
		if e := d.head[o]; e != nil && (e.Type == Person || e.Type == Org || e.Type == Place) {
			return d.coordinated(o, lo)
		}
		i = o // "한국연구원(원장 이영희)은": the owner, even unrecognised, is the subject
	}
	if e := d.unitOwner(i, lo); e != nil {
		return []*entity{e} // "서울중앙지법 형사1부는"
	}
	if w := &d.words[i]; w.stem == "측" && i > lo && d.words[i-1].josa == "" && d.head[i-1] != nil {
		return d.coordinated(i-1, lo) // "이민호 회장 측은": the side of a person speaks for them
	}
	if e := d.head[i]; e != nil && (e.Type == Person || e.Type == Org || e.Type == Place) {
		return d.coordinated(i, lo) // "A와 B가", "A, B는"
	}
	if g := d.group[i]; len(g) > 0 {
		return g
	}
	// "김철수 대표·박영희 사장은", "김철수 한빛 대표·박영희 누리 사장은": a
	// dotted pair of titled names, the last one's affiliation between
	for k := d.npStart(i, lo); k < i; k++ {
		if g := d.group[k]; len(g) > 0 && d.words[k].bare() && (k+1 == i || k+2 == i && d.affiliationWord(k+1)) {
			return g
		}
	}
	// "심원환 삼성전자 구미 공장장이": the person a title phrase begins with
	if e := d.titledPerson(i, lo); e != nil {
		return d.titledList(i, lo, e)
	}
	w := &d.words[i]
	// "문재인 대통령과 시·도지사는": the named part of a coordinated subject
	if j := d.npStart(i, lo) - 1; j >= lo && (d.words[j].josa == "와" || d.words[j].josa == "과") && d.head[d.bracketOwner(j, lo)] != nil {
		return d.coordinated(j, lo)
	}
	if groupNouns()[w.stem] || groupNouns()[strings.TrimSuffix(w.stem, "들")] {
		// walk back over bare modifiers to a genitive list
		k := i - 1
		for k >= lo && d.words[k].bare() && !d.words[k].quoted {
			k--
		}
		if k >= lo && roleOf(d.words[k].josa) == roleGen && d.head[k] != nil {
			return d.coordinated(k, lo)
		}
	}
	return nil
}

// titledPerson is the person a title phrase ending at word i begins with
// ("심원환 삼성전자 구미 공장장"), or nil.
func (d *doc) titledPerson(i, lo int) *entity {
	for k := d.npStart(i, lo); k < i; k++ {
		if e := d.head[k]; e != nil && e.Type == Person {
			return e
		}
	}
	return nil
}

// titledList returns person e, whose title phrase ends at word i, and the
// titled persons listed before it: "김철수 비서실장과 박영희 정책실장이",
// "김철수 실장, 박영희 수석은".
func (d *doc) titledList(i, lo int, e *entity) []*entity {
	out := []*entity{e}
	for j := d.npStart(i, lo) - 1; j >= lo; {
		w := &d.words[j]
		if w.quoted || !(w.comma && w.josa == "" || roleOf(w.josa) == roleCom && w.josa != "와의" && w.josa != "과의") {
			break
		}
		p := d.head[j]
		if p == nil || p.Type != Person {
			p = d.titledPerson(j, lo)
		}
		if p == nil || slices.Contains(out, p) {
			break
		}
		out = append([]*entity{p}, out...)
		j = d.npStart(j, lo) - 1
	}
	return out
}

// coordinated returns the entity at head word k and those listed before
// it: "A, B와 C", "A와 B", "A, B".
func (d *doc) coordinated(k, lo int) []*entity {
	if o := d.bracketOwner(k, lo); d.head[o] != nil {
		k = o
	}
	out := []*entity{d.head[k]}
	j := d.skipAffiliation(d.phrase0[k]-1, lo, d.head[k])
	for j >= lo {
		w := &d.words[j]
		r := roleOf(w.josa)
		o := d.bracketOwner(j, lo) // "A(장관 B)와 C는": A is listed, not B
		if d.head[o] == nil {
			o = j
		}
		if d.head[o] == nil || !(w.comma || (r == roleCom && w.josa != "와의" && w.josa != "과의")) {
			break
		}
		out = append([]*entity{d.head[o]}, out...)
		j = d.skipAffiliation(d.phrase0[o]-1, lo, d.head[o])
	}
	if len(out) == 1 {
		// a group pronoun in a list position
		if g := d.group[k]; len(g) > 0 {
			return g
		}
	}
	return out
}

// skipAffiliation returns where a list goes on before person e, whose
// phrase ends just after word j: before the organisation or country written
// bare in front of the name ("삼성전자 이재용 회장과 현대차 정의선 회장이",
// "중국 왕이 외교부장과"), else j itself.
func (d *doc) skipAffiliation(j, lo int, e *entity) int {
	if j < lo || e == nil || e.Type != Person {
		return j
	}
	if w := &d.words[j]; !w.bare() || w.quoted || w.sent != d.words[j+1].sent {
		return j
	}
	if o := d.head[j]; o != nil && (o.Type == Org || o.Type == Place) {
		return d.phrase0[j] - 1
	}
	// the affiliation as written, taken by the person's recogniser
	for k := j; k >= lo && k > j-4 && d.words[k].bare() && !d.words[k].quoted; k-- {
		if e.Affiliation != "" && d.text[d.words[k].cs:d.words[j].stemE] == e.Affiliation {
			return k - 1
		}
	}
	return j
}

func addActor(acts []string, seen map[string]bool, e *entity) []string {
	if e == nil || seen[e.Name] {
		return acts
	}
	seen[e.Name] = true
	return append(acts, e.Name)
}

// buildEvent fills an event for trigger tr in sentence si: its frame
// (actors, object, place, date) from the predicate's own clause and its
// certainty from the markers around the predicate.
func (d *doc) buildEvent(si int, tr trigger, carried []*entity) (Event, bool) {
	st := d.sents[si]
	ev := Event{Type: tr.typ, Actors: []string{}, Evidence: d.text[st.s:st.e], Start: st.s, End: st.e}
	seen := map[string]bool{}
	subj, ok := d.eventSubject(st, tr, carried, &ev, seen)
	if !ok {
		return ev, false
	}
	from := max(st.w0, d.clauseStart(st, tr.t))
	if subj >= 0 {
		from = max(subj+1, from)
	}
	fr := d.lx.ev.frameOf(tr.typ)
	if subj >= 0 && len(ev.Actors) == 0 && fr.object && d.passive(tr.pe) {
		ev.Object = d.passiveFrame(st, subj, &ev, seen)
	}
	fromSubject := len(ev.Actors)
	partnerNP := d.addPartners(&ev, seen, tr, max(from, d.attendedFrom(st, tr.t)))
	if fr.sides == 2 && fromSubject == 0 && subj >= 0 && len(ev.Actors) > 0 && d.head[subj] == nil && len(d.group[subj]) == 0 {
		return ev, false // "류 회장은 A 회장과 B 회장, C 회장 등을 만나" with 류 회장 unknown: one side is missing
	}
	if fr.sides == 2 && len(ev.Actors) == 1 {
		ev.Actors = addActor(ev.Actors, seen, d.attendee(st, tr.t))
	}
	if len(ev.Actors) == 1 && subj >= 0 {
		if g := d.groupSide(subj, st.w0); g != "" && !seen[g] {
			ev.Actors = append(ev.Actors, g) // "국회의장과 양당 원내대표는 만나"
		}
	}
	if !d.enoughSides(&ev) {
		return ev, false
	}
	if fr.object && ev.Object == "" {
		ev.Object = d.object(tr, from, partnerNP)
	}
	if fr.object && ev.Object == "" {
		ev.Object = d.passiveSubjectObject(st, subj, tr, &ev) // "A는 B에 인수됐다"
	}
	if d.seeks(tr, from) {
		return ev, false // "해법을 찾고 있다": no trip
	}
	ev.Place = d.place(tr, st, from)
	if ev.Place == "" && (tr.typ == Travel || tr.typ == Visit) {
		ev.Place = d.visitedPlace(tr, from)
	}
	dt := d.dateOf(st, tr, subj)
	if dt != nil {
		ev.Date = dt.Value
	}
	ev.Certainty, ev.Marker = d.certaintyOf(si, tr)
	if ev.Certainty == Asserted && dt != nil && d.datesPredicate(tr, *dt) && d.future(*dt, d.verbal(&d.words[tr.pe])) && !d.pastPredicate(tr.pe) {
		// "내달 만난다", "오는 15일 면담한다": an event dated after publication is planned
		ev.Certainty, ev.Marker = Planned, &Span{Start: dt.Start, End: dt.End, Text: dt.Text}
	}
	ev.Mentions = []Span{{Start: st.s, End: st.e, Text: ev.Evidence}}
	return ev, true
}

// eventSubject finds the subject word of the predicate (-1 when none) and
// adds its entities as actors: the nearest subject before the trigger, the
// noun a relative clause modifies ("출장 나선 이재용"), else the subject
// carried from an earlier sentence. ok is false when the clause only
// describes a thing.
func (d *doc) eventSubject(st sentence, tr trigger, carried []*entity, ev *Event, seen map[string]bool) (subj int, ok bool) {
	subj = d.clauseSubject(st, tr.t)
	// relative clause: "출장 나선 이재용" names its actor; "설치된 직통전화"
	// only describes a thing, so it is no event of the sentence's subject;
	// before a complement noun ("출장을 간 후 24일 A사 행사에") the
	// predicate modifies no one
	if pe := &d.words[tr.pe]; (pe.josa == "" || d.adnominalHaneun(st, tr)) && !pe.comma && !endsQuotative(d.text[pe.cs:pe.ce]) && (endsAdnominal(d.text[pe.cs:pe.ce]) || endsProspective(d.text[pe.cs:pe.ce]) && d.isEntityPhraseStart(tr.pe+1, st.w1)) && tr.pe+1 < st.w1 {
		nx := &d.words[tr.pe+1]
		if d.head[tr.pe+1] == nil && d.group[tr.pe+1] == nil && !complementNouns()[nx.stem] && !complementNouns()[firstRunes(d.text[nx.cs:nx.ce], 1)] && !d.isEntityPhraseStart(tr.pe+1, st.w1) {
			return subj, false
		}
		if !complementNouns()[nx.stem] && !complementNouns()[firstRunes(d.text[nx.cs:nx.ce], 1)] && d.modifiesThing(st, tr) {
			return subj, false
		}
		for k := tr.pe + 1; k < st.w1 && k <= tr.pe+4 && !d.ownSubject(subj, tr) && !complementNouns()[nx.stem]; k++ {
			if e := d.head[k]; e != nil && (e.Type == Person || e.Type == Org) {
				ev.Actors = addActor(ev.Actors, seen, e)
				return -1, true // the modified noun is the actor; the sentence's subject is not
			}
			if d.words[k].josa != "" {
				break
			}
		}
		if !d.ownSubject(subj, tr) && d.modifiesTitledNobody(st, tr) {
			return subj, false
		}
	}
	if e := d.visitor(st, tr); e != nil {
		ev.Actors = addActor(ev.Actors, seen, e)
		return -1, true // "양국은 김 대통령의 일본 방문을 추진키로 합의했다": the visitor is the owner
	}
	if subj < 0 {
		subj = d.headlineSubject(st, tr.t)
	}
	if subj < 0 && d.headline(d.words[st.w0].sent) {
		// "김철수·박영희 연내 회동 가능성": a headline's bare names are its actors
		for k := st.w0; k < tr.t; k++ {
			if e := d.head[k]; e != nil && d.words[k].josa == "" && (e.Type == Person || e.Type == Org) {
				for _, c := range d.coordinated(k, st.w0) {
					ev.Actors = addActor(ev.Actors, seen, c)
				}
			} else if g := d.group[k]; len(g) > 0 && d.words[k].josa == "" {
				for _, c := range g {
					ev.Actors = addActor(ev.Actors, seen, c)
				}
			}
		}
		if len(ev.Actors) > 0 {
			return -1, true
		}
	}
	if subj >= 0 {
		lo := st.w0
		if c := d.contrastStart(st, tr.t); c <= subj {
			lo = c // "A가 밀렸지만, 이번엔 B 후보들이 당선됐다": A is no actor
		}
		for _, e := range d.subjectEntities(subj, lo) {
			if e.Type == Person || e.Type == Org || e.Type == Place {
				ev.Actors = addActor(ev.Actors, seen, e)
			}
		}
		d.subjectFallback(subj, tr, carried, ev, seen)
		return subj, true
	}
	// "A와 B의 회동은 불발됐다": the owners of the predicate noun
	if k := d.nounOwners(tr.t, st.w0); k >= 0 {
		for _, e := range d.coordinated(k, st.w0) {
			ev.Actors = addActor(ev.Actors, seen, e)
		}
		return -1, true
	}
	if e := d.chainedRelativeHead(st, tr); e != nil {
		ev.Actors = addActor(ev.Actors, seen, e)
		return -1, true // "전남도청을 방문해 배두나 지사를 만난 류승범 사장은"
	}
	for _, e := range carried {
		ev.Actors = addActor(ev.Actors, seen, e)
	}
	return subj, true
}

// chainedRelativeHead is the person or company that a relative clause
// chained from the subjectless connective predicate of tr modifies: "방문해
// … 만난 류승범 사장은" makes 류승범 the visitor; nil when none.
func (d *doc) chainedRelativeHead(st sentence, tr trigger) *entity {
	if c := d.text[d.words[tr.pe].cs:d.words[tr.pe].ce]; d.words[tr.pe].quoted || !endsAny(c, "해", "고", "며", "하여", "해서") {
		return nil
	}
	for k := tr.pe + 1; k < st.w1-1 && k <= tr.pe+6; k++ {
		w := &d.words[k]
		if w.quoted || !d.verbal(w) || w.josa != "" {
			continue
		}
		c := d.text[w.cs:w.ce]
		if !endsAdnominal(c) || w.comma {
			if d.closesClause(k, false, c) || endsAny(c, "다", "다.") {
				return nil
			}
			continue
		}
		for j := k + 1; j < st.w1 && j <= k+3; j++ {
			if e := d.head[j]; e != nil && (e.Type == Person || e.Type == Org) {
				if p := d.head[min(j+1, st.w1-1)]; e.Type == Org && p != nil && p.Type == Person {
					return p // "만난 한빛전자 류승범 사장은"
				}
				return e
			}
			if d.words[j].josa != "" {
				break
			}
		}
		return nil
	}
	return nil
}

// passive reports whether the predicate word pe is a passive light verb
// (출시됐다, 공개된).
func (d *doc) passive(pe int) bool {
	for _, m := range d.morphemes(pe) {
		if m.lemma == "되" && (m.pos == "XSV" || m.pos == "VV") {
			return true
		}
	}
	return false
}

// passiveAgent reports word k an organisation in 에/에게 (or 에 의해)
// doing the passive predicate of tr when its frame takes an agent: "50대
// 남성이 경찰에 체포됐다".
func (d *doc) passiveAgent(k int, tr trigger) bool {
	w := &d.words[k]
	named := d.head[k] != nil && d.head[k].Type == Org
	if !d.lx.ev.frameOf(tr.typ).agent || k >= tr.t || !named && !d.lx.ev.genericAgent[w.stem] || !d.passive(tr.pe) {
		return false
	}
	return w.josa == "에게" || w.josa == "에" && (k+1 == tr.t || d.text[d.words[k+1].cs:d.words[k+1].ce] == "의해")
}

// subjectFallback finds the actors of a subject word that names no
// entity: a generic state body acting ("경찰은 … 체포했다"), else the pair
// or group the sentence carries, else the owner of a predicate noun in
// the genitive ("회사 측은 A 전무의 사임설은 사실무근").
func (d *doc) subjectFallback(subj int, tr trigger, carried []*entity, ev *Event, seen map[string]bool) {
	if len(ev.Actors) == 0 {
		d.genericAgentActor(subj, tr, ev, seen)
	}
	if len(ev.Actors) == 0 {
		d.pairActors(subj, carried, ev, seen)
	}
	if len(ev.Actors) == 0 {
		d.initialsActors(subj, ev, seen) // "남북은 합의했다"
	}
	lo := d.sents[d.words[tr.t].sent].w0
	if k := d.nounOwners(tr.t, lo); len(ev.Actors) == 0 && tr.noun != "" && k >= 0 {
		for _, e := range d.coordinated(k, lo) {
			ev.Actors = addActor(ev.Actors, seen, e) // "회사 측은 A 전무의 사임설은": the owner, when the subject names no one
		}
	}
}

// genericAgentActor adds word k's generic state body ("경찰", which the
// entity list leaves out) as a party of tr as written, when tr's frame
// takes an agent.
func (d *doc) genericAgentActor(k int, tr trigger, ev *Event, seen map[string]bool) {
	w := &d.words[k]
	if d.head[k] != nil || !d.lx.ev.frameOf(tr.typ).agent || !d.lx.ev.genericAgent[w.stem] || seen[w.stem] {
		return
	}
	seen[w.stem] = true
	ev.Actors = append(ev.Actors, w.stem)
}

// passiveFrame reads "X의 … Y가 출시됐다": the subject Y is what the
// event is about (returned as the object) and the organisations named
// before it in the sentence are the actors.
func (d *doc) passiveFrame(st sentence, subj int, ev *Event, seen map[string]bool) string {
	for k := st.w0; k < subj; k++ {
		if e := d.head[k]; e != nil && e.Type == Org && !d.words[k].quoted {
			ev.Actors = addActor(ev.Actors, seen, e)
		}
	}
	if len(ev.Actors) == 0 {
		return ""
	}
	return d.normTerms(d.nounPhrase(subj, st.w0))
}

// clauseSubject is the subject word of the predicate at t (-1 when
// none): the nearest subject before it, passing over the 이/가 subject of
// a relative clause in between ("심원환 공장장이 삼성그룹이 단행한 인사에서
// 승진했다"), which is taken only when there is no other.
func (d *doc) clauseSubject(st sentence, t int) int {
	inRelative, skipped, relNP := false, -1, -1
	for k := t - 1; k >= st.w0; k-- {
		w := &d.words[k]
		if w.quoted {
			continue
		}
		if w.josa == "" && !w.comma && !phraseStop()[w.stem] && d.adnominal(k) || d.haneunModifier(k) {
			// "대대적인 리모델링 공사가 진행 중인": a modifier of the relative
			// clause's own subject opens no other clause
			inRelative = inRelative || k+1 != relNP
			continue
		}
		if w.josa == "" && d.verbal(w) && endsAny(strings.TrimRight(d.text[w.cs:w.ce], ","), "되면", "하면", "나면") {
			inRelative = true // "임기가 시작되면 곧바로 사의를 표명한다": 임기 is the condition's subject
			continue
		}
		if (roleOf(w.josa) != roleSubj || w.stem == "") && !d.alsoSubject(k, st.w0) {
			continue
		}
		if inRelative && (w.josa == "이" || w.josa == "가") {
			inRelative = false
			relNP = d.npStart(k, st.w0)
			if skipped < 0 {
				skipped = k
			}
			continue
		}
		if j := d.chainedSubject(st, k); j >= 0 {
			return j
		}
		return k
	}
	return skipped
}

// alsoSubject reports a person or company in 도 at word k, the subject
// joining others ("박영희 장관도 사퇴했다", "한빛전자도 투자한다"); a thing in
// 도 is more often an object ("공장도 세웠다"), and a number in 도 is a
// year ("2019년도 선수").
func (d *doc) alsoSubject(k, lo int) bool {
	if d.words[k].josa != "도" || d.words[k].quoted || isDigitStart(d.words[k].stem) {
		return false
	}
	if e := d.head[k]; e != nil {
		return e.Type == Person || e.Type == Org
	}
	return d.titledPerson(k, lo) != nil
}

// chainedSubject: a topic k naming no one ("법안은") after a predicate
// chained from an earlier subject ("A와 B는 만나 법안은 상정하기로
// 합의했다") is what is talked about, and the earlier subject keeps the
// clause; -1 when k is the subject.
func (d *doc) chainedSubject(st sentence, k int) int {
	w := &d.words[k]
	if (w.josa != "은" && w.josa != "는") || d.head[k] != nil || len(d.group[k]) > 0 || len(d.subjectEntities(k, st.w0)) > 0 || d.lx.ev.groupSides[w.stem] {
		return -1
	}
	chained := false
	for j := k - 1; j >= st.w0; j-- {
		v := &d.words[j]
		if v.quoted {
			continue
		}
		if v.josa == "" && !v.comma && d.verbal(v) && !d.adnominal(j) {
			if endsAny(d.text[v.cs:v.ce], "지만", "으나", "는데", "은데") {
				return -1
			}
			chained = true
			continue
		}
		if roleOf(v.josa) == roleSubj {
			if chained {
				return j
			}
			return -1
		}
	}
	return -1
}

// adnominal reports whether word k is a verb form that modifies the next
// noun (단행한, 열린, 만날).
func (d *doc) adnominal(k int) bool {
	ms := d.morphemes(k)
	return len(ms) > 1 && ms[len(ms)-1].pos == "ETM" && !d.determinerHan(k)
}

// determinerHan reports a bare "한" that is the determiner "a, one"
// rather than 하다's adnominal: after a 의 phrase ("강릉의 한 식당") or
// before a place adjunct ("한 호텔에서 만나").
func (d *doc) determinerHan(k int) bool {
	w := &d.words[k]
	if d.text[w.cs:w.ce] != "한" || w.josa != "" {
		return false
	}
	if k > 0 && d.words[k-1].josa == "의" {
		return true
	}
	if k+1 < len(d.words) {
		switch d.words[k+1].josa {
		case "에서", "에":
			return true
		}
	}
	return false
}

// headlineSubject is the subject of a headline or subhead, which drops
// its particle and ends in a comma ("김철수 대표, 박영희 사장과 회동"):
// the first entity word before t that carries the comma; -1 when none.
func (d *doc) headlineSubject(st sentence, t int) int {
	if st.kind != article.KindHeadline && st.kind != article.KindSubhead {
		return -1
	}
	for k := st.w0; k < t; k++ {
		w := &d.words[k]
		if w.quoted || w.josa != "" {
			return -1
		}
		if w.comma && d.head[k] != nil {
			return k
		}
	}
	return -1
}

// addPartners adds the 와/과 partners of the predicate and, for frames
// whose object is a party (만나다, 임명하다), the object; it returns the
// partner phrase when the partner is no entity ("현지 기업들과").
func (d *doc) addPartners(ev *Event, seen map[string]bool, tr trigger, from int) string {
	var partnerNP string
	takesObject := d.lx.ev.frameOf(tr.typ).objectActor
	listing := false // after a partner in 와/과: "A 회장과 B 회장, C 회장 등 단체장을 만나"
	for k := from; k < tr.t || (k == tr.t && tr.pe > tr.t && d.words[k].josa != ""); k++ {
		w := &d.words[k]
		if w.quoted {
			continue
		}
		r := d.partnerRole(k, tr)
		if r == roleNone && listing && k < tr.t {
			ev.Actors = addActor(ev.Actors, seen, d.listedPartner(k, from))
			continue
		}
		listing = r == roleCom && d.head[k] != nil
		if r == roleNone && takesObject && k < tr.t && d.head[k] != nil && !w.comma && d.headline(w.sent) {
			r = roleObj // "김철수 대표, 박영희 사장 만날까": a headline drops the object's particle
		}
		if r == roleCom && !takesObject && d.coordinatedObject(k, tr.t) {
			continue // "A와 B를 선정했다고 발표": a list of objects, not partners
		}
		if r == roleObj && takesObject && d.relativeObject(k, tr.t) {
			continue // "김 총재를 수행했던 서 의원을 소환": the object of the relative clause
		}
		if r == roleCom && k+1 < tr.t && aboutWith(d.text[d.words[k+1].cs:d.words[k+1].ce]) {
			continue // "KBS 오보와 관련해": what the event concerns, not a party
		}
		dative := d.lx.ev.frameOf(tr.typ).dative && k < tr.t && (w.josa == "에게" || w.josa == "한테" ||
			d.head[k] != nil && d.head[k].Type == Org && (w.josa == "에서" || w.josa == "로부터" || w.josa == "으로부터")) // "법원에서 선고받았다"
		if d.head[k] == nil && d.passiveAgent(k, tr) {
			d.genericAgentActor(k, tr, ev, seen) // "남성이 경찰에 체포됐다"
			continue
		}
		dative = dative || d.passiveAgent(k, tr) // "검찰에 의해 기소됐다"
		if r != roleCom && !dative && (r != roleObj || !takesObject || k == tr.t) || d.embeddedBefore(d.sents[w.sent], w.e, tr.t) {
			continue // not a party, or the party of a clause in between ("B와 회동한 사실을 공개했다")
		}
		switch g := d.group[k]; {
		case r == roleCom && d.localGovernment(k):
			ev.Actors = addActor(ev.Actors, seen, d.head[k]) // "구로구가 당진시와 협약식을 갖고"
		case d.head[k] != nil && d.head[k].Type != Place:
			for _, e := range d.coordinated(k, from) {
				ev.Actors = addActor(ev.Actors, seen, e)
			}
		case len(g) > 0:
			for _, e := range g {
				ev.Actors = addActor(ev.Actors, seen, e)
			}
		case d.qualifiedTitle(k, from) != "":
			if desc := d.qualifiedTitle(k, from); !seen[desc] {
				seen[desc] = true
				ev.Actors = append(ev.Actors, desc)
			}
		case r == roleCom && k < tr.t:
			if t0, title := d.titleAt(k, from); t0 == k && d.lx.titleTab.class(title) == TitlePress {
				continue // "KBS 기자와 만나": the press is no party
			}
			partnerNP = d.nounPhrase(k, from)
			n := len(ev.Actors)
			// "GM 경영진과": the organisation inside the partner phrase takes part
			for j := d.npStart(k, from); j < k; j++ {
				if e := d.head[j]; e != nil && (e.Type == Org || e.Type == Person) {
					ev.Actors = addActor(ev.Actors, seen, e)
				}
			}
			if g := d.groupPhrase(k, from); g != "" && len(ev.Actors) == n && takesObject && !seen[g] {
				seen[g] = true
				ev.Actors = append(ev.Actors, g) // "유가족 대책위 지도부와 면담"
			}
		}
	}
	return partnerNP
}

// attendedFrom is the first word after a "참석한 가운데" clause before
// word t, whose attendees are no parties of the event ("A와 B 등이
// 참석한 가운데 협약을 체결했다"); the sentence's first word when none.
func (d *doc) attendedFrom(st sentence, t int) int {
	for k := t - 1; k > st.w0; k-- {
		if d.words[k].stem == "가운데" && d.adnominal(k-1) {
			return k + 1
		}
	}
	return st.w0
}

// listedPartner is the person or organisation of a list item after a
// partner in 와/과, closed by a comma or by 등 ("B 회장, C 회장 등"), or nil.
func (d *doc) listedPartner(k, from int) *entity {
	w := &d.words[k]
	if !(w.comma && !strings.Contains(d.text[w.ce:w.e], "·") || k+1 < len(d.words) && d.words[k+1].stem == "등") {
		return nil
	}
	if e := d.head[k]; e != nil && (e.Type == Person || e.Type == Org) {
		return e
	}
	return d.titledPerson(k, from)
}

// relativeObject reports an object in 을/를 at word k that belongs to a
// relative clause before the trigger at t: an adnominal verb follows it,
// and another object after that verb is the trigger's.
func (d *doc) relativeObject(k, t int) bool {
	for j := k + 1; j < t; j++ {
		w := &d.words[j]
		if w.josa != "" || w.quoted || !d.verbal(w) || !endsAdnominal(d.text[w.cs:w.ce]) {
			continue
		}
		for m := j + 1; m < t; m++ {
			if roleOf(d.words[m].josa) == roleObj {
				return true
			}
		}
		return false
	}
	return false
}

// mannerNouns say how an event happens when written alone before its
// predicate noun ("정식 선임", "신규 선임", "공식 MOU"): no object.
var mannerNouns = setOf(`정식 신규 공식 전격 정기 임시 긴급 최종 공동 단독 추가 본격 직접 상호 신임`)

// aboutWith reports a word after a 와/과 phrase that makes it what
// something concerns or is compared with, not a party: 관련해, 달리, 별도로.
func aboutWith(w string) bool {
	for _, p := range []string{"관련", "달리", "별도로", "마찬가지", "비교", "무관"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// enoughSides drops the reporters and photographers of the article from
// the actors (they tell the event, they are not in it) and checks the
// frame's number of sides: a meeting needs two.
func (d *doc) enoughSides(ev *Event) bool {
	credited := map[string]bool{}
	for _, n := range d.a.Byline.Names {
		credited[n] = true
	}
	for _, p := range d.a.Photos {
		if p.Photographer != "" {
			credited[p.Photographer] = true
		}
	}
	kept := ev.Actors[:0]
	for _, a := range ev.Actors {
		if !credited[a] {
			kept = append(kept, a)
		}
	}
	ev.Actors = kept
	return len(ev.Actors) > 0 && len(ev.Actors) >= d.lx.ev.frameOf(ev.Type).sides
}

// visitedPlace is the object of a travel predicate ("요양원을 찾아",
// "공장을 방문했다").
func (d *doc) visitedPlace(tr trigger, from int) string {
	for k := tr.t - 1; k >= from; k-- {
		w := &d.words[k]
		if w.quoted || d.lx.ev.visitAdj[d.text[w.cs:w.ce]] || d.inDate(k) {
			continue // "건설현장을 올해 들어 세 번째 시찰했다"
		}
		if nx := &d.words[k+1]; w.josa == "" && k+1 < tr.t && d.lx.ev.visitAdj[d.text[nx.cs:nx.ce]] {
			continue // the count of "세 번째", "두 달 만에"
		}
		if d.verbal(w) && w.josa == "" {
			return "" // "점을 사과하고자 방문했다": that object belongs to another verb
		}
		switch r := roleOf(w.josa); {
		case r == roleObj:
			if e := d.head[k]; e != nil && (e.Type == Place || e.Type == Org && d.siteName(e.Name)) {
				return e.Name // "평택 공장을 찾았다", "한빛전자 구미캠퍼스를 방문했다"
			} else if e == nil {
				return d.sitePhrase(k, from)
			}
			return ""
		case r != roleNone && r != roleGen:
			return ""
		}
	}
	return ""
}

// siteName reports an organisation's name that ends in a site noun of
// site_nouns.txt ("한빛전자 구미캠퍼스"): a place one can visit.
func (d *doc) siteName(name string) bool {
	for _, n := range d.lx.siteNouns {
		if strings.HasSuffix(name, n) {
			return true
		}
	}
	return false
}

// sitePhrase is the visited noun phrase headed by word k. A bare word
// that reads as a verb between two bare nouns is a noun of the compound
// ("지진 피해 현장": 피해 is damage, not 피하다's connective).
func (d *doc) sitePhrase(k, lo int) string {
	start := d.npStart(k, lo)
	for j := start - 1; j > lo && j < k; j = start - 1 {
		w, p := &d.words[j], &d.words[j-1]
		if !w.bare() || w.quoted || !d.verbal(w) || d.adnominal(j) || endsAdnominal(w.stem) || phraseStop()[w.stem] || isDigitStart(w.stem) || !p.bare() || p.quoted || d.verbal(p) || phraseStop()[p.stem] || isDigitStart(p.stem) || d.inDate(j-1) {
			break
		}
		start = d.npStart(j-1, lo)
	}
	for start < k && d.inDate(start) {
		start++ // "지난주 구미 공장을": the date word tells when, not where
	}
	return cleanPhrase(d.text[d.words[start].cs:d.words[k].stemE])
}

// ownSubject reports a relative clause with its own nominative subject
// right before its predicate ("시가 발표한 원도심 계획"): the modified noun
// is then what the event is about, not its actor.
func (d *doc) ownSubject(subj int, tr trigger) bool {
	if subj < 0 || subj >= tr.t || tr.t-subj > 4 {
		return false
	}
	j := d.words[subj].josa
	return j == "이" || j == "가"
}

// modifiesThing reports a relative clause on a thing, not an actor: the
// noun phrase after the adnominal predicate at tr.pe names no person,
// organisation or group ("대구시가 발표한 대구 도심 재생 계획에"): the
// clause only describes that thing.
func (d *doc) modifiesThing(st sentence, tr trigger) bool {
	for k := tr.pe + 1; k < st.w1 && k <= tr.pe+4; k++ {
		if e := d.head[k]; e != nil && (e.Type == Person || e.Type == Org) || len(d.group[k]) > 0 {
			return false
		}
		if d.words[k].josa != "" || d.words[k].comma {
			break
		}
	}
	return true
}

// complementNouns follow an adnominal predicate without making it a
// relative clause on a thing: "합의한 바 있다", "회동한 뒤", "나선 만큼".
var complementNouns = setOf(`바 것 만큼 가운데 뒤 후 데 채 이후 직후 결과 때 적 지 터 데다 만 상황 가능성 전망 계획 예정 방침 의지 모습 사실 소식 셈 듯`)

// isEntityPhraseStart reports whether an entity phrase starts at word k
// (its head within the next few bare words).
func (d *doc) isEntityPhraseStart(k, end int) bool {
	for j := k; j < end && j <= k+3; j++ {
		if d.head[j] != nil && d.phrase0[j] <= k {
			return true
		}
		if !d.words[j].bare() {
			return false
		}
	}
	return false
}

// clauseStart is the first word of the clause holding word t: after the
// last word before t that closes a contrastive or causal clause.
func (d *doc) clauseStart(st sentence, t int) int {
	for k := t - 1; k >= st.w0; k-- {
		c := d.text[d.words[k].cs:d.words[k].ce]
		if endsAny(c, "는데", "은데", "지만", "으나", "므로", "니까", "때문에", "탓에") || d.commaPredicate(k) && d.startsTrigger(&d.words[k]) {
			return k + 1 // (a predicate noun closed by a comma: "청와대를 방문, …")
		}
	}
	return st.w0
}

// contrastStart is the first word after the last contrastive connective
// ("…했지만", "…했으나") before word t, or the sentence's first word.
func (d *doc) contrastStart(st sentence, t int) int {
	for k := t - 1; k >= st.w0; k-- {
		w := &d.words[k]
		if !w.quoted && endsAny(d.text[w.cs:w.ce], "지만", "으나") && d.verbal(w) {
			return k + 1
		}
	}
	return st.w0
}

func endsAny(s string, sufs ...string) bool {
	for _, x := range sufs {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// endsAdnominal: the eojeol ends in a past/present adnominal form
// (나선, 합의한, 세운) that modifies the next noun.
func endsAdnominal(s string) bool {
	r := finalRune(s)
	if r < 0xAC00 || r > 0xD7A3 {
		return false
	}
	return (r-0xAC00)%28 == 4 && !endsAny(s, "만큼", "면서", "면", "지만") // ㄴ batchim; 만나면, 만났지만 are connectives
}

// endsQuotative: the eojeol ends in a quotative adnominal ("만났다는
// 진술", "합의했다던 보도", "회동하자는 제안") that reports its clause as
// the content of the next noun, never a relative clause on a thing.
func endsQuotative(s string) bool {
	return endsAny(s, "다는", "다던", "라는", "라던", "냐는", "자는")
}

// endsProspective reports a prospective adnominal ending (ㄹ batchim:
// "발표될 개편안", "열릴 회의").
func endsProspective(s string) bool {
	r := finalRune(s)
	return r >= 0xAC00 && r <= 0xD7A3 && (r-0xAC00)%28 == 8
}

// phraseStop are adverbs and time words that never belong to a noun phrase
// (a clock time is no place: "오전 국회에서"), and 가운데 closing an
// adnominal clause ("참석한 가운데 협약식을 가졌다").
var phraseStop = setOf(`가운데 적극 결국 마침내 끝내 오전 오후 새벽 정오 자정 먼저 앞서 또 또한 최근 이번 당시 특히 한편 이어 현재 지난 오는 이날 전날 어제 오늘 내일 그제 이후 다만 이에 그러나 하지만 그리고 이와 함께 및 더 가장 매우 아직 이미 다시 모두 각각 같이 역시 당초 곧바로 즉시 잠시 조만간 일제히`)

// npStart is the first word of the noun phrase headed by word k: k and
// the bare words before it, back to a particle, a number, a verb form, an
// adverb or lo. A closing quote without particle stays inside ('스타게이트' 관련).
func (d *doc) npStart(k, lo int) int {
	start := k
	for j := k - 1; j >= lo; j-- {
		w := &d.words[j]
		if !w.bare() && !(w.closeQ && w.josa == "" && !w.comma) || isDigitStart(w.stem) || w.quoted || phraseStop()[w.stem] || d.verbal(w) {
			break
		}
		if strings.ContainsAny(d.text[w.ce:w.e], "]】") {
			break // "[가나뉴스 박민수 기자] 경찰이": a bracketed byline before the phrase is none of it
		}
		start = j
	}
	// "넘어진 채 경찰": a bound noun ends the modifier before it, not a phrase's first word
	for start < k && d.boundNoun(&d.words[start]) {
		start++
	}
	return start
}

// boundNoun reports a word that is one bound noun (채, 것, 수, 때문).
func (d *doc) boundNoun(w *word) bool {
	ts := d.toksOf(w)
	return len(ts) == 1 && strings.HasPrefix(ts[0].POS, "NNB")
}

// nounPhrase is the text of the noun phrase headed by word k.
func (d *doc) nounPhrase(k, lo int) string {
	return cleanPhrase(d.text[d.words[d.npStart(k, lo)].cs:d.words[k].stemE])
}

// objectPhrase is the object noun phrase headed by word k, with a
// coordinated noun before it ("자율주행과 로봇 분야 협력"); a group of
// companies or people before 와/과 is a partner, not part of the object.
func (d *doc) objectPhrase(k, lo int) string {
	start := d.npStart(k, lo)
	if j := start - 1; j >= lo && (d.words[j].josa == "와" || d.words[j].josa == "과") && d.head[j] == nil && !d.words[j].quoted && !d.words[j].comma {
		st := strings.TrimSuffix(d.words[j].stem, "들")
		if !genericNouns()[st] && !d.lx.anon[st] {
			start = d.npStart(j, lo)
		}
	}
	return cleanPhrase(d.text[d.words[start].cs:d.words[k].stemE])
}

// penalty is the term phrase headed by the number word k: the bare
// numbers before it and the noun that names the penalty ("징역 1년
// 6개월"); "" when no noun leads it.
func (d *doc) penalty(k, lo int) string {
	j := k
	for j > lo && d.words[j-1].bare() && isDigitStart(d.words[j-1].stem) {
		j--
	}
	if j <= lo || !d.words[j-1].bare() || isDigitStart(d.words[j-1].stem) || d.head[j-1] != nil || d.verbal(&d.words[j-1]) {
		return ""
	}
	return cleanPhrase(d.text[d.words[d.npStart(j-1, lo)].cs:d.words[k].stemE])
}

// verbal reports whether a word is a verb or adjective form.
func (d *doc) verbal(w *word) bool {
	for _, t := range d.tokRange(w.tok0, w.tok1) {
		if strings.Contains(t.POS, "ETM") || strings.HasPrefix(t.POS, "V") || strings.Contains(t.POS, "XSV") || strings.Contains(t.POS, "XSA") {
			return true
		}
	}
	return false
}

// quoteStripper removes quote marks from phrases; built once, as a
// Replacer is costly to build.
var quoteStripper = strings.NewReplacer("'", "", "‘", "", "’", "", "\"", "", "“", "", "”", "")

func cleanPhrase(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		j := strings.IndexByte(s, ')')
		if i < 0 || j < i {
			break
		}
		s = s[:i] + s[j+1:]
	}
	if i := strings.IndexByte(s, '('); i >= 0 {
		s = s[:i] // "아시아 축구 연맹(이하 AFC": the bracket closes after the phrase
	}
	s = quoteStripper.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// object finds what an event is about: an AGREE's "-기로" complement, the
// object (을/를) before the predicate, a COOPERATE partner that is not an
// entity, or the nouns compounded before a predicate noun.
func (d *doc) object(tr trigger, from int, partner string) string {
	if tr.typ == Agree {
		for k := tr.t - 1; k >= from; k-- {
			c := d.text[d.words[k].cs:d.words[k].ce]
			if strings.HasSuffix(c, "기로") {
				s := d.text[d.words[d.complementStart(from, k)].cs:d.words[k].ce]
				s = strings.TrimSuffix(strings.TrimSuffix(s, "기로"), "하")
				return d.normTerms(trimAgreedLightVerb(cleanPhrase(s)))
			}
		}
	}
	for k := tr.t - 1; k >= from; k-- {
		w := &d.words[k]
		if w.quoted {
			continue
		}
		r := roleOf(w.josa)
		if r == roleNone && d.verbal(w) && d.head[k] == nil {
			break // another predicate stands between: its object is not ours
		}
		if r == roleObj && d.head[k] == nil && !isDigitStart(w.stem) {
			return d.normTerms(d.objectPhrase(k, from))
		}
		if r == roleObj && isDigitStart(w.stem) && tr.typ == Sentence {
			if np := d.penalty(k, from); np != "" {
				return np // "징역 1년 6개월을 선고": the penalty
			}
		}
		if r == roleObj && isDigitStart(w.stem) {
			continue // "1조원을 투자": the amount; what is invested in comes with 에
		}
		if r == roleLoc && w.josa == "에" && d.head[k] == nil && !isDigitStart(w.stem) && (tr.typ == Invest || tr.typ == Agree || tr.typ == Sign) {
			return d.normTerms(d.nounPhrase(k, from)) // "공급망 안정에 투자", "협약서에 서명"
		}
		if r != roleNone {
			break
		}
	}
	if partner != "" && tr.typ == Cooperate {
		return d.normTerms(partner)
	}
	// nouns compounded before the predicate noun: "R&D 거점 설립", "AI 사업 협력"
	if tr.t > from && d.words[tr.t-1].bare() && d.head[tr.t-1] == nil && !d.verbal(&d.words[tr.t-1]) && !d.adjunct(tr.t-1) && !d.determinerJeok(tr.t-1) {
		if np := d.nounPhrase(tr.t-1, from); np != "" && !mannerNouns()[np] {
			return d.normTerms(np)
		}
	}
	return ""
}

// normTerms writes known expansions as their usual abbreviation
// (소재·부품·장비 → 소부장), so one term has one spelling.
func (d *doc) normTerms(s string) string {
	for _, x := range d.lx.termList {
		if strings.Contains(s, x) && syllables(x) > 3 {
			s = strings.ReplaceAll(s, x, d.lx.terms[fold.Key(x)])
		}
	}
	return s
}

// place finds where an event happens: a built-in destination (방한), a
// place compounded before the predicate noun (일본 출장), else the nearest
// "…에서" phrase (or a PLACE with 에/로) before the trigger.
func (d *doc) place(tr trigger, st sentence, from int) string {
	if tr.dest != "" {
		return tr.dest
	}
	if d.linkedSubject(tr) {
		// "회담이 다음 달 워싱턴에서 열린다": the place stands before the link verb
		for k := tr.t + 1; k < tr.pe; k++ {
			if e := d.head[k]; e != nil && e.Type == Place && !d.words[k].quoted && strings.HasPrefix(d.words[k].josa, "에서") {
				return e.Name
			}
		}
	}
	if tr.t > st.w0 {
		if e := d.head[tr.t-1]; e != nil && e.Type == Place && d.words[tr.t-1].josa == "" {
			return e.Name
		}
	}
	if p := d.placeModifier(st, tr); p != "" {
		return p // "중국 국빈 방문을"
	}
	lo := d.placeStart(st, tr.t)
	for k := tr.t - 1; k >= lo; k-- {
		w := &d.words[k]
		if w.quoted {
			continue
		}
		switch w.josa {
		case "에서", "에서는", "에서도":
			if e := d.head[k]; e != nil && e.Type == Place && d.phrase0[k] == k {
				return e.Name
			}
			if np := d.nounPhrase(k, lo); np != "" && !d.lx.stop[np] && !strings.HasPrefix(np, "업계") && d.placeLike(w.stem) && !isDigitStart(w.stem) {
				return np
			}
		case "에", "로", "으로":
			if e := d.head[k]; e != nil && e.Type == Place {
				return e.Name
			}
			// "멕시코 몬테레이에": an unknown place inside a phrase that starts with a known one
			p0 := d.npStart(k, lo)
			for p0 < k && (d.head[p0] == nil || d.head[p0].Type != Place) {
				p0++ // "내일(18일) 남아프리카공화국 요하네스버그로": from the known place on
			}
			if p0 < k && d.phrase0[p0] == p0 && (tr.typ == Travel && w.josa != "에" || d.properish(&d.words[k]) && !d.commonNoun(&d.words[k])) {
				return cleanPhrase(d.text[d.words[p0].cs:d.words[k].stemE])
			}
		}
	}
	// a sentence may tell the place in a travel clause before: "방한해 … 회동"
	for k := lo; k < tr.t; k++ {
		if t2, ok := d.triggerAt(k, st.w1); ok && t2.dest != "" && k != tr.t {
			return t2.dest
		}
	}
	return ""
}

// placeModifier is the known place written bare among the modifiers of a
// visit noun ("김 대통령의 중국 국빈 방문을"), or "".
func (d *doc) placeModifier(st sentence, tr trigger) string {
	if tr.noun == "" || tr.typ != Travel && tr.typ != Visit {
		return ""
	}
	for k := tr.t - 1; k >= st.w0 && k >= tr.t-maxModifiers && d.words[k].bare() && !d.words[k].quoted; k-- {
		if e := d.head[k]; e != nil {
			if e.Type == Place {
				return e.Name
			}
			return ""
		}
	}
	return ""
}

// linkedSubject reports a predicate noun that is the subject of a link
// verb after it ("회담이 … 열린다").
func (d *doc) linkedSubject(tr trigger) bool {
	return tr.pe > tr.t && roleOf(d.words[tr.t].josa) == roleSubj
}

// datesPredicate reports whether date dt stands in the clause of trigger
// tr before its predicate: before the trigger word, or between a subject
// predicate noun and its link verb ("회담이 다음 달 열린다").
func (d *doc) datesPredicate(tr trigger, dt korean.Date) bool {
	if dt.End <= d.words[tr.t].cs {
		return true
	}
	return d.linkedSubject(tr) && dt.Start >= d.words[tr.t].ce && dt.End <= d.words[tr.pe].cs
}

// placeLike reports whether the head noun of a "…에서" phrase may name a
// place: not an occasion, a field or a predicate noun (notplaces.txt,
// events.tsv).
func (d *doc) placeLike(stem string) bool {
	ex := d.lx.ev
	if _, ok := ex.nouns[stem]; ok || ex.notPlaces[stem] {
		return false
	}
	for n := range ex.notPlaces {
		if strings.HasSuffix(stem, n) && syllables(n) > 1 {
			return false
		}
	}
	return true
}

// dateOf picks the date of the clause: the first date right after the
// subject ("총장은 7일 …") or opening the sentence before it ("23일 A
// 판사는 …"), where Korean news puts the time of the main event, even
// when a relative clause follows ("23일 횡령 혐의로 기소된 B씨에게 … 선고했다"
// dates the sentencing; the relative clause's own event does not take
// it); a later date after a connective in between is the predicate's own
// ("1일 태국에 도착해 2일 … 회담을 갖고"); else the nearest date before
// the trigger; else the first after.
func (d *doc) dateOf(st sentence, tr trigger, subj int) *korean.Date {
	pos := d.words[tr.t].cs
	lo := st.s
	if c := d.contrastStart(st, tr.t); subj >= c && c > st.w0 {
		lo = d.words[c].s // "지난 2018년엔 A가 이겼지만, 이번엔 B가 이겼다": that date is A's
	}
	main := -1 // the subject of the main clause a relative predicate stands in
	if d.relativePredicate(st, tr) {
		if main = subj; main < 0 {
			main = d.clauseSubject(st, tr.t)
		}
		subj = -1
	}
	var best *korean.Date
	for i := range d.dates {
		dt := &d.dates[i]
		if dt.Start < lo || dt.End > st.e || d.inQuote(st, dt.Start) || main >= 0 && d.frameDate(st, dt, main, pos) || d.chargeDate(st, dt.End, tr.t) {
			continue // a relative clause leaves the main predicate's date alone; a charge's date is the deed's
		}
		if subj >= 0 && d.frameDate(st, dt, subj, pos) && !d.embeddedComplement(st, dt.End, tr.t) {
			if later := d.laterOwnDate(st, dt, tr.t); later != nil {
				dt = later
			}
			return d.finerThanThisYear(dt, st, lo)
		}
		if d.embeddedBefore(st, dt.End, tr.t) {
			continue
		}
		if dt.Start < pos {
			best = dt
		} else if best == nil && main < 0 && !d.afterGiven(st, tr, dt.Start) {
			return dt // (a relative clause's event takes no date of the main clause after it)
		}
	}
	if best != nil {
		return d.finerThanThisYear(best, st, lo)
	}
	return best
}

// afterGiven reports an offset past the end of the given clause tr stands
// in ("인수한 데 이어 내년에 …": 내년 is the main clause's).
func (d *doc) afterGiven(st sentence, tr trigger, off int) bool {
	ce, _ := d.chainEnd(st, tr)
	given, _ := d.givenEnd(st, tr, ce)
	return off >= given
}

// relativePredicate reports a trigger whose predicate is an adnominal
// form modifying the noun after it, after the subject: a relative clause
// inside the main clause ("기소된 B씨에게").
func (d *doc) relativePredicate(st sentence, tr trigger) bool {
	pe := &d.words[tr.pe]
	return tr.pe+1 < st.w1 && pe.josa == "" && !pe.comma && !pe.quoted && d.adnominal(tr.pe) &&
		!complementNouns()[d.words[tr.pe+1].stem]
}

// frameDate reports a date where Korean news dates the main event of the
// clause of subject word subj, before offset pos: right after the subject
// or opening the sentence before it.
func (d *doc) frameDate(st sentence, dt *korean.Date, subj, pos int) bool {
	from := d.words[subj].e
	return dt.Start < pos && (dt.Start >= from && dt.Start <= from+1 || d.opensSentence(st, dt, subj))
}

// opensSentence reports a date written before the subject with no
// predicate in between: "23일 A 판사는 …".
func (d *doc) opensSentence(st sentence, dt *korean.Date, subj int) bool {
	if dt.End > d.words[subj].s {
		return false
	}
	for k := st.w0; k < subj; k++ {
		if w := &d.words[k]; w.s >= dt.End && !w.quoted && d.verbal(w) {
			return false
		}
	}
	return true
}

// laterOwnDate is the last date after dt and before the trigger word t
// that follows a connective predicate closing dt's clause ("1일 … 도착해
// 2일 … 회담을 갖고"), not embedded in another event clause; or nil.
func (d *doc) laterOwnDate(st sentence, dt *korean.Date, t int) *korean.Date {
	pos := d.words[t].cs
	var out *korean.Date
	for i := range d.dates {
		dt2 := &d.dates[i]
		if dt2.Start <= dt.End || dt2.Start >= pos || d.inQuote(st, dt2.Start) || d.embeddedBefore(st, dt2.End, t) {
			continue
		}
		if d.adnominalAfter(st, dt2.End, t) {
			continue // "2007년 도입된 제도": the date of a relative clause
		}
		for k := st.w0; k < st.w1 && d.words[k].e <= dt2.Start; k++ {
			w := &d.words[k]
			if w.s < dt.End || w.quoted || w.josa != "" {
				continue
			}
			if c := strings.TrimRight(d.text[w.cs:w.ce], ","); d.verbal(w) && !d.adnominal(k) && endsAny(c, "해", "고", "며", "서", "하여") || d.commaPredicate(k) {
				out = dt2
				break
			}
		}
	}
	return out
}

// finerThanThisYear replaces the publication year ("올해 들어 세 번째
// 시찰했다고 30일 보도했다", "올해 FA 선수를 20일 공시했다"), which only
// frames the clause, by a day or month of that year in the same sentence.
func (d *doc) finerThanThisYear(dt *korean.Date, st sentence, lo int) *korean.Date {
	if !d.hasPub || dt.Value != strconv.Itoa(d.pub.Year()) {
		return dt
	}
	for i := range d.dates {
		f := &d.dates[i]
		if f.Start >= lo && f.End <= st.e && len(f.Value) >= 7 && strings.HasPrefix(f.Value, dt.Value) && !d.inQuote(st, f.Start) {
			return f
		}
	}
	return dt
}

// embeddedBefore reports whether what ends at offset p belongs to another
// event embedded before the trigger word t: the first predicate after p
// is the adnominal form of an event predicate ("지난 2월 … 회동한 사실을
// 공개했다"), not a connective of the main chain ("7일 회견을 열고 …
// 발표했다") nor a mere modifier ("1일 총리공관에서 열린 회의에 앞서").
func (d *doc) embeddedBefore(st sentence, p, t int) bool {
	return d.embeddedAt(st, p, t) >= 0
}

// embeddedAt is the adnominal event predicate embeddedBefore finds, or -1.
func (d *doc) embeddedAt(st sentence, p, t int) int {
	for j := st.w0; j < t; j++ {
		w := &d.words[j]
		if w.s < p || w.quoted || w.josa != "" || phraseStop()[w.stem] || d.head[j] != nil || !d.verbal(w) {
			continue
		}
		if !d.adnominal(j) {
			return -1
		}
		if tr, ok := d.triggerAt(j, st.w1); ok && tr.pe == j {
			return j
		}
		if tr, ok := d.triggerAt(max(j-1, st.w0), st.w1); ok && tr.pe == j {
			return j
		}
		return -1
	}
	return -1
}

// chargeNouns are what a relative clause dated inside describes when it
// is the deed of a charge: "2011년 1월부터 … 입금한 혐의로 기소됐다".
var chargeNouns = setOf(`혐의 의혹 사건`)

// chargeDate reports a date at p whose first predicate before word t is
// adnominal on a charge noun: the date of the deed, not of the event.
func (d *doc) chargeDate(st sentence, p, t int) bool {
	for j := st.w0; j < t; j++ {
		if w := &d.words[j]; w.s >= p && !w.quoted && w.josa == "" && d.head[j] == nil && d.verbal(w) {
			return d.adnominal(j) && j+1 < st.w1 && chargeNouns()[d.words[j+1].stem]
		}
	}
	return false
}

// adnominalAfter reports whether the first predicate after offset p and
// before word t is adnominal: a date at p stands in a relative clause.
func (d *doc) adnominalAfter(st sentence, p, t int) bool {
	for j := st.w0; j < t; j++ {
		if w := &d.words[j]; w.s >= p && !w.quoted && w.josa == "" && d.head[j] == nil && d.verbal(w) {
			return d.adnominal(j)
		}
	}
	return false
}

// embeddedComplement reports a date embedded in an event clause that is a
// complement ("지난 2월 … 회동한 사실을 공개했다", "회동한 뒤"), not a relative
// clause on a participant ("23일 … 기소된 B씨에게 선고했다").
func (d *doc) embeddedComplement(st sentence, p, t int) bool {
	j := d.embeddedAt(st, p, t)
	return j >= 0 && (j+1 >= st.w1 || complementNouns()[d.words[j+1].stem])
}

func (d *doc) inQuote(st sentence, off int) bool {
	for _, q := range quoteSpans(d.text, st.s, st.e) {
		if off >= q[0] && off < q[1] {
			return true
		}
	}
	return false
}

// hasRieulFinal: the eojeol ends in a syllable with ㄹ batchim (할, 넓힐,
// 만날) — the prospective adnominal that "수 있다" builds on.
func hasRieulFinal(s string) bool {
	r := finalRune(s)
	if r < 0xAC00 || r > 0xD7A3 {
		return false
	}
	return (r-0xAC00)%28 == 8
}

// coordinatedObject reports whether the 와/과 phrase at word k continues a
// list that ends in an object (을/를) before the trigger at t.
func (d *doc) coordinatedObject(k, t int) bool {
	for j := k + 1; j < t; j++ {
		w := &d.words[j]
		if w.quoted {
			return false
		}
		if w.josa == "" {
			if d.verbal(w) && !d.claimed[j] || d.head[j] == nil && d.eventNoun(w.stem) {
				return false // "A와 콘텐츠 제휴 등 … 방안을": what is agreed with A, no second item
			}
			continue
		}
		r := roleOf(w.josa)
		if r == roleCom {
			continue
		}
		return r == roleObj && (d.head[j] != nil || !d.eventNoun(w.stem))
	}
	return false
}

// eventNoun reports a stem that ends in a predicate noun of events.tsv
// (협력, 업무협약): the object of "A와 협력을 위한 협약", which is what the
// event is about, not a second item beside A.
func (d *doc) eventNoun(stem string) bool {
	for _, n := range d.triggerCandidates(stem, stem) {
		if strings.HasSuffix(stem, n) {
			return true
		}
	}
	return false
}
