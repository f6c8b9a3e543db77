package extract

import (
	"slices"
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

// initialsActors reads a subject word written as a run of country
// initials ("남북은 합의했다", "한미는 회담을 열고", "한미일은"): the
// countries it stands for are the actors, as the gazetteer names them.
// A word the gazetteer knows as one place (남한, 북한) is no group.
func (d *doc) initialsActors(subj int, ev *Event, seen map[string]bool) {
	w := &d.words[subj]
	if roleOf(w.josa) != roleSubj || w.quoted || !(countryPair(w.stem) || countryGroup(w.stem)) {
		return
	}
	if _, ok := d.lx.gaz[fold.Key(w.stem)]; ok {
		return
	}
	var names []string
	for _, r := range w.stem {
		c, ok := d.lx.ev.initials[string(r)]
		if !ok {
			return
		}
		if g, ok := d.lx.gaz[fold.Key(c)]; ok && g.typ == Place {
			c = g.canon
		}
		if !slices.Contains(names, c) {
			names = append(names, c)
		}
	}
	if len(names) < 2 {
		return // 남한: one country twice
	}
	for _, c := range names {
		if !seen[c] {
			seen[c] = true
			ev.Actors = append(ev.Actors, c)
		}
	}
}

// partnerRole is the role word k plays for the predicate of tr: a partner
// in 와도/과도 ("A 부장과도 면담할 계획") is a party as one in 와/과 is, and
// for a predicate whose object is a party, "X에 대해" names that party as
// 을/를 does ("B씨 등에 대해 소송을 제기했다").
func (d *doc) partnerRole(k int, tr trigger) role {
	w := &d.words[k]
	switch {
	case w.josa == "와도" || w.josa == "과도":
		return roleCom
	case w.josa == "에" && k+1 < tr.t && d.lx.ev.frameOf(tr.typ).objectActor && d.text[d.words[k+1].cs:d.words[k+1].ce] == "대해":
		return roleObj
	}
	return roleOf(w.josa)
}

// datePeriodWords are bound nouns that after a date say "during" it ("9월
// 중", "이달 내"): part of when, not of what.
var datePeriodWords = setOf(`중 내`)

// datePeriod reports word k a period word right after a word of a date
// ("9월 중 평양에서 …하기로": 중 belongs to the date).
func (d *doc) datePeriod(k int) bool {
	w := &d.words[k]
	return k > 0 && w.josa == "" && datePeriodWords()[w.stem] && d.words[k-1].sent == w.sent && d.words[k-1].bare() && d.inDate(k-1)
}

// modifiesTitledNobody reports the adnominal predicate of tr modifying a
// titled person the entity list does not name ("이틀간 방한하는 세계경제포럼
// 클라우스 슈밥 회장과"): the one who travels is that person, not the
// sentence's subject, so the clause tells no event of the subject.
func (d *doc) modifiesTitledNobody(st sentence, tr trigger) bool {
	for k := tr.pe + 1; k < st.w1 && k <= tr.pe+5; k++ {
		w := &d.words[k]
		if e := d.head[k]; w.quoted || e != nil && (e.Type == Person || e.Type == Org) || len(d.group[k]) > 0 {
			return false
		}
		if w.josa == "" && !w.comma {
			continue
		}
		t0, title := d.titleAt(k, tr.pe+1)
		return t0 > tr.pe && title != "" && d.lx.titleTab.class(title) != TitlePress && roleOf(w.josa) != roleGen
	}
	return false
}

// adnominalHaneun reports a predicate word read as a noun and the topic
// particle 는 though it is a 하다 verb's adnominal form ("방한하는 박 회장과"):
// the word ends in 하는, which no topic-marked noun does.
// It counts only before a party ("체결하는 방안을 검토" keeps its event).
func (d *doc) adnominalHaneun(st sentence, tr trigger) bool {
	w := &d.words[tr.pe]
	if w.josa != "는" || !strings.HasSuffix(d.text[w.cs:w.ce], "하는") || tr.pe+1 >= st.w1 {
		return false
	}
	for k := tr.pe + 1; k < st.w1 && k <= tr.pe+4; k++ {
		if e := d.head[k]; e != nil && (e.Type == Person || e.Type == Org) {
			return true
		}
		if d.words[k].josa != "" {
			break
		}
	}
	return d.modifiesTitledNobody(st, tr)
}

// haneunModifier reports word k a 하다 verb's adnominal form that the
// analyser split as a noun and the topic particle 는 ("방한하는 박 회장과
// 회담했다"): a modifier, never the subject of a later predicate.
func (d *doc) haneunModifier(k int) bool {
	w := &d.words[k]
	return w.josa == "는" && !w.comma && strings.HasSuffix(d.text[w.cs:w.ce], "하는") && d.verbal(w)
}

// alsoSubjects are the people or organisations of a subject in 도 whose
// particle ends a titled name or a coordinated list ("문재인 대통령과 김정은
// 위원장도 배석한다"), for the next clauses that drop their subject.
func (d *doc) alsoSubjects(st sentence) []*entity {
	for i := st.w0; i < st.w1; i++ {
		w := &d.words[i]
		if w.quoted || roleOf(w.josa) != roleAlso {
			continue
		}
		var out []*entity
		for _, e := range d.subjectEntities(i, st.w0) {
			if e.Type == Person || e.Type == Org {
				out = append(out, e)
			}
		}
		if len(out) > 1 || len(out) == 1 && d.head[i] == nil {
			return out // one named word keeps the reading below ("홍길동 씨도")
		}
	}
	return nil
}

// passiveSubjectObject is what a passive predicate whose party came in
// 에/에 의해 was done to ("한빛테크는 삼성전자에 인수됐다"): the subject's
// noun phrase, unless the subject is itself a party; "" otherwise.
func (d *doc) passiveSubjectObject(st sentence, subj int, tr trigger, ev *Event) string {
	fr := d.lx.ev.frameOf(tr.typ)
	if subj < 0 || !fr.agent || !fr.object || len(ev.Actors) == 0 || !d.passive(tr.pe) || d.words[subj].quoted {
		return ""
	}
	for _, e := range d.subjectEntities(subj, st.w0) {
		if slices.Contains(ev.Actors, e.Name) {
			return ""
		}
	}
	return d.normTerms(d.nounPhrase(subj, st.w0))
}

// progressiveAfter reports the word after predicate noun i a progressive
// 중 with the copula ("협상 중인 것으로", "인수 검토 중이다", "협의 중이며"):
// the noun is the predicate of an event going on. A bare 중 ("회의 중
// 발언했다") only says when.
func (d *doc) progressiveAfter(i, end int) bool {
	w := &d.words[i]
	if w.josa != "" || w.comma || i+1 >= end || d.words[i+1].quoted {
		return false
	}
	nx := d.text[d.words[i+1].cs:d.words[i+1].ce]
	return strings.HasPrefix(nx, "중이") || strings.HasPrefix(nx, "중인")
}

// determinerJeok reports word k a noun in -적 that only qualifies the
// next one ("전략적 파트너십", "포괄적 협력"): how, not what the event is about.
func (d *doc) determinerJeok(k int) bool {
	ts := d.toksOf(&d.words[k])
	if len(ts) < 2 {
		return false
	}
	last := ts[len(ts)-1]
	return last.Surface == "적" && strings.Contains(last.POS, "XSN")
}

// etcGroups makes the word 등 after a named party stand for the parties
// listed before it ("박영희 씨 등을 상대로", "A사, B사 등이"): 등 names no one
// of its own.
func (d *doc) etcGroups() {
	for i := 1; i < len(d.words); i++ {
		w := &d.words[i]
		if w.stem != "등" || w.quoted || d.head[i] != nil || len(d.group[i]) > 0 || d.words[i-1].sent != w.sent || !d.words[i-1].bare() {
			continue
		}
		k := i - 1
		if honorificNouns()[d.words[k].stem] && k > 0 && d.words[k-1].sent == w.sent {
			k-- // "박영희 씨 등": the name before the honorific
		}
		e := d.head[k]
		if e == nil || e.Type != Person && e.Type != Org || d.words[k].quoted {
			continue
		}
		d.group[i] = d.coordinated(k, d.sents[w.sent].w0)
	}
}

// agreedLightVerbs are the light verbs a "-기로" complement may end on
// after its object ("정상회담을 갖기로", "회의를 열기로"): what was agreed
// is the object, the verb adds nothing.
var agreedLightVerbs = []string{"갖", "가지", "열"}

// trimAgreedLightVerb drops a light verb and its object's particle from the
// end of an agreed complement: "평양에서 정상회담을 갖" → "평양에서 정상회담".
func trimAgreedLightVerb(s string) string {
	for _, v := range agreedLightVerbs {
		rest, ok := strings.CutSuffix(s, " "+v)
		if !ok {
			continue
		}
		for _, p := range []string{"을", "를"} {
			if r, ok := strings.CutSuffix(rest, p); ok && r != "" {
				return r
			}
		}
	}
	return s
}
