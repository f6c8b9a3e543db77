package extract

import "testing"

// TestPhotoNoteAngleBrackets: "윤태호<사진> 부사장" — a photo note in angle
// brackets after a name is passed over like one in parentheses.
func TestPhotoNoteAngleBrackets(t *testing.T) {
	checkPersons(t, []personCase{
		{"가온뉴스는 지난 24일 이사회에서 새 대표이사 사장으로 윤태호<사진> 부사장을 선임했다.", "윤태호", "부사장"},
		{"윤태호<사진> 한빛전자 사장은 \"좋다\"고 말했다.", "윤태호", "사장"},
		{"윤태호(사진) 한빛전자 사장은 \"좋다\"고 말했다.", "윤태호", "사장"},
	})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n가온뉴스는 지난 24일 이사회에서 새 대표이사 사장으로 윤태호<사진> 부사장을 선임했다.", "2026-04-01"))
	if ev := firstEvent(doc, "APPOINT"); ev == nil || len(ev.Actors) != 1 || ev.Actors[0] != "윤태호" {
		t.Errorf("want APPOINT of 윤태호, got %+v", ev)
	}
}

// TestOfficeBetweenOrgAndTitle: an office inside the organisation
// ("기획실", "논설위원실", "편집국") may stand between it and the title; the
// organisation is the affiliation.
func TestOfficeBetweenOrgAndTitle(t *testing.T) {
	cases := []struct{ text, name, title, affil string }{
		{"조복래 한빛일보 기획실 상무이사가 참석했다.", "조복래", "상무이사", "한빛일보"},
		{"조복래 전 한빛일보 논설위원실 상무이사가 참석했다.", "조복래", "전 상무이사", "한빛일보"},
		{"윤태호 누리신문 편집국 부국장이 참석했다.", "윤태호", "부국장", "누리신문"},
		{"강지훈 가온그룹 비서실 부장은 \"어렵다\"고 말했다.", "강지훈", "부장", "가온그룹"},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		e := find(doc, "PERSON", c.name)
		if e == nil || e.Title != c.title || e.Affiliation != c.affil {
			t.Errorf("%q: want %s %s/%s, got %+v", c.text, c.name, c.title, c.affil, e)
		}
	}
}
