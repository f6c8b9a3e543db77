package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
)

// TestBracketAndUnitSubjects: a subject with an apposition in brackets is
// its owner, not the person named inside ("기관(장관 누구)은"), and a court
// division written after its court acts for the court. The sentences are
// invented for this test.
func TestBracketAndUnitSubjects(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text string
		typ        EventType
		actors     []string // nil: no event of typ at all
		notActor   string
	}{
		{"division with its judge in brackets", "서울중앙지법 형사3부(부장판사 한동민)는 12일 사기 혐의로 기소된 최모씨에게 징역 3년을 선고했다.",
			Sentence, []string{"서울중앙지법"}, "한동민"},
		{"division alone", "서울중앙지법 민사12부는 12일 사기 혐의로 기소된 최모씨에게 징역 1년을 선고했다.",
			Sentence, []string{"서울중앙지법"}, ""},
		{"company with its head in brackets", "한빛전자(대표 오세진)와 누리바이오(대표 한동민)는 12일 합작 공장 설립에 합의했다.",
			Agree, []string{"한빛전자", "누리바이오"}, "오세진"},
	}
	for _, tc := range tests {
		doc := x.Extract(articleOf("제목\n\n"+tc.text, "2025-06-13"))
		got := lastEvent(doc, tc.typ)
		if got == nil {
			t.Errorf("%s: no %s event in %+v", tc.name, tc.typ, doc.Events)
			continue
		}
		for _, a := range tc.actors {
			if !contains(got.Actors, a) {
				t.Errorf("%s: actors %v, want %s among them", tc.name, got.Actors, a)
			}
		}
		if tc.notActor != "" && contains(got.Actors, tc.notActor) {
			t.Errorf("%s: actors %v name the person in the brackets", tc.name, got.Actors)
		}
		if strings.Contains(got.Place, "공판") {
			t.Errorf("%s: a hearing as place %q", tc.name, got.Place)
		}
	}
}

// TestBracketCloserKeepsJosa: the particle after a bracket that closes one
// opened in an earlier word stays on the closing word, while a dateline
// glued to a name is still split.
func TestBracketCloserKeepsJosa(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		text, word, josa string
	}{
		{"한빛전자(대표 오세진)는 공장을 지었다.", "오세진)는", "는"},
		{"누리바이오(대표 한동민)와 만났다.", "한동민)와", "와"},
		{"[부산=한빛통신]최민호 기자가 썼다.", "최민호", ""},
	}
	for _, tc := range tests {
		_, d, err := x.extractDoc(articleOf("제목\n\n"+tc.text, "2025-06-13"))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, w := range d.words {
			if d.text[w.s:w.e] == tc.word {
				found = true
				if w.josa != tc.josa {
					t.Errorf("%q: josa %q, want %q", tc.word, w.josa, tc.josa)
				}
			}
		}
		if !found {
			var ws []string
			for _, w := range d.words {
				ws = append(ws, d.text[w.s:w.e])
			}
			t.Errorf("%q: no word %q in %q", tc.text, tc.word, ws)
		}
		d.release()
	}
}

// TestEventObjectAdjuncts: an AGREE's object is what was agreed, without
// the date, clock time, "… 끝에" phrase or earlier event clause that opens
// the sentence, and an adverb before a predicate noun is no object. The
// sentences are invented for this test.
func TestEventObjectAdjuncts(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text string
		typ        EventType
		object     string
	}{
		{"date and clock time", "한빛전자 오세진 대표는 이날 오전 합작 공장을 세우기로 합의했다.", Agree, "합작 공장을 세우"},
		{"earlier meeting clause", "오세진 대표와 한동민 사장은 이날 오전 서울에서 만나 합작 공장을 다음 달 착공하기로 합의했다.", Agree, "합작 공장을 다음 달 착공"},
		{"after talks", "오세진 대표는 25일 양사 협의 끝에 오는 30일 이사회를 열어 안건을 상정하기로 합의했다고 밝혔다.", Agree, "오는 30일 이사회를 열어 안건을 상정"},
		{"adverb before a predicate noun", "조만간 발표될 한빛전자의 새 전략은 효율성에 초점을 두고 있다.", Announce, ""},
	}
	for _, tc := range tests {
		doc := x.Extract(articleOf("제목\n\n"+tc.text, "2025-06-13"))
		found := false
		for _, e := range doc.Events {
			if e.Type != tc.typ {
				continue
			}
			found = true
			if e.Object != tc.object {
				t.Errorf("%s: object %q, want %q", tc.name, e.Object, tc.object)
			}
		}
		if !found {
			t.Errorf("%s: no %s event in %+v", tc.name, tc.typ, doc.Events)
		}
	}
}

// TestContractedSignOffReporter: a broadcast sign-off contracts the
// reporter's name ("박민잽니다" for 박민재입니다); the reporter named in the
// byline still gets the press title when the body writes the name whole
// ("보도에 박민재 기잡니다"). The article is invented for this test.
func TestContractedSignOffReporter(t *testing.T) {
	raw := "한빛도 예산 편성\n\n한빛도가 내년 예산을 늘렸습니다.\n보도에 박민재 기잡니다.\n한빛도는 일자리 예산을 늘렸습니다.\n한빛 NEWS 박민잽니다.\n"
	a, err := article.Parse("signoff.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(a.Byline.Names, "박민재") {
		t.Fatalf("the article reader gives no byline name: %+v", a.Byline)
	}
	doc := extractor(t).Extract(a)
	for _, e := range doc.Entities {
		if e.Name == "박민재" {
			if e.Title != "기자" {
				t.Errorf("reporter %s: title %q, want 기자", e.Name, e.Title)
			}
			return
		}
	}
	t.Errorf("no reporter entity in %+v", doc.Entities)
}

// TestReporterIsNoSpeaker: the reporter of a byline bracket that opens the
// body is never the speaker a later quote falls back to. The article is
// invented for this test.
func TestReporterIsNoSpeaker(t *testing.T) {
	raw := "[데일리안 = 나은별 기자] 한빛당이 13일 새 지도부를 선출했다.\n\n한빛당은 이날 전당대회에서 오세진 의원을 대표로 뽑았다.\n\n오 대표는 수락 연설에서 \"당을 새롭게 바꾸겠다\"고 말했다.\n"
	a, err := article.Parse("reporter.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(a.Byline.Names, "나은별") {
		t.Fatalf("the article reader gives no byline name: %+v", a.Byline)
	}
	doc := extractor(t).Extract(a)
	for _, q := range doc.Quotes {
		if q.Speaker == "나은별" {
			t.Errorf("the reporter as speaker: %+v", q)
		}
	}
}
