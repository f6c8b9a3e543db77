package extract

import (
	"testing"

	"github.com/sosik-news/sosik/internal/article"
)

// TestKindThenName: a culture or sport title written before a Korean name
// ("가수 도담이") names the person with that title; a word after the title
// that is no name (지망생, 대행, 전원) is nobody.
func TestKindThenName(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct{ text, name, title string }{
		{"가수 도담이 컴백과 동시에 콘서트를 연다.", "도담", "가수"},
		{"배우 김민지가 새 영화에 출연한다.", "김민지", "배우"},
		{"가수 지망생이 늘었다.", "", ""},
		{"감독 대행을 맡았다.", "", ""},
		{"선수 전원이 뛰었다.", "", ""},
	} {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		var got []Entity
		for _, e := range doc.Entities {
			if e.Type == Person {
				got = append(got, e)
			}
		}
		switch {
		case c.name == "" && len(got) > 0:
			t.Errorf("%q: want nobody, got %+v", c.text, got)
		case c.name != "" && (len(got) != 1 || got[0].Name != c.name || got[0].Title != c.title):
			t.Errorf("%q: want %s (%s), got %+v", c.text, c.name, c.title, got)
		}
	}
}

// TestBracketReporter: the byline bracket opening the first paragraph
// gives the reporter, with the press title, and lends nobody a title or a
// name part: the outlet before an "=" and the title after the bracket
// stay apart.
func TestBracketReporter(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct{ text, outlet string }{
		{"[마이데일리 = 나은별 기자] 가수 도담이 컴백과 동시에 콘서트를 연다.", "마이데일리"},
		{"[한빛경제 나은별 기자] 가수 도담이 컴백한다.", "한빛경제"},
	} {
		a, err := article.Parse("bracket.txt", []byte("제목입니다\n\n"+c.text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		doc := x.Extract(a)
		r, s := find(doc, Person, "나은별"), find(doc, Person, "도담")
		if r == nil || r.Title != "기자" || r.Affiliation != c.outlet || len(r.Mentions) != 1 {
			t.Errorf("%q: reporter %+v", c.text, r)
		}
		if s == nil || s.Title != "가수" {
			t.Errorf("%q: singer %+v", c.text, s)
		}
	}
}
