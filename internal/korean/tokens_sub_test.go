package korean

import (
	"slices"
	"strings"
	"testing"
)

// TestTokensSub checks that the tokens of a stretch of an analysis cut at
// line breaks are the tokens of an analysis of that stretch alone.
func TestTokensSub(t *testing.T) {
	a := defaultAnalyzer(t)
	lines := []string{
		"세종시는 공공 자전거 대여소를 조치원읍에 열었다.",
		"최민호 시장은 \"시민 300명이 이용할 것\"이라고 말했다.",
		"삼성전자는 3분기 영업이익이 9조1천억원으로 집계됐다고 밝혔다.",
	}
	text := strings.Join(lines, "\n") + "\n"
	whole := NewTokens(text)
	a.AppendAnalysis(whole, 0, len(text))
	whole.Finish()
	l0, l1 := len(lines[0])+1, len(lines[0])+len(lines[1])+2
	tests := []struct {
		name       string
		start, end int
	}{
		{"first line", 0, l0},
		{"middle line", l0, l1},
		{"last two lines", l0, len(text)},
		{"whole text", 0, len(text)},
		{"empty stretch", l1, l1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			alone := NewTokens(text[tc.start:tc.end])
			a.AppendAnalysis(alone, 0, tc.end-tc.start)
			sub := whole.Sub(tc.start, tc.end)
			if sub.Text() != text[tc.start:tc.end] {
				t.Fatalf("text %q, want %q", sub.Text(), text[tc.start:tc.end])
			}
			got, want := sub.All(), alone.All()
			if !slices.EqualFunc(got, want, tokenEqual) {
				t.Errorf("Sub(%d, %d):\n got %v\nwant %v", tc.start, tc.end, got, want)
			}
			if sub.Len() == 0 && tc.end > tc.start {
				t.Errorf("no tokens in a non-empty stretch")
			}
		})
	}
}

func tokenEqual(a, b Token) bool {
	return a.Surface == b.Surface && a.POS == b.POS && a.Class == b.Class && a.Base == b.Base &&
		slices.Equal(a.Parts, b.Parts) && a.Start == b.Start && a.End == b.End && a.Known == b.Known && a.User == b.User
}
