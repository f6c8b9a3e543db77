package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/ner"
)

// This file holds the spans the entity guideline (docs/entity-guideline.md)
// counts that the document does not keep as entities, amounts or dates:
// counts with their counters, ages in parentheses, and a surname or an
// initial standing for a person before 씨.

// countNumber is a number written with digits ("3", "1,200", "2.5", "3만",
// "3만 1000"), optionally a range or pair of them ("2~4", "17·18") or an
// ordinal with 제 ("제20").
const countNumber = `(?:제\s?)?(?:\d[\d,.]*\s?(?:만|천|백)?\s?[~∼\-·]\s?)?\d[\d,.]*(?:\s?만(?:\s?\d[\d,]*)?|\s?천|\s?백)?`

// nativeNumber is a native Korean numeral before a counter ("두 명",
// "세번째"); nativeCounters are the counters that take one.
const nativeNumber = `(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무)`

var nativeCounters = []string{"명", "사람", "개", "곳", "군데", "차례", "번째", "번", "가지", "마리", "살", "잔", "병", "벌", "켤레", "권", "그루", "송이", "장", "줄", "골", "표", "경기", "세트"}

// loadCounters reads lexicon/counters.txt and builds the count pattern:
// a digit number with any counter or unit, or a native numeral with a
// counter that takes one.
func (lx *lexicon) loadCounters() error {
	var cs []string
	err := readLines(lexiconFS, "lexicon/counters.txt", func(line string) error {
		cs = append(cs, strings.Fields(line)...)
		return nil
	})
	if err != nil {
		return err
	}
	alt := func(ws []string) string {
		ws = slices.Clone(ws)
		// longest first: "번째" before "번", "%포인트" before "%"
		slices.SortStableFunc(ws, func(a, b string) int { return len(b) - len(a) })
		q := make([]string, len(ws))
		for i, w := range ws {
			q[i] = regexp.QuoteMeta(w)
		}
		return strings.Join(q, "|")
	}
	re, err := regexp.Compile(`(?:` + countNumber + `)\s?(?:` + alt(cs) + `)|` + nativeNumber + `\s?(?:` + alt(nativeCounters) + `)`)
	if err != nil {
		return fmt.Errorf("counters.txt: %w", err)
	}
	lx.countRe = re
	return nil
}

// countTails may follow a counter inside its word: "3명씩", "100명당",
// "30개가량", "2번째".
var countTails = []string{"가량", "남짓", "정도", "씩", "쯤", "여", "당", "꼴", "째", "께"}

// endsWord reports whether a match ending at end closes its word: what
// follows is a space, punctuation, or a tail and particle ("명씩은").
// "3개월" is no "3개"; "세대" no "세 대".
func endsWord(text string, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[end:])
	if end == len(text) || !unicode.IsLetter(r) {
		return true
	}
	if !isHangulSyllable(r) {
		return false
	}
	rest := text[end:]
	if i := strings.IndexFunc(rest, func(r rune) bool { return !isHangulSyllable(r) }); i >= 0 {
		rest = rest[:i]
	}
	for _, t := range countTails {
		if strings.HasPrefix(rest, t) {
			rest = rest[len(t):]
			break
		}
	}
	return rest == "" || knownJosa()[rest]
}

// startsWord reports whether a match starting at start opens its word or
// follows one of countPrefixes ("총16명"), not other letters or a digit
// ("A380", "KBS2", "형사21부").
func startsWord(text string, start int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:start])
	if start == 0 || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return true
	}
	for _, p := range countPrefixes {
		if b, ok := strings.CutSuffix(text[:start], p); ok && !isHangulBefore(b, len(b)) {
			return true
		}
	}
	return false
}

// countPrefixes may open the word of a count: "총16명", "약3km", "각2개".
var countPrefixes = []string{"총", "약", "각", "단", "최대", "최소", "무려", "불과", "평균", "연", "월"}

func isHangulSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

// countSpans finds counts and measures the amount parser leaves out:
// "16명", "3층", "2~4위", "두 골", "한가지", "70cm".
func (x *Extractor) countSpans(text string) []ner.Span {
	var out []ner.Span
	for _, m := range x.lx.countRe.FindAllStringIndex(text, -1) {
		if startsWord(text, m[0]) && endsWord(text, m[1]) {
			out = append(out, ner.Span{Start: m[0], End: m[1], Label: ner.Quantity})
		}
	}
	return out
}

// ageRe matches an age in parentheses after a name or 씨: "김민준(34)",
// "박모(41)씨", "이수정(여·29)", "최모(52·회사원)".
var ageRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`[가-힣]\s?\((?:(?:남|여|男|女)\s?[·,]\s?)?(\d{1,3})(?:\s?[·,]\s?[^()]{1,12})?\)`)
})

// ageSpans finds ages written in parentheses; the guideline makes an age
// a QUANTITY even without its unit.
func ageSpans(text string) []ner.Span {
	var out []ner.Span
	for _, m := range ageRe().FindAllStringSubmatchIndex(text, -1) {
		if n, err := strconv.Atoi(text[m[2]:m[3]]); err == nil && n > 0 && n <= 120 {
			out = append(out, ner.Span{Start: m[2], End: m[3], Label: ner.Quantity})
		}
	}
	return out
}

// honorificRe matches a name, a surname or an initial before 씨, with
// the 모 of an anonymised surname and an age in between: "김씨", "A씨",
// "박 씨", "김모(33)씨", "최모 씨", "이수정 씨".
var honorificRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`([가-힣]{1,4}|[A-Z])(\s?모)?(\s?\(\d{1,3}[^()]{0,12}\))?(\s?)씨`)
})

// honorificSpans finds people standing before 씨 (the guideline: "[박] 씨",
// "[A]씨"). Written apart from 씨 any short word not a common noun is a
// name; written together only a surname, an initial or a surname with a
// two-syllable given name is, since 씨 also ends common words (날씨, 솜씨,
// 아저씨).
func (x *Extractor) honorificSpans(text string) []ner.Span {
	var out []ner.Span
	for _, m := range honorificRe().FindAllStringSubmatchIndex(text, -1) {
		a, b := m[2], m[3]
		if !startsWord(text, a) || isHangulBefore(text, a) || !endsWord(text, m[1]) {
			continue
		}
		spaced := m[8] < m[9] || m[4] >= 0
		// "이모 씨", "김모(33)씨": the surname of an anonymised person
		if s, ok := strings.CutSuffix(text[a:b], "모"); ok && x.lx.surnames[s] {
			b, spaced = a+len(s), true
		}
		if !x.honorificName(text[a:b], spaced) {
			continue
		}
		out = append(out, ner.Span{Start: a, End: b, Label: ner.Person})
	}
	return out
}

func isHangulBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return i > 0 && isHangulSyllable(r)
}

// honorificName decides whether the word before 씨 names a person.
func (x *Extractor) honorificName(name string, spaced bool) bool {
	n := utf8.RuneCountInString(name)
	first, w := utf8.DecodeRuneInString(name)
	switch {
	case n == 1 && first >= 'A' && first <= 'Z':
		return true
	case x.lx.stop[name] || personPronouns()[name] || groupPronouns()[name]:
		return false
	case x.lx.surnames[name]:
		return true
	case spaced:
		return n >= 2 && n <= 4
	}
	return n == 3 && x.lx.surnames[name[:w]]
}

// placeGovernments makes a place followed by a government noun one ORG
// span, as the guideline writes "[미국 정부]" (the country alone stays
// PLACE): "일본 외무성" is not, "중국 당국" and "미국 하원" are.
func (d *doc) placeGovernments(spans []ner.Span) {
	at := map[int]int{}
	for i, w := range d.words {
		at[w.cs] = i
	}
	for k := range spans {
		s := &spans[k]
		if s.Label != ner.Place || s.End >= len(d.text) || d.text[s.End] != ' ' {
			continue
		}
		j, ok := at[s.End+1]
		if !ok || j == 0 || d.words[j-1].stemE != s.End || !d.words[j-1].bare() {
			continue
		}
		if g := &d.words[j]; d.lx.govHeads[g.stem] && g.sent == d.words[j-1].sent {
			s.End, s.Label = g.stemE, ner.Org
		}
	}
}

// longestFirst keeps, of overlapping entity spans, the longest (the
// guideline: "서울중앙지법" is one ORG; a place keeps its own mention
// inside "울산 남부경찰서", which the span of the office covers).
func longestFirst(in []ner.Span) []ner.Span {
	s := slices.Clone(in)
	slices.SortStableFunc(s, func(a, b ner.Span) int { return (b.End - b.Start) - (a.End - a.Start) })
	return dropOverlaps(s)
}

// countryPrefixSpans finds a country written as one word with a common
// noun after it ("한국영화", "일본시간"): the guideline tags the country
// PLACE wherever it stands. A company or body named after its country
// ("한국전력", "일본항공", "한국수력원자력") is no such compound: the noun
// must be one word of the dictionary, no organisation suffix.
func (d *doc) countryPrefixSpans() []ner.Span {
	var out []ner.Span
	for _, w := range d.words {
		ts := d.toksOf(&w)
		if len(ts) < 2 || ts[0].Start != w.cs || ts[1].End != w.stemE || !strings.HasPrefix(ts[0].POS, "NNP") || !ner.IsCountry(ts[0].Surface) {
			continue
		}
		rest := ts[1]
		if !strings.HasPrefix(rest.POS, "NNG") || !rest.Known || rest.Start != ts[0].End || industryNouns()[rest.Surface] || businessSuffixes()[rest.Surface] || slices.Contains(orgSuffixes, rest.Surface) {
			continue
		}
		out = append(out, ner.Span{Start: ts[0].Start, End: ts[0].End, Label: ner.Place})
	}
	return out
}
