package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/ner"
)

func TestSpans(t *testing.T) {
	x := extractor(t)
	text := "김철수 대표는 오후 3시 30분 서울에서 박영희 한빛전자 사장을 만났다."
	got := map[string]string{}
	for _, s := range x.Spans(text) {
		got[text[s.Start:s.End]] = s.Label
	}
	want := map[string]string{"김철수": ner.Person, "오후 3시 30분": ner.Time, "서울": ner.Place, "박영희": ner.Person, "한빛전자": ner.Org}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("span %q = %q, want %q (all %v)", k, got[k], v, got)
		}
	}
	if len(x.Spans("")) != 0 {
		t.Error("spans of empty text")
	}
}

func TestDropOverlaps(t *testing.T) {
	in := []ner.Span{{Start: 0, End: 6, Label: ner.Person}, {Start: 3, End: 9, Label: ner.Date}, {Start: 9, End: 12, Label: ner.Place}}
	out := dropOverlaps(in)
	if len(out) != 2 || out[0] != in[0] || out[1] != in[2] {
		t.Errorf("dropOverlaps = %v", out)
	}
}

func TestSplitJosa(t *testing.T) {
	cases := []struct{ core, stem, josa string }{
		{"삼성전자는", "삼성전자", "는"},
		{"요코하마시에", "요코하마시", "에"},
		{"소부장과", "소부장", "과"},
		{"회의", "회의", ""},
		{"손정의", "손정의", ""},
		{"공급망이", "공급망", "이"},
		{"파운드리와", "파운드리", "와"},
	}
	x := extractor(t)
	for _, c := range cases {
		stem, josa := splitJosa(c.core, 0, x.an.Analyze(c.core))
		if stem != c.stem || josa != c.josa {
			t.Errorf("splitJosa(%q) = %q+%q, want %q+%q", c.core, stem, josa, c.stem, c.josa)
		}
	}
}

func TestJosaFits(t *testing.T) {
	cases := []struct {
		stem, josa string
		want       bool
	}{
		{"소부장", "과", true}, {"소부장", "와", false}, {"파운드리", "와", true}, {"파운드리", "과", false},
		{"공급망", "이", true}, {"샤오미", "가", true}, {"샤오미", "이", false}, {"서울", "로", true}, {"AI", "와", true},
	}
	for _, c := range cases {
		if got := josaFits(c.stem, c.josa); got != c.want {
			t.Errorf("josaFits(%q, %q) = %v", c.stem, c.josa, got)
		}
	}
}

func TestQuoteStyles(t *testing.T) {
	cases := []struct {
		sentence, speaker, text string
		named                   bool
	}{
		{`김철수 대표는 “내년에 공장을 짓겠다”라며 웃었다.`, "김철수", "내년에 공장을 짓겠다", true},
		{`김철수 대표는 "수출이 늘었다"면서 "투자도 늘리겠다"고 밝혔다.`, "김철수", "투자도 늘리겠다", true},
		{`"협상은 끝났다"고 김철수 대표는 말했다.`, "김철수", "협상은 끝났다", true},
		{`한 소식통은 "합의가 임박했다"고 전했다.`, "한 소식통", "합의가 임박했다", false},
		{`정부 고위 당국자는 "관세는 없다"라고 말했다.`, "정부 고위 당국자", "관세는 없다", false},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.sentence, "2025-06-11"))
		ok := false
		for _, q := range doc.Quotes {
			if q.Speaker == c.speaker && q.Text == c.text && q.SpeakerNamed == c.named {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: quotes %+v, want %s: %s", c.sentence, doc.Quotes, c.speaker, c.text)
		}
	}
	doc := x.Extract(articleOf("제목\n\n이른바 \"반도체 동맹\" 구상이 나왔다.", "2025-06-11"))
	if len(doc.Quotes) != 0 {
		t.Errorf("scare quotes taken as speech: %+v", doc.Quotes)
	}
}

// TestExamples runs the repository's example articles (other outlets and
// layouts) through Parse and Extract: every reporter and every quoted
// person is found with a title, and offsets hold.
func TestExamples(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "*.txt"))
	if len(files) == 0 {
		t.Skip("no examples/ directory")
	}
	x := extractor(t)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(f, raw)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		doc := extractOrFail(t, x, a)
		persons := 0
		for _, e := range doc.Entities {
			if e.Type == Person && e.Title != "" {
				persons++
			}
			if len(strings.TrimSpace(e.Name)) == 0 {
				t.Errorf("%s: empty entity name", f)
			}
			for _, m := range e.Mentions {
				if doc.Text[m.Start:m.End] != m.Text {
					t.Errorf("%s: mention offsets off for %s", f, e.Name)
				}
			}
		}
		if persons == 0 {
			t.Errorf("%s: no titled person", f)
		}
		for _, q := range doc.Quotes {
			if q.Speaker == "" || doc.Text[q.Start:q.End] != q.Text {
				t.Errorf("%s: bad quote %+v", f, q)
			}
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"日 출장 나선 이재용\n\n그는 \"간다\"며 \"온다\"고 말했다.",
		"[서울=뉴시스] 조수정 기자 = 이 회장, 샘 올트먼 오픈 AI 대표와 회동했다.",
		"\"\"\"'''((( 회장 회장 회장",
		"이들은 합의하기로 했다. 그는 그가 그의",
		"",
	} {
		f.Add(s)
	}
	x := extractor(f)
	f.Fuzz(func(t *testing.T, s string) {
		doc := extractOrFail(t, x, articleOf(s, "2025-06-11"))
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(doc.Text) || m.Start > m.End {
					t.Fatalf("mention %+v out of range", m)
				}
			}
		}
	})
}

func TestNamedEvents(t *testing.T) {
	doc := extractor(t).Extract(articleOf("제목\n\n김철수 감독은 부산국제영화제 개막식에서 웃었다. 그는 CES 2025에도 갔다. 회사는 박람회에 참가했다.", "2025-06-11"))
	for _, n := range []string{"부산국제영화제", "CES"} {
		if find(doc, EventT, n) == nil {
			t.Errorf("no EVENT %s in %+v", n, doc.Entities)
		}
	}
	if find(doc, EventT, "박람회") != nil {
		t.Error("a bare common noun became a named event")
	}
}

func TestEventObjects(t *testing.T) {
	cases := []struct {
		sentence string
		typ      EventType
		object   string
		actors   []string
	}{
		{"김철수 대표는 박영희 사장을 만나 자율주행과 로봇 분야 협력을 논의했다.", Discuss, "자율주행과 로봇 분야 협력", []string{"김철수"}},
		{"한빛전자는 내년까지 배터리 공장 증설에 1조원을 투자한다.", Invest, "배터리 공장 증설", []string{"한빛전자"}},
		{"조영수 사장은 지난달 GM 경영진과 회동했다.", Meet, "", []string{"조영수", "GM"}},
		{"한빛전자는 현지 기업들과 대책을 논의했다.", Discuss, "대책", []string{"한빛전자"}},
		{"두 회사는 일본 내 소재·부품·장비 기업들과의 협력을 넓히기로 했다.", Cooperate, "", nil},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.sentence, "2025-06-11"))
		ok := false
		for _, e := range doc.Events {
			if e.Type != c.typ || (c.object != "" && e.Object != c.object) {
				continue
			}
			ok = true
			for _, a := range c.actors {
				if !contains(e.Actors, a) {
					ok = false
				}
			}
		}
		if c.actors == nil {
			ok = true
			for _, e := range doc.Events {
				if e.Type == c.typ {
					ok = false // no entity takes part: no event
				}
			}
		}
		if !ok {
			t.Errorf("%s: events %+v, want %s %q %v", c.sentence, doc.Events, c.typ, c.object, c.actors)
		}
	}
}

func TestFormerTitles(t *testing.T) {
	cases := []struct{ text, name, title, affil string }{
		{"최민정 전 한결제약 부사장을 선임했다.", "최민정", "전 부사장", "한결제약"},
		{"전두환 전 대통령의 그림이 팔렸다.", "전두환", "전 대통령", ""},
		{"GS홈쇼핑 김호성 사장은 말했다.", "김호성", "사장", "GS홈쇼핑"},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2025-06-11"))
		e := find(doc, Person, c.name)
		if e == nil || e.Title != c.title || e.Affiliation != c.affil {
			t.Errorf("%s: %+v, want %s %q %q", c.text, e, c.name, c.title, c.affil)
		}
	}
}

func TestArticleWithoutSections(t *testing.T) {
	doc := extractor(t).Extract(&article.Article{Text: "김철수 한빛전자 사장은 지난 3일 서울에서 박영희 대표를 만났다.", Published: "2025-06-11"})
	if find(doc, Person, "김철수") == nil || len(doc.Dates) == 0 || len(doc.Events) == 0 {
		t.Errorf("text without sections not read as a body: %+v", doc)
	}
}

func TestBylineReporter(t *testing.T) {
	a := articleOf("제목\n\n본문이다.", "2025-06-11")
	a.Agency = "연합뉴스"
	start := len(a.Text) + 1
	a.Text += "\n홍길동 기자 hong@example.com"
	a.Sections = append(a.Sections, article.Section{Kind: article.KindByline, Start: start, End: len(a.Text), Photo: -1})
	a.Byline.Names = []string{"홍길동"}
	doc := extractor(t).Extract(a)
	e := find(doc, Person, "홍길동")
	if e == nil || e.Title != "기자" || e.Affiliation != "연합뉴스" || len(e.Mentions) != 1 || e.Mentions[0].Text != "홍길동" {
		t.Errorf("byline reporter = %+v", e)
	}
}

func TestQuoteWithoutSubject(t *testing.T) {
	doc := extractor(t).Extract(articleOf("제목\n\n김철수 장관은 이날 공급망 회의를 주재했다. 이어 \"속도를 내겠다\"고 말했다.", "2025-06-11"))
	if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker != "김철수" {
		t.Errorf("quotes = %+v", doc.Quotes)
	}
}

func TestSubjectsAndDates(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n문재인 대통령과 시·도지사는 지난 5일 소방 개편 방향을 발표했다.\n박영수 총장은 7일 회견을 열고, 2007년 도입된 제도를 폐지하겠다고 발표했다.", "2025-06-11"))
	if !hasEvent(doc, Announce, []string{"문재인"}, "", "2025-06-05", Asserted) {
		t.Errorf("named part of a coordinated subject: %+v", doc.Events)
	}
	if !hasEvent(doc, Announce, []string{"박영수"}, "", "2025-06-07", Asserted) {
		t.Errorf("the date right after the subject: %+v", doc.Events)
	}
}

func TestTravelAndRelativeClauses(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n김철수 대통령은 서울의 한 요양원을 찾아 어르신들을 만났다.\n박영희 장관은 18일 방한한 왕이 외교부장과 회담했다.", "2025-06-11"))
	if !hasEvent(doc, Travel, []string{"김철수"}, "요양원", "", Asserted) {
		t.Errorf("visited place as object: %+v", doc.Events)
	}
	for _, e := range doc.Events {
		if e.Type == Travel && contains(e.Actors, "박영희") {
			t.Errorf("the matrix subject joined a relative-clause trip: %+v", e)
		}
	}
}

// extractOrFail extracts a and fails the test on a bug in a rule, which
// Extract would only report.
func extractOrFail(t *testing.T, x *Extractor, a *article.Article) *Document {
	t.Helper()
	doc, err := x.ExtractContext(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
