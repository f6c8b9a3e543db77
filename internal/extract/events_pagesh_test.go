package extract

import (
	"slices"
	"testing"
)

// pageCase is one invented sentence reproducing a phrasing met on fresh
// pages: the first event of typ and what it must have (nil actors and
// empty place or date are not checked; none wants no event of typ).
type pageCase struct {
	name, text  string
	typ         EventType
	actors      []string
	place, date string
	cert        Certainty
	none        bool
}

func checkPageCases(t *testing.T, published string, cases []pageCase) {
	t.Helper()
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, published))
		got := firstEvent(doc, c.typ)
		switch {
		case c.none && got != nil:
			t.Errorf("%s: unexpected %s %+v", c.name, c.typ, got)
		case c.none:
		case got == nil:
			t.Errorf("%s: no %s in %+v", c.name, c.typ, doc.Events)
		case c.actors != nil && !slices.Equal(got.Actors, c.actors),
			c.place != "" && got.Place != c.place,
			c.date != "" && got.Date != c.date,
			got.Certainty != c.cert:
			t.Errorf("%s: got %v place %q date %q %s, want %v %q %q %s", c.name, got.Actors, got.Place, got.Date, got.Certainty,
				c.actors, c.place, c.date, c.cert)
		}
	}
}

// TestDenialNounIsAPredicate: 부인 denies only as a predicate (부인했다, a
// headline's bare "부인"), not as the wife nor inside 안부인사.
func TestDenialNounIsAPredicate(t *testing.T) {
	checkPageCases(t, "2026-04-01", []pageCase{
		{name: "wife", text: "류승범 대통령은 5일 파리를 방문해 부인 배두나 여사와 함께 박물관을 둘러봤다.",
			typ: Travel, actors: []string{"류승범"}, place: "파리", cert: Asserted},
		{name: "greeting", text: "류승범 대통령은 이날 버킹엄궁을 찾아 현관까지 나온 국왕 부부와 안부인사를 나눴다.",
			typ: Travel, actors: []string{"류승범"}, cert: Asserted},
		{name: "denial", text: "류승범 대표는 정우성 회장과 만났다는 보도를 부인했다.",
			typ: Meet, actors: []string{"류승범", "정우성"}, cert: Denied},
	})
}

// TestGivenClauses: an event in an adnominal clause before 데 대해, 이후, 때
// is a given; the denial or report of the main clause does not reach it.
func TestGivenClauses(t *testing.T) {
	checkPageCases(t, "2026-04-01", []pageCase{
		{name: "rebuttal of an announcement", text: "한빛전자는 누리바이오가 계약 해제를 발표한 데 대해 즉시 반박했다.",
			typ: Announce, actors: []string{"누리바이오"}, cert: Asserted},
		{name: "glued 한데", text: "한빛전자는 누리바이오가 계약 해제를 발표한데 대해 사실이 아니라고 반박했다.",
			typ: Announce, actors: []string{"누리바이오"}, cert: Asserted},
		{name: "arrest before a denial", text: "류승범 대표는 지난달 체포된 이후 혐의를 부인하고 있다.",
			typ: Arrest, cert: Asserted},
		{name: "indictment in a rebutted claim", text: "한빛전자 측은 검찰이 류승범 대표를 기소할 때 말을 바꿨다는 주장을 반박했다.",
			typ: Indict, cert: Asserted},
		{name: "denied report stays denied", text: "한빛전자는 누리바이오와 합병을 논의했다는 보도를 부인했다.",
			typ: Discuss, cert: Denied},
		{name: "plan reaches the given clause", text: "류승범 대표는 정우성 회장을 만난 뒤 공장을 방문할 계획이다.",
			typ: Meet, actors: []string{"류승범", "정우성"}, cert: Planned},
	})
}

// TestPlanPhrasings: 키로 (하기로), a plan delayed after a contrast, a
// condition in 것이라면, 공산이 크다.
func TestPlanPhrasings(t *testing.T) {
	checkPageCases(t, "2026-04-01", []pageCase{
		{name: "키로", text: "한빛전자와 누리바이오는 공동 개발 협약을 체결키로 했다.",
			typ: Agree, actors: []string{"한빛전자", "누리바이오"}, cert: Planned},
		{name: "delayed", text: "류승범 장관과 정우성 장관은 당초 3일 회담을 추진했지만 일정을 하루 늦췄다.",
			typ: Meet, actors: []string{"류승범", "정우성"}, cert: Planned},
		{name: "것이라면", text: "류승범 대통령이 짧게만 일본을 방문하는 것이라면 성과는 적을 것이다.",
			typ: Travel, actors: []string{"류승범"}, cert: Conditional},
		{name: "공산", text: "류승범 대통령은 27일 일본을 찾고 29일 한국에 입국할 공산이 크다.",
			typ: Travel, actors: []string{"류승범"}, place: "일본", cert: Speculated},
		{name: "착수", text: "한빛전자가 누리바이오를 상대로 거래종결 이행 소송에 착수했다.",
			typ: Sue, actors: []string{"한빛전자"}, cert: Asserted},
		{name: "building planned", text: "한빛전자는 구미에 배터리 공장을 세워 내년부터 생산할 계획이다.",
			typ: Establish, actors: []string{"한빛전자"}, cert: Planned},
	})
}

// TestVisitPhrasings: the written connective "방문,", "정상회담 등을 갖고",
// 회담을 열었다, 도착했다, and the visitor named in the genitive.
func TestVisitPhrasings(t *testing.T) {
	checkPageCases(t, "2026-04-01", []pageCase{
		{name: "방문 with a comma", text: "정우성 주석은 4일 라오스를 방문, 류승범 대통령과 회담할 예정이다.",
			typ: Travel, actors: []string{"정우성"}, place: "라오스", cert: Planned},
		{name: "meeting after 방문,", text: "정우성 주석은 4일 청와대를 방문, 류승범 대통령과 회담할 예정이다.",
			typ: Meet, actors: []string{"정우성", "류승범"}, cert: Planned},
		{name: "등을 갖고", text: "류승범 대통령은 5일 라오스를 방문, 정우성 주석과 정상회담 등을 가질 예정이다.",
			typ: Meet, actors: []string{"류승범", "정우성"}, cert: Planned},
		{name: "회담을 열었다", text: "류승범 장관과 정우성 국무장관은 31일 로마에서 외교장관 회담을 열었다.",
			typ: Meet, actors: []string{"류승범", "정우성"}, place: "로마", date: "2026-03-31", cert: Asserted},
		{name: "arrival", text: "정우성 주석은 3일 국빈 방문을 위해 한국에 도착했다.",
			typ: Travel, actors: []string{"정우성"}, place: "한국", cert: Asserted},
		{name: "genitive visitor", text: "양국은 다음 달 류승범 대통령의 일본 방문을 추진키로 합의했다.",
			typ: Travel, actors: []string{"류승범"}, place: "일본", cert: Planned},
		{name: "출장을 간", text: "류승범 회장은 해외 출장을 간 후 24일 한빛그룹 포럼에 참석했다.",
			typ: Travel, actors: []string{"류승범"}, cert: Asserted},
		{name: "comma list is no predicate", text: "류승범 대통령은 투자, 방문, 교류 확대를 약속했다.",
			typ: Travel, none: true},
	})
}

// TestNounPhrasesAreNoEvents: "협력 강화 방안" and "인수합병 우선협상자"
// name things discussed or sought.
func TestNounPhrasesAreNoEvents(t *testing.T) {
	checkPageCases(t, "2026-04-01", []pageCase{
		{name: "협력 강화 방안", text: "류승범 회장과 정우성 회장은 협력 강화 방안에 대해 의견을 나눴다.",
			typ: Cooperate, none: true},
		{name: "인수합병", text: "한빛전자의 인수합병 우선협상자 선정을 위한 본입찰 마감이 임박했다.",
			typ: Acquire, none: true},
		{name: "협력 강화 agreed", text: "한빛전자와 누리바이오는 협력 강화에 합의했다.",
			typ: Agree, actors: []string{"한빛전자", "누리바이오"}, cert: Asserted},
		{name: "찾다 is also to seek", text: "한빛전자는 위기 극복 해법을 찾고 있다.",
			typ: Travel, none: true},
		{name: "찾아 is also to seek", text: "한빛전자는 새 돌파구를 찾아 나섰다.",
			typ: Travel, none: true},
	})
}

// TestMainClauseDates: a date right after the subject or opening the
// sentence dates the main predicate even before a relative clause (the
// relative clause's event does not take it); a date after a connective in
// between is the later predicate's own.
func TestMainClauseDates(t *testing.T) {
	checkPageCases(t, "2026-03-30", []pageCase{
		{name: "after the subject, before a relative clause", text: "서울중앙지법 형사1부는 23일 횡령 혐의로 기소된 류승범 대표에게 징역 2년을 선고했다.",
			typ: Sentence, date: "2026-03-23", cert: Asserted},
		{name: "opening the sentence", text: "23일 서울중앙지법 형사1부 정우성 판사는 횡령 혐의로 기소된 류승범 대표에게 징역 2년을 선고했다.",
			typ: Sentence, date: "2026-03-23", cert: Asserted},
		{name: "the relative clause's own date", text: "서울중앙지법 형사1부는 횡령 혐의로 지난 10일 기소된 류승범 대표에게 23일 징역 2년을 선고했다.",
			typ: Indict, date: "2026-03-10", cert: Asserted},
		{name: "a later date after a connective", text: "류승범 대통령은 23일 태국에 도착해 24일 정우성 총리와 정상회담을 가질 예정이다.",
			typ: Meet, actors: []string{"류승범", "정우성"}, date: "2026-03-24", cert: Planned},
		{name: "the first clause keeps its date", text: "류승범 대통령은 23일 태국에 도착해 24일 정우성 총리와 정상회담을 가질 예정이다.",
			typ: Travel, date: "2026-03-23", cert: Planned},
	})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n서울중앙지법 형사1부는 23일 횡령 혐의로 기소된 류승범 대표에게 징역 2년을 선고했다.", "2026-03-30"))
	if ev := firstEvent(doc, Indict); ev == nil || ev.Date != "" {
		t.Errorf("the indictment in the relative clause: %+v, want it undated", ev)
	}
}

// TestGivenDoneAndVisitPlaces: a completed event before 데 이어 takes
// neither the plan nor the date of the main clause; the place of a visit
// is a bare place among its modifiers or before an adjunct of capacity.
func TestGivenDoneAndVisitPlaces(t *testing.T) {
	checkPageCases(t, "2026-03-30", []pageCase{
		{name: "데 이어", text: "한빛전자는 누리바이오를 인수한 데 이어 내년에 미국 공장을 세울 계획이다.",
			typ: Acquire, actors: []string{"한빛전자"}, cert: Asserted},
		{name: "뒤 keeps the plan", text: "한빛전자는 누리바이오를 인수한 뒤 미국 공장을 세울 계획이다.",
			typ: Acquire, actors: []string{"한빛전자"}, cert: Planned},
		{name: "place among the modifiers", text: "양국은 류승범 대통령의 중국 국빈 방문을 추진하기로 했다.",
			typ: Travel, actors: []string{"류승범"}, place: "중국", cert: Planned},
		{name: "place before a capacity", text: "류승범 대통령이 다음 달 중순 중국을 ‘국빈’ 자격으로 방문한다.",
			typ: Travel, actors: []string{"류승범"}, place: "중국", cert: Planned},
	})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n한빛전자는 누리바이오를 인수한 데 이어 내년에 미국 공장을 세울 계획이다.", "2026-03-30"))
	if ev := firstEvent(doc, Acquire); ev == nil || ev.Date != "" {
		t.Errorf("the acquisition took the main clause's date: %+v", ev)
	}
}

// TestClausesAndLists: partners listed after one in 와/과 ("B 회장, C 회장
// 등 단체장을 만나"), attendees of a "참석한 가운데" clause are no parties,
// and a topic is not the subject of a relative clause's link verb.
func TestClausesAndLists(t *testing.T) {
	checkPageCases(t, "2026-03-30", []pageCase{
		{name: "listed partners", text: "류승범 회장은 지난 23일 정우성 경총 회장과 배두나 무역협회 회장, 문채원 중기중앙회 회장 등 경제단체장을 만나 의견을 나눴다.",
			typ: Meet, actors: []string{"류승범", "정우성", "배두나", "문채원"}, date: "2026-03-23", cert: Asserted},
		{name: "listed partners, unknown subject", text: "그 회장은 지난 23일 정우성 경총 회장과 배두나 무역협회 회장, 문채원 중기중앙회 회장 등 경제단체장을 만나 의견을 나눴다.",
			typ: Meet, none: true},
		{name: "attendees", text: "한빛전자와 누리바이오는 20일 류승범 지사와 정우성 시장 등이 참석한 가운데 양해각서를 체결할 예정이라고 밝혔다.",
			typ: Agree, actors: []string{"한빛전자", "누리바이오"}, cert: Planned},
		{name: "attendees keep the place", text: "한빛전자와 누리바이오는 20일 도청 대강당에서 류승범 지사와 정우성 시장 등이 참석한 가운데 양해각서를 체결한다.",
			typ: Agree, actors: []string{"한빛전자", "누리바이오"}, place: "도청 대강당", cert: Asserted},
		{name: "topic before a relative link", text: "류승범 대통령은 1일 태국으로 출국했다. 이번 순방은 오는 11월 부산에서 열리는 특별정상회의를 염두에 둔 측면도 있다.",
			typ: Travel, place: "태국", cert: Asserted},
		{name: "topic with a link before 것", text: "류승범 대표와 정우성 사장의 회동은 지난달 서울에서 열린 것으로 알려졌다.",
			typ: Meet, actors: []string{"류승범", "정우성"}, place: "서울", cert: Reported},
		{name: "topic with its own link", text: "류승범 대표와 정우성 사장의 회동은 3일 서울에서 열렸다.",
			typ: Meet, actors: []string{"류승범", "정우성"}, place: "서울", cert: Asserted},
	})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n류승범 대통령은 1일 태국으로 출국했다. 이번 순방은 오는 11월 부산에서 열리는 특별정상회의를 염두에 둔 측면도 있다.", "2026-03-30"))
	if ev := lastEvent(doc, Travel); ev == nil || ev.Place != "태국" || len(doc.Events) != 1 {
		t.Errorf("the trip of the topic took the summit's place: %+v", doc.Events)
	}
}

// TestRumoursAndCourtUnits: X설 alone tells a rumour; 사실 무근 with a
// space denies; "제4형사부" acts for the court before it; a relative
// clause's event takes no date of the main clause after it.
func TestRumoursAndCourtUnits(t *testing.T) {
	checkPageCases(t, "2026-03-30", []pageCase{
		{name: "rumour", text: "한빛전자의 인수설로 주가가 출렁이자 한국거래소는 조회공시를 요구했다.",
			typ: Acquire, actors: []string{"한빛전자"}, cert: Speculated},
		{name: "spaced 사실 무근", text: "한빛전자는 누리증권을 5000억원에 인수한다는 언론 보도에 대해 사실 무근이라는 입장을 밝혔다.",
			typ: Acquire, cert: Denied},
		{name: "제4형사부", text: "대전지법 제4형사부는 26일 업무상 횡령 혐의로 기소된 류승범 사장에 대한 항소심에서 징역 2년을 선고했다.",
			typ: Sentence, actors: []string{"대전지법"}, date: "2026-03-26", cert: Asserted},
	})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n류승범 사장은 2021년 1월부터 2024년까지 회삿돈 8500만원을 빼돌린 혐의로 기소됐다.", "2026-03-30"))
	if ev := firstEvent(doc, Indict); ev == nil || ev.Date != "" {
		t.Errorf("the indictment took the deed's date: %+v", ev)
	}
	doc = x.Extract(articleOf("제목\n\n대전지법 형사4부는 횡령 혐의로 기소된 류승범 사장에게 내달 5일 선고하기로 했다.", "2026-03-30"))
	if ev := firstEvent(doc, Indict); ev != nil && ev.Date != "" {
		t.Errorf("the indictment took the main clause's later date: %+v", ev)
	}
}
