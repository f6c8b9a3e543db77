package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/fold"
)

// agencyOrg makes the outlet the article names as its source (its agency,
// from the byline, the credit or the page) an organisation, with a mention
// where the text writes it as a word of its own ("ⓒ KPI뉴스", "KPI뉴스 /
// 홍길동 기자"). A dateline has done so already for wire copies.
func (d *doc) agencyOrg() {
	ag := strings.TrimSpace(d.agency())
	if syllables(ag) < 2 {
		return
	}
	name := ag
	if g, ok := d.lx.gaz[fold.Key(ag)]; ok && g.typ == Org {
		name = g.canon
	}
	for off := 0; off < len(d.text); {
		i := strings.Index(d.text[off:], ag)
		if i < 0 {
			return
		}
		s, e := off+i, off+i+len(ag)
		off = e
		if wordEdge(d.text, s, e) {
			d.entity(Org, name).mention(d.text, s, e)
		}
	}
}

// wordEdge reports text[s:e] standing as a word: no letter or digit right
// before it, and none right after it but a particle's Hangul.
func wordEdge(text string, s, e int) bool {
	if s > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:s]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsDigit(r) || unicode.IsLetter(r) && !(r >= 0xAC00 && r <= 0xD7A3) {
			return false
		}
		if r >= 0xAC00 && r <= 0xD7A3 {
			rest := text[e:]
			for _, j := range []string{"은", "는", "이", "가", "을", "를", "의", "에", "과", "와", "도", "로", "에서", "측"} {
				if strings.HasPrefix(rest, j) {
					return true
				}
			}
			return false
		}
	}
	return true
}
