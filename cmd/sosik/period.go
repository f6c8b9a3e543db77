package main

import (
	"fmt"
	"time"

	"github.com/sosik-news/sosik/internal/store"
)

// maxTimelineFetch is the most timeline items the store hands out at once;
// a period is applied to that many of the newest.
const maxTimelineFetch = 10000

// period is a --from/--to date range, each end YYYY-MM-DD, YYYY-MM or YYYY
// and inclusive, compared as date prefixes; an empty end is open.
type period struct{ from, to string }

// periodLayouts are the date forms --from and --to accept.
var periodLayouts = map[int]string{4: "2006", 7: "2006-01", 10: time.DateOnly}

// newPeriod checks both ends and their order.
func newPeriod(from, to string) (period, error) {
	for _, end := range []struct{ flag, v string }{{"--from", from}, {"--to", to}} {
		if end.v == "" {
			continue
		}
		layout, ok := periodLayouts[len(end.v)]
		if _, err := time.Parse(layout, end.v); !ok || err != nil {
			return period{}, fmt.Errorf("%s %q: want a date as YYYY-MM-DD, YYYY-MM or YYYY", end.flag, end.v)
		}
	}
	if n := min(len(from), len(to)); n > 0 && to[:n] < from[:n] {
		return period{}, fmt.Errorf("--to %s is before --from %s", to, from)
	}
	return period{from, to}, nil
}

func (p period) set() bool { return p.from != "" || p.to != "" }

// contains tells whether a date (YYYY-MM-DD…, or shorter) falls within the
// period; an undated item never does.
func (p period) contains(date string) bool {
	if date == "" {
		return false
	}
	if p.from != "" && date[:min(len(date), len(p.from))] < p.from {
		return false
	}
	return p.to == "" || date[:min(len(date), len(p.to))] <= p.to
}

// keep returns the items (oldest first) dated within the period, the
// newest limit of them when limit > 0.
func (p period) keep(items []store.TimelineItem, limit int) []store.TimelineItem {
	if !p.set() {
		return items
	}
	out := make([]store.TimelineItem, 0, len(items))
	for _, it := range items {
		if p.contains(it.Date) {
			out = append(out, it)
		}
	}
	if limit > 0 && len(out) > limit {
		out = out[len(out)-limit:]
	}
	return out
}
