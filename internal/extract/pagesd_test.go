package extract

import "testing"

// TestAffiliationFirstMeeting: "ORG 이름 직함과 ORG 이름 직함이 만났다" has
// both persons as the sides of the meeting, each with the organisation or
// country written before the name.
func TestAffiliationFirstMeeting(t *testing.T) {
	checkMeets(t, "2026-03-10", []meetCase{
		{name: "companies first", text: "LG전자 류승범 사장과 SK하이닉스 배두나 대표가 14일 만났다.",
			actors: []string{"류승범", "배두나"}, cert: Asserted},
		{name: "countries first", text: "미국 류승범 대통령과 중국 배두나 주석이 14일 회담했다.",
			actors: []string{"류승범", "배두나"}, cert: Asserted},
	})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\nLG전자 류승범 사장과 SK하이닉스 배두나 대표가 14일 만났다.", "2026-03-10"))
	for _, c := range []struct{ name, title, aff string }{{"류승범", "사장", "LG전자"}, {"배두나", "대표", "SK하이닉스"}} {
		e := find(doc, "PERSON", c.name)
		if e == nil || e.Title != c.title || e.Affiliation != c.aff {
			t.Errorf("%s: got %+v, want title %s, affiliation %s", c.name, e, c.title, c.aff)
		}
	}
}
