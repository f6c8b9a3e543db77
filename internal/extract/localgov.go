package extract

import (
	"slices"
	"strings"
)

// localGovernmentEnds end a place written as the local government that
// acts: 당진시, 구로구, 해남군, 경기도.
var localGovernmentEnds = []string{"시", "군", "구", "도"}

// localGovernment reports word k a place written with its administrative
// ending (당진시와), which stands for the local government taking part,
// unless a place in a locative follows it ("당진시와 서산시에서": places
// where, not parties).
func (d *doc) localGovernment(k int) bool {
	e, w := d.head[k], &d.words[k]
	if e == nil || e.Type != Place || syllables(w.stem) < 2 || !slices.ContainsFunc(localGovernmentEnds, func(s string) bool { return strings.HasSuffix(w.stem, s) }) {
		return false
	}
	if k+1 < len(d.words) && d.words[k+1].sent == w.sent {
		nx := &d.words[k+1]
		if p := d.head[k+1]; p != nil && p.Type == Place && (nx.josa == "에서" || nx.josa == "에" || nx.josa == "로" || nx.josa == "으로") {
			return false
		}
	}
	return true
}
