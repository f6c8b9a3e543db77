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
	forms, _ := filepath.Glob(filepath.Join("testdata", "forms", "*.txt"))
	files = append(files, forms...)
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

// FuzzLineFeatures feeds arbitrary lines to the classifier's feature and
// label stages: they must never panic, a page date they read must be a
// real day, and every line must get exactly one label.
func FuzzLineFeatures(f *testing.F) {
	for _, s := range []string{
		"입력 2025.04.07 10:31", "입력 | 2022-06-02 10:03   수정 | 2022-06-02 10:05", "2025년 04월 13일 일요일",
		"홍길동 / 2022-09-05 17:29:08", "MBC NEWS 김철웁니다.\"", "mbc뉴스 박영훈입니다.///", "◀INT▶도담 *주민*",
		"▶ 인터뷰 : 한결 / 시장", "【 앵커멘트 】", "CG - 1]", "(서울=연합뉴스) 홍길동기자", "[한빛신문 서하늘]",
		"☞공감언론 뉴시스a@newsis.com <저작권자ⓒ 공감언론 뉴시스통신사>", "▲ 축사 |", "#a #b",
		"https://e.com/2016/07/04/20160704500012 URL 복사", "AKR20250230000100001", "입력 2025.02.30",
		"전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.\n요약.\n(예시) 데모", "많이 본 뉴스\n제목 하나\n제목 둘",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines := splitLines(strings.ToValidUTF8(s, ""))
		fs := measure(lines)
		labels := classify(lines, fs, "")
		if len(labels) != len(lines) {
			t.Fatalf("%d labels for %d lines", len(labels), len(lines))
		}
		for i := range fs {
			if d := fs[i].date.date; d != "" && isoDate(d[:4], d[5:7], d[8:]) != d {
				t.Fatalf("line %q: page date %q is not a real day", lines[i].text, d)
			}
			if d := urlDate(fs[i].text).date; d != "" && isoDate(d[:4], d[5:7], d[8:]) != d {
				t.Fatalf("line %q: URL date %q is not a real day", lines[i].text, d)
			}
			if labels[i] == labelText {
				t.Fatalf("line %q left undecided", lines[i].text)
			}
		}
	})
}
