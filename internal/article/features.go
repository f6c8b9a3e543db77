package article

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// feature is everything the line classifier knows about one line. Every
// feature of every line is computed here, once, by measure; the classifier
// only reads them.
type feature struct {
	text    string // the line without line-level markdown
	heading int    // markdown heading level, -1 for a bold line, headingFramed for "- 부제 -", else 0
	bullet  bool   // the line was a list item ("- …", "• …")
	images  []image
	rest    string // text beside the images of an image line

	runes, words int
	sentence     bool    // ends like a sentence (…다, …다., ?, !)
	titlePunct   bool    // holds marks headlines use: … ‥ ' " · ,
	digits       float64 // share of digits among the line's letters and digits
	letters      bool    // has at least one letter
	hangul       bool    // has at least one Hangul syllable
	rank         int     // the number opening a ranking line ("3 제목"), else 0

	dupNext   bool // the next line is the same text
	dupPrev   bool // the previous line is the same text
	copyLater bool // the text stands again inside a later line

	chrome, widget, teaser, promo, crew, summary, summaryEnd bool
	summarised                                               bool // a sentence of a portal's summary-bot block
	toolbar, hashtags, weather, ticker, outletOnly           bool
	kicker                                                   bool // a section label in Latin capitals, "COVER STORY"

	marker     bool   // the whole line is a bracketed label ([앵커], ◀ANC▶)
	speakerTag bool   // an interview, tip or crew label line (▶ 인터뷰 : …, ▷ 전화 : …)
	speaker    string // who speaks next, read from an interview label; "" for other labels
	speech     string // what the speaker of a boxed soundbite says: "[홍길동/주민 : 좋아요.]"
	markerRest string // text after a leading broadcast label, "" if none

	date      pageDate // a page timestamp, zero when none
	byline    *credit  // the byline the line holds, alone or before a timestamp
	signoff   *credit  // a broadcast sign-off "MBC뉴스 홍길동입니다"
	rights    bool
	caption   bool
	subLabel  bool // a subhead label, "부제목 :" (the subhead follows it or stands after it)
	dateline  bool // opens with a wire dateline "(서울=연합뉴스)"
	bracketBy bool // opens with a byline bracket "[이데일리 홍길동 기자]"
}

// measure computes the features of every line.
func measure(lines []line) []feature {
	fs := make([]feature, len(lines))
	keys := make([]string, len(lines)) // each text without spaces, to compare
	last := make(map[string]int, len(lines))
	for i, l := range lines {
		fs[i] = measureLine(l.text)
		keys[i] = foldSpace(strings.TrimLeft(fs[i].text, captionMarks))
		last[keys[i]] = i
	}
	for i := range fs {
		if i+1 < len(fs) && keys[i+1] == keys[i] {
			fs[i].dupNext, fs[i+1].dupPrev = true, true
		}
		fs[i].copyLater = copiedLater(fs, i, last[keys[i]])
	}
	return fs
}

// captionMarks open a caption line ("▲ 시장이 …"); a line repeated with
// or without them is the same line.
const captionMarks = "▲△▶↑ "

// copyWindow bounds how many later lines are searched for a copy of a
// line, so a huge file stays linear.
const copyWindow = 60

// copiedLater reports whether the sentence on line i is repeated, alone or
// inside a longer paragraph, by a later line that is not its neighbour:
// portal summaries and teaser leads copy sentences of the article.
// lastSame is the last line with the same text.
func copiedLater(fs []feature, i, lastSame int) bool {
	f := &fs[i]
	if f.runes < 20 || !f.sentence || len(f.images) > 0 {
		return false
	}
	if lastSame > i+1 { // the same text stands again further down
		return true
	}
	for j := i + 2; j < len(fs) && j < i+copyWindow; j++ {
		if len(fs[j].text) > len(f.text) && strings.Contains(fs[j].text, f.text) {
			return true
		}
	}
	return false
}

// measureLine computes the features one line has on its own.
func measureLine(s string) feature {
	var f feature
	f.text, f.heading = stripMarkup(s)
	f.bullet = f.heading == 0 && listMarked(s)
	if imgs, rest := cutImages(s); len(imgs) > 0 {
		// The assembler reads an image line's photos and the text left
		// beside them; that text is measured when it is assembled.
		f.images, f.rest = imgs, rest
		return f
	}
	shape(&f)
	vocabulary(&f)
	if f.markerRest != "" && !f.speakerTag {
		// "(S/U)"말씀…": the label goes, the spoken line stays.
		f.text = f.markerRest
		shape(&f)
	}
	credits(&f)
	return f
}

// shape measures length, endings and the mix of characters.
func shape(f *feature) {
	t := f.text
	f.runes = utf8.RuneCountInString(t)
	f.words = len(strings.Fields(t))
	f.sentence = endsSentence(t)
	f.titlePunct = strings.ContainsAny(t, "…‥'\"‘’“”·,")
	digits, alnum := 0, 0
	for _, r := range t {
		switch {
		case unicode.IsDigit(r):
			digits++
			alnum++
		case unicode.IsLetter(r):
			alnum++
			f.letters = true
			f.hangul = f.hangul || r >= 0xAC00 && r <= 0xD7A3
		}
	}
	if m := rankRe().FindStringSubmatch(t); m != nil && !f.sentence {
		f.rank, _ = strconv.Atoi(m[1])
	}
	if alnum > 0 {
		f.digits = float64(digits) / float64(alnum)
	}
}

var (
	// markerRe is a line that is only a bracketed label: [앵커], <기자>, 앵커>,
	// ◀ 앵커 ▶, 【 앵커멘트 】, ◀ANC▶, (끝), CG - 1].
	markerRe = lazyRE(`^(?:[가-힣]{2,6}\s?>|\[[^\[\]=]{1,12}\]|<[^<>=]{1,12}>|◀[^◀▶]{1,12}▶|【[^【】=]{1,12}】|\((?:끝|END|S/U|s/u)\)|(?:CG|그래픽|자막)\s*[-:]?\s*\d*\s*\]?)$`)
	// leadMarkerRe is a broadcast label opening a line: ◀INT▶, (S/U), [기자].
	leadMarkerRe = lazyRE(`^(?:◀[^◀▶]{1,12}▶|【[^【】=]{1,12}】|\((?:S/U|s/u|인터뷰|녹취)\)|<[가-힣A-Za-z ]{1,8}>)\s*`)
	// labelLineRe is a bullet and a short label before a colon: "▶ 인터뷰 :",
	// "▷ 전화 :", "■ 진행 :".
	labelLineRe = lazyRE(`^[▶▷☞►■●◆◇□]\s*[가-힣A-Za-z ]{1,8}\s*[:：]`)
	crewRe      = lazyRE(`^\(?[가-힣 ]{1,8}\s*[:：/]`)
	// boxedSpeakerRe is a soundbite's speaker in brackets: "[홍길동/주민]",
	// "<인터뷰> 홍길동 / 주민".
	boxedSpeakerRe = lazyRE(`^[\[<【]\s*[^\[\]<>【】=]{1,30}/[^\[\]<>【】=]{1,30}[\]>】]$`)
	hashtagRe      = lazyRE(`^(?:#[^\s#]+\s*)+$`)
	weatherRe      = lazyRE(`-?\d+(?:\.\d+)?\s*(?:℃|°C|°)`)
	rankRe         = lazyRE(`^(\d{1,2})(?:\.|\)|\s)\s*\D`)
)

// vocabulary finds the boilerplate phrases, toolbar words, broadcast labels
// and hashtags of a line.
func vocabulary(f *feature) {
	t := f.text
	f.chrome = lex().phraseIn(phraseChrome, t) || lex().phraseIn(phraseProgramme, t) || siteMotto(t) || pageNumberRe().MatchString(t) || loneCreditRe().MatchString(t) || loneHolder(t) ||
		siteNotice(t)
	f.widget = f.runes <= 20 && !f.sentence && lex().phraseIn(phraseWidget, t)
	f.teaser = lex().phraseIn(phraseTeaser, t)
	f.promo = f.runes <= 80 && !strings.HasSuffix(t, "다.") && lex().phraseIn(phrasePromo, t) && !quotedTitle(t)
	f.crew = f.runes <= 60 && lex().phraseIn(phraseCrew, strings.TrimPrefix(t, "(")) && crewRe().MatchString(t) || staffList(t)
	f.summary = lex().phraseIn(phraseSummary, t)
	f.summaryEnd = lex().phraseIn(phraseSummaryEnd, t)
	f.toolbar = toolbarLine(t) || menuLine(t)
	f.hashtags = strings.HasPrefix(t, "#") && hashtagRe().MatchString(t)
	f.weather = f.runes <= 40 && !f.sentence && strings.ContainsAny(t, "°℃") && weatherRe().MatchString(t)
	// "코스피 2,650.12 ▲12.30": a market or score ticker.
	f.ticker = f.runes <= 60 && !f.sentence && f.digits >= 0.4 && f.words >= 2 && tickerWords(t)
	bracketed := strings.ContainsAny(t, "[]<>()◀▶【】") || strings.HasPrefix(t, "CG")
	f.marker = bracketed && markerRe().MatchString(t) && (!strings.HasSuffix(t, ">") || strings.HasPrefix(t, "<") || scriptCue(strings.TrimSuffix(t, ">"))) ||
		bracketed && taggedCue(t)
	if !f.marker && bracketed {
		if m := leadMarkerRe().FindString(t); m != "" && !titleInBrackets(t, m) {
			f.markerRest = strings.TrimSpace(t[len(m):])
		}
	}
	if label, rest, ok := cutLabel(t); ok && utf8.RuneCountInString(label) <= 6 && lex().phraseIn(phraseSubLabel, label) {
		// "부제목 : …": the label goes; the subhead is the rest or the next line.
		f.subLabel, f.text = true, rest
		return
	}
	switch {
	case bracketed && boxedSoundbite(f, t):
		f.speakerTag = true
	case strings.ContainsAny(t, ":：") && labelLineRe().MatchString(t):
		f.speakerTag = true
		if label, rest, ok := cutLabel(t); ok && lex().phraseIn(phraseSpeaker, label) {
			f.speaker = cleanSpeaker(rest) // "▶ 인터뷰 : 홍길동 / 시장"; "▷ 전화 : …" names no one
		}
	case bracketed && speakerBox(t):
		f.speakerTag = true
		f.speaker = cleanSpeaker(t)
	case bracketed && briefingSpeaker(t) != "":
		f.speakerTag = true
		f.speaker = briefingSpeaker(t)
	case bareSpeaker(t):
		f.speakerTag = true
		f.speaker = cleanSpeaker(t) // "홍길동/한빛시 문화국장" over the soundbite
	case f.markerRest != "" && !endsSentence(f.markerRest) && utf8.RuneCountInString(f.markerRest) <= 40 && !strings.ContainsAny(f.markerRest, "\"“"):
		f.speakerTag = true // "◀INT▶ 홍길동 *군청 담당*": who speaks next
		f.speaker = cleanSpeaker(f.markerRest)
	}
	f.outletOnly = outletOnly(t) || strings.HasSuffix(t, "|") && siteBeforeBar(t) // "한빛경제신문 |" cut before its timestamp
	f.kicker = kickerLine(f)
}

// staffItemRe is one member of a team's staff list: a name, the desk and
// a rank or title, with an aside in parentheses ("홍길동 사회부 차장",
// "김철수 부국장(이동편집국장)").
var staffItemRe = lazyRE(`^[가-힣]{2,4}\s+(?:[가-힣A-Za-z]{1,10}\s+){0,2}(?:` + titleAlt + `|[가-힣]{0,6}(?:팀장|차장|부장|국장|위원))(?:\([^()]{1,20}\))?$`)

// minStaff is the fewest members that make a staff list.
const minStaff = 3

// staffList reports a team's staff credited in one line, its label before
// an "=" ("특별취재팀= 홍길동 차장·김철수 기자·이영희 기자"): page furniture
// that credits the team, neither a byline nor the body.
func staffList(t string) bool {
	_, list, ok := strings.Cut(t, "=")
	if !ok {
		return false
	}
	items := strings.Split(strings.TrimSpace(list), "·")
	if len(items) < minStaff {
		return false
	}
	for _, it := range items {
		if !staffItemRe().MatchString(strings.TrimSpace(it)) {
			return false
		}
	}
	return true
}

// tickerWords reports whether a line full of figures reads as a ticker or
// a contact line ("코스피 2,731.05 ▲12.40", "문의: 한빛재단 홍보팀
// 02-000-0000"): it has fewer than minTitleWords words of letters, or no
// more of them than of figures. A headline full of figures ("2023년 코스피
// 마감 종가 2655.28… 연간 18% 상승") has more words than figures.
func tickerWords(t string) bool {
	figures, plain := 0, 0
	for _, w := range strings.Fields(t) {
		switch {
		case strings.ContainsFunc(w, unicode.IsDigit):
			figures++
		case strings.ContainsFunc(w, unicode.IsLetter):
			plain++ // a bracket or arrow alone is neither
		}
	}
	return figures >= plain || plain < minTitleWords
}

// minTitleWords is the fewest words of letters that let a line full of
// figures be a title rather than a ticker.
const minTitleWords = 4

// siteNoticeRe is a line wholly in brackets that gives the site's own
// address: "( 한빛방송 케이블방송 ch100, www.hanbit.tv )".
var siteNoticeRe = lazyRE(`^[(<\[]\s*[^()<>\[\]]*(?:www\.|https?://)[^()<>\[\]]*[)>\]]$`)

// siteNotice reports whether t is a broadcaster's or site's notice of its
// channels and address, set under the story.
func siteNotice(t string) bool {
	return (strings.Contains(t, "www.") || strings.Contains(t, "http")) && siteNoticeRe().MatchString(t)
}

// maxKicker bounds a section label in capitals ("COVER STORY").
const maxKicker = 25

// kickerLine reports whether a line is a magazine's section label in Latin
// capitals, "COVER STORY", "INSIDE": no Hangul, no digit, no sentence.
func kickerLine(f *feature) bool {
	t := f.text
	if f.hangul || f.sentence || f.runes > maxKicker || f.words > 3 || !f.letters {
		return false
	}
	for _, r := range t {
		if !(r >= 'A' && r <= 'Z' || r == ' ' || r == '&' || r == '-') {
			return false
		}
	}
	return utf8.RuneCountInString(strings.ReplaceAll(t, " ", "")) >= 4
}

// titleInBrackets reports whether the opening "<…>" of t is a title the
// sentence goes on from ("<한빛일보>가 창간 …", "<한빛일보> 창간 일성은 …")
// rather than a broadcast label: a label names a cue ("<기자>", "<앵커 멘트>")
// and stands apart from the words after it.
func titleInBrackets(t, m string) bool {
	if !strings.HasPrefix(m, "<") {
		return false
	}
	inner, _, _ := strings.Cut(m[1:], ">")
	if !lex().phraseIn(phraseCue, inner) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t[len(m):])
	return strings.HasSuffix(m, ">") && r >= 0xAC00 && r <= 0xD7A3
}

// cutLabel splits "▶ 인터뷰 : 홍길동 / 시장" into its label and the rest.
func cutLabel(s string) (label, rest string, ok bool) {
	s = strings.TrimLeft(s, "▶▷☞►■●◆◇□ ")
	i := strings.IndexAny(s, ":：")
	if i < 0 {
		return "", "", false
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+w:]), true
}

// speakerMarks are the brackets, slashes and emphasis marks around a
// speaker's name and post.
var speakerMarks = strings.NewReplacer("[", " ", "]", " ", "<", " ", ">", " ", "【", " ", "】", " ", "*", " ", "/", " ")

// cleanSpeaker turns a speaker label into plain words, "홍길동 한빛시
// 주민", without the brackets, slashes and the label word itself.
// A post written after a slash in one word ("김현기 기획조정실장/한빛도")
// is the body the post belongs to and goes before the post, "김현기 한빛도
// 기획조정실장", as a name, body and post are written in running text.
func cleanSpeaker(s string) string {
	left, right, slash := strings.Cut(s, "/")
	words := strings.Fields(speakerMarks.Replace(left))
	if len(words) > 0 && lex().phraseIn(phraseSpeaker, words[0]) {
		words = words[1:]
	}
	if !slash {
		return strings.Join(words, " ")
	}
	after := strings.Fields(speakerMarks.Replace(right))
	if len(words) >= 2 && len(after) == 1 {
		words, after = slices.Concat(words[:1], after, words[1:]), nil
	}
	return strings.Join(append(words, after...), " ")
}

// boxedSoundbite reads a soundbite written whole in brackets, the speaker
// before a colon and what they say after it: "[홍길동/한빛시 주민 : 택시
// 잡기가 어려워요.]", "[홍길동 한빛시장 : 예산을 늘리겠습니다]". It sets
// the speaker and the speech of f.
func boxedSoundbite(f *feature, t string) bool {
	if !strings.HasPrefix(t, "[") || !strings.HasSuffix(t, "]") || strings.Count(t, "[") != 1 {
		return false
	}
	inner := t[1 : len(t)-1]
	i := strings.IndexAny(inner, ":：")
	if i < 0 {
		return false
	}
	who, said := strings.TrimSpace(inner[:i]), strings.TrimSpace(inner[i:])
	_, w := utf8.DecodeRuneInString(said)
	said = strings.TrimSpace(said[w:])
	n := utf8.RuneCountInString(who)
	if n < 2 || n > 30 || said == "" || strings.ContainsAny(who, "=\"“") {
		return false
	}
	if lex().phraseIn(phraseSpeaker, who) && !endsSentence(said) && utf8.RuneCountInString(said) <= 40 {
		// "[인터뷰:홍길동/주민]": a label naming who speaks next
		f.speaker = cleanSpeaker(said)
		return f.speaker != ""
	}
	if !nameRe().MatchString(strings.Fields(speakerMarks.Replace(who))[0]) {
		return false
	}
	if sp := cleanSpeaker(who); sp != "" {
		f.speaker, f.speech = sp, said
		return true
	}
	return false
}

// speakerBox reports whether a line is a bracketed speaker label: a
// name and post split by a slash, or a speaker word such as 인터뷰 or
// 녹취 opening the bracket ("<인터뷰> 홍길동 / 주민").
func speakerBox(s string) bool {
	if boxedSpeakerRe().MatchString(s) {
		return true
	}
	inner := strings.TrimLeft(s, "[<【( ")
	// "[인터뷰] 신인 작곡가 …" is a headline's label: a speaker line names
	// someone with a slash or is bracketed whole.
	whole := strings.ContainsRune(s, '/') || strings.HasSuffix(s, "]") || strings.HasSuffix(s, ">") || strings.HasSuffix(s, "】")
	return len(inner) < len(s) && whole && utf8.RuneCountInString(s) <= 40 && !endsSentence(s) && lex().phraseIn(phraseSpeaker, inner)
}

// bareSpeakerRe is a soundbite's speaker on a line of its own with no
// bracket, as a broadcaster's web script sets it: "홍길동/한빛시 문화국장".
var bareSpeakerRe = lazyRE(`^[가-힣]{2,4}\s?/\s?[가-힣A-Za-z0-9 ]{2,30}$`)

// bareSpeaker reports such a label: the words after the slash end on a
// post ("…국장", "…원"), not on a reporter's title ("한빛/ 홍길동기자").
func bareSpeaker(t string) bool {
	if !bareSpeakerRe().MatchString(t) || titleEndRe().MatchString(t) {
		return false
	}
	words := strings.Fields(t[strings.IndexByte(t, '/')+1:])
	return len(words) > 0 && lex().phraseIn(phraseMugTitle, words[len(words)-1])
}

// maxBriefingSpeaker bounds the label of a briefing's speaker.
const maxBriefingSpeaker = 40

// briefingSpeaker reads the label a briefing's transcript sets over what
// each speaker says, a name and post in angle brackets ("<도담 새봄당
// 정책위의장>"); "" when s is none: the first word must be a name and the
// last a post ("…장", "…관", "…원"), so "<한빛시 새 청사 착공>" is no label.
func briefingSpeaker(s string) string {
	open, w := utf8.DecodeRuneInString(s)
	end, _ := utf8.DecodeLastRuneInString(s)
	if !(open == '<' && end == '>' || open == '〈' && end == '〉' || open == '＜' && end == '＞') ||
		utf8.RuneCountInString(s) > maxBriefingSpeaker {
		return ""
	}
	inner := strings.TrimSpace(s[w : len(s)-utf8.RuneLen(end)])
	words := strings.Fields(inner)
	if len(words) < 2 || strings.ContainsAny(inner, "<>〈〉＜＞=") || !nameRe().MatchString(words[0]) ||
		!lex().phraseIn(phraseMugTitle, words[len(words)-1]) {
		return ""
	}
	return inner
}

// toolbarLine reports whether every word of s is a toolbar word ("크게
// 작게 프린트 메일"), a count glued to one ("댓글0"), a bare number beside
// one or a web address.
func toolbarLine(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 30 {
		return false
	}
	named, urls := false, 0
	for i, w := range words {
		core := strings.TrimRightFunc(w, unicode.IsDigit)
		switch {
		case strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://"):
			urls++ // the page's own address beside its copy button
		case core == "" || !strings.ContainsFunc(core, unicode.IsLetter):
			// a bare number ("댓글 0") or a colon ("URL : …") counts only
			// beside toolbar words
		case lex().toolbar[core] || gluedToolbar(core):
			named = true
		case i == 0 && len(words) > 1 && outletWord(core):
			// "한빛뉴스 본문 바로가기": the site's name before its links
		default:
			return false
		}
	}
	return named || urls == len(words)
}

// gluedToolbar reports whether w is two toolbar words written without the
// space between them: "본문바로가기", "메뉴바로가기".
func gluedToolbar(w string) bool {
	for i := range w {
		if i > 0 && lex().toolbar[w[:i]] && lex().toolbar[w[i:]] {
			return true
		}
	}
	return false
}

// menuLine reports whether s is a row of short links split by bars or
// arrows: "회사소개 | 광고문의 | 개인정보처리방침", "홈 > 정치 > 국회".
func menuLine(s string) bool {
	if wordMenu(s) || breadcrumbRe().MatchString(s) {
		return true
	}
	for _, sep := range []string{"|", ">", "›"} {
		parts := strings.Split(s, sep)
		if len(parts) < 3 {
			continue
		}
		short := true
		for _, p := range parts {
			if n := utf8.RuneCountInString(strings.TrimSpace(p)); n > 10 || endsSentence(p) {
				short = false
				break
			}
		}
		if short {
			return true
		}
	}
	return false
}

// quotedTitle reports whether s reads as a headline that quotes someone or
// trails off ("네이버 \"구독자 2천만명…\""), not a tip or subscribe prompt,
// which asks the reader ("…하세요", "구독하기") or gives an address.
func quotedTitle(s string) bool {
	if !strings.ContainsAny(s, "\"“”…") || isPromo(s) {
		return false
	}
	for _, w := range []string{"세요", "하기", "@", "http", "☎"} {
		if strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// minMenuWords is the fewest words a bare row of section links holds.
const minMenuWords = 8

// wordMenu reports whether s is a row of section links with no separator:
// "머니 산업 IT·과학 정치&정책 사회 오피니언 라이프 플러스" — many short
// words, none closing on a particle or an ending, no mark a headline uses.
func wordMenu(s string) bool {
	words := strings.Fields(s)
	if len(words) < minMenuWords || strings.ContainsAny(s, ".,…'\"“”‘’?!()[]0123456789") {
		return false
	}
	for _, w := range words {
		last, _ := utf8.DecodeLastRuneInString(w)
		if utf8.RuneCountInString(w) > 6 || strings.ContainsRune("은는이가을를에의로서다고도와과며면", last) {
			return false
		}
	}
	return true
}

// breadcrumbRe is a section path with no spaces: "IT/과학>IT/인터넷".
var breadcrumbRe = lazyRE(`^[^\s>›]{1,12}(?:[>›][^\s>›]{1,12})+$`)

// pageNumberRe is the print page a story ran on, shown by the page as a
// line of its own: "08면", "| 본지 1면".
var pageNumberRe = lazyRE(`^\|?\s*(?:본지\s*)?(?:A|B)?\d{1,2}\s*면$`)

// loneCreditRe is a photo credit left alone on its line by a page whose
// picture the text lost: "<사진=한빛방송>", "(사진제공=한빛시)", also in the
// bars of its table cell: "| (사진=한빛포털 갈무리) |", or a provider's name
// and "제공." closed by a full stop: "한빛TV 제공.".
var loneCreditRe = lazyRE(`^(?:(?:\|\s*)?[<(\[]\s*사진\s*(?:제공)?\s*=\s*[^<>()\[\]]{1,30}[>)\]](?:\s*\|)?|(?:사진\s*)?[^\s.]{1,20}(?:\s[^\s.]{1,20})?\s?제공\.)$`)

// siteMotto reports whether s is the site's own name and motto, as a page
// shows them in its header or footer ("한빛일보 - 아침을 여는 신문, HANBIT"):
// a one-word outlet name first, then a dash or bar and a phrase that is no
// sentence. A title with the outlet after it ("제목 - 한빛일보") is not one.
func siteMotto(s string) bool {
	for _, sep := range []string{" - ", " | ", " – "} {
		name, rest, ok := strings.Cut(s, sep)
		if !ok {
			continue
		}
		name, rest = strings.TrimSpace(name), strings.TrimSpace(rest)
		_, known := knownOutlet(name)
		outlet := known || strings.HasSuffix(name, "일보") || strings.HasSuffix(name, "신문") || strings.HasSuffix(name, "뉴스")
		return outlet && !strings.Contains(name, " ") && rest != "" && utf8.RuneCountInString(rest) <= 40 && !endsSentence(rest)
	}
	return false
}

// outletOnly reports whether s is nothing but an outlet's name ("VOA 뉴스",
// "뉴시스"), as a sign-off or a portal's source line.
func outletOnly(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 3 || utf8.RuneCountInString(s) > 16 {
		return false
	}
	for i, w := range words {
		// "글로벌 한빛신문": a short word the site sets before its name
		lead := i == 0 && len(words) > 1 && utf8.RuneCountInString(w) <= 4 && siteName(words[len(words)-1])
		if !looksLikeOutlet(w) && w != "뉴스" && !strings.EqualFold(w, "news") && !lead {
			return false
		}
	}
	if len(words) > 1 && siteName(words[len(words)-1]) && !strings.ContainsAny(s, "·,…'\"") {
		return true
	}
	_, known := knownOutlet(s)
	return known || strings.HasSuffix(s, "뉴스") || strings.HasSuffix(strings.ToLower(s), "news")
}

// siteName reports whether w names a paper or a news site by its ending
// ("한빛신문", "한빛일보", "한빛뉴스", "한빛방송").
func siteName(w string) bool {
	for _, suf := range []string{"신문", "일보", "뉴스", "경제", "방송"} {
		if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w) > utf8.RuneCountInString(suf) {
			return true
		}
	}
	return false
}

// captionCredit reports whether t is a caption closed by a bare "ⓒ 출처"
// credit ("한빛시청 전경. 7일 촬영. ⓒ한빛뉴스"): a described scene, then the
// mark and a name of a word or two, and no words of a reuse notice. Such a
// line credits a photo; it is not the page's rights notice.
func captionCredit(t string) bool {
	i := strings.IndexAny(t, "ⓒ©")
	if i < 0 || reuseNoticeRe().MatchString(t) {
		return false
	}
	before := strings.TrimSpace(t[:i])
	_, w := utf8.DecodeRuneInString(t[i:])
	after := strings.TrimSpace(t[i+w:])
	return utf8.RuneCountInString(before) >= 15 && strings.HasSuffix(before, ".") &&
		after != "" && utf8.RuneCountInString(after) <= 15 && len(strings.Fields(after)) <= 2
}

// tailedByline reads a byline a page glued a link after ("홍길동 기자의
// 다른 기사 보기"), also when the reporter's address closes the line
// ("기자명 홍길동 다른기사 보기 hong@example.kr").
func tailedByline(t string) (credit, bool) {
	mails := emailRe().FindAllString(t, -1)
	core := strings.TrimSpace(emailRe().ReplaceAllString(t, " "))
	head, cut := cutBylineTail(core)
	if !cut {
		return credit{}, false
	}
	head = strings.TrimRight(head, " ▶▷►☞") // "[한빛펜=온라인뉴스팀] ▶다른기사보기": the link's arrow
	return parseByline(strings.TrimSpace(head + " " + strings.Join(mails, " ")))
}

// latinBylineRe is a translated story's byline: the writer's name in Latin
// letters, a bar, the publication it first ran in ("JR Raphael |
// Computerworld").
var latinBylineRe = lazyRE(`^([A-Z][A-Za-z.\-]*(?: [A-Z][A-Za-z.\-]*){1,3}) \| ([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3})$`)

// loneHolder reports whether s is a copyright mark with a holder that is no
// news outlet and nothing else ("ⓒMicrosoft", "ⓒ 게티이미지"): the credit of
// a picture the page lost, not the story's rights notice.
func loneHolder(s string) bool {
	rest, ok := strings.CutPrefix(s, "ⓒ")
	if !ok {
		rest, ok = strings.CutPrefix(s, "©")
	}
	words := strings.Fields(rest)
	if !ok || len(words) == 0 || len(words) > 2 || reuseNoticeRe().MatchString(s) {
		return false
	}
	for _, w := range words {
		if _, known := knownOutlet(w); known || outletWord(w) {
			return false
		}
	}
	return true
}

// archiveCreditRe is a short caption closed by its credit in brackets
// naming a photo: "해수욕장 인파 [한빛통신 자료 사진]", "시청 전경 [한빛시
// 제공]".
var archiveCreditRe = lazyRE(`^[^\[\]]{2,80}\s\[[^\[\]]{0,20}(?:사진|제공)\]$`)

// markedCredit reads a photographer's credit a page sets beside a picture
// with the copyright mark: "ⓒ 홍길동 기자 gd@example.kr |".
func markedCredit(t string) (credit, bool) {
	rest, ok := strings.CutPrefix(t, "ⓒ")
	if !ok || !strings.Contains(rest, "@") {
		return credit{}, false
	}
	c, ok := parseByline(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "|")))
	return c, ok && len(c.names) > 0
}

// credits finds the page date, byline, sign-off, rights notice, caption
// and dateline a line may be.
func credits(f *feature) {
	t := f.text
	framed := triangleCaption(t) || cellCaption(t)
	credited := captionCredit(t)
	f.caption = framed || credited || looksLikeCaption(t) || creditedCaption(t) || photographerCaption(t) || slashCredited(t) ||
		slashSourceRe().MatchString(t) || archiveCreditRe().MatchString(t)
	f.date = findPageDate(t, f.runes, f.caption)
	// "▲ … ⓒ 홍길동" and "… 2025.3.5/한빛뉴스 © 한빛뉴스 홍길동 기자" credit a photo.
	f.rights = isRights(t) && !framed && !credited && !(f.caption && !reuseNoticeRe().MatchString(t)) && !loneHolder(t)
	if m := latinBylineRe().FindStringSubmatch(t); m != nil {
		f.byline = &credit{names: []string{m[1]}, agency: m[2]} // "JR Raphael | Computerworld"
	} else if f.date.stamp {
		f.byline = stampByline(t) // "홍길동 기자 입력 2025.04.13 10:05"
	} else if c, ok := tailedByline(t); ok {
		f.byline = &c // "홍길동 기자의 전체기사 보기", read before the words of the link pass for names
	} else if c, ok := parseByline(t); ok && f.speech == "" {
		f.byline = &c
	} else if f.rights {
		if c, ok := rightsByline(t); ok {
			f.byline, f.rights = &c, false
		} else if c, ok := markedCredit(t); ok {
			f.byline, f.rights = &c, false // "ⓒ 홍길동 기자 gd@example.kr |": a photographer, no rights holder
		}
	}
	if c, ok := parseSignoff(t); ok {
		f.signoff = &c
	}
	if d, _, _ := parseDateline(t); d != nil {
		f.dateline = true
	}
	_, f.bracketBy = bracketByline(t)
}
