package article

import (
	"strings"
	"testing"
)

// freshCases are invented articles (TestForms parses them) reproducing
// layouts met on outlets the development pages do not hold: a byline with the link and
// tip lines a page glues to it, a labelled byline ("기자명 …") signed by a
// desk, a section menu written as bare words with a breadcrumb over a
// quoted title, a caption closed by "/ … 갈무리", captions marked by a lone
// triangle (one signed by a bare name), a rule of "=" between blocks,
// subheads set between dashes above a tagged title that holds a sentence,
// list-item subheads under the timestamps, a short title shown twice over
// a bulleted author and timestamp, a photo page whose credit stands on the
// line under the caption, above a list of other stories, a lead opened by
// its outlet's name alone in brackets, a translated column under the page's
// date with a Latin byline and a lone picture credit ("ⓒHanbitsoft"), a
// title shown first with its section's name before it.
func freshCases() []formCase {
	return []formCase{
		{file: "tailed-byline.txt", headline: `'한빛가요제' 도담 "무대에 다시 서니 꿈만 같아"`,
			body:  []string{"[한빛데일리 나은별 기자] 가수 도담이", "4일 오전", "[한빛데일리 나은별 기자 news@"},
			names: []string{"나은별"}, emails: []string{"news@hanbitdaily.kr", "info@hanbitdaily.kr"}, agency: "한빛데일리",
			published: "2021-03-04", photos: 0},
		{file: "label-byline.txt", headline: "한빛시 청년 창업 공간 문 열어", body: []string{"한빛시가 청년 창업가를"},
			emails: []string{"desk@hanbitnews.kr"}, agency: "한빛신문", rights: "저작권자 © 한빛신문 무단전재 및 재배포 금지"},
		{file: "word-menu.txt", headline: `한빛포털 "유료 구독자 100만명…연말 150만명 목표"`,
			body: []string{"한빛포털은 기사 요약봇", "요약봇은 기사 본문을"}, photos: 1},
		{file: "framed-subheads.txt", headline: "[지역핫뉴스]새봄시 살리러 기자단이 떴다. 찰칵찰칵!",
			subheads: []string{"한빛도 청년 기자단 해단식, 1년 활동 마무리", "새봄시 상권 살리기 팸투어도"},
			body:     []string{"[한빛=한빛타임즈 나은별 기자]한빛도는", "기자단은 올해"}, names: []string{"나은별"},
			emails: []string{"star@hanbittimes.kr"}, agency: "한빛타임즈", dateline: &Dateline{Place: "한빛", Agency: "한빛타임즈"},
			published: "2019-11-17"},
		{file: "bullet-subheads.txt", headline: "'한빛박람회 2024' 개막…첨단 소재 한자리에 [한빛뉴스 현장]",
			subheads: []string{"'경계 없는 소재' 주제로 300여개 기업 참가", "국내외 소재 기업 대거 참여"},
			body:     []string{"[서울=한빛뉴스] 도담 기자 =", "주최 측은"}, names: []string{"도담"}, agency: "한빛뉴스",
			dateline: &Dateline{Place: "서울", Agency: "한빛뉴스"}, published: "2024-03-05"},
		{file: "listed-author.txt", headline: "시조에 대하여", body: []string{"나은별 선생은", "시조는 고려 말에"},
			names: []string{"나은별"}, published: "2011-03-02"},
		{file: "photo-cells.txt", headline: "빗속의 한빛천 산책로 풍경", photos: 1, names: []string{"나은별"}, emails: []string{"star@hanbitilbo.kr"}},
		{file: "outlet-lead.txt", body: []string{"[한빛뉴스통신] 한빛·새봄", "한빛시는 기자단"}, agency: "한빛뉴스통신"},
		{file: "translated-column.txt", headline: `칼럼ㅣ접는 노트북이 바꿀 책상 위 풍경··· "생산성의 새 기준"`,
			body: []string{"접는 노트북은", "오는 6월", "이 제품은"}, names: []string{"Jane Doe"}, agency: "Hanbit Weekly",
			published: "2021-05-11"},
		{file: "section-title.txt", headline: "한빛천 벚꽃길 한적한 평일 오후", body: []string{"꽃놀이 철이지만"},
			names: []string{"나은별"}, emails: []string{"star@hanbitone.kr"}},
		{file: "triangle-alone.txt", headline: "한빛군, 새 복지관 문 열어",
			body: []string{"한빛군은 12일", "복지관에는", "이날 인사 발령은", "▲기획실장 도담", "▲총무과장 한결", "군은 다음 달부터", "복지관 운영 시간은"}, photos: 2},
	}
}

// TestTrianglePhotographer checks that a lone triangle caption signed by a
// bare name after its sentence credits that name, and that a place closing
// it does not.
func TestTrianglePhotographer(t *testing.T) {
	for _, tc := range []struct{ caption, photographer string }{
		{"12일 복지관 앞에서 개관식이 열렸다. 나은별", "나은별"},
		{"12일 복지관 앞에서 개관식이 열렸다. 한빛군", ""},
		{"한빛군 복지관 전경. 나은별", ""},
		{"비가 내린 3일 시민들이 걷고 있다. /나은별 기자 star@hanbitilbo.kr", "나은별"},
	} {
		if got := parsePhoto("", tc.caption).Photographer; got != tc.photographer {
			t.Errorf("%q: photographer %q, want %q", tc.caption, got, tc.photographer)
		}
	}
}

// TestBracketDesk checks byline brackets whose place names a regional desk:
// an outlet ending in "타임즈" after the place, and an outlet's short name
// before its desk.
func TestBracketDesk(t *testing.T) {
	for _, tc := range []struct {
		in           string
		agency, name string
		place        string
	}{
		{"[경북=한빛타임즈 나은별 기자]", "한빛타임즈", "나은별", "경북"},
		{"[헤럴드 대구경북=나은별 기자]", "헤럴드경제", "나은별", "대구경북"},
		{"[경기 수원=나은별 기자]", "", "나은별", "경기 수원"},
	} {
		c, ok := parseByline(tc.in)
		if !ok || c.agency != tc.agency || len(c.names) != 1 || c.names[0] != tc.name || c.dateline == nil || c.dateline.Place != tc.place {
			t.Errorf("%q: %+v %v, want %s %s %s", tc.in, c, ok, tc.agency, tc.name, tc.place)
		}
	}
	if _, ok := bracketByline("[포토뉴스] 한빛시청 앞 광장에서 시민들이 새해 첫 해돋이를 보며 소원을 빌고 있다."); ok {
		t.Error("a [포토뉴스] tag read as the outlet of a lead")
	}
	if !slashCredited("한빛군 기자단이 축제장에서 단체 사진을 찍고 있다(한빛군 제공)") {
		t.Error("a caption closed by (… 제공) right after 있다 is no caption")
	}
}

// TestWireLeadGlued checks that a wire lead glued after a page's
// subscribe buttons and a photo caption is cut from them, and that a
// dateline quoted inside a sentence is not.
func TestWireLeadGlued(t *testing.T) {
	got := splitWireLead("나은별기자 구독 구독중 이전 다음 이미지 확대 한빛천 산책 인파 [연합뉴스 자료 사진] (한빛=연합뉴스) 나은별 기자 = 휴일인 3일 한빛천에 시민들이 몰렸다.")
	want := []string{"한빛천 산책 인파 [연합뉴스 자료 사진]", "(한빛=연합뉴스) 나은별 기자 = 휴일인 3일 한빛천에 시민들이 몰렸다."}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("splitWireLead = %q, want %q", got, want)
	}
	if got := splitWireLead("그는 (한빛=연합뉴스) 나은별 기자 = 라는 문구를 읽었다."); got != nil {
		t.Errorf("a quoted dateline was cut: %q", got)
	}
	if !archiveCreditRe().MatchString("한빛천 산책 인파 [연합뉴스 자료 사진]") {
		t.Error("a caption closed by [… 자료 사진] is no caption")
	}
}

// TestBracketSeparator checks byline brackets that part the outlet from
// the reporter with a bar: ASCII, full-width, or the Hangul vowel "ㅣ"
// some sites set in its place, with or without spaces around it. The word
// before the bar is the outlet even when no outlet ending marks it.
func TestBracketSeparator(t *testing.T) {
	for _, tc := range []struct{ in, agency string }{
		{"[한빛ㅣ나은별 기자] 한빛시가 3일 새 도서관을 열었다.", "한빛"},
		{"[한빛 ㅣ 나은별 기자] 한빛시가 3일 새 도서관을 열었다.", "한빛"},
		{"[한빛뉴스|나은별 기자] 한빛시가 3일 새 도서관을 열었다.", "한빛뉴스"},
		{"[한빛뉴스｜나은별 기자] 한빛시가 3일 새 도서관을 열었다.", "한빛뉴스"},
	} {
		c, ok := bracketByline(tc.in)
		if !ok || c.agency != tc.agency || len(c.names) != 1 || c.names[0] != "나은별" {
			t.Errorf("%q: %+v %v, want %s 나은별", tc.in, c, ok, tc.agency)
		}
	}
}

// TestWireTag checks that an aggregator's wire tag of capitals alone on a
// line over the lead (past a caption) goes, while capitals over a
// paragraph with no byline or dateline stay in the body.
func TestWireTag(t *testing.T) {
	for _, tc := range []struct {
		text, first string
	}{
		{"2025-08-17\nYNA\n해운대 피서 인파 [한빛통신 자료 사진]\n(부산=한빛통신) 나은별 기자 = 휴일인 17일 해수욕장마다 피서 인파로 북적였다.\n\n해수욕장 관리사무소는 이날 방문객이 많았다고 밝혔다.",
			"(부산=한빛통신) 나은별 기자 = 휴일인 17일"},
		{"한빛시 여름 축제 열려\n\nABC\n한빛시는 17일 여름 축제를 열었다고 밝혔다.\n\n축제에는 시민 3천명이 참가했다.",
			"ABC"},
	} {
		a, err := Parse("tag.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Body) == 0 || !strings.HasPrefix(a.Body[0], tc.first) {
			t.Errorf("body %q, want it to open with %q", a.Body, tc.first)
		}
	}
}
