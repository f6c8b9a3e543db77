package article

import (
	"os"
	"path/filepath"
	"testing"
)

// TestFreshLayouts parses invented articles reproducing layouts met on
// outlets the development pages do not hold: a byline with the link and
// tip lines a page glues to it, a labelled byline ("기자명 …") signed by a
// desk, a section menu written as bare words with a breadcrumb over a
// quoted title, a caption closed by "/ … 갈무리".
func TestFreshLayouts(t *testing.T) {
	for _, tc := range freshCases() {
		t.Run(tc.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "forms", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(tc.file, raw)
			if err != nil {
				t.Fatal(err)
			}
			checkSections(t, a)
			tc.check(t, a)
		})
	}
}

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
	}
}
