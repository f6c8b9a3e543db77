package article

import (
	"slices"
	"strings"
	"testing"
)

// TestPlainFormHeadlines checks headlines that end like a sentence (a
// plain-form verb …오른다, a question …까, a past …했다, a quote, a
// trailing ellipsis), each with and without a short subhead under it: the
// first line stays the headline and the subhead does not take its place.
func TestPlainFormHeadlines(t *testing.T) {
	const body = "[서울=뉴시스] 김철수 기자 = 정부가 내년 전기요금을 추가로 인상하는 방안을 검토하고 있다고 25일 밝혔다.\n\n" +
		"산업통상자원부 관계자는 \"원가 부담이 커지고 있다\"고 말했다.\n\n김철수 기자 kim@newsis.com\n"
	headlines := []string{
		"내년 전기요금 또 오른다",
		"내년 전기요금 또 오를까",
		"한빛전력, 3분기 적자 전환했다",
		"\"원가 부담 더는 못 버틴다\"",
		"전기요금 또 오르나…가계 부담 커진다",
		"내년 전기요금 또 오른다...",
		"전기요금 인상 불가피…",
		"정부 \"전기요금 올려야 한다\"",
	}
	subheads := []string{"", "정부, 4분기 인상 검토", "정부, 4분기 인상 검토했다"}
	for _, h := range headlines {
		for _, sub := range subheads {
			t.Run(h+"/"+sub, func(t *testing.T) {
				text := h + "\n"
				if sub != "" {
					text += sub + "\n"
				}
				a, err := Parse("plain-form.txt", []byte(text+"\n"+body))
				if err != nil {
					t.Fatal(err)
				}
				checkSections(t, a)
				want := []string{}
				if sub != "" {
					want = []string{sub}
				}
				if a.Headline != h || !slices.Equal(a.Subheads, want) {
					t.Errorf("headline %q subheads %q, want %q %q", a.Headline, a.Subheads, h, want)
				}
				if len(a.Body) != 2 || !strings.HasPrefix(a.Body[0], "[서울=뉴시스] 김철수 기자 =") {
					t.Errorf("body %q, want the two paragraphs", a.Body)
				}
				if !slices.Equal(a.Byline.Names, []string{"김철수"}) || a.Agency != "뉴시스" {
					t.Errorf("byline %+v agency %q", a.Byline, a.Agency)
				}
			})
		}
	}
}

// TestHeadCandidate checks which lines that end like a sentence may stand
// as a headline or subhead above the body.
func TestHeadCandidate(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"내년 전기요금 또 오른다", true},
		{"한빛전력, 3분기 적자 전환했다", true},
		{"전기요금 또 오르나…가계 부담 커진다", true},
		{"내년 전기요금 또 오른다...", true},
		{"전기요금 또 오를까", true},
		{"정부가 내년 전기요금을 추가로 인상한다.", false}, // a full stop ends a sentence
		{"정부가 내년 전기요금을 추가로 인상하는 방안을 검토하고 있다고 관계자가 25일 오후 기자들에게 밝혔다", false}, // too long for a headline
		{"오늘 전기요금 인상안이 발표됐습니다", false},                                      // a spoken line
		{"(서울=뉴시스) 정부가 요금을 올린다", false},                                     // a dateline opens the body
		{"요금이 오른다. 정부는 검토했다", false},                                        // two sentences
	}
	for _, tc := range tests {
		f := measureLine(tc.line)
		if got := headCandidate(&f); got != tc.want {
			t.Errorf("headCandidate(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestTitleWithoutSite(t *testing.T) {
	cases := map[string]string{
		"한빛시, 새 청사 개청|한빛일보":   "한빛시, 새 청사 개청",
		"한빛시, 새 청사 개청 - 한빛일보": "한빛시, 새 청사 개청",
		"찬성|반대 엇갈린 한빛시 예산":    "찬성|반대 엇갈린 한빛시 예산",
		"서울 - 부산 고속철도 개통 앞둬":  "서울 - 부산 고속철도 개통 앞둬",
	}
	for in, want := range cases {
		if got := titleWithoutSite(in); got != want {
			t.Errorf("titleWithoutSite(%q) = %q, want %q", in, got, want)
		}
	}
}
