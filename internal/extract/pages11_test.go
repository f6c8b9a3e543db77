package extract

import (
	"slices"
	"testing"
)

// TestArrestAgents: the police arrest a suspect the story does not name,
// written actively or in the passive with the police in 에; a police
// station the lexicon does not know joins the city written before it; a
// generic word before 경찰서 names no station; a police unit acts for its
// station.
func TestArrestAgents(t *testing.T) {
	checkPageCases(t, "2026-04-01", []pageCase{
		{name: "passive agent", text: "한빛역 광장에서 흉기를 휘두른 50대 남성이 경찰에 긴급체포됐다.",
			typ: Arrest, actors: []string{"경찰"}, cert: Asserted},
		{name: "named suspect, passive agent", text: "류승범 대표가 경찰에 체포돼 조사를 받고 있다.",
			typ: Arrest, actors: []string{"류승범", "경찰"}, cert: Asserted},
		{name: "agent with 의해", text: "류승범 대표가 검찰에 의해 기소됐다.",
			typ: Indict, actors: []string{"류승범", "검찰"}, cert: Asserted},
		{name: "unknown station after its city", text: "서울 새봄경찰서는 현수막을 훼손한 30대 남성을 재물손괴 혐의로 체포했다고 밝혔다.",
			typ: Arrest, actors: []string{"서울 새봄경찰서"}, cert: Reported},
		{name: "active police", text: "경찰은 현장에서 달아난 30대 남성을 이틀 만에 체포했다.",
			typ: Arrest, actors: []string{"경찰"}, cert: Asserted},
		{name: "police unit acts for its station", text: "서울 한빛경찰서 사이버수사대는 자택에서 나오던 류승범 대표를 긴급체포했다.",
			typ: Arrest, actors: []string{"서울 한빛경찰서", "류승범"}, cert: Asserted},
		{name: "two suspects marked by 씨", text: "서울 한빛경찰서는 김철수 씨와 박영희 씨를 사기 혐의로 체포했다.",
			typ: Arrest, actors: []string{"서울 한빛경찰서", "김철수", "박영희"}, cert: Asserted},
		{name: "meeting place is no agent", text: "류승범 대표는 경찰에 출석했다.", typ: Arrest, none: true},
	})
}

// TestGenericStationIsNoOrg: "관할경찰서" after a city is no organisation.
func TestGenericStationIsNoOrg(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n서울 관할경찰서는 순찰을 강화했다.", "2026-04-01"))
	for _, e := range doc.Entities {
		if e.Type == Org {
			t.Errorf("unexpected organisation %q", e.Name)
		}
	}
}

// TestParenAbbrevAlias: an organisation's short name in brackets after it
// ("(한빛연)", "(이하 예결특위)") is its alias, and the later "한빛연 측은"
// who speaks is that organisation; a bracket of a place or of words that
// are no short form of the name is none.
func TestParenAbbrevAlias(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		text, org, alias, speaker string
	}{
		{"경찰이 한빛미래연구소(한빛연) 회원인 김용호 씨를 체포했다.\n한빛연 측은 이날 방송을 통해 \"이미 잡혀갔을 것\"이라고 밝혔다.",
			"한빛미래연구소", "한빛연", "한빛미래연구소"},
		{"한빛도의회는 예산결산특별위원회(이하 예결특위)를 열었다.", "예산결산특별위원회", "예결특위", ""},
		{"한빛미래연구소(서울)는 보고서를 냈다.", "한빛미래연구소", "", ""},
	} {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		var org *Entity
		for i := range doc.Entities {
			if doc.Entities[i].Type == Org && doc.Entities[i].Name == c.org {
				org = &doc.Entities[i]
			}
		}
		switch {
		case org == nil:
			t.Errorf("%q: no organisation %q in %+v", c.text, c.org, doc.Entities)
		case c.alias == "" && len(org.Aliases) > 0:
			t.Errorf("%q: aliases %q, want none", c.text, org.Aliases)
		case c.alias != "" && !slices.Contains(org.Aliases, c.alias):
			t.Errorf("%q: aliases %q, want %q among them", c.text, org.Aliases, c.alias)
		}
		if c.speaker != "" && (len(doc.Quotes) != 1 || doc.Quotes[0].Speaker != c.speaker) {
			t.Errorf("%q: quotes %+v, want one by %s", c.text, doc.Quotes, c.speaker)
		}
	}
}

// TestHanjaNames: names printed in hanja, with the title glued or apart,
// a Hangul given name after a hanja surname, speak their quotes; a hanja
// abbreviation and a lone surname before a title are no names.
func TestHanjaNames(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		text, name, title, speaker string
	}{
		{"南宮洙의원(한빛)은 \"예산을 줄여야 한다\"고 말했다.", "南宮洙", "의원", "南宮洙"},
		{"도의회는 3일 예산안을 심의했다. 尹도담 의원은 \"사업비가 많다\"고 지적했다.", "尹도담", "의원", "尹도담"},
		{"朴한결위원장은 회의를 열었다.", "朴한결", "위원장", ""},
		{"朴 대통령은 회의를 열었다.", "", "", ""},
		{"韓美 정상은 회담을 열었다.", "", "", ""},
	} {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		var got *Entity
		for i := range doc.Entities {
			if doc.Entities[i].Type == Person {
				got = &doc.Entities[i]
			}
		}
		switch {
		case c.name == "" && got != nil:
			t.Errorf("%q: unexpected person %+v", c.text, *got)
		case c.name != "" && (got == nil || got.Name != c.name || got.Title != c.title):
			t.Errorf("%q: person %+v, want %s %s", c.text, got, c.name, c.title)
		}
		if c.speaker != "" && (len(doc.Quotes) != 1 || doc.Quotes[0].Speaker != c.speaker) {
			t.Errorf("%q: quotes %+v, want one by %s", c.text, doc.Quotes, c.speaker)
		}
	}
}

// TestContractedAdnominalIsNoName: a verb's contracted adnominal before a
// name and its title ("앵커를 지낸 김성준 논설위원") is no second name.
func TestContractedAdnominalIsNoName(t *testing.T) {
	assertNotEntities(t, []notEntityCase{
		{"메인 앵커를 지낸 도담 한빛방송 논설위원이 체포됐다.", []string{"지낸"}},
		{"회장을 지낸 한결 전 회장이 별세했다.", []string{"지낸"}},
	})
}

// TestThoughtIsNoSpeaker: "…라는 생각이 들었다며 “…”라고" is said by the
// person the story is about, not by the thought.
func TestThoughtIsNoSpeaker(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n도담 감독은 경기 전 선수들을 격려했다. 경기 중엔 '이건 투혼이다'라는 생각이 가장 많이 들었다며 \"모든 걸 쏟아낸 경기였다\"라고 소감을 전했다.", "2026-04-01"))
	if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker != "도담" {
		t.Errorf("quotes %+v, want one by 도담", doc.Quotes)
	}
}

// TestLaterParagraphDay: "이날" opening a later paragraph is the day the
// lead is about, not the publication day.
func TestLaterParagraphDay(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n한빛시는 지난 5일 새봄시와 관광 협약을 맺었다.\n\n이날 협약식에는 류승범 한빛시장이 참석했다.", "2024-03-10"))
	var got []string
	for _, d := range doc.Dates {
		got = append(got, d.Text+"="+d.Value)
	}
	if want := []string{"지난 5일=2024-03-05", "이날=2024-03-05"}; !slices.Equal(got, want) {
		t.Errorf("dates %q, want %q", got, want)
	}
}

// TestAgreementsAndTrips: an agreement exchanged or signed at a ceremony,
// a trip to a place written with 행 before what one boards, a meeting told
// as news (회담한 소식); "의견을 교환했다" and a place+행 flight cancelled
// are no such events.
func TestAgreementsAndTrips(t *testing.T) {
	checkPageCases(t, "2024-03-10", []pageCase{
		{name: "MOU exchanged", text: "한빛전자와 누리바이오는 9일 업무협약(MOU)을 교환했다.",
			typ: Agree, actors: []string{"한빛전자", "누리바이오"}, cert: Asserted},
		{name: "ceremony held", text: "한빛전자와 누리바이오는 9일 협약식을 가졌다.",
			typ: Agree, actors: []string{"한빛전자", "누리바이오"}, cert: Asserted},
		{name: "ceremony held after day and place", text: "한빛전자와 누리바이오는 협약식을 9일 한빛전자 본사에서 가졌다.",
			typ: Agree, actors: []string{"한빛전자", "누리바이오"}, date: "2024-03-09", cert: Asserted},
		{name: "agreement made", text: "한빛전자는 지난 5일 누리바이오와 공급 협약을 맺었다.",
			typ: Agree, actors: []string{"한빛전자", "누리바이오"}, cert: Asserted},
		{name: "views exchanged", text: "한빛전자와 누리바이오는 의견을 교환했다.", typ: Agree, none: true},
		{name: "flight boarded", text: "류승범 장관은 9일 워싱턴행 비행기에 올랐다.",
			typ: Travel, actors: []string{"류승범"}, place: "워싱턴", date: "2024-03-09", cert: Asserted},
		{name: "flight cancelled", text: "워싱턴행 항공편이 결항됐다.", typ: Travel, none: true},
		{name: "meeting as news", text: "류승범 장관이 정우성 장관과 회담한 소식이 전해졌다.",
			typ: Meet, actors: []string{"류승범", "정우성"}, cert: Reported},
	})
}

// TestAlsoSubjectSpeaks: a named subject in 도 after adverbials ("이에 대해
// 정우성 장관도 이날") or opening the second clause ("…고 말했고, 정우성
// 장관도") says the quote after it, not the previous quote's speaker.
func TestAlsoSubjectSpeaks(t *testing.T) {
	x := extractor(t)
	for _, text := range []string{
		"류승범 장관은 \"협력을 늘리겠다\"고 말했다. 이에 대해 정우성 장관도 이날 \"동의한다\"고 밝혔다.",
		"류승범 장관은 \"협력을 늘리겠다\"고 말했고, 정우성 장관도 \"동의한다\"고 밝혔다.",
	} {
		doc := x.Extract(articleOf("제목\n\n"+text, "2024-03-10"))
		var got []string
		for _, q := range doc.Quotes {
			got = append(got, q.Speaker)
		}
		if want := []string{"류승범", "정우성"}; !slices.Equal(got, want) {
			t.Errorf("%q: speakers %q, want %q", text, got, want)
		}
	}
}

// TestStaffOrgs: a name before 관계자 is the official's organisation; a
// sector (금융권, 법조계) or a common noun (구단) is none.
func TestStaffOrgs(t *testing.T) {
	assertRecall(t, []recallCase{
		{"한빛기획 관계자는 \"성장을 이어가겠다\"고 말했다.", Org, "한빛기획", "", ""},
	})
	assertNotEntities(t, []notEntityCase{
		{"금융권 관계자는 말했다.", []string{"금융권"}},
		{"법조계 관계자는 말했다.", []string{"법조계"}},
		{"구단 관계자는 말했다.", []string{"구단"}},
	})
}

// TestInstitutionTopicSpeaks: "정부는 사고 예방이 …하겠다고 밝혔다" is the
// government's reported speech, not the embedded clause's subject's.
func TestInstitutionTopicSpeaks(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n이에 정부는 사고 예방이 모두에게 이익이 되도록 노력하겠다고 밝혔다.", "2024-03-10"))
	if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker != "정부" || doc.Quotes[0].Kind != QuoteIndirect {
		t.Errorf("quotes %+v, want one indirect by 정부", doc.Quotes)
	}
}

// TestSurnameTitleSpeaks: "이 시장은" on a page that never names the mayor
// in full speaks as "이 시장", also in the clause after a contrast ("…물었으나
// 이 시장은 “…”라고"); "한 외무장관" is a determiner and a title.
func TestSurnameTitleSpeaks(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n이 시장은 6일 신년 기자회견을 열었다. 한빛방송 도담 기자는 \"질문해도 될까요\"라며 재차 물었으나 이 시장은 \"됐습니다\"라고 선을 그었다.", "2024-03-10"))
	var got []string
	for _, q := range doc.Quotes {
		got = append(got, q.Speaker)
	}
	if want := []string{"도담", "이 시장"}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// TestPublisherAndCeremony: a publisher (발행인) after a region and an
// outlet is a titled person; a signing ceremony (서명식) is no name.
func TestPublisherAndCeremony(t *testing.T) {
	assertRecall(t, []recallCase{
		{"도담 미주 한빛일보 발행인은 새봄통신 한결 대표와 양사 간의 협약 서명식을 가졌다.", Person, "도담", "발행인", "한빛일보"},
	})
	assertNotEntities(t, []notEntityCase{
		{"도담 미주 한빛일보 발행인은 새봄통신 한결 대표와 양사 간의 협약 서명식을 가졌다.", []string{"서명식"}},
	})
}
