package korean

import (
	"strings"
	"time"
	"unicode/utf8"
)

// reportVerbs end the lead sentence of a news report: "…라고 밝혔다".
var reportVerbs = []string{"밝혔다", "말했다", "전했다", "발표했다", "알렸다", "설명했다", "강조했다",
	"덧붙였다", "공시했다", "보도했다", "집계됐다", "나타났다", "예상했다", "전망했다", "분석했다", "내다봤다",
	"공개했다", "공고했다", "선언했다", "확인했다", "통보했다", "결정했다", "의결했다"}

// futureMarkers in the clause after a day mean the day is a plan or a
// forecast, not the day the news was written.
var futureMarkers = []string{"예정", "예상", "전망", "계획", "할 것", "될 것", "겠"}

// Lead scores, best first.
const (
	leadToday    = 6 // "오늘(17일)": the text names its own day
	leadAdjacent = 5 // "24일 밝혔다", "7일(현지시간) 발표했다"
	leadAccordTo = 4 // "3일 업계에 따르면"
	leadFirstDay = 3 // first bare day of a sentence closed by a reporting verb
	leadReported = 2 // any bare day in such a sentence
)

// InferPublished guesses the publication day of an article that carries no
// date metadata. The heuristic follows how Korean news is written:
//
//  1. The anchor is the newest of the photo dates (captionDates) and the
//     complete dates written in past-tense text ("2025.04.01.", "2025년 4월
//     1일", "2025-04-01"; not "지난해 3월 1일", whose year is itself
//     relative). An article is published on or after its newest photo,
//     usually within days.
//  2. The lead names the publication day as a bare "N일". Candidates score
//     6 when written as today's ("오늘(17일)", the broadcast style), 5 when a reporting verb follows the day directly ("정부는 …라고 24일
//     밝혔다", "7일(현지시간) 발표했다"), 4 when "따르면" follows it closely
//     ("3일 업계에 따르면"), 3 when it is the first bare day of a sentence
//     ending with a reporting verb (밝혔다, 전했다, 발표했다 …) and no plan
//     or forecast word (예정, 전망 …) stands between, 2 for any other bare
//     day in such a sentence. The best score wins, the earliest on ties.
//  3. With a lead day N and an anchor A: when A is a photo date, the first
//     N-th on or after A (A's month when N ≥ A's day, else the next month);
//     when A comes from the text, which may name a day after publication,
//     the N-th of the month before, of, or after A's that lies nearest to
//     A. With only an anchor, the anchor. Without an anchor the month is
//     unknown and ok is false.
//
// Days inside quotations are never the lead, and a complete date preceded
// by "오는" or "지난" (a date looked back on), followed by a plan ("…부터 시행할 예정") or by
// "이후" (the point a time is counted from: "2018년 5월 31일 이후 2천일 만에"), or standing in
// parentheses (a life span "(1941년 5월 24일~)") is not an anchor.
func InferPublished(text string, captionDates []time.Time) (time.Time, bool) {
	anchor := newestDay(captionDates)
	fromCaption := !anchor.IsZero()
	// the reference does not change which expressions are found, only how
	// relative ones resolve, and only absolute dates and bare days are read
	// here: any fixed day does, never the clock.
	ref := anchor
	if ref.IsZero() {
		ref = probeRefs[0]
	}
	ds := &dateScanner{s: text, ref: day(ref.Year(), ref.Month(), ref.Day())}
	hits := ds.scan()
	if len(hits) == 0 && anchor.IsZero() {
		return time.Time{}, false
	}
	ds.scope() // usually done already by the scan's tense checks
	lead, textAnchor := ds.leadDay(hits)
	if textAnchor.After(anchor) {
		anchor, fromCaption = textAnchor, false
	}
	if anchor.IsZero() {
		return time.Time{}, false
	}
	if lead == 0 {
		return anchor, true
	}
	if fromCaption {
		return dayOnOrAfter(anchor, lead), true
	}
	return dayNearest(anchor, lead), true
}

// newestDay is the latest of days, zero when there is none.
func newestDay(days []time.Time) time.Time {
	var newest time.Time
	for _, c := range days {
		if c.IsZero() {
			continue
		}
		c = day(c.Year(), c.Month(), c.Day())
		if c.After(newest) {
			newest = c
		}
	}
	return newest
}

// leadDay reads the scanned hits for the lead's day of publication (0 when
// none scores) and the newest complete date that may anchor it.
func (ds *dateScanner) leadDay(hits []dateHit) (lead int, anchor time.Time) {
	text := ds.s
	sentOf := func(pos int) Span {
		if k := spanAt(ds.sents, pos); k >= 0 {
			return ds.sents[k]
		}
		return Span{pos, pos}
	}
	inQuote := func(pos int) bool {
		k := spanAt(ds.quotes, pos)
		return k >= 0 && ds.quotes[k].Start < pos && pos < ds.quotes[k].End
	}
	bestScore, lastSent := 0, -1
	for _, h := range hits {
		if inQuote(h.Start) {
			continue
		}
		sn := sentOf(h.Start)
		sn.End = max(sn.End, h.End) // a date the sentence splitter cut ("2000.1. 1")
		switch h.kind {
		case hitAbsolute:
			if strings.HasSuffix(text[:h.Start], "오는 ") || strings.HasSuffix(text[:h.Start], "지난 ") ||
				(!ds.isPast(h.End) && plansAhead(text[h.End:sn.End])) || inParens(text, h.Start, h.End) || countsFrom(text[h.End:sn.End]) {
				continue
			}
			if h.t.After(anchor) {
				anchor = h.t
			}
		case hitBareDay:
			first := sn.Start != lastSent
			lastSent = sn.Start
			score := leadScore(text, h.End, sn, first)
			if todayMarked(text[:h.Start]) {
				score = leadToday
			}
			if score > bestScore {
				lead, bestScore = h.day, score
			}
		}
	}
	return lead, anchor
}

// dayOnOrAfter is the first lead-th on or after a photo's day a: an
// article is published on or after its newest photo.
func dayOnOrAfter(a time.Time, lead int) time.Time {
	y, m := a.Year(), a.Month()
	if lead < a.Day() {
		m++
	}
	for k := 0; k < 3; k++ {
		t := day(y, m, 1)
		if validDay(t.Year(), t.Month(), lead) {
			return day(t.Year(), t.Month(), lead)
		}
		m++
	}
	return a
}

// dayNearest is the lead-th of the month before, of or after a's that
// lies nearest to a, a date the text itself wrote.
func dayNearest(a time.Time, lead int) time.Time {
	var pick time.Time
	bestDist := time.Duration(1<<63 - 1)
	for _, off := range []int{0, 1, -1} {
		t := day(a.Year(), a.Month()+time.Month(off), 1)
		if !validDay(t.Year(), t.Month(), lead) {
			continue
		}
		c := day(t.Year(), t.Month(), lead)
		d := c.Sub(a)
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			pick, bestDist = c, d
		}
	}
	if pick.IsZero() {
		return a
	}
	return pick
}

// todayMarked reports a day written as today's: "오늘(17일)", "오늘 (17일)".
func todayMarked(before string) bool {
	b, ok := strings.CutSuffix(before, "(")
	return ok && strings.HasSuffix(strings.TrimSuffix(b, " "), "오늘")
}

// leadScore rates a bare day ending at end, in sentence sn, as the lead's
// day of publication; first says it is the sentence's first bare day.
func leadScore(text string, end int, sn Span, first bool) int {
	rest := text[end:sn.End]
	// "7일(현지시간) 발표했다": skip a parenthesis and spaces.
	r := strings.TrimLeft(rest, " ")
	if strings.HasPrefix(r, "(") {
		if k := strings.IndexByte(r, ')'); k >= 0 && k < 40 {
			r = strings.TrimLeft(r[k+1:], " ")
		}
	}
	for _, v := range reportVerbs {
		if strings.HasPrefix(r, v) {
			return leadAdjacent
		}
	}
	if k := strings.Index(rest, "따르면"); k >= 0 && k < 60 {
		return leadAccordTo
	}
	if !endsWithReportVerb(text[sn.Start:sn.End]) {
		return 0
	}
	if first {
		for _, m := range futureMarkers {
			if strings.Contains(rest, m) {
				return leadReported
			}
		}
		return leadFirstDay
	}
	return leadReported
}

// endsWithReportVerb reports a sentence closing with a reporting verb,
// ignoring the final punctuation and quotes.
func endsWithReportVerb(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return r == '.' || r == '"' || r == '”' || r == '\'' || r == '’' || r == ' ' || r == utf8.RuneError
	})
	for _, v := range reportVerbs {
		if strings.HasSuffix(s, v) {
			return true
		}
	}
	return false
}

// plansAhead reports words of a plan or schedule in a clause that is not in
// the past tense: "1일부터 시행할 예정이다", "1일을 기해 출범합니다" (as of).
func plansAhead(rest string) bool {
	for _, w := range []string{"예정", "부터", "까지", "할 것", "될 것", "하겠", "기해", "기하여"} {
		if strings.Contains(rest, w) {
			return true
		}
	}
	return false
}

// inParens reports whether s[start:end] sits inside parentheses on its
// line: an aside such as a birth date, not the news.
// sinceMarkers after a date make it the point a time is counted from
// ("2018년 5월 31일 이후 2천일 만에"), which may lie years before the story.
var sinceMarkers = []string{"이후", "이래"}

// countsFrom reports whether the text after a date (up to the end of its
// sentence) opens with a since marker, after a parenthesis if one stands
// between ("2018년 5월 31일(당시 …) 이후").
func countsFrom(after string) bool {
	after = strings.TrimLeft(after, " ")
	if strings.HasPrefix(after, "(") {
		if k := strings.IndexByte(after, ')'); k >= 0 {
			after = strings.TrimLeft(after[k+1:], " ")
		}
	}
	for _, m := range sinceMarkers {
		if strings.HasPrefix(after, m) {
			return true
		}
	}
	return false
}

func inParens(s string, start, end int) bool {
	open := strings.LastIndexAny(s[:start], "(\n")
	if open < 0 || s[open] != '(' || strings.Contains(s[open:start], ")") {
		return false
	}
	close := strings.IndexAny(s[end:], ")\n")
	return close >= 0 && s[end+close] == ')'
}
