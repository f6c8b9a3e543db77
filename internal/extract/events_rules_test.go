package extract

import (
	"slices"
	"strings"
	"testing"
)

// meetCase is a sentence written for these tests and the one meeting it
// must give (no actors: no meeting at all).
type meetCase struct {
	name, text string
	actors     []string
	place      string // "-": no place
	cert       Certainty
}

// checkMeets extracts each case (after an intro that names nobody) and
// compares its first MEET event: the exact set of actors, the place when
// given and the certainty.
func checkMeets(t *testing.T, published string, cases []meetCase) {
	t.Helper()
	x := extractor(t)
	for _, c := range cases {
		text := c.text
		if !strings.Contains(text, "\n\n") {
			text = "제목\n\n" + text // a body sentence; a case with a blank line gives its own headline
		}
		doc := x.Extract(articleOf(text, published))
		got := firstEvent(doc, Meet)
		if len(c.actors) == 0 {
			if got != nil {
				t.Errorf("%s: unexpected meeting %v", c.name, got.Actors)
			}
			continue
		}
		if got == nil {
			t.Errorf("%s: no meeting in %+v", c.name, doc.Events)
			continue
		}
		a, w := slices.Clone(got.Actors), slices.Clone(c.actors)
		slices.Sort(a)
		slices.Sort(w)
		if !slices.Equal(a, w) {
			t.Errorf("%s: actors %v, want %v", c.name, got.Actors, c.actors)
		}
		if c.place == "-" && got.Place != "" || c.place != "" && c.place != "-" && got.Place != c.place {
			t.Errorf("%s: place %q, want %q", c.name, got.Place, c.place)
		}
		if got.Certainty != c.cert {
			t.Errorf("%s: certainty %s, want %s", c.name, got.Certainty, c.cert)
		}
	}
}

// TestMeetingsInQuotes: a meeting told in reported speech, with the
// speaker as one side of his own meeting; names that only the quote gives.
func TestMeetingsInQuotes(t *testing.T) {
	checkMeets(t, "2025-06-11", []meetCase{
		{"speaker's own meeting", "오세진 대표는 \"어제 한동민 사장과 회동했다\"고 말했다.", []string{"오세진", "한동민"}, "", Reported},
		{"third person, name only in the quote", "한빛물산 관계자는 \"오세진 대표가 한동민 사장과 만찬을 가졌다\"고 밝혔다.", []string{"오세진", "한동민"}, "", Reported},
		{"denied in the quote", "오세진 대표는 \"한동민 사장과 회동한 적이 없다\"고 말했다.", []string{"오세진", "한동민"}, "", Denied},
		{"the outlet tells it too: asserted", "제목\n\n오세진 대표는 10일 한동민 사장과 회동했다.\n\n오세진 대표는 \"어제 한동민 사장과 회동했다\"고 말했다.", []string{"오세진", "한동민"}, "", Asserted},
		{"a quoted slogan without speech names nobody", "오세진 대표는 \"한동민 사장과 회동\" 특집을 소개했다.", nil, "", ""},
	})
}

// TestMeetingNounSubjects: a meeting noun as the subject of 열리다,
// 개최되다, 이뤄지다, its sides as its owners past modifiers.
func TestMeetingNounSubjects(t *testing.T) {
	checkMeets(t, "2025-06-11", []meetCase{
		{"owners past a modifier", "오세진 대표와 한동민 사장의 첫 상견례가 지난 7일 열렸다.", []string{"오세진", "한동민"}, "", Asserted},
		{"간의", "한빛물산과 누리제약 간의 고위급 회담이 지난 3일 개최됐다.", []string{"한빛물산", "누리제약"}, "", Asserted},
		{"long adverbials before the link verb", "오세진 대표와 한동민 사장의 회동은 오후 3시 여의도 한 식당에서 비공개로 이뤄졌다.", []string{"오세진", "한동민"}, "", Asserted},
		{"a negated link verb after an adverb", "오세진 대표와 한동민 사장의 상견례는 끝내 열리지 않았다.", []string{"오세진", "한동민"}, "", Denied},
	})
}

// TestMealsAreMeetings: 오찬, 만찬, 조찬 and 환담 with a partner.
func TestMealsAreMeetings(t *testing.T) {
	checkMeets(t, "2025-06-11", []meetCase{
		{"오찬을 함께했다", "오세진 장관은 5일 한동민 대사와 오찬을 함께했다.", []string{"오세진", "한동민"}, "", Asserted},
		{"환담했다", "오세진 회장은 이날 한동민 장관과 환담했다.", []string{"오세진", "한동민"}, "", Asserted},
		{"만찬을 가졌다", "오세진 대표는 한동민 사장과 만찬을 가졌다.", []string{"오세진", "한동민"}, "", Asserted},
		{"a meal alone is no meeting", "오세진 대표는 직원들과 점심을 먹었다.", nil, "", ""},
	})
}

// TestMiddleDotPairs: "김철수·박영희 회동" gives both sides.
func TestMiddleDotPairs(t *testing.T) {
	checkMeets(t, "2025-06-11", []meetCase{
		{"headline pair", "오세진·한동민 전격 회동\n\n본문이다.", []string{"오세진", "한동민"}, "", Asserted},
		{"pair before a subject noun", "오세진·한동민 회동이 지난 2일 열렸다.", []string{"오세진", "한동민"}, "", Asserted},
	})
}

// TestFutureDatesArePlanned: an event dated after publication is planned;
// -기로 plans only its own verb.
func TestFutureDatesArePlanned(t *testing.T) {
	checkMeets(t, "2025-06-11", []meetCase{
		{"내달", "오세진 대표는 한동민 사장을 내달 만난다.", []string{"오세진", "한동민"}, "", Planned},
		{"오는 N일", "오세진 회장은 오는 15일 한동민 장관과 면담한다.", []string{"오세진", "한동민"}, "", Planned},
		{"다음 달 만나 …하기로", "오세진 대표와 한동민 사장은 다음 달 만나 협력 방안을 논의하기로 했다.", []string{"오세진", "한동민"}, "", Planned},
		{"a full date after publication", "오세진 대표는 2025년 7월 2일 한동민 사장과 면담한다.", []string{"오세진", "한동민"}, "", Planned},
		{"a near day is a schedule told as a fact", "오세진 대표는 내일 한동민 사장을 만난다.", []string{"오세진", "한동민"}, "", Asserted},
		{"a date before publication stays asserted", "오세진 대표는 지난 2일 한동민 사장과 면담했다.", []string{"오세진", "한동민"}, "", Asserted},
		{"-기로 of another verb", "오세진 대표는 한동민 사장을 만나 내년에 공장을 짓기로 했다.", []string{"오세진", "한동민"}, "", Asserted},
		{"-기로 of its own verb", "오세진 대표는 한동민 사장을 만나기로 했다.", []string{"오세진", "한동민"}, "", Planned},
		{"the speaker's intention", "오세진 대표는 \"한동민 사장을 만날 것\"이라고 말했다.", []string{"오세진", "한동민"}, "", Planned},
	})
}

// TestTitledCounterparts: a counterpart named only by a qualified title is
// an actor written as the description; an unqualified or press title is
// none.
func TestTitledCounterparts(t *testing.T) {
	checkMeets(t, "2025-06-11", []meetCase{
		{"country and title", "오세진 장관은 방미 기간 미국 상무장관을 만날 것으로 보인다.", []string{"오세진", "미국 상무장관"}, "", Speculated},
		{"compound title of a foreign minister", "오세진 대표가 일본 경제산업상과 회담할 가능성이 거론된다.", []string{"오세진", "일본 경제산업상"}, "", Speculated},
		{"organisation and title", "오세진 대표는 한빛물산 부장과 만났다.", []string{"오세진", "한빛물산 부장"}, "", Asserted},
		{"an unqualified title is nobody", "오세진 대표는 어제 장관과 만났다.", nil, "", ""},
		{"the press is no side", "오세진 대표는 KBS 기자와 만났다.", nil, "", ""},
	})
}

// TestSpeculatedAttendance: "X의 참석이 점쳐지는 가운데 … 회담할지 주목"
// makes X the other side.
func TestSpeculatedAttendance(t *testing.T) {
	checkMeets(t, "2025-06-11", []meetCase{
		{"attendance speculated", "존 스미스 국무장관의 참석이 점쳐지는 가운데 오세진 장관이 회담할지 주목된다.", []string{"오세진", "존 스미스"}, "", Speculated},
		{"attendance with 도", "존 스미스 국무장관의 참석도 예상되는 가운데 오세진 장관이 그와 만날 수 있을지에 관심이 모인다.", []string{"오세진", "존 스미스"}, "", Speculated},
		{"an attendance told as a fact is no side", "존 스미스 국무장관의 참석으로 행사가 열린 가운데 오세진 장관이 회담할지 주목된다.", nil, "", ""},
	})
}

// TestShortenedTitles: "정 장관" refers to the 국방부장관 of the article,
// never "김 위원장" to a 부위원장.
func TestShortenedTitles(t *testing.T) {
	checkMeets(t, "2025-06-11", []meetCase{
		{"compound title shortened", "정혜린 국방부장관은 3일 서울에 도착했다. 정 장관은 4일 한동민 사장과 만났다.", []string{"정혜린", "한동민"}, "", Asserted},
		{"a vice rank is another person", "김도윤 부위원장은 3일 서울에 도착했다. 김 위원장은 4일 한동민 사장과 만났다.", nil, "", ""},
	})
}

// TestGroupSides: a group written as a description is a side next to a
// named one; plain staff and the press are not.
func TestGroupSides(t *testing.T) {
	checkMeets(t, "2025-06-11", []meetCase{
		{"coordinated titled group", "오세진 국회의장과 양당 원내대표는 이날 오전 국회에서 만나 법안 처리를 논의했다.", []string{"오세진", "양당 원내대표"}, "국회", Asserted},
		{"group partner", "오세진 대표는 유가족 대책위 지도부와 면담했다.", []string{"오세진", "유가족 대책위 지도부"}, "", Asserted},
		{"coordinated group subject", "오세진 대표와 노조 지도부는 어제 만났다.", []string{"오세진", "노조 지도부"}, "", Asserted},
		{"staff without a qualifier", "오세진 대표는 직원들과 만났다.", nil, "", ""},
		{"reporters", "오세진 대표와 기자들은 어제 만났다.", nil, "", ""},
	})
}

// TestPlacesStayInTheirClause: a place never comes from before a
// "but/because" break or a closed clause, and a clock time is no place.
func TestPlacesStayInTheirClause(t *testing.T) {
	checkMeets(t, "2025-06-11", []meetCase{
		{"past a but", "오세진 대표는 서울에서 열린 행사에 불참했지만 한동민 사장과 만났다.", []string{"오세진", "한동민"}, "-", Asserted},
		{"past a closed clause", "폭우 때문에 부산에서 일정이 바뀌었고 오세진 대표는 한동민 사장과 만났다.", []string{"오세진", "한동민"}, "-", Asserted},
		{"a clock time", "오세진 대표는 오후 3시에 한동민 사장과 만났다.", []string{"오세진", "한동민"}, "-", Asserted},
		{"a clock time before the place", "오세진 대표는 오후 서울 시내 호텔에서 한동민 사장과 만났다.", []string{"오세진", "한동민"}, "서울 시내 호텔", Asserted},
		{"the clause's own place", "오세진 대표는 서울에서 한동민 사장과 만나 협력을 논의했다.", []string{"오세진", "한동민"}, "서울", Asserted},
	})
}

// TestRejoinedNames: a surname the analyser reads with a subject particle
// before an affiliation and a title is a two-syllable name ("류이 베트남
// 외교부장"), and its shortened title refers back to it.
func TestRejoinedNames(t *testing.T) {
	checkMeets(t, "2025-06-11", []meetCase{
		{"rejoined name as attendee", "류이 베트남 외교부장의 참석도 점쳐지는 가운데 오세진 장관이 류 부장과 만날 수 있을지에도 관심이 모인다.", []string{"오세진", "류이"}, "", Speculated},
		{"a surname subject without affiliation stays a particle", "김이 사장과 만났다.", nil, "", ""},
	})
}

// TestRelationalTimesAreNoNames: "순방 도중 바이든 대통령" is 바이든.
func TestRelationalTimesAreNoNames(t *testing.T) {
	checkMeets(t, "2025-06-11", []meetCase{
		{"도중", "오세진 대통령은 순방 도중 바이든 대통령과 만났다.", []string{"오세진", "바이든"}, "", Asserted},
		{"직후", "오세진 대통령은 회의 직후 마크롱 대통령과 환담했다.", []string{"오세진", "마크롱"}, "", Asserted},
	})
}

// TestClauseBoundaries: a cancellation in the next clause after "예정이며"
// is not the planned event's; a clock time is no place; a headline's bare
// noun predicate is not planned by the date of its object.
func TestClauseBoundaries(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n한빛전자와 누리바이오의 마지막 협상은 17일 밤에 열릴 예정이며, 오세진 시장은 지방일정을 취소했다.", "2025-06-11"))
	if !hasEvent(doc, Discuss, []string{"한빛전자", "누리바이오"}, "", "", Planned) {
		t.Errorf("협상 … 예정이며: %+v", doc.Events)
	}
	doc = x.Extract(articleOf("제목\n\n한빛전자는 12월 10일부터 22일까지 오전 7시에서 정오 사이에 위성을 발사하겠다고 밝혔다.", "2025-06-11"))
	for _, e := range doc.Events {
		if e.Type == Launch && e.Place != "" {
			t.Errorf("a clock time as place: %+v", e)
		}
	}
	doc = x.Extract(articleOf("한빛전자, 2025년 8월 31일 서비스 종료 발표\n\n본문이다.", "2025-06-11"))
	if !hasEvent(doc, Announce, []string{"한빛전자"}, "", "", Asserted) {
		t.Errorf("headline announcement dated by its object: %+v", doc.Events)
	}
}

// TestAccordingTo: "…에 의하면" attributes the sentence like "…에 따르면".
func TestAccordingTo(t *testing.T) {
	checkMeets(t, "2025-06-11", []meetCase{
		{"에 의하면", "한빛신문 보도에 의하면 오세진 대표는 어제 한동민 사장과 만났다.", []string{"오세진", "한동민"}, "", Reported},
	})
}
