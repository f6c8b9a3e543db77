package korean

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// TestUnanchoredDates checks that without a reference day, dates that carry
// their own stay resolved and every other one keeps its text and offsets
// with a null value and a description of what it says.
func TestUnanchoredDates(t *testing.T) {
	tests := []struct {
		in   string
		want string // JSON of the dates
	}{
		{"회사는 7일 신제품을 공개했다.",
			`[{"text":"7일","value":null,"start":10,"end":14,"relative":{"day":7}}]`},
		{"행사는 오는 23일 열린다.",
			`[{"text":"오는 23일","value":null,"start":10,"end":22,"relative":{"day":23,"direction":"future"}}]`},
		{"올 연말 문을 연다.",
			`[{"text":"올 연말","value":null,"start":0,"end":10,"relative":{"year_offset":0}}]`},
		{"연말까지 문을 연다.",
			`[{"text":"연말","value":null,"start":0,"end":6,"relative":{"year_offset":0}}]`},
		{"지난달 수출이 늘었다.",
			`[{"text":"지난달","value":null,"start":0,"end":9,"relative":{"month_offset":-1}}]`},
		{"2025년 4월 1일 공장이 섰다. 이날 주가는 올랐다.",
			`[{"text":"2025년 4월 1일","value":"2025-04-01","start":0,"end":17},{"text":"이날","value":"2025-04-01","start":36,"end":42}]`},
		{"5일 회의가 열렸다. 이날 결론은 없었다.",
			`[{"text":"5일","value":null,"start":0,"end":4,"relative":{"day":5}},{"text":"이날","value":null,"start":26,"end":32,"relative":{"day_offset":0,"of":"previous_date"}}]`},
		{"대표단은 20일부터 이틀간 머문다.",
			`[{"text":"20일부터 이틀간","value":null,"start":13,"end":34,"relative":{"day":20,"days":2}}]`},
		{"올해 1분기 매출은 3~4월에 몰렸다.",
			`[{"text":"올해 1분기","value":null,"start":0,"end":14,"relative":{"year_offset":0,"quarter":1}},{"text":"3~4월","value":null,"start":25,"end":31,"relative":{"month":3,"end_month":4}}]`},
		{"96년 8월 문을 연 가게다.",
			`[{"text":"96년 8월","value":null,"start":0,"end":10,"relative":{"short_year":96,"month":8}}]`},
		{"다음 주 금요일 발표한다.",
			`[{"text":"다음 주 금요일","value":null,"start":0,"end":20,"relative":{"week_offset":1,"weekday":"friday"}}]`},
		{"협상은 26일 끝났고 내달 2일 서명한다.",
			`[{"text":"26일","value":null,"start":10,"end":15,"relative":{"day":26}},{"text":"내달 2일","value":null,"start":26,"end":37,"relative":{"month_offset":1,"day":2}}]`},
		{"지난 주말 공장을 점검했다.",
			`[{"text":"지난 주말","value":null,"start":0,"end":13,"relative":{"week_offset":-1,"weekend":true}}]`},
		{"오는 주말 공장을 연다.",
			`[{"text":"오는 주말","value":null,"start":0,"end":13,"relative":{"weekend":true,"direction":"future"}}]`},
		{"지난 7월27일 이후 처음이다.",
			`[{"text":"지난 7월27일","value":null,"start":0,"end":16,"relative":{"month":7,"day":27,"direction":"past"}}]`},
	}
	for _, tc := range tests {
		if p, ok := InferPublished(tc.in, nil); ok && !strings.Contains(tc.in, "2025년") {
			t.Errorf("InferPublished(%q) = %v from a text without month or year", tc.in, p)
		}
		got, err := json.Marshal(Dates(tc.in, time.Time{}))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != tc.want {
			t.Errorf("Dates(%q, none)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// TestDayCountSpans checks "D일부터 이틀간"-style spans when anchored.
func TestDayCountSpans(t *testing.T) {
	ref := ymd(2025, 2, 17)
	tests := []struct{ in, want string }{
		{"회담은 20일부터 이틀간 열린다.", "20일부터 이틀간=2025-02-20/2025-02-21"},
		{"회의에 지난 14일부터 나흘간 참석했다.", "지난 14일부터 나흘간=2025-02-14/2025-02-17"},
		{"전시는 3월 30일부터 5일간 이어진다.", "3월 30일부터 5일간=2025-03-30/2025-04-03"},
		{"그는 3일간 머물렀다.", ""},
	}
	for _, tc := range tests {
		if got := dateValues(Dates(tc.in, ref)); got != tc.want {
			t.Errorf("Dates(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDateFromURL(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://news.example.kr/article/industry/2013/11/26/0029", "2013-11-26"},
		{"https://www.example.co.kr/news/2025-04-03/story", "2025-04-03"},
		{"https://m.example.co.kr/news/AKR20250217174545384", "2025-02-17"},
		{"https://www.example.com/ampNews/202511031251260045", "2025-11-03"},
		{"https://img.example.kr/news/north/2018/10/30/20181030800029", "2018-10-30"},
		{"https://www.example.co.kr/view.asp?arcid=0016203302", ""},
		{"https://www.example.kr/replay/2022/nw930/article/6374744_35737.html", ""},
		{"https://www.example.kr/news/2025113", ""},
		{"/home/me/2025/04/03/story.txt", ""},
		{"https://example.kr/a/20251340", ""},
	}
	for _, tc := range tests {
		got, ok := DateFromURL(tc.url)
		s := ""
		if ok {
			s = got.Format(time.DateOnly)
		}
		if s != tc.want {
			t.Errorf("DateFromURL(%q) = %q, want %q", tc.url, s, tc.want)
		}
	}
}
