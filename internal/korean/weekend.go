package korean

import (
	"strings"
	"time"
)

// comingWeekend reads "주말" at s[j:] after "오는 " at s[i:]: the first
// Saturday and Sunday after ref ("오는 주말 개장한다" on a Wednesday is the
// Saturday and Sunday of that week; on a Saturday, the next week's).
func (ds *dateScanner) comingWeekend(i, j int) (int, bool) {
	s := ds.s
	e := j + len("주말")
	if !strings.HasPrefix(s[j:], "주말") || !followsDate(s, e) {
		return i, false
	}
	sat := ds.ref.AddDate(0, 0, 1)
	for sat.Weekday() != time.Saturday {
		sat = sat.AddDate(0, 0, 1)
	}
	ds.emit(i, e, fmtDay(sat)+"/"+fmtDay(sat.AddDate(0, 0, 1)), hitOther, time.Time{}, 0)
	return e, true
}
