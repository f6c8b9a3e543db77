package ner

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The word lists below were written for sosik from the guideline
// (docs/entity-guideline.md) and general knowledge of Korean news style;
// none is derived from an evaluation corpus.

// countries are names of states; the guideline tags a country as PLACE
// even when it acts (KMOU tags acting countries ORG).
var countries = setOf(`한국 대한민국 남한 북한 북 조선 미국 미합중국 중국 중화인민공화국 일본 러시아 영국 프랑스 독일
이탈리아 스페인 포르투갈 캐나다 호주 오스트레일리아 뉴질랜드 인도 브라질 멕시코 아르헨티나 칠레 페루 콜롬비아
베네수엘라 쿠바 베트남 태국 필리핀 인도네시아 말레이시아 싱가포르 대만 캄보디아 라오스 미얀마 몽골 네팔
스리랑카 방글라데시 파키스탄 아프가니스탄 이란 이라크 이스라엘 팔레스타인 시리아 레바논 요르단 사우디아라비아
사우디 카타르 쿠웨이트 아랍에미리트 UAE 오만 예멘 이집트 리비아 알제리 모로코 튀니지 수단 터키 튀르키예
우크라이나 벨라루스 폴란드 체코 슬로바키아 헝가리 루마니아 불가리아 세르비아 크로아티아 그리스 오스트리아
스위스 네덜란드 벨기에 룩셈부르크 덴마크 스웨덴 노르웨이 핀란드 아이슬란드 아일랜드 에스토니아 라트비아
리투아니아 카자흐스탄 우즈베키스탄 키르기스스탄 투르크메니스탄 조지아 아르메니아 아제르바이잔 남아공
남아프리카공화국 나이지리아 케냐 에티오피아 가나 탄자니아 우간다 콩고 앙골라 짐바브웨 세네갈 코트디부아르
카메룬 에콰도르 볼리비아 파라과이 우루과이 파나마 코스타리카 과테말라 자메이카 아이티 도미니카 바티칸 모나코
韓 美 中 日 北 英 獨 佛 露 伊 濠 加 印`)

// relativeDates are date words the guideline tags DATE that KMOU leaves
// untagged (today, this year, the previous day …).
var relativeDates = setOf(`오늘 어제 내일 모레 그제 그저께 이날 당일 전날 이튿날 다음날 올해 금년 지난해 작년 내년
이듬해 지난달 이달 다음달 내달 지난주 이번주 다음주 연초 연말 연중 상반기 하반기 주말 평일`)

// durationWords are native Korean day counts, DATE under the guideline.
var durationWords = setOf(`하루 이틀 사흘 나흘 닷새 엿새 이레 여드레 아흐레 열흘 보름 일주일 한달`)

// Durations and counts of periods that KMOU tags as plain numbers (NOH):
// the guideline makes days and longer DATE, hours and shorter TIME.
var (
	numberPart   = `(?:제|전반|후반|연장)?\s*(?:[0-9][0-9.,]*\s*[~∼-]\s*)?[0-9][0-9.,]*\s*(?:만|천|백|십)?\s*|(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇|수|십|수십|수백)\s*`
	dateDuration = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:` + numberPart + `)(?:년|년대|해|개월|달|주|주일|일|주년)(?:간|여|째|여간)?$`)
	})
	clockDuration = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:` + numberPart + `)(?:시간|분|초)(?:간|여|째|여간)?$`)
	})
)

// dateTails are words that narrow a preceding date to part of it
// ("지난해 말", "3월 초순") and belong to the date.
var dateTails = setOf(`초 말 중순 초순 하순 상순 께 경 말께 초께`)

// relativeTimes are parts of the day the guideline tags TIME.
var relativeTimes = setOf(`오전 오후 새벽 아침 저녁 정오 자정 심야 한밤중`)

// actorInstitutions are common nouns for institutions that the guideline
// tags ORG when they stand as an actor (KMOU leaves them untagged).
var actorInstitutions = setOf(`경찰 검찰 정부 법원 국회 당국 여당 야당 청와대 대법원 헌재 헌법재판소 검찰청 경찰청
국정원 군당국 방역당국 보건당국 금융당국 소방당국 교육당국 외교당국 사정당국 수사당국 특검 공수처`)

// particles may follow a noun inside its eojeol.
var particles = setOf(`은 는 이 가 을 를 의 에 에서 에서는 에서도 에는 에도 에게 에게서 께 께서 께서는 도 와 과 와의 과의
로 으로 로는 으로는 로도 으로도 로부터 으로부터 부터 까지 까지는 만 만은 만이 보다 처럼 이나 나 이라도 이며 이고
이다 였다 이었다 엔 에선 측 측은 측이 측의 측도 대로 마다 조차 밖에 뿐 이란 란 라는 이라는 간 동안`)

// setOf returns the set of the space-separated words of words, built on first
// use: programs that never extract (sosik version, help) should not pay
// for the package's word sets at start.
func setOf(words string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(words) {
			m[w] = true
		}
		return m
	})
}

// ConvertKMOU rewrites a sentence read from KMOU (spans labelled with
// guideline labels, or "DUR" for KMOU durations) to the guideline:
//   - durations (KMOU DUR, and periods KMOU counts as numbers: 3년, 6개월,
//     10분) become TIME when counted in hours, minutes or seconds and DATE
//     otherwise;
//   - countries tagged ORG become PLACE;
//   - "지난"/"오는"/"올" before a date and "초"/"말"/"중순" … after it
//     join the date;
//   - untagged relative dates (이날, 지난해 …), day counts (이틀, 나흘 …),
//     parts of the day (오전 …)
//     and institutions acting as such (경찰, 검찰, 정부 …) become DATE,
//     TIME and ORG when they make up a whole eojeol with its particles;
//   - places, dates and times separated only by spaces merge into one
//     span ("서울 종로구 효자동", "지난해 3월", "오후 3시").
func ConvertKMOU(s Sentence) Sentence {
	return Sentence{Text: s.Text, Spans: normalize(s.Text, s.Spans, true), Unannotated: s.Unannotated}
}

// Normalize brings spans a recogniser found in text to the guideline with
// the mechanical rules of ConvertKMOU: durations relabelled DATE or TIME,
// countries PLACE, "지난"/"오는" and "초"/"말" joined to their dates,
// eojeols made of a relative date, day count or part of the day added,
// adjacent places, dates and times merged. Unlike the corpus conversion it
// adds no institution by its noun alone: whether "경찰" acts is the
// recogniser's call.
func Normalize(text string, spans []Span) []Span {
	return normalize(text, spans, false)
}

func normalize(text string, in []Span, institutions bool) []Span {
	var spans []Span
	for _, sp := range in {
		sp = trimSpan(text, sp)
		if sp.Start >= sp.End {
			continue
		}
		surface := text[sp.Start:sp.End]
		switch {
		case sp.Label == "DUR":
			sp.Label = Date
			if isClockDuration(surface) {
				sp.Label = Time
			}
		case sp.Label == Org && countries()[surface]:
			sp.Label = Place
		case sp.Label == Quantity && dateDuration().MatchString(surface):
			sp.Label = Date
		case sp.Label == Quantity && clockDuration().MatchString(surface):
			sp.Label = Time
		}
		spans = append(spans, sp)
	}
	spans = append(spans, lexiconSpans(text, spans, institutions)...)
	sortSpans(spans)
	for i := range spans {
		if spans[i].Label != Date {
			continue
		}
		// "지난"/"오는" and "말"/"초" join a date unless another
		// entity holds them
		if a := extendDatePrefix(text, spans[i].Start); i == 0 || a >= spans[i-1].End {
			spans[i].Start = a
		}
		if b := extendDateTail(text, spans[i].End); i == len(spans)-1 || b <= spans[i+1].Start {
			spans[i].End = b
		}
	}
	return mergeAdjacent(text, spans)
}

func trimSpan(text string, sp Span) Span {
	if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
		return Span{}
	}
	for sp.Start < sp.End {
		r, n := utf8.DecodeRuneInString(text[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.Start += n
	}
	for sp.End > sp.Start {
		r, n := utf8.DecodeLastRuneInString(text[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= n
	}
	return sp
}

func isClockDuration(s string) bool {
	if strings.Contains(s, "분기") {
		return false
	}
	return strings.Contains(s, "시간") || strings.Contains(s, "분") || strings.Contains(s, "초")
}

// extendDatePrefix moves a date's start back over a preceding "지난 ",
// "오는 " or "올 " eojeol.
func extendDatePrefix(text string, start int) int {
	before := text[:start]
	for _, p := range []string{"지난 ", "오는 ", "올 "} {
		if strings.HasSuffix(before, p) {
			b := start - len(p)
			if b == 0 || isSpaceBefore(text, b) {
				return b
			}
		}
	}
	return start
}

// extendDateTail moves a date's end over a following "초", "말", "중순" …
// eojeol (without its particles).
func extendDateTail(text string, end int) int {
	rest := text[end:]
	if !strings.HasPrefix(rest, " ") {
		return end
	}
	word, _, _ := strings.Cut(rest[1:], " ")
	word = strings.TrimRightFunc(word, func(r rune) bool { return unicode.IsPunct(r) })
	for i := len(word); i > 0; i-- {
		if i < len(word) && !utf8.RuneStart(word[i]) {
			continue
		}
		if dateTails()[word[:i]] && (i == len(word) || particles()[word[i:]]) {
			return end + 1 + i
		}
	}
	return end
}

func isSpaceBefore(text string, b int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:b])
	return unicode.IsSpace(r) || unicode.IsPunct(r)
}

// lexiconSpans finds eojeols made of a relative date, a period (2년, 6개월,
// 3시간), a part of day or (with institutions) an acting institution plus
// optional particles that overlap no existing span.
func lexiconSpans(text string, have []Span, institutions bool) []Span {
	var out []Span
	for _, e := range eojeols(text) {
		a, b := e[0], e[1]
		// leading and trailing quotes, brackets and punctuation are not
		// part of the word.
		for a < b {
			r, n := utf8.DecodeRuneInString(text[a:b])
			if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
				break
			}
			a += n
		}
		for b > a {
			r, n := utf8.DecodeLastRuneInString(text[a:b])
			if !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
				break
			}
			b -= n
		}
		word := text[a:b]
		label, end := "", 0
		for i := len(word); i > 0; i-- {
			if i < len(word) && !utf8.RuneStart(word[i]) {
				continue
			}
			stem, rest := word[:i], word[i:]
			if rest != "" && !particles()[rest] {
				continue
			}
			switch {
			case relativeDates()[stem], durationWords()[strings.TrimSuffix(stem, "간")], dateDuration().MatchString(stem):
				label = Date
			case clockDuration().MatchString(stem):
				label = Time
			case relativeTimes()[stem]:
				label = Time
			case institutions && actorInstitutions()[stem]:
				label = Org
			default:
				continue
			}
			end = a + i
			break
		}
		if label == "" || overlaps(have, a, end) {
			continue
		}
		out = append(out, Span{Start: a, End: end, Label: label})
	}
	return out
}

// eojeols returns the [start, end) byte ranges of the space-separated words.
func eojeols(text string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range text {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, [2]int{start, i})
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

func overlaps(spans []Span, a, b int) bool {
	for _, s := range spans {
		if s.Start < b && a < s.End {
			return true
		}
	}
	return false
}

// mergeAdjacent joins PLACE, DATE and TIME spans (sorted) of the same label
// separated only by spaces.
func mergeAdjacent(text string, spans []Span) []Span {
	var out []Span
	for _, sp := range spans {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if last.Label == sp.Label && sp.Start > last.End && (sp.Label == Place || sp.Label == Date || sp.Label == Time) &&
				strings.TrimSpace(text[last.End:sp.Start]) == "" {
				last.End = sp.End
				continue
			}
			if sp.Start < last.End {
				continue // overlapping spans: keep the first
			}
		}
		out = append(out, sp)
	}
	return out
}

// IsCountry reports whether s names a state, which the guideline always
// tags PLACE.
func IsCountry(s string) bool { return countries()[s] }
