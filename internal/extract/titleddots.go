package extract

import (
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

// titledDotChain reads the dotted word i of a list of people each with
// their own title, one title and the next item joined by a middle dot in
// one word: "윤태호 상무·강지훈 편집국장", "윤태호 한빛전자 사장·강지훈 누리화학
// 대표", "한빛전자 윤태호 사장·누리화학 강지훈 대표", "윤태호 전 장관·강지훈
// 의원". The first item begins at the nearest of the three words before
// word i that makes it one ("오늘 윤태호 상무" begins at 윤태호); every item
// must be a name with a title.
func (d *doc) titledDotChain(si, i int) bool {
	st := d.sents[si]
	end := d.dotChainEnd(st, i)
	if end < 0 {
		return false
	}
	for s := i - 1; s >= max(st.w0, i-3); s-- {
		if !d.bareRun(s, i) {
			continue
		}
		items, ok := d.dotChainItems(s, end)
		if !ok {
			continue
		}
		var first *entity
		for n, it := range items {
			if e := d.addListed(it); n == 0 {
				first = e
			}
		}
		// the first name heads its word when the item starts with it; the
		// dotted words then stand for the list as a group (see dotGroups)
		if it := items[0]; it.start == d.words[s].cs && (it.affilOffset < 0 || it.affilOffset > it.start) {
			d.claim(s, s, first)
			s++
		}
		d.claim(s, end, nil)
		return true
	}
	return false
}

// bareRun reports words [s, i) bare, unquoted and unclaimed.
func (d *doc) bareRun(s, i int) bool {
	for k := s; k < i; k++ {
		if w := &d.words[k]; !w.bare() || w.quoted || d.claimed[k] {
			return false
		}
	}
	return true
}

// dotChainEnd is the word of the last title of the chain whose dotted word
// is i, -1 when none closes it within a few words.
func (d *doc) dotChainEnd(st sentence, i int) int {
	if !d.words[i].bare() {
		return -1
	}
	for k := i + 1; k < st.w1 && k <= i+8; k++ {
		w := &d.words[k]
		if d.claimed[k] || w.quoted {
			return -1
		}
		if strings.ContainsAny(w.stem, "·ㆍ") {
			if !w.bare() {
				return -1
			}
			continue
		}
		if t0, _ := d.titleAt(k, k); t0 == k {
			return k
		}
		if !w.bare() {
			return -1
		}
	}
	return -1
}

// dotChainItems splits the text from word s to the title of word end at
// its middle dots into titled items.
func (d *doc) dotChainItems(s, end int) ([]listItem, bool) {
	base := d.words[s].cs
	parts, offs := splitDots(d.text[base:d.words[end].stemE])
	if len(parts) < 2 {
		return nil, false
	}
	items := make([]listItem, 0, len(parts))
	for k, p := range parts {
		it, ok := d.dotChainItem(p, base+offs[k], k > 0)
		if !ok {
			return nil, false
		}
		items = append(items, it)
	}
	return items, true
}

// dotChainItem reads one titled item: "윤태호 상무", "윤태호 한빛전자 사장",
// "한빛전자 윤태호 사장" (an organisation the lexicon or its ending knows
// before the name, or any word but a name or title in a later item, after
// the dot), "윤태호 전 장관".
func (d *doc) dotChainItem(p string, start int, later bool) (listItem, bool) {
	f := strings.Fields(p)
	if it, ok := d.parseListItem(p, start); ok && it.title != "" {
		if formerWords()[it.affil] {
			it.title, it.affil, it.affilOffset = it.affil+" "+it.title, "", -1
		}
		return it, true
	}
	// after a dot the word before the name can only be its organisation
	org := d.orgName(f[0]) || later && len(f) == 3 && !d.nameString(f[0]) && !d.lx.stop[f[0]] && !d.titleString(f[0])
	if len(f) != 3 || !org || !d.nameString(f[1]) || !d.titleString(f[2]) {
		return listItem{}, false
	}
	lead := len(p) - len(strings.TrimLeft(p, " "))
	it := listItem{start: start + strings.Index(p, " "+f[1]) + 1, name: f[1], affil: f[0], title: f[2], affilOffset: start + lead}
	return it, true
}

// orgName reports an organisation's name standing alone: one of the
// gazetteer, or a name ending in an organisation suffix (한빛전자).
func (d *doc) orgName(s string) bool {
	if g, ok := d.lx.gaz[fold.Key(s)]; ok {
		return g.typ == Org && !g.weak
	}
	return d.suffixedOrgName(s)
}

// suffixedOrgName reports a name ending in an organisation suffix after a
// name of two syllables or more (한빛전자, 푸른재단), not after a kind of
// institution (국책은행) or a common noun (신용카드).
func (d *doc) suffixedOrgName(s string) bool {
	if !allHangul(s) {
		return false
	}
	for _, suf := range orgSuffixes {
		pre, ok := strings.CutSuffix(s, suf)
		if !ok || syllables(pre) < 2 || genericPrefixes()[pre] || suf == "미디어" && mediaKinds()[pre] || d.lx.stop[pre] {
			continue
		}
		if ts := d.x.an.Analyze(s); businessSuffixes()[suf] && len(ts) == 1 && ts[0].Known && strings.HasPrefix(ts[0].POS, "NNG") {
			return false // one dictionary word: 신용카드
		}
		return true
	}
	return false
}

// titleString reports a title standing alone in a list: "상무", "편집국장",
// "재무장관".
func (d *doc) titleString(s string) bool {
	return d.lx.titles[s] || allHangul(s) && d.lx.titleTab.compound(s) != ""
}
