package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/htmlpage"
)

// htmlItem reads a web page through htmlpage: main text with paragraph
// breaks and photos, and the page's own metadata (JSON-LD, Open Graph and
// meta tags: title, date, site name, author, canonical URL).
func htmlItem(source string, data []byte) Item { return PageItem(source, data, "") }

// PageItem reads a web page fetched over HTTP the way ingest reads an HTML
// file; contentType is the response's Content-Type header (its charset
// wins over the page's own), or "".
func PageItem(source string, data []byte, contentType string) Item {
	it := Item{Source: source, Format: HTML, Bytes: int64(len(data))}
	page, err := htmlpage.ParseType(data, contentType)
	if err != nil {
		it.Err = fmt.Errorf("%s: %w", source, err)
		return it
	}
	it.Meta = article.Meta{
		Source:    source,
		URL:       page.Meta.URL,
		Title:     page.Meta.Title,
		Published: page.Meta.Published,
		Agency:    page.Meta.Site,
		Author:    page.Meta.Author,
	}
	it.Body = page.Body
	return it
}

func dateOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// feedItems parses an RSS, Atom or JSON feed; each entry is one item, with
// its description or content stripped of markup. An entry is sourced by its
// link when it has one, which stays stable as the feed scrolls.
func feedItems(source string, data []byte) (items []Item) {
	defer func() {
		if p := recover(); p != nil {
			items = []Item{{Source: source, Format: Feed, Bytes: int64(len(data)),
				Err: fmt.Errorf("%s: parsing feed: internal error: %v", source, p)}}
		}
	}()
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			err = errors.New("not an RSS, Atom or JSON feed")
		}
		return []Item{{Source: source, Format: Feed, Err: fmt.Errorf("%s: parsing feed: %w", source, err), Bytes: int64(len(data))}}
	}
	if len(feed.Items) == 0 {
		return []Item{{Source: source, Format: Feed, Err: fmt.Errorf("%s: feed has no items", source), Bytes: int64(len(data))}}
	}
	share := int64(len(data)) / int64(len(feed.Items))
	for i, e := range feed.Items {
		if e == nil {
			continue
		}
		src := fmt.Sprintf("%s#%d", source, i+1)
		it := Item{Source: src, Format: Feed, Bytes: share}
		if i == len(feed.Items)-1 {
			it.Bytes = int64(len(data)) - share*int64(len(feed.Items)-1)
		}
		body := e.Content
		if strings.TrimSpace(htmlpage.Text(body)) == "" {
			body = e.Description
		}
		body = htmlpage.Text(body)
		if body == "" {
			it.Err = fmt.Errorf("%s: feed item has no description or content", src)
			items = append(items, it)
			continue
		}
		link := strings.TrimSpace(e.Link)
		if link != "" {
			it.Source = link
		}
		it.Meta = article.Meta{
			Source:    it.Source,
			URL:       link,
			Title:     htmlpage.Text(e.Title),
			Published: feedDate(e),
			Author:    feedAuthor(e),
		}
		it.Body = body
		items = append(items, it)
	}
	return items
}

func feedDate(e *gofeed.Item) string {
	switch {
	case e.PublishedParsed != nil:
		return dateOf(*e.PublishedParsed)
	case e.UpdatedParsed != nil:
		return dateOf(*e.UpdatedParsed)
	}
	// Unparsed dates are left for article.FromParts to read or infer.
	if e.Published != "" {
		return e.Published
	}
	return e.Updated
}

func feedAuthor(e *gofeed.Item) string {
	var names []string
	for _, p := range e.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			names = append(names, strings.TrimSpace(p.Name))
		}
	}
	if len(names) == 0 && e.DublinCoreExt != nil {
		names = append(names, e.DublinCoreExt.Creator...)
	}
	return strings.Join(names, ", ")
}

// htmlMarkup finds block markup in a record's text: crawls often store an
// article body as the page's HTML.
var htmlMarkup = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)<(p|br|div|figure|img|h[1-6])[\s/>]`) })

// recordBody renders a record's text that holds HTML markup the way a
// page's main text is rendered (paragraphs, photos); plain text stays.
func recordBody(s string) string {
	if !htmlMarkup().MatchString(s) {
		return s
	}
	return htmlpage.Text(s)
}
