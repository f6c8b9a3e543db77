package article

import "strconv"

// shortYearRe is a timestamp whose year has two digits and a clock time
// right after it: "25.12.02 15:15", as some trade sites print "기사입력시간
// 25.12.02 15:15". Only a labelled one is read (see shortYearStamp).
var shortYearRe = lazyRE(`(\d{2})\.(\d{1,2})\.(\d{1,2})\s*\d{1,2}:\d{2}`)

// shortYearStamp reads a labelled timestamp with a two-digit year
// ("기사입력시간 25.12.02 15:15최종 업데이트 25.12.02 15:15"): the most
// trusted label's date, in the 2000s. Without a label before it, or on a
// longer line, it reads nothing (a score or a version is no date).
func shortYearStamp(s string, runes int) pageDate {
	if runes > 120 {
		return pageDate{}
	}
	best, prev := pageDate{}, 0
	for _, m := range shortYearRe().FindAllStringSubmatchIndex(s, -1) {
		before := s[prev:m[0]]
		prev = m[1]
		if m[0] > 0 && s[m[0]-1] >= '0' && s[m[0]-1] <= '9' {
			continue // part of a longer figure
		}
		l := dateLabelRe().FindStringSubmatch(before)
		if l == nil {
			continue
		}
		y, _ := strconv.Atoi(s[m[2]:m[3]]) // two digits: the regexp matched them
		iso := isoDate(strconv.Itoa(2000+y), s[m[4]:m[5]], s[m[6]:m[7]])
		if t := lex().dateLabels[l[1]]; iso != "" && (best.date == "" || t < best.trust) {
			best = pageDate{date: iso, trust: t, stamp: true}
		}
	}
	return best
}

// labelledStamp reports a line dated by a label ("입력", "기사입력시간"),
// a better witness than a bare timestamp.
func labelledStamp(f *feature) bool {
	return f.date.date != "" && f.date.trust < trustBareStamp
}
