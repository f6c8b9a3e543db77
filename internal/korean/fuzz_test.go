package korean

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"5000억 달러(700조원) 규모",
	"1조2000억원, 2만5000명, 3.5%, 1천억, 1,200만 원, 30여명, 약 2조원",
	"$3억, US$ 5, ₩1000, 3~4명, 0.25%p, 120만톤, 40개국",
	"2025.04.01. 2025-04-01 2025년 4월 1일 4월1일 3월31일",
	"3일 업계에 따르면 지난 1일 \"5~6일 간다\"고 했다. 지난 2월, 오는 10일",
	"지난달 28일, 이달 말, 다음 달 5일, 지난해 4분기, 올 상반기, 내년 1분기",
	"지난주 월요일, 다음 주 금요일, 이번 주말, 4월 첫째 주, 이날 전날 다음날",
	"5일부터 7일까지, 30일~4월 2일, 3월 30일~4월 2일, 7~8월",
	"그는 \"좋다.\" 이어 '가자'고 했다… Dr. Kim. 1. 항목\n둘째 줄",
	"日 美 韓美 與野 中國 北韓 故 김",
	"9999년 99월 99일 0일 32일 2월 30일 2024년 2월 29일",
	"",
	"\xff\xfe 3\xff일 5~",
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
}

func FuzzAmounts(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		prev := -1
		for _, a := range Amounts(s) {
			if a.Start < 0 || a.End > len(s) || a.Start >= a.End {
				t.Fatalf("amount %+v out of range for %q", a, s)
			}
			if s[a.Start:a.End] != a.Text {
				t.Fatalf("amount %+v: text does not match offsets in %q", a, s)
			}
			if a.Start < prev {
				t.Fatalf("amounts out of order in %q", s)
			}
			prev = a.Start
			if a.Unit == "" || a.Value != a.Value {
				t.Fatalf("amount %+v has no unit or a NaN value", a)
			}
		}
		if v, ok := ParseNumber(s); ok && v != v {
			t.Fatalf("ParseNumber(%q) = NaN", s)
		}
	})
}

func FuzzDates(f *testing.F) {
	addSeeds(f)
	ref := time.Date(2025, 4, 3, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		prev := -1
		for _, d := range Dates(s, ref) {
			if d.Start < 0 || d.End > len(s) || d.Start >= d.End || d.Start < prev {
				t.Fatalf("date %+v out of range or order for %q", d, s)
			}
			prev = d.End
			if s[d.Start:d.End] != d.Text {
				t.Fatalf("date %+v: text does not match offsets in %q", d, s)
			}
			for _, part := range strings.Split(d.Value, "/") {
				if !validValue(part) {
					t.Fatalf("date %+v: bad value in %q", d, s)
				}
			}
		}
		for _, d := range Dates(s, time.Time{}) {
			if s[d.Start:d.End] != d.Text || (d.Value == "") != (d.Relative != nil) {
				t.Fatalf("unanchored date %+v: text or value/relative wrong in %q", d, s)
			}
		}
		InferPublished(s, []time.Time{ref})
		InferPublished(s, nil)
		DateFromURL("https://a.kr/" + s)
	})
}

// validValue accepts "2006", "2006-01" and "2006-01-02".
func validValue(v string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if _, err := time.Parse(layout, v); err == nil {
			return true
		}
	}
	return false
}

func FuzzSentences(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range Sentences(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("span %+v out of order or range in %q", sp, s)
			}
			prev = sp.End
			if utf8.ValidString(s) && strings.TrimSpace(s[sp.Start:sp.End]) != s[sp.Start:sp.End] {
				t.Fatalf("span %+v has surrounding space in %q", sp, s)
			}
		}
		for _, h := range Hanja(s) {
			if s[h.Start:h.End] != h.Text || h.Expansion == "" {
				t.Fatalf("hanja %+v wrong in %q", h, s)
			}
		}
	})
}
