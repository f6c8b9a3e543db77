package extract

import (
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

// The expansion stage: the other mentions of the entities found, and short names folded into full ones.

// brandSuffixes: "삼성전자" is also called "삼성" in the same story.
var brandSuffixes = []string{"전자", "그룹", "물산", "생명", "화재", "증권", "홀딩스", "자동차", "중공업", "디스플레이", "바이오로직스", "SDI"}

// expandMentions finds the other mentions of every entity found so far:
// its name and aliases anywhere, a company's brand prefix, a foreign
// person's family name.
func (d *doc) expandMentions() {
	d.mergeFamilyNames()
	d.mergePlaceShortOrgs()
	names := map[string]*entity{}
	for _, e := range d.ents {
		if len(e.Mentions) == 0 {
			continue // folded into another entity
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if syllables(n) >= 2 || (e.Type != Person && len(n) >= 2 && !allHangul(n)) {
				names[fold.Key(n)] = e
			}
		}
	}
	for _, e := range d.ents {
		switch e.Type {
		case Org:
			for _, suf := range brandSuffixes {
				if b := strings.TrimSuffix(e.Name, suf); b != e.Name && syllables(b) >= 2 {
					if _, g := d.lx.gaz[fold.Key(b)]; g {
						continue
					}
					// several companies of one group: "삼성" is the group if named, else the most mentioned
					if old, taken := names[fold.Key(b)]; !taken || old.Type == Org && old.Name != b && !strings.HasSuffix(old.Name, "그룹") &&
						(suf == "그룹" || len(e.Mentions) > len(old.Mentions)) {
						names[fold.Key(b)] = e
					}
				}
			}
		}
	}
	for part, cands := range d.fullNamesByPart() {
		if _, taken := names[fold.Key(part)]; !taken && syllables(part) >= 2 {
			if e := pickFullName(cands, nil); e != nil {
				names[fold.Key(part)] = e // "트럼프", "도널드": the full name's short forms
			}
		}
	}
	for _, st := range d.sents {
		for i := st.w0; i < st.w1; i++ {
			if d.claimed[i] {
				continue
			}
			d.matchAt(i, st.w1, nil, func(key []byte) (string, string, bool) {
				if e, ok := names[string(key)]; ok {
					return e.Type, e.Name, true
				}
				return "", "", false
			})
		}
	}
}

// mergeFamilyNames folds a one-word PERSON into the multi-word PERSON
// whose family name or given name it is: a headline's "소바주 교수" and the
// body's "장피에르 소바주" are one person, and so are "트럼프 대통령",
// "도널드" and "도널드 트럼프". Family members sharing the family name
// (이방카 트럼프) stay apart; the short form goes to the one whose title
// it shares.
func (d *doc) mergeFamilyNames() {
	byPart := d.fullNamesByPart()
	for _, e := range d.ents {
		if e.Type != Person || strings.Contains(e.Name, " ") || len(e.Mentions) == 0 {
			continue
		}
		dst := pickFullName(byPart[e.Name], e)
		if dst == nil || dst.Affiliation != "" && e.Affiliation != "" && dst.Affiliation != e.Affiliation {
			continue
		}
		d.fold(e, dst)
	}
}

// fullNamesByPart indexes multi-word PERSON entities by their first and
// last words.
func (d *doc) fullNamesByPart() map[string][]*entity {
	by := map[string][]*entity{}
	for _, e := range d.ents {
		if e.Type != Person {
			continue
		}
		if parts := strings.Fields(e.Name); len(parts) > 1 {
			by[parts[len(parts)-1]] = append(by[parts[len(parts)-1]], e)
			if syllables(parts[0]) >= 2 && parts[0] != parts[len(parts)-1] {
				by[parts[0]] = append(by[parts[0]], e)
			}
		}
	}
	return by
}

// pickFullName chooses the full name a short form stands for: the only
// candidate, else the only one sharing the short form's title, else the
// only one with a title at all; nil when that leaves a doubt.
func pickFullName(cands []*entity, short *entity) *entity {
	if len(cands) == 1 {
		return cands[0]
	}
	only := func(ok func(*entity) bool) *entity {
		var got *entity
		for _, c := range cands {
			if ok(c) {
				if got != nil {
					return nil
				}
				got = c
			}
		}
		return got
	}
	if short != nil && short.Title != "" {
		if c := only(func(c *entity) bool { return c.Title == short.Title || c.titles[short.Title] }); c != nil {
			return c
		}
	}
	return only(func(c *entity) bool { return c.Title != "" })
}

// fold moves every mention, title and attribute of e to dst.
func (d *doc) fold(e, dst *entity) {
	for _, m := range e.Mentions {
		dst.mention(d.text, m.Start, m.End)
	}
	for t := range e.titles {
		dst.titles[t] = true
	}
	dst.setAttrs(e.Title, e.Affiliation, e.Role)
	e.Mentions = e.Mentions[:0]
	for i, h := range d.head {
		if h == e {
			d.head[i] = dst
		}
	}
}

// mergePlaceShortOrgs folds an organisation named without the place its
// full name starts with ("서부지법" of "서울서부지법", "시설공단" of
// "부산시설공단") into the full one, as its alias.
// Two full names that fit ("서울 중구의회", "부산 중구의회" for "중구의회")
// leave the short one as it is: which it means is a guess.
func (d *doc) mergePlaceShortOrgs() {
	for _, e := range d.ents {
		if e.Type != Org || len(e.Mentions) == 0 || syllables(e.Name) < 3 || d.strongGaz(e.Name) {
			continue
		}
		var dst *entity
		n := 0
		for _, f := range d.ents {
			if f == e || f.Type != Org || len(f.Mentions) == 0 {
				continue
			}
			p := strings.TrimSuffix(f.Name, e.Name)
			if p == f.Name || p == "" {
				continue
			}
			if g, ok := d.lx.gaz[fold.Key(strings.TrimSpace(p))]; ok && g.typ == Place && !g.weak {
				dst = f
				n++
			}
		}
		if n == 1 {
			d.fold(e, dst)
			dst.alias(e.Name)
		}
	}
}
