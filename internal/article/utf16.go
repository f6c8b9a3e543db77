package article

import (
	"unicode"
	"unicode/utf16"
)

// utf16Sample is how many leading bytes the BOM-less UTF-16 sniffer looks at:
// enough for a few hundred characters, small enough to stay cheap.
const utf16Sample = 4096

// SniffUTF16 reports whether raw is UTF-16 text without a byte order mark,
// and if so whether it is big-endian. Korean text in UTF-16 puts a zero
// byte in every ASCII code unit (spaces, digits, punctuation) and never in
// a Hangul one but the few whose low byte is zero (가, 씨…), so zeros
// cluster at one byte parity: odd offsets for
// little-endian, even ones for big-endian. A candidate must also decode to
// mostly readable characters, which rejects binary files whose zeros
// happen to line up. A head cut mid-character is tolerated.
func SniffUTF16(raw []byte) (bigEndian, ok bool) {
	if len(raw) > utf16Sample {
		raw = raw[:utf16Sample]
	}
	raw = raw[:len(raw)&^1]
	if len(raw) < 4 {
		return false, false
	}
	even, odd := 0, 0
	for i := 0; i < len(raw); i += 2 {
		if raw[i] == 0 {
			even++
		}
		if raw[i+1] == 0 {
			odd++
		}
	}
	units := len(raw) / 2
	switch {
	case odd*10 >= units && even*4 <= odd:
		bigEndian = false
	case even*10 >= units && odd*4 <= even:
		bigEndian = true
	default:
		return false, false
	}
	return bigEndian, readableUTF16(raw, bigEndian)
}

// readableUTF16 decodes raw as UTF-16 in the given byte order and reports
// whether nearly every character is one a text file holds: letters
// (Hangul, Latin, Han…), digits, punctuation, symbols and white space.
// NULs, control bytes and unpaired surrogates count against it.
func readableUTF16(raw []byte, bigEndian bool) bool {
	units := make([]uint16, len(raw)/2)
	for i := range units {
		hi, lo := raw[2*i], raw[2*i+1]
		if !bigEndian {
			hi, lo = lo, hi
		}
		units[i] = uint16(hi)<<8 | uint16(lo)
	}
	runes := utf16.Decode(units)
	if n := len(runes); n > 0 && runes[n-1] == unicode.ReplacementChar {
		runes = runes[:n-1] // a head cut between two surrogates
	}
	bad := 0
	for _, r := range runes {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\f' || r == '\v':
		case r == unicode.ReplacementChar, unicode.IsControl(r), !unicode.IsPrint(r) && !unicode.IsSpace(r):
			bad++
		}
	}
	return len(runes) > 0 && bad*100 <= len(runes)
}
