package extract

import (
	"reflect"
	"strings"
	"testing"
)

func TestCategoryTopics(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, text string
		want       []string
	}{
		{"personnel", "한빛전자는 2일 정기 임원 인사를 내고 부장 12명을 상무로 승진시켰다. 승진자는 모두 40대다.", []string{"임원인사", "승진"}},
		{"obituary", "김모 전 교수가 1일 별세했다. 빈소는 시립병원에 차려졌고 발인은 3일이다.", []string{"장례"}},
		{"ai", "정부는 AI 인재 1만 명을 키우겠다고 밝혔다. AI 반도체도 지원한다.", []string{"인공지능"}},
		{"exhibition", "시립미술관에서 청년 화가 다섯 명의 작품 전시가 개막했다.", []string{"전시"}},
		{"one mention is not a category", "그는 지난해 별세한 부친의 뜻을 이어 장학금을 냈다.", nil},
		{"context word missing", "북한이 신형 미사일을 공개하고 신형 발사대도 보여줬다.", nil},
		{"new car", "한빛자동차가 신형 세단을 출시했다. 신형 모델은 다음 달 나온다.", []string{"신차"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := categoryTopics(lx.cats, c.text); !reflect.DeepEqual(got, c.want) {
				t.Errorf("categoryTopics = %v, want %v", got, c.want)
			}
		})
	}
}

func TestParseCategories(t *testing.T) {
	rules, err := parseCategories(strings.NewReader("# c\n빈소\t장례\n신형\t신차\t자동차|차량\n"), "t.tsv")
	if err != nil {
		t.Fatal(err)
	}
	want := []categoryRule{{trigger: "빈소", categories: []string{"장례"}}, {trigger: "신형", categories: []string{"신차"}, context: []string{"자동차", "차량"}}}
	if !reflect.DeepEqual(rules, want) {
		t.Errorf("got %+v", rules)
	}
	for _, bad := range []string{"빈소\n", "\t장례\n", "a\tb\tc\td\n", "빈소\t \n"} {
		if _, err := parseCategories(strings.NewReader(bad), "t.tsv"); err == nil || !strings.Contains(err.Error(), "t.tsv: row 1") {
			t.Errorf("%q: err = %v", bad, err)
		}
	}
}

func TestTopicsKeepLongCompounds(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		text string
		want []string
	}{
		{"법원은 특수건조물침입·특수재물손괴 등 혐의를 받는 남성에게 징역형을 선고했다. 특수건조물침입 혐의는 모두 인정됐다.", []string{"특수건조물침입"}},
		{"군은 다음 달 환경영향평가서 초안을 공개한다.", []string{"환경영향평가"}},
		{"한빛그룹은 1일 임원 승진 인사를 냈다. 승진자는 30명이다.", []string{"임원인사", "승진"}},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2025-06-11"))
		for _, w := range c.want {
			if !containsString(doc.Topics, w) {
				t.Errorf("%q: topics %v lack %q", c.text, doc.Topics, w)
			}
		}
	}
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
