package korean

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Korean numerals mix Arabic digits with unit syllables: 천 (10³), 백 (10²),
// 십 (10) multiply the digits before them inside a four-digit section, and
// 만 (10⁴), 억 (10⁸), 조 (10¹²), 경 (10¹⁶) close a section, so
// "1조2000억" is 1×10¹² + 2000×10⁸ and "1천2백만" is (1000+200)×10⁴.

var smallUnits = [...]struct {
	s string
	v float64
}{{"천", 1e3}, {"백", 1e2}, {"십", 1e1}}

var bigUnits = [...]struct {
	s string
	v float64
}{{"경", 1e16}, {"조", 1e12}, {"억", 1e8}, {"만", 1e4}}

// number is a numeral found in text.
type number struct {
	val     float64
	end     int  // byte offset just past the numeral
	korean  bool // used a unit syllable (만, 억, 천 …)
	grouped bool // had thousands separators
	decimal bool // had a decimal point
	approx  bool // "여" inside: "6000여만"
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// scanDecimal reads digits with optional thousands separators and one
// decimal part at s[i:], s[i] being a digit. It refuses a dotted run such as
// "2025.04.01", which is a date, by returning ok=false.
func scanDecimal(s string, i int) (v float64, end int, grouped, decimal, ok bool) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	intEnd := j
	// thousands groups: ",ddd" not followed by another digit.
	for j+4 <= len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) && (j+4 == len(s) || !isDigit(s[j+4])) {
		j += 4
		grouped = true
		intEnd = j
	}
	end = intEnd
	if end < len(s)-1 && s[end] == '.' && isDigit(s[end+1]) {
		k := end + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k < len(s)-1 && s[k] == '.' && isDigit(s[k+1]) {
			return 0, 0, false, false, false // 2025.04.01, 1.2.3: not a number
		}
		end = k
		decimal = true
	}
	v = parseASCIIFloat(s[i:end])
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, 0, false, false, false
	}
	return v, end, grouped, decimal, true
}

// parseASCIIFloat converts "1,234.5" without allocating; the caller has
// checked the syntax. The digits are read as one whole number and divided
// once by a power of ten, so "30.42" is 30.42, not 30.419999999999998.
func parseASCIIFloat(s string) float64 {
	var mant float64
	fracDigits := -1
	for k := 0; k < len(s); k++ {
		switch c := s[k]; {
		case c == ',':
		case c == '.':
			fracDigits = 0
		default:
			mant = mant*10 + float64(c-'0')
			if fracDigits >= 0 {
				fracDigits++
			}
		}
	}
	if fracDigits <= 0 {
		return mant
	}
	if mant < 1<<53 && fracDigits < len(pow10) {
		return mant / pow10[fracDigits]
	}
	return mant / math.Pow(10, float64(fracDigits))
}

// pow10 are the powers of ten a float64 holds exactly.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
	1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// scanNumber reads a Korean numeral at s[i:], s[i] being a digit (or a
// bare 천/백 standing for one thousand or hundred at the start of a word,
// "천 5백억", "백억"): digits, separators, decimals and unit syllables;
// inside a section one space may stand before a smaller small unit ("4천
// 5백억"), after a big unit one space before a further group that itself ends
// with a smaller big unit ("1조 2000억"), and after 만 one space before the
// last section when a unit word follows it ("100만 3524장").
func scanNumber(s string, i int) (number, bool) {
	var (
		n        number
		total    float64
		section  float64
		lastBig  = math.Inf(1)
		pos      = i
		consumed = false
	)
	for pos < len(s) {
		part, small, end, ok := scanPart(s, pos, &n, consumed)
		if !ok {
			if consumed {
				break
			}
			return n, false
		}
		pos = end
		section += part
		consumed = true
		n.end = pos
		if small > 0 {
			if pos < len(s) && isDigit(s[pos]) {
				continue
			}
			// "4천 5백억": a space, then digits closed by a smaller small unit.
			if pos+1 < len(s) && s[pos] == ' ' && isDigit(s[pos+1]) {
				if u, _, ok := peekSmall(s, pos+1); ok && u < small {
					pos++
					continue
				}
			}
		}
		// "6000여만원", "80여억원": an approximate section
		if strings.HasPrefix(s[pos:], "여") {
			if b, _ := bigUnitAt(s, pos+len("여")); b > 0 && b < lastBig {
				pos += len("여")
				n.approx = true
			}
		}
		big, blen := bigUnitAt(s, pos)
		if big == 0 || big >= lastBig {
			break
		}
		total += section * big
		section = 0
		lastBig = big
		pos += blen
		n.end = pos
		n.korean = true
		if pos < len(s) && isDigit(s[pos]) {
			continue
		}
		if pos+1 < len(s) && s[pos] == ' ' && isDigit(s[pos+1]) {
			// "1조 2000억": a space, then a group closed by a smaller big unit.
			if g, ok := peekGroupBig(s, pos+1); ok && g < lastBig {
				pos++
				continue
			}
			if v, e, ok := spacedTail(s, pos+1, big); ok {
				section, n.end = v, e
			}
		}
		break
	}
	if !consumed {
		return n, false
	}
	n.val = total + section
	if math.IsInf(n.val, 0) || math.IsNaN(n.val) {
		return n, false
	}
	if n.decimal && n.korean {
		// 17.1억 is 1710000000, not 1710000000.0000002.
		n.val, _ = strconv.ParseFloat(strconv.FormatFloat(n.val, 'g', 12, 64), 64)
	}
	return n, true
}

// scanPart reads one part of a section at s[pos:]: digits with an optional
// small unit after them, or, first in the numeral, a bare 천 or 백. small is
// the small unit's value, 0 without one.
func scanPart(s string, pos int, n *number, consumed bool) (part, small float64, end int, ok bool) {
	if !isDigit(s[pos]) {
		if consumed {
			return 0, 0, pos, false
		}
		u, l := bareSmallAt(s, pos)
		if u == 0 {
			return 0, 0, pos, false
		}
		n.korean = true
		return u, u, pos + l, true
	}
	v, end, grouped, decimal, ok := scanDecimal(s, pos)
	if !ok {
		return 0, 0, pos, false
	}
	n.grouped = n.grouped || grouped
	n.decimal = n.decimal || decimal
	if u, l := smallUnitAt(s, end); u > 0 {
		n.korean = true
		return v * u, u, end + l, true
	}
	return v, 0, end, true
}

// smallUnitAt returns the small unit (천, 백, 십) at s[i:] and its length.
func smallUnitAt(s string, i int) (float64, int) {
	for _, u := range smallUnits {
		if strings.HasPrefix(s[i:], u.s) {
			return u.v, len(u.s)
		}
	}
	return 0, 0
}

// bareSmallAt reads a 천 or 백 that stands for one thousand or one hundred
// at the start of a word: "천 5백억 원", "천9백억", "백억원". It must be
// followed by a big unit or by digits closed by a smaller small unit, so that
// 천안, 백화점 and 천 원짜리 are not read; the caller checks that no
// syllable stands before it (수백억, 몇천만 are not figures).
func bareSmallAt(s string, i int) (float64, int) {
	var u float64
	var l int
	switch {
	case strings.HasPrefix(s[i:], "천"):
		u, l = 1e3, len("천")
	case strings.HasPrefix(s[i:], "백"):
		u, l = 1e2, len("백")
	default:
		return 0, 0
	}
	k := i + l
	if b, _ := bigUnitAt(s, k); b > 0 {
		return u, l
	}
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k < len(s) && isDigit(s[k]) {
		if v, _, ok := peekSmall(s, k); ok && v < u {
			return u, l
		}
	}
	return 0, 0
}

// peekSmall reports the small unit that closes plain digits at s[i:]
// ("5백" → 100) and where it ends.
func peekSmall(s string, i int) (float64, int, bool) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	u, l := smallUnitAt(s, j)
	return u, j + l, u > 0 && j > i
}

// spacedTail reads the last section written apart after 만: "100만 3524장",
// "5만 3천명". It is taken only when a unit word follows it at once, so that
// "100만 2025년" or a list of figures is not glued into one number.
func spacedTail(s string, i int, lastBig float64) (float64, int, bool) {
	if lastBig != 1e4 {
		return 0, 0, false
	}
	m, ok := scanNumber(s, i)
	if !ok || m.grouped || m.decimal || m.val >= 1e4 || m.approx {
		return 0, 0, false
	}
	if _, _, ok := unitAt(s, m.end, false); !ok {
		return 0, 0, false
	}
	return m.val, m.end, true
}

// bigUnitAt returns the big unit at s[i:]. 경 is taken only when no Hangul
// follows, since "3경기" is three games, not 3×10¹⁶.
func bigUnitAt(s string, i int) (float64, int) {
	for _, u := range bigUnits {
		if strings.HasPrefix(s[i:], u.s) {
			if u.s == "경" {
				r, _ := utf8.DecodeRuneInString(s[i+len(u.s):])
				if isHangul(r) && r != '원' {
					return 0, 0
				}
			}
			return u.v, len(u.s)
		}
	}
	return 0, 0
}

// peekGroupBig reports the big unit that closes the digit group at s[i:].
func peekGroupBig(s string, i int) (float64, bool) {
	j := i
	for j < len(s) && (isDigit(s[j]) || s[j] == ',' || s[j] == '.') {
		j++
	}
	if u, l := smallUnitAt(s, j); u > 0 {
		j += l
		// "5조 4천 5백억": more digits closed by smaller small units
		for j+1 < len(s) && (s[j] == ' ' || isDigit(s[j])) {
			k := j
			if s[k] == ' ' {
				k++
			}
			v, e, ok := peekSmall(s, k)
			if !ok || v >= u {
				break
			}
			u, j = v, e
		}
	}
	v, _ := bigUnitAt(s, j)
	return v, v > 0
}

// ParseNumber parses a whole string as a number written the Korean way:
// "1조2000억", "2만5000", "1,200", "3.5", "1천억", "-4.2". Surrounding
// white space is ignored; anything else left over makes it fail.
func ParseNumber(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	neg := false
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" || !isDigit(s[0]) {
		return 0, false
	}
	n, ok := scanNumber(s, 0)
	if !ok || n.end != len(s) {
		return 0, false
	}
	if neg {
		return -n.val, true
	}
	return n.val, true
}

func isHangul(r rune) bool {
	return (r >= 0xAC00 && r <= 0xD7A3) || (r >= 0x1100 && r <= 0x11FF) || (r >= 0x3130 && r <= 0x318F)
}

// isHangulSyllable reports a precomposed syllable (가–힣).
func isHangulSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }
