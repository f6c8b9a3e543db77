package korean

import (
	"strings"
	"time"
)

// URL dates are taken from 1990 on, when Korean outlets went online, to
// 2099; other digit runs in a URL are article numbers.
const (
	minURLYear = 1990
	maxURLYear = 2099
)

// DateFromURL reads the publication day many news sites write into an
// article's URL: a path "/2025/04/03/" (or "/2025-04-03/"), or a run of
// digits that opens with the day, as in "20250917000227" or
// "AKR20250403123400001". A run must be 8 digits or at least 12 (a day and
// a time or serial), so that shorter article numbers are not read as days.
// Only the path and query of an http(s) URL are read.
func DateFromURL(u string) (time.Time, bool) {
	rest, ok := strings.CutPrefix(u, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(u, "http://"); !ok {
			return time.Time{}, false
		}
	}
	slash := strings.IndexByte(rest, '/')
	if slash < 0 {
		return time.Time{}, false
	}
	path := rest[slash:]
	if t, ok := pathDate(path); ok {
		return t, true
	}
	return digitRunDate(path)
}

// pathDate reads "/YYYY/MM/DD" or "/YYYY-MM-DD" in a URL path.
func pathDate(path string) (time.Time, bool) {
	for i := 0; i+10 < len(path); i++ {
		if path[i] != '/' {
			continue
		}
		s := path[i+1:]
		y, j, ok := readInt(s, 0, 4)
		if !ok || j != 4 || j >= len(s) || (s[j] != '/' && s[j] != '-') {
			continue
		}
		sep := s[j]
		m, k, ok := readInt(s, j+1, 2)
		if !ok || k-j-1 != 2 || k >= len(s) || s[k] != sep {
			continue
		}
		d, e, ok := readInt(s, k+1, 2)
		if !ok || e-k-1 != 2 || (e < len(s) && s[e] != '/' && s[e] != '?' && s[e] != '.') {
			continue
		}
		if t, ok := urlDay(y, m, d); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// digitRunDate reads the first run of digits that opens with a valid day.
func digitRunDate(path string) (time.Time, bool) {
	for i := 0; i < len(path); {
		if !isDigit(path[i]) {
			i++
			continue
		}
		j := i
		for j < len(path) && isDigit(path[j]) {
			j++
		}
		if n := j - i; n == 8 || n >= 12 {
			run := path[i:j]
			y, m, d := atoi(run[:4]), atoi(run[4:6]), atoi(run[6:8])
			if t, ok := urlDay(y, m, d); ok {
				return t, true
			}
		}
		i = j
	}
	return time.Time{}, false
}

func urlDay(y, m, d int) (time.Time, bool) {
	if y < minURLYear || y > maxURLYear || !validDay(y, time.Month(m), d) {
		return time.Time{}, false
	}
	return day(y, time.Month(m), d), true
}

// atoi reads a short run of ASCII digits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
