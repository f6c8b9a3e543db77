package korean

import (
	"strings"
	"time"
	"unicode/utf8"
)

// reportVerbs end the lead sentence of a news report: "…라고 밝혔다".
var reportVerbs = []string{"밝혔다", "말했다", "전했다", "발표했다", "알렸다", "설명했다", "강조했다",
	"덧붙였다", "공시했다", "보도했다", "집계됐다", "나타났다", "예상했다", "전망했다", "분석했다", "내다봤다"}

// InferPublished guesses the publication day of an article that carries no
// date metadata. The heuristic follows how Korean news is written:
//
//  1. The month anchor is the newest of the photo dates (captionDates) and
//     the complete dates written in text ("2025.04.01.", "2025년 4월 1일",
//     "2025-04-01"): an article is published on or after its newest photo,
//     usually within days.
//  2. The lead names the day of publication as a bare "N일" — "3일 업계에
//     따르면", "정부는 7일 …라고 밝혔다". A bare "N일" scores 3 when its
//     sentence has "따르면" after it, 2 when its sentence ends with a
//     reporting verb (밝혔다, 전했다, 발표했다 …); a point is added when it
//     is the sentence's first date and sits in its first 60 bytes. The best
//     score (the earliest on ties) of at least 2 wins.
//  3. With a lead day N and an anchor A, the result is the first N-th on or
//     after A (A's month when N ≥ A's day, else the next month). With only
//     an anchor, the result is the anchor. Without an anchor the month is
//     unknown and ok is false.
//
// Dates in quotations count neither as lead nor as anchor, and a complete
// date preceded by "오는" or followed by a plan ("…부터 시행할 예정") is not
// an anchor.
func InferPublished(text string, captionDates []time.Time) (time.Time, bool) {
	var anchor time.Time
	for _, c := range captionDates {
		if c.IsZero() {
			continue
		}
		c = day(c.Year(), c.Month(), c.Day())
		if c.After(anchor) {
			anchor = c
		}
	}
	// the reference does not change which expressions are found, only how
	// relative ones resolve; the caption anchor or today is a fair one.
	ref := anchor
	if ref.IsZero() {
		ref = time.Now().UTC()
	}
	ds := &dateScanner{s: text, ref: day(ref.Year(), ref.Month(), ref.Day())}
	hits := scanDates(text, ds.ref)
	ds.scope()

	best, bestScore := 0, 0
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
	firstInSent := map[int]bool{}
	seen := map[int]bool{}
	for _, h := range hits {
		sn := sentOf(h.Start)
		if !seen[sn.Start] {
			seen[sn.Start] = true
			firstInSent[h.Start] = true
		}
	}
	for _, h := range hits {
		if inQuote(h.Start) {
			continue
		}
		switch h.kind {
		case hitAbsolute:
			if strings.HasSuffix(text[:h.Start], "오는 ") || (!ds.isPast(h.End) && plansAhead(text[h.End:sentOf(h.Start).End])) {
				continue
			}
			if h.t.After(anchor) {
				anchor = h.t
			}
		case hitBareDay:
			sn := sentOf(h.Start)
			score := 0
			rest := text[h.End:sn.End]
			if strings.Contains(rest, "따르면") {
				score = 3
			} else if endsWithReportVerb(text[sn.Start:sn.End]) {
				score = 2
			}
			if score > 0 && firstInSent[h.Start] && h.Start-sn.Start < 60 {
				score++
			}
			if score >= 2 && score > bestScore {
				best, bestScore = h.day, score
			}
		}
	}
	if anchor.IsZero() {
		return time.Time{}, false
	}
	if bestScore == 0 {
		return anchor, true
	}
	y, m := anchor.Year(), anchor.Month()
	if best < anchor.Day() {
		m++
	}
	for k := 0; k < 3; k++ {
		t := day(y, m, 1)
		if validDay(t.Year(), t.Month(), best) {
			return day(t.Year(), t.Month(), best), true
		}
		m++
	}
	return anchor, true
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
// the past tense: "1일부터 시행할 예정이다".
func plansAhead(rest string) bool {
	for _, w := range []string{"예정", "부터", "까지", "할 것", "될 것", "하겠"} {
		if strings.Contains(rest, w) {
			return true
		}
	}
	return false
}
