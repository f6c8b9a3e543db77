package korean

import (
	"strings"
	"unicode/utf8"
)

type unitKind uint8

const (
	currency unitKind = iota + 1
	percent
	counter // a Korean counter word: 명, 개, 대 …
	latin   // a Latin-script measure: kg, GB …
)

// unitWord is a word that may follow a numeral. Longer words come first so
// that "개국" wins over "개" and "미 달러" over "미".
type unitWord struct {
	word string
	unit string
	kind unitKind
}

var unitWords = []unitWord{
	{"싱가포르달러", "SGD", currency}, {"캐나다달러", "CAD", currency},
	{"홍콩달러", "HKD", currency}, {"대만달러", "TWD", currency}, {"호주달러", "AUD", currency},
	{"스위스프랑", "CHF", currency}, {"미국 달러", "USD", currency}, {"미 달러", "USD", currency},
	{"미달러", "USD", currency}, {"US달러", "USD", currency}, {"달러화", "USD", currency},
	{"달러", "USD", currency}, {"엔화", "JPY", currency}, {"엔", "JPY", currency},
	{"위안화", "CNY", currency}, {"위안", "CNY", currency}, {"유로화", "EUR", currency},
	{"유로", "EUR", currency}, {"파운드", "GBP", currency}, {"루블", "RUB", currency},
	{"루피", "INR", currency}, {"바트", "THB", currency}, {"인민폐", "CNY", currency},
	{"원", "KRW", currency}, {"불", "USD", currency},
	{"퍼센트포인트", "%p", percent}, {"%포인트", "%p", percent}, {"％포인트", "%p", percent},
	{"%p", "%p", percent}, {"%P", "%p", percent}, {"％p", "%p", percent}, {"퍼센트", "%", percent},
	{"%", "%", percent}, {"％", "%", percent},
	{"개국", "개국", counter}, {"개사", "개사", counter}, {"개소", "개소", counter},
	{"가구", "가구", counter}, {"세대", "세대", counter}, {"마리", "마리", counter},
	{"배럴", "배럴", counter}, {"차례", "차례", counter},
	{"명", "명", counter}, {"개", "개", counter}, {"곳", "곳", counter}, {"대", "대", counter},
	{"건", "건", counter}, {"톤", "톤", counter}, {"배", "배", counter}, {"채", "채", counter},
	{"척", "척", counter}, {"장", "장", counter}, {"편", "편", counter}, {"권", "권", counter}, {"회", "회", counter},
	{"표", "표", counter}, {"석", "석", counter}, {"평", "평", counter},
	{"GWh", "GWh", latin}, {"MWh", "MWh", latin}, {"kWh", "kWh", latin},
	{"GW", "GW", latin}, {"MW", "MW", latin}, {"kW", "kW", latin},
	{"TB", "TB", latin}, {"GB", "GB", latin}, {"MB", "MB", latin},
	{"kg", "kg", latin}, {"㎏", "kg", latin}, {"km", "km", latin}, {"㎞", "km", latin},
	{"㎡", "㎡", latin}, {"m²", "㎡", latin}, {"nm", "nm", latin}, {"㎚", "nm", latin},
	{"bp", "bp", latin},
}

// currencySigns precede the numeral: "$50억", "US$ 3", "₩1000".
var currencySigns = []struct{ sign, unit string }{
	{"US$", "USD"}, {"$", "USD"}, {"＄", "USD"}, {"₩", "KRW"}, {"￦", "KRW"},
	{"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"￥", "JPY"},
}

// particleStarts are the first syllables of the particles and suffixes that
// may follow a unit word: "5명이", "100억원대", "2배로", "3곳씩". Anything else
// means the syllable belongs to another word ("3원칙", "4대강", "5대표").
const particleStarts = "은는이인가을를의에로으과와도만씩짜정안대어선까부미초내규수께였며보당쯤뿐밖째여라나권"

// approxSuffixes after a unit mark an approximate figure ("100억원 가량");
// "여" inside the figure does too ("30여명").
var approxSuffixes = []string{"가량", "안팎", "정도", "내외", "남짓"}

// Amounts finds numbers with a unit: money ("5000억 달러" → 5×10¹¹ USD,
// "1조2000억원", "$3억"), percentages ("3.5%", "2%p") and counted things
// ("2만5000명", "30여명"). A bare number is not an amount, nor are dates
// ("2025.04.01", "3월31일"), ordinals ("제3조", "3자 회동") or durations.
// A range "3~4명" gives two amounts that share the range's span. The result
// is ordered by offset.
func Amounts(text string) []Amount {
	var out []Amount
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) {
			if bareStart(text, i) {
				if found, next := amountAt(text, i); next > i {
					out = append(out, found...)
					i = next - 1
				}
			}
			continue
		}
		if !numberStart(text, i) {
			for i+1 < len(text) && isDigit(text[i+1]) {
				i++
			}
			continue
		}
		found, next := amountAt(text, i)
		out = append(out, found...)
		if next > i {
			i = next - 1
		} else {
			for i+1 < len(text) && isDigit(text[i+1]) {
				i++
			}
		}
	}
	return out
}

// numberStart reports whether a numeral may start at s[i]: not inside a
// longer token (a code, an e-mail, a dotted date) and not an ordinal "제3".
func numberStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	p := s[i-1]
	switch {
	case isDigit(p), p == '.', p == ',', p == '/', p == '_', p == '@', p == ':', p == '#':
		return false
	case p >= 'a' && p <= 'z', p >= 'A' && p <= 'Z':
		// "US$" and "$" are handled by the caller as currency signs.
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r != '제'
}

// bareStart reports a bare 천 or 백 that may begin a figure at s[i]
// ("천 5백억 원", "백억원"): the start of a word, not 수백억 or 몇천만.
func bareStart(s string, i int) bool {
	if !strings.HasPrefix(s[i:], "천") && !strings.HasPrefix(s[i:], "백") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i == 0 || !(isHangul(r) || r < utf8.RuneSelf && (isDigit(byte(r)) || r|0x20 >= 'a' && r|0x20 <= 'z'))
}

// amountAt reads an amount whose numeral starts at s[i]. It returns the
// amounts found (none, one, or two for a range) and where scanning resumes.
func amountAt(s string, i int) ([]Amount, int) {
	start := i
	signUnit := ""
	neg := false
	for _, c := range currencySigns {
		j := i // one space may stand between sign and figure: "US$ 5"
		if j > 0 && s[j-1] == ' ' {
			j--
		}
		if strings.HasSuffix(s[:j], c.sign) {
			signUnit, start = c.unit, j-len(c.sign)
			break
		}
	}
	if signUnit == "" && i > 0 && s[i-1] == '-' && (i == 1 || s[i-2] == ' ' || s[i-2] == '(') {
		neg, start = true, i-1
	}
	n, ok := scanNumber(s, i)
	if !ok {
		return nil, i
	}
	vals := []float64{n.val}
	korean := n.korean
	pos := n.end
	approx := n.approx
	if hasApproxAt(s, pos, "여") {
		approx = true
		pos += len("여")
	}
	// range: "3~4명", "100억~200억원"
	if pos < len(s) {
		if r, w := utf8.DecodeRuneInString(s[pos:]); r == '~' || r == '∼' || r == '～' || r == '-' || r == '–' {
			if pos+w < len(s) && isDigit(s[pos+w]) {
				if m, ok := scanNumber(s, pos+w); ok {
					vals = append(vals, m.val)
					korean = korean || m.korean
					pos = m.end
					if hasApproxAt(s, pos, "여") {
						approx = true
						pos += len("여")
					}
				}
			}
		}
	}
	unit, uend := "", pos
	if signUnit != "" {
		unit = signUnit
		// "$5억 달러" repeats the currency; take the word into the span.
		if u, e, ok := unitAt(s, pos, true); ok && u.unit == signUnit {
			uend = e
		}
	} else {
		u, e, ok := unitAt(s, pos, korean || approx)
		if !ok {
			return nil, pos
		}
		if u.word == "대" && !countedByDae(s, e, vals[0], korean) {
			return nil, e
		}
		unit, uend = u.unit, e
	}
	if i > 0 && (hasSuffixWord(s[:start], "약 ") || hasSuffixWord(s[:start], "약") || hasSuffixWord(s[:start], "대략 ")) {
		approx = true
	}
	for _, suf := range approxSuffixes {
		if strings.HasPrefix(s[uend:], suf) || strings.HasPrefix(s[uend:], " "+suf) {
			approx = true
		}
	}
	text := s[start:uend]
	out := make([]Amount, 0, len(vals))
	for _, v := range vals {
		if neg {
			v = -v
		}
		out = append(out, Amount{Text: text, Value: v, Unit: unit, Start: start, End: uend, Approx: approx})
	}
	return out, uend
}

// hasApproxAt reports "여" right after a numeral ("30여명", "30여 명") and
// not the start of a longer word ("3여객").
func hasApproxAt(s string, i int, suf string) bool {
	if !strings.HasPrefix(s[i:], suf) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+len(suf):])
	if r == ' ' {
		return true
	}
	for _, u := range unitWords {
		if strings.HasPrefix(s[i+len(suf):], u.word) {
			return true
		}
	}
	return false
}

// hasSuffixWord reports whether s ends with w standing as its own word.
func hasSuffixWord(s, w string) bool {
	if !strings.HasSuffix(s, w) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-len(w)])
	return len(s) == len(w) || !isHangul(r)
}

// unitAt finds a unit word at s[i:], allowing one space before it when
// spaced is true or the unit is a currency or a percentage.
func unitAt(s string, i int, spaced bool) (unitWord, int, bool) {
	for _, gap := range []int{0, 1} {
		j := i + gap
		if gap == 1 && (j > len(s) || s[i] != ' ') {
			break
		}
		for _, u := range unitWords {
			if !strings.HasPrefix(s[j:], u.word) {
				continue
			}
			if gap == 1 && !spaced && u.kind != currency && u.kind != percent {
				continue
			}
			end := j + len(u.word)
			if !unitEndsWord(s, end, u.kind) {
				continue
			}
			return u, end, true
		}
	}
	return unitWord{}, i, false
}

// unitEndsWord checks what follows a unit word: a particle or a non-letter
// for Korean words, no further Latin letter for Latin units.
func unitEndsWord(s string, end int, kind unitKind) bool {
	if end >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[end:])
	switch kind {
	case percent:
		return true
	case currency:
		// "유로6" is an emission standard, "US달러2" nothing
		if r < utf8.RuneSelf && isDigit(byte(r)) {
			return false
		}
	case latin:
		return !(r < utf8.RuneSelf && (isDigit(byte(r)) || (r|0x20 >= 'a' && r|0x20 <= 'z')))
	}
	if isHangulSyllable(r) {
		// "7천대입니다": the copula after a counter
		return strings.ContainsRune(particleStarts, r) || strings.HasPrefix(s[end:], "입니")
	}
	return !(r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z'))
}

// countedByDae decides whether "N대" counts machines or vehicles. "20대" is
// an age group and "5대 그룹" means "the five major groups".
func countedByDae(s string, end int, v float64, korean bool) bool {
	if korean {
		return true
	}
	if v >= 10 && v <= 90 && int(v)%10 == 0 && v == float64(int(v)) {
		return false
	}
	if v <= 10 && end < len(s) && s[end] == ' ' {
		r, _ := utf8.DecodeRuneInString(s[end+1:])
		if isHangulSyllable(r) {
			return false
		}
	}
	return true
}
