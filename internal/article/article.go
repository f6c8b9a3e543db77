// Package article turns the raw bytes of one Korean news article into its
// anatomy: headline, subheads, dateline, byline, photos, body paragraphs and
// rights notice, over one normalised text that every later stage indexes
// into with UTF-8 byte offsets.
//
// Input may be UTF-8 (with or without BOM, CRLF or LF, NFC or NFD),
// UTF-16 with a BOM, or legacy EUC-KR/CP949. The rules read the layouts
// Korean outlets and crawlers produce:
//
//   - a headline line (or "# 제목"), then short unfinished lines as subheads;
//   - markdown images "![caption](url)", with the caption repeated as the
//     next line taken as the same photo, an empty or placeholder alt taking
//     its caption from the next line, and dated caption lines without an
//     image ("… 2025.4.1/뉴스1") kept as photos without a URL;
//   - datelines "[서울=뉴시스]", "(세종=연합뉴스) 홍길동 기자 =", "【도쿄=…】";
//   - bylines "[이데일리 홍길동 기자]", "[머니투데이 세종=홍길동 기자]",
//     "홍길동 한경닷컴 기자 e-mail", a lone e-mail, "◎공감언론 뉴시스 e-mail";
//   - rights lines "Copyright © NEWSIS.COM, …", "<저작권자(c) 연합뉴스, …>",
//     "ⓒ 한국경제 & hankyung.com";
//   - crawler timestamps ("입력 2025.04.03 06:00", "송고시간2025-04-03"),
//     which set Published, and promo lines after the byline, which are
//     dropped;
//   - hard-wrapped files with blank lines between paragraphs.
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
