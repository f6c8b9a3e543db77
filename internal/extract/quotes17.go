package extract

import "strings"

// connectiveWord reports word k a 하다 verb of a noun ending in a
// connective or adnominal ending ("관련해", "관련한"): it closes a clause and
// names no part of the speaker after it ("수지와 관련해 스튜디오 측은").
func (d *doc) connectiveWord(k int) bool {
	w := &d.words[k]
	if !d.verbal(w) {
		return false
	}
	ts := d.tokRange(w.tok0, w.tok1)
	if len(ts) == 0 {
		return false
	}
	hada := false
	for _, t := range ts {
		hada = hada || strings.Contains(t.POS, "XSV")
	}
	last := ts[len(ts)-1].POS
	return hada && strings.HasPrefix(ts[0].POS, "NN") && (strings.HasSuffix(last, "EC") || strings.HasSuffix(last, "ETM"))
}

// afterPartitive drops a partitive "X 중" before the head of a speaker
// description ("이들 중 수지" → "수지"): among whom is no part of who.
func afterPartitive(np string) string {
	if i := strings.LastIndex(np, " 중 "); i >= 0 {
		return np[i+len(" 중 "):]
	}
	return np
}
