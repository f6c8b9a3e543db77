package article

import "strings"

// maxRoundOutlet bounds the bytes of an outlet's name in round brackets
// opening a lead ("(한빛신문)").
const maxRoundOutlet = 40

// roundOutletLead reads a lead opened by its outlet's name alone in round
// brackets, as some local weeklies print it: "(한빛신문) 도담 시장은 …했다.".
// A wire dateline ("(세종=연합뉴스)") has its own reading, and a word that
// is no outlet's ("(사진)", "(주)") opens no byline.
func roundOutletLead(s string) (credit, bool) {
	if !strings.HasPrefix(s, "(") {
		return credit{}, false
	}
	end := strings.IndexByte(s, ')')
	if end < 0 || end > maxRoundOutlet || strings.Contains(s[:end], "=") {
		return credit{}, false
	}
	return outletLead(s, end)
}
