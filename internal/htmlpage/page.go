package htmlpage

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Page is one web page read for the anatomy parser.
type Page struct {
	Meta Meta
	// Body is the main text, one paragraph per line, with each photo as a
	// markdown image line "![caption](url)" where it stands.
	Body string
}

// parseDoc decodes the page (the charset of contentType, an HTTP
// Content-Type header, else its declared or sniffed one) and parses it; a
// page nested too deep for the parser is flattened first (see flatten).
func parseDoc(data []byte, contentType string) (*html.Node, error) {
	r, err := charset.NewReader(bytes.NewReader(data), contentType)
	if err != nil {
		r = bytes.NewReader(data)
	}
	text, err := io.ReadAll(io.LimitReader(r, int64(len(data))*4+1024))
	if err != nil {
		return nil, fmt.Errorf("decoding HTML: %w", err)
	}
	doc, err := html.Parse(bytes.NewReader(text))
	for _, bound := range flattenBounds {
		if !tooDeep(err) {
			break
		}
		// Nested past the parser's limit: read it again with the excess
		// wrappers dropped rather than lose the whole page.
		doc, err = html.Parse(bytes.NewReader(flatten(text, bound)))
	}
	if tooDeep(err) {
		return nil, fmt.Errorf("parsing HTML: nested deeper than the parser's 512 elements even with layout wrappers dropped: %w", err)
	}
	if err != nil {
		return nil, fmt.Errorf("parsing HTML: %w", err)
	}
	return doc, nil
}

// extractOptions keep images, read dates only from metadata (the text's
// own dates are sosik's to read, and never against the clock), and leave
// comments out.
var extractOptions = trafilatura.Options{
	EnableFallback:  true,
	ExcludeComments: true,
	IncludeImages:   true,
	Deduplicate:     true,
	HtmlDateMode:    trafilatura.Disabled,
}

// Parse reads one web page: its own metadata, and its main text (found by
// go-trafilatura) with paragraph breaks kept, photos as markdown image
// lines with their captions, and the headline left out of the body when
// the page repeats it there. A page without enough main text is an error.
func Parse(data []byte) (page Page, err error) { return ParseType(data, "") }

// ParseType is Parse for a page fetched over HTTP: contentType is its
// Content-Type header, whose charset (EUC-KR …) wins over what the page
// declares, as in a browser.
func ParseType(data []byte, contentType string) (page Page, err error) {
	defer func() {
		// A parser bug on hostile markup must cost one page, not the run.
		if p := recover(); p != nil {
			err = fmt.Errorf("extracting HTML: internal error: %v", p)
		}
	}()
	doc, err := parseDoc(data, contentType)
	if err != nil {
		return Page{}, err
	}
	page.Meta = readMeta(doc)
	if page.Meta.Author == "" {
		page.Meta.Author = bylineBox(doc)
	}
	markPhotos(doc)
	pageLines := lines(doc) // before extraction, which prunes the tree
	heads := subheadBlocks(doc)
	page.Meta.Title = headlineOf(page.Meta.Title, pageLines)
	res, err := trafilatura.ExtractDocument(doc, extractOptions)
	if err != nil {
		return Page{}, fmt.Errorf("extracting HTML: %w", err)
	}
	if res == nil || res.ContentNode == nil {
		return Page{}, errNoText
	}
	mainLines := lines(res.ContentNode)
	if al, ok := align(pageLines, strings.Join(mainLines, "\n")); ok {
		mainLines = al
	}
	body := dropTitle(mainLines, page.Meta.Title)
	if utf8.RuneCountInString(strings.Join(strings.Fields(strings.Join(body, "")), "")) < minText {
		return Page{}, errNoText
	}
	if page.Meta.Title == "" {
		page.Meta.Title = clean(res.Metadata.Title)
	}
	// The title block's subheads go first, where the text form has them.
	body = append(newSubheads(heads, page.Meta.Title, body), body...)
	page.Body = strings.Join(body, "\n")
	return page, nil
}

// minText is the fewest characters of main text a page must have to be an
// article: below it the extractor found a menu or a caption, not a story.
const minText = 20

var errNoText = errors.New("no article text found in the HTML page")

// dropTitle removes the lines that repeat the page title: the headline is
// the title, given once.
func dropTitle(ls []string, title string) []string {
	t := fold(title)
	if t == "" {
		return ls
	}
	out := ls[:0]
	for _, l := range ls {
		if fold(l) != t {
			out = append(out, l)
		}
	}
	return out
}

// titleSeparators part a headline from the site name in a <title>:
// "제목 | 가나일보", "제목 - 가나일보", "제목 < 사회 < 기사본문 - 가나일보".
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " : ", " < ", " > ", " · "}

// headlineOf returns the page's headline: title itself when the page shows
// it, else the page line that title opens with before a separator (the
// <title> with the site name after it).
func headlineOf(title string, pageLines []string) string {
	t := fold(title)
	if t == "" {
		return title
	}
	best := ""
	for _, l := range pageLines {
		f := fold(l)
		if f == t {
			return title
		}
		if len(f) <= len(best) || !strings.HasPrefix(title, l) {
			continue
		}
		for _, sep := range titleSeparators {
			if strings.HasPrefix(title[len(l):], sep) {
				best = l
				break
			}
		}
	}
	if best == "" {
		return title
	}
	return best
}
