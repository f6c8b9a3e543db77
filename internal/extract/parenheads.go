package extract

import (
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

// parenHeads reads an organisation written with its head in brackets
// after it, as releases and trade papers print it: "누리방송(회장 김도윤)",
// "한빛랩스(대표 이정훈)". The word before the brackets is an organisation
// and the person the brackets name, found with that title, belongs to it.
// Only a title of the table followed by a person already found counts: a
// bracket of a place or an explanation ("(왼쪽)", "(서울 중구)") names no
// head.
func (d *doc) parenHeads() {
	for k := range d.words {
		w := &d.words[k]
		title, name, ok := strings.Cut(d.headParen(w), " ")
		if !ok || !d.lx.titles[title] || w.stemE != w.ce || syllables(w.stem) < 2 || w.quoted {
			continue
		}
		p := d.byKey[Person+"\x00"+fold.Key(strings.TrimSpace(name))]
		if p == nil || p.Title != title {
			continue
		}
		if e := d.head[k]; e != nil && e.Type != Org || d.lx.stop[w.stem] || d.lx.titles[w.stem] || d.plainNoun(w) {
			continue
		}
		if g, ok := d.lx.gaz[fold.Key(w.stem)]; ok && g.typ != Org && !g.weak {
			continue // "서울시(시장 …)" is a place's office, which the gazetteer reads
		}
		start := d.words[d.phrase0[k]].cs
		org := d.head[k]
		if org == nil {
			if unitWord(w.stem) {
				continue // "형사2부(부장판사 …)": a court's or a body's division, not an organisation of its own
			}
			org = d.entity(Org, w.stem)
			start = w.cs
			d.claim(k, k, org)
		}
		org.mention(d.text, start, w.stemE)
		if p.Affiliation == "" {
			p.setAttrs("", d.text[start:w.stemE], "")
		}
	}
}

// maxHeadParen bounds the bytes of a head's bracket ("회장 김도윤").
const maxHeadParen = 40

// headParen is the text of the bracket right after w's core that runs on
// past the word ("누리방송(회장 김도윤)이": the word ends inside it), ""
// when there is none.
func (d *doc) headParen(w *word) string {
	rest, ok := strings.CutPrefix(d.text[w.ce:], "(")
	if !ok {
		return ""
	}
	c := strings.IndexByte(rest, ')')
	if c < 0 || c > maxHeadParen {
		return ""
	}
	return strings.TrimSpace(rest[:c])
}

// unitWord reports a word naming a unit inside an organisation: a
// division, team, section or office (형사2부, 기획팀, 민원과, 비서실).
func unitWord(s string) bool {
	return endsAny(s, "부", "팀", "과", "실", "국", "반", "단")
}
