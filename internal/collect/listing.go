package collect

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/sosik-news/sosik/internal/htmlpage"
)

// entry is an article a listing names, with what the listing tells of it.
type entry struct {
	URL       string
	Title     string
	Author    string
	Published string // YYYY-MM-DD, or as written when unparsed
}

// listing is what a source's page lists: articles, and for a sitemap
// index the sitemaps to read next.
type listing struct {
	entries  []entry
	sitemaps []string
}

// parseListing reads a fetched listing of the source's kind.
func parseListing(s *Source, base string, body []byte, contentType string) (listing, error) {
	switch s.Kind {
	case KindFeed:
		es, err := feedEntries(body)
		return listing{entries: es}, err
	case KindSitemap:
		return sitemapEntries(body)
	default:
		es, err := sectionEntries(base, body, contentType, s)
		return listing{entries: es}, err
	}
}

// feedEntries lists the items of an RSS, Atom or JSON feed.
func feedEntries(body []byte) (es []entry, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("parsing feed: internal error: %v", p)
		}
	}()
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parsing feed: %w", err)
	}
	for _, it := range feed.Items {
		if it == nil || strings.TrimSpace(it.Link) == "" {
			continue
		}
		e := entry{URL: strings.TrimSpace(it.Link), Title: htmlpage.Text(it.Title)}
		switch {
		case it.PublishedParsed != nil:
			e.Published = it.PublishedParsed.Format(time.DateOnly)
		case it.UpdatedParsed != nil:
			e.Published = it.UpdatedParsed.Format(time.DateOnly)
		}
		var names []string
		for _, a := range it.Authors {
			if a != nil && strings.TrimSpace(a.Name) != "" {
				names = append(names, strings.TrimSpace(a.Name))
			}
		}
		e.Author = strings.Join(names, ", ")
		es = append(es, e)
	}
	return es, nil
}

// sitemapXML covers a urlset (with Google News tags) and a sitemap index.
type sitemapXML struct {
	XMLName xml.Name
	URLs    []struct {
		Loc  string `xml:"loc"`
		Mod  string `xml:"lastmod"`
		News struct {
			Title string `xml:"title"`
			Date  string `xml:"publication_date"`
		} `xml:"news"`
	} `xml:"url"`
	Sitemaps []struct {
		Loc string `xml:"loc"`
	} `xml:"sitemap"`
}

// maxSitemapBytes bounds a gunzipped sitemap (the protocol's own limit is 50 MB).
const maxSitemapBytes = 64 << 20

// sitemapEntries reads a sitemap, gzipped or not.
func sitemapEntries(body []byte) (listing, error) {
	if len(body) > 2 && body[0] == 0x1f && body[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return listing{}, fmt.Errorf("reading gzipped sitemap: %w", err)
		}
		if body, err = io.ReadAll(io.LimitReader(zr, maxSitemapBytes)); err != nil {
			return listing{}, fmt.Errorf("reading gzipped sitemap: %w", err)
		}
	}
	var sm sitemapXML
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.CharsetReader = charset.NewReaderLabel
	if err := dec.Decode(&sm); err != nil {
		return listing{}, fmt.Errorf("parsing sitemap: %w", err)
	}
	var l listing
	for _, s := range sm.Sitemaps {
		if loc := strings.TrimSpace(s.Loc); loc != "" {
			l.sitemaps = append(l.sitemaps, loc)
		}
	}
	for _, u := range sm.URLs {
		e := entry{URL: strings.TrimSpace(u.Loc), Title: strings.TrimSpace(u.News.Title)}
		date := strings.TrimSpace(u.News.Date)
		if date == "" {
			date = strings.TrimSpace(u.Mod)
		}
		if len(date) >= 10 {
			e.Published = date[:10]
		}
		if e.URL != "" {
			l.entries = append(l.entries, e)
		}
	}
	if sm.XMLName.Local != "urlset" && sm.XMLName.Local != "sitemapindex" {
		return l, errors.New("parsing sitemap: not a urlset or sitemapindex")
	}
	return l, nil
}

// sectionEntries lists the links of a section page that match the
// source's link pattern, resolved against the page URL, in page order.
func sectionEntries(base string, body []byte, contentType string, s *Source) ([]entry, error) {
	bu, err := url.Parse(base)
	if err != nil {
		return nil, err
	}
	r, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		r = bytes.NewReader(body)
	}
	doc, err := html.Parse(r)
	if err != nil {
		return nil, fmt.Errorf("parsing section page: %w", err)
	}
	var es []entry
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode || n.Data != "a" {
			continue
		}
		for _, a := range n.Attr {
			if a.Key != "href" {
				continue
			}
			u, err := bu.Parse(strings.TrimSpace(a.Val))
			if err != nil || !s.pattern.MatchString(u.String()) {
				continue
			}
			es = append(es, entry{URL: u.String()})
		}
	}
	return es, nil
}
