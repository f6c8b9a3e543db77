package extract

import (
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/testutil"
)

// TestPrecisionTraps holds error patterns met on real news from other
// outlets, each in a sentence written for this test: words the dictionary
// tags as names that are not (loanwords, noun + particle, counted nouns),
// common nouns with a company or place ending, and one-syllable names.
func TestPrecisionTraps(t *testing.T) {
	cases := []notEntityCase{
		{"그는 재배 하우스를 새로 지었다.", []string{"하우스"}},
		{"서울 트윈스 이글스가 우승했다.", []string{"이글스"}},
		{"하노버 경찰은 사고를 조사했다.", []string{"하노버"}},
		{"이번 공격은 군 간부 인사 이동과 관련이 있다.", []string{"이동과"}},
		{"고기 한 마리나 과자 한 봉지를 샀다.", []string{"마리나"}},
		{"연구진은 유전자 편집 기술을 개발했다.", []string{"유전자"}},
		{"선수들은 어제 경기를 앞두고 묵념했다.", []string{"경기"}},
		{"관중은 코파 델 레이 결승을 지켜봤다.", []string{"델"}},
		{"태양의 코로나 홀이 관측됐다.", []string{"코로나 홀", "코로나"}},
		{"북한 선전 매체가 보도했다.", []string{"선전"}},
		{"이동통신 요금이 올랐고 지역신문 구독자는 줄었다.", []string{"이동통신", "지역신문"}},
		{"직장상사와 갈등을 겪는 이가 많다.", []string{"직장상사"}},
		{"봉사 활동과 주민 이동을 지원하는 행동 계획이다.", []string{"활동", "이동", "행동"}},
	}
	assertNotEntities(t, cases)
}

// TestRecallPatterns: names the rules must still find in the shapes that
// the precision rules above border on.
func TestRecallPatterns(t *testing.T) {
	cases := []struct {
		text, typ, name, title, affil string
	}{
		{"이번 출장에는 윤하은 다온전자 배터리사업부장(부사장)이 동행했다.", Person, "윤하은", "배터리사업부장", "다온전자"},
		{"현지 부품업체인 메콩정밀과 협약을 맺는다.", Org, "메콩정밀", "", ""},
		{"한결화학은 지난달 동진소재와 계약을 체결했다.", Org, "동진소재", "", ""},
		{"경기 수원시에 공장이 있다.", Place, "경기", "", ""},
		{"서울, 경기 지역에 비가 온다.", Place, "경기", "", ""},
		{"주민들은 황해북도로 이주했다.", Place, "황해북도", "", ""},
		{"영국 출신인 맥그리거 교수는 웃었다.", Person, "맥그리거", "교수", ""},
		{"기자회견에는 김철수 의원이 나왔다.", Person, "김철수", "의원", ""},
		{"이 소식은 가람일보가 처음 전했다.", Org, "가람일보", "", ""},
		{"그는 역삼동 사무실에서 기자들을 만났다.", Place, "역삼동", "", ""},
		{"북한 매체 평화중앙통신은 7일 회의 소식을 보도했다.", Org, "평화중앙통신", "", ""},
		{"한빛미포조선은 임원 3명을 승진시켰다.", Org, "한빛미포조선", "", ""},
		{"새솔종합상사는 수출을 늘렸다.", Org, "새솔종합상사", "", ""},
		{"[들판신문 김가람 기자] 주민들이 모였다.", Org, "들판신문", "", ""},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2025-06-11"))
		e := find(doc, c.typ, c.name)
		if e == nil {
			t.Errorf("%q: no %s %s in %+v", c.text, c.typ, c.name, doc.Entities)
			continue
		}
		if e.Title != c.title || e.Affiliation != c.affil {
			t.Errorf("%q: %s title %q affil %q, want %q %q", c.text, c.name, e.Title, e.Affiliation, c.title, c.affil)
		}
	}
}

func TestGivenNameSyllables(t *testing.T) {
	cases := []struct {
		given string
		want  bool
	}{
		{"재용", true}, {"정의", true}, {"하은", true}, {"민준", true},
		{"우스", false}, {"글스", false}, {"노버", false}, {"테크", false}, {"밋", false},
	}
	for _, c := range cases {
		if got := givenNameSyllables(c.given); got != c.want {
			t.Errorf("givenNameSyllables(%q) = %v, want %v", c.given, got, c.want)
		}
	}
}

// TestForeignAndAcademicTitles: foreign scholars with a school shortened to
// …대, a department between school and title, a name after a modifier.
func TestForeignAndAcademicTitles(t *testing.T) {
	cases := []struct {
		text, name, title, affil string
	}{
		{"로랑 뒤부아 프랑스 리옹대 교수(65)가 수상했다.", "로랑 뒤부아", "교수", "리옹대"},
		{"이진호 포스텍 물리학과 교수는 설명했다.", "이진호", "교수", "포스텍"},
		{"캐나다 출신인 맥도널드 교수는 웃었다.", "맥도널드", "교수", ""},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2025-06-11"))
		e := find(doc, Person, c.name)
		if e == nil {
			t.Errorf("%q: no PERSON %s in %+v", c.text, c.name, doc.Entities)
			continue
		}
		if e.Title != c.title || e.Affiliation != c.affil {
			t.Errorf("%q: %s title %q affil %q, want %q %q", c.text, c.name, e.Title, e.Affiliation, c.title, c.affil)
		}
	}
}

func TestInstitutionsAndBranches(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n동료인 로버트 스미스 메디컬 센터 연구진이 참여했다. 철도회사 나가노 지사에 따르면 운행이 멈췄다.", "2025-06-11"))
	if find(doc, Org, "로버트 스미스 메디컬 센터") == nil {
		t.Errorf("no ORG for the medical centre in %+v", doc.Entities)
	}
	for _, n := range []string{"로버트 스미스", "나가노"} {
		if find(doc, Person, n) != nil {
			t.Errorf("%s must not be a PERSON", n)
		}
	}
}

func TestCompoundTitleAfterOffice(t *testing.T) {
	doc := extractor(t).Extract(articleOf("제목\n\n정부의 한승민 대통령 경제수석비서관은 말했다.", "2025-06-11"))
	e := find(doc, Person, "한승민")
	if e == nil || e.Title != "경제수석비서관" || e.Role != "대통령" {
		t.Fatalf("한승민 = %+v", e)
	}
}

func TestFamilyNameMerges(t *testing.T) {
	doc := extractor(t).Extract(articleOf("노벨상…뒤부아 교수 수상\n\n로랑 뒤부아 프랑스 리옹대 교수(65)가 수상했다. 뒤부아 교수는 기뻐했다.", "2025-06-11"))
	n := 0
	for _, e := range doc.Entities {
		if e.Type == Person && strings.Contains(e.Name, "뒤부아") {
			n++
		}
	}
	if n != 1 || find(doc, Person, "로랑 뒤부아") == nil {
		t.Errorf("want one PERSON 로랑 뒤부아, got %+v", doc.Entities)
	}
}

func TestTeamsAndObjectLists(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n프로 야구 한빛전자 갈매기스가 보상 선수로 김태성을 지명했다.", "2025-06-11"))
	if find(doc, Org, "한빛전자 갈매기스") == nil {
		t.Errorf("no team ORG in %+v", doc.Entities)
	}
	if !hasEvent(doc, Appoint, []string{"한빛전자 갈매기스", "김태성"}, "", "", Asserted) {
		t.Errorf("events = %+v", doc.Events)
	}
	doc = x.Extract(articleOf("제목\n\n한림재단은 5일 이수민 서울대 교수와 박지훈 고려대 교수를 수상자로 선정했다고 발표했다.", "2025-06-11"))
	for _, ev := range doc.Events {
		if ev.Type == Announce && (contains(ev.Actors, "이수민") || contains(ev.Actors, "박지훈")) {
			t.Errorf("the people selected are no announcers: %+v", ev)
		}
		if strings.HasSuffix(ev.Object, "했다고") {
			t.Errorf("object is a verb: %+v", ev)
		}
	}
}

func TestDealPartners(t *testing.T) {
	cases := []struct {
		text, org string
		want      bool
	}{
		{"한결제약은 최근 동아바이오와 기술 이전 계약을 맺었다.", "동아바이오", true},
		{"다온전자는 지난달 세진소재와 공동 개발 계약을 체결했다.", "세진소재", true},
		{"다온전자는 첨단소재와 정밀화학 분야 협력을 늘린다.", "첨단소재", false},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2025-06-11"))
		if got := find(doc, Org, c.org) != nil; got != c.want {
			t.Errorf("%q: ORG %s found = %v, want %v", c.text, c.org, got, c.want)
		}
	}
}

// TestRestrictionNoticeIsNoOrg: the agencies' "재판매 및 DB 금지" notice
// names no company, even with the KRX listing (which holds a company "DB")
// loaded.
func TestRestrictionNoticeIsNoOrg(t *testing.T) {
	dir := testutil.Shared(t, "data", "gazetteer")
	x, err := New(Options{GazetteerDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	doc := x.Extract(articleOf("제목\n\n공장 전경. (사진=다온전자 제공) 2026.01.05. photo@example.com *재판매 및 DB 금지\n\n본문. 재판매 및 DB 금지.", "2026-01-05"))
	for _, e := range doc.Entities {
		if e.Name == "DB" || e.Name == "금지" || e.Name == "재판매" {
			t.Errorf("%s %q must not be an entity", e.Type, e.Name)
		}
	}
}
