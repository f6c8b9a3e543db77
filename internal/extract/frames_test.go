package extract

import (
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
)

// TestEventFrames checks who takes part in an event, on sentences written
// for this test.
func TestEventFrames(t *testing.T) {
	cases := []struct {
		name, text string
		typ        EventType
		actors     []string
		object     string
		none       bool // no event of typ at all
	}{
		{"a meeting needs two sides", "김철수 대표는 3일 서울에서 기자들과 만나 신제품을 소개했다.", Meet, nil, "", true},
		{"relative clause subject is not the actor", "김철수 한빛전자 울산 공장장(전무)이 지난 4일 누리그룹이 단행한 임원 인사에서 부사장으로 승진했다.", Appoint, []string{"김철수"}, "", false},
		{"passive: the product is the object, the maker the actor", "한빛전자의 기술이 모인 '신형 누리폰'이 26일 출시됐다.", Announce, []string{"한빛전자"}, "누리폰", false},
		{"headline subject before a comma", "김철수 대표, 박영희 사장과 회동\n\n본문이다.", Meet, []string{"김철수", "박영희"}, "", false},
		{"genitive owners of a cancelled meeting", "김철수 대표와 박영희 사장의 회동은 끝내 불발됐다.", Meet, []string{"김철수", "박영희"}, "", false},
		{"partner of an embedded clause stays there", "김철수 대표는 박영희 사장과 회동한 사실을 공개했다.", Announce, []string{"김철수"}, "", false},
		{"a predicate noun after 에 is no light verb", "김철수 대표와 박영희 사장은 공동 투자에 합의했다.", Agree, []string{"김철수", "박영희"}, "공동 투자", false},
		{"side of a person", "이민호 회장 측은 정수진 장관과 회동한 사실이 없다고 밝혔다.", Meet, []string{"이민호", "정수진"}, "", false},
	}
	x := extractor(t)
	for _, c := range cases {
		text := c.text
		if !strings.Contains(text, "\n") {
			text = "제목\n\n" + text
		}
		doc := x.Extract(articleOf(text, "2025-06-11"))
		got := firstEvent(doc, c.typ)
		switch {
		case c.none && got != nil:
			t.Errorf("%s: unexpected %+v", c.name, *got)
		case c.none:
		case got == nil:
			t.Errorf("%s: no %s in %+v", c.name, c.typ, doc.Events)
		case !sameSet(got.Actors, c.actors) || !strings.Contains(got.Object, c.object):
			t.Errorf("%s: actors %v object %q, want %v %q", c.name, got.Actors, got.Object, c.actors, c.object)
		}
	}
}

// TestReporterIsNoActor: the byline's reporter never takes part in what
// the reporter tells.
func TestReporterIsNoActor(t *testing.T) {
	a := articleOf("제목\n\n김민수 기자 = 두 사람은 3일 만나 협력을 논의했다. 김철수 대표와 김민수는 반도체 협력을 논의했다.", "2025-06-11")
	a.Byline = article.Byline{Names: []string{"김민수"}}
	doc := extractor(t).Extract(a)
	for _, e := range doc.Events {
		if contains(e.Actors, "김민수") {
			t.Errorf("reporter as actor: %+v", e)
		}
	}
}

// TestOneEventPerMeeting: a headline, a caption and the body telling one
// meeting give one event that keeps every sentence as a mention.
func TestOneEventPerMeeting(t *testing.T) {
	text := "김철수 대표, 박영희 사장과 회동\n\n김철수 대표는 3일 서울 본사에서 박영희 사장과 회동했다.\n김철수 대표는 3일 박영희 사장과 회동한 뒤 기자들에게 소감을 밝혔다."
	doc := extractor(t).Extract(articleOf(text, "2025-06-11"))
	n := 0
	for _, e := range doc.Events {
		if e.Type == Meet {
			n++
			if len(e.Mentions) != 3 || e.Date != "2025-06-03" || e.Place != "서울 본사" {
				t.Errorf("merged meeting %+v: want 3 mentions, the date and the place", e)
			}
			for _, m := range e.Mentions {
				if doc.Text[m.Start:m.End] != m.Text {
					t.Errorf("mention offsets off: %+v", m)
				}
			}
		}
	}
	if n != 1 {
		t.Errorf("%d meetings, want 1: %+v", n, doc.Events)
	}
}

// TestDateOfTheClause: a date inside an embedded clause dates that
// clause's event, not the sentence's predicate.
func TestDateOfTheClause(t *testing.T) {
	doc := extractor(t).Extract(articleOf("제목\n\n김철수 대표는 지난 2월 박영희 사장과 회동한 사실을 공개했다.", "2025-06-11"))
	if !hasEvent(doc, Meet, []string{"김철수", "박영희"}, "", "2025-02", Asserted) {
		t.Errorf("meeting not dated February: %+v", doc.Events)
	}
	for _, e := range doc.Events {
		if e.Type == Announce && e.Date == "2025-02" {
			t.Errorf("the announcement took the embedded meeting's month: %+v", e)
		}
	}
	// a modifier clause ("열린 회의에 앞서") is no other event: the date stays
	doc = extractor(t).Extract(articleOf("제목\n\n김철수 대표는 지난 1일 서울 본사에서 열린 회의에 앞서 박영희 사장을 만났다.", "2025-06-11"))
	if !hasEvent(doc, Meet, []string{"김철수", "박영희"}, "", "2025-06-01", Asserted) {
		t.Errorf("meeting lost the date before a modifier clause: %+v", doc.Events)
	}
}
