package extract

import (
	"regexp"
	"sync"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/korean"
)

// quarterRe reads a date's text ending in a quarter ("4분기", "2025년 4분기",
// "올해 제4분기"); the first group is everything before the quarter.
var quarterRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(.*?)\s*(?:제\s?)?([1-4])\s?분기$`)
})

// quarterYears gives a bare quarter of a headline or subhead ("4분기
// 영업이익") the year of the first quarter of that number the body dates
// with its year ("2025년 4분기", "지난해 4분기"): the figures the headline
// sums up are the body's. With no such body quarter it stays as resolved.
func (d *doc) quarterYears(dates []korean.Date) {
	var body []int
	for i, dt := range dates {
		if m := quarterRe().FindStringSubmatch(dt.Text); m != nil && m[1] != "" && d.secKindAt(dt.Start) == article.KindBody {
			body = append(body, i)
		}
	}
	for i := range dates {
		dt := &dates[i]
		m := quarterRe().FindStringSubmatch(dt.Text)
		if m == nil || m[1] != "" {
			continue
		}
		if k := d.secKindAt(dt.Start); k != article.KindHeadline && k != article.KindSubhead {
			continue
		}
		for _, b := range body {
			if quarterRe().FindStringSubmatch(dates[b].Text)[2] == m[2] {
				dt.Value, dt.Relative = dates[b].Value, copyRelative(dates[b].Relative)
				break
			}
		}
	}
}

// copyRelative returns a copy of r (nil for nil), so two dates share no
// fields.
func copyRelative(r *korean.Relative) *korean.Relative {
	if r == nil {
		return nil
	}
	c := *r
	return &c
}

// secKindAt is the kind of the section holding offset p, "" outside them.
func (d *doc) secKindAt(p int) article.SectionKind {
	for _, s := range d.secs {
		if p >= s.Start && p < s.End {
			return s.Kind
		}
	}
	return ""
}
