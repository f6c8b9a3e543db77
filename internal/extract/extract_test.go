package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
)

var (
	testOnce sync.Once
	testX    *Extractor
	testErr  error
)

func extractor(t testing.TB) *Extractor {
	t.Helper()
	testOnce.Do(func() { testX, testErr = New(Options{}) })
	if testErr != nil {
		t.Fatal(testErr)
	}
	return testX
}

// articleOf builds an article without the article package: the first line
// is the headline, lines right after it (before a blank line) subheads,
// the rest body paragraphs. Published is fixed so dates are stable.
func articleOf(text, published string) *article.Article {
	a := &article.Article{Published: published, Language: "ko"}
	var b strings.Builder
	add := func(kind article.SectionKind, s string) {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		start := b.Len()
		b.WriteString(s)
		a.Sections = append(a.Sections, article.Section{Kind: kind, Start: start, End: b.Len(), Photo: -1})
	}
	lines := strings.Split(strings.TrimSpace(text), "\n")
	inHead := true
	for i, l := range lines {
		l = strings.TrimSpace(l)
		switch {
		case l == "":
			inHead = false
		case i == 0:
			a.Headline = l
			add(article.KindHeadline, l)
		case inHead:
			a.Subheads = append(a.Subheads, l)
			add(article.KindSubhead, l)
		default:
			a.Body = append(a.Body, l)
			add(article.KindBody, l)
		}
	}
	a.Text = b.String()
	return a
}

func loadTestdata(t testing.TB, name string) *Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return extractor(t).Extract(articleOf(string(b), "2025-06-11"))
}

func find(doc *Document, typ, name string) *Entity {
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Type == typ && (e.Name == name || contains(e.Aliases, name)) {
			return e
		}
	}
	return nil
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func TestEntitiesFromTitlePatterns(t *testing.T) {
	cases := []struct {
		text                     string
		name, title, affil, role string
	}{
		{"손정의 소프트뱅크 회장이 방한했다.", "손정의", "회장", "소프트뱅크", ""},
		{"샘 올트먼 오픈 AI 대표와 만났다.", "샘 올트먼", "대표", "오픈AI", ""},
		{"한덕수 대통령 권한대행 국무총리가 말했다.", "한덕수", "국무총리", "", "대통령 권한대행"},
		{"레이 쥔 샤오미 회장을 만나 기념촬영을 했다.", "레이 쥔", "회장", "샤오미", ""},
		{"정의선 현대차그룹 회장이 미국을 찾았다.", "정의선", "회장", "현대차그룹", ""},
		{"젠슨 황 엔비디아 최고경영자(CEO)는 웃었다.", "젠슨 황", "최고경영자", "엔비디아", ""},
		{"응우옌 반 투안 베트남 산업무역부 차관을 만났다.", "응우옌 반 투안", "차관", "산업무역부", ""},
		{"김하늘 대성바이오 대표는 설명했다.", "김하늘", "대표", "대성바이오", ""},
		{"최유진 한결증권 연구원은 전망했다.", "최유진", "연구원", "한결증권", ""},
		{"박영수 서울대 교수는 지적했다.", "박영수", "교수", "서울대", ""},
		{"재닛 옐런 미국 재무장관은 웃었다.", "재닛 옐런", "재무장관", "미국", ""},
		{"김도현 울산시 경제부시장도 참석했다.", "김도현", "경제부시장", "울산시", ""},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2025-06-11"))
		e := find(doc, Person, c.name)
		if e == nil {
			t.Errorf("%q: no PERSON %s in %+v", c.text, c.name, doc.Entities)
			continue
		}
		if e.Title != c.title || e.Affiliation != c.affil || e.Role != c.role {
			t.Errorf("%q: %s = title %q affil %q role %q, want %q %q %q", c.text, c.name, e.Title, e.Affiliation, e.Role, c.title, c.affil, c.role)
		}
		if c.affil != "" && find(doc, Org, c.affil) == nil && find(doc, Place, c.affil) == nil {
			t.Errorf("%q: affiliation %s is not an ORG or PLACE entity", c.text, c.affil)
		}
	}
}

func TestReporterTakesAgency(t *testing.T) {
	a := articleOf("제목\n\n[서울=뉴시스] 조수정 기자 = 본문이다.", "2025-06-11")
	a.Agency = "뉴시스"
	doc := extractor(t).Extract(a)
	e := find(doc, Person, "조수정")
	if e == nil || e.Title != "기자" || e.Affiliation != "뉴시스" {
		t.Fatalf("reporter = %+v", e)
	}
	if find(doc, Place, "서울") == nil || find(doc, Org, "뉴시스") == nil {
		t.Errorf("dateline place/agency missing: %+v", doc.Entities)
	}
}

// notEntityCase is a sentence and the words in it that must not come out
// as entities.
type notEntityCase struct {
	text string
	not  []string
}

// assertNotEntities extracts each sentence as the body of an article and
// fails for every entity named by one of its forbidden words.
func assertNotEntities(t *testing.T, cases []notEntityCase) {
	t.Helper()
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2025-06-11"))
		for _, e := range doc.Entities {
			for _, n := range c.not {
				if e.Name == n {
					t.Errorf("%q: %s %q must not be an entity", c.text, e.Type, n)
				}
			}
		}
	}
}

func TestNotEntities(t *testing.T) {
	cases := []notEntityCase{
		{"日 소부장과 협력 확대 관심", []string{"소", "소부장", "日"}},
		{"AI, 반도체, 전장 등 주요 사업 분야에서 협력한다.", []string{"AI", "전장"}},
		{"업계 관계자는 \"HBM이 필요하다\"고 전했다.", []string{"업계 관계자", "관계자", "HBM"}},
		{"지역 기자재 업체 대표 등 200여 명이 참석했다.", []string{"기자재", "기자재 업체", "업체"}},
		{"한 장비업체 대표는 \"증액이 필요하다\"고 말했다.", []string{"장비업체"}},
		{"먼저 손정의 소프트뱅크 회장을 만났다. 손 회장은 웃었다.", []string{"손", "정의", "손 회장"}},
		{"그는 한국인 배우 최초로 상을 받았다.", []string{"한국인"}},
		{"신용카드 사용액과 아이돌그룹 음반 판매가 늘었다.", []string{"신용카드", "아이돌그룹"}},
		{"알파인 스키 선수들이 입국했다.", []string{"알파인 스키", "알파인"}},
		{"시장은 쉽게 변하지 않는 시장 구조를 갖고 있다.", []string{"변하지", "않는"}},
	}
	assertNotEntities(t, cases)
}

func TestHanjaAndFolding(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("日 출장 나선 이재용\n\n이재용 삼성전자 회장은 일본에 갔다. 오픈AI와 OpenAI는 같은 회사다. 삼성은 웃었다.", "2025-06-11"))
	jp := find(doc, Place, "일본")
	if jp == nil || !contains(jp.Aliases, "日") {
		t.Errorf("일본 with alias 日: %+v", jp)
	}
	oa := find(doc, Org, "오픈AI")
	if oa == nil || !contains(oa.Aliases, "OpenAI") {
		t.Errorf("오픈AI folding: %+v", oa)
	}
	ss := find(doc, Org, "삼성전자")
	if ss == nil || !contains(ss.Aliases, "삼성") {
		t.Errorf("삼성 as alias of 삼성전자: %+v", ss)
	}
}

func TestCoreference(t *testing.T) {
	doc := loadTestdata(t, "motors.txt")
	chung := find(doc, Person, "정의선")
	if chung == nil || !hasMention(chung, "정 회장") || contains(chung.Aliases, "정 회장") {
		t.Fatalf("정 회장 → 정의선 as a mention, not an alias: %+v", chung)
	}
	huang := find(doc, Person, "젠슨 황")
	if huang == nil || !hasMention(huang, "황 CEO") {
		t.Errorf("황 CEO → 젠슨 황: %+v", huang)
	}
	for _, e := range doc.Entities {
		if e.Name == "정 회장" || e.Name == "황 CEO" || e.Name == "정" {
			t.Errorf("reference became an entity: %+v", e)
		}
	}
	doc = loadTestdata(t, "ministry.txt")
	ahn := find(doc, Person, "안덕근")
	if ahn == nil || !hasMention(ahn, "안 장관") || !hasMention(ahn, "그") {
		t.Errorf("안덕근 mentions: %+v", ahn)
	}
	if ahn != nil && (contains(ahn.Aliases, "그") || contains(ahn.Aliases, "안 장관")) {
		t.Errorf("a pronoun or a reference became an alias: %+v", ahn.Aliases)
	}
}

// hasMention reports a mention of e with exactly this text.
func hasMention(e *Entity, text string) bool {
	for _, m := range e.Mentions {
		if m.Text == text {
			return true
		}
	}
	return false
}

func TestQuotes(t *testing.T) {
	type q struct {
		speaker string
		named   bool
		prefix  string
	}
	cases := []struct {
		file string
		want []q
	}{
		{"motors.txt", []q{
			{"정의선", true, "엔비디아와 함께"},
			{"정의선", true, "올해 안에"},
			{"젠슨 황", true, "현대차는 최고의"},
			{"한 관계자", false, "구체적인 투자"},
		}},
		{"ministry.txt", []q{
			{"안덕근", true, "반도체 수출이"},
			{"안덕근", true, "공급망 안정이"},
			{"정부 고위 당국자", false, "미국과의 관세"},
		}},
		{"traps.txt", []q{
			{"조주완", true, "전장 사업이"},
			{"업계 관계자", false, "LG전자가 소부장"},
		}},
	}
	for _, c := range cases {
		doc := loadTestdata(t, c.file)
		if len(doc.Quotes) != len(c.want) {
			t.Errorf("%s: %d quotes, want %d: %+v", c.file, len(doc.Quotes), len(c.want), doc.Quotes)
			continue
		}
		for i, w := range c.want {
			g := doc.Quotes[i]
			if g.Speaker != w.speaker || g.SpeakerNamed != w.named || !strings.HasPrefix(g.Text, w.prefix) {
				t.Errorf("%s quote %d = %+v, want %+v", c.file, i, g, w)
			}
			if g.Text != doc.Text[g.Start:g.End] {
				t.Errorf("%s quote %d offsets do not point at its text", c.file, i)
			}
			if w.named && g.SpeakerEntity == "" {
				t.Errorf("%s quote %d: named speaker without entity id", c.file, i)
			}
		}
	}
}

func TestSingleQuotesAreNotQuotes(t *testing.T) {
	doc := extractor(t).Extract(articleOf("이재용, 'AI·반도체' 협력 확대\n\n그는 '스타게이트' 관련 협력을 논의했다.", "2025-06-11"))
	if len(doc.Quotes) != 0 {
		t.Errorf("single-quoted terms taken as quotes: %+v", doc.Quotes)
	}
}

func hasEvent(doc *Document, typ EventType, actors []string, place, date string, cert Certainty) bool {
	for _, e := range doc.Events {
		if e.Type != typ || e.Certainty != cert || (place != "" && !strings.Contains(e.Place, place)) || (date != "" && e.Date != date) {
			continue
		}
		ok := true
		for _, a := range actors {
			if !contains(e.Actors, a) {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func TestEvents(t *testing.T) {
	type ev struct {
		typ    EventType
		actors []string
		place  string
		date   string
		cert   Certainty
	}
	cases := []struct {
		file string
		want []ev
	}{
		{"motors.txt", []ev{
			{Meet, []string{"정의선", "젠슨 황"}, "산타클라라", "2025-06-10", Asserted},
			{Discuss, []string{"정의선"}, "", "2025-06-10", Asserted},
			{Establish, []string{"현대차그룹"}, "", "", Asserted},
		}},
		{"ministry.txt", []ev{
			{Discuss, []string{"안덕근"}, "정부세종청사", "2025-06-05", Asserted},
			{Invest, []string{"산업통상자원부"}, "", "", Reported},
		}},
		{"deals.txt", []ev{
			{Acquire, []string{"누리바이오"}, "", "", Asserted},
			{Appoint, []string{"누리바이오", "최민정"}, "", "2025-03", Asserted},
			{Sue, []string{"한결제약", "누리바이오"}, "", "2025-05", Reported},
			{Agree, []string{"한결제약", "누리바이오"}, "", "", Speculated},
		}},
		{"traps.txt", []ev{
			{Establish, []string{"LG전자"}, "몬테레이", "", Asserted},
			{Travel, []string{"조주완"}, "미국", "2025-05", Asserted},
			{Meet, []string{"조주완"}, "", "2025-05", Asserted},
		}},
	}
	for _, c := range cases {
		doc := loadTestdata(t, c.file)
		for _, w := range c.want {
			if !hasEvent(doc, w.typ, w.actors, w.place, w.date, w.cert) {
				b, _ := json.MarshalIndent(doc.Events, "", " ")
				t.Errorf("%s: no %+v in\n%s", c.file, w, b)
			}
		}
	}
}

func TestCertainty(t *testing.T) {
	cases := []struct {
		sentence string
		want     Certainty
	}{
		{"김철수 대표는 어제 박영희 사장을 만났다.", Asserted},
		{"김철수 대표는 박영희 사장을 만날 가능성이 크다.", Speculated},
		{"김철수 대표는 박영희 사장을 만날 것으로 보인다.", Speculated},
		{"김철수 대표는 박영희 사장을 만날 수 있다.", Speculated},
		{"김철수 대표는 박영희 사장을 만날 전망이다.", Speculated},
		{"김철수 대표가 박영희 사장을 만날 것이라는 관측도 나온다.", Speculated},
		{"김철수 대표가 박영희 사장을 만나는 방안이 점쳐진다.", Speculated},
		{"김철수 대표는 박영희 사장을 만난 것으로 알려졌다.", Reported},
		{"업계에 따르면 김철수 대표는 박영희 사장을 만났다.", Reported},
		{"김철수 대표는 지난해 박영희 사장과 회동한 바 있어 다시 만날 수 있다.", Asserted},
		{"김철수 대표는 박영희 사장과 회동했는데, 이번에는 합의할 수 있다.", Asserted},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.sentence, "2025-06-11"))
		if len(doc.Events) == 0 {
			t.Errorf("%q: no event", c.sentence)
			continue
		}
		if doc.Events[0].Certainty != c.want {
			t.Errorf("%q: certainty %s, want %s (%+v)", c.sentence, doc.Events[0].Certainty, c.want, doc.Events[0])
		}
	}
}

func TestGroupsAndCoordination(t *testing.T) {
	text := `제목

김철수 대표는 지난 2월 방한해 박영희 사장, 이민호 회장과 3자 회동을 했다. 이들은 반도체 협력을 논의했다.
한국과 중국, 일본의 정부 당국자들은 관세 충격에 공동 대응하기로 합의했다.`
	doc := extractor(t).Extract(articleOf(text, "2025-06-11"))
	if !hasEvent(doc, Meet, []string{"김철수", "박영희", "이민호"}, "한국", "2025-02", Asserted) {
		t.Errorf("3-way meeting: %+v", doc.Events)
	}
	if !hasEvent(doc, Discuss, []string{"김철수", "박영희", "이민호"}, "", "", Asserted) {
		t.Errorf("이들 → the three: %+v", doc.Events)
	}
	if !hasEvent(doc, Agree, []string{"한국", "중국", "일본"}, "", "", Asserted) {
		t.Errorf("genitive list as actors: %+v", doc.Events)
	}
	for _, e := range doc.Events {
		if e.Type == Agree && !strings.Contains(e.Object, "관세") {
			t.Errorf("AGREE object = %q, want the -기로 complement", e.Object)
		}
	}
}

func TestTopics(t *testing.T) {
	doc := loadTestdata(t, "traps.txt")
	for _, want := range []string{"전장", "소부장"} {
		if !contains(doc.Topics, want) {
			t.Errorf("topics %v lack %s", doc.Topics, want)
		}
	}
	for _, bad := range []string{"LG전자", "관계자", "업계"} {
		if contains(doc.Topics, bad) {
			t.Errorf("topics %v contain %s", doc.Topics, bad)
		}
	}
}

func TestListsAreNeverNull(t *testing.T) {
	doc := extractor(t).Extract(&article.Article{})
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"entities":[]`, `"amounts":[]`, `"dates":[]`, `"quotes":[]`, `"events":[]`, `"topics":[]`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("%s missing in %s", k, b)
		}
	}
}

func TestMentionOffsets(t *testing.T) {
	for _, c := range []struct {
		file, name string
		mentions   []string // texts of the person's mentions, in order
	}{
		{"motors.txt", "정의선", []string{"정의선", "정의선", "정 회장"}},
		{"ministry.txt", "안덕근", []string{"안덕근", "안 장관"}},
		{"traps.txt", "조주완", []string{"조주완", "조 사장"}},
	} {
		doc := loadTestdata(t, c.file)
		if len(doc.Entities) < 3 {
			t.Errorf("%s: only %d entities", c.file, len(doc.Entities))
		}
		for _, e := range doc.Entities {
			if len(e.Mentions) == 0 || e.Aliases == nil {
				t.Errorf("%s: %s has no mentions or nil aliases", c.file, e.Name)
			}
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(doc.Text) || doc.Text[m.Start:m.End] != m.Text {
					t.Errorf("%s: mention %+v of %s is off", c.file, m, e.Name)
				}
			}
		}
		e := find(doc, Person, c.name)
		if e == nil {
			t.Errorf("%s: no %s", c.file, c.name)
			continue
		}
		var got []string
		for _, m := range e.Mentions {
			got = append(got, m.Text)
		}
		if len(got) < len(c.mentions) || strings.Join(got[:len(c.mentions)], "|") != strings.Join(c.mentions, "|") {
			t.Errorf("%s: %s mentioned as %q, want %q first", c.file, c.name, got, c.mentions)
		}
	}
}

func TestConcurrentExtract(t *testing.T) {
	x := extractor(t)
	b, err := os.ReadFile(filepath.Join("testdata", "motors.txt"))
	if err != nil {
		t.Fatal(err)
	}
	first := x.Extract(articleOf(string(b), "2025-06-11"))
	if find(first, Person, "정의선") == nil || len(first.Events) == 0 || len(first.Quotes) == 0 {
		t.Fatalf("the article gives too little to compare: %d entities, %d events, %d quotes",
			len(first.Entities), len(first.Events), len(first.Quotes))
	}
	want, _ := json.Marshal(first)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			got, _ := json.Marshal(x.Extract(articleOf(string(b), "2025-06-11")))
			if string(got) != string(want) {
				t.Error("concurrent extraction differs")
			}
		})
	}
	wg.Wait()
}

// firstEvent returns the first event of type typ in doc, or nil.
func firstEvent(doc *Document, typ EventType) *Event {
	for i := range doc.Events {
		if doc.Events[i].Type == typ {
			return &doc.Events[i]
		}
	}
	return nil
}

// lastEvent returns the last event of type typ in doc, or nil.
func lastEvent(doc *Document, typ EventType) *Event {
	for i := len(doc.Events) - 1; i >= 0; i-- {
		if doc.Events[i].Type == typ {
			return &doc.Events[i]
		}
	}
	return nil
}
