package article

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// label is what the classifier decides a line is.
type label int

// The labels of a line. Dropped lines (menus, toolbars, widgets, ads,
// broadcast markers, tip lines, portal summaries) leave no trace in Text.
const (
	labelDrop label = iota
	labelDate       // a page timestamp: it dates the article and is dropped
	labelHeadline
	labelSubhead
	labelBody
	labelCaption
	labelImage // a markdown image line; the assembler reads its caption
	labelByline
	labelRights
	labelSpeaker // an interview label naming who speaks next (not body)
	labelText    // not decided yet: headline, subhead or body
)

// classify labels every line from its features: first what each line is
// on its own, then what its neighbours make of it (portal summary blocks,
// widget lists, the page tail after the byline), then the head of the
// page, where the headline is chosen. headline is the title known from
// metadata, "" when the text must provide it.
func classify(lines []line, fs []feature, headline string) []label {
	labels := make([]label, len(fs))
	for i := range fs {
		labels[i] = alone(&fs[i])
	}
	labelSubheads(fs, labels)
	dropGraphics(fs, labels)
	dropSummaries(fs, labels)
	dropWidgets(fs, labels)
	dropRankings(fs, labels)
	dropRepeats(fs, labels)
	dropLabelledTitle(fs, labels)
	dropTail(fs, labels)
	nameOverMail(fs, labels)
	listedAuthor(fs, labels)
	dropAbout(fs, labels)
	dropWireTag(fs, labels)
	creditedCaptions(fs, labels)
	triangleCaptions(fs, labels)
	head(lines, fs, labels, headline != "")
	labelSections(fs, labels)
	return labels
}

// alone labels a line by its own features.
func alone(f *feature) label {
	switch {
	case len(f.images) > 0:
		return labelImage
	case f.date.stamp && !(f.rights && f.date.closing):
		return labelDate
	case f.crew:
		return labelDrop // "영상취재 : 홍길동 기자" credits the crew, not the story
	case f.signoff != nil || f.byline != nil:
		return labelByline
	case f.rights:
		return labelRights
	case f.speaker != "" && !f.chrome: // "[사진 출처 : …]" credits a picture, no one speaks
		return labelSpeaker
	case f.chrome || f.toolbar || f.teaser || f.hashtags || f.weather || f.ticker || f.marker || f.speakerTag || f.kicker:
		return labelDrop
	case f.caption:
		return labelCaption
	case f.promo:
		return labelDrop
	}
	if !f.letters && (f.runes <= 10 || symbolsOnly(f.text)) {
		return labelDrop // a stray bullet or table bar, a rule of "=====" between blocks
	}
	return labelText
}

// symbolsOnly reports whether s is a rule drawn between the blocks of a
// page: "=====", "-----", "─────".
func symbolsOnly(s string) bool {
	return strings.TrimLeft(s, "=-_*~─━═ ") == ""
}

// labelSubheads reads the subheads a page labels ("부제목 :"): the text
// after the label, or the line under a label standing alone.
func labelSubheads(fs []feature, labels []label) {
	for i := range fs {
		if !fs[i].subLabel {
			continue
		}
		if fs[i].text != "" {
			labels[i] = labelSubhead
			continue
		}
		labels[i] = labelDrop
		if i+1 < len(fs) && labels[i+1] == labelText && titleLike(&fs[i+1]) {
			labels[i+1] = labelSubhead
		}
	}
}

// graphicReach bounds how many lines an on-screen graphic may run.
const graphicReach = 6

// dropGraphics drops the text of a broadcast graphic a script writes out
// in brackets over several lines ("[지원 사업: 가 센터 11억" … "나 도로
// 10억]"): a list shown on screen, not spoken, with no sentence in it.
func dropGraphics(fs []feature, labels []label) {
	for i := 0; i < len(fs); i++ {
		t := fs[i].text
		colon := strings.IndexAny(t, ":：")
		if !strings.HasPrefix(t, "[") || strings.Contains(t, "]") || colon < 0 || utf8.RuneCountInString(t[:colon]) > 15 ||
			fs[i].sentence || labels[i] != labelText {
			continue
		}
		for j := i + 1; j < len(fs) && j <= i+graphicReach && labels[j] == labelText && !fs[j].sentence &&
			!strings.Contains(fs[j].text, "["); j++ {
			if strings.HasSuffix(fs[j].text, "]") {
				for k := i; k <= j; k++ {
					labels[k] = labelDrop
				}
				i = j
				break
			}
		}
	}
}

// summaryReach bounds how far a portal summary block may run.
const summaryReach = 15

// dropSummaries drops a portal's summary-bot block: from its notice
// ("… 본문 보기를 권장합니다") to the font-size demo text that closes it,
// or the notice alone when no close follows. The block's sentences are
// no body, but they speak of the story: they are marked summarised, and
// the assembler keeps them as a summary section for the entities.
func dropSummaries(fs []feature, labels []label) {
	for i := range fs {
		if !fs[i].summary {
			continue
		}
		labels[i] = labelDrop
		for j := i + 1; j < len(fs) && j <= i+summaryReach; j++ {
			if fs[j].summaryEnd {
				for k := i + 1; k <= j; k++ {
					fs[k].summarised = k < j && fs[k].sentence && prose(alone(&fs[k]))
					labels[k] = labelDrop
				}
				break
			}
		}
	}
}

// prose tells whether a line's own label leaves it text or body.
func prose(lb label) bool { return lb == labelText || lb == labelBody }

// dropWidgets drops a list widget: its header ("많이 본 뉴스", "관련기사")
// and the unfinished lines under it (the listed headlines), with the
// summary a listed headline may carry when the list goes on after it, up
// to the next real paragraph.
func dropWidgets(fs []feature, labels []label) {
	prose := false
	for i := 0; i < len(fs); i++ {
		prose = prose || labels[i] == labelText && paragraphLike(&fs[i])
		if !fs[i].widget || labels[i] != labelText && labels[i] != labelDrop {
			continue
		}
		labels[i] = labelDrop
		// Above the story a widget's name ("연합뉴스 최신기사") is a tab:
		// the title under it is no listed headline.
		// A listed line already dropped (a promotion among the headlines)
		// does not end the list.
		title := false // the line just dropped is a listed headline
		for prose && i+1 < len(fs) {
			j := i + 1
			if listedLine(fs, labels, j) {
				title = labels[j] == labelText
			} else if title && summaryLine(fs, labels, j) {
				title = false // "많이 본 뉴스": a listed headline's summary under it
			} else {
				break
			}
			i = j
			labels[i] = labelDrop
		}
	}
}

// listedLine reports whether line i goes on a widget's list: an unfinished
// line (a listed headline), a line already dropped, or a teaser thumbnail.
func listedLine(fs []feature, labels []label, i int) bool {
	return labels[i] == labelText && !paragraphLike(&fs[i]) || labels[i] == labelDrop || teaserThumb(fs, labels, i)
}

// summaryLine reports whether line i, a finished paragraph, is the summary
// of the listed headline above it: the list goes on after it (another
// headline, a dropped line) or the page ends.
func summaryLine(fs []feature, labels []label, i int) bool {
	if labels[i] != labelText || !paragraphLike(&fs[i]) {
		return false
	}
	return i+1 >= len(fs) || listedLine(fs, labels, i+1)
}

// teaserThumb reports whether line i of a list is a listed story's
// thumbnail: one image whose alt text is the title on the next line.
func teaserThumb(fs []feature, labels []label, i int) bool {
	if labels[i] != labelImage || len(fs[i].images) != 1 || fs[i].rest != "" || i+1 >= len(fs) {
		return false
	}
	alt, next := foldSpace(fs[i].images[0].alt), foldSpace(fs[i+1].text)
	return next != "" && strings.HasPrefix(alt, next)
}

// minRanking is how many numbered lines in a row make a ranking list.
const minRanking = 3

// rankedTitle reports whether a numbered line reads as a listed headline,
// longer than an entry of a numbered list of names or posts.
func rankedTitle(f *feature, lb label) bool {
	return lb == labelText && f.runes >= 12 && f.words >= 3 && titleLike(f)
}

// dropRankings drops ranking lists without a header: three or more
// headlines in a row numbered 1, 2, 3 …
func dropRankings(fs []feature, labels []label) {
	for i := 0; i < len(fs); i++ {
		if fs[i].rank != 1 || !rankedTitle(&fs[i], labels[i]) {
			continue
		}
		j := i + 1
		for j < len(fs) && fs[j].rank == fs[j-1].rank+1 && rankedTitle(&fs[j], labels[j]) {
			j++
		}
		if j-i >= minRanking {
			for k := i; k < j; k++ {
				labels[k] = labelDrop
			}
		}
		i = j - 1
	}
}

// paragraphLike reports whether a line reads as article prose: a finished
// sentence of some length (a short question is a headline's), or a long
// run of text.
func paragraphLike(f *feature) bool {
	return f.sentence && f.runes >= 25 && (endsPunct(f.text) && !(questionTitle(f) && f.runes <= maxDaTitle) || f.runes > maxDaTitle) || f.runes > 150 && f.digits < 0.3
}

// maxDaTitle is the longest headline that ends in a bare 다 ("…돌파했다"):
// longer lines so ended are prose cut short of their full stop.
const maxDaTitle = 40

// daTitle reports whether a line that ends like a sentence may still be a
// headline or subhead: Korean headlines often close on a plain-form verb
// ("…오른다", "…돌파했다") or a trailing ellipsis ("…오른다..."), while a
// finished body sentence carries its full stop or runs long.
func daTitle(f *feature) bool {
	return f.sentence && (!endsPunct(f.text) || endsEllipsis(f.text) || exclaimTitle(f) || questionTitle(f)) && f.runes <= maxDaTitle && f.hangul &&
		!f.dateline && !f.bracketBy && !strings.Contains(f.text, "다. ")
}

// maxExclaimTitle is the longest title line closing on "!" ("우주 시대
// 개막!"); a longer one is a sentence.
const maxExclaimTitle = 25

// exclaimTitle reports whether a line is a short exclamation with no
// other sentence in it, as press releases set above their subheads.
func exclaimTitle(f *feature) bool {
	t := strings.TrimSuffix(f.text, "!")
	return len(t) < len(f.text) && f.runes <= maxExclaimTitle && !strings.ContainsAny(t, ".?!")
}

// questionTitle reports whether a line is a headline asking a question
// ("…요청한 대통령…그 속내는?"): one question with no other sentence in it
// and no polite ending a speaker would use ("…습니까?").
func questionTitle(f *feature) bool {
	t := strings.TrimSuffix(f.text, "?")
	return len(t) < len(f.text) && !strings.ContainsAny(t, ".?!") && !strings.HasSuffix(t, "니까") && !strings.HasSuffix(t, "세요")
}

// endsEllipsis reports whether s closes on an ellipsis ("..", "...", "…"),
// which trails off a headline rather than ending a sentence.
func endsEllipsis(s string) bool {
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, "..") || strings.HasSuffix(s, "…") || strings.HasSuffix(s, "‥")
}

// headCandidate reports whether a line above the body may be the headline
// or a subhead: a title-like line or a short one closing on a plain-form
// verb or an ellipsis. A polite ending ("…했습니다") is a broadcast
// script's spoken line, not a headline.
func headCandidate(f *feature) bool {
	return titleLike(f) || daTitle(f) && (!strings.HasSuffix(f.text, "니다") || taggedTitle(f.text))
}

// taggedTitle reports whether s opens with a bracketed tag that is no
// broadcast cue ("[社告] …맞이했습니다", "[알림] …"): a notice's title, which
// may close politely.
func taggedTitle(s string) bool {
	if !strings.HasPrefix(s, "[") {
		return false
	}
	tag, rest, ok := strings.Cut(s[1:], "]")
	return ok && tag != "" && utf8.RuneCountInString(tag) <= 6 && strings.TrimSpace(rest) != "" && !lex().phraseIn(phraseCue, tag)
}

// dropRepeats handles text the page shows twice. A sentence shown twice in
// a row is a photo's alt text and caption: one caption. A title shown
// twice in a row is kept once. A sentence repeated further down (a portal
// or teaser lead) is dropped where it stands first.
func dropRepeats(fs []feature, labels []label) {
	for i := range fs {
		if labels[i] == labelCaption && fs[i].dupNext && labels[i+1] == labelCaption {
			labels[i+1] = labelDrop // one caption shown twice
		}
		if labels[i] != labelText {
			continue
		}
		switch {
		case fs[i].dupPrev:
			// the second of a pair was handled with the first; a longer
			// run of one text is not a page's doubling and stays
		case fs[i].dupNext && !fs[i+1].dupNext:
			if fs[i].sentence {
				labels[i] = labelCaption
			}
			if labels[i+1] == labelText {
				labels[i+1] = labelDrop
			}
		case fs[i].copyLater:
			labels[i] = labelDrop
		case i+1 < len(fs) && labels[i+1] == labelCaption && captionRepeat(fs[i].text, fs[i+1].text):
			labels[i] = labelDrop // the photo's alt text, then its caption with the credit
		}
	}
}

// maxSectionWord bounds the section name a page sets before a title it
// shows again on the next line.
const maxSectionWord = 6

// dropLabelledTitle drops a title the page shows twice, first with its
// section's name before it ("관광 한적한 해수욕장", then "한적한
// 해수욕장"): the second line is the title.
func dropLabelledTitle(fs []feature, labels []label) {
	for i := range fs {
		if labels[i] != labelText {
			continue
		}
		j := keptNeighbour(labels, i, 1)
		if j < 0 || labels[j] != labelText || fs[j].runes < 8 {
			continue
		}
		section, ok := strings.CutSuffix(fs[i].text, " "+fs[j].text)
		if ok && !strings.Contains(section, " ") && utf8.RuneCountInString(section) <= maxSectionWord {
			labels[i] = labelDrop
		}
	}
}

// captionRepeat reports whether text is the caption on the next line
// without the credit that closes it there.
func captionRepeat(text, caption string) bool {
	t, c := foldSpace(text), foldSpace(caption)
	return utf8.RuneCountInString(t) >= 15 && len(c) > len(t) && strings.HasPrefix(c, t)
}

// tailRunes is the length under which a line after the article's end
// (its byline or rights notice) is page furniture, not prose.
const tailRunes = 40

// dropTail drops the short lines after the article's end: once body text
// has been followed by a byline or a rights notice, what comes next is a
// slogan, a tip line, the reporter's name again or share buttons.
func dropTail(fs []feature, labels []label) {
	body, ended, tips, closed := false, false, false, false
	for i := range fs {
		if labels[i] == labelDrop && (fs[i].promo || fs[i].speakerTag && fs[i].speaker == "") {
			tips = body // "■ 제보하기", "▷ 전화 : …": a tip block
		}
		if labels[i] == labelText && tips && !paragraphLike(&fs[i]) && isPromo(fs[i].text) {
			labels[i] = labelDrop // "▷ 카카오톡 …" cut short inside the tip block
			continue
		}
		switch labels[i] {
		case labelText:
			if ended && (fs[i].runes < tailRunes || fs[i].outletOnly || lex().phraseIn(phrasePromo, fs[i].text) || listedTitle(fs, labels, i) ||
				amidTitles(fs, labels, i)) {
				labels[i] = labelDrop
			} else if paragraphLike(&fs[i]) {
				body = true
			}
		case labelDate:
			if p := i - 1; ended && p >= 0 && (labels[p] == labelText || labels[p] == labelDrop) &&
				titleLike(&fs[p]) && !paragraphLike(&fs[p]) {
				// a listed story's title over its timestamp, under the byline
				labels[p], labels[i] = labelDrop, labelDrop
			}
		case labelByline, labelRights:
			// a byline over the page's timestamp heads the story, it does not end it
			ended = body && !(labels[i] == labelByline && overStamp(labels, i))
			closed = closed || ended && labels[i] == labelRights
		case labelImage:
			if closed && teaserImage(&fs[i]) {
				labels[i] = labelDrop // a listed story's thumbnail under the rights notice
			}
		case labelCaption:
			if slashCredited(fs[i].text) && !sentenceNext(fs, labels, i) {
				// a photo story's caption signed by its photographer: the
				// story ends with it, unless the story's sentences follow
				body, ended = true, true
			}
		}
		if labels[i] == labelText && ended && isPromo(fs[i].text) {
			labels[i] = labelDrop
		}
		if labels[i] == labelText && body && (fs[i].outletOnly || loneName(fs, labels, i)) {
			labels[i] = labelDrop // "VOA 뉴스" or the reporter's name signing off
		}
	}
}

// sentenceNext reports whether the next text line after line i is a
// finished sentence: a story goes on under its photo's caption.
func sentenceNext(fs []feature, labels []label, i int) bool {
	for j := i + 1; j < len(fs); j++ {
		switch labels[j] {
		case labelText:
			return fs[j].sentence && endsPunct(fs[j].text)
		case labelCaption, labelImage, labelDrop:
			continue
		}
		return false
	}
	return false
}

// overStamp reports whether the next line kept after line i is the page's
// timestamp.
func overStamp(labels []label, i int) bool {
	n := keptNeighbour(labels, i, 1)
	return n >= 0 && labels[n] == labelDate
}

// teaserImage reports whether an image line is a listed story's
// thumbnail: images alone, each titled with a headline, not a caption.
func teaserImage(f *feature) bool {
	if f.rest != "" {
		return false
	}
	for _, img := range f.images {
		if img.alt == "" || strings.HasSuffix(img.alt, ".") || looksLikeCaption(img.alt) || utf8.RuneCountInString(img.alt) > 60 {
			return false
		}
	}
	return true
}

// maxAboutHeader is the longest header of a distributor's or company's
// profile ("한빛와이어 개요").
const maxAboutHeader = 20

// dropAbout drops the profile a press release ends with: once the body
// has been followed by a dropped line (the contact line), a short header
// such as "한빛와이어 개요" or "회사 소개" opens boilerplate that runs to
// the end of the page.
func dropAbout(fs []feature, labels []label) {
	body := false
	for i := range fs {
		if labels[i] == labelBody || labels[i] == labelText && paragraphLike(&fs[i]) {
			body = true
		}
		f := &fs[i]
		if !body || i == 0 || labels[i-1] != labelDrop || labels[i] != labelText || f.runes > maxAboutHeader || f.sentence ||
			!lex().phraseIn(phraseAbout, f.text) {
			continue
		}
		for j := i; j < len(fs); j++ {
			if labels[j] == labelText || labels[j] == labelBody {
				labels[j] = labelDrop
			}
		}
		return
	}
}

// loneName reports whether line i is a name alone ("홍길동") closing the
// article: the next line kept is the rights notice, or there is none.
func loneName(fs []feature, labels []label, i int) bool {
	if fs[i].words != 1 || !nameRe().MatchString(fs[i].text) {
		return false
	}
	for j := i + 1; j < len(fs); j++ {
		if labels[j] != labelDrop {
			return labels[j] == labelRights || labels[j] == labelByline
		}
	}
	return true
}

// listedTitle reports whether line i, after the article's end, is one of
// a run of headlines (a list of other stories without a header): a title
// line with another title line next to it.
func listedTitle(fs []feature, labels []label, i int) bool {
	if !headCandidate(&fs[i]) {
		return false
	}
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(fs) && (labels[j] == labelText || labels[j] == labelDrop) && headCandidate(&fs[j]) && fs[j].runes >= 8 {
			return true
		}
	}
	return false
}

// maxListedTitle is the longest line read as a listed headline between two
// others.
const maxListedTitle = 80

// amidTitles reports whether line i, after the article's end, stands
// between two title lines with no full stop of its own: a longer headline
// in a list of other stories ("…1인당 4800만원 투자 '인재' 키운다").
func amidTitles(fs []feature, labels []label, i int) bool {
	if i == 0 || i+1 >= len(fs) || fs[i].runes > maxListedTitle || strings.HasSuffix(fs[i].text, ".") {
		return false
	}
	for _, j := range []int{i - 1, i + 1} {
		if labels[j] != labelText && labels[j] != labelDrop || !headCandidate(&fs[j]) {
			return false
		}
	}
	return true
}

// nameOverMail reads a reporter's name standing alone on the line above a
// lone e-mail address ("홍길동" then "gildong@example.com") as the byline's
// name, and an outlet's name so placed as its agency.
func nameOverMail(fs []feature, labels []label) {
	for i := 1; i < len(fs); i++ {
		c := fs[i].byline
		if fs[i].signoff != nil {
			c = fs[i].signoff
		}
		if labels[i] != labelByline || c == nil || len(c.names) > 0 || len(c.emails) == 0 {
			continue
		}
		p := &fs[i-1]
		name := strings.TrimSuffix(strings.TrimPrefix(p.text, "("), ")") // "(홍길동)" over the address: a wire's sign-off
		if (labels[i-1] != labelDrop && labels[i-1] != labelText) || p.words != 1 || !nameRe().MatchString(name) ||
			name != p.text && !strings.HasPrefix(p.text, "(") {
			continue
		}
		if outletWord(name) {
			p.byline = &credit{agency: canonicalOutlet(name)} // "한빛신문" over a desk's address
		} else {
			p.byline = &credit{names: []string{name}}
		}
		labels[i-1] = labelByline
	}
}

// listedAuthor reads the author a page lists in its header above the
// timestamp, each item bulleted: "• 홍길동", "• 승인 2025.04.07 10:31".
func listedAuthor(fs []feature, labels []label) {
	for i := range fs {
		f := &fs[i]
		name := listedName(f)
		if name == "" || labels[i] != labelText && labels[i] != labelDrop {
			continue
		}
		n := keptNeighbour(labels, i, 1)
		for n >= 0 && fs[n].bullet && lex().bylineLabel[fs[n].text] {
			labels[n] = labelDrop // "• 기사": the label of a link beside the author
			n = keptNeighbour(labels, n, 1)
		}
		if n >= 0 && labels[n] == labelDate {
			if outletWord(name) {
				f.byline = &credit{agency: canonicalOutlet(name)} // "• 가람리뷰": the outlet, no author
			} else {
				f.byline = &credit{names: []string{name}}
			}
			labels[i] = labelByline
		}
	}
}

// listedName is the author's name a bulleted header item gives, alone or
// after a label ("• 홍길동", "• 에디터 홍길동"); "" for another item.
func listedName(f *feature) string {
	if !f.bullet {
		return ""
	}
	words := strings.Fields(f.text)
	switch {
	case len(words) == 1 && nameRe().MatchString(words[0]) && !lex().bylineLabel[words[0]]:
		return words[0]
	case len(words) == 2 && lex().bylineLabel[words[0]] && nameRe().MatchString(words[1]):
		return words[1]
	}
	return ""
}

// weakTitle reports whether a title-like line is too slight to be the
// headline: a section name, a site name, a tag ("경제", "목포MBC").
func weakTitle(f *feature) bool {
	return f.runes < 8 || f.words == 1 && f.runes < 12 || f.outletOnly
}

// titleLike reports whether a line can stand as a headline or subhead:
// short, unfinished, not a dateline or byline, mostly letters, or with
// more words than figures ("2023년 코스피 종가 2655.28… 18% 상승").
func titleLike(f *feature) bool {
	return f.runes >= 2 && f.runes <= 150 && !f.sentence && !f.dateline && !f.bracketBy && f.hangul &&
		(f.digits < 0.5 || f.digits < 0.7 && !tickerWords(f.text)) &&
		!strings.Contains(f.text, "다. ") // prose cut short, or a caption with a credit after it
}

// bodyStart is the index of the first line of article prose, len(fs) when
// there is none.
func bodyStart(lines []line, fs []feature, labels []label, wrapped bool) int {
	for i := range fs {
		switch labels[i] {
		case labelText:
			f := &fs[i]
			if tagOverCredit(fs, labels, i) {
				continue // "[기획] 제목이다. 찰칵!" over the byline: the title, not prose
			}
			if paragraphLike(f) || endsPunct(f.text) && !daTitle(f) || f.dateline || f.bracketBy || f.runes > 150 ||
				wrapped && i > 0 && lines[i].blankBefore && i+1 < len(lines) && !lines[i+1].blankBefore && labels[i+1] == labelText &&
					!(f.bullet && fs[i+1].bullet) {
				return i
			}
		}
		if fs[i].marker || fs[i].markerRest != "" || fs[i].speaker != "" {
			return i // a broadcast script's first label opens the story
		}
	}
	return len(fs)
}

// head labels the lines before the body: the headline (the best title
// candidate, not merely the first line), the subheads under it, and the
// menus, section and site names around them, which are dropped. known is
// true when metadata gave the headline.
func head(lines []line, fs []feature, labels []label, known bool) {
	start := bodyStart(lines, fs, labels, hardWrapped(lines))
	h := -1
	if !known {
		h = chooseHeadline(fs, labels, start)
	}
	if h >= 0 && mugshotCaption(fs[h].text) {
		labels[h], h = labelCaption, -1 // "도담 한빛시장" over a title-less story: a headshot's caption
	}
	if h >= 0 {
		labels[h] = labelHeadline
		fs[h].text = titleWithoutSite(fs[h].text)
	}
	subheads, inBody := 0, false
	for i := range fs {
		if labels[i] != labelText {
			continue
		}
		f := &fs[i]
		switch {
		case h >= 0 && foldSpace(f.text) == foldSpace(fs[h].text) && (i < start || !f.sentence):
			labels[i] = labelDrop // the title shown again under the timestamp, or over the story
		case h >= 0 && i > h && i < start && !inBody && f.outletOnly:
			labels[i] = labelDrop // the site's name set between the title and the story
		case i >= start || inBody:
			labels[i] = labelBody
		case h >= 0 && i > h && f.dupNext && stampBetween(labels, h, i):
			labels[i] = labelCaption // under the timestamp, shown twice: a lost photo's alt text and caption
		case i < h && f.heading == headingFramed && subheads < maxSubheads:
			labels[i] = labelSubhead // "- 부제 -" set above the title
			subheads++
		case i < h:
			labels[i] = labelDrop
		case (h >= 0 || known) && (headCandidate(f) || f.heading != 0) && !weakTitle(f) && subheads < maxSubheads:
			labels[i] = labelSubhead
			subheads++
		case f.sentence || !titleLike(f):
			labels[i], inBody = labelBody, true
		default:
			labels[i] = labelDrop
		}
	}
}

// stampBetween reports whether a page timestamp stands between lines h
// and i.
func stampBetween(labels []label, h, i int) bool {
	return slices.Contains(labels[h+1:i], labelDate)
}

// mugshotCaption reports a line of a name and a title alone ("도담 한빛시장"),
// as a headshot's caption reads: never a headline.
func mugshotCaption(s string) bool {
	f := strings.Fields(s)
	return len(f) == 2 && nameRe().MatchString(f[0]) && utf8.RuneCountInString(f[1]) >= 2 && lex().phraseIn(phraseMugTitle, f[1])
}

// blockPenalty lowers a title line standing right under another: most
// often the subhead of the headline above it.
const blockPenalty = 50

// chooseHeadline returns the index of the best title candidate before the
// body, or -1. A line under another title line is most often its subhead,
// and a line under the page's timestamp rarely is the headline.
func chooseHeadline(fs []feature, labels []label, start int) int {
	firstDate := start
	for i := 0; i < start; i++ {
		if labels[i] == labelDate {
			firstDate = i
			break
		}
	}
	if firstDate < start && keptNeighbour(labels, firstDate, -1) < 0 && (!fs[firstDate].hangul || labelledStamp(&fs[firstDate])) {
		// a page opening on its bare date ("2020.08.18") or its labelled
		// timestamp ("기사입력 2025.12.02 15:15") sets the title under it; a
		// header's "2025년 4월 13일 일요일" is today's date
		firstDate = start
	}
	best, bestScore, prevTitle, kept := -1, 0, false, -1
	for i := 0; i < start; i++ {
		if labels[i] == labelDrop {
			continue
		}
		kept++ // lines the page shows above this one: a headline comes early
		f := &fs[i]
		if labels[i] != labelText || f.heading == headingFramed ||
			!headCandidate(f) && f.heading <= 0 && !politeOverStamp(fs, labels, i) && !tagOverCredit(fs, labels, i) {
			prevTitle = false
			continue
		}
		score := titleScore(fs, labels, i) - min(3*kept, 30)
		if weakTitle(f) && !f.outletOnly && shownTwice(fs, i, start) {
			score += weakPenalty // a short title the header shows twice ("논어에 대하여")
		}
		if prevTitle {
			score -= blockPenalty // under another title line: a subhead
		}
		prevTitle = !weakTitle(f) && !motto(f)
		if i > firstDate {
			score -= 50
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return lastTitle(fs, labels, start)
	}
	return best
}

// maxTagTitle bounds a tagged title read over the byline.
const maxTagTitle = 100

// tagOverCredit reports whether line i is a title opened by a bracketed
// tag ("[기획] …떴다. 찰칵!") with the byline or the page's timestamp as the
// next line kept: such a title may hold a sentence, prose never stands so.
func tagOverCredit(fs []feature, labels []label, i int) bool {
	f := &fs[i]
	if f.runes > maxTagTitle || f.dateline || f.bracketBy || !strings.HasPrefix(f.text, "[") {
		return false
	}
	tag, rest, ok := strings.Cut(f.text[1:], "]")
	if !ok || tag == "" || utf8.RuneCountInString(tag) > 10 || strings.TrimSpace(rest) == "" || lex().phraseIn(phraseCue, tag) {
		return false
	}
	n := keptNeighbour(labels, i, 1)
	return n >= 0 && (labels[n] == labelByline || labels[n] == labelDate)
}

// weakPenalty lowers a slight title line: a section or site name.
const weakPenalty = 60

// shownTwice reports whether the text of line i stands again, apart from
// it, on another line above the body (start): a page header repeats its
// title, while a section name stands once.
func shownTwice(fs []feature, i, start int) bool {
	key := foldSpace(fs[i].text)
	for j := 0; j < start; j++ {
		if j != i && j != i-1 && j != i+1 && foldSpace(fs[j].text) == key {
			return true
		}
	}
	return false
}

// politeOverStamp reports whether line i is a title closing politely
// ("…찾아가겠습니다") with the page's timestamp close under it: a notice's
// headline in the page header, not a broadcast script's spoken line, which
// comes after the timestamp.
func politeOverStamp(fs []feature, labels []label, i int) bool {
	f := &fs[i]
	if !daTitle(f) || !strings.HasSuffix(f.text, "니다") {
		return false
	}
	for j, seen := i+1, 0; j < len(fs) && seen < 4; j++ {
		switch {
		case labels[j] == labelDate:
			return true
		case labels[j] != labelDrop:
			seen++
		}
	}
	return false
}

// maxMotto is the longest site motto ("모든 시민은 기자다") read above
// a page's title.
const maxMotto = 12

// motto reports whether a title line is a short plain statement with no
// mark a headline uses: a site's motto or slogan above the title, whose
// next line is no subhead of it.
func motto(f *feature) bool {
	return daTitle(f) && f.runes <= maxMotto && !f.titlePunct && f.heading == 0
}

// lastTitle is the fallback when every title candidate is slight: a short
// title line standing right above the body ("부고", "…돌파했다") is the
// headline.
func lastTitle(fs []feature, labels []label, start int) int {
	for i := start - 1; i >= 0; i-- {
		switch {
		case labels[i] == labelDrop || labels[i] == labelDate || labels[i] == labelImage || labels[i] == labelCaption:
			continue
		case labels[i] == labelText && fs[i].heading == headingFramed:
			continue
		case labels[i] == labelText && headCandidate(&fs[i]) && !fs[i].outletOnly:
			return i
		}
		return -1
	}
	return -1
}

// titleScore rates a title candidate: length up to a point, the marks
// headlines use, a markdown heading, a timestamp right under it; a slight
// line (a section or site name) scores below zero.
func titleScore(fs []feature, labels []label, i int) int {
	f := &fs[i]
	score := min(f.runes, 60)
	if f.titlePunct {
		score += 15
	}
	if f.heading > 0 {
		score += 40
	}
	for j, seen := i+1, 0; j < len(fs) && seen < 3; j++ {
		if labels[j] == labelDrop {
			continue
		}
		if labels[j] == labelDate {
			score += 25
			break
		}
		seen++
	}
	if weakTitle(f) {
		score -= weakPenalty
	}
	return score
}

// maxCreditedCaption is the longest caption read under a lone credit.
const maxCreditedCaption = 120

// creditedCaptions reads the caption of a photo the crawler left out: a
// lone outlet's name (the photo's credit, "한빛뉴스") over a short line
// that ends in no finished sentence but in a full stop or a reporter's
// name ("시청 앞 광장 전경.", "사고 현장. 도담 기자"). The credit is
// dropped and the line is a caption, not the headline or the body.
func creditedCaptions(fs []feature, labels []label) {
	for i := 0; i+1 < len(fs); i++ {
		if !fs[i].outletOnly || labels[i] != labelText && labels[i] != labelDrop || labels[i+1] != labelText {
			continue
		}
		f := &fs[i+1]
		if f.runes > maxCreditedCaption || strings.Contains(f.text, "다. ") || finishedSentence(f.text) {
			continue
		}
		if by, _ := bareCredit(f.text); strings.HasSuffix(f.text, ".") && strings.Contains(f.text, " ") || by != "" {
			labels[i], labels[i+1] = labelDrop, labelCaption
			i++
		}
	}
}

// maxTriangleCaption is the longest line a lone triangle marks as a caption.
const maxTriangleCaption = 300

// triangleCaptions reads a line opened by a triangle ("▲ 축사하는 홍길동
// 시장", "▲ … 열렸다. 홍길동") as a photo's caption when it stands alone:
// regional papers mark captions so even without a credit, while a run of
// triangle lines is a list ("▲기획실장 홍길동 ▲…").
func triangleCaptions(fs []feature, labels []label) {
	for i := range fs {
		if labels[i] != labelText || !triangled(fs[i].text) || fs[i].runes > maxTriangleCaption ||
			strings.Count(fs[i].text, "다. ") >= maxCaptionSentences || triangleList(fs[i].text) || briefItem(fs[i].text) {
			continue
		}
		if p := keptNeighbour(labels, i, -1); p >= 0 && triangled(fs[p].text) {
			continue
		}
		if n := keptNeighbour(labels, i, 1); n >= 0 && triangled(fs[n].text) {
			continue
		}
		labels[i] = labelCaption
	}
}

// maxBriefHead bounds the head of a news brief's item before its " = ".
const maxBriefHead = 60

// briefItem reports an item of a news roundup, its head and " = " before
// the story: "▲ 한빛 앙코르 콘서트 = 가수 한빛이 …", never a caption.
func briefItem(s string) bool {
	k := strings.Index(s, " = ")
	return k > 0 && utf8.RuneCountInString(s[:k]) <= maxBriefHead
}

// minTriangleItems is how many triangles make one line a list of items
// ("△기록 협력 △보건 협력 △문화 협력 등이다"), never a caption.
const minTriangleItems = 3

// triangleList reports whether s lists items each opened by a triangle.
func triangleList(s string) bool {
	return strings.Count(s, "▲")+strings.Count(s, "△") >= minTriangleItems
}

// triangled reports whether s opens with the triangle (or the arrows,
// "↑↑ 왼쪽부터 …") captions are marked with.
func triangled(s string) bool {
	return strings.HasPrefix(s, "▲") || strings.HasPrefix(s, "△") || strings.HasPrefix(s, "↑")
}

// maxWireTag bounds the Latin capitals of an aggregator's wire tag.
const maxWireTag = 4

// dropWireTag drops an aggregator's wire tag ("YNA"): Latin capitals
// alone on a line with the byline or a lead opened by a dateline or a
// byline bracket as the next line kept, past the photos and captions a
// page sets between them. Capitals standing elsewhere (a group's name over
// a paragraph) stay.
func dropWireTag(fs []feature, labels []label) {
	for i := range fs {
		if labels[i] == labelDrop || !wireTag(fs[i].text) {
			continue
		}
		n := keptNeighbour(labels, i, 1)
		for n >= 0 && (labels[n] == labelCaption || labels[n] == labelImage) {
			n = keptNeighbour(labels, n, 1)
		}
		if n >= 0 && (labels[n] == labelByline || fs[n].dateline || fs[n].bracketBy) {
			labels[i] = labelDrop
		}
	}
}

// wireTag reports a word of two to maxWireTag Latin capitals.
func wireTag(s string) bool {
	if len(s) < 2 || len(s) > maxWireTag {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// keptNeighbour is the index of the nearest line before (step -1) or
// after (step 1) line i that is not dropped, -1 when there is none.
func keptNeighbour(labels []label, i, step int) int {
	for j := i + step; j >= 0 && j < len(labels); j += step {
		if labels[j] != labelDrop {
			return j
		}
	}
	return -1
}

// finishedSentence reports whether s ends in a finished sentence ("…했다.",
// "…인가요?") rather than a noun phrase closed by a full stop ("현장.").
func finishedSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)]」』")
	if strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(s, "."))
	return strings.ContainsRune("다요죠까", r)
}

// titleWithoutSite cuts the site's name a page title ends with ("제목|한빛일보",
// "제목 - 한빛일보"), as browsers show it, off the headline.
func titleWithoutSite(t string) string {
	for _, sep := range []string{"|", " - "} {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		if site := strings.TrimSpace(t[i+len(sep):]); outletOnly(site) || outletWord(site) && !strings.Contains(site, " ") {
			return strings.TrimSpace(t[:i])
		}
	}
	return t
}
