package extract

import "testing"

// Sentences written for these tests, one per kind of miss met on pages of
// outlets the rules had not seen (wires of other countries, regional
// papers, magazines).

// TestHanjaNamedPeople: a Chinese name read in Korean and written with its
// hanja in brackets before an organisation and a title, whatever the
// analyser makes of its parts (an adverb 펑, a particle-like 이 at its end);
// a name opening a quotation; a reference by the name's first syllable.
func TestHanjaNamedPeople(t *testing.T) {
	assertRecall(t, []recallCase{
		{"펑샤오밍(馮曉明) 외교부 부부장이 지난 3일 대사를 불러 항의했다.", Person, "펑샤오밍", "부부장", "외교부"},
		{"뤄자오후이(羅照輝) 외교부 부부장, 천샤오밍(陳曉明) 상무부 부장이 참석했다.", Person, "뤄자오후이", "부부장", "외교부"},
		{"루원화(陸文華) 국무원 총리는 회의를 주재했다.", Person, "루원화", "총리", "국무원"},
		{"그는 “궈다펑(郭大鵬) 국무위원을 수행해 서울에 갔었다”고 말했다.", Person, "궈다펑", "국무위원", ""},
		{"한 관계자는 \"로버트 켄들 미국 대통령이 결정할 일\"이라고 말했다.", Person, "로버트 켄들", "대통령", "미국"},
		{"그는 \"시진핑 국가주석이 올 것\"이라고 말했다.", Person, "시진핑", "국가주석", ""},
	})
	assertNotEntities(t, []notEntityCase{
		// a colon ends the phrase: the site's name is no person with the title after it
		{"인민망 한글판: 국무위원 겸 외교부장은 8일 회견을 열었다.", []string{"한글판"}},
	})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n펑샤오밍(馮曉明) 외교부 부부장은 3일 대사를 불렀다. 펑 부부장은 \"받아들일 수 없다\"고 말했다.", "2025-06-11"))
	if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker != "펑샤오밍" || !doc.Quotes[0].SpeakerNamed {
		t.Errorf("펑 부부장 is not read as 펑샤오밍: %+v", doc.Quotes)
	}
}

// TestShortOrgOfTwoPlaces: an organisation named without its place ("중구의회")
// when two with different places fit is left alone, the same on every run.
func TestShortOrgOfTwoPlaces(t *testing.T) {
	x := extractor(t)
	text := "제목\n\n서울 중구의회 의원들과 부산 중구의회 의원들이 만났다. 중구의회 관계자는 교류를 늘리겠다고 말했다."
	for i := 0; i < 8; i++ {
		doc := x.Extract(articleOf(text, "2025-06-11"))
		for _, name := range []string{"서울 중구의회", "부산 중구의회"} {
			if e := find(doc, Org, name); e == nil || contains(e.Aliases, "중구의회") {
				t.Fatalf("run %d: %s = %+v, want it found without the short name as alias", i, name, e)
			}
		}
	}
}
