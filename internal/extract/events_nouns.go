package extract

import "strings"

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
		if w.quoted || !w.bare() || d.head[k] != nil || betweenNouns[w.stem] || d.verbal(w) {
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
	case betweenNouns[w.stem] && (w.josa == "의" || w.bare()) && k-1 >= lo:
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
		for _, p := range parts {
			e := d.byKey[Person+"\x00"+fold(p)]
			if e == nil {
				e = d.byKey[Org+"\x00"+fold(p)]
			}
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
