package extract

import (
	"testing"

	"github.com/sosik-news/sosik/internal/article"
)

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

// TestClauseSpeakers: who says a quotation when the sentence has a noun
// in 이 before 되다, two clauses with a speaker each, a person marked by 씨
// or a title as the subject, a quotation glued to the next (.”며“), a
// pronoun after an unnamed speaker, or a quote ending in “…”는 바람을.
func TestClauseSpeakers(t *testing.T) {
	checkQuotesBy(t, "2025-06-11", []quoteBy{
		{"한빛전자 반도체 사업의 새 수장이 된 오세진 부문장은 30일 취임사에서 \"다시 뛰어보자\"고 강조했다.", "오세진", "다시 뛰어보자"},
		{"20대 직장인 나은솔 씨는 “안전한 도시가 되면 좋겠다”고 말했고, 40대 자영업자 도민혁 씨는 “일자리가 늘었으면 한다”는 바람을 전했다.", "도민혁", "일자리가 늘었으면 한다"},
		{"20대 직장인 나은솔 씨는 “안전한 도시가 되면 좋겠다”고 말했고, 40대 자영업자 도민혁 씨는 “일자리가 늘었으면 한다”는 바람을 전했다.", "나은솔", "안전한 도시가 되면 좋겠다"},
		{"정하늘 의장은 “특징이 유사하다.”며“폭넓은 교류를 기대한다.”고 전했다.", "정하늘", "특징이 유사하다."},
		{"정하늘 의장은 “특징이 유사하다.”며“폭넓은 교류를 기대한다.”고 전했다.", "정하늘", "폭넓은 교류를 기대한다."},
		{"한도윤 한빛당 대표는 대변인을 고소하겠다고 밝혔고, 나세린 대변인은 \"오해는 있었지만 그 말은 맞다\"는 입장을 고수했다.", "나세린", "오해는 있었지만 그 말은 맞다"},
		{"도민혁 전 의원은 “죄송합니다”라고 말했으며, 이후 논란이 커지자 \"기사를 인용했을 뿐\"이라는 입장을 밝혔다.", "도민혁", "기사를 인용했을 뿐"},
		{"오세진 부문장은 공장을 찾았다. 한 외무장관은 \"국민은 준비하고 있다\"고 말했다. 그는 \"상대가 무엇을 생각하는지 모르겠다\"고 말해 상대국의 대화 부족이 위기를 키운다고 비난했다.", "외무장관", "상대가 무엇을 생각하는지 모르겠다"},
	})
}

// quoteBy is a text, a quote it holds and who must say it.
type quoteBy struct{ text, speaker, quote string }

// checkQuotesBy extracts each text, published on date, and wants its
// quote said by the speaker.
func checkQuotesBy(t *testing.T, date string, cases []quoteBy) {
	t.Helper()
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, date))
		found := false
		for _, q := range doc.Quotes {
			if q.Text == c.quote {
				found = true
				if q.Speaker != c.speaker {
					t.Errorf("%s: %q said by %q, want %q", c.text, q.Text, q.Speaker, c.speaker)
				}
			}
		}
		if !found {
			t.Errorf("%s: no quote %q in %+v", c.text, c.quote, doc.Quotes)
		}
	}
}

// TestBylinePostings: "글·사진=박하늘 도쿄 특파원": the city is where the
// reporter is posted, no second reporter, and the title is 특파원.
func TestBylinePostings(t *testing.T) {
	a, err := article.Parse("posting.txt", []byte("회담 무산\n\n두 나라의 회담은 끝내 무산됐다.\n\n글·사진=박하늘 도쿄 특파원\n"))
	if err != nil {
		t.Fatal(err)
	}
	doc := extractor(t).Extract(a)
	if e := find(doc, Person, "박하늘"); e == nil || e.Title != "특파원" {
		t.Errorf("박하늘 = %+v, want title 특파원 (byline %+v)", e, a.Byline)
	}
	if e := find(doc, Person, "도쿄"); e != nil {
		t.Errorf("the posting is a person: %+v", e)
	}
	assertNotEntities(t, []notEntityCase{
		{"최연소·최고령 응답자들의 의견도 눈에 띄었다.", []string{"최연소", "최고령"}},
		{"경찰은 그의 걸음이 부자연스러운 것을 이상히 여겨 몸을 수색했다.", []string{"이상히"}},
		{"그는 2003년 한빛일보 편집국 기자로 입사했다.", []string{"편집국"}},
	})
}

// TestCompoundTitlesAndGenitiveOrgs: a title written as one word ending in
// 실장 (국가안보실장); an organisation whose name has a genitive inside
// ("서울의소리"-like) before a name and a title, which the rule for a bare
// common noun before a name had turned down.
func TestCompoundTitlesAndGenitiveOrgs(t *testing.T) {
	assertRecall(t, []recallCase{
		{"NHK는 한상훈 청와대 국가안보실장의 발표를 전했다.", Person, "한상훈", "국가안보실장", "청와대"},
		{"그는 나라의미래 백은종 대표와 이 기자를 상대로 소송을 냈다.", Person, "백은종", "대표", "나라의미래"},
	})
}

// TestReporterAsTopic: a reporter the story is about ("개그맨 출신 X 기자가
// 선고받았다") does not work for the outlet printing it, and an office whose
// name holds a title after 의 ("국회의장실") is no genitive name.
func TestReporterAsTopic(t *testing.T) {
	a, err := article.Parse("topic.txt", []byte("법정 구속 선고\n\n가수 출신 김재현 기자가 실형을 선고받았다.\n재판부는 그를 법정 구속했다.\nⓒ 국제신문 무단전재 및 재배포 금지\n"))
	if err != nil {
		t.Fatal(err)
	}
	doc := extractor(t).Extract(a)
	if e := find(doc, Person, "김재현"); e == nil || e.Title != "기자" || e.Affiliation != "" || a.Agency == "" {
		t.Errorf("김재현 = %+v, want title 기자 and no affiliation (agency %q)", e, a.Agency)
	}
	doc = extractor(t).Extract(articleOf("제목\n\n20일 오후 국회의장실 박성민 국회의장의 주선으로 회담이 열렸다.", "2025-06-11"))
	if e := find(doc, Person, "박성민"); e == nil || e.Affiliation != "" {
		t.Errorf("박성민 = %+v, want no affiliation", e)
	}
}

// TestDotListsOfOrgs: organisations listed with middle dots in one word
// are one entity each; building work before 공사 is no corporation; a
// bracket opened inside a word ends a foreign-looking name there.
func TestDotListsOfOrgs(t *testing.T) {
	text := "삼성전자·한국전력·한국가스공사 등 매출이 큰 기업들도 탈락했다."
	assertRecall(t, []recallCase{
		{text, Org, "한국전력", "", ""},
		{text, Org, "한국가스공사", "", ""},
		{"최대주주이던 한소영씨(고 박 무 대표 부인)가 지분을 팔았다.", Person, "한소영", "", ""},
	})
	assertNotEntities(t, []notEntityCase{
		{text, []string{"삼성전자·한국전력·한국가스공사"}},
		{"금강변 파크골프장 확충공사 8억원이 들어간다.", []string{"확충공사"}},
		{"최대주주이던 한소영씨(고 박 무 대표 부인)가 지분을 팔았다.", []string{"무", "한소영씨 박"}},
	})
}
