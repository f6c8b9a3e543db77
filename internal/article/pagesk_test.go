package article

import "testing"

// pagesKCases are invented articles (TestForms parses them) reproducing
// layouts met on outlets the development pages do not hold: skip links led
// by the site's name or written without spaces, a government site's banner
// and its channel notice, listed stories with their own timestamps under
// the byline, a list widget whose first item a promotion filter dropped,
// an outlet's bracket signed by a desk, a site named by "뉴스" and a word,
// a caption closed by a bracketed photo credit above the story, the site's
// name between the title and the story, a line listing items by
// triangles, and a byline of two reporters, the second filing from a place,
// with the page's timestamp after a bar.
func pagesKCases() []formCase {
	return []formCase{
		{file: "skip-links-outlet.txt", headline: `'장부 조작' 전직 공무원 첫 재판 출석 "혐의 부인"`,
			body:  []string{"(한빛=한빛뉴스) 나은별 기자 =", "전직 공무원 A(52)씨는", "A씨 변호인은"},
			names: []string{"나은별"}, agency: "한빛뉴스", dateline: &Dateline{Place: "한빛", Agency: "한빛뉴스"}, published: "2023-05-02"},
		{file: "gov-banner.txt", headline: "한빛청, 여름철 물놀이 안전수칙 안내",
			body: []string{"한빛청은 여름철을 맞아"}, published: "2024-07-05"},
		{file: "listed-tail.txt", headline: "한빛시 아파트 화재…주민 2명 대피",
			body: []string{"한빛시 한 아파트에서", "소방당국은"}, names: []string{"나은별"}, emails: []string{"star@hanbitilbo.kr"}},
		{file: "widget-promo.txt", headline: "한빛시, 청년 주택 500호 공급", body: []string{"한빛시는 청년 주택", "시는 다음 달부터"}, published: "2024-03-05"},
		{file: "desk-bracket.txt", body: []string{"[한빛스포츠뉴스=연예부] 배우 도담의", "소속사 측은"},
			emails: []string{"enter@hanbitsports.kr"}, agency: "한빛스포츠뉴스"},
		{file: "caption-news-led.txt", body: []string{"[뉴스한빛=나은별 기자] 가수 도담이", "도담의 소속사는"},
			names: []string{"나은별"}, agency: "뉴스한빛", published: "2022-10-07", photos: 1},
		{file: "outlet-under-title.txt", headline: "한빛시, 재판부 지적에 공소장 변경 신청", body: []string{"이른바", "재판부는"}},
		{file: "triangle-list-signoff.txt", headline: "한빛-새봄, 보건·문화 등 협약 3건 체결",
			body: []string{"양국 장관은", "△한빛 보건 협력 협약", "보건 협력 협약은"}, names: []string{"나은별"}, agency: "뉴스한빛"},
		{file: "two-reporters-stamp.txt", headline: "한빛-새봄 정상회담…'전략적 동반자 관계' 격상",
			body: []string{"새봄국을 방문 중인", "두 정상은"}, names: []string{"나은별", "한결"}, agency: "한빛일보",
			dateline: &Dateline{Place: "새봄", Agency: "한빛일보"}, published: "2021-11-03"},
	}
}

// TestToolbarLineForms checks the skip-link rows a page opens with: led by
// the site's name, or with the words of a link run together, while a line
// with one ordinary word among the links is no toolbar.
func TestToolbarLineForms(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"한빛뉴스 본문 바로가기 메뉴 바로가기", true},
		{"본문바로가기 메뉴바로가기 전체메뉴 바로가기", true},
		{"한빛뉴스 청년 주택 바로가기", false},
		{"한빛뉴스", false},
	} {
		if got := toolbarLine(tc.line); got != tc.want {
			t.Errorf("toolbarLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestOutletWordForms checks outlet names with no outlet ending: led by
// "뉴스", or with the site's number after the name; a place and the bare
// word "뉴스" are none.
func TestOutletWordForms(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"뉴스한빛", true},
		{"한빛뉴스24", true},
		{"뉴스룸", false},
		{"뉴스", false},
		{"한빛", false},
	} {
		if got := outletWord(tc.word); got != tc.want {
			t.Errorf("outletWord(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
	if c, ok := parseByline("[한빛뉴스TV 제공]"); ok {
		t.Errorf("a picture credit read as a byline: %+v", c)
	}
	for _, line := range []string{"한빛일보 사회부 나은별 기자", "[한빛일보 정치부 나은별 기자]"} {
		if c, ok := parseByline(line); !ok || len(c.names) != 1 || c.names[0] != "나은별" || c.agency != "한빛일보" {
			t.Errorf("%q: %+v %v, want 나은별 of 한빛일보 (the desk is no name)", line, c, ok)
		}
	}
}
