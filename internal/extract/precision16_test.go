package extract

import (
	"testing"

	"github.com/sosik-news/sosik/internal/article"
)

// TestPrecision16People: words that are no people stay out of PERSON, and
// people get the title and affiliation written for them.
func TestPrecision16People(t *testing.T) {
	cases := []struct {
		text                string
		name, title, affil  string
		notPerson, notPlace string
	}{
		// an adverb before a name and a press title is no second reporter
		{"지난 3일 보도한 데 이어 금명간 윤태호 앵커가 현장을 보도한다.", "윤태호", "앵커", "", "금명간", ""},
		// a Sino-Korean noun with 하다 written apart is no name
		{"한빛일보는 편집국을 취재와 편집으로 이원화 해 운영해 왔다.", "", "", "", "이원화", ""},
		{"한빛일보는 이원화 체제를 팀제로 바꿨다.", "", "", "", "이원화", ""},
		{"정부는 조직을 일원화 하여 운영한다.", "", "", "", "일원화", ""},
		// the speaker before a quote that opens with a reporter is no reporter
		{"강지훈 “최나래 기자, 날카로운 질문이었다”\n\n강지훈 국민의힘 의원은 이렇게 평가했다.", "강지훈", "의원", "국민의힘", "", ""},
		// the outlet's lead bracket is no affiliation
		{"[한빛신문] 윤태호 영암군수가 새해를 맞아 17일 주민과 만난다.", "윤태호", "영암군수", "", "", ""},
		// a desk or bureau and its head written as one word
		{"김철수 한빛일보 편집부장이 11일 회의를 열었다.", "김철수", "편집부장", "한빛일보", "", ""},
		{"강지훈 경제부차장대우가 경제부차장으로 승진했다.", "강지훈", "경제부차장대우", "", "", ""},
		// a metropolitan city's mayor written as one word
		{"윤태호 광주광역시장이 11일 본회의에 참석했다.", "윤태호", "광주광역시장", "", "", ""},
		{"윤태호 서울특별시장이 11일 본회의에 참석했다.", "윤태호", "서울특별시장", "", "", ""},
		// names with their title in a list stay people, even ending like quarters
		{"김정동·이재리 교수가 참석했다.", "이재리", "교수", "", "", "이재리"},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		if c.name != "" {
			e := find(doc, "PERSON", c.name)
			if e == nil || e.Title != c.title || e.Affiliation != c.affil {
				t.Errorf("%q: want %s %q/%q, got %+v", c.text, c.name, c.title, c.affil, e)
			}
		}
		if c.notPerson != "" && find(doc, "PERSON", c.notPerson) != nil {
			t.Errorf("%q: %s read as a person", c.text, c.notPerson)
		}
		if c.notPlace != "" && find(doc, "PLACE", c.notPlace) != nil {
			t.Errorf("%q: %s read as a place", c.text, c.notPlace)
		}
	}
}

// TestPrecision16PlaceLists: a middle-dot list of townships or landmarks is
// a list of places, not people.
func TestPrecision16PlaceLists(t *testing.T) {
	cases := []struct {
		text   string
		places []string
	}{
		{"주민과의 대화는 16일 가람면·나래읍, 17일 새솔면·한들읍 순으로 열린다.", []string{"가람면", "나래읍", "새솔면", "한들읍"}},
		{"축제는 15일까지 진주성·남강 일원서 열린다.", []string{"진주성", "남강"}},
		{"행사는 16일 삼성동·대치동에서 열린다.", []string{"삼성동", "대치동"}},
		{"한국·일본·대만 3개국 국장급 회의가 열렸다.", []string{"한국", "일본", "대만"}},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		for _, p := range c.places {
			if find(doc, "PLACE", p) == nil || find(doc, "PERSON", p) != nil {
				t.Errorf("%q: want %s a place, not a person", c.text, p)
			}
		}
	}
	// names ending like quarters, with no date or place before, stay people
	doc := x.Extract(articleOf("제목\n\n김정동·박상리가 참석했다.", "2026-04-01"))
	if find(doc, "PERSON", "박상리") == nil {
		t.Errorf("김정동·박상리: want people, got %+v", doc.Entities)
	}
}

// TestPrecision16OrgsAndMeetings: a company keeps the name the story writes
// (before a rename); a meeting named like a council is an event.
func TestPrecision16OrgsAndMeetings(t *testing.T) {
	cases := []struct {
		text, typ, name, notType string
	}{
		{"강지훈 의원은 11일 페이스북을 통해 입장을 밝혔다.", "ORG", "페이스북", ""},
		{"메타(옛 페이스북)는 페이스북의 이름을 바꿨다.", "ORG", "메타", ""},
		{"오늘 제3차 고위당정협의회에서 논의한 사항을 설명하겠다.", "EVENT", "고위당정협의회", "ORG"},
		{"여당은 당정협의회를 열어 예산을 논의했다.", "EVENT", "당정협의회", "ORG"},
		{"한빛시 주민자치협의회는 반대 입장을 냈다.", "ORG", "주민자치협의회", "EVENT"},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		if find(doc, c.typ, c.name) == nil {
			t.Errorf("%q: want %s %s, got %+v", c.text, c.typ, c.name, doc.Entities)
		}
		if c.notType != "" && find(doc, c.notType, c.name) != nil {
			t.Errorf("%q: %s also typed %s", c.text, c.name, c.notType)
		}
	}
	doc := x.Extract(articleOf("제목\n\n메타(옛 페이스북)는 페이스북의 이름을 바꿨다.", "2026-04-01"))
	if len(doc.Entities) != 1 || doc.Entities[0].Name != "메타" || len(doc.Entities[0].Aliases) != 1 {
		t.Errorf("메타(옛 페이스북): want one organisation 메타, got %+v", doc.Entities)
	}
}

// TestPrecision16SlashCaption: an interview caption "이름/기관 국장" gives
// the bureau head's title written as one word.
func TestPrecision16SlashCaption(t *testing.T) {
	cases := []struct{ caption, name, title, affil string }{
		{"윤태호/대구시 문화관광국장", "윤태호", "문화관광국장", "대구시"},
		{"강지훈/한빛일보 편집부장", "강지훈", "편집부장", "한빛일보"},
	}
	x := extractor(t)
	for _, c := range cases {
		a, err := article.Parse("caption.txt", []byte("제목\n\n관광객이 늘었다고 밝혔다.\n\n"+c.caption+"\n\"관광객이 크게 늘었습니다\"\n"))
		if err != nil {
			t.Fatal(err)
		}
		e := find(x.Extract(a), "PERSON", c.name)
		if e == nil || e.Title != c.title || e.Affiliation != c.affil {
			t.Errorf("%s: want %s %q/%q, got %+v", c.caption, c.name, c.title, c.affil, e)
		}
	}
}
