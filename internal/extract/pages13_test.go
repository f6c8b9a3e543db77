package extract

import (
	"slices"
	"testing"
)

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
	checkPersonAttrs(t, []personWant{
		{"조복래 한빛일보 기획실 상무이사가 참석했다.", "조복래", "상무이사", "한빛일보"},
		{"조복래 전 한빛일보 논설위원실 상무이사가 참석했다.", "조복래", "전 상무이사", "한빛일보"},
		{"윤태호 누리신문 편집국 부국장이 참석했다.", "윤태호", "부국장", "누리신문"},
		{"강지훈 가온그룹 비서실 부장은 \"어렵다\"고 말했다.", "강지훈", "부장", "가온그룹"},
	})
}

// TestTitledDotListMeets: a middle-dot list of titled people, each with an
// affiliation or 전 between name and title, is the subject of a meeting as a
// group; an organisation in the list is never a side.
func TestTitledDotListMeets(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		text string
		want []string
	}{
		{"윤태호 한빛전자 사장·강지훈 누리화학 대표가 만났다.", []string{"윤태호", "강지훈"}},
		{"윤태호 한빛전자 사장·강지훈 누리화학 대표가 22일 서울에서 회동했다.", []string{"윤태호", "강지훈"}},
		{"윤태호 전 장관·강지훈 의원이 만났다.", []string{"윤태호", "강지훈"}},
		{"윤태호 상무·강지훈 편집국장이 만났다.", []string{"윤태호", "강지훈"}},
		{"한빛전자 윤태호 사장·누리화학 강지훈 대표가 만났다.", nil},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		ev := firstEvent(doc, "MEET")
		switch {
		case c.want == nil && ev != nil && slices.Contains(ev.Actors, "누리화학"):
			t.Errorf("%q: an organisation as a side: %v", c.text, ev.Actors)
		case c.want != nil && (ev == nil || !slices.Equal(ev.Actors, c.want)):
			t.Errorf("%q: want MEET %v, got %+v", c.text, c.want, ev)
		}
	}
}

// TestCouncilSuffixes: 진흥회 and 중앙회 end an organisation's name, and a
// head of one may be written glued to it (한빛기업중앙회장), as 은행장 is.
func TestCouncilSuffixes(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct{ text, org string }{
		{"가온통신진흥회는 8일 이사회를 열었다.", "가온통신진흥회"},
		{"제6기 가온통신진흥회 이사장에 윤태호 한빛연구소 이사가 21일 선임됐다.", "가온통신진흥회"},
		{"한빛농업중앙회는 24일 총회를 열었다.", "한빛농업중앙회"},
	} {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		if find(doc, "ORG", c.org) == nil {
			t.Errorf("%q: no organisation %q in %v", c.text, c.org, doc.Entities)
		}
	}
	checkPersons(t, []personCase{
		{"윤태호 한빛기업중앙회장은 \"좋다\"고 말했다.", "윤태호", "한빛기업중앙회장"},
		{"윤태호 가온상인연합회장이 참석했다.", "윤태호", "가온상인연합회장"},
	})
}

// TestLeadQuoteToldObject: a quote standing alone is attributed by the next
// sentence's "이렇게 소회를 밝혔다" (an object between the deictic word and
// the speech verb); a verb of no speech attributes nothing.
func TestLeadQuoteToldObject(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct{ text, speaker string }{
		{"\"올해 행사는 규모가 커졌다.\"\n윤태호 한빛전자 사장은 이렇게 소회를 밝혔다.", "윤태호"},
		{"\"올해 행사는 규모가 커졌다. 모두에게 감사드린다.\"\n24일 서울에서 열린 행사에서 윤태호 한빛전자 사장은 이렇게 소감을 전했다.", "윤태호"},
		{"\"올해 행사는 규모가 커졌다.\"\n윤태호 한빛전자 사장은 이렇게 계획을 세웠다.", ""},
	} {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		got := ""
		for _, q := range doc.Quotes {
			got = q.Speaker
		}
		if got != c.speaker {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.speaker)
		}
	}
}

// TestAboutAlsoMatter: "…것에 대해서도 “…”고 선을 그었다" — a subject
// before 대해서도 belongs to the matter the quote answers, as before 대해서는.
func TestAboutAlsoMatter(t *testing.T) {
	x := extractor(t)
	text := "윤태호 한빛전자 사장은 29일 \"좋다\"고 말했다.\n또 야당이 윤 원장의 출석을 요청하는 것에 대해서도 \"그럴 일이 아니다\"고 선을 그었다."
	doc := x.Extract(articleOf("제목\n\n"+text, "2026-04-01"))
	for _, q := range doc.Quotes {
		if q.Text == "그럴 일이 아니다" && q.Speaker != "윤태호" {
			t.Errorf("speaker %q, want 윤태호", q.Speaker)
		}
	}
	if len(doc.Quotes) != 2 {
		t.Errorf("want 2 quotes, got %+v", doc.Quotes)
	}
}

// TestSurnameNewTitle: "윤 대표이사" after "대표이사 사장으로 윤태호
// 부사장을 선임했다" is 윤태호, the only 윤 with a title of that class; a
// title of another class (윤 장관) names no 윤 met before.
func TestSurnameNewTitle(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct{ text, speaker string }{
		{"가온뉴스는 24일 이사회에서 새 대표이사 사장으로 윤태호 부사장을 선임했다. 윤 대표이사는 27일 취임식에서 \"최선을 다하겠다\"고 밝혔다.", "윤태호"},
		{"윤태호 한빛전자 사장이 참석했다. 윤 장관은 \"좋다\"고 말했다.", "윤 장관"},
	} {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker != c.speaker {
			t.Errorf("%q: want speaker %q, got %+v", c.text, c.speaker, doc.Quotes)
		}
	}
}
