package store

import (
	"slices"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// Indexing from extraction's tokens must give the index that analysing the
// text again would: ingest relies on it to read each article once.
func TestIndexTokensMatchesIndexTerms(t *testing.T) {
	ana, err := korean.Default()
	if err != nil {
		t.Fatal(err)
	}
	morph := func(s string) []string { return textsearch.Morphemes(ana, s) }
	cases := []struct{ headline, text string }{
		{"한빛전자, 하노이 공장 증설", "한빛전자, 하노이 공장 증설\n김민준 사장은 25일 하노이 공장에 3000억원을 투자한다고 밝혔다.\n업계는 AI 반도체 수요를 주목했다."},
		{"", "제목 없는 기사다. 국회는 예산안을 통과시켰다."},
		{"본문에 없는 제목", "본문만 있는 기사에서 검찰은 수사를 시작했다."},
	}
	for _, c := range cases {
		wantH, wantB, wantG := indexTerms(morph, c.headline, c.text)
		gotH, gotB, gotG := indexTokens(morph, c.headline, c.text, ana.AnalyzeTokens(c.text))
		if gotH != wantH || gotB != wantB || gotG != wantG {
			t.Errorf("headline %q:\n head %q\n want %q\n body %q\n want %q\n grams equal %v", c.headline, gotH, wantH, gotB, wantB, gotG == wantG)
		}
	}
}

func TestDayNum(t *testing.T) {
	for in, want := range map[string]int32{"2025-04-01": 20250401, "2025-04": 20250400, "2025": 20250000, "": 0, "2025/04/01": 0, "20x5": 0} {
		if got := dayNum([]byte(in)); got != want {
			t.Errorf("dayNum(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestRidSetAndTopK(t *testing.T) {
	collect := func(s ridSet, lo int64) []int64 {
		var out []int64
		s.each(lo, func(r int64) { out = append(out, r) })
		return out
	}
	a, b := newRidSet(200), newRidSet(200)
	for _, r := range []int64{1, 63, 64, 65, 130, 200} {
		a.add(r)
	}
	for _, r := range []int64{63, 65, 199, 200} {
		b.add(r)
	}
	if got := collect(a, 64); !slices.Equal(got, []int64{64, 65, 130, 200}) {
		t.Errorf("each from 64: %v", got)
	}
	and := slices.Clone(a)
	and.and(b)
	or := slices.Clone(a)
	or.or(b)
	not := slices.Clone(a)
	not.andNot(b)
	for _, tt := range []struct {
		name string
		s    ridSet
		want []int64
	}{
		{"and", and, []int64{63, 65, 200}},
		{"or", or, []int64{1, 63, 64, 65, 130, 199, 200}},
		{"not", not, []int64{1, 64, 130}},
	} {
		if got := collect(tt.s, 0); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
	a.clearBelow(65)
	if got := collect(a, 0); !slices.Equal(got, []int64{65, 130, 200}) {
		t.Errorf("clearBelow(65): %v", got)
	}

	top := &topK{k: 3, better: func(x, y cand) bool { return x.score > y.score || x.score == y.score && x.rid > y.rid }}
	for i, sc := range []float64{0.5, 2, 1, 2, 0.1, 3} {
		top.push(cand{rid: int64(i + 1), score: sc})
	}
	var rids []int64
	for _, c := range top.sorted() {
		rids = append(rids, c.rid)
	}
	if !slices.Equal(rids, []int64{6, 4, 2}) {
		t.Errorf("top 3: %v, want [6 4 2]", rids)
	}
}

func TestPackText(t *testing.T) {
	long := strings.Repeat("정부는 반도체 인력을 해마다 만 명씩 길러내겠다고 밝혔다. ", 20)
	for _, tt := range []struct {
		text    string
		deflate bool
	}{{"", false}, {"짧은 글", false}, {long, true}} {
		plain, z := packText(tt.text)
		if (z != nil) != tt.deflate || (z != nil && (plain != "" || len(z) >= len(tt.text))) {
			t.Errorf("packText(%d bytes): plain %d bytes, z %d bytes", len(tt.text), len(plain), len(z))
		}
		back, err := unpackText(plain, z)
		if err != nil || back != tt.text {
			t.Errorf("round trip of %d bytes: %v", len(tt.text), err)
		}
	}
	if _, err := unpackText("", []byte("not deflate data at all")); err == nil {
		t.Error("corrupt data inflated without error")
	}
}
