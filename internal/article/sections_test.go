package article

import "testing"

func TestBracketHeading(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"[전문가 진단]", "전문가 진단", true},
		{"[현장 점검 결과]", "현장 점검 결과", true},
		{"[앵커]", "", false},
		{"[앵커 멘트]", "", false},
		{"[현장 녹취]", "", false},
		{"[인터뷰 전문]", "", false},
		{"[진단]", "", false},
		{"[시장 발언: 요약]", "", false},
	}
	for _, c := range cases {
		if got, ok := bracketHeading(c.in); got != c.want || ok != c.ok {
			t.Errorf("bracketHeading(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
