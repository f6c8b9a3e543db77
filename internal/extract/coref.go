package extract

import (
	"sort"
	"strings"
)

// groupNouns head a subject that stands for the entities in its genitive:
// "한국과 중국, 일본의 정부 당국자들은" are Korea, China and Japan acting.
var groupNouns = setOf(`당국자 당국자들 정부 정부들 관계자들 대표단 대표들 정상 정상들 기업들 회사들 장관들 외교장관들 수장들 측`)

// pronouns that refer back to the last person in subject position.
var personPronouns = setOf(`그 그녀`)

// groupPronouns refer to the people of the previous sentence(s).
var groupPronouns = setOf(`이들 그들 양측 두 사람 세 사람 양사`)

// coreference resolves, in reading order, references that are not names:
// a surname with a title ("이 회장", "손 회장"), the pronouns 그/그녀
// (the last person who was a subject) and 이들/그들 (the people of the
// previous sentences). It also records per sentence the subject that a
// clause without one inherits (Korean drops subjects freely).
func (d *doc) coreference() {
	d.appointedPosts()
	var lastPerson *entity
	var recentPeople [][]*entity // people per sentence, most recent last
	for si, st := range d.sents {
		var people []*entity
		addPerson := func(e *entity) {
			for _, p := range people {
				if p == e {
					return
				}
			}
			people = append(people, e)
		}
		var subjPerson, alsoPerson *entity
		unnamedSubj := false
		for i := st.w0; i < st.w1; i++ {
			w := &d.words[i]
			if w.quoted {
				continue
			}
			d.surnameTitleRef(i, st, lastPerson)
			if personPronouns()[w.stem] && w.josa != "" && !d.claimed[i] && lastPerson != nil {
				lastPerson.mention(d.text, w.cs, w.stemE)
				d.claim(i, i, lastPerson)
			}
			// "두 회사", "양사", "두 사람": the last two organisations or people
			if n, typ := pairRef(d.words, i, st.w0); n > 0 && !d.claimed[i] {
				if g := d.lastOfType(typ, n, w.s); len(g) == n {
					d.group[i] = g
				}
			}
			if groupPronouns()[w.stem] && !d.claimed[i] {
				for k := len(recentPeople) - 1; k >= 0 && k >= len(recentPeople)-2; k-- {
					if len(recentPeople[k]) >= 2 {
						d.group[i] = recentPeople[k]
						break
					}
				}
			}
			if d.head[i] == nil && !unnamedSubj && roleOf(w.josa) == roleSubj && !d.claimed[i] && (d.lx.anon[w.stem] || d.titleWordAt(i, st.w0)) && (i == st.w0 || d.head[i-1] == nil || d.head[i-1].Type != Person) {
				unnamedSubj = true // "외무장관은", "관계자는": a person the text does not name
			}
			if e := d.head[i]; e != nil && e.Type == Person {
				addPerson(e)
				r := roleOf(w.josa)
				if subjPerson == nil && (r == roleSubj || (r == roleGen && d.nextHeadRole(i, st.w1) == roleSubj)) {
					subjPerson = e
				}
				if alsoPerson == nil && (r == roleAlso || r == roleNone && i+1 < st.w1 && d.words[i+1].stem == "씨" && roleOf(d.words[i+1].josa) == roleAlso) {
					alsoPerson = e // "홍길동 씨도 … 부인했다": the subject, marked by 도
				}
			}
		}
		_ = si
		if subjPerson == nil {
			subjPerson = alsoPerson
		}
		if subjPerson != nil {
			lastPerson = subjPerson
		} else if unnamedSubj {
			lastPerson = nil // "그는" next means the unnamed one, not the person before
		} else if len(people) > 0 && lastPerson == nil {
			lastPerson = people[0]
		}
		if len(people) > 0 {
			recentPeople = append(recentPeople, people)
		}
	}
}

// surnameTitleRef resolves "이 회장", "김 전 장관", "쑨 부부장" at word i
// of sentence st: a surname (or a foreign name's first syllable) and a
// title, the person with both.
func (d *doc) surnameTitleRef(i int, st sentence, lastPerson *entity) {
	w := &d.words[i]
	if i+1 >= st.w1 || !w.bare() || d.claimed[i] || syllables(w.stem) != 1 || !(d.lx.surnames[w.stem] || d.foreignSurname(w.stem)) {
		return
	}
	t := i + 1
	if t+1 < st.w1 && d.words[t].bare() && formerWords()[d.words[t].stem] {
		t++ // "김 전 장관"
	}
	t0, title := d.titleAt(t, st.w0)
	if t0 != t || d.claimed[t] {
		return
	}
	if t > i+1 {
		title = d.words[i+1].stem + " " + title
	}
	if e := d.resolveSurname(w.stem, title, lastPerson); e != nil {
		e.mention(d.text, w.cs, d.words[t].stemE)
		d.claim(i, t, e)
	}
}

// nextHeadRole is the role of the next word carrying a particle: it tells
// whether "이 회장의" modifies the subject ("이 회장의 출장은").
func (d *doc) nextHeadRole(i, end int) role {
	for k := i + 1; k < end && k <= i+4; k++ {
		if d.words[k].josa != "" {
			return roleOf(d.words[k].josa)
		}
		if d.words[k].comma {
			return roleNone
		}
	}
	return roleNone
}

// resolveSurname finds the person a "surname + title" reference means: the
// one with that surname and title, the most recently active first.
func (d *doc) resolveSurname(surname, title string, last *entity) *entity {
	bare := title
	if f, rest, ok := strings.Cut(title, " "); ok && formerWords()[f] {
		bare = rest // "황 신임 사장" for the one appointed 사장
	}
	match := func(e *entity) bool {
		if e.Type != Person || !(e.titles[title] || e.Title == "" || e.Role == title || e.titles[bare] || shortTitle(e, title) || qualifiedTitle(e, title)) {
			return false
		}
		if parts := strings.Fields(e.Name); len(parts) > 1 {
			return parts[len(parts)-1] == surname // "젠슨 황" → "황 CEO"
		}
		return d.lx.surnameOf(e.Name) == surname || d.lx.surnameOf(e.Name) == "" && strings.HasPrefix(e.Name, surname)
	}
	if last != nil && match(last) {
		return last
	}
	var best *entity
	for _, e := range d.ents {
		if match(e) && (best == nil || (best.Title != title && e.Title == title)) {
			best = e
		}
	}
	if best == nil {
		return d.soleSurnameSameClass(surname, title)
	}
	return best
}

// soleSurnameSameClass finds the only person with surname whose title is of
// the class of title: "강 대표이사" for 강호병 introduced as 부사장 and
// appointed 대표이사 since. nil when none or more than one has it, or when
// the two are ranks of one post.
func (d *doc) soleSurnameSameClass(surname, title string) *entity {
	class := d.lx.titleTab.class(bareTitle(title))
	if class == "" {
		return nil
	}
	var found *entity
	for _, e := range d.ents {
		if e.Type != Person || d.lx.surnameOf(e.Name) != surname || strings.Contains(e.Name, " ") {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	if found == nil || d.lx.titleTab.class(bareTitle(found.Title)) != class || otherRank(bareTitle(found.Title), bareTitle(title)) {
		return nil
	}
	return found
}

// otherRank reports two titles that are ranks of one post (회장 and
// 부회장): a "김 회장" is not the 부회장 김.
func otherRank(a, b string) bool {
	p, ok := strings.CutSuffix(a, b)
	q, ok2 := strings.CutSuffix(b, a)
	return ok && rankPrefixes()[p] || ok2 && rankPrefixes()[q]
}

// titleWordAt reports a title ending at word i ("외무장관", "총리").
func (d *doc) titleWordAt(i, lo int) bool {
	t0, _ := d.titleAt(i, lo)
	return t0 >= 0
}

// foreignSurname reports a syllable that begins the one-word name of a
// person found before, a name whose first syllable is no Korean surname:
// "쑨 부부장" after "쑨웨이둥 외교부 부부장" (a Chinese name read in Korean).
func (d *doc) foreignSurname(s string) bool {
	for _, e := range d.ents {
		if e.Type == Person && !strings.Contains(e.Name, " ") && syllables(e.Name) >= 2 && strings.HasPrefix(e.Name, s) && d.lx.surnameOf(e.Name) == "" {
			return true
		}
	}
	return false
}

// pairRef recognises "두 회사", "세 기업", "양사", "두 사람" at word i: how
// many entities of which type it refers back to.
func pairRef(ws []word, i, lo int) (int, string) {
	w := &ws[i]
	stem := strings.TrimSuffix(w.stem, "들")
	switch stem {
	case "양사", "양측":
		return 2, Org
	}
	if i-1 < lo || !ws[i-1].bare() {
		return 0, ""
	}
	n := map[string]int{"두": 2, "세": 3}[ws[i-1].stem]
	if n == 0 {
		return 0, ""
	}
	switch stem {
	case "회사", "기업", "업체", "은행", "그룹", "나라":
		return n, Org
	case "사람", "정상", "인사":
		return n, Person
	}
	return 0, ""
}

// lastOfType returns the n most recently mentioned distinct entities of
// typ before offset off, in order of mention.
func (d *doc) lastOfType(typ string, n, off int) []*entity {
	type seen struct {
		e   *entity
		pos int
	}
	var best []seen
	for _, e := range d.ents {
		if e.Type != typ {
			continue
		}
		last := -1
		for _, m := range e.Mentions {
			if m.End <= off && m.Start > last {
				last = m.Start
			}
		}
		if last >= 0 {
			best = append(best, seen{e, last})
		}
	}
	sort.Slice(best, func(i, j int) bool { return best[i].pos > best[j].pos })
	if len(best) > n {
		best = best[:n]
	}
	sort.Slice(best, func(i, j int) bool { return best[i].pos < best[j].pos })
	out := make([]*entity, len(best))
	for i, b := range best {
		out[i] = b.e
	}
	return out
}
