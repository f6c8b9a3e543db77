package article

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Parse decodes one article file and structures it. source names the input
// in errors and in Article.Source. Bad input (empty, binary, too large,
// undecodable) gives an error that starts with source; Parse never panics.
func Parse(source string, raw []byte) (*Article, error) {
	text, err := decode(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	a, err := structure(splitLines(text), "")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	a.Source = source
	return a, nil
}

// FromParts structures an article whose title and metadata came apart from
// its body (JSON Lines, an HTML page through trafilatura, an RSS item). The
// body goes through the same anatomy rules as Parse, with m.Title as the
// headline; a body that repeats the title on its first line is not doubled.
func FromParts(m Meta, body string) (*Article, error) {
	source := m.Source
	if source == "" {
		source = m.URL
	}
	if source == "" {
		source = "(unnamed article)"
	}
	title := cleanLine(norm.NFC.String(strings.ToValidUTF8(m.Title, "")))
	lines := splitLines(strings.ToValidUTF8(body, ""))
	if title != "" {
		for len(lines) > 0 {
			t, _ := stripMarkup(lines[0].text)
			if foldSpace(t) != foldSpace(title) {
				break
			}
			lines = lines[1:]
		}
	}
	a, err := structure(lines, title)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	a.Source, a.URL = source, m.URL
	if p := normalisePublished(m.Published); p != "" {
		a.Published = p
	}
	if ag := strings.TrimSpace(m.Agency); ag != "" {
		a.Agency = canonicalOutlet(ag)
	}
	if len(a.Byline.Names) == 0 {
		if names := authorNames(m.Author); len(names) > 0 {
			a.Byline.Names = names
		}
	}
	return a, nil
}

// authorNames reads reporter names from a metadata author field, which is
// either a byline ("홍길동 기자") or a plain list of names.
func authorNames(s string) []string {
	s = cleanLine(s)
	if c, ok := parseByline(s); ok && len(c.names) > 0 {
		return c.names
	}
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '·' || r == ';' || r == '/' }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return dedupe(out)
}

// part is one piece of the article in reading order before Text is built.
type part struct {
	kind  SectionKind
	text  string
	more  []string // continuation lines of a hard-wrapped paragraph
	photo int
	// open is true while a body paragraph may still take a hard-wrapped
	// continuation line.
	open bool
}

// maxSubheads bounds how many short lines under the headline count as
// subheads; past it they are body text.
const maxSubheads = 6

// builder assembles labelled lines into the article's parts.
type builder struct {
	parts      []part
	photos     []Photo
	credits    []credit
	wrappedDoc bool
	fragments  bool // a script in short lines: join them up to each full stop
	// stampOutlet is the source a portal names beside the timestamp, the
	// last witness of the agency.
	stampOutlet string
}

// structure runs the anatomy over normalised lines: features, then labels,
// then assembly, each line passing each stage once. headline, when not
// empty, is the known title and the lines are the body only.
func structure(lines []line, headline string) (*Article, error) {
	lines = joinCredits(unglue(lines))
	fs := measure(lines)
	labels := classify(lines, fs, headline)
	b := &builder{wrappedDoc: hardWrapped(lines)}
	b.fragments = !b.wrappedDoc && fragmentDoc(lines, fs, labels)
	if b.fragments {
		unheadFragments(lines, fs, labels)
	}
	if headline != "" {
		b.parts = append(b.parts, part{kind: KindHeadline, text: headline, photo: -1})
	}
	for i := 0; i < len(lines); i++ {
		i += b.line(lines, fs, labels, i)
	}
	a, err := b.finish()
	if err != nil {
		return nil, err
	}
	a.Published = pagePublished(fs, labels)
	return a, nil
}

// pagePublished is the publication date the page's own lines give, the
// most trusted first: a labelled timestamp (입력, 등록, 승인, 수정), a bare
// one, then a date in a URL or article id printed in the text.
func pagePublished(fs []feature, labels []label) string {
	best := pageDate{}
	for i := range fs {
		d := fs[i].date
		if labels[i] == labelByline && barStampRe().MatchString(fs[i].text) {
			d = pageDate{date: barStamp(fs[i].text), trust: trustBareStamp} // "홍길동 기자 | 2021.11.03 21:12"
		} else if labels[i] != labelDate && (labels[i] != labelRights || !d.closing) {
			// a wire service closes its rights line with the stamp: "…금지> 2020/01/11 15:26 송고"
			d = pageDate{}
			if labels[i] != labelImage && len(fs[i].images) == 0 {
				d = urlDate(fs[i].text) // an image's address dates the image
			}
		}
		if d.date != "" && (best.date == "" || d.trust < best.trust) {
			best = d
		}
	}
	return best.date
}

// line assembles lines[i] and returns how many following lines it used.
func (b *builder) line(lines []line, fs []feature, labels []label, i int) int {
	if labels[i] != labelImage {
		b.text(lines[i], fs[i], labels[i])
		return 0
	}
	l, f := lines[i], fs[i]
	used := 0
	for k, img := range f.images {
		caption := img.alt
		if k == len(f.images)-1 && f.rest == "" && i+1 < len(lines) {
			next := lines[i+1].text
			switch {
			case caption != "" && sameCaption(caption, next):
				used = 1 // the crawler repeated the caption as text
			case utf8.RuneCountInString(caption) < 15 && looksLikeCaption(next):
				// An empty or placeholder alt ("사진", a file name) with the
				// real caption on the next line.
				caption, used = next, 1
			}
		}
		b.addPhoto(img.url, caption)
	}
	if f.rest != "" {
		rl := line{text: f.rest, blankBefore: l.blankBefore}
		rf := measureLine(f.rest)
		b.text(rl, rf, alone(&rf))
	}
	return used
}

// sameCaption reports whether line repeats caption: exactly, or cut short
// by a crawler that dropped the trailing credit or e-mail.
func sameCaption(caption, line string) bool {
	c, l := foldSpace(caption), foldSpace(line)
	if c == l {
		return true
	}
	return len(l) >= 30 && len(l)*2 >= len(c) && strings.HasPrefix(c, l)
}

func (b *builder) addPhoto(url, caption string) {
	caption = trimCaption(caption)
	if url == "" && b.creditOnly(caption) {
		return
	}
	p := parsePhoto(url, caption)
	idx := len(b.photos)
	if caption != "" {
		p.Section = len(b.parts)
		b.parts = append(b.parts, part{kind: KindCaption, text: caption, photo: idx})
	}
	b.photos = append(b.photos, p)
	b.closeParagraph()
}

func (b *builder) closeParagraph() {
	if n := len(b.parts); n > 0 {
		b.parts[n-1].open = false
	}
}

// text assembles one labelled line that holds no image.
func (b *builder) text(l line, f feature, lb label) {
	switch lb {
	case labelRights:
		b.parts = append(b.parts, part{kind: KindRights, text: cutToolbarTail(f.text), photo: -1})
	case labelByline:
		c := f.byline
		if f.signoff != nil {
			c = f.signoff
		}
		b.credits = append(b.credits, *c)
		b.parts = append(b.parts, part{kind: KindByline, text: f.text, photo: -1})
	case labelCaption:
		b.addPhoto("", f.text)
	case labelSpeaker:
		b.parts = append(b.parts, part{kind: KindSpeaker, text: f.speaker, photo: -1})
		if f.speech != "" {
			// "[홍길동/주민 : 좋아요.]": the words said are a quoted soundbite of the body
			b.closeParagraph()
			b.paragraph("\""+strings.Trim(f.speech, "\"“”")+"\"", l)
			b.closeParagraph()
		}
	case labelHeadline:
		b.parts = append(b.parts, part{kind: KindHeadline, text: cellText(f.text), photo: -1})
	case labelSubhead:
		b.parts = append(b.parts, part{kind: KindSubhead, text: cellText(f.text), photo: -1})
	case labelDrop:
		if f.summarised {
			b.parts = append(b.parts, part{kind: KindSummary, text: f.text, photo: -1})
		}
		b.closeParagraph() // what follows a dropped label starts afresh
	case labelDate:
		b.closeParagraph()
		if f.byline != nil {
			b.credits = append(b.credits, *f.byline) // the byline on a timestamp line
		}
		if b.stampOutlet == "" {
			b.stampOutlet = f.date.outlet
		}
	case labelBody, labelText:
		b.paragraph(cellText(f.text), l)
		if f.heading != 0 {
			b.closeParagraph() // a heading inside the body takes no continuation
		}
	}
}

// cutToolbarTail cuts the toolbar words a page glued after a notice
// ("… 무단전재 및 재배포 금지 제보하기"); the notice is never all toolbar.
func cutToolbarTail(s string) string {
	out := s
	for {
		i := strings.LastIndexByte(out, ' ')
		if i <= 0 || !lex().toolbar[out[i+1:]] {
			return out
		}
		out = strings.TrimRight(out[:i], " ")
	}
}

// cellText is a line of a board page's table without the bars closing its
// cells: "제목 | |" → "제목".
func cellText(s string) string {
	if !strings.HasSuffix(s, "|") {
		return s
	}
	return trailingBarsRe().ReplaceAllString(s, "")
}

// trailingBarsRe is the bars of empty table cells closing a line, each after a space.
var trailingBarsRe = lazyRE(`(?:\s+\|)+$`)

// isPromo reports whether a line after the byline is an outlet's promo or
// related-article link ("▶ 제보는 카톡 okjebo", "[관련기사] …") rather
// than article text.
func isPromo(s string) bool {
	for _, p := range []string{"▶", "☞", "▷", "►", "[관련기사]", "관련기사", "[관련뉴스]", "※", "제보는 ", "[영상]", "[사진]"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// hardWrapped reports whether the file breaks paragraphs into lines of
// fixed width and separates paragraphs with blank lines. Crawled files
// (one paragraph per line) are not, and there every line is a paragraph.
// Two lines that run on past an unfinished sentence are taken as proof.
func hardWrapped(lines []line) bool {
	blank, runOn, blocks, counted := false, 0, 0, false
	for i := 1; i < len(lines); i++ {
		switch {
		case lines[i].blankBefore:
			blank, counted = true, false
		case !blank:
			// The headline block may hold subheads without being wrapped.
		case utf8.RuneCountInString(lines[i-1].text) >= 20 && !endsPunct(lines[i-1].text) && !quoteClosed(lines[i-1].text, lines[i].text):
			runOn++
			if !counted {
				blocks, counted = blocks+1, true
			}
		}
	}
	// A short block of run-on lines is a block of subheads under the byline
	// ("…주제로 추석 겨냥" / "…연일 대성황") or a list; wrapping runs through
	// several blocks, or through one long one.
	return blank && runOn >= 2 && (blocks >= minWrappedBlocks || runOn >= minWrappedRunOn)
}

// minWrappedBlocks is the fewest blocks whose lines run on, and
// minWrappedRunOn the fewest run-on lines in one block, that show a file
// hard-wrapped.
const (
	minWrappedBlocks = 2
	minWrappedRunOn  = 6
)

// quoteClosed reports a line that ends with a closing quotation mark and
// a next line that does not go on with a quotative particle ("고 말했다"):
// a quotation or a quoted headline ended there, not a wrapped sentence.
func quoteClosed(line, next string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	switch r {
	case '"', '”', '’', '\'', '」', '』':
	default:
		return false
	}
	for _, p := range []string{"고 ", "라고", "이라", "라며", "며 ", "는 ", "란 ", "라는"} {
		if strings.HasPrefix(next, p) {
			return false
		}
	}
	return true
}

// paragraph adds body text; in a hard-wrapped file the lines of one block
// are one paragraph.
func (b *builder) paragraph(t string, l line) {
	if n := len(b.parts); n > 0 && (b.wrappedDoc && !l.blankBefore || b.fragments) {
		if prev := &b.parts[n-1]; prev.kind == KindBody && prev.open && (b.wrappedDoc || !endsPunct(prev.last()) && !scriptSentEnd(prev.last())) {
			// Appending to a slice keeps a huge wrapped block linear.
			prev.more = append(prev.more, t)
			return
		}
	}
	if n := len(b.parts); n > 0 && !b.wrappedDoc && !b.fragments {
		if prev := &b.parts[n-1]; prev.kind == KindBody && prev.open && len(prev.more) == 0 && brokenAtLink(prev.text, t) {
			prev.more = append(prev.more, t)
			return
		}
	}
	b.parts = append(b.parts, part{kind: KindBody, text: t, photo: -1, open: true})
}

// scriptSentEnd reports whether a line of a script broken into short
// lines closes its sentence with no full stop ("…확정했습니다"); a line
// ending on a particle that looks like one ("26만명보다") runs on.
func scriptSentEnd(s string) bool {
	return lex().phraseIn(phraseSentEnd, s) && !lex().phraseIn(phraseWrapEnd, s)
}

// maxLinkTail is the longest word a paragraph broken at a link ends on.
const maxLinkTail = 4

// brokenAtLink reports whether a crawled paragraph was cut where the page
// set a link inside it ("… 보여요. 다만 이날은" / "한빛전자(000000) 등이
// 강세를 보였어요."): the first line holds a finished sentence and then
// breaks off on a short Hangul word, and the next line closes a sentence
// without opening like a new item (a bracket, bullet or quote).
func brokenAtLink(prev, next string) bool {
	if endsPunct(prev) || !strings.Contains(prev, "다. ") && !strings.Contains(prev, "요. ") || !endsSentence(next) {
		return false
	}
	last := prev[strings.LastIndexByte(prev, ' ')+1:]
	r, _ := utf8.DecodeLastRuneInString(last)
	if r < 0xAC00 || r > 0xD7A3 || utf8.RuneCountInString(last) > maxLinkTail {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	return !strings.ContainsRune("[(<\"“'‘-▶▲■●◆※☞", first)
}

// last is the last line a part holds.
func (p *part) last() string {
	if n := len(p.more); n > 0 {
		return p.more[n-1]
	}
	return p.text
}

// Thresholds of fragmentDoc: how many body lines, and which share of them
// left unfinished, make a script broken into short lines.
const (
	minFragmentLines = 6
	maxFragmentRunes = 30
)

// fragmentDoc reports whether the body is a script broken into short lines
// with no blank line between paragraphs ("경상북도는 올해보다 6% 늘어난" /
// "5조 4천억 원을 편성했습니다."): most body lines are short and stop
// mid-sentence. Such lines are joined up to each full stop.
func fragmentDoc(lines []line, fs []feature, labels []label) bool {
	body, open, blank := 0, 0, 0
	for i := range fs {
		if labels[i] != labelBody {
			continue
		}
		body++
		if lines[i].blankBefore {
			blank++
		}
		if fs[i].runes <= maxFragmentRunes && !endsPunct(fs[i].text) {
			open++
		}
	}
	return body >= minFragmentLines && open*2 > body && blank*4 < body
}

// unheadFragments gives back to the body the head lines of a script broken
// into short lines when the first of them stops mid-sentence ("법정관리
// 비리에 연루된" / "선재성 부장판사에 대해" / …): a page with no title line
// whose first sentence was taken for the headline and subheads.
func unheadFragments(lines []line, fs []feature, labels []label) {
	h := slices.Index(labels, labelHeadline)
	if h < 0 || h+1 >= len(lines) || lines[h+1].blankBefore || fs[h].runes > maxFragmentRunes || !lex().phraseIn(phraseWrapEnd, fs[h].text) {
		return
	}
	for i := h; i < len(labels) && (labels[i] == labelHeadline || labels[i] == labelSubhead); i++ {
		if i > h && lines[i].blankBefore {
			break
		}
		labels[i] = labelBody
	}
}

// TextID is the id of an article whose Text is text: the first eight
// bytes of its SHA-256, in hex, so the same text is always the same
// article.
func TextID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}

// finish builds Text and its sections and fills the credit fields.
func (b *builder) finish() (*Article, error) {
	a := &Article{
		Language: "ko", Subheads: []string{}, Photos: b.photos, Body: []string{},
		Byline: Byline{Names: []string{}, Emails: []string{}},
	}
	if a.Photos == nil {
		a.Photos = []Photo{}
	}
	letters := false
	var (
		sb     strings.Builder
		rights []string
	)
	for _, p := range b.parts {
		if len(p.more) > 0 {
			p.text += " " + strings.Join(p.more, " ")
		}
		if sb.Len() > 0 {
			sb.WriteByte('\n')
		}
		start := sb.Len()
		sb.WriteString(p.text)
		sec := Section{Kind: p.kind, Start: start, End: sb.Len(), Photo: -1}
		if p.kind == KindCaption {
			sec.Photo = p.photo
			a.Photos[p.photo].Section = len(a.Sections)
		}
		a.Sections = append(a.Sections, sec)
		switch p.kind {
		case KindHeadline:
			if a.Headline == "" {
				a.Headline = p.text
			}
		case KindSubhead:
			a.Subheads = append(a.Subheads, p.text)
		case KindBody:
			a.Body = append(a.Body, p.text)
		case KindRights:
			rights = append(rights, p.text)
		}
		if !letters {
			letters = strings.IndexFunc(p.text, unicode.IsLetter) >= 0
		}
	}
	if !letters {
		return nil, ErrNoText
	}
	a.Text = sb.String()
	a.Rights = strings.Join(rights, " ")
	a.ID = TextID(a.Text)
	b.fillCredits(a)
	a.Byline.Names, a.Byline.Emails = dedupe(a.Byline.Names), dedupe(a.Byline.Emails)
	return a, nil
}

// fillCredits sets dateline, byline and agency. The body's own dateline
// is the best witness of who wrote the story; byline lines, the rights
// notice, reporters' e-mail hosts and finally photo captions follow.
func (b *builder) fillCredits(a *Article) {
	var agencies []string
	bodySeen := 0
	for _, p := range b.parts {
		if p.kind != KindBody {
			continue
		}
		if bodySeen++; bodySeen > datelineReach || a.Dateline != nil {
			break
		}
		if d, names, _ := parseDateline(p.text); d != nil {
			a.Dateline = d
			agencies = append(agencies, d.Agency)
			a.Byline.Names = append(a.Byline.Names, names...)
		} else if c, ok := bracketByline(p.text); ok {
			b.credits = append([]credit{c}, b.credits...)
		}
	}
	for _, c := range b.credits {
		a.Byline.Names = append(a.Byline.Names, c.names...)
		a.Byline.Emails = append(a.Byline.Emails, c.emails...)
		if c.dateline != nil && a.Dateline == nil {
			a.Dateline = c.dateline
		}
		if c.agency != "" {
			agencies = append(agencies, c.agency)
		}
	}
	if len(a.Byline.Names) == 0 {
		a.Byline.Names = append(a.Byline.Names, introReporters(b.parts)...)
	}
	for _, s := range a.Sections {
		if s.Kind == KindRights {
			if o := rightsOutlet(a.Text[s.Start:s.End]); o != "" {
				agencies = append(agencies, o)
			}
		}
	}
	for _, e := range a.Byline.Emails {
		if at := strings.LastIndexByte(e, '@'); at >= 0 {
			if o := outletIn(e[at+1:]); o != "" {
				agencies = append(agencies, o)
			}
		}
	}
	agencies = append(agencies, b.stampOutlet)
	for _, ag := range agencies {
		if ag != "" {
			a.Agency = ag
			break
		}
	}
	photoCredits(a)
	if a.Dateline != nil && a.Dateline.Agency == "" {
		a.Dateline.Agency = a.Agency
	}
}

// datelineReach is how many body paragraphs may open with the story's
// dateline: a lead caption or a portal's teaser may come first.
const datelineReach = 3

// photoCredits falls back on the photos' datelines, which credit the
// photo's agency: that names the story's agency only on a photo-news page
// (the caption is the story). A photo of another agency (a 연합뉴스
// picture in a 연합뉴스TV story) never names the story's agency or dateline.
func photoCredits(a *Article) {
	for _, p := range a.Photos {
		if p.Dateline == nil || p.Dateline.Agency == "" {
			continue
		}
		if a.Agency == "" && len(a.Body) <= 1 {
			a.Agency = p.Dateline.Agency
		}
		if a.Dateline == nil && p.Dateline.Agency == a.Agency {
			d := *p.Dateline
			a.Dateline = &d
		}
	}
}

// dedupe drops repeated strings, keeping first occurrences in order.
func dedupe(list []string) []string {
	seen := make(map[string]bool, len(list))
	out := list[:0]
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// trimCaption drops the marks around a caption: the table cell's closing
// bar ("… 있다. |") and the triangle that opens it ("▲ 축사하는 …").
func trimCaption(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "|") && strings.Count(s, "|") == 1 {
		s = strings.TrimSpace(strings.TrimSuffix(s, "|"))
	}
	for _, m := range []string{"▲", "△", "•"} {
		s = strings.TrimSpace(strings.TrimPrefix(s, m))
	}
	return s
}

// creditOnly reports whether a caption line is only the credit of the
// photo captioned just before it ("ⓒ 한빛신문" under the caption) and,
// if so, adds it to that caption and gives the photo its credit.
func (b *builder) creditOnly(caption string) bool {
	n := len(b.photos)
	if n == 0 || b.photos[n-1].Section != len(b.parts)-1 || utf8.RuneCountInString(caption) > 20 || !strings.HasPrefix(caption, "ⓒ") && !strings.HasPrefix(caption, "©") {
		return false
	}
	by, src := bareCredit(caption)
	if by == "" && src == "" {
		return false
	}
	p := &b.photos[n-1]
	p.Photographer, p.Source = cmp.Or(p.Photographer, by), cmp.Or(p.Source, src)
	p.Caption += " " + caption
	b.parts[p.Section].text = p.Caption
	return true
}

// introReporters is the reporter an anchor hands over to in a broadcast
// script ("홍길동 기자가 보도합니다"), the byline of a script that has no
// other.
func introReporters(parts []part) []string {
	for _, p := range parts {
		if p.kind != KindBody {
			continue
		}
		if name := introReporter(p.text); name != "" {
			return []string{name}
		}
	}
	return nil
}
