package textsearch

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/korean"
)

func analyzer(t testing.TB) *korean.Analyzer {
	t.Helper()
	a, err := korean.Default()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestMorphemes(t *testing.T) {
	a := analyzer(t)
	tests := []struct{ in, want string }{
		{"삼성전자가", "삼성 전자"},
		{"삼성전자는 반도체에", "삼성 전자 반 도체"},
		{"만났다고 밝혔다", "만나 밝히"},
		{"오픈AI와", "오픈 ai"},
		{"SK하이닉스", "sk 하이닉스"},
		{"5000억 달러", "5000 억 달러"},
		{"!!! ...", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(Morphemes(a, tt.in), " "); got != tt.want {
			t.Errorf("Morphemes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestGrams(t *testing.T) {
	tests := []struct {
		in, want, query string
		prefix          bool
	}{
		{"국회의원들이", "국회 회의 의원 원들 들이 이", "국회 회의 의원 원들 들이", false},
		{"법", "법", "법", true},
		{"헌법 AI!", "헌법 법 ai i", "헌법 법 ai", false},
		{"반도체 투자", "반도 도체 체 투자 자", "반도 도체 체 투자", false},
		{"삼성 법", "삼성 성 법", "삼성 성 법", true},
		{"...", "", "", false},
	}
	for _, tt := range tests {
		if got := strings.Join(Grams(tt.in), " "); got != tt.want {
			t.Errorf("Grams(%q) = %q, want %q", tt.in, got, tt.want)
		}
		q, p := QueryGrams(tt.in)
		if got := strings.Join(q, " "); got != tt.query || p != tt.prefix {
			t.Errorf("QueryGrams(%q) = %q %v, want %q %v", tt.in, got, p, tt.query, tt.prefix)
		}
		// What a query asks for is a contiguous run of what the text indexed.
		if idx := strings.Join(Grams(tt.in), " "); tt.query != "" && !strings.Contains(idx, strings.Join(q, " ")) {
			t.Errorf("QueryGrams(%q) %q is not inside Grams %q", tt.in, q, idx)
		}
	}
}

func TestNorm(t *testing.T) {
	for _, tt := range [][2]string{{"오픈 AI", "오픈ai"}, {"오픈AI", "오픈ai"}, {"ＯＰＥＮ ai", "openai"}, {" 이 회장 ", "이회장"}} {
		if got := Norm(tt[0]); got != tt[1] {
			t.Errorf("Norm(%q) = %q, want %q", tt[0], got, tt[1])
		}
	}
}

// show renders a parsed query compactly: terms as their text, [..] AND,
// {..} OR, !x NOT.
func show(n Node) string {
	switch n := n.(type) {
	case *Term:
		if n.Phrase {
			return `"` + n.Text + `"`
		}
		return n.Text
	case *And:
		var p []string
		for _, it := range n.Items {
			p = append(p, show(it))
		}
		return "[" + strings.Join(p, " ") + "]"
	case *Or:
		var p []string
		for _, it := range n.Items {
			p = append(p, show(it))
		}
		return "{" + strings.Join(p, " ") + "}"
	case *Not:
		return "!" + show(n.Item)
	}
	return "?"
}

func TestParse(t *testing.T) {
	a := analyzer(t)
	tests := []struct {
		in, want string
		errPos   int // -1: no error
	}{
		{"삼성전자", "삼성전자", -1},
		{"삼성전자 반도체", "[삼성전자 반도체]", -1},
		{"삼성전자 AND 반도체", "[삼성전자 반도체]", -1},
		{`"반도체 투자" 삼성`, `["반도체 투자" 삼성]`, -1},
		{"“반도체 투자”", `"반도체 투자"`, -1},
		{"a OR b c", "[{a b} c]", -1},
		{"a OR b OR c", "{a b c}", -1},
		{"이재용 -검찰", "[이재용 !검찰]", -1},
		{"이재용 NOT 검찰", "[이재용 !검찰]", -1},
		{"K-pop", "K-pop", -1},
		{"(a OR b) -(c d)", "[{a b} ![c d]]", -1},
		{"삼성전자 !!! ...", "삼성전자", -1},
		{`"unclosed`, "", 0},
		{"a OR", "", 2},
		{"OR a", "", 0},
		{"-", "", 0},
		{"-검찰", "", 0},
		{"a OR -b", "", 5},
		{"(a", "", 0},
		{"a)", "", 1},
		{"()", "", 0},
		{"...", "", 0},
		{"", "", 0},
	}
	for _, tt := range tests {
		n, err := Parse(a, tt.in)
		if tt.errPos >= 0 {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Errorf("Parse(%q) = %s, %v; want a syntax error", tt.in, show(n), err)
			} else if se.Pos != tt.errPos {
				t.Errorf("Parse(%q) error %q at %d, want at %d", tt.in, se.Msg, se.Pos, tt.errPos)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if got := show(n); got != tt.want {
			t.Errorf("Parse(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	n, _ := Parse(a, "삼성전자가 -검찰 (만났다 OR 회의)")
	var got []string
	for _, t := range PositiveTerms(n) {
		got = append(got, t.Text)
	}
	if !slices.Equal(got, []string{"삼성전자가", "만났다", "회의"}) {
		t.Errorf("PositiveTerms = %q", got)
	}
	if _, err := Parse(a, strings.Repeat("가나 ", 40)); err == nil {
		t.Error("40 words: want an error")
	}
	if _, err := Parse(a, strings.Repeat("가", 400)); err == nil {
		t.Error("1200 bytes: want an error")
	}
}

func FuzzParse(f *testing.F) {
	a := analyzer(f)
	for _, s := range []string{"삼성전자", `"a b" OR c -d`, "((a)", "a OR OR", "-(-a)", "\"", "K-pop NOT x", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		n, err := Parse(a, q)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) || se.Pos < 0 || se.Pos > len(q) && se.Pos != MaxQueryBytes {
				t.Fatalf("Parse(%q): bad error %v", q, err)
			}
			return
		}
		if n == nil || !positive(n) || len(PositiveTerms(n)) == 0 {
			t.Fatalf("Parse(%q) = %s: nothing positive", q, show(n))
		}
		for _, term := range PositiveTerms(n) {
			if len(term.Morphs) == 0 && len(term.Grams) == 0 {
				t.Fatalf("Parse(%q): empty term %q", q, term.Text)
			}
		}
	})
}

func TestSimHash(t *testing.T) {
	base := strings.Repeat("정부는 내년부터 반도체 설계 인력을 해마다 만 명씩 길러내겠다는 계획을 발표했다. ", 3) +
		"산업통상자원부는 대학과 기업이 함께 교육 과정을 만들고 졸업생이 곧바로 현장에 투입될 수 있도록 실습 장비를 지원하기로 했다. " +
		"업계는 인력난이 풀릴 것으로 기대하면서도 지방 대학의 참여가 관건이라고 봤다. 교육부도 관련 예산을 늘리기로 했다."
	other := "서울 아파트 매매가격이 석 달 만에 오름세로 돌아섰다. 한국부동산원은 강남 지역의 재건축 단지를 중심으로 매수 문의가 늘었다고 밝혔다. " +
		"전문가들은 금리 인하 기대가 시장에 반영되고 있다고 분석했다. 다만 대출 규제가 이어지는 만큼 상승 폭은 제한적일 것으로 내다봤다."
	h, ok := SimHash(base)
	if !ok {
		t.Fatal("base too short")
	}
	tests := []struct {
		name    string
		text    string
		maxDist int
		minDist int
	}{
		{"same text, other spacing and punctuation", strings.ReplaceAll(base, " ", "  "), 0, 0},
		{"case folded", strings.ToUpper(base), 0, 0},
		{"one word changed", strings.Replace(base, "해마다", "매년", 1), 3, 0},
		{"unrelated", other, 64, 10},
	}
	for _, tt := range tests {
		g, ok := SimHash(tt.text)
		if !ok {
			t.Fatalf("%s: too short", tt.name)
		}
		if d := Distance(h, g); d > tt.maxDist || d < tt.minDist {
			t.Errorf("%s: distance %d, want %d..%d", tt.name, d, tt.minDist, tt.maxDist)
		}
	}
	if _, ok := SimHash("짧은 글이다."); ok {
		t.Error("short text fingerprinted")
	}
	// Within distance 3 always share a band key.
	for _, flip := range []uint64{0b111, 1<<15 | 1<<31 | 1<<47, 1<<63 | 1} {
		a, b := Bands(h), Bands(h^flip)
		shared := false
		for i := range a {
			shared = shared || a[i] == b[i]
		}
		if !shared {
			t.Errorf("flip %b: no shared band", flip)
		}
	}
}

func TestGramsIn(t *testing.T) {
	tests := []struct {
		term, text, form string
		want             bool
	}{
		{"코로나", "코로나 환자가 늘었다.", "코로나 환자가 늘었다", true},
		{"코로나", "칠레 코로미나스 광산, 아로나 항구", "칠레 코로미나스 광산 아로나 항구", false},
		{"코로나", "로나코로 축제", "로나코로 축제", false},
		{"반도체", "국내 반도체업계가", "국내 반도체업계가", true},
		{"반도체", "한반도 연구진의 초전도체", "한반도 연구진의 초전도체", false},
		{"반도체 투자", "반도체  투자를 (늘린다)", "반도체 투자를 늘린다", true},
		{"반도체 투자", "투자 반도체", "투자 반도체", false},
		{"삼성 법", "삼성, 법인 설립", "삼성 법인 설립", true},
		{"AI", "오픈 AI가", "오픈 ai가", true},
		{"...", "무엇이든", "무엇이든", false},
		{"ÉTÉ 2025", "Été_2025년, ＡＢ·Ωmega ㄱㄴ 中國\t٣", "été 2025년 ａｂ ωmega ㄱㄴ 中國 ٣", true},
		{"ωmega", "Ωmega", "ωmega", true},
	}
	for _, tt := range tests {
		form := GramForm(tt.text)
		if form != tt.form {
			t.Errorf("GramForm(%q) = %q, want %q", tt.text, form, tt.form)
		}
		if got := (&Term{Text: tt.term}).GramsIn(form); got != tt.want {
			t.Errorf("%q GramsIn %q = %v, want %v", tt.term, form, got, tt.want)
		}
	}
}
