package extract

import (
	"slices"
	"testing"
)

// personWant is a person the text must give, with title and affiliation.
type personWant struct{ text, name, title, affil string }

func checkPersonAttrs(t *testing.T, cases []personWant) {
	t.Helper()
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		e := find(doc, "PERSON", c.name)
		if e == nil || e.Title != c.title || e.Affiliation != c.affil {
			t.Errorf("%q: want %s %q/%q, got %+v", c.text, c.name, c.title, c.affil, e)
		}
	}
}

// TestUnitBetweenOrgAndTitle: a division the site nouns do not list may
// stand between a person's organisation and the title when a name comes
// before the organisation; 주간 is an editor's title there, and "한 주간"
// (one week) names no one.
func TestUnitBetweenOrgAndTitle(t *testing.T) {
	checkPersonAttrs(t, []personWant{
		{"이영호 다라그룹 콘텐츠융합 상무이사도 참석했다.", "이영호", "상무이사", "다라그룹"},
		{"박민수 가나일보 논설위원실 주간은 \"무겁다\"고 말했다.", "박민수", "주간", "가나일보"},
		{"박민수 전 가나일보 논설위원실 주간이 사장에 내정됐다.", "박민수", "전 주간", "가나일보"},
		{"윤태호 누리전자 반도체 부사장이 참석했다.", "윤태호", "부사장", "누리전자"},
		{"이사진은 강지훈 한빛대 교수, 이영호 전 다라그룹 콘텐츠융합 상무이사 등이다.", "이영호", "전 상무이사", "다라그룹"},
	})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n지난 한 주간 시장은 요동쳤다. 누리전자 반도체 부사장은 자리를 비웠다.", "2026-04-01"))
	for _, e := range doc.Entities {
		if e.Type == "PERSON" {
			t.Errorf("no person in a week or a bare title, got %+v", e)
		}
	}
}

// TestOrgFormsBeforeTitle: a company with its Latin name in brackets, a
// unit in Latin capitals after a known organisation, a middle-dot pair of
// companies, a former post before a listed affiliation and an unknown word
// between "이름 전" and a title all leave the person their title and
// affiliation.
func TestOrgFormsBeforeTitle(t *testing.T) {
	checkPersonAttrs(t, []personWant{
		{"최진우 마바코리아(Mabba) 대표이사는 \"시장을 키우겠다\"고 밝혔다.", "최진우", "대표이사", "마바코리아"},
		{"홍길동 전 MBC C&I 사장도 자리를 함께했다.", "홍길동", "전 사장", "MBC C&I"},
		{"홍길동 한빛전자 E&S 부사장이 참석했다.", "홍길동", "부사장", "한빛전자 E&S"},
		{"정민국 한빛·누리전자 회장은 회견을 열었다.", "정민국", "회장", "한빛·누리전자"},
		{"정민국 현대·기아차 회장은 회견을 열었다.", "정민국", "회장", "현대·기아차"},
		{"이 매체의 회장은 이언구 전 디트뉴스 회장이 맡는다.", "이언구", "전 회장", "디트뉴스"},
		{"윤형권 전 세종시 취재본부장도 왔다.", "윤형권", "전 취재본부장", "세종시"},
		{"새 이사는 강지훈 한빛대 교수, 임흥식 전 가람방송 C&I 대표이사, 최영미 누리협회 이사, 박민수 전 누리일보 상무 등 4명이다.", "임흥식", "전 대표이사", "가람방송 C&I"},
	})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n최진우 마바코리아(Mabba) 대표이사는 \"시장을 키우겠다\"고 밝혔다.", "2026-04-01"))
	if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker != "최진우" {
		t.Errorf("want the quote of 최진우, got %+v", doc.Quotes)
	}
	doc = x.Extract(articleOf("제목\n\n정민국 한빛·누리전자 회장은 회견을 열었다. 김철수 소재·부품 회장이 왔다.", "2026-04-01"))
	if find(doc, "ORG", "누리전자") == nil || find(doc, "ORG", "한빛·누리전자") != nil {
		t.Errorf("want 누리전자 alone as an organisation, got %+v", doc.Entities)
	}
	if e := find(doc, "PERSON", "김철수"); e != nil && e.Affiliation != "" {
		t.Errorf("a list of fields is no affiliation, got %+v", e)
	}
}

// TestDottedBanks: two banks joined by a middle dot are two organisations,
// and so are two companies written before a name and a title.
func TestDottedBanks(t *testing.T) {
	checkPersonAttrs(t, []personWant{{"이날 협약식에는 가람·누리일보 윤태호 부회장이 참석했다.", "윤태호", "부회장", "가람·누리일보"}})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n이날 협약식에는 가람·누리일보 윤태호 부회장이 참석했다.", "2026-04-01"))
	if find(doc, "ORG", "가람") == nil || find(doc, "ORG", "누리일보") == nil || find(doc, "ORG", "가람·누리일보") != nil {
		t.Errorf("want two organisations, got %+v", doc.Entities)
	}
	doc = x.Extract(articleOf("제목\n\n(주)가람과 누리일보가 협약을 맺었다. 가람·누리일보는 협력하기로 했다.", "2026-04-01"))
	if find(doc, "ORG", "가람·누리일보") != nil {
		t.Errorf("a company met before is one part of a dotted pair, got %+v", doc.Entities)
	}
	doc = x.Extract(articleOf("제목\n\n국민은행·신한은행은 이날 금리를 내렸다.", "2026-04-01"))
	if find(doc, "ORG", "KB국민은행") == nil || find(doc, "ORG", "신한은행") == nil || find(doc, "ORG", "국민은행·신한은행") != nil {
		t.Errorf("want two banks, got %+v", doc.Entities)
	}
}

// TestMediaCompanies: a name ending in 미디어 is a company, a kind of media
// (소셜미디어, 뉴미디어, 멀티미디어) is not; the kinds of media make no other
// suffix generic (디지털협의회).
func TestMediaCompanies(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n아자미디어는 새 서비스를 내놨다. 소셜미디어에서는 비판이 이어졌다. 뉴미디어 시대가 왔다. 멀티미디어 콘텐츠를 만든다. 대중미디어가 문제다. 디지털협의회는 성명을 냈다.", "2026-04-01"))
	var orgs []string
	for _, e := range doc.Entities {
		if e.Type == "ORG" {
			orgs = append(orgs, e.Name)
		}
	}
	if !slices.Equal(orgs, []string{"아자미디어", "디지털협의회"}) {
		t.Errorf("want 아자미디어 and 디지털협의회, got %v", orgs)
	}
	checkPersonAttrs(t, []personWant{{"김철수 누리미디어 대표는 웃었다.", "김철수", "대표", "누리미디어"}})
}

// TestSurnameFormerTitle: "한 전 총리" is a surname, 전 and a title that
// refer back to the person, never the spaced alias 한전 of a company; an
// assistant special prosecutor (특검보) speaks in their own name.
func TestSurnameFormerTitle(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n한상철 전 국무총리가 출석했다. 특위는 한 전 총리를 다시 불렀다. 한 전 총리는 \"성실히 답하겠다\"고 말했다.", "2026-04-01"))
	if find(doc, "ORG", "한국전력") != nil {
		t.Errorf("한 전 is no 한전: %+v", doc.Entities)
	}
	if e := find(doc, "PERSON", "한상철"); e == nil || len(e.Mentions) != 3 {
		t.Errorf("want 한상철 mentioned three times, got %+v", e)
	}
	if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker != "한상철" {
		t.Errorf("want the quote of 한상철, got %+v", doc.Quotes)
	}
	doc = x.Extract(articleOf("제목\n\n윤태호 특별검사팀은 오늘 한상철 전 총리를 불렀다. 최영미 특검보는 브리핑에서 \"추가 소환을 요청했다\"고 밝혔다.", "2026-04-01"))
	if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker != "최영미" {
		t.Errorf("want the quote of 최영미, got %+v", doc.Quotes)
	}
}

// TestSoundbiteSlashLabels: a broadcast label "이름 / 소속 직함" gives the
// person their title and affiliation, and speaks the quotation on its own
// line or on the label's line; 에겐 (에게는) is a particle.
func TestSoundbiteSlashLabels(t *testing.T) {
	checkPersonAttrs(t, []personWant{
		{"대통령은 기업인을 만났습니다.\n녹취> 강지훈 / 한빛중공업 회장\n\"작년에는 발주가 적었습니다.\"", "강지훈", "회장", "한빛중공업"},
		{"고령의 강지훈 한빛전자 회장에겐 건강 비결을 물었다.", "강지훈", "회장", "한빛전자"},
	})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n대통령은 기업인을 만났습니다.\n녹취> 윤태호 / 누리상사 대표 \"예, 메달은 두 개가 목표입니다.\"\n녹취> 강지훈 / 한빛중공업 회장\n\"작년에는 발주가 적었습니다.\"", "2026-04-01"))
	var got []string
	for _, q := range doc.Quotes {
		got = append(got, q.Speaker)
	}
	if len(got) != 2 || got[0] != "윤태호" || got[1] != "강지훈" {
		t.Errorf("want quotes of 윤태호 and 강지훈, got %v", got)
	}
}

// TestMarkedPartnersAndPhrases: a company written after a corporate mark
// keeps its particle ("(주)가람과"), so it is a party of the agreement; 가운데
// closing an adnominal clause is no part of the object; 본지 between a name
// and a title is skipped like 당; a 와 partner before what is agreed ("콘텐츠
// 제휴 등 … 방안을") is no item listed with the object.
func TestMarkedPartnersAndPhrases(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		text, object string
		actors       []string
	}{
		{"(주)가람건설과 누리일보가 협약을 맺었다.", "", []string{"가람건설", "누리일보"}},
		{"누리일보가 ㈜가람건설과 협약을 맺었다.", "", []string{"누리일보", "가람건설"}},
		{"가람일보와 누리일보는 양측 대표가 참석한 가운데 업무 협약서를 체결했다.", "업무 협약서", []string{"가람일보", "누리일보"}},
		{"윤태호(왼쪽) 본지 사장과 강지훈 누리일보 사장이 3일 업무협력 MOU를 체결했다.", "업무협력 MOU", []string{"윤태호", "강지훈"}},
		{"누리일보가 가람연합회와 콘텐츠 제휴 등 포괄적 협력 방안을 담은 양해각서를 교환했다.", "", []string{"누리일보", "가람연합회"}},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		ev := firstEvent(doc, "AGREE")
		if ev == nil || !slices.Equal(ev.Actors, c.actors) || ev.Object != c.object {
			t.Errorf("%q: want AGREE %v %q, got %+v", c.text, c.actors, c.object, ev)
		}
	}
}

// TestSummons: prosecutors calling someone in (소환, 재소환, 소환조사) is a
// SUMMON of the one called and the office calling, also written "…을 … 자격으로
// 소환, …"; the object of a relative clause before the one called is no
// party; a memory "summoned" by a song names no party.
func TestSummons(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		text      string
		certainty string
		actors    []string
	}{
		{"검찰은 8일 한상진 누리건설 회장을 재소환했다.", "asserted", []string{"검찰", "한상진"}},
		{"서울중앙지검은 지난 3일 한상진 누리건설 회장을 소환해 조사했다.", "asserted", []string{"서울중앙지검", "한상진"}},
		{"검찰은 다음 주 한상진 누리건설 회장을 소환할 계획이다.", "planned", []string{"검찰", "한상진"}},
		{"김진수 부장검사는 20일 서경민 의원을 고소인자격으로 소환, 비행기에서 있었던 일을 조사했다.", "asserted", []string{"김진수", "서경민"}},
		{"김진수 부장검사는 20일 한대중 총재를 수행했던 서경민 의원을 소환, 조사했다.", "asserted", []string{"김진수", "서경민"}},
		{"이 노래는 옛 추억을 소환했다.", "", nil},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		ev := firstEvent(doc, "SUMMON")
		if c.actors == nil {
			if ev != nil {
				t.Errorf("%q: want no SUMMON, got %+v", c.text, ev)
			}
			continue
		}
		if ev == nil || !slices.Equal(ev.Actors, c.actors) || string(ev.Certainty) != c.certainty {
			t.Errorf("%q: want SUMMON %v %s, got %+v", c.text, c.actors, c.certainty, ev)
		}
	}
}

// TestLatinOrgBeforeRegion: "GSMA 아시아-태평양 대표" in a list names the
// organisation GSMA, whose region follows it, and "누리일보 뉴스디지털부"
// the paper; a school inside a university stays whole.
func TestLatinOrgBeforeRegion(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n왼쪽부터 김태경 WGA 동북아지역 대표, 강병준 누리일보 대표, 줄리언 고먼 WGA 아시아-태평양 대표, 김원석 누리일보 부국장.", "2026-04-01"))
	if find(doc, "ORG", "WGA") == nil || find(doc, "ORG", "WGA 아시아-태평양") != nil {
		t.Errorf("want WGA alone as an organisation, got %+v", doc.Entities)
	}
	if e := find(doc, "PERSON", "줄리언 고먼"); e == nil || e.Affiliation != "WGA 아시아-태평양" {
		t.Errorf("want the affiliation as written, got %+v", e)
	}
	doc = x.Extract(articleOf("제목\n\n참석자는 윤태호 누리대 교수, 강지훈 한빛대 국제디자인대학원 원장, 김원석 누리일보 뉴스디지털부 부국장, 최영미 가람대 교수 등이다.", "2026-04-01"))
	if find(doc, "ORG", "한빛대 국제디자인대학원") == nil {
		t.Errorf("want the graduate school whole, got %+v", doc.Entities)
	}
	if find(doc, "ORG", "누리일보") == nil || find(doc, "ORG", "누리일보 뉴스디지털부") != nil || find(doc, "ORG", "뉴스디지털부") != nil {
		t.Errorf("want the paper without its desk, got %+v", doc.Entities)
	}
	if e := find(doc, "PERSON", "김원석"); e == nil || e.Affiliation != "누리일보 뉴스디지털부" {
		t.Errorf("want the affiliation as written, got %+v", e)
	}
}

// TestAppointedPostRefs: a person appointed to a post is referred to by the
// post's title afterwards ("신 회장" after "신임 회장에 신한수 부국장이
// 선임됐다"); a 와 phrase before 관련해 is what the event concerns.
func TestAppointedPostRefs(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n가람협의회 신임 회장에 신한수 누리일보 부국장이 선임됐다. 신 회장은 인사말에서 \"최선을 다하겠다\"고 밝혔다.", "2026-04-01"))
	if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker != "신한수" {
		t.Errorf("want the quote of 신한수, got %+v", doc.Quotes)
	}
	doc = x.Extract(articleOf("제목\n\n가람그룹은 윤태호 부사장을 신임 사장으로 임명했다. 강지훈 회장도 참석했다. 윤 사장은 \"책임이 무겁다\"고 말했다.", "2026-04-01"))
	if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker != "윤태호" {
		t.Errorf("want the quote of 윤태호, got %+v", doc.Quotes)
	}
	doc = x.Extract(articleOf("제목\n\n누리일보 신임 사장에 황대수 누리일보 선임기자가 내정됐다. 황 신임 사장 후보는 경제부장을 지냈다.", "2026-04-01"))
	if e := find(doc, "PERSON", "황대수"); e == nil || len(e.Mentions) != 2 {
		t.Errorf("want 황 신임 사장 to be 황대수, got %+v", e)
	}
	doc = x.Extract(articleOf("제목\n\n검찰이 KBS 오보와 관련해 신성민 검사장을 재소환했다.", "2026-04-01"))
	if ev := firstEvent(doc, "SUMMON"); ev == nil || !slices.Equal(ev.Actors, []string{"검찰", "신성민"}) {
		t.Errorf("want SUMMON of 검찰 and 신성민, got %+v", ev)
	}
}

// TestDerivedNounName: a name the analyser reads as a derived noun (정의 +
// 화) before a title is a person when the story also names them by surname
// and a short form of the title ("정 의장" after "국회의장").
func TestDerivedNounName(t *testing.T) {
	checkPersonAttrs(t, []personWant{{"국회 정의화 국회의장 집무실에서 정 의장과 박영선 원내대표가 만났다.", "정의화", "국회의장", "국회"}})
}

// TestPassiveSubjectNotCarried: the subject of a passive appointment is not
// the one who appoints in the next sentence that names no subject.
func TestPassiveSubjectNotCarried(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n윤태호 누리일보 부국장은 부회장에 선임됐다. 감사에는 김동화 가람일보 부국장을 선출했다.", "2026-04-01"))
	ev := lastEvent(doc, "APPOINT")
	if ev == nil || !slices.Equal(ev.Actors, []string{"김동화"}) {
		t.Errorf("want APPOINT of 김동화 alone, got %+v", ev)
	}
}

// TestMannerNounNoObject: a noun that says how ("정식", "신규", "공식",
// "공동") written alone before the predicate noun is no object.
func TestMannerNounNoObject(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		text   string
		typ    EventType
		object string
	}{
		{"윤태호 부사장은 다음 달 주총에서 정식 선임된다.", "APPOINT", ""},
		{"가람전자와 누리화학은 새만금에 5천억원을 공동 투자한다.", "INVEST", "새만금"},
		{"가람전자와 누리화학은 수소 사업에 공동 투자한다.", "INVEST", "수소 사업"},
		{"가람그룹은 윤태호 전무를 대표이사로 신규 선임했다.", "APPOINT", ""},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		if ev := firstEvent(doc, c.typ); ev == nil || ev.Object != c.object {
			t.Errorf("%q: want %s with object %q, got %+v", c.text, c.typ, c.object, ev)
		}
	}
}
