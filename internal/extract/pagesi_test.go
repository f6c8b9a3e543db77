package extract

import "testing"

// Invented sentences, one per kind of miss met on fresh pages of outlets
// the rules had not seen.

// mentionCount counts the mentions of the entity typ/name written as text.
func mentionCount(t *testing.T, text, typ, name, written string) int {
	t.Helper()
	doc := extractor(t).Extract(articleOf(text, "2025-06-11"))
	e := find(doc, typ, name)
	if e == nil {
		t.Fatalf("%s %s not found in %q", typ, name, text)
	}
	n := 0
	for _, m := range e.Mentions {
		if m.Text == written {
			n++
		}
	}
	return n
}

// TestQualifiedTitleReferences: a "surname + title" reference to a person
// introduced with a qualified title ("신임 회장", "전 국방부장관") or the
// other way round ("전 사장" met, "남 사장" written).
func TestQualifiedTitleReferences(t *testing.T) {
	cases := []struct{ text, name, ref string }{
		{"제목\n\n도한결 한국철강협회(철강협) 신임 회장과 나정민 한국조선협회 회장이 만났다. 업계는 도 회장에게 기대를 걸었다.", "도한결", "도 회장"},
		{"제목\n\n변지훈 전 해양수산부장관이 출석했다. 변 전 장관 측 변호인단은 혐의를 부인했다.", "변지훈", "변 전 장관"},
		{"제목\n\n탁세윤 전 사장은 횡령 혐의로 기소됐다. 탁 사장은 재임 중 회삿돈을 썼다.", "탁세윤", "탁 사장"},
	}
	for _, c := range cases {
		if n := mentionCount(t, c.text, Person, c.name, c.ref); n != 1 {
			t.Errorf("%q: %d mentions %q of %s, want 1", c.text, n, c.ref, c.name)
		}
	}
	// another rank is another person: the 부회장 is no 회장
	if n := mentionCount(t, "제목\n\n도한결 신임 부회장이 취임했다. 도 회장은 불참했다.", Person, "도한결", "도 회장"); n != 0 {
		t.Errorf("도 회장 read as the 부회장 도한결")
	}
}

// TestRegnalAndGivenNames: a monarch's number between a foreign name and a
// title ("3세") is part of the name, an age elsewhere is not; a foreign
// given name of the lexicon that looks like a Korean name ("리시") with a
// family name after it is one foreign name, no Korean name and a company.
func TestRegnalAndGivenNames(t *testing.T) {
	assertRecall(t, []recallCase{
		{"대통령은 에드워드 9세 국왕과 만났다.", Person, "에드워드 9세", "국왕", ""},
		{"대통령은 오찬과 리시 반다리 총리와의 정상회담을 가졌다.", Person, "리시 반다리", "총리", ""},
	})
	assertNotEntities(t, []notEntityCase{
		{"대통령은 오찬과 리시 반다리 총리와의 정상회담을 가졌다.", []string{"반다리", "리시"}},
		{"미국 3세 아동이 다쳤다.", []string{"3세"}},
	})
}

// TestWordsThatAreNoNames: a conjunction (이어서) before a titled name and
// an action noun with 해 ("호텔로 이동해") that the dictionary also lists
// as a name are no persons.
func TestWordsThatAreNoNames(t *testing.T) {
	assertNotEntities(t, []notEntityCase{
		{"대표단은 호텔로 이동해 휴식을 취했다.", []string{"이동해"}},
		{"이어서 나은별 기자가 보도합니다.", []string{"이어서"}},
	})
	assertRecall(t, []recallCase{
		{"이어서 나은별 기자가 보도합니다.", Person, "나은별", "기자", ""},
	})
}

// TestMarkedAndSuffixOrgs: a company after ㈜ whose name the analyser cuts
// with a determiner inside (이), a foreign company's Korean arm written as
// one word (…코리아), an agency ending in 개발청, and a province written
// short with 도 (전북도) as the place.
func TestMarkedAndSuffixOrgs(t *testing.T) {
	assertRecall(t, []recallCase{
		{"㈜세모이엔지는 공장을 짓는다.", Org, "세모이엔지", "", ""},
		{"㈜대원이 참석했다.", Org, "대원", "", ""},
		{"프랑스의 한빛케미칼코리아와 부산시가 협약을 맺었다.", Org, "한빛케미칼코리아", "", ""},
		{"가나다개발청이 협약을 맺었다.", Org, "가나다개발청", "", ""},
		{"한빛중공업과 전북도는 협약을 맺었다.", Place, "전북", "", ""},
	})
	assertNotEntities(t, []notEntityCase{
		{"㈜세모이엔지는 공장을 짓는다.", []string{"세모"}},
		{"팀코리아는 우승했다.", []string{"팀코리아"}},
	})
}

// TestMadamNames: a name before 여사, also with 내외 glued on, and a
// foreign name written with its hanja or after 부인.
func TestMadamNames(t *testing.T) {
	assertRecall(t, []recallCase{
		{"주석과 부인 궈란팡(郭蘭芳) 여사내외가 도착했다.", Person, "궈란팡", "", ""},
		{"주석과 부인 궈란팡 여사가 도착했다.", Person, "궈란팡", "", ""},
		{"대통령과 부인 나은솔 여사내외가 도착했다.", Person, "나은솔", "", ""},
	})
	assertNotEntities(t, []notEntityCase{
		{"주석과 부인 궈란팡(郭蘭芳) 여사내외가 도착했다.", []string{"궈란팡 여사내외", "여사내외"}},
	})
}
