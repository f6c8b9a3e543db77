package store

import (
	"reflect"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/extract"
)

// cutRows keeps each article once, with the furthest end its rows need
// (-1, the whole text, wins) and ignores rows that cut nothing.
func TestCutRowsAdd(t *testing.T) {
	type row struct {
		rid      int64
		cut, end int
	}
	tests := []struct {
		name string
		rows []row
		rids []int64
		ends map[int64]int
	}{
		{"uncut rows need no text", []row{{1, 0, 10}}, nil, nil},
		{"furthest end", []row{{1, 1, 10}, {2, 1, 5}, {1, 1, 30}, {1, 1, 20}}, []int64{1, 2}, map[int64]int{1: 30, 2: 5}},
		{"whole text wins", []row{{1, 1, 10}, {1, 4, -1}, {1, 1, 40}}, []int64{1}, map[int64]int{1: -1}},
	}
	for _, tt := range tests {
		var c cutRows
		for _, r := range tt.rows {
			c.add(r.rid, r.cut, r.end)
		}
		if !reflect.DeepEqual(c.rids, tt.rids) || !reflect.DeepEqual(c.ends, tt.ends) {
			t.Errorf("%s: rids %v ends %v, want %v %v", tt.name, c.rids, c.ends, tt.rids, tt.ends)
		}
	}
}

func TestInflatePrefix(t *testing.T) {
	text := strings.Repeat("가나다라마바사 ", 100)
	z := deflate([]byte(text))
	for _, n := range []int{0, 7, 500, len(text), len(text) + 10} {
		got, err := inflatePrefix(z, n)
		if want := text[:min(n, len(text))]; err != nil || string(got) != want {
			t.Errorf("prefix %d: %q (%v), want %q", n, got, err, want)
		}
	}
}

// Stored event texts: slices become offsets, anything else stays written.
func TestStoredEventTexts(t *testing.T) {
	text := "제목\n갑은 을을 만났다. 갑은 만나지 않았다."
	sp := func(s string) extract.Span {
		i := strings.Index(text, s)
		return extract.Span{Start: i, End: i + len(s), Text: s}
	}
	met, not := sp("갑은 을을 만났다."), sp("않")
	tests := []struct {
		name string
		ev   extract.Event
		want eventTexts
	}{
		{"all slices", extract.Event{Evidence: met.Text, Start: met.Start, End: met.End, Marker: &not, Mentions: []extract.Span{met, not}},
			eventTexts{mentions: "7,31,49,52", cut: cutEvidence | cutMarker | cutMentions}},
		{"no mentions", extract.Event{Evidence: met.Text, Start: met.Start, End: met.End},
			eventTexts{cut: cutEvidence | cutMentions}},
		{"rewritten", extract.Event{Evidence: "다른 문장", Start: met.Start, End: met.End, Marker: &extract.Span{Text: "예정"},
			Mentions: []extract.Span{met, {Start: 0, End: 2, Text: "고친"}}},
			eventTexts{evidence: "다른 문장", marker: "예정", mentions: `[{"start":7,"end":31,"text":"갑은 을을 만났다."},{"start":0,"end":2,"text":"고친"}]`}},
	}
	for _, tt := range tests {
		got, err := storedEventTexts(text, &tt.ev)
		if err != nil || got != tt.want {
			t.Errorf("%s: %+v (%v), want %+v", tt.name, got, err, tt.want)
		}
		if got.cut&cutMentions != 0 {
			back, err := parseSpans(got.mentions)
			for i := range back {
				back[i].Text = slice(text, back[i].Start, back[i].End)
			}
			if err != nil || len(back) != len(tt.ev.Mentions) || len(back) > 0 && !reflect.DeepEqual(back, tt.ev.Mentions) {
				t.Errorf("%s: mentions read back %+v (%v), want %+v", tt.name, back, err, tt.ev.Mentions)
			}
		}
	}
}
