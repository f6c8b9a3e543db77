package article

import (
	"slices"
	"testing"
)

func TestPeelTrailers(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"시의회는 다음 달 임시회에서 나머지 안건을 다루기로 했다. 남은 안건은 6건이다. 도담기자 dodam@hanbit.kr",
			[]string{"시의회는 다음 달 임시회에서 나머지 안건을 다루기로 했다. 남은 안건은 6건이다.", "도담기자 dodam@hanbit.kr"}},
		{"공장은 내년 봄 완공된다.공사비는 300억원이다. 서하늘 기자 sky@hanbit.co.kr한빛TV 핫뉴스ㆍ첫 소식ㆍ둘째 소식ⓒ 한빛TV, 무단 전재 금지",
			[]string{"공장은 내년 봄 완공된다. 공사비는 300억원이다.", "서하늘 기자 sky@hanbit.co.kr", "한빛TV 핫뉴스", "첫 소식", "둘째 소식", "ⓒ 한빛TV, 무단 전재 금지"}},
		{"시장이 피해 농가를 찾아 복구 작업을 살피고 있다고 시가 밝혔다. 2019.1.14한빛일보 Copyright ⓒ 새봄신문. All rights reserved.",
			[]string{"시장이 피해 농가를 찾아 복구 작업을 살피고 있다고 시가 밝혔다.", "Copyright ⓒ 새봄신문. All rights reserved."}},
		// A caption keeps its credit, and "ⓒ 홍길동" credits a photographer.
		{"한빛환경연대 회원들이 11일 시청 앞에서 기자회견을 열고 하천 정비 계획을 다시 세우라고 있다. ⓒ 나은별",
			[]string{"한빛환경연대 회원들이 11일 시청 앞에서 기자회견을 열고 하천 정비 계획을 다시 세우라고 있다. ⓒ 나은별"}},
		{"시장은 피해 농가에 긴급 지원금을 먼저 지급하라고 지시했다. 2019.1.14 한빛일보",
			[]string{"시장은 피해 농가에 긴급 지원금을 먼저 지급하라고 지시했다. 2019.1.14 한빛일보"}},
		// A short line and a byline line with its notice are left whole.
		{"☞공감언론 뉴시스sky@newsis.com <저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>",
			[]string{"☞공감언론 뉴시스sky@newsis.com <저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>"}},
		{"기준금리는 3.5%다.", []string{"기준금리는 3.5%다."}},
		// A sign-off naming the outlet before "=", closed by a table bar.
		{"한빛그룹 회장이 새봄시 행사에 공식 초청받은 것으로 알려졌다. 회장은 참석 여부를 검토 중이다. 한빛경제=나은별 기자 star@hanbitecon.kr |",
			[]string{"한빛그룹 회장이 새봄시 행사에 공식 초청받은 것으로 알려졌다. 회장은 참석 여부를 검토 중이다.", "한빛경제=나은별 기자 star@hanbitecon.kr", "|"}},
		// A byline with the page's link glued to the notice, no sentence before.
		{"도담 기자의 전체기사 보기Copyright © 한빛데일리. All rights reserved.",
			[]string{"도담 기자의 전체기사 보기", "Copyright © 한빛데일리. All rights reserved."}},
		{"많이 본 기사Copyright © 한빛데일리. All rights reserved.",
			[]string{"많이 본 기사Copyright © 한빛데일리. All rights reserved."}},
		{"위원장은 이날 새로 지은 공장을 둘러보고 노동자들이 이룬 생산 성과를 크게 치하했다고 관영 통신은 전했다. 한빛일보/새봄미디어",
			[]string{"위원장은 이날 새로 지은 공장을 둘러보고 노동자들이 이룬 생산 성과를 크게 치하했다고 관영 통신은 전했다."}},
		{"위원장은 이날 새로 지은 공장을 둘러보고 노동자들이 이룬 생산 성과를 크게 치하했다고 관영 통신은 전했다. 찬성/반대",
			[]string{"위원장은 이날 새로 지은 공장을 둘러보고 노동자들이 이룬 생산 성과를 크게 치하했다고 관영 통신은 전했다. 찬성/반대"}},
		{`한결 총재는 "물가 흐름을 더 지켜봐야 한다"며 "금리를 서둘러 내리지는 않겠다"고 설명했다. (사진=공동취재단)`,
			[]string{`한결 총재는 "물가 흐름을 더 지켜봐야 한다"며 "금리를 서둘러 내리지는 않겠다"고 설명했다.`}},
		{"▲ 한결 총재가 12일 회의를 주재하고 있다. 이날 금통위는 기준금리를 동결했다. (사진=공동취재단)",
			[]string{"▲ 한결 총재가 12일 회의를 주재하고 있다. 이날 금통위는 기준금리를 동결했다. (사진=공동취재단)"}},
	}
	for _, c := range cases {
		if got := peelTrailers(c.in); !slices.Equal(got, c.want) {
			t.Errorf("peelTrailers(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestBareCredit(t *testing.T) {
	cases := []struct{ in, by, src string }{
		{"의원들이 조례안을 표결하고 있다. 연합뉴스", "", "연합뉴스"},
		{"시청 앞 광장 전경./한빛시 제공", "", "한빛시 제공"},
		{"새 청사 조감도. 한빛군청 제공", "", "한빛군청 제공"},
		{"회원들이 기자회견을 열고 있다. ⓒ 나은별", "나은별", ""},
		{"ⓒ 한빛신문", "", "한빛신문"},
		{"총괄공사가 청사로 들어오고 있다. 서하늘 기자", "서하늘", ""},
		{"회원들이 기자회견을 열고 있다.", "", ""},
		{"회원들이 기자회견을 열었다. 2025.4.12", "", ""},
	}
	for _, c := range cases {
		if by, src := bareCredit(c.in); by != c.by || src != c.src {
			t.Errorf("bareCredit(%q) = %q, %q; want %q, %q", c.in, by, src, c.by, c.src)
		}
	}
}

func TestIntroReporter(t *testing.T) {
	cases := map[string]string{
		"나은별 기자가 보도합니다.":   "나은별",
		"보도에 서하늘 기잡니다.":    "서하늘",
		"도담 기자입니다.":        "도담",
		"나은별 기자가 말했습니다.":   "",
		"서하늘 기자!":          "",
		"현장에 나가 있는 기자입니다.": "",
	}
	for in, want := range cases {
		if got := introReporter(in); got != want {
			t.Errorf("introReporter(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPhotographerCaption(t *testing.T) {
	cases := map[string]bool{
		"서하늘 대사가 10일 외교부 청사로 들어오고 있다. 정부는 이날 항의의 뜻을 전했다. 나은별 기자": true,
		"시민들이 광장을 걷고 있다. 도담 기자 dodam@hanbit.kr":                  false,
		"시는 이날 항의의 뜻을 전했다. 정부도 대응을 검토하고 있다. 나은별 기자":              false,
		"서하늘 대사가 10일 외교부 청사로 들어오고 있다. 정부는 이날 항의의 뜻을 전했다.":        false,
	}
	for in, want := range cases {
		if got := photographerCaption(in); got != want {
			t.Errorf("photographerCaption(%q) = %v, want %v", in, got, want)
		}
	}
	if got := rightsOutlet("ⓒ 서울경제TV, 무단 전재 및 재배포 금지"); got != "서울경제TV" {
		t.Errorf("rightsOutlet = %q, want the holder's whole name", got)
	}
}

func TestBylineTail(t *testing.T) {
	cases := map[string][]string{
		"도담 기자의 전체기사 보기":   {"도담"},
		"서하늘 기자의 다른 기사 보기": {"서하늘"},
		"도담 기자":       {"도담"},
		"많이 본 기사 더보기": nil,
		// a row of the link with no name before it
		"기자의 전체기사 보기 기자의 전체기사 보기": nil,
		// a desk signs with its address beside a tip link: no name
		"한빛닷컴 디지털뉴스팀 기사제보 news@hanbit.co.kr": nil,
	}
	for in, want := range cases {
		f := measureLine(in)
		var got []string
		if f.byline != nil {
			got = f.byline.names
		}
		if !slices.Equal(got, want) {
			t.Errorf("measureLine(%q).byline names = %q, want %q", in, got, want)
		}
	}
}
