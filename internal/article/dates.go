package article

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// pageDate is a publication date a page line states, with how far it is
// trusted (1 best; see lexicon/datelabels.tsv). The zero value is none.
type pageDate struct {
	date  string // YYYY-MM-DD
	trust int
	// stamp is set for a line that is only a timestamp or the site's
	// "today" line, which is page chrome even when it gives no date.
	stamp bool
	// outlet is the source a portal prints beside the timestamp, "" if none.
	outlet string
	// closing is set when the label closes the line after the date ("…
	// 2020/01/11 15:26 송고"): on a rights line the line stays rights.
	closing bool
}

// Trust of the dates that carry no label: a bare timestamp line under the
// headline, and a date inside a URL or article id printed on the page.
const (
	trustBareStamp = 3
	trustURL       = 8
)

var (
	pageDateRe = lazyRE(`(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*[.일]?`)
	// stampRestRe is what may stand beside a bare timestamp: times (also
	// "13시 40분" and a "KST" zone), the weekday, 오전/오후, separators, a
	// board's age of the post ("1달 전") and its view counter ("조회수 : 129").
	stampRestRe = lazyRE(`\(?\d{1,2}:\d{2}(?::\d{2})?\)?|\d{1,2}시(?:\s*\d{1,2}분)?(?:\s*\d{1,2}초)?|\d{1,3}\s*(?:초|분|시간|일|주|달|개월|년)\s*전|조회(?:수)?\s*[:：]?\s*[\d,]+|오전|오후|AM|PM|KST|[()|/:·.,\-]`)
	weekdayRe   = lazyRE(`^[월화수목금토일]요일$`)
	// shortWeekdayRe is a weekday written short in brackets, "(월)".
	shortWeekdayRe = lazyRE(`[(\[][월화수목금토일][)\]]`)
	clockRe        = lazyRE(`\d{1,2}:\d{2}|\d{1,2}시`)
	dateLabelRe    = sync.OnceValue(buildDateLabelRe)
	dateAfterRe    = sync.OnceValue(buildDateAfterRe)
	// urlDateRe finds a date in a URL or article id: "/2025/04/03/",
	// "AKR20250403…", "20181030800029".
	urlDateRe = lazyRE(`/(\d{4})/(\d{1,2})/(\d{1,2})(?:/|$)|(?:AKR|[/=_])((?:19|20)\d{2})(\d{2})(\d{2})\d{3,}`)
)

// buildDateLabelRe matches a date label ending the text before a date:
// "입력", "기사입력 :", "등록|", "수정일시".
func buildDateLabelRe() *regexp.Regexp {
	labels := make([]string, 0, len(lex().dateLabels))
	for l := range lex().dateLabels {
		labels = append(labels, regexp.QuoteMeta(l))
	}
	sort.Slice(labels, func(i, j int) bool { return len(labels[i]) > len(labels[j]) })
	return regexp.MustCompile(`(` + strings.Join(labels, "|") + `)\s*(?:시간|일시|일자|일)?\s*[:：|.]?\s*(?:[^\s|:：]{1,15}\s*[|｜]\s*)?$`)
}

// buildDateAfterRe matches a date label closing the text after a date and
// its time: " 15:26 송고".
func buildDateAfterRe() *regexp.Regexp {
	labels := make([]string, 0, len(lex().dateAfter))
	for l := range lex().dateAfter {
		labels = append(labels, regexp.QuoteMeta(l))
	}
	sort.Slice(labels, func(i, j int) bool { return len(labels[i]) > len(labels[j]) })
	return regexp.MustCompile(`^\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?(` + strings.Join(labels, "|") + `)\s*$`)
}

// findPageDate reads the publication date a short page line gives: a
// labelled one ("입력 2025.04.07 10:31", "등록|2023.11.07", "홍길동 기자
// 입력 …  수정 …") or a bare timestamp, possibly beside a name or an
// outlet ("KBS 2024. 1. 29. 23:57", "홍길동 / 2022-09-05 17:29:08").
// A caption's date is the photo's, so a caption line is a page date only
// when labelled.
func findPageDate(s string, runes int, caption bool) pageDate {
	if runes > 120 || strings.HasSuffix(s, "다.") {
		return pageDate{} // a finished sentence dates an event, not the page
	}
	if !hasDigitRun(s, 4) {
		return shortYearStamp(s, runes) // "기사입력시간 25.12.02 15:15"
	}
	locs := pageDateRe().FindAllStringSubmatchIndex(s, -1)
	if locs == nil {
		return pageDate{}
	}
	best, prev := pageDate{}, 0
	for _, m := range locs {
		t, labelled, closing := 0, false, false
		if l := dateLabelRe().FindStringSubmatch(s[prev:m[0]]); l != nil {
			t, labelled = lex().dateLabels[l[1]], true
		} else if l := dateAfterRe().FindStringSubmatch(s[m[1]:]); l != nil {
			t, labelled, closing = lex().dateAfter[l[1]], true, true // "… 금지> 2020/01/11 15:26 송고"
		}
		if d := isoDate(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]); labelled && d != "" && (best.date == "" || t < best.trust) {
			best = pageDate{date: d, trust: t, stamp: true, closing: closing}
		}
		prev = m[1]
	}
	if best.date != "" || caption || endsSentence(s) {
		return best
	}
	return bareStamp(s, locs)
}

// maxStampSigners bounds the words of the reporters signing a timestamp
// line ("홍길동 기자, 김바다 기자 2025. 11. 18. 14:27": four).
const maxStampSigners = 8

// stampSigners reports whether the words beside a timestamp are the
// byline of several reporters.
func stampSigners(words []string) bool {
	if len(words) > maxStampSigners {
		return false
	}
	c, ok := parseByline(strings.Join(words, " "))
	return ok && len(c.names) > 1
}

// bareStamp reads a line that is a timestamp with at most a name or an
// outlet beside it. A weekday, or a short one ("(월)") with no time, or a
// weather reading makes it the site's "today" line: chrome, but no witness
// of the publication date.
func bareStamp(s string, locs [][]int) pageDate {
	if shortWeekdayRe().MatchString(s) && !clockRe().MatchString(s) || weatherRe().MatchString(s) {
		return pageDate{stamp: true}
	}
	rest := pageDateRe().ReplaceAllString(s, " ")
	rest = stampRestRe().ReplaceAllString(rest, " ")
	words := strings.Fields(rest)
	for _, w := range words {
		if weekdayRe().MatchString(w) {
			return pageDate{stamp: true}
		}
	}
	if (len(words) > 3 || utf8.RuneCountInString(strings.Join(words, "")) > 12) && !stampSigners(words) && !signedBarStamp(s) {
		return pageDate{}
	}
	m := locs[0]
	d := isoDate(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]])
	if d == "" {
		return pageDate{}
	}
	pd := pageDate{date: d, trust: trustBareStamp, stamp: true}
	if len(words) > 0 && outletOnly(strings.Join(words, " ")) {
		pd.outlet = canonicalOutlet(strings.Join(words, " ")) // a portal's "KBS 2024. 1. 29. 23:57"
	}
	return pd
}

// signedBarStamp reports a timestamp closing, after a bar, a line that
// signs the story by a reporter's title, whatever words describe the
// writer before it: "한빛신문 공채 1기, 한빛TV 기자 | 2010.01.01 08:03".
func signedBarStamp(s string) bool {
	loc := barStampRe().FindStringIndex(s)
	return loc != nil && titleEndRe().MatchString(strings.TrimSpace(s[:loc[0]]))
}

// urlDate reads the date in a URL or article id printed on a text line
// (not an image's address), the least trusted witness.
func urlDate(s string) pageDate {
	if !strings.Contains(s, "http") && !strings.Contains(s, "AKR") {
		return pageDate{}
	}
	m := urlDateRe().FindStringSubmatch(s)
	if m == nil {
		return pageDate{}
	}
	d := isoDate(m[1], m[2], m[3])
	if m[1] == "" {
		d = isoDate(m[4], m[5], m[6])
	}
	if d == "" {
		return pageDate{}
	}
	return pageDate{date: d, trust: trustURL}
}

// hasDigitRun reports whether s holds n ASCII digits in a row.
func hasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// stampByline reads the byline standing before the date on a timestamp
// line ("기자명 홍길동 기자   입력 2025.04.13 10:05"), nil when none.
func stampByline(s string) *credit {
	loc := pageDateRe().FindStringIndex(s)
	if loc == nil {
		return nil
	}
	if !titleAnyRe().MatchString(s[:loc[0]]) {
		if c := stampThenByline(s[loc[1]:]); c != nil {
			return c
		}
		return portalNameStamp(s, loc)
	}
	prefix := dateLabelRe().ReplaceAllString(s[:loc[0]], "")
	prefix = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(prefix), "기자명"))
	if c, ok := parseByline(prefix); ok && len(c.names) > 0 {
		return &c
	}
	return nil
}

// stampThenByline reads the byline written after a timestamp, the rest of
// its line ("2020-03-24     홍길동 기자", "2020.03.24 10:05 홍길동 기자"):
// the times and separators beside the stamp go first.
func stampThenByline(rest string) *credit {
	rest = strings.TrimSpace(stampRestRe().ReplaceAllString(rest, " "))
	if !strings.HasSuffix(rest, "기자") {
		return nil
	}
	if c, ok := parseByline(rest); ok && len(c.names) > 0 {
		return &c
	}
	return nil
}

// barStamp is the date of the timestamp a byline line closes with after a
// bar ("홍길동 기자 | 2021.11.03 21:12"), "" when it has none.
func barStamp(s string) string {
	loc := barStampRe().FindStringIndex(s)
	if loc == nil {
		return ""
	}
	m := pageDateRe().FindStringSubmatch(s[loc[0]:])
	if m == nil {
		return ""
	}
	return isoDate(m[1], m[2], m[3])
}
