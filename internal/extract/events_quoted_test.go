package extract

import (
	"slices"
	"testing"
)

// TestQuotedEvents checks events told inside reported speech, on sentences
// written for this test.
func TestQuotedEvents(t *testing.T) {
	cases := []struct {
		name, text string
		actors     []string
		certainty  Certainty
		absent     string // a name that must not be an actor
		none       bool
	}{
		{"first-person quote adds the speaker", "김철수 외교부 장관은 기자들과 만나 \"어제 존 스미스 장관과 만나 협력 방안을 논의했다\"고 말했다.", []string{"김철수", "존 스미스"}, Reported, "", false},
		{"third-person quote keeps its own subject", "한빛전자 관계자는 \"박영희 사장이 어제 존 스미스 장관과 만나 협력을 논의했다\"고 전했다.", []string{"박영희", "존 스미스"}, Reported, "", false},
		{"a named speaker of a third-person quote is no actor", "김철수 장관은 \"박영희 사장이 어제 존 스미스 장관과 만나 협력을 논의했다\"고 말했다.", []string{"박영희", "존 스미스"}, Reported, "김철수", false},
		{"speculation inside the quote stays speculated", "김철수 장관은 \"다음 주 존 스미스 장관과 만날 수도 있다\"고 말했다.", []string{"김철수", "존 스미스"}, Speculated, "", false},
		{"meeting noun as subject of a link verb after an adverbial", "박영희 사장은 \"어제 존 스미스 장관과의 첫 회담이 좋은 분위기에서 개최됐다\"고 말했다.", []string{"박영희", "존 스미스"}, Reported, "", false},
		{"a quoted title without a speech verb is no event", "김철수 장관은 \"존 스미스 장관과 회동\" 특집을 소개했다.", nil, "", "", true},
	}
	// the people are introduced outside the quotes first
	intro := "김철수 외교부 장관과 존 스미스 영국 외무장관, 박영희 한빛전자 사장이 서울에 모였다.\n\n"
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+intro+c.text, "2025-06-11"))
		got := firstEvent(doc, Meet)
		if c.none {
			if got != nil {
				t.Errorf("%s: unexpected %+v", c.name, *got)
			}
			continue
		}
		if got == nil {
			t.Errorf("%s: no MEET in %+v", c.name, doc.Events)
			continue
		}
		for _, a := range c.actors {
			if !slices.Contains(got.Actors, a) {
				t.Errorf("%s: actors %v lack %s", c.name, got.Actors, a)
			}
		}
		if c.absent != "" && slices.Contains(got.Actors, c.absent) {
			t.Errorf("%s: actors %v include %s", c.name, got.Actors, c.absent)
		}
		if got.Certainty != c.certainty {
			t.Errorf("%s: certainty %s, want %s", c.name, got.Certainty, c.certainty)
		}
	}
}
