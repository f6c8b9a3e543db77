package article

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// MaxBytes is the largest input Parse accepts. Korean news articles are a
// few kilobytes; anything this big is a dump or a wrong file, and refusing
// it early keeps memory bounded for every caller.
const MaxBytes = 8 << 20

// Errors Parse wraps (with the source name) so callers can tell bad input
// apart with errors.Is.
var (
	ErrEmpty    = errors.New("empty file")
	ErrTooLarge = errors.New("too large for one article")
	ErrBinary   = errors.New("binary data, not text")
	ErrEncoding = errors.New("not UTF-8, UTF-16 or EUC-KR/CP949 text")
	ErrNoText   = errors.New("no readable text")
)

// decode turns raw bytes into UTF-8 text. It accepts UTF-8 (with or without
// BOM), UTF-16 with a BOM or recognisably without one, and legacy EUC-KR/CP949, which Korean archives
// still hold in bulk.
func decode(raw []byte) (string, error) {
	if len(raw) == 0 {
		return "", ErrEmpty
	}
	if len(raw) > MaxBytes {
		return "", fmt.Errorf("%w (%d bytes, limit %d MiB)", ErrTooLarge, len(raw), MaxBytes>>20)
	}
	if bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}) {
		raw = raw[3:]
	} else if bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) {
		// UTF-16 is full of NUL bytes, so it must be decoded before the
		// binary check would reject it.
		out, _, err := transform.Bytes(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder(), raw)
		if err != nil {
			return "", fmt.Errorf("%w: bad UTF-16: %v", ErrEncoding, err)
		}
		raw = out
	} else if bigEndian, ok := SniffUTF16(raw); ok {
		out, err := decodeUTF16(raw, bigEndian)
		if err != nil {
			return "", err
		}
		raw = out
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", ErrEmpty
	}
	if isBinary(raw) {
		return "", ErrBinary
	}
	if utf8.Valid(raw) {
		text := string(raw)
		if fixed, ok := repairMojibake(text); ok {
			return fixed, nil
		}
		return text, nil
	}
	out, _, err := transform.Bytes(korean.EUCKR.NewDecoder(), raw)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrEncoding, err)
	}
	// The decoder maps undecodable bytes to U+FFFD instead of failing, so
	// judge the result: real EUC-KR text decodes cleanly into Hangul.
	bad, hangul, total := 0, 0, 0
	for _, r := range string(out) {
		total++
		switch {
		case r == utf8.RuneError:
			bad++
		case r >= 0xAC00 && r <= 0xD7A3:
			hangul++
		}
	}
	if hangul == 0 || bad*200 > total {
		return "", ErrEncoding
	}
	return string(out), nil
}

// isBinary reports whether raw looks like a binary file: text has no NUL
// bytes and next to no C0 control characters besides white space.
func isBinary(raw []byte) bool {
	ctrl := 0
	for _, c := range raw {
		if c == 0 {
			ctrl += 8 // one NUL weighs more than stray control bytes
			continue
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' || c == 0x7F {
			ctrl++
		}
	}
	return ctrl*100 > len(raw)*2
}

// decodeUTF16 decodes BOM-less UTF-16 text in the byte order SniffUTF16
// found. An odd trailing byte or an unpaired surrogate makes it an
// encoding error rather than silently dropped text.
func decodeUTF16(raw []byte, bigEndian bool) ([]byte, error) {
	if len(raw)%2 != 0 {
		return nil, fmt.Errorf("%w: UTF-16 text with an odd byte count (%d)", ErrEncoding, len(raw))
	}
	order := unicode.LittleEndian
	if bigEndian {
		order = unicode.BigEndian
	}
	out, _, err := transform.Bytes(unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder(), raw)
	if err != nil {
		return nil, fmt.Errorf("%w: bad UTF-16: %v", ErrEncoding, err)
	}
	return out, nil
}
