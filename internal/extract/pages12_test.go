package extract

import "testing"

// personCase expects a person with a title, or no person at all (title
// "-").
type personCase struct {
	text, name, title string
}

func checkPersons(t *testing.T, cases []personCase) {
	t.Helper()
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		e := find(doc, "PERSON", c.name)
		switch {
		case c.title == "-" && e != nil:
			t.Errorf("%q: unexpected person %q", c.text, c.name)
		case c.title != "-" && e == nil:
			t.Errorf("%q: no person %q in %v", c.text, c.name, doc.Entities)
		case c.title != "-" && e.Title != c.title:
			t.Errorf("%q: %s has title %q, want %q", c.text, c.name, e.Title, c.title)
		}
	}
}

// TestTitledDotChain: "윤태호 상무·강지훈 편집국장" lists two people, each
// with the title written after the name.
func TestTitledDotChain(t *testing.T) {
	checkPersons(t, []personCase{
		{"행사에는 윤태호 상무·강지훈 편집국장 등이 참석했다.", "윤태호", "상무"},
		{"행사에는 윤태호 상무·강지훈 편집국장 등이 참석했다.", "강지훈", "편집국장"},
		{"윤태호 전무·강지훈 상무·오세린 이사가 자리했다.", "강지훈", "상무"},
		{"윤태호 전무·강지훈 상무·오세린 이사가 자리했다.", "오세린", "이사"},
		{"윤태호 전무·강지훈 상무·오세린 이사가 자리했다.", "윤태호", "전무"},
		{"연구·개발 담당 부서가 새로 생겼다.", "개발", "-"},
		{"윤태호 한빛전자 사장·강지훈 누리화학 대표가 자리했다.", "강지훈", "대표"},
		{"행사에는 한빛전자 윤태호 사장·누리화학 강지훈 대표가 참석했다.", "윤태호", "사장"},
		{"행사에는 윤태호 전 장관·강지훈 의원이 참석했다.", "윤태호", "전 장관"},
		{"오늘 윤태호 상무·강지훈 편집국장이 참석했다.", "오늘", "-"},
		{"오늘 윤태호 상무·강지훈 편집국장이 참석했다.", "윤태호", "상무"},
	})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n행사에는 한빛일보 윤태호 상무·강지훈 편집국장 등이 참석했다.", "2026-04-01"))
	for _, name := range []string{"윤태호", "강지훈"} {
		if e := find(doc, "PERSON", name); e == nil || e.Affiliation != "한빛일보" {
			t.Errorf("%s: want affiliation 한빛일보, got %+v", name, e)
		}
	}
}

// TestGenitiveLastSyllable: "김성의 교수" is a person named 김성의 when the
// story calls them 김 교수 later or the part before 의 is no word; a place,
// an outlet or a word of praise with 의 before a title stays a genitive.
func TestGenitiveLastSyllable(t *testing.T) {
	checkPersons(t, []personCase{
		{"김성의 교수는 \"어려운 해였다\"고 말했다. 김 교수는 연구를 이어가겠다고 했다.", "김성의", "교수"},
		{"김성의 교수는 \"어려운 해였다\"고 말했다.", "김성", "-"},
		{"최고의 감독은 누구인가를 두고 논쟁이 이어졌다.", "최고의", "-"},
		{"한국의 교수들이 모였다.", "한국의", "-"},
		{"조선의 장군은 바다를 지켰다.", "조선의", "-"},
		{"행사에는 박정우 한빛일보 대표이사, 김성의 가온일보 대표이사가 참석했다.", "김성의", "대표이사"},
		{"그는 한국의 가온일보 대표이사를 만났다.", "한국의", "-"},
	})
}

// TestResignCertainty: a resignation told as done, as reported, as a
// rumour, and as a report the sentence goes on to deny, quoted or not.
func TestResignCertainty(t *testing.T) {
	checkPageCases(t, "2026-04-01", []pageCase{
		{name: "done", text: "최준혁 부사장은 지난 6일 사임했다.", typ: Resign, actors: []string{"최준혁"}, cert: Asserted},
		{name: "reported", text: "최준혁 부사장은 지난 6일 사의를 표명한 것으로 전해졌다.", typ: Resign, actors: []string{"최준혁"}, cert: Reported},
		{name: "rumour", text: "최준혁 부사장이 사임했다는 소문이 돌았다.", typ: Resign, actors: []string{"최준혁"}, cert: Speculated},
		{name: "report denied, quoted", text: "최준혁 부사장이 사임했다는 소문에 대해 회사 측은 \"사실무근\"이라고 밝혔다.",
			typ: Resign, actors: []string{"최준혁"}, cert: Denied},
		{name: "report denied", text: "최준혁 부사장이 사의를 표명했다는 보도에 대해 회사는 사실무근이라고 선을 그었다.",
			typ: Resign, actors: []string{"최준혁"}, cert: Denied},
		{name: "report confirmed", text: "최준혁 부사장이 사의를 표명했다는 보도가 나왔다.", typ: Resign, actors: []string{"최준혁"}, cert: Reported},
	})
}

// TestQuotedOrgs: a name written alone in quotation marks is an
// organisation when it ends like one, a kind of organisation stands before
// it, or the next sentence calls it 이 단체; a quoted film or word is none.
func TestQuotedOrgs(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		text, org string
	}{
		{"'푸른바다시민연대'는 지난 5일 성명을 내고 반대 입장을 밝혔다.", "푸른바다시민연대"},
		{"\"한빛미래연합\"이 집회를 열었다.", "한빛미래연합"},
		{"시민단체 '푸른바다'는 성명을 냈다.", "푸른바다"},
		{"'푸른바다'는 지난해 출범했다. 이 단체는 회원이 300명이다.", "푸른바다"},
		{"'푸른바다'는 지난해 개봉했다. 이 영화는 관객 300만명을 모았다.", ""},
		{"그는 '민주주의'를 강조했다. 이 단체는 반발했다.", ""},
	} {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		var orgs []string
		for _, e := range doc.Entities {
			if e.Type == Org {
				orgs = append(orgs, e.Name)
			}
		}
		if c.org == "" && len(orgs) > 0 || c.org != "" && !contains(orgs, c.org) {
			t.Errorf("%q: organisations %v, want %q", c.text, orgs, c.org)
		}
	}
}

// TestAgreementPartners: the partner in 와/과 signs with the subject, also
// when the object between them is what the agreement is about (협력을
// 위한 협약식, 업무협약을 체결); a list of objects names no partner.
func TestAgreementPartners(t *testing.T) {
	checkPageCases(t, "2026-04-01", []pageCase{
		{name: "ceremony for cooperation", text: "한빛은행은 9일 가온대학교와 인재 양성 협력을 위한 업무협약식을 가졌다.",
			typ: Agree, actors: []string{"한빛은행", "가온대학교"}, cert: Asserted},
		{name: "ceremony held", text: "한빛은행과 가온대학교는 공동 연구 협의를 위한 협약식을 열었다.",
			typ: Agree, actors: []string{"한빛은행", "가온대학교"}, cert: Asserted},
		{name: "agreement signed", text: "한빛은행은 누리재단과 업무협약을 체결했다.",
			typ: Agree, actors: []string{"한빛은행", "누리재단"}, cert: Asserted},
	})
}

// TestAgentAfterBracketByline: a byline in square brackets opening the
// sentence is no part of the subject; the police acting after it are the
// arrest's actor, also when a connective clause comes between.
func TestAgentAfterBracketByline(t *testing.T) {
	checkPageCases(t, "2026-04-01", []pageCase{
		{name: "bracket byline", text: "[가나뉴스 박민수 기자] 경찰이 체포영장을 집행해 류승범 전 대표를 체포했다.",
			typ: Arrest, actors: []string{"경찰", "류승범"}, cert: Asserted},
		{name: "connective clause", text: "경찰이 한빛연구소 회원들에 대한 체포 영장을 집행해 오후 3시께 류승범 전 대표를 체포했다.",
			typ: Arrest, actors: []string{"경찰", "류승범"}, cert: Asserted},
	})
}

// TestSubheadQuarterYear: a bare quarter in a subhead takes the year the
// body dates that quarter with; without one it stays in the year of
// publication.
func TestSubheadQuarterYear(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct{ body, want string }{
		{"한빛전자는 30일 2025년 4분기 영업이익이 3조원으로 집계됐다고 밝혔다.", "2025-10-01/2025-12-31"},
		{"한빛전자는 30일 지난해 4분기 영업이익이 3조원으로 집계됐다고 밝혔다.", "2025-10-01/2025-12-31"},
		{"한빛전자는 30일 2025년 3분기 영업이익이 3조원으로 집계됐다고 밝혔다.", "2026-10-01/2026-12-31"},
		{"한빛전자는 30일 영업이익이 3조원으로 집계됐다고 밝혔다.", "2026-10-01/2026-12-31"},
	} {
		doc := x.Extract(articleOf("한빛전자, 실적 발표\n4분기 영업이익 3조원…전년比 20% 증가\n\n"+c.body, "2026-01-30"))
		var got string
		for _, dt := range doc.Dates {
			if dt.Text == "4분기" {
				got = dt.Value
			}
		}
		if got != c.want {
			t.Errorf("%q: subhead quarter %q, want %q (dates %+v)", c.body, got, c.want, doc.Dates)
		}
	}
}

// TestRumourOwnerDenied: when the subject names no one, the owner of the
// rumoured event in the genitive is its actor.
func TestRumourOwnerDenied(t *testing.T) {
	checkPageCases(t, "2026-04-01", []pageCase{
		{name: "owner of the rumour", text: "회사 측은 최준혁 부사장의 사임설은 사실무근이라고 밝혔다.",
			typ: Resign, actors: []string{"최준혁"}, cert: Denied},
	})
}

// TestBareRumourOwner: the titled person written bare before a rumour
// noun (A 전무 사임설) is the rumour's actor.
func TestBareRumourOwner(t *testing.T) {
	checkPageCases(t, "2026-04-01", []pageCase{
		{name: "bare owner, quoted denial", text: "최준혁 부사장 사임설에 회사 측은 \"사실무근\"이라고 선을 그었다.",
			typ: Resign, actors: []string{"최준혁"}, cert: Denied},
	})
}

// TestDottedSuffixOrgs: organisations joined by a middle dot, each ending
// in an organisation suffix, are one entity each; a list of fields is none.
func TestDottedSuffixOrgs(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		text string
		orgs []string
	}{
		{"푸른재단·가온협회는 공동 성명을 냈다.", []string{"푸른재단", "가온협회"}},
		{"석유·화학 업종이 강세였다.", nil},
	} {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		var orgs []string
		for _, e := range doc.Entities {
			if e.Type == Org {
				orgs = append(orgs, e.Name)
			}
		}
		if len(orgs) != len(c.orgs) || len(orgs) > 0 && (orgs[0] != c.orgs[0] || orgs[1] != c.orgs[1]) {
			t.Errorf("%q: organisations %v, want %v", c.text, orgs, c.orgs)
		}
	}
}
