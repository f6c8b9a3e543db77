package extract

import (
	"slices"
	"testing"
)

// TestReportedClaimMeetings: a meeting told as the content of a claim
// ("…만났다는 진술") is a reported meeting, and the determiner "한"
// ("강릉의 한 식당") is no relative clause hiding its subject.
func TestReportedClaimMeetings(t *testing.T) {
	checkMeets(t, "2026-03-10", []meetCase{
		{name: "statement with determiner", text: "경찰은 정우성 대표와 한지민 사장이 속초의 한 카페에서 만났다는 진술을 받아냈다.",
			actors: []string{"정우성", "한지민"}, place: "카페", cert: Reported},
		{name: "allegation", text: "검찰은 오세훈 의원이 지난달 대구에서 문채원 회장과 회동했다는 의혹을 수사하고 있다.",
			actors: []string{"오세훈", "문채원"}, place: "대구", cert: Reported},
		{name: "testimony before place adjunct", text: "검찰은 류승범 회장이 한 호텔에서 배두나 의원을 만났다는 증언을 확보했다.",
			actors: []string{"류승범", "배두나"}, place: "호텔", cert: Reported},
		{name: "han as 하다 adnominal", text: "배두나 사장이 한 말을 류승범 대표가 반박했다.", actors: nil},
	})
}

// TestSentenceEvents: court rulings are SENTENCE events whose parties are
// the defendant and, when named, the court; the penalty is the object.
func TestSentenceEvents(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		name, text string
		actors     []string
		object     string
		cert       Certainty
	}{
		{"active with dative defendant", "대전지법은 어제 윤대호 전 이사장에게 징역 4년을 선고했다.", []string{"대전지법", "윤대호"}, "징역 4년", Asserted},
		{"acquittal", "광주고법은 송미라 원장에게 무죄를 선고했다.", []string{"광주고법", "송미라"}, "무죄", Asserted},
		{"passive with court", "윤대호 전 이사장은 대전지법에서 징역 1년 6개월을 선고받았다.", []string{"윤대호", "대전지법"}, "징역 1년 6개월", Asserted},
		{"passive, spaced", "송미라 원장은 항소심에서 무죄를 선고 받았다.", []string{"송미라"}, "무죄", Asserted},
		{"planned", "재판부는 다음 달 윤대호 전 이사장에게 형을 선고할 예정이다.", []string{"윤대호"}, "형", Planned},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-03-10"))
		got := lastEvent(doc, Sentence)
		if got == nil {
			t.Errorf("%s: no SENTENCE event in %+v", c.name, doc.Events)
			continue
		}
		if !slices.Equal(got.Actors, c.actors) || got.Object != c.object || got.Certainty != c.cert {
			t.Errorf("%s: got %v %q %s, want %v %q %s", c.name, got.Actors, got.Object, got.Certainty, c.actors, c.object, c.cert)
		}
	}
}

// TestDottedTitledPairs: "A 대표·B 사장" names two sides, each with a title.
func TestDottedTitledPairs(t *testing.T) {
	checkMeets(t, "2026-03-10", []meetCase{
		{name: "headline", text: "정우성 대표·한지민 사장 회동\n\n정우성 대표는 14일 한지민 사장에게 협력을 제안했다. 한지민 사장은 검토하겠다고 밝혔다.",
			actors: []string{"정우성", "한지민"}, cert: Asserted},
		{name: "body subject", text: "류승범 회장·배두나 의원은 14일 부산에서 회동했다. 류승범 회장은 만족했다. 배두나 의원도 그랬다.",
			actors: []string{"류승범", "배두나"}, place: "부산", cert: Asserted},
	})
}

// TestPairGroupSubjects: "양당은", "양측은", "두 나라는" stand for the two
// parties of the sentence before; unnamed, they give no event.
func TestPairGroupSubjects(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		name, text string
		typ        EventType
		actors     []string
	}{
		{"two parties", "정의당과 진보당은 선거구 문제로 논의를 거듭했다. 양당은 결국 후보 단일화에 합의했다.", Agree, []string{"정의당", "진보당"}},
		{"two countries", "프랑스와 독일은 국경 문제로 대립했다. 두 나라는 9일 공동 순찰에 합의했다.", Agree, []string{"프랑스", "독일"}},
		{"two people meet", "윤대호 이사장과 송미라 원장은 오랜 동료다. 두 사람은 지난 5일 대전에서 만났다.", Meet, []string{"윤대호", "송미라"}},
		{"no named sides", "양측은 9일 공동 순찰에 합의했다.", Agree, nil},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-03-10"))
		got := lastEvent(doc, c.typ)
		if c.actors == nil {
			if got != nil {
				t.Errorf("%s: unexpected %s event %v", c.name, c.typ, got.Actors)
			}
			continue
		}
		if got == nil {
			t.Errorf("%s: no %s event in %+v", c.name, c.typ, doc.Events)
			continue
		}
		if !slices.Equal(got.Actors, c.actors) {
			t.Errorf("%s: actors %v, want %v", c.name, got.Actors, c.actors)
		}
	}
}

// TestPairGroupAdverbial: "양당 협의 끝에 결국 …에 합의했다" keeps the two
// parties of the sentence before, and the adverb 결국 stays out of the object.
func TestPairGroupAdverbial(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n정의당과 진보당은 선거구 문제로 논의를 거듭했다. 양당 협의 끝에 결국 후보 단일화에 합의했다.", "2026-03-10"))
	for _, e := range doc.Events {
		if e.Type == Agree {
			if !slices.Equal(e.Actors, []string{"정의당", "진보당"}) || e.Object != "후보 단일화" {
				t.Errorf("got %v %q, want [정의당 진보당] \"후보 단일화\"", e.Actors, e.Object)
			}
			return
		}
	}
	t.Errorf("no AGREE event in %+v", doc.Events)
}
