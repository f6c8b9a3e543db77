package extract

import (
	"slices"
	"testing"
)

// TestResignationStatements: "사의를 표명했다" tells a resignation, with every
// titled person of a coordinated subject as its actor, planned when only
// intended.
func TestResignationStatements(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		name, text string
		actors     []string
		cert       Certainty
	}{
		{"titled pair", "류승범 비서실장과 배두나 정책실장이 오세훈 권한대행에게 사의를 표명했다.", []string{"류승범", "배두나"}, Asserted},
		{"titled list with comma", "류승범 비서실장, 배두나 정책실장과 문채원 국가안보실장이 사의를 표명했다.", []string{"류승범", "배두나", "문채원"}, Asserted},
		{"plan", "정우성 국무총리는 오는 10일 곧바로 사의를 표명할 계획이다.", []string{"정우성"}, Planned},
		{"no resignation in concern", "한빛은행은 이번 결정에 대해 우려를 표명했다.", nil, ""},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-03-10"))
		got := firstEvent(doc, Resign)
		if c.actors == nil {
			if got != nil {
				t.Errorf("%s: unexpected RESIGN %+v", c.name, got)
			}
			continue
		}
		if got == nil {
			t.Errorf("%s: no RESIGN event in %+v", c.name, doc.Events)
			continue
		}
		if !slices.Equal(got.Actors, c.actors) || got.Certainty != c.cert {
			t.Errorf("%s: got %v %s, want %v %s", c.name, got.Actors, got.Certainty, c.actors, c.cert)
		}
	}
}

// TestTitledCoordinatedMeeting: "A 실장과 B 수석이 만났다" has both titled
// persons as the two sides of the meeting.
func TestTitledCoordinatedMeeting(t *testing.T) {
	checkMeets(t, "2026-03-10", []meetCase{
		{name: "titled pair", text: "류승범 비서실장과 배두나 정책실장이 14일 만났다.",
			actors: []string{"류승범", "배두나"}, cert: Asserted},
		{name: "linked subject, future place and date", text: "류승범 대통령과 배두나 총리의 정상회담이 다음 달 워싱턴에서 열린다.",
			actors: []string{"류승범", "배두나"}, place: "워싱턴", cert: Planned},
		{name: "linked subject, becomes scheduled", text: "류승범 대통령과 배두나 총리의 첫 정상회담이 다음 달 말 도쿄에서 열리게 됐다.",
			actors: []string{"류승범", "배두나"}, place: "도쿄", cert: Planned},
		{name: "linked subject, past", text: "류승범 대통령과 배두나 총리의 정상회담이 지난달 도쿄에서 열렸다.",
			actors: []string{"류승범", "배두나"}, place: "도쿄", cert: Asserted},
	})
}

// TestObjectStopsAtAdverb: an adverb before the object ("원심과 같이") is no
// part of the penalty.
func TestObjectStopsAtAdverb(t *testing.T) {
	x := extractor(t)
	cases := []struct{ text, object string }{
		{"한빛지법 형사3부는 23일 윤대호씨의 항소를 기각하고 원심과 같이 벌금 500만원을 선고했다.", "벌금 500만원"},
		{"한빛지법은 당초 징역 2년을 선고했다.", "징역 2년"},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-03-10"))
		got := lastEvent(doc, Sentence)
		if got == nil || got.Object != c.object {
			t.Errorf("%s: got %+v, want object %q", c.text, got, c.object)
		}
	}
}

// TestQuoteForms: a soundbite whose label and speaker open the quote's own
// line, a quote read as a stance (…"이라는 입장을 밝혔다") and a speaker in
// 도 opening the sentence.
func TestQuoteForms(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		name, text, speaker, text0 string
	}{
		{"inline label", "<녹취> 류승범(한빛시 대변인) : \"준비를 해 나가기로 했습니다.\"", "류승범", "준비를 해 나가기로 했습니다."},
		{"label taken off", "배두나(한빛당 대변인) : \"즉각 사퇴해야 한다.\"", "배두나", "즉각 사퇴해야 한다."},
		{"stance", "가수 류승범은 24일 열애설에 대해 “사실무근”이라는 입장을 밝혔다.", "류승범", "사실무근"},
		{"stance paper", "한빛전자는 \"확정된 바 없다\"라는 입장문을 냈다.", "한빛전자", "확정된 바 없다"},
		{"side of a company", "한빛전자 측은 \"강경 대응하겠다\"고 밝혔다.", "한빛전자", "강경 대응하겠다"},
		{"side of a titled person", "류승범 회장 측은 \"강경 대응하겠다\"고 밝혔다.", "류승범", "강경 대응하겠다"},
		{"unnamed side", "이에 대해 회사 측은 \"강경 대응하겠다\"고 밝혔다.", "회사 측", "강경 대응하겠다"},
		{"agency side", "가수 류승범 소속사 측은 “강경 대응하겠다”고 밝혔다.", "가수 류승범 소속사 측", "강경 대응하겠다"},
		{"also-subject indirect", "미래당도 구체적 증거가 없는 폭로라며 흠집내기를 멈춰야 한다고 밝혔다.", "미래당", "구체적 증거가 없는 폭로라며 흠집내기를 멈춰야 한다"},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-03-10"))
		if len(doc.Quotes) != 1 {
			t.Errorf("%s: %d quotes, want 1: %+v", c.name, len(doc.Quotes), doc.Quotes)
			continue
		}
		if q := doc.Quotes[0]; q.Speaker != c.speaker || q.Text != c.text0 || doc.Text[q.Start:q.End] != q.Text {
			t.Errorf("%s: got %q %q, want %q %q", c.name, q.Speaker, q.Text, c.speaker, c.text0)
		}
	}
	// a line that is no label keeps no speaker: too long before the colon
	doc := x.Extract(articleOf("제목\n\n정부는 오늘 긴 회의 끝에 다음과 같이 발표하면서 류승범 장관의 뜻을 전했다 : \"협상을 계속한다.\"", "2026-03-10"))
	for _, q := range doc.Quotes {
		if q.Speaker == "류승범" {
			t.Errorf("long line read as a label: %+v", q)
		}
	}
}

// TestAlsoSubjects: a person or company in 도 is the subject of its clause;
// a thing in 도 stays an object and the topic before it keeps the clause.
func TestAlsoSubjects(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		text   string
		typ    EventType
		actors []string
		cert   Certainty
	}{
		{"한빛전자 박영희 부사장도 이날 사퇴했다.", Resign, []string{"박영희"}, Asserted},
		{"누리바이오도 내년 미국 공장에 투자할 것으로 보인다.", Invest, []string{"누리바이오"}, Speculated},
		{"한빛전자는 공장도 미국에 설립했다.", Establish, []string{"한빛전자"}, Asserted},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-03-10"))
		got := firstEvent(doc, c.typ)
		if got == nil || !slices.Equal(got.Actors, c.actors) || got.Certainty != c.cert {
			t.Errorf("%s: got %+v, want %s %v %s", c.text, got, c.typ, c.actors, c.cert)
		}
	}
}

// TestRelativeVisitPlace: a visit told in a relative clause ("전남도를 방문한
// 박영희 회장은") keeps the visited place.
func TestRelativeVisitPlace(t *testing.T) {
	x := extractor(t)
	cases := []struct{ text, place string }{
		// 전남도 is the place 전남, named by its canonical name like 경기도 and 전라남도
		{"4일 전남도를 방문한 류승범 회장은 배두나 지사와 면담했다.", "전남"},
		{"류승범 회장은 9일 구미 공장을 찾아 직원들을 격려했다.", "구미 공장"},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-03-10"))
		got := firstEvent(doc, Travel)
		if got == nil || got.Place != c.place || !slices.Equal(got.Actors, []string{"류승범"}) {
			t.Errorf("%s: got %+v, want place %q", c.text, got, c.place)
		}
	}
}

// TestPlanOfAnotherNoun: a plan marker right after another bare noun ("증설
// 계획") plans that noun, not the visit or meeting the plan was told at; a
// plan of the event itself ("방문 계획", "만날 계획") still makes it planned.
func TestPlanOfAnotherNoun(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		text string
		typ  EventType
		cert Certainty
	}{
		{"류승범 회장은 지난주 구미 공장을 찾아 증설 계획을 밝혔다.", Travel, Asserted},
		{"류승범 대표는 배두나 장관을 만나 투자 계획을 설명했다.", Meet, Asserted},
		{"류승범 대표는 배두나 장관을 만나 투자 계획을 설명했다.", Invest, Planned},
		{"류승범 회장은 구미 공장 방문 계획을 밝혔다.", Travel, Planned},
		{"류승범 대표는 다음 주 배두나 장관을 만날 계획이다.", Meet, Planned},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-03-10"))
		got := firstEvent(doc, c.typ)
		if got == nil || got.Certainty != c.cert {
			t.Errorf("%s: got %+v, want %s %s", c.text, got, c.typ, c.cert)
		}
	}
	doc := x.Extract(articleOf("제목\n\n지난주 구미 공장을 찾은 류승범 회장은 증설 계획을 밝혔다.", "2026-03-10"))
	if got := firstEvent(doc, Travel); got == nil || got.Place != "구미 공장" || got.Certainty != Asserted {
		t.Errorf("relative visit with a date word: got %+v", got)
	}
}

// TestCompoundNamingAnotherThing: "투자계획 조사결과를 소개했다" names a
// survey, no investment; "합병설 보도를 부인했다" and a headline's "회동설
// 부인" still tell their events.
func TestCompoundNamingAnotherThing(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n한빛전자는 6일 협력사 대표들과 간담회를 열고 투자계획 조사결과를 소개했다.", "2026-03-10"))
	if got := firstEvent(doc, Invest); got != nil {
		t.Errorf("survey read as an investment: %+v", got)
	}
	doc = x.Extract(articleOf("제목\n\n한빛전자는 누리바이오와의 합병설 보도를 부인했다.", "2026-03-10"))
	if got := firstEvent(doc, Merge); got == nil || got.Certainty != Denied {
		t.Errorf("denied merger report: got %+v", got)
	}
	doc = x.Extract(articleOf("정우성 대표, 한지민 사장과 회동설 부인\n\n본문 없음.", "2026-03-10"))
	if got := firstEvent(doc, Meet); got == nil || got.Certainty != Denied {
		t.Errorf("headline denial: got %+v", got)
	}
}

// TestChainedRelativeVisitor: "전남도청을 방문해 배두나 지사를 만난 류승범
// 사장은": the connective visit has no subject of its own; the person the
// chained relative clause modifies made it.
func TestChainedRelativeVisitor(t *testing.T) {
	x := extractor(t)
	for _, text := range []string{
		"13일 전남도청을 방문해 배두나 도지사를 만난 류승범 사장은 투자 계획을 밝혔다.",
		"13일 전남도청을 방문해 배두나 도지사를 만난 한빛전자 류승범 사장은 투자 계획을 밝혔다.",
	} {
		doc := x.Extract(articleOf("제목\n\n"+text, "2026-03-10"))
		got := firstEvent(doc, Travel)
		if got == nil || !slices.Equal(got.Actors, []string{"류승범"}) || got.Certainty != Asserted {
			t.Errorf("%s: got %+v", text, got)
		}
	}
	doc := x.Extract(articleOf("제목\n\n공장을 방문해 직원들이 만든 제품을 살폈다.", "2026-03-10"))
	if got := firstEvent(doc, Travel); got != nil {
		t.Errorf("visit without a named visitor: %+v", got)
	}
}

// TestConditionSubjectSkipped: the subject of a condition before the
// predicate ("임기가 시작되면") is not the actor; the topic before it is.
func TestConditionSubjectSkipped(t *testing.T) {
	x := extractor(t)
	for _, text := range []string{
		"류승범 총리는 오는 10일 새 대통령의 임기가 시작되면 곧바로 사의를 표명할 계획이다.",
		"류승범 총리는 새 정부가 출범하면 곧바로 사의를 표명할 계획이다.",
	} {
		doc := x.Extract(articleOf("제목\n\n"+text, "2026-03-10"))
		got := firstEvent(doc, Resign)
		if got == nil || !slices.Equal(got.Actors, []string{"류승범"}) || got.Certainty != Planned {
			t.Errorf("%s: got %+v", text, got)
		}
	}
}

// TestYearInDoIsNoSubject: a year written with 도 ("2019년도 선수") is no
// subject in 도, so the names listed before it do not act; the sentence
// keeps the subject of the one before.
func TestYearInDoIsNoSubject(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n한빛배구연맹이 올해 FA 선수를 20일 공시했다. 김철수(서울) 박영호(인천) 등 2019년도 선수 99명을 공시했다.", "2026-03-10"))
	for _, ev := range doc.Events {
		if ev.Type == Announce && !slices.Equal(ev.Actors, []string{"한빛배구연맹"}) {
			t.Errorf("ANNOUNCE by %v, want only 한빛배구연맹", ev.Actors)
		}
	}
	if lastEvent(doc, Announce) == nil {
		t.Error("no ANNOUNCE")
	}
}
