package article

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// outlet is a Korean news organisation with the spellings and web domains
// that name it in bylines, copyright lines and e-mail addresses.
type outlet struct {
	name    string
	aliases []string // lower-case; domains match e-mail hosts and rights lines
}

// outlets lists the outlets whose rights lines and bylines do not spell
// the outlet's usual name (NEWSIS.COM, 한경닷컴, @yna.co.kr). Outlets not
// listed are still found through datelines and "[매체 기자]" bylines.
var outlets = []outlet{
	{"연합뉴스TV", []string{"연합뉴스tv", "yonhapnewstv.co.kr"}},
	{"연합뉴스", []string{"연합뉴스", "yna.co.kr", "yonhapnews.co.kr", "yonhap"}},
	{"뉴시스", []string{"뉴시스", "newsis.com", "newsis"}},
	{"뉴스1", []string{"뉴스1", "news1.kr", "news1korea", "news1"}},
	{"이데일리", []string{"이데일리", "edaily.co.kr"}},
	{"머니투데이", []string{"머니투데이", "mt.co.kr"}},
	{"한국경제", []string{"한국경제", "한경닷컴", "hankyung.com"}},
	{"매일경제", []string{"매일경제", "매경닷컴", "mk.co.kr"}},
	{"서울경제", []string{"서울경제", "sedaily.com"}},
	{"아시아경제", []string{"아시아경제", "asiae.co.kr"}},
	{"헤럴드경제", []string{"헤럴드경제", "헤럴드", "heraldcorp.com"}},
	{"파이낸셜뉴스", []string{"파이낸셜뉴스", "fnnews.com"}},
	{"조선비즈", []string{"조선비즈", "chosunbiz.com"}},
	{"조선일보", []string{"조선일보", "chosun.com"}},
	{"중앙일보", []string{"중앙일보", "joongang.co.kr"}},
	{"동아일보", []string{"동아일보", "donga.com"}},
	{"한겨레", []string{"한겨레", "hani.co.kr"}},
	{"경향신문", []string{"경향신문", "khan.co.kr"}},
	{"한국일보", []string{"한국일보", "hankookilbo.com"}},
	{"국민일보", []string{"국민일보", "kmib.co.kr"}},
	{"세계일보", []string{"세계일보", "segye.com"}},
	{"서울신문", []string{"서울신문", "seoul.co.kr"}},
	{"문화일보", []string{"문화일보", "munhwa.com"}},
	{"전자신문", []string{"전자신문", "etnews.com"}},
	{"디지털타임스", []string{"디지털타임스", "dt.co.kr"}},
	{"아주경제", []string{"아주경제", "ajunews.com"}},
	{"뉴스핌", []string{"뉴스핌", "newspim.com"}},
	{"노컷뉴스", []string{"노컷뉴스", "nocutnews.co.kr"}},
	{"데일리안", []string{"데일리안", "dailian.co.kr"}},
	{"YTN", []string{"ytn.co.kr", "ytn"}},
	{"JTBC", []string{"jtbc.co.kr", "jtbc"}},
	{"KBS", []string{"kbs.co.kr", "kbs"}},
	{"MBC", []string{"imbc.com", "mbc"}},
	{"SBS", []string{"sbs.co.kr", "sbs"}},
	{"TV조선", []string{"tv조선", "tvchosun.com"}},
	{"채널A", []string{"채널a", "ichannela.com"}},
	{"OBS", []string{"obsnews.co.kr", "obs경인tv"}},
}

// outletIn finds the outlet a line names, preferring the earliest mention.
// ASCII aliases must stand as whole words so "mbc" does not match inside
// an unrelated token.
func outletIn(s string) string {
	low := strings.ToLower(s)
	best, bestAt := "", len(low)+1
	for _, o := range outlets {
		for _, a := range o.aliases {
			at := indexWord(low, a)
			if at >= 0 && at < bestAt {
				best, bestAt = o.name, at
			}
		}
	}
	return best
}

func indexWord(s, w string) int {
	from := 0
	for {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		if w[0] >= 0x80 || (isWordEdge(s, i-1) && isWordEdge(s, i+len(w))) {
			return i
		}
		from = i + 1
	}
}

func isWordEdge(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	c := s[i]
	return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')
}

// canonicalOutlet maps a spelling found in a byline ("한경닷컴") to the
// outlet's name; unknown names pass through.
func canonicalOutlet(s string) string {
	if name, ok := knownOutlet(s); ok {
		return name
	}
	return s
}

func knownOutlet(s string) (string, bool) {
	low := strings.ToLower(s)
	for _, o := range outlets {
		for _, a := range o.aliases {
			if low == a {
				return o.name, true
			}
		}
	}
	return "", false
}

// looksLikeOutlet tells an outlet name from a person's name in a byline
// such as "[이데일리 정다은 기자]", where both are short Hangul words.
func looksLikeOutlet(tok string) bool {
	if _, ok := knownOutlet(tok); ok || magazineWord(tok) || outletWord(tok) {
		return true
	}
	for _, suf := range outletSuffixes {
		if strings.HasSuffix(tok, suf) {
			return true
		}
	}
	for _, r := range tok {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return true // "KBS", "tvN": not a dash or bar standing between words
		}
	}
	return false
}

var (
	emailRe = lazyRE(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`)
	// datelineRe matches "[서울=뉴시스]", "(세종=연합뉴스)", "【도쿄=뉴스1】".
	datelineRe = lazyRE(`^[\[(【]\s*([^\[\]()【】=]{1,24}?)\s*=\s*([^\[\]()【】=]{1,24}?)\s*[\])】]\s*`)
	// releaseDatelineRe matches a press-release dateline, "서울--(뉴스와이어)--".
	releaseDatelineRe = lazyRE(`^([가-힣A-Za-z]{1,12})\s*--\s*\(([^()]{1,24})\)\s*--\s*`)
	// reporterRe matches the reporters after a dateline: "홍길동 기자 =",
	// "홍길동·김철수 기자 =", "김철수 특파원 =".
	reporterRe = lazyRE(`^((?:[가-힣]{2,4}\s*[,·ㆍ]?\s*){1,4}?)\s*` + titleAlt + `\s*=\s*`)
	nameRe     = lazyRE(`^[가-힣]{2,4}$`)
	// hanjaNameRe is a name printed in hanja, "崔慧梨".
	hanjaNameRe = lazyRE(`^\p{Han}{2,4}$`)
	// titleRe is a title word; "기자기자" is a title fused with the
	// "기자 페이지" link text after it.
	titleRe    = lazyRE(`^(?:` + signerTitleAlt + `)+$`)
	titleEndRe = lazyRE(signerTitleAlt + `$`)
	titleAnyRe = lazyRE(signerTitleAlt)
)

const titleAlt = `(?:기자|특파원|PD|선임기자|전문기자|객원기자|인턴기자|수습기자|사진기자|대기자|통신원|논설위원|편집위원|기상캐스터)`

// signerTitleAlt adds the titles of the editors who sign a column
// ("홍길동 편집국장"); never glued to a name ("이동편집국장" is a desk's head).
const signerTitleAlt = `(?:` + titleAlt + `|편집국장|논설실장|논설주간|주필)`

// outletPlaceRe is a dateline naming the outlet before the place,
// "[한빛닷컴, 한빛경기장]", which counts only with the reporter after it.
var outletPlaceRe = lazyRE(`^[\[(]\s*([^\[\](),=]{1,20}?)\s*,\s*([^\[\](),=]{1,24}?)\s*[\])]\s*`)

// outletPlaceDateline parses "[한빛닷컴, 한빛경기장] 홍길동 기자 = …", and
// "(한빛스포츠, 수원 홍길동 기자) …" with the place and the reporter inside.
func outletPlaceDateline(s string) (*Dateline, []string, string) {
	m := outletPlaceRe().FindStringSubmatchIndex(s)
	if m == nil {
		return nil, nil, s
	}
	rest := s[m[1]:]
	if f := strings.Fields(s[m[4]:m[5]]); len(f) >= 3 && titleEndRe().MatchString(f[len(f)-1]) && nameRe().MatchString(f[len(f)-2]) {
		place := strings.Join(f[:len(f)-2], " ")
		return &Dateline{Place: place, Agency: canonicalOutlet(s[m[2]:m[3]])}, splitNames(f[len(f)-2]), rest
	}
	r := reporterRe().FindStringSubmatchIndex(rest)
	if r == nil {
		return nil, nil, s
	}
	d := &Dateline{Place: s[m[4]:m[5]], Agency: canonicalOutlet(s[m[2]:m[3]])}
	return d, splitNames(rest[r[2]:r[3]]), rest[r[1]:]
}

// dateline parses a leading "[서울=뉴시스]" and the reporters that may
// follow it, returning the rest of s.
func parseDateline(s string) (d *Dateline, names []string, rest string) {
	if !strings.HasPrefix(s, "[") && !strings.HasPrefix(s, "(") && !strings.HasPrefix(s, "【") && !strings.Contains(s, "--") {
		return nil, nil, s // most lines: spare them the expressions
	}
	m := datelineRe().FindStringSubmatchIndex(s)
	if m == nil {
		if m = releaseDatelineRe().FindStringSubmatchIndex(s); m != nil {
			// A press release: "서울--(뉴스와이어)--".
			return &Dateline{Place: s[m[2]:m[3]], Agency: canonicalOutlet(s[m[4]:m[5]])}, nil, s[m[1]:]
		}
		return outletPlaceDateline(s)
	}
	place, agency := s[m[2]:m[3]], s[m[4]:m[5]]
	// "[사진=뉴시스]" is a credit and "[머니투데이 세종=유재희 기자]" a
	// byline, not datelines.
	// "[한빛펜=온라인뉴스팀]" names the outlet and its desk, no place.
	if strings.HasPrefix(place, "사진") || strings.Contains(place, "제공") || strings.Contains(place, " ") ||
		titleEndRe().MatchString(agency) || outletWord(place) || deskRe().MatchString(strings.TrimSpace(agency)) {
		return nil, nil, s
	}
	d = &Dateline{Place: place, Agency: canonicalOutlet(agency)}
	rest = s[m[1]:]
	if r := reporterRe().FindStringSubmatchIndex(rest); r != nil {
		names = splitNames(rest[r[2]:r[3]])
		rest = rest[r[1]:]
	}
	return d, names, rest
}

// nameSeps are the marks a list of reporters' names is parted with:
// commas and the middle dots pages set ("홍길동·김철수", "홍길동‧김철수").
const nameSeps = ",·ㆍ‧・･"

// splitNames reads the names of a list of reporters ("홍길동·김철수",
// "홍길동 김철수 수습"), leaving out rank words.
func splitNames(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || strings.ContainsRune(nameSeps, r) }) {
		if nameRe().MatchString(f) && !lex().phraseIn(phraseRank, f) {
			out = append(out, f)
		}
	}
	return out
}

// magazineWord reports a periodical's name by its frequency word before
// it: "월간한빛", "주간새봄".
func magazineWord(tok string) bool {
	return (strings.HasPrefix(tok, "월간") || strings.HasPrefix(tok, "주간")) && utf8.RuneCountInString(tok) >= 4
}

// outletSuffixes end the names of news outlets.
var outletSuffixes = []string{"뉴스", "일보", "신문", "경제", "방송", "닷컴", "타임스", "타임즈", "투데이", "데일리", "미디어", "저널", "포스트", "TV", "통신", "파이낸스", "파이낸셜", "헤럴드", "업저버", "옵서버", "리뷰", "위클리", "매거진", "프레스", "워치"}

// outletWord reports a known outlet or a word with an outlet's ending
// (…일보, …경제, …뉴스); unlike looksLikeOutlet, Latin letters alone do
// not make one, so "[LA=홍길동 특파원]" keeps its place.
func outletWord(tok string) bool {
	if _, ok := knownOutlet(tok); ok {
		return true
	}
	if magazineWord(tok) {
		return true
	}
	// "한빛뉴스24": a site's number after its name
	tok = strings.TrimRightFunc(tok, unicode.IsDigit)
	if strings.HasPrefix(tok, "뉴스") && utf8.RuneCountInString(tok) >= minNewsLed {
		return true // "뉴스한빛": a site named by "뉴스" and a word after it
	}
	for _, suf := range outletSuffixes {
		if strings.HasSuffix(tok, suf) && tok != suf {
			return true
		}
	}
	return false
}

// minNewsLed is the fewest letters of a site's name led by "뉴스" ("뉴스한빛"),
// longer than the words "뉴스" starts ("뉴스룸" is a programme).
const minNewsLed = 4

// creditedRole reports the role of a credit written "글·사진=", "정리=".
func creditedRole(role string) bool {
	return strings.Contains(role, "글") || strings.Contains(role, "사진") || role == "정리" || role == "취재" || role == "영상"
}

// placeBefore reads the place of a byline bracket from the words before
// its "=" (t is the token that ends with it, s the whole line): in
// "[웸블리(영국 런던)=홍길동 기자]" they name the place, not reporters, and
// the bracket after the place gives its country and city.
func (c *credit) placeBefore(t, s string) {
	if len(c.names) > 0 && c.agency == "" && outletWord(c.names[0]) {
		// "[헤럴드 대구경북=홍길동 기자]": the outlet, then its regional desk
		c.agency, c.names = canonicalOutlet(c.names[0]), c.names[1:]
	}
	place := strings.TrimSpace(strings.Join(append(c.names, strings.TrimSuffix(t, "=")), " "))
	if p, _, ok := strings.Cut(bracketPlace(s), "("); ok && strings.TrimSpace(p) != "" {
		place = strings.TrimSpace(p)
	}
	c.dateline, c.names = &Dateline{Place: place}, nil
}

// beforeEquals reads the words of a byline token t ending in "=" (s is the
// whole line): "글·사진=홍길동 기자" credits a role, "[한빛경제=홍길동 기자]"
// names the outlet, "세종=유재희" a place inside the byline bracket, and a
// place after a first reporter who signed (signed names, sawTitle) is the
// second reporter's.
func (c *credit) beforeEquals(t, s string, sawTitle bool, signed int) {
	before := strings.TrimSuffix(t, "=")
	switch {
	case creditedRole(before) || c.dateline != nil || before == "" && len(c.names) == 0:
		// a credited role, a second "=", or "[한빛일보 = 홍길동 기자]"
	case c.agency == "" && outletWord(before):
		c.agency = canonicalOutlet(before) // the outlet, not a place
	case sawTitle && signed > 0:
		c.placeAfterReporter(s, signed) // "한빛일보 홍길동 기자, 새봄=나은별 기자"
	default:
		c.placeBefore(t, s)
	}
}

// placeAfterReporter reads the place a second reporter files from when a
// first one signed before it ("한빛일보 홍길동 기자, 새봄(한빛국)=나은별
// 기자"): the words between the first title and the "=" name the place,
// not reporters; signed is how many names the first title closed.
func (c *credit) placeAfterReporter(s string, signed int) {
	before, _, _ := strings.Cut(s, "=")
	if m := titleAnyRe().FindAllStringIndex(before, -1); m != nil {
		before = before[m[len(m)-1][1]:]
	}
	place, _, _ := strings.Cut(strings.Trim(before, " ,·[("), "(")
	c.names = c.names[:signed]
	if place = strings.TrimSpace(place); place != "" {
		c.dateline = &Dateline{Place: place}
	}
}

// placeEnd is the index of the first token ending in "=" that is not a
// credited role ("글·사진="), len(toks) when none.
func placeEnd(toks []string) int {
	for i, t := range toks {
		if role, ok := strings.CutSuffix(t, "="); ok && !creditedRole(role) {
			return i
		}
	}
	return len(toks)
}

// bracketPlace is the text before the first "=" of a byline bracket,
// without the opening bracket: "웸블리(영국 런던)" in "[웸블리(영국
// 런던)=홍길동 기자]"; "" without "=".
func bracketPlace(s string) string {
	before, _, ok := strings.Cut(s, "=")
	if !ok {
		return ""
	}
	return strings.TrimLeft(strings.TrimSpace(before), "[【(")
}

// credit is what a byline line or a "[매체 기자]" bracket says.
type credit struct {
	names, emails []string
	agency        string
	dateline      *Dateline
}

// parseByline recognises a line that is only a byline: "홍길동 기자
// gildong@example.co.kr", "[이데일리 홍길동 기자]", "◎공감언론 뉴시스
// e-mail", a lone e-mail address, "(서울=연합뉴스) 홍길동 기자 =".
func parseByline(s string) (credit, bool) {
	var c credit
	// "[한빛신문 홍길동]": an outlet and a name alone in brackets.
	boxed := strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") && strings.Count(s, "[") == 1
	if unlikelyByline(s, boxed) || boxed && strings.HasSuffix(strings.TrimSpace(strings.TrimSuffix(s, "]")), "제공") {
		// "[한빛뉴스TV 제공]" credits a picture, it signs no story
		return c, false
	}
	if d, ok := deskSigned(s); ok {
		return d, true
	}
	c.emails = emailRe().FindAllString(s, -1)
	rest := emailRe().ReplaceAllString(s, " ")
	rest = trimBylineEnds(rest)
	if d, names, r := parseDateline(rest); d != nil {
		if names == nil {
			// Old Yonhap copy ends "(서울=연합뉴스) 홍길동기자" without "=".
			names, r = trailingReporters(r)
		}
		if names == nil || strings.TrimSpace(r) != "" {
			return c, false
		}
		c.dateline, c.names, c.agency = d, names, d.Agency
		return c, true
	}
	rest = bylinePunct.Replace(c.slashPlace(rest))
	toks := strings.Fields(rest)
	if len(toks) == 0 {
		return c, len(c.emails) > 0
	}
	// Newsis signs off with its slogan: "◎공감언론 뉴시스".
	slogan := toks[0] == "공감언론"
	if slogan {
		toks = toks[1:]
	}
	sawTitle, signed := false, 0
	eq := placeEnd(toks)
	for i, t := range toks {
		switch {
		case titleRe().MatchString(t):
			sawTitle, signed = true, len(c.names)
		case lex().toolbar[t] || lex().bylineLabel[t]:
			// a button beside the byline ("구독") or a label ("기자명", "문의")
		case len(c.emails) > 0 && deskRe().MatchString(t):
			// "디지털뉴스팀 news@…": a desk signs with the address
		case deskRe().MatchString(t) && i+1 < len(toks) && nameRe().MatchString(toks[i+1]) && !lex().phraseIn(phraseRank, toks[i+1]):
			// "한빛일보 사회부 홍길동 기자": the reporter's desk before the name
		case i == 0 && utf8.RuneCountInString(t) <= 5 && creditedRole(t) && !nameRe().MatchString(t):
			// "사진·글 홍길동 기자": the role credited, written without "="
		case strings.HasSuffix(t, "="):
			c.beforeEquals(t, s, sawTitle, signed)
		case looksLikeOutlet(t) && c.agency == "":
			c.agency = canonicalOutlet(t)
		case lex().phraseIn(phraseRank, t):
			// "홍길동 수습 기자": the reporter's rank, not a second name
		case gluedTitle(t) != "":
			// "홍길동기자": the name and the title run together.
			c.names, sawTitle = append(c.names, gluedTitle(t)), true
			signed = len(c.names)
		case nameRe().MatchString(t) || strings.ContainsAny(t, nameSeps) && len(splitNames(t)) > 0:
			c.names = append(c.names, splitNames(t)...)
		case len(c.emails) > 0 && hanjaNameRe().MatchString(t):
			c.names = append(c.names, t) // "崔慧梨 soboru@…": an archive prints the reporter's name in hanja
		case i < eq && c.dateline == nil && strings.Contains(bracketPlace(s), "("):
			// "[도르트문트(독일 서부)=…": a long place word before the "="
		default:
			return credit{}, false
		}
	}
	if !c.signs(sawTitle, len(c.names) > signed, boxed, slogan) {
		return credit{}, false
	}
	if c.dateline != nil {
		c.dateline.Agency = c.agency
	}
	return c, true
}

// deskBylineRe is an outlet and its desk alone in brackets, signing a
// story: "[한빛펜=온라인뉴스팀]", "[한빛펜 = 사회부]".
var deskBylineRe = lazyRE(`^\[\s*([가-힣A-Za-z0-9]{2,12})\s*=\s*([가-힣A-Za-z]{1,10}(?:팀|부|취재본부|데스크))\s*\]$`)

// trimBylineEnds cuts what a byline line holds beside the reporter: the
// page's timestamp after a bar ("홍길동 기자 | 2021.11.03 21:12") and the
// place filed from before a slash ("한빛/ 홍길동기자").
func trimBylineEnds(s string) string {
	s = strings.TrimLeft(s, bylineMarks) // "▣ 홍길동 기자 hong@…": a magazine's mark before the byline
	if m := barStampRe().FindStringIndex(s); m != nil {
		s = s[:m[0]]
	}
	if m := placeSlashRe().FindStringSubmatch(s); m != nil && !creditedRole(m[1]) && !outletWord(m[1]) {
		s = m[2]
	}
	return s
}

// bylineMarks are the box and diamond marks a magazine sets before its
// byline line ("▣ 홍길동 기자").
const bylineMarks = "▣■□◆◇ "

// placeSlashRe is the place a reporter files from set before a slash:
// "한빛/ 홍길동기자", "새봄/홍길동 기자".
var placeSlashRe = lazyRE(`^\s*([가-힣]{1,6})\s?/\s?([가-힣]{2,4}\s?` + titleAlt + `(?:\s.*)?)$`)

// deskSigned reads a line a desk signs: "[한빛펜=온라인뉴스팀]" names the
// outlet whose desk signs, "디지털뉴스팀 desk@" a desk whose address the
// page cut off.
func deskSigned(s string) (credit, bool) {
	if deskStubRe().MatchString(s) {
		return credit{}, true
	}
	if m := deskBylineRe().FindStringSubmatch(s); m != nil {
		return credit{agency: canonicalOutlet(m[1])}, true
	}
	return credit{}, false
}

// deskStubRe is a desk signing with an address the page cut off after
// the "@": "디지털뉴스팀 desk@".
var deskStubRe = lazyRE(`^[가-힣A-Za-z]{1,10}(?:팀|부|취재본부|데스크)\s+[A-Za-z0-9._%+\-]+@$`)

// signs reports whether the credit read from a line signs the story:
// names need a title, an e-mail or an outlet in brackets ("[한빛신문
// 홍길동]"), and no name may follow the last title when there is no e-mail
// ("허위사실 유포한 기자 법정구속" is a headline about a reporter).
func (c *credit) signs(sawTitle, nameAfterTitle, boxed, slogan bool) bool {
	switch {
	case len(c.names) > 0 && !sawTitle && len(c.emails) == 0 && !(boxed && c.agency != ""):
		return false // two Hangul words alone are not a byline
	case sawTitle && nameAfterTitle && len(c.emails) == 0 && !boxed:
		return false
	case len(c.names) == 0 && len(c.emails) == 0 && !(c.agency != "" && (sawTitle || slogan)):
		return false
	}
	return true
}

// barStampRe is a timestamp set after a bar at the end of a byline line.
var barStampRe = lazyRE(`\s*\|\s*\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$`)

// outletSlashPlaceRe is an outlet and, after a slash, the place a byline
// bracket was filed from, with the reporter after it: "[한빛경제신문/창원
// 홍길동 기자]" ("한빛뉴스 / 홍길동 기자" names no place).
var outletSlashPlaceRe = lazyRE(`^[\[(【]?\s*([가-힣A-Za-z0-9]{2,15})\s*/\s*([가-힣]{2,6})\s+[가-힣]{2,4}\s*` + titleAlt)

// deskRe is a newsroom desk that signs a story instead of a reporter
// ("온라인뉴스팀", "디지털콘텐츠팀", "사회부").
var deskRe = lazyRE(`^(?:[가-힣A-Za-z]{1,10}(?:팀|부|취재본부|데스크)|[가-힣A-Za-z]{0,8}(?:편집국|보도국|뉴스국))$`)

// unlikelyByline rejects the lines that cannot be a byline before the
// regular expressions run: most lines are body text, too long, naming no
// reporter, or holding a finished sentence.
func unlikelyByline(s string, boxed bool) bool {
	if len(s) > 360 || utf8.RuneCountInString(s) > 120 ||
		!boxed && !strings.Contains(s, "@") && !strings.Contains(s, "기자") && !strings.Contains(s, "특파원") &&
			!strings.Contains(s, "통신원") && !strings.Contains(s, "위원") && !strings.Contains(s, "캐스터") &&
			!strings.Contains(s, "공감언론") {
		return true
	}
	return !boxed && (sentenceInRe().MatchString(s) || creditedCaptionRe().MatchString(s)) // prose that names a reporter or ends in a sign-off
}

// creditedCaptionRe is a caption's sentence closed by its credit ("… 본사
// 정문. 사진=홍길동 기자"): the photographer credited, no byline.
var creditedCaptionRe = lazyRE(`[가-힣]\.\s*(?:사진|그래픽|영상|자료)\s*=`)

// slashPlace reads the place of "[한빛경제신문/창원 홍길동 기자]", the word
// after the outlet's slash, into c's dateline and returns s without it.
func (c *credit) slashPlace(s string) string {
	m := outletSlashPlaceRe().FindStringSubmatchIndex(s)
	if m == nil || !outletWord(s[m[2]:m[3]]) {
		return s
	}
	c.dateline = &Dateline{Place: s[m[4]:m[5]]}
	return s[:m[3]] + " " + s[m[5]:]
}

// gluedTitleRe is a name with the title glued to it, "홍길동기자".
var gluedTitleRe = lazyRE(`^([가-힣]{2,4}?)` + titleAlt + `$`)

// gluedTitle returns the name of a "홍길동기자" token, "" for another one.
func gluedTitle(t string) string {
	if m := gluedTitleRe().FindStringSubmatch(t); m != nil && !lex().phraseIn(phraseRank, m[1]) {
		return m[1]
	}
	return ""
}

// closingReporterRe is the reporters closing an old-style wire byline,
// "홍길동기자" or "홍길동·김철수 기자", with no "=" after the title.
var closingReporterRe = lazyRE(`^\s*((?:[가-힣]{2,4}\s*[,·ㆍ]?\s*){1,4}?)\s*` + titleAlt + `\s*$`)

// trailingReporters reads the reporters of an old-style wire byline.
func trailingReporters(s string) ([]string, string) {
	m := closingReporterRe().FindStringSubmatch(s)
	if m == nil {
		return nil, s
	}
	return splitNames(m[1]), ""
}

var bylinePunct = strings.NewReplacer("◎", " ", "▶", " ", "☞", " ", ",", " ", "/", " ", "[", " ", "]", " ", "(", " ", ")", " ", "<", " ", ">", " ",
	"=", "= ", "e-mail", " ", "E-mail", " ", "이메일", " ", ":", " ", "|", " ", "｜", " ", "ㅣ", " ")

// openBylineRe is an outlet, its reporters and their title opening a lead
// before "=" or a bar, with no bracket around them: "한빛경제 홍길동 기자=
// …", "한빛포인트 홍길동 기자 | …".
var openBylineRe = lazyRE(`^(([가-힣A-Za-z0-9]{2,12})\s+(?:[가-힣]{2,4}\s*[·,]?\s*){1,3}` + titleAlt + `)\s*[=|]`)

// bracketByline parses a byline bracket opening a paragraph:
// "[이데일리 정다은 기자] 자율주행 …" or "[머니투데이 세종=유재희 기자]".
func bracketByline(s string) (credit, bool) {
	if c, ok := roundOutletLead(s); ok {
		return c, true // "(한빛신문) 도담 시장은 …했다."
	}
	if !strings.HasPrefix(s, "[") {
		// "한빛경제 홍길동 기자= …": the same byline with no bracket, closed
		// by the "=" that opens the lead.
		m := openBylineRe().FindStringSubmatch(s)
		if m == nil || !outletWord(m[2]) {
			return openOutletLead(s)
		}
		return parseByline(m[1])
	}
	end := strings.IndexByte(s, ']')
	if end < 0 || end > 100 {
		return credit{}, false
	}
	inner := s[:end+1]
	if !strings.Contains(inner, "기자") && !strings.Contains(inner, "특파원") {
		return outletLead(s, end)
	}
	if m := barredOutletRe().FindStringSubmatch(inner); m != nil {
		// "[한빛ㅣ나은별 기자]": the bar parts the outlet from the reporter.
		c, ok := parseByline("[" + m[2])
		if ok && c.agency == "" && len(c.names) > 0 {
			c.agency = canonicalOutlet(m[1])
		}
		return c, ok && c.agency != ""
	}
	return parseByline(inner)
}

// openOutletRe is an outlet, or an outlet and its desk, opening a lead
// before a bar: "한빛일간신문 | 한빛군은 …", "한빛시사경제 사회팀 | …".
var openOutletRe = lazyRE(`^([가-힣A-Za-z0-9]{2,12})(?:\s+[가-힣A-Za-z]{1,10}(?:팀|부))?\s*\|\s*`)

// openOutletLead reads such a lead: the outlet signs it when the rest is a
// sentence long enough to be the story's lead.
func openOutletLead(s string) (credit, bool) {
	m := openOutletRe().FindStringSubmatchIndex(s)
	if m == nil || !outletWord(s[m[2]:m[3]]) {
		return credit{}, false
	}
	rest := s[m[1]:]
	if utf8.RuneCountInString(rest) < minOutletLead || !endsSentence(rest) {
		return credit{}, false
	}
	return credit{agency: canonicalOutlet(s[m[2]:m[3]])}, true
}

// barredOutletRe is a byline bracket whose outlet a bar parts from the
// reporter: "|", a full-width "｜" or the Hangul vowel "ㅣ" set in its place.
var barredOutletRe = lazyRE(`^\[\s*([가-힣A-Za-z0-9]{2,12})\s*[|｜ㅣ]\s*([^|｜ㅣ]+\])$`)

// minOutletLead is the shortest lead that an outlet's name in brackets
// opens ("[한빛뉴스통신] 한빛시는 …").
const minOutletLead = 40

// outletLead reads "[한빛뉴스통신] 한빛시는 …했다.": a lead paragraph opened
// by its outlet's name alone in brackets, or by the outlet and a desk
// ("[한빛뉴스=문화부]"; end is the closing bracket). A
// tag such as "[포토뉴스]" opens no lead and is no outlet.
func outletLead(s string, end int) (credit, bool) {
	name := strings.TrimSpace(s[1:end])
	desked := false
	if site, desk, ok := strings.Cut(name, "="); ok && deskRe().MatchString(strings.TrimSpace(desk)) {
		// "[한빛뉴스=문화부]": the outlet and the desk that signs; a desk
		// after the "=" shows the word before it is the outlet's name
		name, desked = strings.TrimSpace(site), true
	}
	rest := strings.TrimSpace(s[end+1:])
	if strings.ContainsAny(name, " =") || !outletWord(name) && !desked || lex().phraseIn(phraseCue, name) ||
		utf8.RuneCountInString(rest) < minOutletLead || !endsSentence(rest) {
		return credit{}, false
	}
	return credit{agency: canonicalOutlet(name)}, true
}

// isRights reports whether s is a copyright or reuse notice line.
func isRights(s string) bool {
	if len(s) > 480 || utf8.RuneCountInString(s) > 160 || strings.HasSuffix(s, "다.") && !politeNotice(s) {
		return false
	}
	if strings.Contains(s, "ⓒ") || strings.Contains(s, "©") || strings.Contains(s, "저작권자") ||
		strings.Contains(s, "무단") && strings.Contains(s, "전재") || strings.Contains(s, "재배포") && strings.Contains(s, "금지") {
		return true
	}
	low := strings.ToLower(s)
	return strings.Contains(low, "copyright") || strings.Contains(low, "(c)") || strings.Contains(low, "all rights reserved")
}

// politeNotice reports a rights notice written as a polite sentence, its
// holder marked: "저작권자 ⓒ한빛일보 | 무단 전재, 재배포를 금지합니다.". A
// body sentence ending so names no holder with a copyright sign.
func politeNotice(s string) bool {
	return (strings.Contains(s, "ⓒ") || strings.Contains(s, "©")) &&
		(strings.HasSuffix(s, "금지합니다.") || strings.HasSuffix(s, "금합니다."))
}

var (
	captionDateRe = lazyRE(`(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?`)
	// slashCreditRe is News1's "2025.4.1/뉴스1" credit.
	slashCreditRe = lazyRE(`\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*/\s*([^\s/]+)`)
	photoByRe     = lazyRE(`사진\s*=\s*([가-힣]{2,4})\s*` + titleAlt)
	sourceParenRe = lazyRE(`[(\[]\s*사진(?:\s*제공)?\s*=\s*([^()\[\]]+?)\s*[)\]]`)
	// tailParenRe is a credit in parentheses standing after the caption's
	// last sentence, "…있다. (대통령실통신사진기자단) 2025.04.01.", unlike
	// "회장(왼쪽)이", which is glued to a word.
	tailParenRe = lazyRE(`(?:^|[.!?…]\s*)\(([^()]{2,60})\)\s*(?:\d{4}\.|[A-Za-z0-9._%+\-]+@|\*|\[|$)`)
	// tailSourceRe is a credit closing the caption after its sentence or
	// after a slash, or standing alone: "…있다. 사진=한빛시", "한빛시장(자료사진)
	// / 사진=한빛뉴스", "사진: 한빛TV 제공".
	tailSourceRe  = lazyRE(`(?:(?:^|[.!?…]\s*)/?|\s/)\s*사진(?:\s*제공)?\s*[=:]\s*([^()\[\]=:]{2,40}?)\s*$`)
	bracketTailRe = lazyRE(`\[([^\[\]=]{2,60})\]`)
	// bracketEndRe is a credit bracket closing the caption: "[연합뉴스 자료사진]".
	bracketEndRe  = lazyRE(`\[([^\[\]=]{2,60})\]\s*$`)
	restrictRe    = lazyRE(restrictItem + `((?:\s*(?:및|,|·|/)\s*` + restrictItem + `)*)\s*금지`)
	restrictSplit = lazyRE(`\s*(?:및|,|·|/)\s*`)
)

const restrictItem = `(?:재판매|DB|전재|재배포|복제|배포|AI\s*학습(?:\s*이용)?)`

// looksLikeCaption reports whether a line standing alone is a photo
// caption: a dated line with a photo credit, e-mail or reuse restriction.
func looksLikeCaption(s string) bool {
	if len(s) > 1500 {
		return false
	}
	// Regional papers mark undated captions with a triangle:
	// "▲ 김민준 사장이 … (사진=한빛전자 제공)".
	if triangled(s) && (sourceParenRe().MatchString(s) || tailSourceRe().MatchString(s)) {
		return true
	}
	if !hasYearDot(s) {
		return false
	}
	loc := captionDateRe().FindAllStringIndex(s, -1)
	if loc == nil {
		return false
	}
	last := loc[len(loc)-1]
	tail := s[last[0]:]
	if slashCreditRe().MatchString(tail) || emailRe().MatchString(tail) || restrictRe().MatchString(tail) || sourceParenRe().MatchString(s) {
		return true
	}
	// A line ending in a bare date is a caption only if it also carries a
	// dateline or a credit; otherwise it may be a timestamp or a sentence.
	if strings.TrimSpace(s[last[1]:]) == "" {
		d, _, _ := parseDateline(s)
		return d != nil || tailParenRe().MatchString(s[:last[0]])
	}
	return false
}

// hasYearDot reports whether s holds four digits and a dot, the start of
// a caption date; it spares most lines the date expression.
func hasYearDot(s string) bool {
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && digits >= 4:
			return true
		default:
			digits = 0
		}
	}
	return false
}

var (
	// angleSourceRe is a supplier's credit in angle brackets closing a
	// caption: "<한빛시 제공>".
	angleSourceRe = lazyRE(`<\s*([가-힣A-Za-z0-9 ]{2,20}?)\s*제공\s*>\s*$`)
	// parenReporterRe is the photographer's credit in parentheses with the
	// place it was taken: "(경기 수원=홍길동 기자)".
	// markedReporterRe is a photographer named after an outlet's mark at
	// the caption's end: "… 2025.3.5/한빛뉴스 © 한빛뉴스 홍길동 기자".
	markedReporterRe = lazyRE(`[ⓒ©]\s*[가-힣A-Za-z0-9]{2,12}\s+([가-힣]{2,4})\s*` + titleAlt + `\s*$`)
	parenReporterRe  = lazyRE(`\(\s*[가-힣 ]{1,12}=\s*([가-힣]{2,4})\s*` + titleAlt + `\s*\)\s*$`)
)

// parsePhoto reads the credits out of a caption.
func parsePhoto(url, caption string) Photo {
	p := Photo{URL: url, Caption: caption, Restrictions: []string{}, Section: -1}
	rest := caption
	if d, names, r := parseDateline(caption); d != nil {
		p.Dateline = d
		if len(names) > 0 {
			p.Photographer = names[0]
		}
		rest = r
	} else if r := reporterRe().FindStringSubmatch(caption); r != nil {
		if n := splitNames(r[1]); len(n) > 0 {
			p.Photographer = n[0]
		}
	}
	if p.Photographer == "" {
		if m := photoByRe().FindStringSubmatch(rest); m != nil {
			p.Photographer = m[1]
		} else if m := parenReporterRe().FindStringSubmatch(rest); m != nil {
			p.Photographer = m[1] // "…있다. (경기 수원=홍길동 기자)"
		} else if m := markedReporterRe().FindStringSubmatch(rest); m != nil {
			p.Photographer = m[1] // "… 2025.3.5/한빛뉴스 © 한빛뉴스 홍길동 기자"
		}
	}
	if ems := emailRe().FindAllString(rest, -1); len(ems) > 0 {
		p.Email = ems[len(ems)-1]
		if p.Photographer == "" && slashReporterRe().MatchString(rest) {
			// "…있다. /홍길동 기자 gd@…": the credit reads once the address goes.
			p.Photographer, _ = bareCredit(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), p.Email)))
		}
	}
	dates := captionDateRe().FindAllStringSubmatchIndex(rest, -1)
	for i := len(dates) - 1; i >= 0 && p.Date == ""; i-- {
		m := dates[i]
		p.Date = isoDate(rest[m[2]:m[3]], rest[m[4]:m[5]], rest[m[6]:m[7]])
	}
	p.Source = photoSource(rest, dates)
	if by, src := bareCredit(rest); p.Photographer == "" && by != "" || p.Source == "" && src != "" {
		p.Photographer, p.Source = cmp.Or(p.Photographer, by), cmp.Or(p.Source, src)
	}
	for _, m := range restrictRe().FindAllString(rest, -1) {
		items := restrictSplit().Split(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(m), "금지")), -1)
		for _, it := range items {
			if it = strings.Join(strings.Fields(it), " "); it != "" {
				p.Restrictions = appendUnique(p.Restrictions, it+" 금지")
			}
		}
	}
	return p
}

// photoSource finds who supplied the photo: "(사진=X)", a trailing
// "(X)" credit, "[X 제공. 재판매 및 DB 금지]", "2025.4.1/뉴스1" or a bare
// "사진=X" at the end.
func photoSource(s string, dates [][]int) string {
	if m := sourceParenRe().FindStringSubmatch(s); m != nil && !photoByRe().MatchString(m[0]) {
		return m[1]
	}
	if m := tailParenRe().FindStringSubmatch(s); m != nil && !strings.Contains(m[1], "=") {
		return strings.TrimSpace(m[1])
	}
	if m := angleSourceRe().FindStringSubmatch(s); m != nil {
		return strings.TrimSpace(m[1]) // "…있다. <한빛시 제공>"
	}
	if len(dates) > 0 {
		after := s[dates[len(dates)-1][0]:]
		if m := slashCreditRe().FindStringSubmatch(after); m != nil {
			return canonicalOutlet(m[1])
		}
		if m := bracketTailRe().FindStringSubmatch(after); m != nil {
			var parts []string
			for _, part := range strings.Split(m[1], ".") {
				part = strings.TrimSpace(part)
				if part != "" && !restrictRe().MatchString(part) {
					parts = append(parts, part)
				}
			}
			if len(parts) > 0 {
				return strings.Join(parts, ". ")
			}
		}
	}
	if m := tailSourceRe().FindStringSubmatch(s); m != nil {
		return m[1]
	}
	if m := bracketEndRe().FindStringSubmatch(s); m != nil && len(dates) == 0 && !restrictRe().MatchString(m[1]) {
		return strings.TrimSpace(m[1])
	}
	return ""
}

// isoDate validates and formats a year, month and day as YYYY-MM-DD.
func isoDate(y, m, d string) string {
	yi, err1 := strconv.Atoi(y)
	mi, err2 := strconv.Atoi(m)
	di, err3 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || err3 != nil || yi < 1900 || yi > 2200 || mi < 1 || mi > 12 || di < 1 || di > daysIn(yi, mi) {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", yi, mi, di)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

var metaPublishedRe = lazyRE(`^(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})`)

// normalisePublished turns a metadata date ("2025-04-03T06:00:00+09:00",
// "2025.04.03 06:00", "2025년 4월 3일") into YYYY-MM-DD, or "" if unknown.
func normalisePublished(s string) string {
	s = strings.TrimSpace(s)
	if m := metaPublishedRe().FindStringSubmatch(s); m != nil {
		return isoDate(m[1], m[2], m[3])
	}
	for _, l := range publishedLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// publishedLayouts are the date forms RSS and Atom feeds use.
var publishedLayouts = []string{time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", time.RFC822Z, time.RFC822}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// bareCreditRe is a credit standing alone after a caption's last
// sentence: "… 있다. 연합뉴스", "전경./한빛시 제공", "… 촉구했다. ⓒ 홍길동",
// "… 들어오고 있다. 홍길동 기자".
var bareCreditRe = lazyRE(`(?:^|[.!?…]\s*)/?\s*(?:[ⓒ©]\s*)?([가-힣A-Za-z0-9]{2,12}(?:\s[가-힣A-Za-z0-9]{1,12})?)\s*(제공|` + titleAlt + `)?\s*$`)

// bareCredit reads a credit closing a caption after its last sentence:
// the photographer when it names a person with a title or after ⓒ, else
// the supplier (an outlet's name, or anyone with "제공"). A supplier keeps
// its "제공" as "(사진=X 제공)" does: "전경./한빛시 제공" gives "한빛시 제공".
func bareCredit(caption string) (photographer, source string) {
	m := bareCreditRe().FindStringSubmatch(caption)
	if m == nil || !strings.ContainsAny(caption, ".!?…") && !strings.HasPrefix(strings.TrimSpace(caption), "ⓒ") {
		return "", ""
	}
	who, kind := m[1], m[2]
	for _, k := range []string{"제공", "기자"} {
		if w, ok := strings.CutSuffix(who, " "+k); ok && kind == "" {
			who, kind = w, k
		}
	}
	person := nameRe().MatchString(who)
	switch {
	case kind == "제공":
		return "", who + " 제공"
	case kind != "":
		if person {
			return who, ""
		}
	case strings.ContainsAny(m[0], "ⓒ©") && person && !hangulOutlet(who):
		return who, ""
	case hangulOutlet(who) || isKnownOutlet(who):
		return "", canonicalOutlet(who)
	case person && signedScene(caption, m[0], who):
		return who, "" // "▲ … 열렸다. 홍길동": the photographer signs the scene
	}
	return "", ""
}

// signedScene reports whether a caption's bare credit is its
// photographer's name: a plain name, not a place or a body ("한빛시",
// "한빛군청"), after a sentence that shows the scene ("…열렸다.").
func signedScene(caption, credit, who string) bool {
	at := strings.LastIndex(caption, credit)
	if at < 0 || !strings.HasPrefix(credit, ".") || !strings.HasSuffix(caption[:at], "다") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(who)
	return utf8.RuneCountInString(who) <= 3 && !strings.ContainsRune("시군구도읍면동리청원부처국실당회사", last)
}

// isKnownOutlet reports whether w names a listed outlet.
func isKnownOutlet(w string) bool {
	_, ok := knownOutlet(w)
	return ok
}
