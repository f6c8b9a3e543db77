package extract

import "testing"

// TestResidentBodies: an apartment complex's residents' council and a
// neighbourhood's residents' committee are organisations, and speak.
func TestResidentBodies(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct{ text, org string }{
		{"새봄그린빌입주자대표회의는 \"주민 대부분이 반대한다\"라며 \"끝까지 막겠다\"고 말했다.", "새봄그린빌입주자대표회의"},
		{"한빛1동주민자치회는 3일 총회를 열었다.", "한빛1동주민자치회"},
		{"가온시장번영회가 성명을 냈다.", "가온시장번영회"},
	} {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		if find(doc, "ORG", c.org) == nil {
			t.Errorf("%q: no organisation %q in %v", c.text, c.org, doc.Entities)
		}
		for _, q := range doc.Quotes {
			if q.Speaker != c.org {
				t.Errorf("%q: quote %q spoken by %q, want %q", c.text, q.Text, q.Speaker, c.org)
			}
		}
	}
}

// TestCouncilHeadTitles: the heads of councils and associations carry
// titles of their own (대표회장, 상임부회장, 공동회장), and so does the
// deputy head of a security service (경호차장) and a vice minister
// written with his rank (상무부부장).
func TestCouncilHeadTitles(t *testing.T) {
	checkPersons(t, []personCase{
		{"조재구 한빛구청장협의회 대표회장이 22일 고기동 장관을 만났다.", "조재구", "대표회장"},
		{"서하늘 새봄상인연합회 상임부회장은 \"어렵다\"고 말했다.", "서하늘", "상임부회장"},
		{"도담 가온환경운동연합 공동회장이 참석했다.", "도담", "공동회장"},
		{"나은별 경호차장이 출석했다.", "나은별", "경호차장"},
		{"도담 장관은 마자오쉬 중국 외교부 상무부부장과 만났다.", "마자오쉬", "상무부부장"},
	})
}
