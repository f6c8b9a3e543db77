package extract

import (
	"slices"
	"testing"
)

// TestAffiliationFirstMeeting: "ORG 이름 직함과 ORG 이름 직함이 만났다" has
// both persons as the sides of the meeting, each with the organisation or
// country written before the name.
func TestAffiliationFirstMeeting(t *testing.T) {
	checkMeets(t, "2026-03-10", []meetCase{
		{name: "companies first", text: "LG전자 류승범 사장과 SK하이닉스 배두나 대표가 14일 만났다.",
			actors: []string{"류승범", "배두나"}, cert: Asserted},
		{name: "countries first", text: "미국 류승범 대통령과 중국 배두나 주석이 14일 회담했다.",
			actors: []string{"류승범", "배두나"}, cert: Asserted},
	})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\nLG전자 류승범 사장과 SK하이닉스 배두나 대표가 14일 만났다.", "2026-03-10"))
	for _, c := range []struct{ name, title, aff string }{{"류승범", "사장", "LG전자"}, {"배두나", "대표", "SK하이닉스"}} {
		e := find(doc, "PERSON", c.name)
		if e == nil || e.Title != c.title || e.Affiliation != c.aff {
			t.Errorf("%s: got %+v, want title %s, affiliation %s", c.name, e, c.title, c.aff)
		}
	}
}

// TestNamesByTitleContext: a name the analyser reads as a common noun is a
// person before a title when the context says so (a later "조 장관", an
// organisation between it and the title, a country as its affiliation);
// words that modify a title never are.
func TestNamesByTitleContext(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		name, text, person, title, aff string
	}{
		{"short name, later surname reference", "조현 장관은 10일 기자들과 만났다. 조 장관은 이어 떠났다.", "조현", "장관", ""},
		{"short name, organisation between", "박진 외교부 장관은 말했다. 박 장관은 이어 떠났다.", "박진", "장관", "외교부"},
		{"short name, no evidence", "박진 장관은 말했다.", "", "", ""},
		{"short name, a government body and a public title", "박진 외교부 장관은 말했다.", "박진", "장관", "외교부"},
		{"noun phrase before country", "현지시간 한국 가수가 무대에 올랐다.", "", "", ""},
		{"verb before country", "시장에 진입하며 한국 가수는 말했다.", "", "", ""},
		{"chinese name, country affiliation", "장웨이핑 중국 외교부장은 한국을 방문했다.", "장웨이핑", "외교부장", "중국"},
		{"chinese name, unknown first part", "왕샤오밍 중국 외교부장은 말했다.", "왕샤오밍", "외교부장", "중국"},
		{"chinese name after its country", "중국 장웨이핑 외교부장은 말했다.", "장웨이핑", "외교부장", "중국"},
		{"short chinese name after its country", "중국 리창 총리는 말했다.", "리창", "총리", "중국"},
		{"common noun after a country", "미국 기간 대통령은 말했다.", "", "", ""},
		{"chinese name, new title", "류쥔타오 중국 상무부장은 말했다.", "류쥔타오", "상무부장", "중국"},
		{"government before title", "정부 장관은 말했다. 정 장관은 말했다.", "", "", ""},
		{"time before title", "당시 장관은 말했다.", "", "", ""},
		{"new before title", "신임 장관은 취임했다. 신 장관은 말했다.", "", "", ""},
		{"predecessor before title", "전임 장관은 말했다. 전 장관은 말했다.", "", "", ""},
		{"time before country and title", "당시 중국 총리는 말했다.", "", "", ""},
		{"resident ambassador", "주한 미국 대사는 말했다.", "", "", ""},
	}
	for _, c := range cases {
		checkTitledPerson(t, x, c.name, c.text, c.person, c.title, c.aff)
	}
}

// TestCountryPairsAreNoEntities: two country initials ("남북", "한미",
// "북미") name a pair of countries, no place or organisation of their own
// (the golden convention lists "한중" among not_entities); "북미" stays
// North America where no pair noun follows.
func TestCountryPairsAreNoEntities(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		text, name string
		want       bool
	}{
		{"남북이 10일 판문점에서 회담을 열었다.", "남북", false},
		{"한미는 이날 통상 문제를 논의했다.", "한미", false},
		{"북미 정상이 만났다.", "북미", false},
		{"북미 대화가 재개됐다.", "북미", false},
		{"한빛전자는 북미 시장에 진출했다.", "북미", true},
		{"중국 정상이 만났다.", "중국", true},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-03-10"))
		got := false
		for _, e := range doc.Entities {
			if e.Name == c.name && e.Type != "EVENT" {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: entity %s = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

// TestRegionsBySuffix: a region the lexicon lacks is a place when its
// suffix and its context say so; a stock, the army or a name is not.
func TestRegionsBySuffix(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		text, name string
		want       bool
	}{
		{"일본 아키노하마현에서 지진이 발생했다.", "아키노하마현", true},
		{"아키노하마현 일대에 비가 왔다.", "아키노하마현", true},
		{"중국 후난시성에서 공장을 지었다.", "후난시성", true},
		{"미국 텍사스주에서 홍수가 났다.", "텍사스주", true},
		{"미국 빅테크주가 올랐다.", "빅테크주", false},
		{"정부군 지역을 공격했다.", "정부군", false},
		{"이스라엘군 지역을 공격했다.", "이스라엘군", false},
		{"과거 일본군 출신 장교들이 모였다.", "일본군", false},
		{"한국 박지현 선수가 우승했다.", "박지현", false},
		{"그는 표현에서 드러났다.", "표현", false},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-03-10"))
		if got := find(doc, "PLACE", c.name) != nil; got != c.want {
			t.Errorf("%q: place %s = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

// TestGluedSentences: a sentence glued to the next without a space after
// its period is split into two sentences of the document.
func TestGluedSentences(t *testing.T) {
	x := extractor(t)
	_, d, err := x.extractDoc(articleOf("제목\n\n류승범 대표는 이렇게 밝혔다.경찰에 따르면 배두나 사장은 3.5% 올랐다고 말했다.", "2026-03-10"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, st := range d.sents {
		got = append(got, d.text[st.s:st.e])
	}
	want := []string{"제목", "류승범 대표는 이렇게 밝혔다.", "경찰에 따르면 배두나 사장은 3.5% 올랐다고 말했다."}
	if !slices.Equal(got, want) {
		t.Errorf("sentences %q, want %q", got, want)
	}
}

// TestTitleThenName: a person written after an organisation or a country
// and a title, the name vouched for by the context when the analyser reads
// it as a noun; nouns after a title stay nouns.
func TestTitleThenName(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		name, text, person, title, aff string
	}{
		{"chinese name after country and title", "중국 외교부장 장웨이핑은 이날 회견했다.", "장웨이핑", "외교부장", "중국"},
		{"second post joined by 겸", "중국 외교부장 겸 정치국원 장웨이핑은 이날 회견했다.", "장웨이핑", "외교부장", "중국"},
		{"short name with later reference", "외교부 장관 조현은 말했다. 조 장관은 떠났다.", "조현", "장관", "외교부"},
		{"short name without reference", "외교부 장관 조현은 말했다.", "", "", ""},
		{"election after title", "미국 대통령 선거는 치러졌다.", "", "", ""},
		{"everyone after title", "국민의힘 의원 전원은 회의에 불참했다. 전 의원은 말했다.", "", "", ""},
		{"chairing after title", "외교부 장관 주재로 회의가 열렸다.", "", "", ""},
	}
	for _, c := range cases {
		checkTitledPerson(t, x, c.name, c.text, c.person, c.title, c.aff)
	}
}

// checkTitledPerson extracts text and wants person with title and aff, or
// no person at all when person is empty.
func checkTitledPerson(t *testing.T, x *Extractor, name, text, person, title, aff string) {
	t.Helper()
	doc := x.Extract(articleOf("제목\n\n"+text, "2026-03-10"))
	if person == "" {
		for _, e := range doc.Entities {
			if e.Type == "PERSON" {
				t.Errorf("%s: unexpected person %+v", name, e)
			}
		}
		return
	}
	e := find(doc, "PERSON", person)
	if e == nil || e.Title != title || e.Affiliation != aff {
		t.Errorf("%s: got %+v, want %s %s %s", name, e, person, title, aff)
	}
}
