package extract

import "github.com/sosik-news/sosik/internal/fold"

// dotPartOrg reports a part of a middle-dot list that is an organisation
// by itself: one the gazetteer knows, one ending in an organisation suffix
// after a name, or one the story has met.
func (d *doc) dotPartOrg(p string) bool {
	if g, ok := d.lx.gaz[fold.Key(p)]; ok && !g.weak && g.typ == Org {
		return true
	}
	return d.suffixedOrgName(p) || d.knownOrg(p)
}

// orgListMember reports an unknown part p of a middle-dot list in which
// another part before the last is an organisation by itself
// ("누리닥터·한빛전공의협의회·가람보건의사협의회"): the list names
// organisations, so p, a name of two syllables or more that is no common
// word, is one too. A pair such as "전기·전자협회" has no such part and
// stays one name.
func (d *doc) orgListMember(parts []string, p string) bool {
	if syllables(p) < 2 || d.lx.stop[p] || genericNouns()[p] || d.lx.titles[p] || fieldList(p) {
		return false
	}
	for _, q := range parts[:len(parts)-1] {
		if q != p && d.dotPartOrg(q) {
			return true
		}
	}
	return false
}
