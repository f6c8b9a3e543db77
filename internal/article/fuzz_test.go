package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary bytes to Parse and FromParts: they must never
// panic, and whatever they accept must satisfy the section invariants.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "*"))
	for _, p := range files {
		if raw, err := os.ReadFile(p); err == nil {
			f.Add(raw)
		}
	}
	for _, s := range []string{
		"", "\xEF\xBB\xBF", "\xFF\xFE", "\xFF\xFEa\x00", "제목\r\n본문이다.", "![", "![[", "![](", "![a](b)\n![a](b)\na",
		"![[서울=뉴시스] 홍길동 기자 = 사진. (사진=X) 2025.02.30. a@b.co *재판매 및 DB 금지](u)",
		"[서울=뉴시스]", "(=)", "[=]기자 =", "# \n## \n", "**\n**", "◎공감언론 뉴시스", "입력 2025.1.1",
		"ⓒ", "a@b.co", "제목\n\n첫 줄이 길게 이어지는 문단의 첫 번째 줄이고\n둘째 줄\n\n다음 문단의 첫 줄도 길게 이어지고 있는데\n끝.",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := Parse("fuzz.txt", raw)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.txt: ") {
				t.Fatalf("error does not name the source: %v", err)
			}
		} else {
			checkSections(t, a)
		}
		// The first line as title and the rest as body, the way the
		// JSON Lines and HTML readers call FromParts.
		title, body, _ := strings.Cut(string(raw), "\n")
		if b, err := FromParts(Meta{Source: "fuzz", Title: title, Published: title, Author: title}, body); err == nil {
			checkSections(t, b)
		}
	})
}

func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "*"))
	if len(files) == 0 {
		b.Skip("no examples")
	}
	var inputs [][]byte
	size := 0
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, raw)
		size += len(raw)
	}
	b.SetBytes(int64(size / len(inputs)))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Parse("bench", inputs[i%len(inputs)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseLarge parses a 1 MB article to show the cost stays linear
// in the input size.
func BenchmarkParseLarge(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("긴 기사 제목\n")
	para := strings.Repeat("김민준 한빛전자 사장은 지난 10일 3000억원 규모의 투자를 발표했다. ", 8)
	for sb.Len() < 1<<20 {
		sb.WriteString(para + "\n")
	}
	raw := []byte(sb.String())
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("large", raw); err != nil {
			b.Fatal(err)
		}
	}
}
