package article

import (
	"slices"
	"strings"
	"testing"
)

// TestGluedTitle parses pages whose headline, byline, timestamp, toolbar
// and body came glued into one line, and checks the parts come apart.
func TestGluedTitle(t *testing.T) {
	tests := []struct {
		name, page          string
		headline, published string
		names               []string
		body                []string // the start of each body paragraph
	}{
		{name: "photo page in one line",
			page: "정치 사회 [포토] 한빛시장, 수해 현장 점검 홍길동 기자 입력 2018-10-30 13:00 수정 2018-10-30 14:00 " +
				"기사 읽어주기 다시듣기 글자크기 설정 시 다른 기사에도 같이 적용됩니다. 가 가 가 프린트 공유하기 " +
				"https://www.example.co.kr/news/1 URL 복사 댓글 0 한결 시장이 30일 수해 현장을 둘러보고 있다. 시는 복구 인력 300명을 투입했다.\n",
			headline: "[포토] 한빛시장, 수해 현장 점검", published: "2018-10-30", names: []string{"홍길동"},
			body: []string{"한결 시장이 30일"}},
		{name: "program page with a leading month",
			page: " date 2019-03 한빛 가요제 본선 진출팀 발표 주말연예 입력 2019.03.04 (09:30)\n" +
				"한빛 가요제 본선에 오를 열두 팀이 4일 발표됐다.\n주최 측은 다음 달 본선을 연다고 밝혔다.\n",
			headline: "한빛 가요제 본선 진출팀 발표 주말연예", published: "2019-03-04",
			body: []string{"한빛 가요제 본선에", "주최 측은"}},
		{name: "title and timestamp only",
			page:     "한빛군, 봄꽃 축제 개막 등록 2021.04.02 10:15 수정 2021.04.02 11:00\n한빛군은 2일 봄꽃 축제를 열었다.\n",
			headline: "한빛군, 봄꽃 축제 개막", published: "2021-04-02", body: []string{"한빛군은 2일"}},
		{name: "a timestamp without the time",
			page: "사회 [포토] 한빛역 광장 새 단장 서하늘 기자 입력 2017-05-02 수정 2017-05-03 공유하기 댓글 0 " +
				"시민들이 2일 새로 단장한 한빛역 광장을 걷고 있다. 시는 광장에 나무 200그루를 심었다.\n",
			headline: "[포토] 한빛역 광장 새 단장", published: "2017-05-02", names: []string{"서하늘"},
			body: []string{"시민들이 2일"}},
		{name: "a date in prose is no timestamp",
			page:     "한빛군 봄꽃 축제\n\n군은 축제 참가 신청을 접수 등록 2021.04.02 10:00부터 받는다고 밝혔다.\n",
			headline: "한빛군 봄꽃 축제", body: []string{"군은 축제 참가 신청을"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse("glued.txt", []byte(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			checkSections(t, a)
			if a.Headline != tc.headline || a.Published != tc.published || !slices.Equal(a.Byline.Names, orEmpty(tc.names)) {
				t.Errorf("headline %q published %q names %q, want %q %q %q", a.Headline, a.Published, a.Byline.Names,
					tc.headline, tc.published, tc.names)
			}
			if len(a.Body) != len(tc.body) {
				t.Fatalf("body %q, want %d paragraphs", a.Body, len(tc.body))
			}
			for i, b := range tc.body {
				if !strings.HasPrefix(a.Body[i], b) {
					t.Errorf("body[%d] = %q, want it to start %q", i, a.Body[i], b)
				}
			}
		})
	}
}

// TestSplitGlued checks where a glued line is cut, and that other lines
// are left whole.
func TestSplitGlued(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"[포토] 제목 한 줄 홍길동 기자 입력 2018-10-30 13:00 수정 2018-10-30 14:00 댓글 0 본문이 시작된다.",
			[]string{"[포토] 제목 한 줄", "홍길동 기자 입력 2018-10-30 13:00 수정 2018-10-30 14:00", "댓글 0", "본문이 시작된다."}},
		{"입력 2020-05-01 10:00 수정 2020-05-01 11:00", nil},          // a timestamp line stays one
		{"홍길동 기자 입력 2020-05-01 10:00", nil},                       // so does a byline beside it
		{"시는 올해 신청을 받았다. 등록 2020.05.01 10:00 이후 접수분은 제외된다.", nil}, // prose before it
		{"신청은 입력 2020-05-01 부터 받는다", nil},                         // no time: a date in prose
	}
	for _, tc := range tests {
		if got := splitGlued(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("splitGlued(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzSplitGlued feeds arbitrary lines to splitGlued: it must never panic,
// give no empty part and lose nothing but spaces.
func FuzzSplitGlued(f *testing.F) {
	for _, s := range []string{
		"[포토] 제목 홍길동 기자 입력 2018-10-30 13:00 수정 2018-10-30 14:00 가 가 댓글 0 본문이다.",
		" date 2019-03 제목 프로그램 입력 2019.03.04 (09:30)", "입력 2020-05-01 10:00", "등록|2023.11.07 17:59 수정|2023.11.07 17:59 x",
		"제목 입력 2018-10-30 13:00 기사 읽어주기 설정. 본문.", "2018-06 입력 2018.06.11 (11:56) https://e.kr 0",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = cleanLine(strings.ToValidUTF8(s, ""))
		parts := splitGlued(s)
		if parts == nil {
			return
		}
		for _, p := range parts {
			if strings.TrimSpace(p) == "" {
				t.Fatalf("splitGlued(%q) gave an empty part: %q", s, parts)
			}
		}
		if got := foldSpace(strings.Join(parts, "")); got != foldSpace(s) {
			t.Fatalf("splitGlued(%q) = %q loses text", s, parts)
		}
	})
}

func TestSplitScript(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"앵커> 비가 많이 내렸습니다. 리포트> 하천이 넘쳤습니다. 기자> 현장에서 전해드렸습니다.",
			[]string{"앵커>", "비가 많이 내렸습니다.", "리포트>", "하천이 넘쳤습니다.", "기자>", "현장에서 전해드렸습니다."}},
		{"[앵커] 비가 많이 내렸습니다. [기자] 하천이 넘쳤습니다. [인터뷰 : 도담 / 주민] \"무서웠어요.\"",
			[]string{"[앵커]", "비가 많이 내렸습니다.", "[기자]", "하천이 넘쳤습니다.", "[인터뷰 : 도담 / 주민]", "\"무서웠어요.\""}},
		{"하천이 넘쳤습니다. 기자> 현장에서 전해드렸습니다.", []string{"하천이 넘쳤습니다.", "기자>", "현장에서 전해드렸습니다."}},
		// A headline's label, a label inside a sentence and a lone label stay.
		{"[인터뷰] 신인 작곡가 서하늘의 첫 무대", nil},
		{"한빛시는 [기자] 회견을 열었다.", nil},
		{"[앵커]", nil},
		{"[단독] 한빛시, 예산 삭감했다. [포토] 사진", nil},
	}
	for _, c := range cases {
		if got := splitScript(c.in); !slices.Equal(got, c.want) {
			t.Errorf("splitScript(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestSplitCaptions(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"회원들이 5일 시청 앞에서 구호를 외치고 있다. 사진=도담 기자 대표가 5일 회견문을 읽고 있다. 사진=도담 기자",
			[]string{"회원들이 5일 시청 앞에서 구호를 외치고 있다. 사진=도담 기자", "대표가 5일 회견문을 읽고 있다. 사진=도담 기자"}},
		{"새 청사 전경입니다. 2025.3.5/한빛뉴스 © 한빛뉴스 도담 기자 시장이 5일 인사말을 하고 있다. 2025.3.5/한빛뉴스 © 한빛뉴스 도담 기자",
			[]string{"새 청사 전경입니다. 2025.3.5/한빛뉴스 © 한빛뉴스 도담 기자", "시장이 5일 인사말을 하고 있다. 2025.3.5/한빛뉴스 © 한빛뉴스 도담 기자"}},
		// One caption, or prose after the credits, stays whole.
		{"회원들이 5일 시청 앞에서 구호를 외치고 있다. 사진=도담 기자", nil},
		{"회원들이 구호를 외치고 있다. 사진=도담 기자 대표가 회견문을 읽고 있다. 사진=도담 기자 시는 답하지 않았다.", nil},
	}
	for _, c := range cases {
		if got := splitCaptions(c.in); !slices.Equal(got, c.want) {
			t.Errorf("splitCaptions(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestCaptionNotRights(t *testing.T) {
	cases := []struct {
		in              string
		caption, rights bool
		kicker          bool
	}{
		{"시장이 5일 인사말을 하고 있다. 2025.3.5/한빛뉴스 © 한빛뉴스 도담 기자", true, false, false},
		{"ⓒ 한빛뉴스, 무단 전재 및 재배포 금지", false, true, false},
		{"COVER STORY", false, false, true},
		{"BTS", false, false, false},
		{"Korea's new plan", false, false, false},
	}
	for _, c := range cases {
		f := measureLine(c.in)
		if f.caption != c.caption || f.rights != c.rights || f.kicker != c.kicker {
			t.Errorf("measureLine(%q): caption %v rights %v kicker %v, want %v %v %v", c.in, f.caption, f.rights, f.kicker, c.caption, c.rights, c.kicker)
		}
	}
}
