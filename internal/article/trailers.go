package article

import (
	"strings"
	"unicode/utf8"
)

var (
	// gluedSentenceRe is a sentence end with the next sentence glued to
	// it, no space between ("밝혔다.김 위원장은", "규모입니다.시장별로는").
	gluedSentenceRe = lazyRE(`([다요죠])\.([가-힣])`)
	// gluedBylineRe is a reporter's byline with an e-mail address run
	// into the text around it: "…6개다. 홍길동기자 gildong@example.kr",
	// "…했습니다.홍길동 기자 gd@tv.co.kr한빛TV 핫뉴스…", and a wire copy's
	// sign-off with its dateline, "…맡는다. (서울=한빛뉴스) 홍길동기자 gd@…",
	// or with its outlet before "=", "…있다. 한빛경제=홍길동 기자 gd@… |".
	gluedBylineRe = lazyRE(`([.!?"”]\s*)((?:[(\[]\s*[가-힣]{1,6}\s*=\s*[^()\[\]=]{2,15}[)\]]\s*|[가-힣A-Za-z0-9]{2,12}\s?=\s?)?(?:[가-힣]{2,4}\s*[,·ㆍ]\s*)*[가-힣]{2,4}\s?` + titleAlt +
		`\s*[(\[<]?[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:com|kr|net|org|co\.kr|or\.kr|go\.kr)[)\]>]?)`)
	// gluedSignoffRe is a reporter's name run into the title, with no
	// e-mail, closing a paragraph after its last sentence: "…밝혔다.
	// 홍길동기자" (a caption's credit is written apart: "… 있다. 홍길동 기자").
	gluedSignoffRe = lazyRE(`[다요][.!?]["”'’]?\s*([가-힣]{2,4}` + titleAlt + `)$`)
	// sentenceInRe is a finished sentence somewhere in a text.
	sentenceInRe = lazyRE(`[다요까][.?!]`)
	// reuseNoticeRe is what makes a "ⓒ …" text a rights notice rather
	// than a photographer's credit ("ⓒ 홍길동").
	reuseNoticeRe = lazyRE(`(?i)무단|금지|저작권|copyright|all rights reserved`)
	// bodyPhotoCreditRe is a photo credit in parentheses after a
	// paragraph's last sentence: "…밝혔다. (사진=한빛시 제공)".
	bodyPhotoCreditRe = lazyRE(`([.!?"”]\s*)[(\[]\s*사진(?:\s*제공)?\s*=\s*[^()\[\]]{1,30}[)\]]\s*$`)
	// trailCreditRe is a photo credit closing a paragraph after its last
	// sentence: a date and the supplier ("2018.10.30연합뉴스", "2018.10.30
	// /한빛일보") or two outlets ("한빛일보/새봄미디어").
	trailCreditRe = lazyRE(`([.!?"”]\s*)(\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*/?\s*[가-힣A-Za-z0-9]{2,12}|[가-힣A-Za-z0-9]{2,12}/[가-힣A-Za-z0-9]{2,12})\s*$`)
)

// minTrailerLine is the length under which a line is not searched for
// notices glued to its end: a byline or rights line alone is read as such.
const minTrailerLine = 60

// peelTrailers cuts a long line whose page glued the story's end notices
// to its last sentence (the rights notice, the byline with its e-mail, a
// headline list after it, a photo credit) into the lines it holds, and
// puts a space between sentences run together. A line without them comes
// back as the only element.
func peelTrailers(s string) []string {
	if strings.Contains(s, ".") {
		s = gluedSentenceRe().ReplaceAllString(s, "$1. $2")
	}
	if parts := bylineRights(s); parts != nil {
		return parts
	}
	if utf8.RuneCountInString(s) < minTrailerLine {
		return []string{s}
	}
	var tail []string
	if i := rightsStart(s); i > 0 {
		tail = append(tail, strings.TrimSpace(s[i:]))
		s = strings.TrimSpace(s[:i])
	}
	if m := gluedBylineRe().FindStringSubmatchIndex(s); m != nil && m[4] > 0 {
		after := strings.TrimSpace(s[m[5]:])
		mid := []string{strings.TrimSpace(s[m[4]:m[5]])}
		mid = append(mid, splitList(after)...)
		tail = append(mid, tail...)
		s = strings.TrimSpace(s[:m[4]])
	} else if m := gluedSignoffRe().FindStringSubmatchIndex(s); m != nil && len(tail) == 0 && !framedCaption(s) {
		tail = []string{s[m[2]:m[3]]}
		s = strings.TrimSpace(s[:m[2]])
	}
	// A caption ends in its dated credit; prose with notices glued after
	// it may carry the credit of the photo it described, and a copy may
	// end with the outlets it came through ("한빛일보/새봄미디어").
	if m := trailCreditRe().FindStringSubmatchIndex(s); m != nil && creditWords(s[m[4]:m[5]]) &&
		(len(tail) > 0 || !captionDateRe().MatchString(s[m[4]:m[5]]) && !framedCaption(s)) {
		s = strings.TrimSpace(s[:m[4]]) // the supplier of a photo, not prose
	}
	if m := bodyPhotoCreditRe().FindStringSubmatchIndex(s); m != nil && !framedCaption(s) {
		s = strings.TrimSpace(s[:m[3]]) // "…밝혔다. (사진=한빛시 제공)" credits a photo
	}
	return append([]string{s}, tail...)
}

// framedCaption reports whether s is marked as a caption, which keeps its
// credit: a triangle before it or a dated credit after it.
func framedCaption(s string) bool {
	return strings.HasPrefix(s, "▲") || strings.HasPrefix(s, "△") || looksLikeCaption(s)
}

// rightsStart is the byte offset where a rights notice glued to the end
// of s begins, or -1: the notice must run to the end of the line, and
// the text before it must hold a finished sentence (a byline line with
// the notice after it is read whole).
func rightsStart(s string) int {
	best := -1
	for _, opener := range []string{"Copyright", "COPYRIGHT", "copyright", "[ⓒ", "<ⓒ", "ⓒ", "©", "<저작권자", "[저작권자", "저작권자"} {
		i := strings.Index(s, opener)
		if i <= 0 || best >= 0 && i >= best {
			continue
		}
		if notice := strings.TrimSpace(s[i:]); isRights(notice) && reuseNoticeRe().MatchString(notice) &&
			utf8.RuneCountInString(s[:i]) >= 20 && sentenceInRe().MatchString(s[:i]) {
			best = i
		}
	}
	return best
}

// splitList cuts the text after a glued byline into the items of the
// headline list it holds ("한빛TV 핫뉴스ㆍ제목ㆍ제목"): each item becomes a
// line, so the list's header and its short titles are dropped as a widget.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, item := range strings.Split(s, "ㆍ") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// creditWords reports whether a trailing credit names an outlet or a
// photo supplier rather than ending a sentence: every word part of it is
// an outlet's name, a known outlet, or follows a date.
func creditWords(s string) bool {
	if captionDateRe().MatchString(s) {
		return true
	}
	for _, w := range strings.Split(s, "/") {
		if _, ok := knownOutlet(w); !ok && !hangulOutlet(w) {
			return false
		}
	}
	return true
}
