package extract

import (
	"slices"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
)

// TestPortalSummaryNames: a portal's summary-bot block above the story is
// no body, but the places and groups it names are the story's; it adds no
// quote, event or topic of its own (the body says the same).
func TestPortalSummaryNames(t *testing.T) {
	cases := []struct {
		name, raw string
		entities  []string // type/name that must be found
		quotes    int
		body0     string // the first body paragraph's start
	}{
		{
			name: "summary names a province the body leaves out",
			raw: "\"결사 반대\" 새봄리 매립장 설명회 무산\n" +
				"전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.\n" +
				"경남 고성군 새봄신도시 주민들이 매립장 설명회에 몰려가 반대 목소리를 냈다.\n" +
				"주민들은 \"절대 받아들일 수 없다\"고 말했다.\n" +
				"이 글자크기로 변경됩니다.\n" +
				"(예시) 가장 빠른 뉴스가 있고 다양한 정보를 만나보세요.\n" +
				"[한빛신문 도담]\n" +
				"지난 5일 고성군 농업기술센터에서 매립장 설치사업 주민설명회가 열렸다.\n" +
				"주민들은 \"절대 받아들일 수 없다\"고 말했다.\n",
			entities: []string{"PLACE/경남", "PLACE/새봄신도시", "PLACE/고성군"},
			quotes:   1,
			body0:    "지난 5일 고성군",
		},
		{
			name: "a notice with no closing demo text keeps nothing of the block",
			raw: "춘천시 청년 월세 지원 확대\n" +
				"전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.\n" +
				"춘천시가 청년 월세 지원 대상을 두 배로 늘린다.\n" +
				"춘천시는 3일 청년 월세 지원 대상을 두 배로 늘린다고 밝혔다.\n",
			entities: []string{"PLACE/춘천"},
			quotes:   1, // the body's indirect quote
			body0:    "춘천시가 청년",
		},
	}
	x := extractor(t)
	for _, c := range cases {
		a, err := article.Parse("summary.txt", []byte(c.raw))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		doc := x.Extract(a)
		var got []string
		for _, e := range doc.Entities {
			got = append(got, e.Type+"/"+e.Name)
		}
		for _, w := range c.entities {
			if !slices.Contains(got, w) {
				t.Errorf("%s: want entity %s, got %v", c.name, w, got)
			}
		}
		if len(doc.Quotes) != c.quotes {
			t.Errorf("%s: want %d quotes, got %+v", c.name, c.quotes, doc.Quotes)
		}
		if len(doc.Body) == 0 || len(doc.Body[0]) < len(c.body0) || doc.Body[0][:len(c.body0)] != c.body0 {
			t.Errorf("%s: body starts %q, want %q", c.name, doc.Body, c.body0)
		}
	}
}
