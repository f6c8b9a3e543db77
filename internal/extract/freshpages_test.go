package extract

import "testing"

// TestFreshPagePersons: layouts met on pages of outlets outside the dev
// set, rewritten with invented names.
func TestFreshPagePersons(t *testing.T) {
	assertRecall(t, []recallCase{
		// a title before a name marked by 씨: the word before the title keeps its particle
		{"경찰은 가수 박서준씨의 도박 혐의를 수사하고 있다.", Person, "박서준", "가수", ""},
		// a foreign family name whose last syllable the analyser reads as a verb form (웰러 + 슨)
		{"장관은 존 웰러슨 신임 미국 국무장관과 통화했다.", Person, "존 웰러슨", "신임 국무장관", "미국"},
		// Japan's minister written 외무대신
		{"오세진 장관은 다나카 히로시 일본 외무대신과 만났다.", Person, "다나카 히로시", "외무대신", "일본"},
		// a family name in -kawa after a word with 과: not the word and the particle 와
		{"박정우(왼쪽) 외교부 장관과 가미카와 유키 일본 외무대신이 악수하고 있다.", Person, "가미카와 유키", "외무대신", "일본"},
		// a senior presidential secretary, after a broadcast marker
		{"<리포트> 이종혁 청와대 민정수석은 그 주장은 사실 무근이라고 밝혔습니다.", Person, "이종혁", "민정수석", "청와대"},
		// a country's one-syllable short form between a foreign name and a title
		{"장관은 존 웰러슨 미 국무장관과 통화했다.", Person, "존 웰러슨", "국무장관", "미"},
		// an organisation's short form met after its full name, between a name and a title
		{"시찰에는 김창민 국무위원회 부장, 최현수 국무위 국장이 동행했다.", Person, "최현수", "국장", "국무위"},
	})
	assertRecall(t, []recallCase{
		{"한국프로농구연맹이 자유계약선수 명단을 공시했다.", Org, "한국프로농구연맹", "", ""},
		{"북한 조선중앙방송은 3일 위원장이 공장을 현지지도했다고 보도했다.", Org, "조선중앙방송", "", ""},
		// a corporate mark glued to the name or written apart
		{"지역 건설사인 ㈜한솔이 우선협상대상자로 선정됐다.", Org, "한솔", "", ""},
		{"(주)누리테크는 공장을 착공했다.", Org, "누리테크", "", ""},
		{"시는 ㈜ 다온소프트와 계약했다.", Org, "다온소프트", "", ""},
	})
	assertNotEntities(t, []notEntityCase{
		{"경찰은 가수 박서준씨의 도박 혐의를 수사하고 있다.", []string{"경찰은", "경찰"}},
		{"경찰은 가수 한빛밴드 소속 박서준씨의 혐의를 내사하고 있다.", []string{"경찰은", "경찰"}},
		{"한미일 외교장관, 제네바서 회담", []string{"한미일"}},
		{"한중일 정상은 협력 방안을 논의했다.", []string{"한중일"}},
		{"장관은 존 웰러슨 미 국무장관과 통화했다.", []string{"미", "웰러슨 미"}},
		{"그는 참석을 확정한 상태로, 이 기간 웰러슨 장관과의 회담이 예상된다.", []string{"기간 웰러슨"}},
		{"시찰에는 김창민 국무위원회 부장, 최현수 국무위 국장이 동행했다.", []string{"국무위"}},
	})
}

// TestFreshPageEvents: the actor behind a relative clause whose subject has
// a modifier of its own, and the publication year that only frames a
// clause with a day in it.
func TestFreshPageEvents(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text  string
		typ         EventType
		actor, date string
	}{
		{"modifier of the relative clause's subject", "박도현 위원장이 공개활동에 나섰다. 조선중앙통신은 박도현 위원장이 대대적인 보수 공사가 진행 중인 항구를 시찰했다고 3일 보도했다.", Visit, "박도현", "2025-06-03"},
		{"this year frames the clause", "한빛축구연맹이 올해 자유계약 자격 취득 선수를 10일 공시했다.", Announce, "한빛축구연맹", "2025-06-10"},
	}
	for _, tc := range tests {
		doc := x.Extract(articleOf("제목\n\n"+tc.text, "2025-06-13"))
		ev := firstEvent(doc, tc.typ)
		if ev == nil {
			t.Errorf("%s: no %s event in %+v", tc.name, tc.typ, doc.Events)
			continue
		}
		if len(ev.Actors) == 0 || ev.Actors[0] != tc.actor || ev.Date != tc.date {
			t.Errorf("%s: actors %v date %q, want %s %s", tc.name, ev.Actors, ev.Date, tc.actor, tc.date)
		}
	}
}

// TestFreshPageFamilyNameReference: a foreign family name with a title
// after the full name refers back to that person, whatever the analyser
// makes of the word.
func TestFreshPageFamilyNameReference(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n김민수 외교부 장관은 존 웰러슨 미국 국무장관과 통화했다.\n\n김 장관은 참석을 확정한 상태로, 이 기간 웰러슨 장관과의 양자회담을 개최할 것으로 예상된다.", "2025-06-13"))
	ev := firstEvent(doc, Meet)
	if ev == nil || len(ev.Actors) != 2 || ev.Actors[1] != "존 웰러슨" || ev.Certainty != Speculated {
		t.Errorf("MEET %+v, want 김민수 and 존 웰러슨, speculated", ev)
	}
}
