package korean

import (
	"unicode"
	"unicode/utf8"
)

// HanjaAbbrev is a one-character hanja abbreviation as headlines use it:
// "日 출장" is a trip to Japan.
type HanjaAbbrev struct {
	Text      string `json:"text"`
	Expansion string `json:"expansion"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// hanjaAbbrevs are the single hanja Korean newspapers use for countries,
// parties and institutions.
var hanjaAbbrevs = map[rune]string{
	'日': "일본", '美': "미국", '中': "중국", '韓': "한국", '北': "북한", '南': "남한",
	'英': "영국", '獨': "독일", '佛': "프랑스", '露': "러시아", '印': "인도", '伊': "이탈리아",
	'加': "캐나다", '濠': "호주", '臺': "대만", '越': "베트남", '泰': "태국", '比': "필리핀",
	'蘇': "소련", '與': "여당", '野': "야당", '靑': "청와대", '青': "청와대", '檢': "검찰",
	'警': "경찰", '軍': "군", '故': "고", '前': "전", '現': "현",
}

// hanjaWords are runs made only of abbreviation characters that are words
// of their own, not lists of abbreviations.
var hanjaWords = map[string]bool{
	"北韓":  true, // 북한 itself
	"南美":  true, // South America
	"中南美": true,
	"南中":  true,
}

// suffixUse are abbreviation characters that, glued to a Korean word, are
// suffixes with their own meaning.
var suffixUse = map[rune]bool{'比': true, '中': true}

// Hanja finds hanja abbreviations: a single hanja from the table standing
// alone ("日 출장", "美, 관세"), or a short run of them naming several
// parties ("韓美 정상", "與野 합의" → one entry per character). A character
// inside a longer hanja word ("中國", "日本") is not an abbreviation.
func Hanja(text string) []HanjaAbbrev {
	var out []HanjaAbbrev
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if !isHan(r) {
			i += w
			continue
		}
		// the whole run of hanja
		j := i + w
		n := 1
		all := hanjaAbbrevs[r] != ""
		for j < len(text) {
			r2, w2 := utf8.DecodeRuneInString(text[j:])
			if !isHan(r2) {
				break
			}
			all = all && hanjaAbbrevs[r2] != ""
			j += w2
			n++
		}
		if n == 1 && suffixUse[r] {
			// "전년比" (compared with last year), "회의中" (during): a suffix
			// on the word before, not a country
			if p, _ := utf8.DecodeLastRuneInString(text[:i]); isHangul(p) {
				all = false
			}
		}
		if all && n <= 3 && !hanjaWords[text[i:j]] {
			for k := i; k < j; {
				r2, w2 := utf8.DecodeRuneInString(text[k:])
				out = append(out, HanjaAbbrev{Text: text[k : k+w2], Expansion: hanjaAbbrevs[r2], Start: k, End: k + w2})
				k += w2
			}
		}
		i = j
	}
	return out
}

// isHan reports a CJK ideograph, checking the common blocks before the
// Unicode table so that Hangul text costs one comparison a rune.
func isHan(r rune) bool {
	switch {
	case r < 0x3400:
		return false
	case r >= 0xAC00 && r <= 0xD7A3: // Hangul syllables
		return false
	case r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF, r >= 0xF900 && r <= 0xFAFF:
		return true
	}
	return unicode.Is(unicode.Han, r)
}
