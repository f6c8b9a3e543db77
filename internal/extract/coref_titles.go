package extract

import "strings"

// rankPrefixes make another rank of the same title: a "김 위원장" is not
// the 부위원장.
var rankPrefixes = setOf(`부 수석부 명예 공동 상임 대행`)

// shortTitle reports whether title, in a "surname + title" reference,
// shortens a compound title of person e ("왕 부장" for the 외교부장, "정
// 장관" for the 국방부장관): one of e's titles ends with it.
func shortTitle(e *entity, title string) bool {
	if syllables(title) < 2 {
		return false
	}
	shortens := func(t string) bool {
		p, ok := strings.CutSuffix(t, title)
		return ok && p != "" && !rankPrefixes()[p] && !strings.Contains(t, " ")
	}
	for t := range e.titles {
		if shortens(t) {
			return true
		}
	}
	return shortens(e.Title)
}

// bareTitle drops the qualifiers before a title: "신임 회장" and "전
// 회장" are both the 회장.
func bareTitle(t string) string {
	f := strings.Fields(t)
	for len(f) > 1 && formerWords()[f[0]] {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// qualifiedTitle reports whether a "surname + title" reference names e once
// the qualifiers are set aside on both sides: "류 회장" for a person
// introduced as "신임 회장", "김 전 장관" for a "전 국방부장관".
func qualifiedTitle(e *entity, title string) bool {
	b := bareTitle(title)
	bare := &entity{Entity: Entity{Title: bareTitle(e.Title)}, titles: map[string]bool{}}
	for t := range e.titles {
		bare.titles[bareTitle(t)] = true
	}
	return bare.titles[b] || bare.Title == b || shortTitle(bare, b)
}
