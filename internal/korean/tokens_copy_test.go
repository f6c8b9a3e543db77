package korean

import (
	"reflect"
	"strings"
	"testing"
)

// TestAppendCopy assembles texts from whole lines of other analysed texts
// and checks that the copied tokens are the ones Analyze gives for the
// assembled text.
func TestAppendCopy(t *testing.T) {
	a := defaultAnalyzer(t)
	donors := []string{
		"한빛전자, 부산에 2조원 투자\n한빛전자는 2030년까지 부산에 2조원을 투자해 반도체 생산 거점을 짓는다고 3일 밝혔다.\n김민준 회장은 \"속도가 경쟁력\"이라고 말했다.",
		"정부, 수소에너지 산업 지원\n기획재정부 이서연 장관은 5일 세종에서 열린 간담회에서 1,200억원 지원 방안을 발표했다.\n다만 일각에서는 우려도 제기된다.",
	}
	srcs := make([]*Tokens, len(donors))
	for i, d := range donors {
		srcs[i] = a.AnalyzeTokens(d)
	}
	type piece struct{ donor, line int }
	tests := []struct {
		name   string
		pieces []piece
	}{
		{"lines of two donors", []piece{{1, 0}, {0, 1}, {1, 2}}},
		{"one donor reordered", []piece{{0, 2}, {0, 0}}},
		{"a line twice", []piece{{1, 1}, {1, 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var lines []string
			for _, p := range tc.pieces {
				lines = append(lines, strings.Split(donors[p.donor], "\n")[p.line])
			}
			text := strings.Join(lines, "\n")
			ts := NewTokens(text)
			at := 0
			for k, p := range tc.pieces {
				src := srcs[p.donor]
				from := lineStart(donors[p.donor], p.line)
				i, j := tokenSpan(src, from, from+len(lines[k]))
				if !ts.AppendCopy(src, i, j, at-from) {
					t.Fatalf("piece %d: copy refused", k)
				}
				at += len(lines[k]) + 1
			}
			want := a.Analyze(text)
			if got := ts.All(); !reflect.DeepEqual(got, want) {
				t.Errorf("copied tokens differ from Analyze:\n got %v\nwant %v", got, want)
			}
		})
	}
}

// TestAppendCopyRefusesOtherText checks that tokens are never copied onto
// text that differs from theirs.
func TestAppendCopyRefusesOtherText(t *testing.T) {
	a := defaultAnalyzer(t)
	src := a.AnalyzeTokens("반도체 투자를 늘린다")
	ts := NewTokens("배터리 투자를 늘린다")
	if ts.AppendCopy(src, 0, src.Len(), 0) {
		t.Fatal("copy onto different text accepted")
	}
	if ts.Len() != 0 {
		t.Fatalf("refused copy appended %d tokens", ts.Len())
	}
	long := NewTokens("반도체 투자")
	if long.AppendCopy(src, 0, src.Len(), 0) {
		t.Fatal("copy past the end of the text accepted")
	}
}

func lineStart(text string, line int) int {
	at := 0
	for range line {
		at += strings.IndexByte(text[at:], '\n') + 1
	}
	return at
}

// tokenSpan is the range of tokens inside text[s:e].
func tokenSpan(ts *Tokens, s, e int) (int, int) {
	i := 0
	for i < ts.Len() && ts.Start(i) < s {
		i++
	}
	j := i
	for j < ts.Len() && ts.End(j) <= e {
		j++
	}
	return i, j
}
