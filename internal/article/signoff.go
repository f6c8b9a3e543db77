package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// signoffRe is a broadcast reporter's closing line: "MBC뉴스
	// 홍길동입니다.", "지금까지 국회에서 연합뉴스TV 홍길동입니다", "MBC NEWS
	// 김철웁니다." (the name fused with 입니다).
	signoffRe = lazyRE(`^(?:지금까지\s+)?(?:\S+에서\s+)?(\S+(?:\s+\S+)?)\s+([가-힣]{2,4}?)(입니다|니다)[.!]*(.*)$`)
	// signoffTailRe is what may follow a sign-off: an e-mail in brackets,
	// slashes and quotes.
	signoffTailRe = lazyRE(`^[\s\[\]()<>/"'”’.]*$`)
	// rightsStartRe finds where a rights notice starts on a line that
	// begins with a byline.
	rightsStartRe = lazyRE(`<?저작권자|ⓒ|©|(?i:copyright)`)
	// triangleCreditRe is the end of a "▲ …" caption: a table-cell bar, a
	// "[뉴시스]" credit or a "ⓒ 홍길동" credit.
	triangleCreditRe = lazyRE(`(?:\||\[[^\[\]]{2,20}\]|ⓒ\s*[^\s.]{1,12}(?:\s[^\s.]{1,12})?)\s*$`)
)

// parseSignoff recognises a broadcast sign-off: an outlet's name, then
// the reporter's name fused with 입니다, and nothing but an e-mail after.
func parseSignoff(s string) (credit, bool) {
	if len(s) > 200 || !strings.Contains(s, "니다") {
		return credit{}, false
	}
	c := credit{emails: emailRe().FindAllString(s, -1)}
	m := signoffRe().FindStringSubmatch(emailRe().ReplaceAllString(s, ""))
	if m == nil || !signoffTailRe().MatchString(m[4]) {
		return credit{}, false
	}
	outlet, name := m[1], m[2]
	for _, w := range strings.Fields(outlet) {
		if !signoffWord(w) {
			return credit{}, false
		}
	}
	if m[3] == "니다" {
		// "김철웁니다" is 김철우 + ㅂ니다: take the final ㅂ back off.
		var ok bool
		if name, ok = dropFinalB(name); !ok {
			return credit{}, false
		}
	}
	c.names = []string{name}
	c.agency = signoffOutlet(outlet)
	return c, true
}

// signoffOutlet names the outlet of a sign-off: "MBN뉴스" is MBN, "mbc뉴스"
// MBC; a known spelling maps to its outlet.
func signoffOutlet(s string) string {
	if name, ok := knownOutlet(s); ok {
		return name
	}
	base := strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "NEWS"), "News"), "뉴스"))
	if name, ok := knownOutlet(base); ok {
		return name
	}
	if base != "" && strings.IndexFunc(base, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }) >= 0 &&
		strings.IndexFunc(base, func(r rune) bool { return r >= 0x80 }) < 0 {
		return strings.ToUpper(base)
	}
	if base != "" && strings.HasPrefix(s, base) && strings.HasPrefix(s[len(base):], " ") {
		return base // "채널A 뉴스": the broadcaster, its news brand written apart
	}
	return s
}

// dropFinalB removes the final consonant ㅂ from the last syllable of a
// name fused with ㅂ니다; ok is false when there is none to remove.
func dropFinalB(name string) (string, bool) {
	rs := []rune(name)
	last := rs[len(rs)-1]
	const base, jongB = 0xAC00, 17
	if last < base || last > 0xD7A3 || (last-base)%28 != jongB {
		return "", false
	}
	rs[len(rs)-1] = last - jongB
	return string(rs), true
}

// rightsByline reads a byline that runs into the rights notice on one
// line: "☞공감언론 뉴시스 a@newsis.com <저작권자ⓒ …>".
func rightsByline(s string) (credit, bool) {
	loc := rightsStartRe().FindStringIndex(s)
	if loc == nil || loc[0] == 0 || !emailRe().MatchString(s[:loc[0]]) {
		return credit{}, false
	}
	return parseByline(strings.TrimSpace(s[:loc[0]]))
}

// triangleCaption reports whether a line is a caption marked with a
// triangle and closed by a credit: "▲ 축사하는 홍길동 시장 |",
// "▲ … 있다. [뉴시스]", "▲ … 촉구했다. ⓒ 홍길동".
func triangleCaption(s string) bool {
	if !strings.HasPrefix(s, "▲") && !strings.HasPrefix(s, "△") {
		return false
	}
	return triangleCreditRe().MatchString(s)
}

// signoffWord reports whether w can be part of the outlet's name in a
// sign-off: a known outlet, a name ending like one ("…뉴스", "…TV"), or a
// short name with a Latin call sign ("KBS", "NEWS", "TV조선").
func signoffWord(w string) bool {
	if _, ok := knownOutlet(w); ok {
		return true
	}
	for _, suf := range []string{"뉴스", "NEWS", "News", "news", "TV", "방송"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	// A call sign, alone or in a channel name: "KBS", "TV조선", "채널A".
	latin := 0
	for _, r := range w {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
			latin++
		}
	}
	return latin >= 1 && utf8.RuneCountInString(w) <= 6
}

// cellCaption reports whether a line is a photo caption in a table cell,
// closed by the cell's bar: "시청 전경./시 제공 |". Prose rarely ends so;
// "ⓒ 홍길동 기자 gd@example.kr |" is the credit of a photo whose caption
// follows, and a board page's story of many sentences in one cell is no
// caption.
func cellCaption(s string) bool {
	return strings.HasSuffix(s, " |") && !strings.HasPrefix(s, "|") && !(strings.HasPrefix(s, "ⓒ") && strings.Contains(s, "@")) && strings.Count(s, "|") == 1 &&
		utf8.RuneCountInString(s) >= 8 && strings.Count(s, "다. ") <= maxCaptionSentences &&
		!siteBeforeBar(s) // "한빛경제신문 | 입력 …" cut before its timestamp
}

// siteBeforeBar reports a line that is only a site's name and a bar.
func siteBeforeBar(s string) bool {
	name := strings.TrimSpace(strings.TrimSuffix(s, "|"))
	if strings.HasPrefix(name, "ⓒ") || strings.HasPrefix(name, "©") {
		return false // "ⓒ 한빛신문 |": a photo's credit in its cell
	}
	return outletOnly(name) || !strings.Contains(name, " ") && siteName(name)
}

// maxCaptionSentences is the most sentences a caption credited to its
// photographer ("… 있다. 홍길동 기자") holds.
const maxCaptionSentences = 3

// photographerCaption reports whether a line is a caption closed by the
// photographer's name: its first sentence shows the photo ("…들어오고
// 있다."), it is short, and "홍길동 기자" follows its last sentence with
// no e-mail (a reporter's byline gives one).
func photographerCaption(s string) bool {
	if utf8.RuneCountInString(s) > 400 || strings.Contains(s, "@") {
		return false
	}
	first := strings.Index(s, "다. ")
	if first < 0 || !strings.HasSuffix(s[:first], "고 있") || strings.Count(s, "다. ") > maxCaptionSentences {
		return false
	}
	by, _ := bareCredit(s)
	return by != "" && strings.HasSuffix(strings.TrimSpace(s), "기자")
}

// slashReporterRe is a photographer's credit after a caption's last
// sentence, set off by a slash, the outlet perhaps before it: "…외치고
// 있다. /홍길동 기자 gd@example.kr", "…악수하고 있다. 한빛경제/홍길동 기자 gd@…".
var slashReporterRe = lazyRE(`[.!?…]\s*(?:[가-힣A-Za-z0-9]{2,12})?\s*/\s*[가-힣]{2,4}\s*` + titleAlt + `\s*(?:[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+)?\s*$`)

// slashCredited reports whether a line is a caption credited "/홍길동
// 기자" (or in brackets, see enclosedCreditRe) after its last sentence,
// with at most a few sentences before.
func slashCredited(s string) bool {
	if utf8.RuneCountInString(s) > 400 || strings.Count(s, "다. ") > maxCaptionSentences || !strings.Contains(s, "있다") && !strings.Contains(s, "/") {
		return false
	}
	return strings.Contains(s, "/") && slashReporterRe().MatchString(s) || enclosedCreditRe().MatchString(s)
}

// slashSourceRe is a short caption closed by its source after a slash:
// "시청 전경. / 한빛시 제공", "새 화면. / 누리집 갈무리".
var slashSourceRe = lazyRE(`^[^/]{4,200}[.…]\s*/\s*[^/.]{1,20}(?:제공|발췌|캡처|캡쳐|갈무리|촬영)\s*$`)

// enclosedCreditRe is a photo credit enclosed after a caption's last
// sentence: "…참석하고 있다. (경기 수원=홍길동 기자)", "…즐기고 있다.
// <한빛시 제공>", "…찍고 있다(한빛시 제공)".
var enclosedCreditRe = lazyRE(`있다\.?\s*(?:\(\s*[가-힣 ]{1,12}=\s*[가-힣]{2,4}\s*` + titleAlt + `\s*\)|[<(]\s*[가-힣A-Za-z0-9 ]{2,20}\s*제공\s*[>)])\s*$`)

// creditedCaption reports whether a line is a caption closed by a bare
// photo credit after its last sentence, "… 악수하고 있다. 사진제공=외교부",
// or by one in brackets, "가수 홍길동. (사진=한빛컴퍼니 제공)".
func creditedCaption(s string) bool {
	return strings.Contains(s, "사진") && utf8.RuneCountInString(s) <= 400 &&
		(tailSourceRe().MatchString(s) || tailParenSourceRe().MatchString(s))
}

// tailParenSourceRe is a bracketed photo credit closing a line: "(사진=한빛시
// 제공)", "(사진=홍길동 페이스북 캡처)".
var tailParenSourceRe = lazyRE(`[(\[]\s*사진(?:\s*제공)?\s*=\s*[^()\[\]]{2,40}?\s*[)\]]\s*$`)

// rightsHolderRe is the holder named by a rights notice: "저작권자 © 한빛뉴스
// 무단전재…", "ⓒ 한빛일보,", "[ⓒ 한빛신문.".
var rightsHolderRe = lazyRE(`(?:저작권자|ⓒ|©|\(c\))\s*[ⓒ©]?\s*(?:\(c\))?\s*([가-힣A-Za-z0-9]{2,15})`)

// rightsOutlet names the outlet a rights notice belongs to: a known outlet,
// else the holder's name when it reads as an outlet's ("…뉴스", "…일보").
func rightsOutlet(s string) string {
	if o := outletIn(s); o != "" {
		// "ⓒ 한빛경제TV": the holder is a longer name than the outlet inside it.
		if m := rightsHolderRe().FindStringSubmatch(s); m != nil && len(m[1]) > len(o) && strings.HasPrefix(m[1], o) && hangulOutlet(m[1]) {
			return m[1]
		}
		return o
	}
	for _, m := range rightsHolderRe().FindAllStringSubmatch(s, -1) {
		if w := m[1]; hangulOutlet(w) {
			return w
		}
	}
	// "한빛일보(www.hanbit.kr), 무단전재 …" opens with the holder.
	first := strings.FieldsFunc(strings.TrimLeft(s, "[<( "), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(first) > 0 && hangulOutlet(first[0]) {
		return first[0]
	}
	return ""
}

// hangulOutlet reports whether a Korean word ends like an outlet's name.
func hangulOutlet(w string) bool {
	for _, suf := range []string{"뉴스", "일보", "신문", "방송", "경제", "닷컴", "타임스", "투데이", "데일리", "미디어", "저널", "포스트", "TV", "통신"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w) > utf8.RuneCountInString(suf) {
			return true
		}
	}
	return false
}

// introRe is a broadcast anchor's line handing over to the reporter:
// "홍길동 기자가 보도합니다", "보도에 홍길동 기잡니다", "홍길동 기자입니다".
var introRe = lazyRE(`^(?:보도에\s+)?([가-힣]{2,4})\s?(기자|특파원|기잡니다)(.*?)\.?$`)

// introReporter returns the reporter an anchor's hand-over line names,
// "" for another line. The words after the title are a row of the intro
// table ("가 보도합니다", "입니다").
func introReporter(s string) string {
	if len(s) > 80 {
		return ""
	}
	m := introRe().FindStringSubmatch(s)
	if m == nil || lex().phraseIn(phraseRank, m[1]) {
		return ""
	}
	if rest := strings.TrimSpace(m[3]); m[2] == "기잡니다" && rest == "" || m[2] != "기잡니다" && lex().phraseIn(phraseIntro, rest) {
		return m[1]
	}
	return ""
}

// cutBylineTail cuts the link a page glued after a byline ("홍길동 기자의
// 전체기사 보기" → "홍길동 기자"); cut is false when s ends in none, or
// when the link is written twice (a row of links with no name, "기자의
// 전체기사 보기 기자의 전체기사 보기").
func cutBylineTail(s string) (head string, cut bool) {
	for _, p := range lex().phrases[phraseBylineTail] {
		if p.matches(s) {
			head = strings.TrimSpace(strings.TrimSuffix(s, p.text))
			return head, !strings.Contains(head, p.text)
		}
	}
	return s, false
}

// bylineRights splits a byline run into the rights notice after it with
// no space or sentence between ("홍길동 기자의 전체기사 보기Copyright ©
// …") into the two lines; nil when s is no such line. A byline with its
// e-mail before the notice is read whole (see rightsByline).
func bylineRights(s string) []string {
	loc := rightsStartRe().FindStringIndex(s)
	if loc == nil || loc[0] == 0 {
		return nil
	}
	head, notice := strings.TrimSpace(s[:loc[0]]), s[loc[0]:]
	if !isRights(notice) || !reuseNoticeRe().MatchString(notice) {
		return nil
	}
	core, cut := cutBylineTail(head)
	if !cut && strings.Contains(head, "@") {
		return nil
	}
	if _, ok := parseByline(core); !ok {
		return nil
	}
	return []string{head, notice}
}
