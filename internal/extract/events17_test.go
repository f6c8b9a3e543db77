package extract

import (
	"slices"
	"testing"
)

// TestEvents17Parties: subjects written as country initials, partners in
// 과도, dates with 중, and 하는-clauses on a titled person.
func TestEvents17Parties(t *testing.T) {
	cases := []struct {
		text   string
		typ    EventType
		actors []string // nil: no event of typ at all
		object string   // "" skips the check, "-" wants none
		cert   Certainty
	}{
		// a subject of two or three country initials is those countries
		{"남북은 지난 5일 개성에서 실무회담을 열고 철도 연결에 합의했다.", Meet, []string{"한국", "북한"}, "", Asserted},
		{"한미는 다음 주 워싱턴에서 국방장관 회담을 가진다.", Meet, []string{"한국", "미국"}, "", Planned},
		{"한미일은 공동성명을 발표하기로 합의했다.", Agree, []string{"한국", "미국", "일본"}, "", Asserted},
		// one country written twice is no pair
		{"남한은 회담을 가졌다.", Meet, nil, "", Asserted},
		// a partner in 과도 is a party
		{"박정우 장관은 리처드 밀러 국무부 부장관과도 면담할 계획이다.", Meet, []string{"박정우", "리처드 밀러"}, "", Planned},
		// 중 after a date is when, not what was agreed
		{"삼성전자와 한빛전자는 2027년 3월 중 부산에서 공동 연구를 시작하기로 합의했다.", Agree, []string{"삼성전자", "한빛전자"}, "부산에서 공동 연구를 시작", Asserted},
		// 방한하는 modifies the visitor: the subject only meets him
		{"김민수 장관은 방한하는 박철수 회장과 회담했다.", Travel, []string{"박철수"}, "", Asserted},
		{"김민수 장관은 방한하는 박철수 회장과 회담했다.", Meet, []string{"김민수", "박철수"}, "", Asserted},
		// … and when the visitor is no known name, the subject does not travel
		{"김민수 장관은 이틀간 방한하는 국제포럼 존 스미스 회장과 오찬을 함께 할 예정이다.", Travel, nil, "", Planned},
		// what is signed comes in 에
		{"김철수 대표는 11일 공급 계약서에 서명했다.", Sign, []string{"김철수"}, "공급 계약서", Asserted},
		// a pair group stands for the titled names a 도 ends in the sentence before
		{"이 행사에는 박정우 대통령과 리처드 밀러 총리도 참석한다. 양 정상은 이어 공동선언문에 서명할 예정이다.", Sign, []string{"박정우", "리처드 밀러"}, "공동선언문", Planned},
		// a passive acquisition: the buyer in 에 is the party, the subject what was bought
		{"반도체 설계 업체는 지난해 삼성전자에 인수됐다.", Acquire, []string{"삼성전자"}, "반도체 설계 업체", Asserted},
		{"이 공장은 삼성전자에 의해 인수됐다.", Acquire, []string{"삼성전자"}, "공장", Asserted},
		{"전장 부품 사업부는 삼성전자에 인수될 것이라는 소문에 휩싸였다.", Acquire, []string{"삼성전자"}, "전장 부품 사업부", Speculated},
		// a predicate noun before a progressive 중 with the copula
		{"한빛전자는 삼성전자와 합작 법인 설립을 놓고 협상 중인 것으로 알려졌다.", Discuss, []string{"한빛전자", "삼성전자"}, "", Reported},
		{"삼성전자는 한빛전자와 협의 중이며 결론은 나지 않았다.", Discuss, []string{"삼성전자", "한빛전자"}, "", Asserted},
		// a bare 중 only says when
		{"김민수 장관은 회담 중 발언했다.", Meet, nil, "", Asserted},
		// a partnership is a cooperation; a -적 word before it is no object
		{"삼성전자와 네이버는 지난해 전략적 파트너십을 맺었다.", Cooperate, []string{"삼성전자", "네이버"}, "-", Asserted},
		// the one sued: in 에게, in 에 대해, and a name before 등
		{"김철수 씨는 박영희 씨에게 손해배상 소송을 냈다.", Sue, []string{"김철수", "박영희"}, "", Asserted},
		{"김철수 씨는 박영희 씨 등을 상대로 손해배상 소송을 냈다.", Sue, []string{"김철수", "박영희"}, "", Asserted},
		{"김철수 씨는 박영희 한빛일보 기자 등에 대해 수억 대 손해배상 소송을 제기했다.", Sue, []string{"김철수", "박영희"}, "", Asserted},
		// an appointment put to a vote as an agenda item is planned
		{"한빛해운이 박정우 부사장을 사내이사로 선임하는 안건을 다음 달 주주총회에 부의하기로 했다.", Appoint, []string{"박정우"}, "", Planned},
		{"한빛해운은 박정우 부사장을 사내이사로 선임했다.", Appoint, []string{"박정우"}, "", Asserted},
		// an agreed complement ending on a light verb is its object
		{"삼성전자와 애플은 다음 달 실무 회의를 열기로 합의했다.", Agree, []string{"삼성전자", "애플"}, "실무 회의", Asserted},
		// a plan in a 하는 clause keeps its event
		{"경기도는 다음 달 두 회사와 업무협약을 체결하는 방안을 검토하고 있다.", Agree, []string{"경기"}, "", Speculated},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, ""))
		var got *Event
		for i := range doc.Events {
			if doc.Events[i].Type == c.typ {
				got = &doc.Events[i]
				break
			}
		}
		if c.actors == nil {
			if got != nil {
				t.Errorf("%q: want no %s, got %+v", c.text, c.typ, got.Actors)
			}
			continue
		}
		if got == nil {
			t.Errorf("%q: no %s event in %+v", c.text, c.typ, doc.Events)
			continue
		}
		for _, a := range c.actors {
			if !slices.Contains(got.Actors, a) {
				t.Errorf("%q: %s actors %v, want %v", c.text, c.typ, got.Actors, c.actors)
				break
			}
		}
		if c.object == "-" && got.Object != "" {
			t.Errorf("%q: %s object %q, want none", c.text, c.typ, got.Object)
		}
		if c.object != "" && c.object != "-" && got.Object != c.object {
			t.Errorf("%q: %s object %q, want %q", c.text, c.typ, got.Object, c.object)
		}
		if got.Certainty != c.cert {
			t.Errorf("%q: %s certainty %s, want %s", c.text, c.typ, got.Certainty, c.cert)
		}
	}
}
