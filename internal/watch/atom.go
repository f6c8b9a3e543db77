package watch

import (
	"encoding/xml"
	"fmt"
	"strings"

	"github.com/sosik-news/sosik/internal/store"
)

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Link    atomLink    `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	ID      string     `xml:"id"`
	Title   string     `xml:"title"`
	Updated string     `xml:"updated"`
	Links   []atomLink `xml:"link"`
	Summary string     `xml:"summary"`
}

// Atom renders a watch's hits (newest first) as an Atom feed; base is the
// server's URL for links. Dates come from the hits, never the clock: an
// entry's is its article's publication day, else when it matched.
func Atom(w store.Watch, hits []store.WatchHit, base string) ([]byte, error) {
	base = strings.TrimSuffix(base, "/")
	f := atomFeed{
		ID:     fmt.Sprintf("urn:sosik:watch:%d", w.ID),
		Title:  "sosik watch: " + w.Name,
		Link:   atomLink{Href: fmt.Sprintf("%s/watches#w%d", base, w.ID), Rel: "alternate"},
		Author: atomAuthor{Name: "sosik"},
	}
	for _, h := range hits {
		e := atomEntry{
			ID:      "urn:sosik:article:" + h.ArticleID,
			Title:   h.Headline,
			Updated: entryDate(h),
			Links:   []atomLink{{Href: base + "/article/" + h.ArticleID, Rel: "alternate"}},
			Summary: h.Reason,
		}
		if h.URL != "" {
			e.Links = append(e.Links, atomLink{Href: h.URL, Rel: "via"})
		}
		if e.Updated > f.Updated {
			f.Updated = e.Updated
		}
		f.Entries = append(f.Entries, e)
	}
	if f.Updated == "" {
		f.Updated = w.Created
	}
	out, err := xml.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), out...), nil
}

// entryDate is an RFC 3339 date for a hit.
func entryDate(h store.WatchHit) string {
	if len(h.Published) == 10 {
		return h.Published + "T00:00:00Z"
	}
	return h.At
}
