package main

import (
	"time"

	"github.com/sosik-news/sosik/internal/store"
)

// maxTrendBuckets bounds the padded table (about 14 years of days).
const maxTrendBuckets = 5000

// padTrends widens tr's buckets to the whole --from/--to range, with zero
// counts where nothing matched, so the table's time axis is the one asked
// for rather than the span of the matches.
func padTrends(tr *store.Trends, from, to string) {
	lo, hi := "", ""
	if len(tr.Buckets) > 0 {
		lo, hi = tr.Buckets[0], tr.Buckets[len(tr.Buckets)-1]
	}
	if d, ok := rangeEnd(from, false); ok {
		lo = trendBucket(d, tr.By)
	}
	if d, ok := rangeEnd(to, true); ok {
		hi = trendBucket(d, tr.By)
	}
	if lo == "" || hi == "" || lo > hi {
		return
	}
	buckets := trendBuckets(lo, hi, tr.By)
	for i, s := range tr.Series {
		old := map[string]int{}
		for j, b := range tr.Buckets {
			old[b] = s.Counts[j]
		}
		counts := make([]int, len(buckets))
		for j, b := range buckets {
			counts[j] = old[b]
		}
		tr.Series[i].Counts = counts
	}
	tr.Buckets = buckets
}

// rangeEnd reads a YYYY, YYYY-MM or YYYY-MM-DD bound as its first day, or
// its last day when last is set.
func rangeEnd(s string, last bool) (time.Time, bool) {
	layout, ok := periodLayouts[len(s)]
	if !ok {
		return time.Time{}, false
	}
	d, err := time.Parse(layout, s)
	if err != nil {
		return time.Time{}, false
	}
	if last {
		switch len(s) {
		case 4:
			d = d.AddDate(1, 0, -1)
		case 7:
			d = d.AddDate(0, 1, -1)
		}
	}
	return d, true
}

// trendBucket names the period of day d as the store does: YYYY-MM for
// months, the Monday for weeks, the day itself for days.
func trendBucket(d time.Time, by string) string {
	switch by {
	case store.ByMonth:
		return d.Format("2006-01")
	case store.ByWeek:
		return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7)).Format(time.DateOnly)
	}
	return d.Format(time.DateOnly)
}

// trendBuckets lists every period from lo to hi inclusive.
func trendBuckets(lo, hi, by string) []string {
	layout := time.DateOnly
	if by == store.ByMonth {
		layout = "2006-01"
	}
	t, err1 := time.Parse(layout, lo)
	end, err2 := time.Parse(layout, hi)
	if err1 != nil || err2 != nil {
		return []string{lo, hi}
	}
	var out []string
	for !t.After(end) && len(out) < maxTrendBuckets {
		out = append(out, t.Format(layout))
		switch by {
		case store.ByMonth:
			t = t.AddDate(0, 1, 0)
		case store.ByWeek:
			t = t.AddDate(0, 0, 7)
		default:
			t = t.AddDate(0, 0, 1)
		}
	}
	return out
}
