package article

import (
	"slices"
	"testing"
)

// TestStampThenByline: a byline written after the timestamp on its line
// ("2020-03-24     홍길동 기자") is the story's byline; the stamp still
// dates it and neither is body.
func TestStampThenByline(t *testing.T) {
	cases := []struct {
		line  string
		names []string
	}{
		{"2020-03-24     김도연 기자", []string{"김도연"}},
		{"2020.03.24 10:05 김도연 기자", []string{"김도연"}},
		{"입력 2020-03-24 10:05", nil},
	}
	for _, c := range cases {
		a, err := Parse("t.txt", []byte("제목 한 줄\n\n"+c.line+"\n\n윤태호 한빛전자 사장이 24일 \"좋다\"고 밝혔다.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.Byline.Names, c.names) || a.Published != "2020-03-24" || len(a.Body) != 1 {
			t.Errorf("%q: byline %v published %q body %d", c.line, a.Byline.Names, a.Published, len(a.Body))
		}
	}
}
