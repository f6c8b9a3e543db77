package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/article"
)

// Event types.
const (
	Meet      = "MEET"
	Travel    = "TRAVEL"
	Discuss   = "DISCUSS"
	Cooperate = "COOPERATE"
	Invest    = "INVEST"
	Agree     = "AGREE"
	Establish = "ESTABLISH"
	Announce  = "ANNOUNCE"
	Appoint   = "APPOINT"
	Sue       = "SUE"
	Acquire   = "ACQUIRE"
)

// nounTriggers are predicate nouns (used with 하다/되다 or a light verb);
// a value "TYPE/PLACE" carries a built-in destination (방한 → 한국).
var nounTriggers = map[string]string{
	"회동": Meet, "면담": Meet, "회담": Meet, "접견": Meet, "만남": Meet, "인사": Meet, "대면": Meet, "상봉": Meet,
	"방한": Travel + "/한국", "방미": Travel + "/미국", "방일": Travel + "/일본", "방중": Travel + "/중국", "방북": Travel + "/북한",
	"방문": Travel, "출장": Travel, "출장길": Travel, "순방": Travel, "출국": Travel, "방유럽": Travel, "답방": Travel,
	"논의": Discuss, "협의": Discuss, "의논": Discuss, "토론": Discuss, "협상": Discuss,
	"협력": Cooperate, "협업": Cooperate, "제휴": Cooperate, "공조": Cooperate, "동맹": Cooperate,
	"투자": Invest, "출자": Invest, "증자": Invest,
	"합의": Agree, "체결": Agree, "서명": Agree, "타결": Agree,
	"설립": Establish, "건립": Establish, "신설": Establish, "착공": Establish, "설치": Establish, "건설": Establish, "개소": Establish, "준공": Establish, "완공": Establish, "출범": Establish,
	"발표": Announce, "공개": Announce, "공시": Announce, "출시": Announce, "공표": Announce,
	"임명": Appoint, "선임": Appoint, "내정": Appoint, "발탁": Appoint, "지명": Appoint, "선출": Appoint,
	"소송": Sue, "제소": Sue, "고소": Sue, "고발": Sue,
	"인수": Acquire, "합병": Acquire, "매입": Acquire, "매수": Acquire,
}

// verbTriggers are verb stems matched at the start of an eojeol.
var verbTriggers = []struct{ prefix, typ string }{
	{"만나", Meet}, {"만난", Meet}, {"만날", Meet}, {"만났", Meet},
	{"세우", Establish}, {"세운", Establish}, {"세울", Establish}, {"세웠", Establish},
	{"손잡", Cooperate}, {"손을", Cooperate},
	{"사들", Acquire}, {"사들였", Acquire},
	{"찾아", Travel}, {"찾았", Travel}, {"찾은", Travel},
}

// lightVerbs turn a predicate noun before them into a predicate:
// "회동을 했다", "인사를 나눴다", "출장길에 올랐다", "설립에 나선".
var lightVerbs = []string{"하", "한", "할", "했", "해", "함", "합", "되", "된", "될", "됐", "돼", "가졌", "갖", "가지", "가진", "가질", "나누", "나눴", "나눈", "나눠",
	"진행", "벌이", "벌였", "벌인", "추진", "넓히", "넓힐", "넓혀", "넓힌", "확대", "강화", "모색", "나서", "나선", "나설", "나섰", "올랐", "오르", "오른", "올라", "떠나", "떠났", "떠난", "이뤄", "이루", "성사", "제기", "냈", "낸", "내", "걸었", "건", "단행", "마무리", "완료", "결정"}

// rangeNouns may stand between a predicate noun and its light verb:
// "협력 범위를 넓힐".
var rangeNouns = setOf(`범위 규모 수위 폭 방안 계획 속도`)

func hasLightPrefix(s string) bool {
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
	typ, dest string
	t, pe     int
	noun      string
}

// triggerIndex maps the first two syllables of each predicate noun to the
// nouns, so a word is checked against a handful of candidates, not all.
var triggerIndex = func() map[string][]string {
	m := map[string][]string{}
	for n := range nounTriggers {
		k := firstRunes(n, 2)
		m[k] = append(m[k], n)
	}
	for k := range m {
		sort.Strings(m[k])
	}
	return m
}()

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
	out := triggerIndex[firstRunes(core, 2)]
	// the stem's last two and last three letters, by byte offset (no rune
	// slice: this runs for every word)
	off, runes := len(stem), 0
	for runes < 3 && off > 0 {
		_, w := utf8.DecodeLastRuneInString(stem[:off])
		off -= w
		runes++
		if runes >= 2 && off > 0 {
			for _, n := range triggerIndex[firstRunes(stem[off:], 2)] {
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
	w := &d.words[i]
	core := d.text[w.cs:w.ce]
	for _, v := range verbTriggers {
		if strings.HasPrefix(core, v.prefix) {
			ts := d.toksOf(w)
			if len(ts) > 0 && (strings.HasPrefix(ts[0].POS, "VV") || !ts[0].Known) {
				return trigger{typ: v.typ, t: i, pe: i}, true
			}
		}
	}
	for _, n := range d.triggerCandidates(core, w.stem) {
		typ := nounTriggers[n]
		var rest string
		switch {
		case strings.HasPrefix(core, n):
			rest = core[len(n):]
		case strings.HasSuffix(w.stem, n) && syllables(w.stem) > syllables(n) && w.josa != "":
			// compound: 출장길, 3자회동 — the noun ends the stem
			rest = ""
		default:
			continue
		}
		typ, dest, _ := strings.Cut(typ, "/")
		tr := trigger{typ: typ, dest: dest, t: i, pe: i, noun: n}
		stemRest := strings.TrimPrefix(w.stem, n)
		switch {
		case rest != "" && stemRest != "" && hasLightPrefix(rest) && rest == stemRest+w.josa:
			if n == "인사" && !strings.HasPrefix(rest, "나") {
				continue // 인사하다 is also "to appoint": only 인사(를) 나누다 is a meeting
			}
			return tr, true
		case rest != "" && stemRest == "" && hasLightPrefix(rest):
			return tr, true
		case stemRest == "" || strings.HasSuffix(w.stem, n):
			if i+1 >= end || d.words[i+1].quoted {
				continue
			}
			nx := &d.words[i+1]
			nxCore := d.text[nx.cs:nx.ce]
			r := roleOf(w.josa)
			if (r == roleObj || r == roleLoc || w.josa == "") && hasLightPrefix(nxCore) && !d.lx.titles[nx.stem] {
				if n == "인사" && !strings.HasPrefix(nxCore, "나") {
					continue
				}
				if w.josa == "" && !strings.HasPrefix(nxCore, "나서") && !strings.HasPrefix(nxCore, "나선") && !strings.HasPrefix(nxCore, "하") && !strings.HasPrefix(nxCore, "확대") && !strings.HasPrefix(nxCore, "강화") {
					continue
				}
				tr.pe = i + 1
				return tr, true
			}
			if w.josa == "" && rangeNouns[nx.stem] && roleOf(nx.josa) == roleObj && i+2 < end && hasLightPrefix(d.text[d.words[i+2].cs:d.words[i+2].ce]) {
				tr.pe = i + 2
				return tr, true
			}
		}
	}
	return trigger{}, false
}

// findEvents runs the predicate lexicon over every sentence and fills each
// event's actors, object, place, date and certainty.
func (d *doc) findEvents() []Event {
	out := []Event{}
	var carried []*entity // the subject a clause without one inherits
	for si, st := range d.sents {
		for i := st.w0; i < st.w1; i++ {
			if d.words[i].quoted {
				continue
			}
			tr, ok := d.triggerAt(i, st.w1)
			if !ok {
				continue
			}
			ev, ok := d.buildEvent(si, tr, carried)
			if ok {
				out = appendEvent(out, ev)
			}
			i = tr.pe
		}
		if s := d.sentenceSubject(si); len(s) > 0 {
			carried = s
		}
	}
	return out
}

// appendEvent merges an event into one already found with the same type
// and actors (a caption and the body often tell the same meeting).
func appendEvent(out []Event, ev Event) []Event {
	for k := range out {
		o := &out[k]
		if o.Type == ev.Type && sameSet(o.Actors, ev.Actors) && o.Certainty == ev.Certainty &&
			((o.Date == ev.Date && o.Date != "") || (o.Place == ev.Place && o.Place != "")) &&
			(o.Date == ev.Date || o.Date == "" || ev.Date == "") && (o.Place == ev.Place || o.Place == "" || ev.Place == "") &&
			(o.Object == ev.Object || o.Object == "" || ev.Object == "") {
			if o.Date == "" {
				o.Date = ev.Date
			}
			if o.Place == "" {
				o.Place = ev.Place
			}
			if o.Object == "" {
				o.Object = ev.Object
			}
			return out
		}
	}
	return append(out, ev)
}

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
	if e := d.head[i]; e != nil && (e.Type == Person || e.Type == Org || e.Type == Place) {
		return d.coordinated(i, lo) // "A와 B가", "A, B는"
	}
	if g := d.group[i]; len(g) > 0 {
		return g
	}
	w := &d.words[i]
	// "문재인 대통령과 시·도지사는": the named part of a coordinated subject
	if j := d.npStart(i, lo) - 1; j >= lo && (d.words[j].josa == "와" || d.words[j].josa == "과") && d.head[j] != nil {
		return d.coordinated(j, lo)
	}
	if groupNouns[w.stem] || groupNouns[strings.TrimSuffix(w.stem, "들")] {
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

// coordinated returns the entity at head word k and those listed before
// it: "A, B와 C", "A와 B", "A, B".
func (d *doc) coordinated(k, lo int) []*entity {
	out := []*entity{d.head[k]}
	j := d.phrase0[k] - 1
	for j >= lo {
		w := &d.words[j]
		r := roleOf(w.josa)
		if d.head[j] == nil || !(w.comma || (r == roleCom && w.josa != "와의" && w.josa != "과의")) {
			break
		}
		out = append([]*entity{d.head[j]}, out...)
		j = d.phrase0[j] - 1
	}
	if len(out) == 1 {
		// a group pronoun in a list position
		if g := d.group[k]; len(g) > 0 {
			return g
		}
	}
	return out
}

func addActor(acts []string, seen map[string]bool, e *entity) []string {
	if e == nil || seen[e.Name] {
		return acts
	}
	seen[e.Name] = true
	return append(acts, e.Name)
}

// buildEvent fills an event for trigger tr in sentence si.
func (d *doc) buildEvent(si int, tr trigger, carried []*entity) (Event, bool) {
	st := d.sents[si]
	ev := Event{Type: tr.typ, Actors: []string{}, Evidence: d.text[st.s:st.e], Start: st.s, End: st.e}
	seen := map[string]bool{}
	lo := d.clauseStart(st, tr.t)

	// subject: the nearest subject before the trigger in the sentence
	subj := -1
	for k := tr.t - 1; k >= st.w0; k-- {
		if !d.words[k].quoted && roleOf(d.words[k].josa) == roleSubj && d.words[k].stem != "" {
			subj = k
			break
		}
	}
	// relative clause: "출장 나선 이재용" names its actor; "설치된 직통전화"
	// only describes a thing, so it is no event of the sentence's subject
	if pe := &d.words[tr.pe]; pe.josa == "" && !pe.comma && endsAdnominal(d.text[pe.cs:pe.ce]) && tr.pe+1 < st.w1 {
		nx := &d.words[tr.pe+1]
		if d.head[tr.pe+1] == nil && d.group[tr.pe+1] == nil && !complementNouns[nx.stem] && !d.isEntityPhraseStart(tr.pe+1, st.w1) {
			return ev, false
		}
		for k := tr.pe + 1; k < st.w1 && k <= tr.pe+4; k++ {
			if e := d.head[k]; e != nil && (e.Type == Person || e.Type == Org) {
				ev.Actors = addActor(ev.Actors, seen, e)
				subj = -2 // the modified noun is the actor; the sentence's subject is not
				break
			}
			if d.words[k].josa != "" {
				break
			}
		}
	}
	if subj >= 0 {
		for _, e := range d.subjectEntities(subj, st.w0) {
			if e.Type == Person || e.Type == Org || e.Type == Place {
				ev.Actors = addActor(ev.Actors, seen, e)
			}
		}
	}
	if subj == -1 && len(ev.Actors) == 0 {
		for _, e := range carried {
			ev.Actors = addActor(ev.Actors, seen, e)
		}
	}
	from := st.w0
	if subj >= 0 {
		from = subj + 1
	}
	relative := subj == -2
	if relative {
		subj = -1
	}
	if lo > from {
		from = lo
	}
	// partners and, for meetings, the person met
	var partnerNP string
	for k := from; k < tr.t || (k == tr.t && tr.pe > tr.t && d.words[k].josa != ""); k++ {
		w := &d.words[k]
		if w.quoted {
			continue
		}
		r := roleOf(w.josa)
		takesObject := tr.typ == Meet || tr.typ == Appoint || tr.typ == Acquire || tr.typ == Sue
		if r == roleCom && !takesObject && d.coordinatedObject(k, tr.t) {
			continue // "A와 B를 선정했다고 발표": a list of objects, not partners
		}
		if r == roleCom || (r == roleObj && takesObject && k != tr.t) {
			if d.head[k] != nil && d.head[k].Type != Place {
				for _, e := range d.coordinated(k, from) {
					ev.Actors = addActor(ev.Actors, seen, e)
				}
			} else if g := d.group[k]; len(g) > 0 {
				for _, e := range g {
					ev.Actors = addActor(ev.Actors, seen, e)
				}
			} else if r == roleCom && k < tr.t {
				partnerNP = d.nounPhrase(k, from)
				// "GM 경영진과": the organisation inside the partner phrase takes part
				for j := d.npStart(k, from); j < k; j++ {
					if e := d.head[j]; e != nil && (e.Type == Org || e.Type == Person) {
						ev.Actors = addActor(ev.Actors, seen, e)
					}
				}
			}
		}
	}
	if len(ev.Actors) == 0 {
		return ev, false
	}
	// object
	switch tr.typ {
	case Meet:
	case Travel:
	default:
		ev.Object = d.object(tr, from, partnerNP)
	}
	// place
	ev.Place = d.place(tr, st, from)
	if ev.Place == "" && tr.typ == Travel && !relative {
		// "요양원을 찾아", "공장을 방문했다": the visited place is the object
		for k := tr.t - 1; k >= from; k-- {
			w := &d.words[k]
			if w.quoted {
				continue
			}
			if d.verbal(w) && w.josa == "" {
				break // "점을 사과하고자 방문했다": that object belongs to another verb
			}
			if r := roleOf(w.josa); r == roleObj {
				if e := d.head[k]; e != nil && e.Type == Place {
					ev.Place = e.Name
				} else if e == nil {
					ev.Place = d.nounPhrase(k, from)
				}
				break
			} else if r != roleNone && r != roleGen {
				break
			}
		}
	}
	// date: the nearest date of the sentence before the trigger, else after
	ev.Date = d.dateFor(st, tr, subj)
	ev.Certainty = d.certainty(st, tr)
	return ev, true
}

// complementNouns follow an adnominal predicate without making it a
// relative clause on a thing: "합의한 바 있다", "회동한 뒤", "나선 만큼".
var complementNouns = setOf(`바 것 만큼 가운데 뒤 후 데 채 이후 직후 결과 때 적 지 터 데다 만 상황 가능성 전망 계획 예정 방침 의지 모습 사실 셈 듯`)

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
		if endsAny(c, "는데", "은데", "지만", "으나", "므로", "니까") {
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
	return (r-0xAC00)%28 == 4 && !endsAny(s, "만큼", "면서") // ㄴ batchim
}

// phraseStop are adverbs and time words that never belong to a noun phrase.
var phraseStop = setOf(`먼저 앞서 또 또한 최근 이번 당시 특히 한편 이어 현재 지난 오는 이날 전날 이후 다만 이에 그러나 하지만 그리고 이와 함께 및 더 가장 매우 아직 이미 다시 모두 각각`)

// npStart is the first word of the noun phrase headed by word k: k and
// the bare words before it, back to a particle, a number, a verb form, an
// adverb or lo. A closing quote without particle stays inside ('스타게이트' 관련).
func (d *doc) npStart(k, lo int) int {
	start := k
	for j := k - 1; j >= lo; j-- {
		w := &d.words[j]
		if !w.bare() && !(w.closeQ && w.josa == "" && !w.comma) || isDigitStart(w.stem) || w.quoted || phraseStop[w.stem] || d.verbal(w) {
			break
		}
		start = j
	}
	return start
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
		if !genericNouns[st] && !d.lx.anon[st] {
			start = d.npStart(j, lo)
		}
	}
	return cleanPhrase(d.text[d.words[start].cs:d.words[k].stemE])
}

// verbal reports whether a word is a verb or adjective form.
func (d *doc) verbal(w *word) bool {
	for _, t := range d.toks[w.tok0:w.tok1] {
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
				s := d.text[d.words[from].cs:d.words[k].ce]
				s = strings.TrimSuffix(strings.TrimSuffix(s, "기로"), "하")
				return d.normTerms(cleanPhrase(s))
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
		if r == roleObj && isDigitStart(w.stem) {
			continue // "1조원을 투자": the amount; what is invested in comes with 에
		}
		if r == roleLoc && w.josa == "에" && d.head[k] == nil && !isDigitStart(w.stem) && (tr.typ == Invest || tr.typ == Agree) {
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
	if tr.t > from && d.words[tr.t-1].bare() && d.head[tr.t-1] == nil && !d.verbal(&d.words[tr.t-1]) {
		if np := d.nounPhrase(tr.t-1, from); np != "" {
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
			s = strings.ReplaceAll(s, x, d.lx.terms[fold(x)])
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
	if tr.t > st.w0 {
		if e := d.head[tr.t-1]; e != nil && e.Type == Place && d.words[tr.t-1].josa == "" {
			return e.Name
		}
	}
	for k := tr.t - 1; k >= st.w0; k-- {
		w := &d.words[k]
		if w.quoted {
			continue
		}
		switch w.josa {
		case "에서", "에서는", "에서도":
			if e := d.head[k]; e != nil && e.Type == Place && d.phrase0[k] == k {
				return e.Name
			}
			if np := d.nounPhrase(k, st.w0); np != "" && !d.lx.stop[np] && !strings.HasPrefix(np, "업계") {
				return np
			}
		case "에", "로", "으로":
			if e := d.head[k]; e != nil && e.Type == Place {
				return e.Name
			}
			// "멕시코 몬테레이에": an unknown place inside a phrase that starts with a known one
			if p0 := d.npStart(k, st.w0); p0 < k && d.head[p0] != nil && d.head[p0].Type == Place && d.phrase0[p0] == p0 && d.properish(&d.words[k]) && !d.commonNoun(&d.words[k]) {
				return cleanPhrase(d.text[d.words[p0].cs:d.words[k].stemE])
			}
		}
	}
	// a sentence may tell the place in a travel clause before: "방한해 … 회동"
	for k := st.w0; k < tr.t; k++ {
		if t2, ok := d.triggerAt(k, st.w1); ok && t2.dest != "" && k != tr.t {
			return t2.dest
		}
	}
	return ""
}

// dateFor picks the date of the clause: the first date right after the
// subject ("총장은 7일 …"), where Korean news puts the time of the main
// event; else the nearest date before the trigger; else the first after.
func (d *doc) dateFor(st sentence, tr trigger, subj int) string {
	pos := d.words[tr.t].cs
	from := st.s
	if subj >= 0 {
		from = d.words[subj].e
	}
	best := ""
	for _, dt := range d.dates {
		if dt.Start < st.s || dt.End > st.e || d.inQuote(st, dt.Start) {
			continue
		}
		if subj >= 0 && dt.Start >= from && dt.Start < pos && dt.Start <= from+1 {
			return dt.Value // directly after the subject
		}
		if dt.Start < pos {
			best = dt.Value
		} else if best == "" {
			return dt.Value
		}
	}
	return best
}

func (d *doc) inQuote(st sentence, off int) bool {
	for _, q := range quoteSpans(d.text, st.s, st.e) {
		if off >= q[0] && off < q[1] {
			return true
		}
	}
	return false
}

// speculation markers: when one of these ends the clause chain of a
// predicate, the event is only expected or guessed.
var specMarkers = []string{"가능성", "관측", "전망이", "전망된", "전망하", "것으로 보인", "것으로 보고", "것으로 예상", "것으로 관측", "것으로 전망",
	"풀이된", "풀이했", "예상된", "예상한", "점쳐", "여지", "듯하", "듯 하", "듯이", "추정된", "추측", "예측", "할지", "할 지", "지도 관심", "것이라는", "거론"}

// report markers attribute the statement to a source.
var reportMarkers = []string{"에 따르면", "고 전했", "알려졌", "전해졌", "고 밝혔", "것으로 알려", "것으로 전해", "고 보도", "라고 전했", "다고 전했"}

// certainty reads the markers from the predicate to the end of its clause
// chain: a clause ends at a past or completed predicate followed by a
// connective (했는데, 한 바 있어, 나선 만큼), or at the sentence end.
func (d *doc) certainty(st sentence, tr trigger) Certainty {
	var b strings.Builder
	for k := tr.pe; k < st.w1; k++ {
		w := &d.words[k]
		if w.quoted {
			continue
		}
		c := d.text[w.s:w.e]
		b.WriteString(c)
		b.WriteByte(' ')
		if k == tr.pe {
			// "~ㄹ 수 있다": the predicate itself in the prospective form
			if next := k + 1; next < st.w1 && hasRieulFinal(d.text[w.cs:w.ce]) && strings.HasPrefix(d.words[next].stem, "수") {
				return Speculated
			}
		} else if hasRieulFinal(d.text[w.cs:w.ce]) && k+1 < st.w1 && strings.HasPrefix(d.text[d.words[k+1].cs:d.words[k+1].ce], "수") {
			if k <= tr.pe+2 {
				return Speculated
			}
		}
		if strings.Contains(c, "바") && k+1 < st.w1 && strings.HasPrefix(d.text[d.words[k+1].cs:], "있") && d.words[k].stem == "바" {
			break // "~한 바 있다": done before
		}
		if k > tr.pe && endsAny(strings.TrimRight(c, ",."), "는데", "은데", "지만", "으나", "만큼", "있어", "했고", "했으며", "였고", "였으며", "었고", "었으며", "았고", "았으며") {
			break
		}
		if k == tr.pe && endsAny(strings.TrimRight(c, ",."), "는데", "은데", "지만", "으나", "했고", "했으며", "했는데") {
			break
		}
		if strings.HasPrefix(strings.TrimLeft(d.text[w.e:min(w.e+4, len(d.text))], " "), "만큼") && endsAdnominal(c) {
			break
		}
	}
	chain := b.String()
	for _, m := range specMarkers {
		if strings.Contains(chain, m) {
			return Speculated
		}
	}
	if strings.Contains(chain, "수 있") || strings.Contains(chain, "수도 있") {
		return Speculated
	}
	sent := d.text[st.s:st.e]
	for _, m := range reportMarkers {
		if strings.Contains(chain, m) || (m == "에 따르면" && strings.Contains(sent, m)) {
			return Reported
		}
	}
	if st.kind == article.KindHeadline || st.kind == article.KindSubhead {
		if strings.Contains(chain, "가능성") || strings.HasSuffix(strings.TrimSpace(chain), "듯") {
			return Speculated
		}
	}
	return Asserted
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
			if d.verbal(w) && !d.claimed[j] {
				return false
			}
			continue
		}
		r := roleOf(w.josa)
		if r == roleCom {
			continue
		}
		return r == roleObj
	}
	return false
}
