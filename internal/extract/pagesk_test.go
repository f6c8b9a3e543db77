package extract

import (
	"strings"
	"testing"
)

// Invented sentences, one per kind of miss met on fresh pages of outlets the
// rules had not seen (pass K).

// TestNewsroomDesks: a newsroom desk written before a reporter's name, in an
// outlet's bracket or as the signer is no person and no organisation.
func TestNewsroomDesks(t *testing.T) {
	assertRecall(t, []recallCase{
		{"한빛일보 사회부 김민수 기자가 현장을 찾았다.", Person, "김민수", "기자", ""},
	})
	assertNotEntities(t, []notEntityCase{
		{"한빛일보 사회부 김민수 기자가 현장을 찾았다.", []string{"사회부"}},
		{"[한빛뉴스=대중문화부] 배우 도담의 소속사가 입장을 밝혔다.", []string{"대중문화부"}},
	})
}

// TestAgencySuffixAndTitles: an entertainment agency named by its ending,
// a high prosecutors' office chief written as one word with its city, an
// investigator and a North Korean minister of the armed forces.
func TestAgencySuffixAndTitles(t *testing.T) {
	assertRecall(t, []recallCase{
		{"배우 도담의 소속사 한결엔터테인먼트는 입장을 밝혔다.", Org, "한결엔터테인먼트", "", ""},
		{"공수처는 나은별 한빛고검장 관련 의혹을 수사했다.", Person, "나은별", "한빛고검장", ""},
		{"검찰은 도한결 수사관의 사무실을 압수수색했다.", Person, "도한결", "수사관", ""},
		{"수행단에는 변지훈 인민무력상이 포함됐다.", Person, "변지훈", "인민무력상", ""},
	})
	assertNotEntities(t, []notEntityCase{
		{"대형 엔터테인먼트 업체가 늘었다.", []string{"대형 엔터테인먼트", "엔터테인먼트"}},
	})
}

// TestSpeakerOutsideMatter: the speaker of a quote answering a report or a
// question is the subject outside the matter — a topic before a relative
// clause, the subject opening the sentence before a matter with its own
// subject, the speaker of the sentence before when the question's clause
// holds the only subject — and a court named at a past hearing speaks as
// the court.
func TestSpeakerOutsideMatter(t *testing.T) {
	checkQuotesBy(t, "2025-06-11", []quoteBy{
		{"부산시는 20일 횡령 의혹을 받고 있는 도한결 씨가 보고서를 고쳤다는 보도와 관련해 \"사실이 아니다\"고 반박했다.",
			"부산", "사실이 아니다"},
		{"부산시가 전날 횡령 의혹을 받고 있는 도한결 씨가 보고서를 고쳤다는 보도에 대해 \"말이 되는 소리인가\"라고 부인했다.",
			"부산", "말이 되는 소리인가"},
		{"[한결기자] 부산시가 전날 도한결 씨가 보고서를 고쳤다는 보도에 대해 \"사실무근이다\"라고 부인했다.",
			"부산", "사실무근이다"},
		{"부산시는 \"답변하지 않겠다\"고 말했다. 도한결 의원이 출석 요구를 받아들일지 묻는 질문에는 \"달라진 입장이 없다\"고 말했다.",
			"부산", "달라진 입장이 없다"},
		{"검찰은 지난 기일 재판부의 지적을 받아들였다고 밝혔다. 이에 대해 재판부는 \"양이 줄었다\"면서 의문을 표시했다.",
			"재판부", "양이 줄었다"},
	})
	// the matter's own subject opening the sentence is no speaker
	doc := extractor(t).Extract(articleOf("제목\n\n부상이 염려되는 것에 대해서는 \"괜찮다\"고 말했다.", "2025-06-11"))
	for _, q := range doc.Quotes {
		if q.Speaker == "부상" {
			t.Errorf("the matter's subject read as the speaker: %+v", q)
		}
	}
}

// TestEmergencyArrestAndHeldSummit: an emergency arrest written as one
// word is an arrest, and a summit to be held ("회담을 열 예정") a planned
// meeting, while words 열 opens (열띤) make none.
func TestEmergencyArrestAndHeldSummit(t *testing.T) {
	cases := []struct {
		text      string
		typ       EventType
		certainty Certainty
	}{
		{"서울경찰청은 전날 도한결 씨를 긴급체포했다.", Arrest, Asserted},
		{"윤석열 대통령이 기시다 후미오 일본 총리와 오는 6일 정상회담을 열 예정이다.", Meet, Planned},
		{"윤석열 대통령과 기시다 후미오 일본 총리는 오는 6일 정상회담을 열기로 했다.", Meet, Planned},
	}
	for _, c := range cases {
		doc := extractor(t).Extract(articleOf("제목\n\n"+c.text, "2026-03-30"))
		ev := firstEvent(doc, c.typ)
		if ev == nil {
			t.Errorf("%q: no %s event in %+v", c.text, c.typ, doc.Events)
			continue
		}
		if ev.Certainty != c.certainty {
			t.Errorf("%q: %s %s, want %s", c.text, c.typ, ev.Certainty, c.certainty)
		}
	}
	doc := extractor(t).Extract(articleOf("제목\n\n두 정상은 회담 내내 열띤 토론을 벌였다.", "2026-03-30"))
	if ev := firstEvent(doc, Meet); ev != nil && strings.Contains(ev.Evidence, "열띤") && ev.Certainty == Planned {
		t.Errorf("열띤 read as a light verb: %+v", ev)
	}
}

// TestNameInBothOrders: a foreign name written family name first and, later,
// given name first is one person, and the bare family name refers to them.
func TestNameInBothOrders(t *testing.T) {
	doc := extractor(t).Extract(articleOf("제목\n\n문재인 대통령은 3일 아데르 야노쉬 헝가리 대통령과 정상회담을 가졌다. "+
		"문 대통령과 아데르 대통령이 임석한 가운데 협정을 체결했다. 사진은 야노쉬 아데르 헝가리 대통령과 회담하는 모습이다.", "2021-11-04"))
	n := 0
	for _, e := range doc.Entities {
		if e.Type == Person && strings.Contains(e.Name, "아데르") {
			n++
			if len(e.Mentions) != 3 {
				t.Errorf("%s: %d mentions, want 3 (both orders and the family name)", e.Name, len(e.Mentions))
			}
		}
	}
	if n != 1 {
		t.Errorf("%d persons named 아데르, want 1", n)
	}
}
