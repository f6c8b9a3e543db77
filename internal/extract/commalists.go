package extract

import (
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

// minCommaItems is the fewest parts a comma list needs before its items
// are read as people: two commas at least.
const minCommaItems = 3

// commaLists finds people listed with commas: caption lines of guests
// ("…, 권기찬 오페라갤러리 서울 회장, 나건 한빛대 디자인대학원 원장이
// 참석했다") and names listed before a noun for their kind ("모네,
// 르누아르, 로댕 등 화가").
func (d *doc) commaLists() {
	for _, st := range d.sents {
		s := d.text[st.s:st.e]
		if strings.Count(s, ",") < minCommaItems-1 {
			continue
		}
		parts, offs := splitCommas(s)
		d.titledCommaList(parts, offs, st.s)
		d.kindCommaList(parts, offs, st.s)
	}
}

// splitCommas splits s at commas, returning the parts and their byte
// offsets in s.
func splitCommas(s string) ([]string, []int) {
	var parts []string
	var offs []int
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			parts = append(parts, s[start:i])
			offs = append(offs, start)
			start = i + 1
		}
	}
	return parts, offs
}

// listParticles end the last item of a list, attached to its last word.
var listParticles = []string{"를", "을", "이", "가", "은", "는", "도", "와", "과"}

// trimParticle cuts a particle off w and reports whether it did.
func trimParticle(w string) (string, bool) {
	for _, p := range listParticles {
		if b := strings.TrimSuffix(w, p); b != w && syllables(b) >= 2 {
			return b, true
		}
	}
	return w, false
}

// isTitleWord reports a title, a compound title or "…원장" written as one word.
func (d *doc) isTitleWord(w string) bool {
	return d.lx.titles[w] || d.lx.titleTab.compound(w) != "" || headOfTitle(w)
}

// lastTitledItem cuts the last item of a list after its title, which
// carries the sentence's particle: "나건 한빛대 원장이 참석했다" → "나건
// 한빛대 원장".
func (d *doc) lastTitledItem(s string) string {
	f := strings.Fields(s)
	for _, w := range f {
		if b, ok := trimParticle(w); ok && d.isTitleWord(b) {
			return s[:strings.Index(s, w)+len(b)]
		}
	}
	return s
}

// titledCommaList reads the items after the first as "NAME [AFFILIATION]
// TITLE" when at least two of them are, and adds every such item.
func (d *doc) titledCommaList(parts []string, offs []int, base int) {
	var items []listItem
	for k := 1; k < len(parts); k++ {
		p := parts[k]
		if k == len(parts)-1 {
			p = d.lastTitledItem(p)
		}
		it, ok := d.parseListItem(p, base+offs[k])
		if !ok {
			it, ok = d.foreignListItem(p, base+offs[k])
		}
		if ok && it.title != "" {
			items = append(items, it)
		}
	}
	if len(items) < 2 {
		return
	}
	for _, it := range items {
		d.addListed(titleChain(d, it))
	}
}

// titleChain moves titles written at the end of an item's affiliation into
// its title: "동아일보 대표이사 부사장" is 동아일보, 대표이사 부사장; so
// does a former-post word before the affiliation (전 동아일보 부사장).
func titleChain(d *doc, it listItem) listItem {
	f := strings.Fields(it.affil)
	for len(f) > 0 && d.isTitleWord(f[len(f)-1]) {
		it.title = f[len(f)-1] + " " + it.title
		f = f[:len(f)-1]
	}
	if len(f) > 1 && formerWords()[f[0]] && !strings.Contains(it.title, " ") {
		// "임흥식 전 한빛방송 C&I 대표이사": a former post, as after one name
		it.title = f[0] + " " + it.title
		if it.affilOffset >= 0 {
			it.affilOffset += strings.Index(it.affil, f[1])
		}
		f = f[1:]
	}
	if len(f) == 0 {
		it.affilOffset = -1
	}
	it.affil = strings.Join(f, " ")
	return it
}

// foreignListItem reads "다니엘 올리비에 프랑스문화원장": a two-word name
// the analyser does not know as common nouns, then an optional affiliation
// and a title.
func (d *doc) foreignListItem(s string, start int) (listItem, bool) {
	lead := len(s) - len(strings.TrimLeft(s, " "))
	f := strings.Fields(s)
	if len(f) < 3 || len(f) > 5 || !d.isTitleWord(f[len(f)-1]) || !d.foreignNameWord(f[0]) || !d.foreignNameWord(f[1]) {
		return listItem{}, false
	}
	it := listItem{start: start + lead, name: f[0] + " " + f[1], title: f[len(f)-1], affilOffset: -1}
	if len(f) > 3 {
		it.affil = strings.Join(f[2:len(f)-1], " ")
		it.affilOffset = start + strings.Index(s, it.affil)
	}
	return it, true
}

// foreignNameWord reports a Hangul word of one to four syllables that is
// no title, no known place or organisation and no dictionary common noun.
func (d *doc) foreignNameWord(w string) bool {
	if !allHangul(w) || syllables(w) > 4 || d.isTitleWord(w) || d.lx.stop[w] || notNameWords()[w] || genericNouns()[w] || d.lx.kinds[w] {
		return false
	}
	if g, ok := d.lx.gaz[fold.Key(w)]; ok && g.typ != Person {
		return false
	}
	ts := d.x.an.Analyze(w)
	for _, t := range ts {
		if t.Known && !strings.HasPrefix(t.POS, "NNP") {
			return false
		}
	}
	return len(ts) > 0
}

// kindCommaList reads "모네, 르누아르, 로댕, 데이미언 허스트를 비롯한
// 근현대 작가" as a list of people: every part a name of one or two words,
// and a noun for a kind of person within three words after the list.
func (d *doc) kindCommaList(parts []string, offs []int, base int) {
	last := strings.Fields(parts[len(parts)-1])
	cut := -1
	for k, w := range last {
		if k > 1 {
			break
		}
		if b, ok := trimParticle(w); ok || w == "등" {
			if w == "등" {
				cut = k
			} else {
				last[k], cut = b, k+1
			}
			break
		}
	}
	if cut <= 0 || !d.kindNear(last[cut:]) {
		return
	}
	names := make([]string, 0, len(parts))
	for k, p := range parts[:len(parts)-1] {
		if f := strings.Fields(p); k == 0 && (len(f) > 2 || len(f) == 2 && endsClause(f[0])) {
			p = f[len(f)-1] // "이번 전시에는 모네": the list starts at the last word
		}
		names = append(names, strings.TrimSpace(p))
	}
	names = append(names, strings.Join(last[:cut], " "))
	strict := 0
	for _, n := range names {
		if c := len(strings.Fields(n)); c == 0 || c > 2 {
			return
		}
		ok := true
		for _, w := range strings.Fields(n) {
			if !d.looseNameWord(w) {
				return
			}
			ok = ok && (d.foreignNameWord(w) || d.nameString(w))
		}
		if ok {
			strict++
		}
	}
	if strict < minCommaItems || strict < len(names)-1 {
		return // one misread name ("모네" as 모 + 네) is let through, not more
	}
	for k, n := range names {
		o := base + offs[k] + strings.Index(parts[k], n)
		d.entity(Person, n).mention(d.text, o, o+len(n))
	}
}

// kindNear reports a noun for a kind of person ("작가", "화가들") among the
// first four words of f.
func (d *doc) kindNear(f []string) bool {
	for k, w := range f {
		if k == 4 {
			break
		}
		for kind := range d.lx.kinds {
			if strings.HasPrefix(w, kind) {
				return true
			}
		}
	}
	return false
}

// looseNameWord reports a Hangul word of one to four syllables that is no
// title, list word or single dictionary common noun: a name the analyser
// may have split ("모네" as 모 + 네) in a list of names.
func (d *doc) looseNameWord(w string) bool {
	if !allHangul(w) || syllables(w) > 4 || d.isTitleWord(w) || d.lx.stop[w] || notNameWords()[w] || genericNouns()[w] || d.lx.kinds[w] {
		return false
	}
	ts := d.x.an.Analyze(w)
	return len(ts) > 0 && !(len(ts) == 1 && ts[0].Known && strings.HasPrefix(ts[0].POS, "NNG"))
}

// endsClause reports a word that closes what stands before a list: a
// particle ("전시장에는") or a sentence end.
func endsClause(w string) bool {
	_, ok := trimParticle(w)
	return ok || strings.HasSuffix(w, ".")
}
