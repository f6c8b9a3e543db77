package article

import "strings"

// tagsRe is a line made only of short bracketed tags: "[KBS 가람] [앵커]".
var tagsRe = lazyRE(`^(?:\[[^\[\]=]{1,12}\]\s*){2,3}$`)

// taggedCue reports a line of bracketed tags whose last is a broadcast
// script's part label, as a portal copy of a regional broadcast prints the
// station's tag before it ("[KBS 가람] [앵커]"): a label, no subhead.
func taggedCue(t string) bool {
	if !tagsRe().MatchString(t) {
		return false
	}
	t = strings.TrimSpace(t)
	open := strings.LastIndexByte(t, '[')
	return scriptCue(strings.TrimSuffix(t[open+1:], "]"))
}
