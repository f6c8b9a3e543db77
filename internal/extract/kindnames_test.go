package extract

import "testing"

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
