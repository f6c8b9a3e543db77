package article

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

var (
	// gluedStampRe is a run of labelled timestamps inside a line: "입력
	// 2018-10-30 13:00 수정 2018-10-30 14:22", "입력 2018.06.11 (11:56)".
	gluedStampRe = sync.OnceValue(buildGluedStampRe)
	// stampBylineRe is a reporter's byline closing the text before a
	// timestamp: "홍길동 기자", "홍길동·김철수 기자", "기자명 홍길동 기자".
	stampBylineRe = lazyRE(`(?:기자명\s*)?[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*\s*(?:기자|특파원)$`)
	// leadDateRe is a date (or a year and month) opening a line, with an
	// optional short label before it: "date 2018-06", "2018.06.11".
	leadDateRe = lazyRE(`^(?:[A-Za-z]{2,8}\s*[:：]?\s*)?\d{4}\s*[-./]\s*\d{1,2}(?:\s*[-./]\s*\d{1,2})?\.?\s+`)
	// labelledLeadDateRe is a full date under a short Latin label opening a
	// line: "date 2025-03-12 ".
	labelledLeadDateRe = lazyRE(`^\s*[A-Za-z]{2,8}\s*[:：]?\s*\d{4}-\d{1,2}-\d{1,2}\s+`)
	// sentenceEndRe is the end of a sentence inside a line.
	sentenceEndRe = lazyRE(`[.?!]["'”’]?\s+`)
)

// buildGluedStampRe matches one or more date labels, each followed by a
// date and an optional time.
func buildGluedStampRe() *regexp.Regexp {
	labels := make([]string, 0, len(lex().dateLabels))
	for l := range lex().dateLabels {
		labels = append(labels, regexp.QuoteMeta(l))
	}
	sort.Slice(labels, func(i, j int) bool { return len(labels[i]) > len(labels[j]) })
	date := `(?:` + strings.Join(labels, "|") + `)\s*(?:시간|일시|일자|일)?\s*[:：|]?\s*` +
		`\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}\s*[.일]?`
	clock := `\s*\(?\d{1,2}:\d{2}(?::\d{2})?\)?`
	// The first timestamp must give the time: a date alone may be prose.
	return regexp.MustCompile(`(?:^|\s)(` + date + clock + `(?:\s*\|?\s*` + date + `(?:` + clock + `)?)*)`)
}

// gluedDateRe is a labelled date without a time ("입력 2018-10-30 수정
// 2018-10-31"), a timestamp only when a title stands before it and the
// text after it opens with no number (see splitGlued).
var gluedDateRe = sync.OnceValue(buildGluedDateRe)

func buildGluedDateRe() *regexp.Regexp {
	labels := make([]string, 0, len(lex().dateLabels))
	for l := range lex().dateLabels {
		labels = append(labels, regexp.QuoteMeta(l))
	}
	sort.Slice(labels, func(i, j int) bool { return len(labels[i]) > len(labels[j]) })
	date := `(?:` + strings.Join(labels, "|") + `)\s*[:：|]?\s*\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}(?:\s*일|\.)?`
	return regexp.MustCompile(`(?:^|\s)(` + date + `(?:\s*\|?\s*` + date + `)*)`)
}

// stampIn finds the timestamp of a glued line: one with a time, else a
// date alone after a title and byline or before a toolbar, followed by a
// text that opens with no number.
func stampIn(s string) []int {
	if m := gluedStampRe().FindStringSubmatchIndex(s); m != nil {
		return m
	}
	m := gluedDateRe().FindStringSubmatchIndex(s)
	if m == nil || m[2] == 0 || m[3] >= len(s) {
		return nil
	}
	if next := strings.TrimLeft(s[m[3]:], " "); next == "" || next[0] >= '0' && next[0] <= '9' || next[0] == '(' {
		return nil // "등록 2021.04.02 10:00부터": a date in prose
	}
	// A reporter's byline before it or a toolbar after it shows the page's
	// header; "신청은 입력 2020-05-01 부터 받는다" is prose.
	words, _ := leadingToolbar(s[m[3]:])
	if words == "" && !stampBylineRe().MatchString(strings.TrimSpace(s[:m[2]])) {
		return nil
	}
	return m
}

// maxGluedTitle is the longest text before a timestamp read as a title.
const maxGluedTitle = 150

// unglue splits the lines where a page glued its section names, headline,
// byline, timestamp, toolbar and body into one ("[포토] 제목 홍길동 기자
// 입력 2018-10-30 13:00 수정 … 글자크기 … 본문…") into one line each, so
// the classifier sees the parts it knows, and peels the notices a page
// glued to a paragraph's end (see peelTrailers). Other lines pass
// unchanged.
func unglue(lines []line) []line {
	var out []line
	for _, l := range lines {
		parts := splitGlued(l.text)
		if parts == nil {
			parts = splitWireLead(l.text)
		}
		if parts == nil {
			parts = []string{l.text}
		}
		k := 0
		for _, p := range splitScripts(parts) {
			for _, q := range peelTrailers(p) {
				if q != "" {
					out = append(out, line{text: q, blankBefore: l.blankBefore && k == 0})
					k++
				}
			}
		}
	}
	return out
}

// slashCreditLineRe is a photographer's credit alone on its line under the
// caption it closes: "/홍길동 기자 gd@example.kr".
var slashCreditLineRe = lazyRE(`^/\s*[가-힣]{2,4}\s*` + titleAlt + `\s*(?:[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+)?$`)

// maxCreditedCaptionRunes bounds, in runes, a caption a slash credit closes.
const maxCreditedCaptionRunes = 200

// captionSized reports a line that may be a photo's caption: short, at most
// two sentences and no quotation; a story's last paragraph ("… 수사할
// 예정”이라고 밝혔다.") before a "/홍길동기자 e-mail" sign-off is none.
func captionSized(s string) bool {
	return utf8.RuneCountInString(s) <= maxCreditedCaptionRunes && strings.Count(s, "다. ") < 2 && !strings.ContainsAny(s, "“”\"")
}

// joinCredits puts a "/홍길동 기자" credit that a page set on its own line
// back after the caption sentence above it, where captions carry it, and
// a reporter's title a page set on the line under the name ("홍길동" over
// "기자") back after the name.
func joinCredits(lines []line) []line {
	out := lines[:0:0]
	for _, l := range lines {
		n := len(out)
		if n > 0 && slashCreditLineRe().MatchString(l.text) && strings.HasSuffix(out[n-1].text, ".") && captionSized(out[n-1].text) ||
			n > 0 && titleRe().MatchString(l.text) && nameRe().MatchString(out[n-1].text) {
			out[n-1].text += " " + l.text
			continue
		}
		out = append(out, l)
	}
	return out
}

// wireLeadRe is a wire story's dateline and reporter opening its lead:
// "(부산=한빛통신) 홍길동 기자 =".
var wireLeadRe = lazyRE(`[(\[]\s*[가-힣]{1,8}(?:\s[가-힣]{1,8})?\s*=\s*([^()\[\]=\s]{2,12})\s*[)\]]\s*[가-힣]{2,4}\s*` + titleAlt + `\s*=`)

// splitWireLead cuts a line where a wire lead starts after the page's
// furniture and a photo's caption: "홍길동기자 구독 이전 다음 해수욕장
// 인파 [한빛통신 자료사진] (부산=한빛통신) 홍길동 기자 = …" gives the
// caption and the lead; nil when the line holds no such glued lead.
func splitWireLead(s string) []string {
	m := wireLeadRe().FindStringSubmatchIndex(s)
	if m == nil || m[0] == 0 || !isKnownOutlet(s[m[2]:m[3]]) {
		return nil
	}
	head := strings.TrimSpace(s[:m[0]])
	if !strings.HasSuffix(head, "]") && !strings.HasSuffix(head, ")") {
		return nil // a dateline quoted inside a sentence
	}
	fields := strings.Fields(head)
	if len(fields) > 0 && gluedTitle(fields[0]) != "" {
		fields = fields[1:] // "홍길동기자": the reporter's name by the subscribe button
	}
	_, caption := leadingToolbar(strings.Join(fields, " "))
	return []string{caption, s[m[0]:]}
}

// splitGlued cuts a glued line at its timestamp into the lines it holds,
// or returns nil when the line is not glued: it has no labelled timestamp,
// nothing beside it, or the text before it is a sentence, not a title.
func splitGlued(s string) []string {
	m := stampIn(s)
	if m == nil {
		if parts := splitDatedByline(s); parts != nil {
			return parts
		}
		return splitDatedTitle(s)
	}
	if m[3] < len(s) && s[m[3]] != ' ' {
		return nil // a timestamp running on into a word ("10:00부터")
	}
	head, stamp, tail := strings.TrimSpace(s[:m[2]]), s[m[2]:m[3]], strings.TrimSpace(s[m[3]:])
	if by := stampBylineRe().FindString(head); by != "" {
		head, stamp = strings.TrimSpace(strings.TrimSuffix(head, by)), by+" "+stamp
	}
	if head == "" && tail == "" || endsSentence(head) || strings.Contains(head, "다. ") ||
		utf8.RuneCountInString(head) > maxGluedTitle {
		return nil
	}
	out := splitHead(head)
	out = append(out, stamp)
	return append(out, splitTail(tail)...)
}

// datedBylineRe is a title, the bare date and the reporter a list page
// runs into the story's lead on one line: "제목 2022-10-11 홍길동 기자 본문…".
var datedBylineRe = lazyRE(`^(\S.*?)\s+(\d{4}[-.]\d{2}[-.]\d{2})\s+([가-힣]{2,4}\s?` + titleAlt + `)\s+(\S.*)$`)

// splitDatedByline cuts such a line into its title, date, byline and lead;
// nil when the text before the date is a sentence, or too short or too long
// for a title, or the text after the byline is no lead sentence.
func splitDatedByline(s string) []string {
	m := datedBylineRe().FindStringSubmatch(s)
	if m == nil || endsSentence(m[1]) || strings.Contains(m[1], "다. ") || !endsSentence(m[4]) {
		return nil
	}
	if n := utf8.RuneCountInString(m[1]); n < minDatedTitle || n > maxGluedTitle || utf8.RuneCountInString(m[4]) < minDatedLead {
		return nil
	}
	return m[1:]
}

// minDatedTitle and minDatedLead bound the title and the lead of a line
// split by splitDatedByline: "경찰은 2023-05-11 홍길동 기자 등을 불렀다." is prose.
const (
	minDatedTitle = 10
	minDatedLead  = 20
)

// splitDatedTitle cuts a page's metadata date off the title it opens
// ("date 2025-03-12 제목", with no timestamp after the title): the date and
// the title become lines of their own. A line that is a sentence, or whose
// date has no Latin label, is prose and stays whole (nil).
func splitDatedTitle(s string) []string {
	d := labelledLeadDateRe().FindString(s)
	if d == "" {
		return nil
	}
	title := strings.TrimSpace(s[len(d):])
	if title == "" || endsSentence(title) || strings.Contains(title, "다. ") || utf8.RuneCountInString(title) > maxGluedTitle {
		return nil
	}
	return []string{strings.TrimSpace(d), title}
}

// splitHead peels a leading date and section names ("date 2018-06",
// "정치 북한") off the title before a timestamp.
func splitHead(head string) []string {
	var out []string
	if d := leadDateRe().FindString(head); d != "" {
		out = append(out, strings.TrimSpace(d))
		head = head[len(d):]
	}
	words, rest := leadingToolbar(head)
	if words != "" && rest != "" {
		out = append(out, words)
		head = rest
	}
	if title, prog := cutProgramme(head); prog != "" {
		out = append(out, title, prog) // the programme name goes as a line of its own
		return out
	}
	if head != "" {
		out = append(out, head)
	}
	return out
}

// cutProgramme splits a broadcaster's programme name ("뉴스9", "뉴스광장")
// off the end of a glued title; prog is "" when the title ends in none.
func cutProgramme(head string) (title, prog string) {
	i := strings.LastIndexByte(head, ' ')
	if i <= 0 || !lex().phraseIn(phraseProgramme, head[i+1:]) {
		return head, ""
	}
	return strings.TrimSpace(head[:i]), head[i+1:]
}

// splitTail peels the toolbar that follows a timestamp off the body: runs
// of toolbar words, numbers and addresses ("가 가 프린트 댓글 0") and
// sentences of page furniture ("기사 읽어주기 … 적용 됩니다.").
func splitTail(tail string) []string {
	var out []string
	for tail != "" {
		if words, rest := leadingToolbar(tail); words != "" {
			out = append(out, words)
			tail = rest
			continue
		}
		end := len(tail)
		if loc := sentenceEndRe().FindStringIndex(tail); loc != nil {
			end = loc[1]
		}
		if first := strings.TrimSpace(tail[:end]); end < len(tail) && lex().phraseIn(phraseChrome, first) {
			out = append(out, first)
			tail = strings.TrimSpace(tail[end:])
			continue
		}
		out = append(out, tail)
		break
	}
	return out
}

// leadingToolbar splits s after its leading toolbar words, bare numbers
// and web addresses; words is "" when s opens with none.
func leadingToolbar(s string) (words, rest string) {
	fields := strings.Fields(s)
	n := 0
	for n < len(fields) && toolbarWord(fields[n]) {
		n++
	}
	if n == 0 {
		return "", s
	}
	return strings.Join(fields[:n], " "), strings.Join(fields[n:], " ")
}

// toolbarWord reports whether w is a toolbar word, a count glued to one
// ("댓글0"), a bare number or a web address.
func toolbarWord(w string) bool {
	core := strings.TrimRightFunc(w, unicode.IsDigit)
	return core == "" || lex().toolbar[core] || strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://")
}

// scriptMarkRe is a broadcast script's part label inside a line: "[앵커]",
// "[인터뷰 : 홍길동 / 주민]", "기자>".
var scriptMarkRe = lazyRE(`\[([^\[\]=]{1,30})\]|([가-힣]{2,6})\s?>`)

// scriptCue reports whether a label's words open a script's part.
func scriptCue(inner string) bool {
	return lex().phraseIn(phraseScriptCue, strings.TrimSpace(inner))
}

// splitScript cuts a broadcast script run together on one line ("앵커> …
// 리포트> … 기자> …", "[앵커] … [기자] …") before each part label that
// opens the line or follows a sentence, each label on a line of its own;
// nil when there is none, or only a label opening the line with no
// sentence after it (a headline's "[인터뷰] …").
func splitScript(s string) []string {
	var cuts [][2]int
	for _, m := range scriptMarkRe().FindAllStringSubmatchIndex(s, -1) {
		inner := ""
		if m[2] >= 0 {
			inner = s[m[2]:m[3]]
		} else {
			inner = s[m[4]:m[5]]
		}
		if scriptCue(inner) && (m[0] == 0 || afterSentence(s[:m[0]])) {
			cuts = append(cuts, [2]int{m[0], m[1]})
		}
	}
	if len(cuts) == 0 || len(cuts) == 1 && cuts[0][0] == 0 && !endsSentence(strings.TrimSpace(s[cuts[0][1]:])) {
		return nil
	}
	var out []string
	if head := strings.TrimSpace(s[:cuts[0][0]]); head != "" {
		out = append(out, head)
	}
	for k, c := range cuts {
		end := len(s)
		if k+1 < len(cuts) {
			end = cuts[k+1][0]
		}
		out = append(out, strings.TrimSpace(s[c[0]:c[1]]))
		if t := strings.TrimSpace(s[c[1]:end]); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// afterSentence reports whether s ends a sentence, so a label after it
// starts a new part.
func afterSentence(s string) bool {
	t := strings.TrimSpace(s)
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".?!\"”’'", r) || endsSentence(t)
}

// splitScripts cuts each part holding captions or a script run together
// (see splitCaptions, splitScript).
func splitScripts(parts []string) []string {
	var out []string
	for _, p := range parts {
		if q := splitCaptions(p); q != nil {
			out = append(out, q...)
			continue
		}
		if q := splitScript(p); q != nil {
			out = append(out, q...)
			continue
		}
		out = append(out, p)
	}
	return out
}

// gluedCreditRe is the credit closing a photo caption: "사진=홍길동 기자",
// "(사진=한빛시 제공)", "2025.3.5/한빛뉴스 © 한빛뉴스 홍길동 기자".
var gluedCreditRe = lazyRE(`\(\s*사진\s*=[^()]{1,30}\)|사진\s*=\s*[가-힣A-Za-z0-9]{2,12}(?:\s*(?:기자|제공|특파원))?|` +
	`\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*/\s*[가-힣A-Za-z0-9]{2,12}(?:\s*[ⓒ©]\s*[가-힣A-Za-z0-9]{2,12})?(?:\s*[가-힣]{2,4}\s*기자)?`)

// splitCaptions cuts a line holding several photo captions run together,
// each a sentence closed by its credit ("… 있다. 사진=홍길동 기자 … 있다.
// 사진=홍길동 기자"), into one line per caption; nil when the line is not
// two or more such captions and nothing else.
func splitCaptions(s string) []string {
	if !strings.Contains(s, "사진") && !hasYearDot(s) {
		return nil
	}
	locs := gluedCreditRe().FindAllStringIndex(s, -1)
	if len(locs) < 2 {
		return nil
	}
	out := make([]string, 0, len(locs))
	start := 0
	for _, l := range locs {
		text := s[start:l[0]]
		if utf8.RuneCountInString(strings.TrimSpace(text)) < 10 || !afterSentence(text) {
			return nil
		}
		out = append(out, strings.TrimSpace(s[start:l[1]]))
		start = l[1]
	}
	if strings.TrimSpace(s[start:]) != "" {
		return nil
	}
	return out
}
