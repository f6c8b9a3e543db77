package extract

import "strings"

// titleAsNoun reports a title that is also a common noun written with a
// place particle ("모바일 시장에서도", "바이오 시장에 진출했다"): the
// market, not a mayor, so the word before it names no person. 에게 is a
// person's particle and keeps the title ("김 시장에게").
func (d *doc) titleAsNoun(m *titleMatch) bool {
	info, ok := d.lx.titleTab.byName[m.title]
	if !ok || !info.noun {
		return false
	}
	j := d.words[m.t].josa
	return strings.HasPrefix(j, "에") && !strings.HasPrefix(j, "에게")
}
