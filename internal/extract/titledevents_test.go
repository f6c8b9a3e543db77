package extract

import "testing"

// TestTitledEvents: a title in single quotes before an event noun, and an
// ordinal with a few nouns and a meeting noun, name events; a quote before
// a noun of no event, 전 written apart (before), a clause in quotes and an
// ordinal before a verb name none.
func TestTitledEvents(t *testing.T) {
	cases := []struct {
		text, want string // want "" when no event
	}{
		{"새봄미술관이 주최하는 ‘바다의 기억’전 개막식이 3일 열렸다.", "바다의 기억"},
		{"‘바다의 기억’전이 다음 달까지 이어진다.", "바다의 기억"},
		{"시는 ‘한빛 불빛’ 축제를 열었다.", "한빛 불빛"},
		{"‘봄의 소리’ 음악회에는 500명이 찾았다.", "봄의 소리"},
		{"도담 장관은 제5차 한빛 미래 전략대화에 참석했다.", "제5차 한빛 미래 전략대화"},
		{"제12회 새봄 환경 포럼이 열렸다.", "제12회 새봄 환경 포럼"},
		{"‘바다의 기억’ 전 관장이 말했다.", ""},
		{"‘한빛’ 브랜드를 새로 만들었다.", ""},
		{"‘끝까지 간다’ 공연 제목이 바뀌었다.", ""},
		{"위원회는 제5차 회의를 열었다.", ""},
		{"제5차 계획을 세웠다.", ""},
		{"구청장은 ‘2023 새봄 줄다리기 축제’ 개막식에 참석했다.", "2023 새봄 줄다리기 축제"},
		{"시는 ‘한빛 청년 포럼’을 열었다.", "한빛 청년 포럼"},
		{"‘축제’라는 말이 무색했다.", ""},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2025-06-11"))
		var got []string
		for _, e := range doc.Entities {
			if e.Type == EventT {
				got = append(got, e.Name)
			}
		}
		switch {
		case c.want == "" && len(got) > 0:
			t.Errorf("%q: want no event, got %v", c.text, got)
		case c.want != "" && (len(got) != 1 || got[0] != c.want):
			t.Errorf("%q: want event %q, got %v", c.text, c.want, got)
		}
	}
}
