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
