package article

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkSections asserts the invariants every caller relies on: sections
// tile Text in order, each one is exactly its headline, subhead, caption,
// paragraph, byline or rights line, and captions point at their photo.
func checkSections(t testing.TB, a *Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) {
		t.Fatalf("Text is not valid UTF-8")
	}
	if !regexp.MustCompile(`^[0-9a-f]{16}$`).MatchString(a.ID) {
		t.Fatalf("ID %q is not 16 hex digits", a.ID)
	}
	var parts []string
	var subheads, body []string
	headline, prevEnd := "", -1
	for i, s := range a.Sections {
		if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End || s.Start <= prevEnd {
			t.Fatalf("section %d [%d,%d) out of order or range (text %d bytes)", i, s.Start, s.End, len(a.Text))
		}
		prevEnd = s.End
		span := a.Text[s.Start:s.End]
		parts = append(parts, span)
		switch s.Kind {
		case KindHeadline:
			headline = span
		case KindSubhead:
			subheads = append(subheads, span)
		case KindBody:
			body = append(body, span)
		case KindCaption:
			if s.Photo < 0 || s.Photo >= len(a.Photos) {
				t.Fatalf("caption section %d points at photo %d of %d", i, s.Photo, len(a.Photos))
			}
			p := a.Photos[s.Photo]
			if p.Caption != span || p.Section != i {
				t.Fatalf("caption section %d = %q, photo %d caption %q section %d", i, span, s.Photo, p.Caption, p.Section)
			}
		}
		if s.Kind != KindCaption && s.Photo != -1 {
			t.Fatalf("section %d (%s) has photo %d", i, s.Kind, s.Photo)
		}
	}
	if got := strings.Join(parts, "\n"); got != a.Text {
		t.Fatalf("sections joined by newlines differ from Text")
	}
	if headline != a.Headline || !slices.Equal(subheads, a.Subheads) || !slices.Equal(body, a.Body) {
		t.Fatalf("section spans disagree with Headline/Subheads/Body")
	}
	if a.Subheads == nil || a.Body == nil || a.Photos == nil || a.Byline.Names == nil || a.Byline.Emails == nil {
		t.Fatalf("list fields must be empty lists, not nil")
	}
	for i, p := range a.Photos {
		if p.Restrictions == nil {
			t.Fatalf("photo %d restrictions nil", i)
		}
	}
}

type wantPhoto struct {
	url, photographer, email, source, date string
	restrictions                           []string
}

func TestParseExamples(t *testing.T) {
	tests := []struct {
		file          string
		headline      string
		subheads      []string
		agency        string
		dateline      *Dateline
		names, emails []string
		rights        string
		published     string
		bodyCount     int
		bodyFirst     string // start of body[0]
		bodyLast      string // start of the last body paragraph
		photos        []wantPhoto
	}{
		{
			file:      "newsis-style.txt",
			headline:  "한빛전자 김민준 사장, 베트남行…'배터리 공장' 투자 결정 임박",
			subheads:  []string{"하노이 공장에 3000억원 추가 투자 검토", "현지 부품사와 공급 협약 맺을 듯", "'전고체 배터리' 협력도 거론"},
			agency:    "뉴시스",
			dateline:  &Dateline{Place: "서울", Agency: "뉴시스"},
			names:     []string{"이도윤"},
			emails:    []string{"dylee@newsis.com"},
			rights:    "Copyright © NEWSIS.COM, 무단 전재 및 재배포 금지",
			bodyCount: 8,
			bodyFirst: "[서울=뉴시스]이도윤 기자 = 김민준 한빛전자 사장이",
			bodyLast:  "증권가는 이번 투자가",
			photos: []wantPhoto{
				{"https://img1.newsis.com/2026/10/28/NISI20261028_0001234567_web.jpg?rnd=20261028101500", "박서연", "syeon@newsis.com", "한빛전자 제공", "2026-10-28", []string{}},
				{"https://img1.newsis.com/2026/11/24/NISI20261124_0001239876_web.jpg?rnd=20261124153000", "", "photo@newsis.com", "한빛전자 제공", "2026-11-24", []string{"재판매 금지", "DB 금지"}},
			},
		},
		{
			file:      "yonhap-style.txt",
			headline:  "서진건설·푸른에너지, 새만금 수소 단지에 5천억 공동 투자",
			subheads:  []string{},
			agency:    "연합뉴스",
			dateline:  &Dateline{Place: "서울", Agency: "연합뉴스"},
			names:     []string{"배소민"},
			emails:    []string{"smbae@yna.co.kr"},
			rights:    "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
			bodyCount: 8,
			bodyFirst: "(서울=연합뉴스) 배소민 기자 = 서진건설과 푸른에너지가",
			bodyLast:  "다만 업계 일각에서는",
			photos: []wantPhoto{
				{"https://img.example.co.kr/yna/2026/11/18/AKR20261118000100001_01_i.jpg", "한지우", "photo@yna.co.kr", "서진건설 제공", "2026-11-18", []string{"재판매 금지", "DB 금지"}},
			},
		},
		{
			file:      "edaily-style.md",
			headline:  `누리모빌리티, 부산서 자율주행 셔틀 시범운행…"내년 상용화"`,
			subheads:  []string{"해운대 일대 8km 구간서 석 달간 운행", "시리즈B 투자 450억원 유치도 마무리"},
			agency:    "이데일리",
			names:     []string{"정다은"},
			emails:    []string{},
			rights:    "<ⓒ종합 경제정보 미디어 이데일리 - 무단전재 & 재배포 금지>",
			bodyCount: 7,
			bodyFirst: "[이데일리 정다은 기자] 자율주행 스타트업",
			bodyLast:  "한 모빌리티업계 관계자는",
			photos: []wantPhoto{
				{"https://image.example.com/edaily/2026/11/03/nuri_shuttle_01.jpg", "", "", "누리모빌리티", "", []string{}},
			},
		},
		{
			file:      "news1-style.txt",
			headline:  "대성바이오, 美 제약사와 1조원 규모 기술수출 계약",
			subheads:  []string{"비만 치료제 후보물질 'DS-301' 글로벌 권리 이전"},
			agency:    "뉴스1",
			dateline:  &Dateline{Place: "서울", Agency: "뉴스1"},
			names:     []string{"문지호"},
			emails:    []string{"jhmoon@news1.kr"},
			rights:    "Copyright ⓒ 뉴스1. All rights reserved. 무단 전재 및 재배포, AI학습 이용 금지.",
			bodyCount: 8,
			bodyFirst: "(서울=뉴스1) 문지호 기자 = 대성바이오가",
			bodyLast:  "이날 대성바이오 주가는",
			photos: []wantPhoto{
				{"", "김하늘", "", "뉴스1", "2026-09-02", []string{}},
			},
		},
		{
			file:      "hankyung-style.txt",
			headline:  `푸른에너지, 울산 해상풍력 2단계 착공…"2029년 상업운전"`,
			subheads:  []string{"총사업비 2조3000억원…지역 기자재 업체 40곳 참여"},
			agency:    "한국경제",
			names:     []string{"이수현"},
			emails:    []string{"shlee@hankyung.com"},
			rights:    "ⓒ 한국경제 & hankyung.com, 무단전재 및 재배포 금지",
			bodyCount: 7,
			bodyFirst: "푸른에너지가 울산 앞바다에",
			bodyLast:  "에너지업계 관계자는",
			photos: []wantPhoto{
				{"https://img.example.com/hankyung/2026/11/13/windfarm_ulsan.jpg", "", "", "푸른에너지 제공", "", []string{}},
			},
		},
		{
			file:      "mt-style.txt",
			headline:  `정부, 반도체 소부장 펀드 2조원 조성…"공급망 위기 대응"`,
			subheads:  []string{},
			agency:    "머니투데이",
			dateline:  &Dateline{Place: "세종", Agency: "머니투데이"},
			names:     []string{"유재희"},
			emails:    []string{},
			rights:    "<저작권자 ⓒ '돈이 보이는 리얼타임 뉴스' 머니투데이, 무단전재 및 재배포 금지>",
			published: "2026-11-20",
			bodyCount: 7,
			bodyFirst: "정부가 반도체 소재·부품·장비(소부장) 기업을",
			bodyLast:  "업계에서는 펀드 규모가",
			photos:    []wantPhoto{},
		},
		{
			file:      "plain-wrapped.txt",
			headline:  "시청 앞 광장에 첫 '야간 책 장터'…사흘간 3만명 몰려",
			subheads:  []string{},
			names:     []string{"송민호"},
			emails:    []string{"mhsong@example.co.kr"},
			bodyCount: 6,
			bodyFirst: "지난 주말 시청 앞 광장에서 처음 열린 야간 책 장터에 사흘 동안 3만명이 넘는",
			bodyLast:  "한편 시는 장터 기간 광장 주변 상인들의 매출도 함께 늘어난 것으로 보고 있다.",
			photos:    []wantPhoto{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join(repoRoot(t), "examples", tc.file)
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse("examples/"+tc.file, raw)
			if err != nil {
				t.Fatal(err)
			}
			checkSections(t, a)
			if a.Source != "examples/"+tc.file || a.Language != "ko" {
				t.Errorf("source %q language %q", a.Source, a.Language)
			}
			if a.Headline != tc.headline {
				t.Errorf("headline = %q, want %q", a.Headline, tc.headline)
			}
			if !slices.Equal(a.Subheads, tc.subheads) {
				t.Errorf("subheads = %q, want %q", a.Subheads, tc.subheads)
			}
			if a.Agency != tc.agency {
				t.Errorf("agency = %q, want %q", a.Agency, tc.agency)
			}
			if (a.Dateline == nil) != (tc.dateline == nil) || a.Dateline != nil && *a.Dateline != *tc.dateline {
				t.Errorf("dateline = %+v, want %+v", a.Dateline, tc.dateline)
			}
			if !slices.Equal(a.Byline.Names, tc.names) || !slices.Equal(a.Byline.Emails, tc.emails) {
				t.Errorf("byline = %+v, want names %q emails %q", a.Byline, tc.names, tc.emails)
			}
			if a.Rights != tc.rights {
				t.Errorf("rights = %q, want %q", a.Rights, tc.rights)
			}
			if a.Published != tc.published {
				t.Errorf("published = %q, want %q", a.Published, tc.published)
			}
			if len(a.Body) != tc.bodyCount {
				t.Fatalf("%d body paragraphs, want %d: %q", len(a.Body), tc.bodyCount, a.Body)
			}
			if !strings.HasPrefix(a.Body[0], tc.bodyFirst) || !strings.HasPrefix(a.Body[len(a.Body)-1], tc.bodyLast) {
				t.Errorf("body starts %q … last %q", a.Body[0], a.Body[len(a.Body)-1])
			}
			if len(a.Photos) != len(tc.photos) {
				t.Fatalf("%d photos, want %d", len(a.Photos), len(tc.photos))
			}
			for i, w := range tc.photos {
				p := a.Photos[i]
				got := wantPhoto{p.URL, p.Photographer, p.Email, p.Source, p.Date, p.Restrictions}
				if got.url != w.url || got.photographer != w.photographer || got.email != w.email || got.source != w.source ||
					got.date != w.date || !slices.Equal(got.restrictions, w.restrictions) {
					t.Errorf("photo %d = %+v, want %+v", i, got, w)
				}
				// A caption repeated after its image is one photo, in Text once.
				if n := strings.Count(a.Text, p.Caption); p.Caption != "" && n != 1 {
					t.Errorf("photo %d caption appears %d times in Text", i, n)
				}
				for _, b := range a.Body {
					if b == p.Caption {
						t.Errorf("photo %d caption is also a body paragraph", i)
					}
				}
			}
		})
	}
}

// repoRoot finds the module root from the package directory, so the test
// works wherever the checkout lives.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the package directory")
		}
		dir = parent
	}
}

func TestParseBadInput(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 64)...)
	tests := []struct {
		name string
		raw  []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"white space only", []byte(" \r\n\t\n  \n"), ErrEmpty},
		{"BOM only", []byte("\xEF\xBB\xBF\n"), ErrEmpty},
		{"binary png", png, ErrBinary},
		{"NUL heavy", bytes.Repeat([]byte("가\x00\x00"), 100), ErrBinary},
		{"latin-1 not korean", []byte("caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la fran\xe7aise"), ErrEncoding},
		{"punctuation only", []byte("...\n---\n!!!"), ErrNoText},
		{"too large", bytes.Repeat([]byte("가나다라마바사. "), (MaxBytes/22)+1), ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse("examples/x.txt", tc.raw)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v (article %v), want %v", err, a != nil, tc.want)
			}
			if !strings.HasPrefix(err.Error(), "examples/x.txt: ") || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q must be one line naming the source", err)
			}
		})
	}
}

// TestParse50MB feeds a 50 MB generated file: it must be refused at once
// with a clear error rather than parsed into a giant "article".
func TestParse50MB(t *testing.T) {
	raw := bytes.Repeat([]byte("한빛전자가 새 공장을 짓는다.\n"), 50<<20/40)
	_, err := Parse("big.txt", raw)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "big.txt: too large for one article") {
		t.Fatalf("err = %v", err)
	}
}

// TestParseLongArticle checks that a long article under the limit (about
// 1 MB, one paragraph per line) parses completely.
func TestParseLongArticle(t *testing.T) {
	var b strings.Builder
	b.WriteString("긴 기사 제목\n")
	para := strings.Repeat("김민준 한빛전자 사장은 지난 10일 3000억원 규모의 투자를 발표했다. ", 8)
	for b.Len() < 1<<20 {
		b.WriteString(para + "\n")
	}
	a, err := Parse("long.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	checkSections(t, a)
	if a.Headline != "긴 기사 제목" || len(a.Body) < 1000 {
		t.Fatalf("headline %q, %d paragraphs", a.Headline, len(a.Body))
	}
}

// TestParseAdversarial parses inputs near the size limit built to trip
// quadratic code: one huge hard-wrapped block, thousands of unmatched
// image openers, thousands of byline and rights lines. They must finish
// (a quadratic path would take minutes) with consistent sections.
func TestParseAdversarial(t *testing.T) {
	wrapped := "제목\n\n" + strings.Repeat("한빛전자 김민준 사장은 지난 10일 베트남 하노이에서\n", 40000)
	tests := []struct {
		name  string
		in    string
		check func(*Article) bool
	}{
		{"one wrapped block", wrapped, func(a *Article) bool { return len(a.Body) == 1 }},
		{"unmatched image openers", "제목\n" + strings.Repeat("![[[[", 400000), func(a *Article) bool { return len(a.Body) == 1 }},
		{"many bylines", "제목\n" + strings.Repeat("홍길동 기자 gildong@example.co.kr\n", 50000), func(a *Article) bool {
			return len(a.Byline.Emails) == 1 && len(a.Byline.Names) == 1
		}},
		{"many rights lines", "제목\n" + strings.Repeat("ⓒ 한국경제 & hankyung.com\n", 50000), func(a *Article) bool { return a.Agency == "한국경제" }},
		{"many images", "제목\n" + strings.Repeat("![사진 설명. (사진=독자 제공) 2025.1.2.](https://example.com/p.jpg)\n", 40000), func(a *Article) bool {
			return len(a.Photos) == 40000 && a.Photos[0].Source == "독자 제공"
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse("adv.txt", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			checkSections(t, a)
			if !tc.check(a) {
				t.Errorf("unexpected result: %d body, %d photos, agency %q", len(a.Body), len(a.Photos), a.Agency)
			}
		})
	}
}
