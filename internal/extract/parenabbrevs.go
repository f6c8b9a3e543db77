package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/fold"
)

// maxAbbrevParen is the longest parenthesis (in bytes) read as the short
// name of the organisation before it.
const maxAbbrevParen = 40

// The paren-abbrevs stage: an organisation followed by its short name in
// brackets ("가로세로연구소(가세연)", "예산결산특별위원회(이하 예결특위)")
// takes that short name as its alias, so that the story's later "가세연
// 측은" is the same organisation. A short name already read as an
// organisation of its own is folded into the full one.
func (d *doc) parenAbbrevs() {
	for _, e := range d.ents {
		if e.Type != Org || len(e.Mentions) == 0 {
			continue
		}
		for _, m := range e.Mentions {
			short := d.parenAfter(m.End)
			if short == "" || !abbrevOf(short, e.Name) {
				continue
			}
			if other, ok := d.byKey[Org+"\x00"+fold.Key(short)]; ok && other != e {
				d.fold(other, e)
			}
			e.alias(short)
		}
	}
}

// parenAfter is the text of the parenthesis opening at byte end, without
// a leading "이하"; "" when none.
func (d *doc) parenAfter(end int) string {
	rest, ok := strings.CutPrefix(d.text[end:], "(")
	if !ok {
		return ""
	}
	c := strings.IndexByte(rest, ')')
	if c < 0 || c > maxAbbrevParen {
		return ""
	}
	inner := strings.TrimSpace(rest[:c])
	if s, ok := strings.CutPrefix(inner, "이하"); ok {
		inner = strings.TrimSpace(s)
	}
	return inner
}

// abbrevOf reports whether short is a Korean short form of name: two to
// five syllables, fewer than the name's, each found in the name in order
// ("가세연" in 가로세로연구소, "권익위" in 국민권익위원회).
func abbrevOf(short, name string) bool {
	n := syllables(short)
	if !allHangul(short) || n < 2 || n > 5 || n >= syllables(name) {
		return false
	}
	rest := name
	for _, r := range short {
		i := strings.IndexRune(rest, r)
		if i < 0 {
			return false
		}
		rest = rest[i+utf8.RuneLen(r):]
	}
	return true
}
