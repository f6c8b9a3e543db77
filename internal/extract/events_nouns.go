package extract

import (
	"slices"
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

// Meeting nouns as subjects: "A와 B의 첫 상견례가 열렸다", "A와 B 간의
// 회담이 개최됐다". The sides of such a meeting are the owners of the
// noun, read past the bare modifiers in between (첫, 이번, 고위급).

// betweenNouns stand between the sides and the noun: "A와 B 간(의) 회담",
// "A와 B 사이의 만남".
var betweenNouns = setOf(`간 사이`)

// maxAdverbials is how many words (a date, a place, a manner: "지난 3일
// 부산 시내 한 호텔에서") may stand between a meeting noun subject and its
// link verb (열렸다, 개최됐다, 이뤄졌다).
const maxAdverbials = 7

// maxModifiers is how many bare modifier words may stand between the
// owners and the predicate noun.
const maxModifiers = 3

// nounOwners returns the word holding the owners of the predicate noun at
// word t (the genitive "A와 B의", or the last side before 간/사이), or -1
// when none.
func (d *doc) nounOwners(t, lo int) int {
	k := t - 1
	for n := 0; k >= lo && n < maxModifiers; n++ {
		w := &d.words[k]
		if len(d.group[k]) > 0 && w.bare() && !w.quoted {
			return k // "김철수·박영희 회동이": a pair written before the noun
		}
		if w.quoted || !w.bare() || d.head[k] != nil || betweenNouns()[w.stem] || d.verbal(w) {
			break
		}
		k--
	}
	if k < lo {
		return -1
	}
	w := &d.words[k]
	switch {
	case w.quoted:
		return -1
	case roleOf(w.josa) == roleGen && d.head[k] != nil:
		return k
	case k == t-1 && w.bare() && d.head[k] != nil && d.head[k].Type == Person && d.rumourWord(t):
		return k // "A 전무 사임설에": the person a rumour is about, written bare before it
	case betweenNouns()[w.stem] && (w.josa == "의" || w.bare()) && k-1 >= lo:
		if p := &d.words[k-1]; p.bare() && !p.quoted && d.head[k-1] != nil {
			return k - 1
		}
	}
	return -1
}

// dotGroups makes a middle-dot pair of known names one group
// ("김철수·박영희 회동", "한빛·누리 합병"): the word stands for each of them,
// as "두 사람" does.
func (d *doc) dotGroups() {
	for i := range d.words {
		w := &d.words[i]
		if len(d.group[i]) > 0 || d.head[i] != nil && !d.claimed[i] || !strings.ContainsAny(w.stem, "·ㆍ") {
			continue
		}
		parts, _ := splitDots(w.stem)
		var g []*entity
		titled := false
		if len(parts) > 1 && i > 0 && d.lx.titleTab.class(parts[0]) != "" && d.lx.titleTab.class(parts[0]) != TitlePress {
			// "김철수 대표·박영희 사장": the title closes the name before it
			if e := d.dotFirstPerson(i); e != nil {
				g, parts, titled = []*entity{e}, parts[1:], true
			}
		}
		for n, p := range parts {
			e := d.dotPart(p, i, titled, n == len(parts)-1)
			if e == nil {
				g = nil
				break
			}
			g = append(g, e)
		}
		if len(g) >= 2 {
			d.group[i] = g
		}
	}
}

// dotPart resolves part p of dotted word i to a known person or
// organisation. After a titled first item the parts are people: the last
// part may be the organisation of the person written right after the word
// ("사장·누리화학 강지훈 대표"), who is then the part.
func (d *doc) dotPart(p string, i int, titled, last bool) *entity {
	if e := d.byKey[Person+"\x00"+fold.Key(p)]; e != nil {
		return e
	}
	e := d.byKey[Org+"\x00"+fold.Key(p)]
	if !titled || e == nil {
		return e
	}
	if last && i+1 < len(d.words) && d.words[i+1].bare() {
		if n := d.head[i+1]; n != nil && n.Type == Person {
			return n
		}
	}
	return nil
}

// dotFirstPerson finds the person whose title opens dotted word i: the
// name right before it, or before the affiliation or former-post word
// written between them ("윤태호 한빛전자 사장·강지훈", "윤태호 전
// 장관·강지훈"); nil when none.
func (d *doc) dotFirstPerson(i int) *entity {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := &d.words[k]
		if !w.bare() {
			return nil
		}
		if e := d.head[k]; e != nil && e.Type == Person {
			return e
		}
		if !d.affiliationWord(k) && !formerWords()[w.stem] {
			return nil
		}
	}
	return nil
}

// affiliationWord reports word k an organisation written bare inside a
// titled phrase: claimed as a person's affiliation, or heading an
// organisation.
func (d *doc) affiliationWord(k int) bool {
	if !d.words[k].bare() {
		return false
	}
	e := d.head[k]
	return e == nil && d.claimed[k] || e != nil && e.Type == Org
}

// qualifiedTitle reads word k as a counterpart named only by a qualified
// title ("일본 경제산업상을 만날", "미국 국무장관과 회담"): a title of the
// table, not a press title, right after the place or organisation it
// belongs to. It returns the description ("일본 경제산업상"), or "".
func (d *doc) qualifiedTitle(k, lo int) string {
	w := &d.words[k]
	if k-1 < lo || d.head[k] != nil || w.quoted || w.paren != "" {
		return ""
	}
	t0, title := d.titleAt(k, lo)
	if t0 != k || d.lx.titleTab.class(title) == TitlePress {
		return ""
	}
	q := &d.words[k-1]
	if !q.bare() || q.quoted {
		return ""
	}
	if e := d.head[k-1]; e != nil && (e.Type == Place || e.Type == Org) {
		return cleanPhrase(d.text[d.words[d.phrase0[k-1]].cs:w.stemE])
	}
	if d.byKey[Place+"\x00"+fold.Key(q.stem)] == nil && d.byKey[Org+"\x00"+fold.Key(q.stem)] == nil {
		return ""
	}
	return cleanPhrase(d.text[q.cs:w.stemE])
}

// attendee finds the other side of a one-sided meeting in a speculated
// attendance before it in the sentence ("밀러 장관의 참석이 점쳐지는 가운데
// 정 장관이 회담할지 주목"): the owner of an attendance noun of
// attendance.txt whose next word speculates about it; nil when none.
func (d *doc) attendee(st sentence, t int) *entity {
	at := d.lx.ev.attendance
	for k := st.w0 + 1; k+1 < t; k++ {
		w, nx := &d.words[k], &d.words[k+1]
		if w.quoted || !slices.Contains(at["noun"], w.stem) || !hasAnyPrefix(d.text[nx.cs:nx.ce], at["verb"]) {
			continue
		}
		if o := d.nounOwners(k, st.w0); o >= 0 && d.head[o] != nil && d.head[o].Type == Person {
			return d.head[o]
		}
	}
	return nil
}

// groupSide reads the subject word subj of a one-sided meeting as a group
// written as a description, coordinated after a named side ("우원식
// 국회의장과 양당 원내대표는 … 만나"): a title of the table (never press) or
// a group noun with a qualifier before it. It returns the description, or
// "".
func (d *doc) groupSide(subj, lo int) string {
	s := d.npStart(subj, lo)
	if s-1 < lo || d.head[s-1] == nil || d.words[s-1].josa != "와" && d.words[s-1].josa != "과" {
		return "" // no named side coordinated before it
	}
	return d.groupPhrase(subj, lo)
}

// groupPhrase is the description of a group at head word k ("양당
// 원내대표", "유가족 대책위 지도부"): a title of the table (never press) or
// a noun of group_sides.txt, with a qualifier before it; "" otherwise.
func (d *doc) groupPhrase(subj, lo int) string {
	w := &d.words[subj]
	if d.head[subj] != nil || len(d.group[subj]) > 0 || w.quoted {
		return ""
	}
	s := d.npStart(subj, lo)
	if s == subj || s == subj-1 && syllables(d.words[s].stem) == 1 && d.lx.surnames[d.words[s].stem] {
		return "" // no qualifier, or a surname reference ("왕 부장")
	}
	t0, title := d.titleAt(subj, s)
	for k := s; k < subj; k++ {
		if d.head[k] != nil && d.head[k].Type == Person {
			return "" // a person's title, not a group
		}
	}
	isTitle := t0 == subj && d.lx.titleTab.class(title) != TitlePress
	if !isTitle && !d.lx.ev.groupSides[w.stem] {
		return ""
	}
	return d.nounPhrase(subj, s)
}

// placeStart is the first word a place of the predicate at t may come
// from: after a "but/because" break (clauseStart) and after a clause
// closed by a past connective ("일정이 바뀌었고"), whose place is its own.
func (d *doc) placeStart(st sentence, t int) int {
	lo := d.clauseStart(st, t)
	for k := t - 1; k >= lo; k-- {
		w := &d.words[k]
		if !w.quoted && d.closesClause(k, false, strings.TrimRight(d.text[w.s:w.e], ",.")) {
			return k + 1
		}
	}
	return lo
}

// pairActors reads a subject word subj written as a pair group ("양당은",
// "두 나라는"): the two or more parties of the subject carried from the
// sentence before stand for it; unnamed, the group is no actor (an
// event needs a named party).
func (d *doc) pairActors(subj int, carried []*entity, ev *Event, seen map[string]bool) {
	w := &d.words[subj]
	name := w.stem
	if !d.lx.ev.pairGroups[name] {
		if subj == 0 || !d.words[subj-1].bare() {
			return
		}
		p := &d.words[subj-1]
		name = d.text[p.cs:p.ce] + " " + w.stem
		if !d.lx.ev.pairGroups[name] {
			return
		}
	}
	if len(carried) >= 2 {
		for _, e := range carried {
			ev.Actors = addActor(ev.Actors, seen, e)
		}
	}
}

// rumourWord reports word t a predicate noun with 설 (사임설, 회동설).
func (d *doc) rumourWord(t int) bool {
	w := &d.words[t]
	for _, n := range d.triggerCandidates(w.stem, w.stem) {
		if strings.HasSuffix(w.stem, n+"설") {
			return true
		}
	}
	return false
}
