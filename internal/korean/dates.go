package korean

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Dates finds date expressions and resolves them against ref, the day the
// text was written (its publication date, or a photo's date for a caption).
//
// Absolute forms: "2025.04.01.", "2025-04-01", "2025년 4월 1일", "4월1일",
// "3월31일" (year of ref). Relative forms follow Korean news usage:
//   - a bare "N일" is the N-th of ref's month, unless N is after ref's day in
//     a past-tense clause ("…했다"), then it is the previous month's;
//   - "지난 N일" is the latest N-th before ref, "오는 N일" the next N-th on or
//     after ref; "지난 N월"/"오는 N월" likewise for months;
//   - 지난달/이달/다음 달, 지난해/작년/올해/내년/재작년, 지난주/이번 주/다음 주
//     (Monday–Sunday), weekdays (지난 월요일, 다음 주 금요일), 1분기…4분기,
//     상반기/하반기, ranges ("5~6일", "5일부터 7일까지", "3월 30일~4월 2일");
//   - 이날/당일, 전날, 다음날 refer to the date last mentioned before them
//     (ref when there is none); 오늘, 어제, 내일, 그제, 모레 to ref.
//
// Values are "2025-04-01", "2025-04" for a month, "2025" for a year, and
// "start/end" for an interval. Durations ("3일간", "5일 동안"), ordinals and
// bare numbers are not dates. Offsets are bytes into text, ordered.
//
// A zero ref means the text has no known date: expressions that carry
// their own ("2025년 4월 1일", "이날" after it) are resolved, the others are
// kept unresolved, with an empty Value and a Relative description. Dates
// never reads the clock.
func Dates(text string, ref time.Time) []Date {
	return DatesAfter(text, ref, time.Time{})
}

// DatesAfter is Dates for a paragraph that follows others: 이날, 전날 and
// 다음날 before any date of text count from anchor, the day the story
// told before it is about ("…는 5일 …" in the lead, then "이날 …" in a later
// paragraph), rather than from ref. A zero anchor is Dates.
func DatesAfter(text string, ref, anchor time.Time) []Date {
	if ref.IsZero() {
		return unanchoredDates(text, anchor)
	}
	hits := scanDatesFrom(text, ref, anchor, true)
	out := make([]Date, 0, len(hits))
	for _, h := range hits {
		out = append(out, h.Date)
	}
	return out
}

// hitKind says how a date was written; InferPublished needs it.
type hitKind uint8

const (
	hitAbsolute hitKind = iota + 1 // carries its own year, month and day
	hitBareDay                     // "N일" with nothing before it
	hitOther
)

type dateHit struct {
	Date
	kind hitKind
	day  int       // for hitBareDay
	t    time.Time // resolved day, for day-precision hits
}

type dateScanner struct {
	s       string
	ref     time.Time
	out     []dateHit
	last    time.Time // last day-precision date, for 이날/전날
	hasLast bool
	// published: ref is the publication day (not a probe), so 이날 or 전날
	// told in the past tense never counts from a later planned day
	published bool
	sents     []Span // computed on first need
	quotes    []Span
	scoped    bool
}

func scanDates(text string, ref, anchor time.Time) []dateHit {
	return scanDatesFrom(text, ref, anchor, false)
}

// scanDatesFrom is scanDates; published says ref is the real publication
// day, not a probe of unanchoredDates, so a day told in the past tense
// cannot come after it.
func scanDatesFrom(text string, ref, anchor time.Time, published bool) []dateHit {
	ds := &dateScanner{s: text, ref: time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC), published: published}
	if !anchor.IsZero() {
		ds.last, ds.hasLast = time.Date(anchor.Year(), anchor.Month(), anchor.Day(), 0, 0, 0, 0, time.UTC), true
	}
	return ds.scan()
}

// scan finds the date expressions of ds.s; the sentence and quotation
// spans it may compute stay on ds for the caller to reuse.
func (ds *dateScanner) scan() []dateHit {
	text := ds.s
	for i := 0; i < len(text); {
		c := text[i]
		if isDigit(c) {
			if dateNumberStart(text, i) {
				if end := ds.atDigit(i); end > i {
					i = end
					continue
				}
			}
			for i < len(text) && isDigit(text[i]) {
				i++
			}
			continue
		}
		if c >= 0xE0 { // a multi-byte rune that may start a Hangul word
			r, w := utf8.DecodeRuneInString(text[i:])
			if isHangulSyllable(r) && keywordRune(r) && wordStart(text, i) {
				if end := ds.atWord(i); end > i {
					i = end
					continue
				}
			}
			i += w
			if isHangul(r) {
				// the rest of a Hangul run starts no word: skip it whole
				// rather than testing each syllable.
				for i < len(text) && text[i] >= 0xE0 {
					if hangulAt(text, i, len(text)) {
						i += 3 // U+B000–U+CFFF: all Hangul syllables
						continue
					}
					r, w := utf8.DecodeRuneInString(text[i:])
					if !isHangul(r) {
						break
					}
					i += w
				}
			}
			continue
		}
		i++
	}
	return ds.out
}

func dateNumberStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	p := s[i-1]
	if isDigit(p) || p == '.' || p == ',' || p == '/' || p == '-' || p == '_' || p == '@' || p == ':' ||
		(p|0x20 >= 'a' && p|0x20 <= 'z') {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r != '제'
}

func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isHangul(r) && !isASCIILetter(r) && !(r < utf8.RuneSelf && isDigit(byte(r)))
}

// readInt reads up to maxDigits digits at s[i:] that are not followed by
// another digit.
func readInt(s string, i, maxDigits int) (int, int, bool) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j == i || j-i > maxDigits {
		return 0, i, false
	}
	v, _ := strconv.Atoi(s[i:j])
	return v, j, true
}

// sp skips one optional space.
func sp(s string, i int) int {
	if i < len(s) && s[i] == ' ' {
		return i + 1
	}
	return i
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func validDay(y int, m time.Month, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func fmtDay(t time.Time) string { return t.Format("2006-01-02") }

func fmtMonth(y int, m time.Month) string {
	return day(y, m, 1).Format("2006-01")
}

func fmtYear(y int) string { return strconv.Itoa(y) }

// mode is how a day or month is anchored to ref.
type mode uint8

const (
	bare   mode = iota // no modifier: tense decides
	past               // 지난
	future             // 오는
)

// followsDate reports whether what comes after a date word lets it be a
// date: a particle, punctuation or space, not a longer word or a duration
// ("3일간", "5일째").
func followsDate(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if isASCIILetter(r) || (r < utf8.RuneSelf && isDigit(byte(r))) {
		return false
	}
	if !isHangulSyllable(r) {
		return true
	}
	return strings.ContainsRune(dateFollowers, r)
}

// dateFollowers are the first syllables of particles and words that may
// follow a date: "3일에", "2016년을", "7월보다", "1995년생", "2017년형",
// "10월호", "3일 밤" (with the space, any word may follow).
const dateFollowers = "에은는의부까로으이을를가과와께자도엔말초중경쯤밤새오보생형호만마"

// durationAfter reports a duration or offset reading of "N일"/"N월": "3일
// 동안", "5일 만에", "19일 만이다", "22일만입니다", "2일 연속", "3일 뒤".
func durationAfter(s string, i int) bool {
	rest := s[i:]
	if strings.HasPrefix(rest, "간") || strings.HasPrefix(rest, "째") || strings.HasPrefix(rest, "치") {
		return true
	}
	rest = strings.TrimPrefix(rest, " ")
	if after, ok := strings.CutPrefix(rest, "간"); ok {
		// "9일 간 진행": the span written apart, not "3일 간담회"
		r, _ := utf8.DecodeRuneInString(after)
		if !isHangulSyllable(r) {
			return true
		}
	}
	for _, w := range []string{"동안", "만에", "만의", "만이다", "만이며", "만이고", "만이었", "만이자", "만입니", "만인", "연속", "이내", "이상", "이하", "안에", "넘게", "내내", "정도", "가량", "남짓", "평균"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	// "5~10일 내", "10일 내에", "7일 내외": within a span, but not "10일 내한"
	if strings.HasPrefix(rest, "내") {
		r, _ := utf8.DecodeRuneInString(rest[len("내"):])
		return !isHangulSyllable(r) || strings.ContainsRune("에로외", r)
	}
	// "1일 1회", "하루 1일 2번": a frequency
	if n, j, ok := readInt(rest, 0, 3); ok && n > 0 {
		for _, w := range []string{"회", "번", "차례"} {
			if strings.HasPrefix(rest[j:], w) {
				return true
			}
		}
	}
	// "3일 뒤", "5일 후에", "2일 전부터", but not "뒤늦게", "후보", "전날"
	for _, w := range []string{"뒤", "후", "전"} {
		if strings.HasPrefix(rest, w) {
			r, _ := utf8.DecodeRuneInString(rest[len(w):])
			return !isHangulSyllable(r) || strings.ContainsRune("에부까로의엔인이쯤께", r)
		}
	}
	return false
}

// stayBefore reports whether the number at s[i:] counts the days of a
// stay after its nights, "1박 2일", "3박4일": a length, not a day.
func stayBefore(s string, i int) bool {
	b, ok := strings.CutSuffix(strings.TrimRight(s[:i], " "), "박")
	return ok && b != "" && isDigit(b[len(b)-1])
}

// dayPart reads "D일", "D~E일", "D일~E일", "D일부터 E일까지",
// "D일~M월 E일" and "D일부터 이틀간" at s[i:]. m2 is the month of the range
// end when given; count the number of days of a "부터 … 간" span.
type dayPart struct {
	d1, d2, m2 int
	count      int
	end        int
}

// dayCountWords count days in native Korean, from two: "14일부터 나흘간".
var dayCountWords = []string{"이틀", "사흘", "나흘", "닷새", "엿새", "이레", "여드레", "아흐레", "열흘"}

// dayCountAt reads a span of days at s[i:] ("이틀간", "5일간", "사흘 동안")
// and returns the count and its end.
func dayCountAt(s string, i int) (int, int, bool) {
	n, j := 0, i
	for k, w := range dayCountWords {
		if strings.HasPrefix(s[i:], w) {
			n, j = k+2, i+len(w)
			break
		}
	}
	if n == 0 {
		d, e, ok := readInt(s, i, 2)
		if !ok || d < 1 || !strings.HasPrefix(s[e:], "일") {
			return 0, i, false
		}
		n, j = d, e+len("일")
	}
	for _, w := range []string{"간", " 동안", "동안"} {
		if strings.HasPrefix(s[j:], w) && followsDate(s, j+len(w)) {
			return n, j + len(w), true
		}
	}
	return 0, i, false
}

// spanEnd is the last day of a "부터 … 간" span starting on a.
func (p dayPart) spanEnd(a time.Time) time.Time {
	if p.count < 2 {
		return time.Time{}
	}
	return a.AddDate(0, 0, p.count-1)
}

func readDayPart(s string, i int) (dayPart, bool) {
	var p dayPart
	d1, j, ok := readInt(s, i, 2)
	if !ok || d1 < 1 || d1 > 31 || stayBefore(s, i) {
		return p, false
	}
	p.d1 = d1
	// "5~6일"
	if r, w := utf8.DecodeRuneInString(s[j:]); isRangeDash(r) {
		if d2, k, ok := readInt(s, j+w, 2); ok && strings.HasPrefix(s[k:], "일") && d2 >= 1 && d2 <= 31 {
			p.d2, p.end = d2, k+len("일")
			return p, followsDate(s, p.end) && !durationAfter(s, p.end)
		}
	}
	if !strings.HasPrefix(s[j:], "일") {
		return p, false
	}
	j += len("일")
	if durationAfter(s, j) {
		return p, false
	}
	p.end = j
	// "5일~6일", "5일 ~ 6일", "5일부터 7일까지", "30일~4월 2일"
	k := sp(s, j)
	tail := ""
	if r, w := utf8.DecodeRuneInString(s[k:]); isRangeDash(r) {
		k = sp(s, k+w)
	} else if strings.HasPrefix(s[j:], "부터 ") {
		k = j + len("부터 ")
		if n, e, ok := dayCountAt(s, k); ok {
			p.count, p.end = n, e
			return p, true
		}
		tail = "까지"
	} else {
		return p, followsDate(s, p.end)
	}
	if m2, k2, ok := readInt(s, k, 2); ok && strings.HasPrefix(s[k2:], "월") && m2 >= 1 && m2 <= 12 {
		k3 := sp(s, k2+len("월"))
		if d2, k4, ok := readInt(s, k3, 2); ok && strings.HasPrefix(s[k4:], "일") && d2 >= 1 && d2 <= 31 {
			p.m2, p.d2, p.end = m2, d2, k4+len("일")
		}
	} else if d2, k2, ok := readInt(s, k, 2); ok && strings.HasPrefix(s[k2:], "일") && d2 >= 1 && d2 <= 31 {
		p.d2, p.end = d2, k2+len("일")
	}
	if p.d2 != 0 && tail != "" && strings.HasPrefix(s[p.end:], tail) {
		p.end += len(tail)
	}
	if p.d2 == 0 {
		p.end = j
	}
	return p, followsDate(s, p.end)
}

func isRangeDash(r rune) bool { return r == '~' || r == '∼' || r == '～' || r == '-' || r == '–' }

// readMonth reads "M월" (1–12) at s[i:].
func readMonth(s string, i int) (int, int, bool) {
	m, j, ok := readInt(s, i, 2)
	if !ok || m < 1 || m > 12 || !strings.HasPrefix(s[j:], "월") {
		return 0, i, false
	}
	return m, j + len("월"), true
}

func (ds *dateScanner) emit(start, end int, value string, kind hitKind, t time.Time, d int) {
	if recurring(ds.s, start) {
		return // "매주 월요일", "매월 15일": a time that comes back, not a day
	}
	h := dateHit{Date: Date{Text: ds.s[start:end], Value: value, Start: start, End: end}, kind: kind, day: d, t: t}
	if !t.IsZero() {
		ds.last, ds.hasLast = t, true
	}
	ds.out = append(ds.out, h)
}

// recurrenceWords before a date make it a recurring time.
var recurrenceWords = []string{"매주", "매달", "매월", "매년", "매해", "격주", "격월"}

// recurring reports a recurrence word standing right before s[start:]
// ("매주 월요일", "매월15일").
func recurring(s string, start int) bool {
	p := strings.TrimRight(s[:start], " ")
	for _, w := range recurrenceWords {
		if strings.HasSuffix(p, w) {
			r, _ := utf8.DecodeLastRuneInString(p[:len(p)-len(w)])
			return len(p) == len(w) || !isHangul(r)
		}
	}
	return false
}

// emitRange emits a day, or an interval when the second day is set.
func (ds *dateScanner) emitDays(start, end int, a, b time.Time, kind hitKind, d int) {
	if b.IsZero() || b.Equal(a) {
		ds.emit(start, end, fmtDay(a), kind, a, d)
		return
	}
	if b.Before(a) {
		return
	}
	ds.emit(start, end, fmtDay(a)+"/"+fmtDay(b), kind, a, d)
}

// atDigit tries every numeric date form at s[i:] and returns the end of the
// one found, or i.
func (ds *dateScanner) atDigit(i int) int {
	s := ds.s
	// 2025.04.01. / 2025-04-01 / 2025/04/01
	if y, j, ok := readInt(s, i, 4); ok && j-i == 4 && j < len(s) && (s[j] == '.' || s[j] == '-' || s[j] == '/') {
		sep := s[j]
		// "2025. 4. 1." is the formal spaced style
		gap := func(k int) int {
			if sep == '.' {
				return sp(s, k)
			}
			return k
		}
		if m, k, ok := readInt(s, gap(j+1), 2); ok && k < len(s) && s[k] == sep {
			if d, e, ok := readInt(s, gap(k+1), 2); ok && validDay(y, time.Month(m), d) && y >= 1900 && y < 2200 {
				if sep == '.' && e < len(s) && s[e] == '.' {
					e++
				}
				if e < len(s) && isDigit(s[e]) {
					return i
				}
				t := day(y, time.Month(m), d)
				ds.emit(i, e, fmtDay(t), hitAbsolute, t, 0)
				return e
			}
		}
	}
	// 2025년 [4월 [1일]] / 2025년 1분기 / 2025년 상반기
	if y, j, ok := readInt(s, i, 4); ok && j-i == 4 && strings.HasPrefix(s[j:], "년") && y >= 1900 && y < 2200 {
		return ds.afterYear(i, j+len("년"), y, true, true)
	}
	// 96년 8월: a two-digit year, taken only with its month
	if yy, j, ok := readInt(s, i, 2); ok && j-i == 2 && strings.HasPrefix(s[j:], "년 ") {
		if m, e, ok := readMonth(s, j+len("년 ")); ok {
			y := 2000 + yy
			if y > ds.ref.Year()+1 {
				y -= 100
			}
			return ds.afterMonth(i, e, y, m, bare, true, true)
		}
	}
	// 4월 1일 / 4월 / 3~4월; "같은 해 9월": the year of the date before
	if m, j, ok := readMonth(s, i); ok && !penaltyTerm(s, i) {
		if y, _, ok := ds.sameAs(i, "해"); ok {
			return ds.afterMonth(i, j, y, m, bare, true, false)
		}
		return ds.afterMonth(i, j, ds.ref.Year(), m, bare, false, false)
	}
	if m1, j, ok := readInt(s, i, 2); ok && m1 >= 1 && m1 <= 12 && j < len(s) {
		if r, w := utf8.DecodeRuneInString(s[j:]); isRangeDash(r) {
			if m2, k, ok := readMonth(s, j+w); ok && m2 >= m1 && followsDate(s, k) {
				y := ds.ref.Year()
				if ds.isPast(k) && m1 > int(ds.ref.Month()) {
					y--
				}
				ds.emit(i, k, fmtMonth(y, time.Month(m1))+"/"+fmtMonth(y, time.Month(m2)), hitOther, time.Time{}, 0)
				return k
			}
		}
	}
	// 1분기
	if q, j, ok := readInt(s, i, 1); ok && q >= 1 && q <= 4 && strings.HasPrefix(s[j:], "분기") && followsDate(s, j+len("분기")) {
		return ds.quarter(i, j+len("분기"), ds.ref.Year(), q, true)
	}
	// 3일, 5~6일, 5일부터 7일까지; "같은 달 17~19일": the month of the date before
	if p, ok := readDayPart(s, i); ok {
		if y, m, ok := ds.sameAs(i, "달"); ok && m != 0 && validDay(y, m, p.d1) {
			return ds.dayRange(i, p, day(y, m, p.d1), hitOther)
		}
		return ds.days(i, p, bare)
	}
	return i
}

// afterYear continues after "YYYY년" (or 지난해, 올해 …) whose year is y:
// a month, a quarter, a half, or nothing (the year itself). bareYear says
// the year alone may be emitted; written says the year was written out
// in digits rather than named relative to ref.
func (ds *dateScanner) afterYear(start, j, y int, bareYear, written bool) int {
	s := ds.s
	k := sp(s, j)
	if m, e, ok := readMonth(s, k); ok {
		return ds.afterMonth(start, e, y, m, bare, true, written)
	}
	if q, e, ok := readInt(s, k, 1); ok && q >= 1 && q <= 4 && strings.HasPrefix(s[e:], "분기") && followsDate(s, e+len("분기")) {
		return ds.quarter(start, e+len("분기"), y, q, false)
	}
	for h, w := range []string{"상반기", "하반기"} {
		if strings.HasPrefix(s[k:], w) && followsDate(s, k+len(w)) {
			return ds.half(start, k+len(w), y, h+1, false)
		}
	}
	if !bareYear || !followsDate(s, j) {
		return start
	}
	ds.emit(start, j, fmtYear(y), hitOther, time.Time{}, 0)
	return j
}

// afterMonth continues after "M월" (its end at j): a day part makes a day or
// range, else the month itself. fixedYear says y is given, not ref's;
// written that it was written in digits, which makes a day absolute.
func (ds *dateScanner) afterMonth(start, j, y, m int, md mode, fixedYear, written bool) int {
	s := ds.s
	k := sp(s, j)
	if p, ok := readDayPart(s, k); ok {
		if !validDay(y, time.Month(m), p.d1) && !(p.d1 == 29 && m == 2) {
			return start
		}
		if !fixedYear {
			y = ds.yearFor(m, p.d1, md, p.end)
		}
		if !validDay(y, time.Month(m), p.d1) {
			return start
		}
		a := day(y, time.Month(m), p.d1)
		b := p.spanEnd(a)
		if p.d2 != 0 {
			m2 := m
			if p.m2 != 0 {
				m2 = p.m2
			}
			y2 := y
			if m2 < m {
				y2++
			}
			if !validDay(y2, time.Month(m2), p.d2) {
				return start
			}
			b = day(y2, time.Month(m2), p.d2)
		}
		kind := hitOther
		if written && b.IsZero() {
			kind = hitAbsolute
		}
		ds.emitDays(start, p.end, a, b, kind, 0)
		return p.end
	}
	if durationAfter(s, j) || fiscalMonth(s, j) || !followsDate(s, j) {
		return start
	}
	if !fixedYear {
		y = ds.yearForMonth(m, md, j)
	}
	// "4월 첫째 주": weeks belong to the month that holds their Thursday.
	for n, w := range weekOfMonthWords {
		if strings.HasPrefix(s[k:], w) && followsDate(s, k+len(w)) {
			thu := day(y, time.Month(m), 1)
			for thu.Weekday() != time.Thursday {
				thu = thu.AddDate(0, 0, 1)
			}
			idx := weekOfMonthIndex[n]
			if idx < 0 {
				last := day(y, time.Month(m)+1, 0)
				for last.Weekday() != time.Thursday {
					last = last.AddDate(0, 0, -1)
				}
				thu = last
			} else {
				thu = thu.AddDate(0, 0, 7*idx)
			}
			if int(thu.Month()) != m {
				break
			}
			mon := thu.AddDate(0, 0, -3)
			e := k + len(w)
			ds.emit(start, e, fmtDay(mon)+"/"+fmtDay(mon.AddDate(0, 0, 6)), hitOther, time.Time{}, 0)
			return e
		}
	}
	ds.emit(start, j, fmtMonth(y, time.Month(m)), hitOther, time.Time{}, 0)
	return j
}

// weekOfMonthWords name a week of a month; weekOfMonthIndex gives each
// its index from 0, -1 for the last week.
var (
	weekOfMonthWords = []string{"첫째 주", "둘째 주", "셋째 주", "넷째 주", "다섯째 주", "첫 주", "첫주", "첫째주",
		"둘째주", "셋째주", "넷째주", "마지막 주"}
	weekOfMonthIndex = []int{0, 1, 2, 3, 4, 0, 0, 0, 1, 2, 3, -1}
)

// yearFor picks the year of "M월 D일" without a year.
func (ds *dateScanner) yearFor(m, d int, md mode, end int) int {
	y := ds.ref.Year()
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	switch md {
	case past:
		if !t.Before(ds.ref) {
			y--
		}
	case future:
		if t.Before(ds.ref) {
			y++
		}
	default:
		if t.After(ds.ref) && ds.isPast(end) {
			y--
		}
	}
	return y
}

func (ds *dateScanner) yearForMonth(m int, md mode, end int) int {
	y := ds.ref.Year()
	rm := int(ds.ref.Month())
	switch md {
	case past:
		if m >= rm {
			y--
		}
	case future:
		if m < rm {
			y++
		}
	default:
		if m > rm && ds.isPast(end) {
			y--
		}
	}
	return y
}

// quarter emits quarter q (1–4) of year y as an interval.
func (ds *dateScanner) quarter(start, end, y, q int, bareYear bool) int {
	return ds.yearPart(start, end, y, 3, q, bareYear)
}

// half emits half h (1–2) of year y as an interval.
func (ds *dateScanner) half(start, end, y, h int, bareYear bool) int {
	return ds.yearPart(start, end, y, 6, h, bareYear)
}

// yearPart emits the n-th part of months months (a quarter, a half) of
// year y. A year that was not written (1분기, 상반기) is the reference year,
// or the one before when that part lies ahead of a past-tense sentence.
func (ds *dateScanner) yearPart(start, end, y, months, n int, bareYear bool) int {
	first := time.Month(months*(n-1) + 1)
	a := day(y, first, 1)
	if bareYear && a.After(ds.ref) && ds.isPast(end) {
		y--
		a = day(y, first, 1)
	}
	b := day(y, time.Month(months*n+1), 0)
	ds.emit(start, end, fmtDay(a)+"/"+fmtDay(b), hitOther, time.Time{}, 0)
	return end
}

// days resolves a day part without a month.
func (ds *dateScanner) days(start int, p dayPart, md mode) int {
	a, ok := ds.resolveDay(p.d1, md, p.end)
	if !ok {
		return start
	}
	kind := hitOther
	if md == bare && p.d2 == 0 && p.count == 0 {
		kind = hitBareDay
	}
	return ds.dayRange(start, p, a, kind)
}

// dayRange emits a day part whose first day is a: the day, or the
// interval to its second day.
func (ds *dateScanner) dayRange(start int, p dayPart, a time.Time, kind hitKind) int {
	b := p.spanEnd(a)
	if p.d2 != 0 {
		y, m := a.Year(), a.Month()
		if p.m2 != 0 {
			if time.Month(p.m2) < m {
				y++
			}
			m = time.Month(p.m2)
		} else if p.d2 < p.d1 {
			m++
			if m > 12 {
				m, y = 1, y+1
			}
		}
		if !validDay(y, m, p.d2) {
			return start
		}
		b = day(y, m, p.d2)
	}
	ds.emitDays(start, p.end, a, b, kind, p.d1)
	return p.end
}

// sameAs reads "같은 해" or "같은 달" (unit) right before s[i:] and returns
// the year (and, for a month precision, the month) of the last date
// emitted with a value: "2월 16일 … 같은 달 17일" is in February.
func (ds *dateScanner) sameAs(i int, unit string) (int, time.Month, bool) {
	p := strings.TrimRight(ds.s[:i], " ")
	if !strings.HasSuffix(p, "같은 "+unit) && !strings.HasSuffix(p, "같은"+unit) {
		return 0, 0, false
	}
	for k := len(ds.out) - 1; k >= 0; k-- {
		v := ds.out[k].Value
		if len(v) < 4 {
			continue
		}
		y, err := strconv.Atoi(v[:4])
		if err != nil {
			return 0, 0, false
		}
		m := 0
		if len(v) >= 7 && v[4] == '-' {
			m, _ = strconv.Atoi(v[5:7])
		}
		return y, time.Month(m), true
	}
	return 0, 0, false
}

// resolveDay places the N-th of a month relative to ref.
func (ds *dateScanner) resolveDay(d int, md mode, end int) (time.Time, bool) {
	ref := ds.ref
	y, m := ref.Year(), ref.Month()
	back := false
	switch md {
	case past:
		back = d >= ref.Day()
	case future:
		if d < ref.Day() {
			m++
		}
	default:
		back = d > ref.Day() && ds.isPast(end)
	}
	if back {
		m--
	}
	for k := 0; k < 3; k++ {
		t := day(y, m, 1) // normalises month overflow
		if validDay(t.Year(), t.Month(), d) {
			return day(t.Year(), t.Month(), d), true
		}
		if back {
			m--
		} else {
			m++
		}
	}
	return time.Time{}, false
}

// isPast reports whether the clause after byte end is in the past tense: a
// syllable with the final ㅆ (했, 었, 았, 였, 됐 …) before the clause ends,
// other than 있 and 겠. A date inside a quotation looks only at the rest of
// the quotation; quotations after the date are skipped.
func (ds *dateScanner) isPast(end int) bool {
	ds.scope()
	// a clause is short; the bound keeps long unpunctuated input linear.
	stop := min(len(ds.s), end+maxClauseBytes)
	if k := spanAt(ds.sents, end); k >= 0 {
		stop = min(stop, ds.sents[k].End)
	}
	qi := sort.Search(len(ds.quotes), func(k int) bool { return ds.quotes[k].End >= end })
	if qi < len(ds.quotes) && ds.quotes[qi].Start < end {
		stop = min(stop, ds.quotes[qi].End)
	}
	for i := end; i < stop; {
		for qi < len(ds.quotes) && ds.quotes[qi].End <= i {
			qi++
		}
		if qi < len(ds.quotes) && ds.quotes[qi].Start <= i && i < ds.quotes[qi].End && ds.quotes[qi].Start >= end {
			i = ds.quotes[qi].End
			continue
		}
		r, w := utf8.DecodeRuneInString(ds.s[i:])
		if isHangulSyllable(r) && (r-0xAC00)%28 == 20 && r != '있' && r != '겠' {
			return true
		}
		// a plan or forecast met before any past form governs the date:
		// "30일 열리는 행사에 파견할 예정이라고 밝혔다".
		if r == '예' || r == '계' || r == '겠' || r == '할' || r == '될' || r == '기' {
			for _, m := range planWords {
				if strings.HasPrefix(ds.s[i:], m) {
					return false
				}
			}
		}
		i += w
	}
	return false
}

// planWords mark a clause about the future.
// "4월 말 회담을 열기로 했다" is a decision about the future, "기로 했" its form.
var planWords = []string{"예정", "예상", "계획", "겠", "할 것", "될 것", "할 계획", "할 방침", "기로 했", "기로 합의", "기로 결정", "기로 한"}

// maxClauseBytes bounds how far isPast looks for the predicate.
const maxClauseBytes = 600

// spanAt returns the index of the span holding pos (its end included), or
// -1; spans are ordered and disjoint.
func spanAt(spans []Span, pos int) int {
	k := sort.Search(len(spans), func(k int) bool { return spans[k].End >= pos })
	if k < len(spans) && spans[k].Start <= pos {
		return k
	}
	return -1
}

func (ds *dateScanner) scope() {
	if ds.scoped {
		return
	}
	ds.scoped = true
	ds.sents = Sentences(ds.s)
	ds.quotes = quoteSpans(ds.s)
}

// quoteSpans returns the quoted stretches of text (quote marks included),
// line by line; an unclosed quote ends at its line's end.
func quoteSpans(s string) []Span {
	var out []Span
	var open rune
	start := 0
	for i := 0; i < len(s); {
		if hangulAt(s, i, len(s)) {
			i += 3 // a Hangul syllable in 가–퓨: no quote mark
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			if open != 0 {
				out = append(out, Span{start, i})
				open = 0
			}
		case open == 0 && (r == '"' || r == '“' || r == '\'' || r == '‘' || r == '「' || r == '『') && !isApostrophe(s, i, r):
			open, start = closerOf(r), i
		case open != 0 && r == open && !isApostrophe(s, i, r):
			out = append(out, Span{start, i + w})
			open = 0
		}
		i += w
	}
	if open != 0 {
		out = append(out, Span{start, len(s)})
	}
	return out
}

var weekdays = []string{"일요일", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일"}

// weekdayAt reads a weekday name at s[i:].
func weekdayAt(s string, i int) (time.Weekday, int, bool) {
	for wd, w := range weekdays {
		if strings.HasPrefix(s[i:], w) && followsDate(s, i+len(w)) {
			return time.Weekday(wd), i + len(w), true
		}
	}
	return 0, i, false
}

// monday returns the Monday of t's week (Korean weeks start on Monday).
func monday(t time.Time) time.Time {
	off := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -off)
}

// prefixWord matches w at s[i:] and returns its end.
func prefixWord(s string, i int, words ...string) (int, bool) {
	for _, w := range words {
		if strings.HasPrefix(s[i:], w) {
			return i + len(w), true
		}
	}
	return i, false
}

type offsetWords struct {
	words []string
	off   int
}

var (
	yearWords = []offsetWords{
		{[]string{"재작년"}, -2}, {[]string{"지난해", "작년"}, -1}, {[]string{"올해", "금년"}, 0},
		{[]string{"내후년"}, 2}, {[]string{"내년"}, 1},
	}
	// yearPartWords name a part of the year after "올 " (this year): its
	// end or its start.
	yearPartWords = []string{"연말", "연초", "초"}
	monthWords    = []offsetWords{
		{[]string{"지난달", "지난 달"}, -1}, {[]string{"이달", "이번 달", "이번달", "금월"}, 0},
		{[]string{"다음 달", "다음달", "내달"}, 1},
	}
	weekWords = []offsetWords{
		{[]string{"지난주", "지난 주"}, -1}, {[]string{"이번 주", "이번주", "금주"}, 0},
		{[]string{"다음 주", "다음주", "내주"}, 1},
	}
	modeWords = []struct {
		word string
		md   mode
	}{{"지난 ", past}, {"오는 ", future}}
	dayWords = []struct {
		words  []string
		off    int
		anchor bool
	}{
		{[]string{"이날", "당일"}, 0, true}, {[]string{"전날"}, -1, true},
		{[]string{"다음날", "다음 날", "이튿날", "익일"}, 1, true},
		{[]string{"그저께", "그제"}, -2, false}, {[]string{"어젯밤", "어제"}, -1, false}, {[]string{"오늘"}, 0, false},
		{[]string{"내일"}, 1, false}, {[]string{"모레"}, 2, false},
	}
)

// keywordStart is a quick filter: the first syllables of every word-led
// date form.
func keywordStart(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return keywordRune(r)
}

func keywordRune(r rune) bool {
	switch r {
	case '재', '지', '작', '올', '금', '내', '이', '다', '당', '전', '익', '그', '어', '오', '모', '상', '하', '연',
		'월', '화', '수', '목', '토', '일':
		return true
	}
	return false
}

// atWord tries the word-led forms at s[i:]: years, months, weeks, 지난/오는
// …, days, halves and weekdays, in that order.
func (ds *dateScanner) atWord(i int) int {
	if !keywordStart(ds.s, i) {
		return i
	}
	for _, try := range []func(int) (int, bool){ds.atYearWord, ds.atMonthWord, ds.atWeekWord, ds.atModeWord, ds.atDayWord} {
		if end, ok := try(i); ok {
			return end
		}
	}
	s, ref := ds.s, ds.ref
	for h, w := range []string{"상반기", "하반기"} {
		if j, ok := prefixWord(s, i, w); ok && followsDate(s, j) {
			return ds.half(i, j, ref.Year(), h+1, true)
		}
	}
	if wd, e, ok := weekdayAt(s, i); ok {
		diff := int(wd) - int(ref.Weekday())
		if ds.isPast(e) {
			if diff > 0 {
				diff -= 7
			}
		} else if diff < 0 {
			diff += 7
		}
		t := ref.AddDate(0, 0, diff)
		ds.emit(i, e, fmtDay(t), hitOther, t, 0)
		return e
	}
	return i
}

// atYearWord reads 지난해, 올해, 내년 … and "올 " (올 상반기) at s[i:]. ok
// says a word matched; the end is then where scanning goes on.
func (ds *dateScanner) atYearWord(i int) (int, bool) {
	s, y := ds.s, ds.ref.Year()
	for _, yw := range yearWords {
		if j, ok := prefixWord(s, i, yw.words...); ok {
			return ds.afterYear(i, j, y+yw.off, true, false), true
		}
	}
	if j, ok := prefixWord(s, i, "올 "); ok {
		if e := ds.afterYear(i, j-1, y, false, false); e != i {
			return e, true
		}
		// "올 연말", "올 초": a part of this year, given as the year itself
		// as "올해 말" gives "올해" and "이달 말" the month.
		if e, ok := prefixWord(s, j, yearPartWords...); ok && followsDate(s, e) {
			ds.emit(i, e, fmtYear(y), hitOther, time.Time{}, 0)
			return e, true
		}
		return i, true
	}
	if j, ok := prefixWord(s, i, yearPartWords[:2]...); ok && followsDate(s, j) && !strings.HasSuffix(s[:i], "지난 ") && !strings.HasSuffix(s[:i], "오는 ") {
		// "연말까지", "연초에": this year's end or start, given as the year
		// like "올 연말" ("연말정산" is a noun: no date follower); "지난
		// 연말" may be either year's, and stays unread
		ds.emit(i, j, fmtYear(y), hitOther, time.Time{}, 0)
		return j, true
	}
	return i, false
}

// atMonthWord reads 지난달, 이달, 다음 달 …, with a day after it or alone.
func (ds *dateScanner) atMonthWord(i int) (int, bool) {
	s, ref := ds.s, ds.ref
	for _, mw := range monthWords {
		j, ok := prefixWord(s, i, mw.words...)
		if !ok {
			continue
		}
		t := day(ref.Year(), ref.Month()+time.Month(mw.off), 1)
		k := sp(s, j)
		if p, ok := readDayPart(s, k); ok && p.m2 == 0 && validDay(t.Year(), t.Month(), p.d1) {
			a := day(t.Year(), t.Month(), p.d1)
			b := p.spanEnd(a)
			if p.d2 != 0 && validDay(t.Year(), t.Month(), p.d2) {
				b = day(t.Year(), t.Month(), p.d2)
			}
			ds.emitDays(i, p.end, a, b, hitOther, 0)
			return p.end, true
		}
		if !followsDate(s, j) || durationAfter(s, j) {
			return i, true
		}
		ds.emit(i, j, fmtMonth(t.Year(), t.Month()), hitOther, time.Time{}, 0)
		return j, true
	}
	return i, false
}

// atWeekWord reads 지난주, 이번 주, 다음 주 …, with 말 (the weekend) or a
// weekday after it, or alone (the Monday–Sunday week).
func (ds *dateScanner) atWeekWord(i int) (int, bool) {
	s := ds.s
	for _, ww := range weekWords {
		j, ok := prefixWord(s, i, ww.words...)
		if !ok {
			continue
		}
		mon := monday(ds.ref).AddDate(0, 0, 7*ww.off)
		if strings.HasPrefix(s[j:], "말") && followsDate(s, j+len("말")) { // 주말: the weekend
			e := j + len("말")
			ds.emit(i, e, fmtDay(mon.AddDate(0, 0, 5))+"/"+fmtDay(mon.AddDate(0, 0, 6)), hitOther, time.Time{}, 0)
			return e, true
		}
		if !followsDate(s, j) {
			return i, true
		}
		if wd, e, ok := weekdayAt(s, sp(s, j)); ok {
			t := mon.AddDate(0, 0, (int(wd)+6)%7)
			ds.emit(i, e, fmtDay(t), hitOther, t, 0)
			return e, true
		}
		ds.emit(i, j, fmtDay(mon)+"/"+fmtDay(mon.AddDate(0, 0, 6)), hitOther, time.Time{}, 0)
		return j, true
	}
	return i, false
}

// atModeWord reads "지난 …" and "오는 …" before a month, a day or a weekday.
func (ds *dateScanner) atModeWord(i int) (int, bool) {
	s, ref := ds.s, ds.ref
	for _, mm := range modeWords {
		j, ok := prefixWord(s, i, mm.word)
		if !ok {
			continue
		}
		if m, e, ok := readMonth(s, j); ok {
			return ds.afterMonth(i, e, ref.Year(), m, mm.md, false, false), true
		}
		if p, ok := readDayPart(s, j); ok {
			return ds.days(i, p, mm.md), true
		}
		if wd, e, ok := weekdayAt(s, j); ok {
			diff := int(wd) - int(ref.Weekday())
			if mm.md == past {
				if diff >= 0 {
					diff -= 7
				}
			} else if diff <= 0 {
				diff += 7
			}
			t := ref.AddDate(0, 0, diff)
			ds.emit(i, e, fmtDay(t), hitOther, t, 0)
			return e, true
		}
		if mm.md == future {
			if e, ok := ds.comingWeekend(i, j); ok {
				return e, true
			}
		}
		return i, true
	}
	return i, false
}

// atDayWord reads days relative to ref (오늘, 어제 …) or to the last date
// mentioned (이날, 전날, 다음날).
func (ds *dateScanner) atDayWord(i int) (int, bool) {
	s, ref := ds.s, ds.ref
	anchor := ref
	if ds.hasLast {
		anchor = ds.last
	}
	for _, dw := range dayWords {
		j, ok := prefixWord(s, i, dw.words...)
		if !ok {
			continue
		}
		if !followsDate(s, j) || strings.HasPrefix(s[j:], "날") {
			return i, true
		}
		base := ref
		if dw.anchor {
			base = anchor
			if ds.published && base.After(ref) && dw.off <= 0 && ds.isPast(j) {
				// "오는 22일 …" then "전날 … 조사했다": a day before a planned one
				// told in the past tense is the day before the story's day
				base = ref
			}
		}
		t := base.AddDate(0, 0, dw.off)
		if told, ok := ds.toldDay(j, t); ok && !dw.anchor {
			// "오늘(21일)" in a story posted after midnight: the text says
			// which day its today is, and so it is for the rest of it.
			t, ds.ref = told, told.AddDate(0, 0, -dw.off)
		}
		ds.emit(i, j, fmtDay(t), hitOther, t, 0)
		return j, true
	}
	return i, false
}

// ToldToday is the day text calls today when it writes a day word with
// its day of the month ("오늘(21일)", "어제(20일)": the story's today is the
// 21st), near ref, the publication day: a broadcast aired late on the 21st
// is often posted after midnight. ok is false when the text writes none,
// or ref is zero.
func ToldToday(text string, ref time.Time) (time.Time, bool) {
	if ref.IsZero() || !strings.Contains(text, "일)") {
		return ref, false // no "(N일)" anywhere: spare the scan
	}
	r := day(ref.Year(), ref.Month(), ref.Day())
	ds := &dateScanner{s: text, ref: r}
	ds.scan()
	return ds.ref, !ds.ref.Equal(r)
}

// toldReach is how far from the day a day word counts to the day written
// after it in parentheses may lie: a broadcast posted a day or two late.
const toldReach = 3

// toldDay reads the day written in parentheses right after a day word,
// "오늘(21일)", as the date with that day of the month nearest t (the day
// the word counts to from the reference) within toldReach days; ok is
// false when there is none, or no reference.
func (ds *dateScanner) toldDay(j int, t time.Time) (time.Time, bool) {
	if ds.ref.IsZero() || !strings.HasPrefix(ds.s[j:], "(") {
		return time.Time{}, false
	}
	k := j + 1
	for k < len(ds.s) && k < j+3 && isDigit(ds.s[k]) {
		k++
	}
	if k == j+1 || !strings.HasPrefix(ds.s[k:], "일)") {
		return time.Time{}, false
	}
	n, _ := strconv.Atoi(ds.s[j+1 : k])
	for d := 0; d <= toldReach; d++ {
		for _, c := range []time.Time{t.AddDate(0, 0, -d), t.AddDate(0, 0, d)} {
			if c.Day() == n {
				return c, true
			}
		}
	}
	return time.Time{}, false
}

// penaltyNouns name a sentence whose length courts write in months with
// 월: "징역 6월" is six months in prison, "징역 1년 6월" a year and a half.
var penaltyNouns = []string{"징역", "금고", "자격정지", "실형"}

// penaltyTerm reports an "N월" at s[i:] that is the length of a sentence:
// a penalty noun, and perhaps its years, right before it.
func penaltyTerm(s string, i int) bool {
	before := strings.TrimRight(s[:i], " ")
	if b, ok := strings.CutSuffix(before, "년"); ok {
		k := len(b)
		for k > 0 && isDigit(b[k-1]) {
			k--
		}
		if k < len(b) && len(b)-k <= 2 {
			before = strings.TrimRight(b[:k], " ")
		}
	}
	for _, n := range penaltyNouns {
		if strings.HasSuffix(before, n) {
			return true
		}
	}
	return false
}

// penaltyMonthRe finds "N월" for PenaltyMonths.
var penaltyMonthRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\d{1,2}월`) })

// PenaltyMonths returns the spans ([start, end) byte offsets) of the
// months of a sentence's length ("징역 6월", "징역 1년 6월"), which Dates
// leaves out: periods, not months of the calendar.
func PenaltyMonths(text string) [][2]int {
	var out [][2]int
	for _, m := range penaltyMonthRe().FindAllStringIndex(text, -1) {
		if (m[0] == 0 || !isDigit(text[m[0]-1])) && penaltyTerm(text, m[0]) && followsDate(text, m[1]) {
			out = append(out, [2]int{m[0], m[1]})
		}
	}
	return out
}
