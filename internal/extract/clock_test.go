package extract

import (
	"encoding/json"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/sosik-news/sosik/internal/article"
)

// undatedStory has relative dates and nothing that anchors them: no
// metadata, no page date line, no photo date, no URL.
const undatedStory = `가람전자, 새 공장 착공

가람전자는 7일 경기 평택에서 새 반도체 공장을 착공했다고 밝혔다.
회사는 지난달 이사회에서 투자를 의결했으며, 오는 23일 협력사 설명회를 연다.
이날 행사에는 김하늘 대표가 참석했다. 공장은 내년 하반기 가동에 들어간다.
`

// TestOutputIgnoresClock runs parsing and extraction with the clock faked
// to two different years (testing/synctest bubbles start at 2000-01-01 and
// sleeping moves their clock) and requires the same output, with every
// unanchored relative date left unresolved.
func TestOutputIgnoresClock(t *testing.T) {
	x := extractor(t)
	run := func(advance time.Duration) (out string, year int) {
		synctest.Test(t, func(t *testing.T) {
			time.Sleep(advance)
			year = time.Now().Year()
			a, err := article.Parse("undated.txt", []byte(undatedStory))
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(x.Extract(a))
			if err != nil {
				t.Fatal(err)
			}
			out = string(b)
		})
		return out, year
	}
	first, y1 := run(0)
	second, y2 := run(26 * 365 * 24 * time.Hour)
	if y1 == y2 {
		t.Fatalf("the faked clocks read the same year %d", y1)
	}
	if first != second {
		t.Fatalf("output differs between clock years %d and %d:\n%s\n%s", y1, y2, first, second)
	}
	var doc struct {
		Published string `json:"published"`
		Dates     []struct {
			Text     string         `json:"text"`
			Value    *string        `json:"value"`
			Relative map[string]any `json:"relative"`
		} `json:"dates"`
	}
	if err := json.Unmarshal([]byte(first), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Published != "" {
		t.Errorf("published = %q, want none", doc.Published)
	}
	var texts []string
	for _, d := range doc.Dates {
		texts = append(texts, d.Text)
		if d.Value != nil || len(d.Relative) == 0 {
			t.Errorf("date %q: value %v, relative %v; want null and a description", d.Text, d.Value, d.Relative)
		}
	}
	if got, want := strings.Join(texts, "|"), "7일|지난달|오는 23일|이날|내년 하반기"; got != want {
		t.Errorf("dates %q, want %q", got, want)
	}
}

// TestPublishedAnchors checks the order of trust of publication dates:
// metadata, then photo dates with the lead's day, then the URL, then the
// body's own complete dates; with none, no date.
func TestPublishedAnchors(t *testing.T) {
	body := "가람전자는 7일 새 공장을 착공했다고 밝혔다."
	tests := []struct {
		name, published, url, caption, extra string
		want, day7, dateline                 string
	}{
		{name: "metadata wins", published: "2024-05-07", url: "https://news.example.kr/2023/01/02/1", want: "2024-05-07", day7: "2024-05-07"},
		{name: "dateline date before photos", extra: "", caption: "2025.03.06", url: "", want: "2025-03-09", day7: "2025-03-07", dateline: "[세종=가나통신] 2025.03.09 "},
		{name: "photo date and lead day before the URL", url: "https://news.example.kr/2023/01/02/1", caption: "2025.03.06", want: "2025-03-07", day7: "2025-03-07"},
		{name: "URL", url: "https://m.example.kr/news/AKR20230109000100001", want: "2023-01-09", day7: "2023-01-07"},
		{name: "body date with the lead day", extra: "공장은 2022년 9월 30일 설계를 마쳤다.", want: "2022-10-07", day7: "2022-10-07"},
		{name: "nothing", want: "", day7: ""},
	}
	x := extractor(t)
	for _, tc := range tests {
		a := articleOf("가람전자 착공\n\n"+tc.dateline+body+"\n"+tc.extra, tc.published)
		if tc.dateline != "" {
			a.Dateline = &article.Dateline{Place: "세종", Agency: "가나통신"}
		}
		a.URL = tc.url
		if tc.caption != "" {
			a.Photos = []article.Photo{{Caption: "착공식 " + tc.caption, Date: strings.ReplaceAll(tc.caption, ".", "-"), Section: -1}}
		}
		doc := x.Extract(a)
		if doc.Published != tc.want {
			t.Errorf("%s: published %q, want %q", tc.name, doc.Published, tc.want)
		}
		for _, d := range doc.Dates {
			if d.Text == "7일" && d.Value != tc.day7 {
				t.Errorf("%s: 7일 = %q, want %q", tc.name, d.Value, tc.day7)
			}
		}
	}
}
