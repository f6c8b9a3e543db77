package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/sosik-news/sosik/internal/store"
)

func TestUserMessage(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"store: entity \"x\": not found", "entity \"x\": not found"},
		{"search: trends by \"year\": want day, week or month", "trends by \"year\": want day, week or month"},
		{"query: unknown graph format \"svg\" (want json, graphml or dot)", "unknown graph format \"svg\" (want json, graphml or dot)"},
		{"store: timeline 3: store: disk I/O error", "timeline 3: disk I/O error"},
		{"unclosed quote at position 0 of \"search: x\"", "unclosed quote at position 0 of \"search: x\""},
		{"store", "store"},
	} {
		if got := userMessage(errors.New(c.in)); got != c.want {
			t.Errorf("userMessage(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFlagSuggestion(t *testing.T) {
	cmd := &cobra.Command{Use: "search", RunE: func(*cobra.Command, []string) error { return nil }}
	cmd.Flags().Int("limit", 10, "")
	cmd.Flags().String("agency", "", "")
	cmd.Flags().Bool("exhaustive", false, "")
	cmd.Flags().StringP("output", "o", "", "")
	for _, c := range []struct {
		args []string
		want string // "" means no suggestion
	}{
		{[]string{"--lmit", "3"}, "Did you mean --limit?"},
		{[]string{"--limt=3"}, "Did you mean --limit?"},
		{[]string{"--agnecy", "x"}, "Did you mean --agency?"},
		{[]string{"--exhaust"}, "Did you mean --exhaustive?"},
		{[]string{"--zzzzzz"}, ""},
		{[]string{"-z"}, ""},
	} {
		cmd.SetFlagErrorFunc(flagError)
		cmd.SetArgs(c.args)
		cmd.SilenceErrors, cmd.SilenceUsage = true, true
		err := cmd.Execute()
		if err == nil {
			t.Fatalf("%v: accepted", c.args)
		}
		msg := err.Error()
		if c.want == "" {
			if strings.Contains(msg, "Did you mean") || !strings.Contains(msg, "--help") {
				t.Errorf("%v: %q, want no guess but a pointer to --help", c.args, msg)
			}
			continue
		}
		if !strings.HasSuffix(msg, "\n"+c.want) {
			t.Errorf("%v: %q, want it to end with %q", c.args, msg, c.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"limit", "limit", 0}, {"lmit", "limit", 1}, {"limt", "limit", 1}, {"agnecy", "agency", 2}, {"기사", "기자", 1}, {"abc", "", 3}} {
		if got := editDistance(c.a, c.b); got != c.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func TestPlural(t *testing.T) {
	for _, c := range []struct {
		n    int
		noun string
		want string
	}{{0, "article", "0 articles"}, {1, "article", "1 article"}, {2, "article", "2 articles"}, {1, "entity", "1 entity"},
		{3, "entity", "3 entities"}, {2, "day", "2 days"}, {2, "match", "2 matches"}} {
		if got := plural(c.n, c.noun); got != c.want {
			t.Errorf("plural(%d, %q) = %q, want %q", c.n, c.noun, got, c.want)
		}
	}
}

func TestPeriod(t *testing.T) {
	items := func(dates ...string) []store.TimelineItem {
		var out []store.TimelineItem
		for _, d := range dates {
			out = append(out, store.TimelineItem{Date: d})
		}
		return out
	}
	all := items("", "2024-12-31", "2025-01-01", "2025-02-15", "2025-03-31", "2025-04-01")
	for _, c := range []struct {
		from, to string
		limit    int
		want     string // dates kept, or the error
	}{
		{"", "", 0, "[ 2024-12-31 2025-01-01 2025-02-15 2025-03-31 2025-04-01]"},
		{"2025", "", 0, "[2025-01-01 2025-02-15 2025-03-31 2025-04-01]"},
		{"2025-01", "2025-03", 0, "[2025-01-01 2025-02-15 2025-03-31]"},
		{"2025-01-02", "2025-03-31", 0, "[2025-02-15 2025-03-31]"},
		{"2025-01", "2025-03", 2, "[2025-02-15 2025-03-31]"},
		{"", "2024", 0, "[2024-12-31]"},
		{"2025-03", "2025", 0, "[2025-03-31 2025-04-01]"},
		{"2025-04", "2025-03", 0, "--to 2025-03 is before --from 2025-04"},
		{"2025-13", "", 0, `--from "2025-13": want a date as YYYY-MM-DD, YYYY-MM or YYYY`},
		{"", "25-01-01", 0, `--to "25-01-01": want a date as YYYY-MM-DD, YYYY-MM or YYYY`},
	} {
		p, err := newPeriod(c.from, c.to)
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			var dates []string
			for _, it := range p.keep(all, c.limit) {
				dates = append(dates, it.Date)
			}
			got = fmt.Sprint(dates)
		}
		if got != c.want {
			t.Errorf("period %q..%q limit %d: %s, want %s", c.from, c.to, c.limit, got, c.want)
		}
	}
}

// FuzzPeriod: any --from/--to pair is either refused with a message or
// keeps only items it says it contains, never panicking.
func FuzzPeriod(f *testing.F) {
	for _, s := range [][2]string{{"2025", "2025-03"}, {"2025-01-02", ""}, {"", "2024-12-31"}, {"2025-13", "x"}, {"２０２５", "2025-1"}} {
		f.Add(s[0], s[1], "2025-02-15")
	}
	f.Fuzz(func(t *testing.T, from, to, date string) {
		p, err := newPeriod(from, to)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		kept := p.keep([]store.TimelineItem{{Date: date}}, 0)
		if len(kept) == 1 && p.set() && !p.contains(date) {
			t.Fatalf("%q..%q kept %q it does not contain", from, to, date)
		}
	})
}

func TestPadTrends(t *testing.T) {
	base := func(by string, buckets []string, counts ...int) *store.Trends {
		return &store.Trends{By: by, Buckets: buckets, Series: []store.TrendSeries{{Term: "x", Counts: counts}}}
	}
	for _, c := range []struct {
		name     string
		tr       *store.Trends
		from, to string
		want     string
	}{
		{"months widened both ways", base("month", []string{"2025-03", "2025-04"}, 1, 2), "2025-01", "2025-06-30",
			"[2025-01 2025-02 2025-03 2025-04 2025-05 2025-06] [0 0 1 2 0 0]"},
		{"a year as the end", base("month", []string{"2025-11"}, 4), "", "2025", "[2025-11 2025-12] [4 0]"},
		{"weeks start on Monday", base("week", []string{"2025-03-10"}, 3), "2025-03-05", "2025-03-20",
			"[2025-03-03 2025-03-10 2025-03-17] [0 3 0]"},
		{"days", base("day", nil), "2024-12-30", "2025-01-02", "[2024-12-30 2024-12-31 2025-01-01 2025-01-02] [0 0 0 0]"},
		{"no range", base("month", []string{"2025-03"}, 1), "", "", "[2025-03] [1]"},
		{"nothing at all", base("month", nil), "", "", "[] []"},
	} {
		padTrends(c.tr, c.from, c.to)
		if got := fmt.Sprint(c.tr.Buckets, c.tr.Series[0].Counts); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}

func TestPrintMonths(t *testing.T) {
	fc := func(v string, n int) store.FacetCount { return store.FacetCount{Value: v, Count: n} }
	for _, c := range []struct {
		name   string
		months []store.FacetCount
		want   []string // the month column of each line
	}{
		{"gap of one", []store.FacetCount{fc("2025-01", 2), fc("2025-03", 1)}, []string{"2025-01 2", "2025-02 0", "2025-03 1"}},
		{"gap of two", []store.FacetCount{fc("2024-12", 1), fc("2025-03", 1)}, []string{"2024-12 1", "2025-01 0", "2025-02 0", "2025-03 1"}},
		{"long gap", []store.FacetCount{fc("2024-11", 1), fc("2025-04", 3)}, []string{"2024-11 1", "2024-12 … 2025-03 0 (4 months)", "2025-04 3"}},
		{"none", nil, nil},
	} {
		var b strings.Builder
		printMonths(&b, c.months)
		var got []string
		for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n")[1:] {
			got = append(got, strings.Join(strings.Fields(strings.TrimRight(line, " █")), " "))
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

func TestPrintHits(t *testing.T) {
	hit := store.Hit{ID: "a1", StoryID: "a1", Headline: "제목", Agency: "뉴시스", Published: "2025-03-10", Snippet: "삼성전자가 투자", Highlights: []store.Span{{Start: 0, End: 12}}}
	for _, c := range []struct {
		name  string
		res   store.SearchResult
		lines []string // lines the output must have
	}{
		{"one", store.SearchResult{Total: 1, Hits: []store.Hit{hit}}, []string{"1 article matches", "    [삼성전자]가 투자"}},
		{"lower bound", store.SearchResult{Total: 900, TotalAtLeast: true, Hits: []store.Hit{hit}}, []string{"at least 900 articles match (showing 1–1)"}},
		{"agencies", store.SearchResult{Total: 3, Hits: []store.Hit{hit}, Facets: store.Facets{Agencies: []store.FacetCount{{Value: "뉴시스", Count: 2}, {Value: "뉴스1", Count: 1}}}},
			[]string{"3 articles match (showing 1–1)", "agencies: 뉴시스 2, 뉴스1 1"}},
	} {
		var b strings.Builder
		printHits(&b, store.SearchQuery{}, &c.res)
		have := strings.Split(b.String(), "\n")
		for _, want := range c.lines {
			if !slices.Contains(have, want) {
				t.Errorf("%s: no line %q in\n%s", c.name, want, b.String())
			}
		}
	}
}
