// Package article turns the raw bytes of one Korean news article into its
// anatomy: headline, subheads, dateline, byline, photos, body paragraphs and
// rights notice, over one normalised text that every later stage indexes
// into with UTF-8 byte offsets.
//
// Input may be UTF-8 (with or without BOM, CRLF or LF, NFC or NFD),
// UTF-16 with a BOM, or legacy EUC-KR/CP949. A page passes three stages,
// each line once:
//
//  1. features (features.go): every feature of every line is computed in
//     one place — length, sentence ending, title marks, digit share,
//     repetition elsewhere on the page, boilerplate vocabulary from the
//     embedded lexicon (lexicon/*.tsv), bracketed broadcast labels, page
//     timestamps, bylines, sign-offs, captions, datelines;
//  2. labels (classify.go): each line becomes a headline, subhead, body
//     paragraph, caption, image, byline, rights notice, speaker label or
//     page timestamp, or is dropped (menus, toolbars, widgets and rankings,
//     ads, tickers, hashtags, tip and subscription lines, portal summary
//     bots, broadcast markers such as [앵커] or ◀ANC▶). The headline is the
//     best title candidate before the body, not merely the first line, and
//     none when the page has no title line;
//  3. assembly (parse.go): hard-wrapped lines join into paragraphs, images
//     take their captions, credits give byline, dateline and agency (from
//     the story's own dateline or byline, never from another agency's
//     photo), and Published comes from the page's own lines in order of
//     trust: labelled timestamps (입력, 기사입력, 등록, 승인, 수정), a bare
//     timestamp, a date in a URL or article id printed on the page.
//
// The layouts read include wire copy ("[서울=뉴시스]", "(세종=연합뉴스) 홍길동
// 기자 =", old "(서울=연합뉴스) 홍길동기자" endings), broadcast scripts and
// their sign-offs ("MBC뉴스 홍길동입니다" is a byline), interviews, photo
// news ("▲ … |" captions), columns, personnel and obituary items, portal
// pages, markdown images and hard-wrapped files.
package article

// Article is one news article as structured by Parse. Offsets elsewhere in
// sosik (entities, dates, amounts, quotes, events) are byte offsets into Text.
type Article struct {
	ID        string    `json:"id"`
	Source    string    `json:"source"`
	URL       string    `json:"url,omitempty"`
	Headline  string    `json:"headline"`
	Subheads  []string  `json:"subheads"`
	Agency    string    `json:"agency"`
	Dateline  *Dateline `json:"dateline"`
	Byline    Byline    `json:"byline"`
	Rights    string    `json:"rights"`
	Published string    `json:"published"` // YYYY-MM-DD from metadata; extraction infers it when empty
	Language  string    `json:"language"`
	Photos    []Photo   `json:"photos"`
	Body      []string  `json:"body"`
	Text      string    `json:"text"`
	// Sections locates each part of the article inside Text, so later stages
	// know a caption from a body paragraph without re-parsing.
	Sections []Section `json:"sections,omitempty"`
}

// Dateline is the place and agency at the head of a wire story:
// "[서울=뉴시스]" gives {Place: 서울, Agency: 뉴시스}.
type Dateline struct {
	Place  string `json:"place"`
	Agency string `json:"agency"`
}

// Byline holds the reporters credited for the article.
type Byline struct {
	Names  []string `json:"names"`
	Emails []string `json:"emails"`
}

// Photo is one image with its caption and credits.
type Photo struct {
	URL          string   `json:"url"`
	Caption      string   `json:"caption"`
	Photographer string   `json:"photographer"`
	Email        string   `json:"email"`
	Source       string   `json:"source"`
	Date         string   `json:"date"` // YYYY-MM-DD, from the caption's trailing date
	Restrictions []string `json:"restrictions"`
	// Dateline is the caption's own "[서울=뉴시스]" head, nil when it has none.
	Dateline *Dateline `json:"dateline,omitempty"`
	// Section is the index in Article.Sections of this photo's caption.
	Section int `json:"-"`
}

// SectionKind names what a span of Text is.
type SectionKind string

// The kinds of section an article is made of.
const (
	KindHeadline SectionKind = "headline"
	KindSubhead  SectionKind = "subhead"
	KindCaption  SectionKind = "caption"
	KindBody     SectionKind = "body"
	KindByline   SectionKind = "byline"
	KindRights   SectionKind = "rights"
	// KindSpeaker is a broadcast or interview label naming who speaks in
	// the soundbite that follows ("▶ 인터뷰 : 홍길동 / 시장" gives "홍길동
	// 시장"): part of the text for entities and quotes, not a body paragraph.
	KindSpeaker SectionKind = "speaker"
	// KindSummary is a sentence of a portal's summary-bot block above the
	// story: not body, but its names are the story's (entities only).
	KindSummary SectionKind = "summary"
)

// Section is one part of the article: [Start, End) byte offsets into Text.
type Section struct {
	Kind  SectionKind `json:"kind"`
	Start int         `json:"start"`
	End   int         `json:"end"`
	// Photo is the index into Photos for a caption section, else -1.
	Photo int `json:"photo"`
}

// Meta is what a container format (JSON Lines, an HTML page, an RSS item)
// says about an article apart from its body text. Empty fields are unknown.
type Meta struct {
	Source    string // where the article came from; defaults to URL
	URL       string
	Title     string // used as the headline
	Published string // any of RFC 3339, "2006-01-02 15:04", "2006.01.02" …; normalised to YYYY-MM-DD
	Agency    string // outlet name; overrides what the text suggests
	Author    string // e.g. "홍길동 기자" or "홍길동, 김철수"
}
