package korean

import (
	"strings"
	"time"
	"unicode/utf8"
)

// probeRefs are two reference days far apart in every unit a relative date
// counts in (century, year, half, quarter, month, week, day, weekday). A
// date expression whose value is the same under both does not depend on
// the reference: it is anchored by the text itself ("2025년 4월 1일", or
// "이날" after one). Any other value came from the reference and is left
// unresolved when the input gives none. Both are leap years, so "2월 29일"
// reads the same under each.
var probeRefs = [2]time.Time{day(1952, time.February, 10), day(2148, time.September, 22)}

// unanchoredDates finds the date expressions of a text that has no
// reference day. Expressions that carry their own date keep their value;
// the others keep text and offsets, with Value empty and a Relative
// description. No clock is read.
func unanchoredDates(text string, anchor time.Time) []Date {
	a := scanDates(text, probeRefs[0], anchor)
	b := scanDates(text, probeRefs[1], anchor)
	other := make(map[[2]int]string, len(b))
	for _, h := range b {
		other[[2]int{h.Start, h.End}] = h.Value
	}
	out := make([]Date, 0, len(a))
	for _, h := range a {
		d := h.Date
		if v, ok := other[[2]int{d.Start, d.End}]; !ok || v != d.Value {
			rel := describeRelative(d.Text)
			d.Value, d.Relative = "", &rel
		}
		out = append(out, d)
	}
	return out
}

// describeRelative reads what a date expression found by the scanner
// states, unit by unit: "지난 7월27일" is {Month: 7, Day: 27, Direction:
// "past"}. It uses the scanner's own word tables.
func describeRelative(s string) Relative {
	var r Relative
	s = strings.TrimSpace(s)
	if rest, ok := strings.CutPrefix(s, "지난 "); ok && !strings.HasPrefix(rest, "주") {
		// "지난 주말" is read whole below as the week word "지난 주"
		r.Direction, s = "past", rest
	} else if rest, ok := strings.CutPrefix(s, "오는 "); ok {
		r.Direction, s = "future", rest
		r.Weekend = rest == "주말" // "오는 주말": the coming weekend
	}
	var pending []int // numbers before a range dash: "5~6일"
	for i := 0; i < len(s); {
		if isDigit(s[i]) {
			n, j, _ := readInt(s, i, 4)
			if k, ok := rangeDashAt(s, j); ok && k < len(s) && isDigit(s[k]) {
				pending = append(pending, n)
				i = k
				continue
			}
			i = r.number(s, j, n, j-i, pending)
			pending = pending[:0]
			continue
		}
		if j, ok := r.word(s, i); ok {
			i = j
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return r
}

// rangeDashAt skips a range dash at s[i:], with spaces around it.
func rangeDashAt(s string, i int) (int, bool) {
	i = sp(s, i)
	r, w := utf8.DecodeRuneInString(s[i:])
	if i >= len(s) || !isRangeDash(r) {
		return i, false
	}
	return sp(s, i+w), true
}

// number records n, written with digits digits, by the unit after it at
// s[j:]; pending holds the start of a range ("3~4월"). It returns where
// reading goes on.
func (r *Relative) number(s string, j, n, digits int, pending []int) int {
	first := n
	if len(pending) > 0 {
		first = pending[0]
	}
	switch {
	case strings.HasPrefix(s[j:], "년"):
		if digits == 4 {
			r.Year = n
		} else {
			r.ShortYear = n
		}
		return j + len("년")
	case strings.HasPrefix(s[j:], "분기"):
		r.Quarter = n
		return j + len("분기")
	case strings.HasPrefix(s[j:], "월"):
		if r.Month == 0 {
			r.Month = first
			if first != n {
				r.EndMonth = n
			}
		} else {
			r.EndMonth = n
		}
		return j + len("월")
	case strings.HasPrefix(s[j:], "일") && r.Day != 0 && (strings.HasPrefix(s[j:], "일간") || strings.HasPrefix(s[j:], "일 동안")):
		r.Days = n
		return j + len("일")
	case strings.HasPrefix(s[j:], "일"):
		if r.Day == 0 {
			r.Day = first
			if first != n {
				r.EndDay = n
			}
		} else {
			r.EndDay = n
		}
		return j + len("일")
	}
	return j
}

// word records a date word at s[i:] and returns its end.
func (r *Relative) word(s string, i int) (int, bool) {
	off := func(n int) *int { return &n }
	for _, yw := range yearWords {
		if j, ok := prefixWord(s, i, yw.words...); ok {
			r.YearOffset = off(yw.off)
			return j, true
		}
	}
	if j, ok := prefixWord(s, i, "올 "); ok {
		r.YearOffset = off(0)
		return j, true
	}
	if j, ok := prefixWord(s, i, yearPartWords[:2]...); ok {
		r.YearOffset = off(0) // "연말": this year's end
		return j, true
	}
	for _, mw := range monthWords {
		if j, ok := prefixWord(s, i, mw.words...); ok {
			r.MonthOffset = off(mw.off)
			return j, true
		}
	}
	for _, ww := range weekWords {
		if j, ok := prefixWord(s, i, ww.words...); ok {
			r.WeekOffset = off(ww.off)
			if strings.HasPrefix(s[j:], "말") {
				r.Weekend = true
				j += len("말")
			}
			return j, true
		}
	}
	for _, dw := range dayWords {
		if j, ok := prefixWord(s, i, dw.words...); ok {
			r.DayOffset = off(dw.off)
			if dw.anchor {
				r.Of = "previous_date"
			}
			return j, true
		}
	}
	for k, w := range dayCountWords {
		if j, ok := prefixWord(s, i, w); ok {
			r.Days = k + 2
			return j, true
		}
	}
	for h, w := range []string{"상반기", "하반기"} {
		if j, ok := prefixWord(s, i, w); ok {
			r.Half = h + 1
			return j, true
		}
	}
	for n, w := range weekOfMonthWords {
		if j, ok := prefixWord(s, i, w); ok {
			r.WeekOfMonth = weekOfMonthIndex[n] + 1
			if weekOfMonthIndex[n] < 0 {
				r.WeekOfMonth = -1
			}
			return j, true
		}
	}
	for wd, w := range weekdays {
		if j, ok := prefixWord(s, i, w); ok {
			r.Weekday = strings.ToLower(time.Weekday(wd).String())
			return j, true
		}
	}
	return i, false
}
