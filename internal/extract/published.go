package extract

import (
	"strings"
	"time"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/korean"
)

// published is the article's date, from what the input gives, in order of
// trust: the metadata or the page's own date line (Article.Published, which
// also holds a date the user stated), a date in the wire dateline ("[서울=
// 가나통신] 2025.04.03 …"), the photos' dates with the lead's day,
// the URL ("/2025/04/03/", "20250917000227", "AKR20250403…"), then the
// body's own complete dates with the lead's day. Without any of these there
// is no date: the clock is never a source.
func (d *doc) published() (time.Time, bool) {
	if d.a.Published != "" {
		if t, err := time.Parse(time.DateOnly, d.a.Published); err == nil {
			return t, true
		}
	}
	if t, ok := datelineDay(d.a); ok {
		return t, true
	}
	body := strings.Join(d.a.Body, "\n")
	var caps []time.Time
	for _, p := range d.a.Photos {
		if t, err := time.Parse(time.DateOnly, p.Date); err == nil {
			caps = append(caps, t)
		}
	}
	if len(caps) > 0 {
		if t, ok := korean.InferPublished(body, caps); ok {
			return t, true
		}
	}
	for _, u := range []string{d.a.URL, d.a.Source} {
		if t, ok := korean.DateFromURL(u); ok {
			return t, true
		}
	}
	return korean.InferPublished(body, nil)
}

// resolveDates finds date expressions section by section: a caption's
// relative dates count from its photo's date, all others from publication.
// With neither, relative dates stay unresolved (korean.Dates with a zero
// reference).
func (d *doc) resolveDates(pub time.Time, hasPub bool) []korean.Date {
	out := []korean.Date{}
	var anchor time.Time // the day the story's first dated paragraph is about
	if t, ok := korean.ToldToday(d.text, pub); ok && hasPub {
		pub = t // "오늘(21일)" in a story posted on the 22nd: its today is the 21st
	}
	for _, sec := range d.secs {
		if sec.Kind == article.KindByline || sec.Kind == article.KindRights || sec.Start < 0 || sec.End > len(d.text) || sec.Start >= sec.End {
			continue
		}
		var ref time.Time
		if hasPub {
			ref = pub
		}
		if sec.Kind == article.KindCaption && sec.Photo >= 0 && sec.Photo < len(d.a.Photos) {
			if t, err := time.Parse(time.DateOnly, d.a.Photos[sec.Photo].Date); err == nil {
				ref = t
			}
		}
		after := time.Time{}
		if sec.Kind == article.KindBody {
			after = anchor // "이날" opening a later paragraph is the lead's day
		}
		for _, dt := range korean.DatesAfter(d.text[sec.Start:sec.End], ref, after) {
			dt.Start += sec.Start
			dt.End += sec.Start
			if sec.Kind == article.KindCaption && isCaptionStamp(d.text, dt) {
				continue // the trailing "2025.04.01." is the photo's own date, already in photos[]
			}
			if t, err := time.Parse(time.DateOnly, dt.Value); err == nil && anchor.IsZero() && sec.Kind == article.KindBody {
				anchor = t
			}
			out = append(out, dt)
		}
	}
	d.quarterYears(out)
	return out
}

// maxDatelineHead is how far into the first paragraph a wire dateline's
// date may stand: "(서울=가나통신) 2025.04.03 홍길동 기자 =" fits.
const maxDatelineHead = 120

// datelineDay reads a complete date written in the dateline head of the
// first paragraph, before the reporter's "=" or the first sentence.
func datelineDay(a *article.Article) (time.Time, bool) {
	if a.Dateline == nil || len(a.Body) == 0 {
		return time.Time{}, false
	}
	head := a.Body[0]
	if len(head) > maxDatelineHead {
		head = head[:maxDatelineHead]
	}
	if k := strings.Index(head, " = "); k >= 0 {
		head = head[:k]
	}
	for _, dt := range korean.Dates(head, time.Time{}) {
		if t, err := time.Parse(time.DateOnly, dt.Value); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
