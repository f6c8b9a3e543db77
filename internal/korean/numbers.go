package korean

import (
	"math"
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
// checked the syntax.
func parseASCIIFloat(s string) float64 {
	var v, scale float64
	frac := false
	scale = 1
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case c == ',':
		case c == '.':
			frac = true
		default:
			d := float64(c - '0')
			if frac {
				scale /= 10
				v += d * scale
			} else {
				v = v*10 + d
			}
		}
	}
	return v
}

// scanNumber reads a Korean numeral at s[i:], s[i] being a digit: digits,
// separators, decimals and unit syllables, and, after a big unit, one space
// before a further group that itself ends with a smaller big unit
// ("1조 2000억").
func scanNumber(s string, i int) (number, bool) {
	var (
		n        number
		total    float64
		section  float64
		lastBig  = math.Inf(1)
		pos      = i
		consumed = false
	)
	for pos < len(s) && isDigit(s[pos]) {
		v, end, grouped, decimal, ok := scanDecimal(s, pos)
		if !ok {
			if consumed {
				break
			}
			return n, false
		}
		n.grouped = n.grouped || grouped
		n.decimal = n.decimal || decimal
		pos = end
		part := v
		// small units multiply this part and may be followed by more digits
		// of the same section ("1천2백").
		smallHit := false
		for _, u := range smallUnits {
			if strings.HasPrefix(s[pos:], u.s) {
				part *= u.v
				pos += len(u.s)
				smallHit = true
				n.korean = true
				break
			}
		}
		section += part
		consumed = true
		n.end = pos
		if smallHit && pos < len(s) && isDigit(s[pos]) {
			continue
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
		// "1조 2000억": a space, then a group closed by a smaller big unit.
		if pos+1 < len(s) && s[pos] == ' ' && isDigit(s[pos+1]) {
			if g, ok := peekGroupBig(s, pos+1); ok && g < lastBig {
				pos++
				continue
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
	return n, true
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
	for _, u := range smallUnits {
		if strings.HasPrefix(s[j:], u.s) {
			j += len(u.s)
			break
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
