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

// TestTopicsFromHeadlineAndQuotes: the act a headline names and the body
// tells with a verb ("출석" → "출석했다"), a term the story writes in single
// quotes, and an organisation the headline names are topics; a person the
// headline names, a quoted clause, a verb the headline does not name, a
// day and a person the story leaves unnamed (김씨) are not.
func TestTopicsFromHeadlineAndQuotes(t *testing.T) {
	checkTopics(t, []topicCase{
		{"도담 전 장관 검찰 출석…\"성실히 답하겠다\"",
			"'새봄 장부'에 이름이 오른 도담 전 장관이 검찰에 출석했다. 도담 전 장관은 오전 10시쯤 출석했다. 그는 '끝까지 싸우겠다'고 적었다. 검찰은 '징역 2년'을 구형했다.",
			[]string{"출석", "새봄 장부", "검찰"}, []string{"도담", "끝까지 싸우겠다", "징역 2년"}},
		{"한빛시 버스 노선 개편",
			"한빛시는 노선을 개편했다. 시는 다음 달 노선을 다시 점검했다. 위반하면 '벌금 50만원'이다. 시는 내일 설명회를 연다. 내일 오후에는 현장을 본다.",
			[]string{"개편"}, []string{"점검", "벌금 50만원", "내일"}},
		{"한빛시 아파트 화재로 1명 숨져",
			"13일 한빛시 한 아파트 7층 김모(49)씨 집에서 불이 나 김씨가 숨졌다. 경찰은 김씨가 불을 피하려다 숨진 것으로 보고 있다. 아파트 주민 6명도 다쳤다.",
			[]string{"아파트"}, []string{"김씨", "김모"}},
	})
}

// topicCase is an article's headline and body, topics it must give and
// topics it must not.
type topicCase struct {
	headline, body string
	want, not      []string
}

// checkTopics extracts each article and checks its topics.
func checkTopics(t *testing.T, cases []topicCase) {
	t.Helper()
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf(c.headline+"\n\n"+c.body, "2025-06-11"))
		for _, w := range c.want {
			if !containsString(doc.Topics, w) {
				t.Errorf("%q: topics %v lack %q", c.headline, doc.Topics, w)
			}
		}
		for _, w := range c.not {
			if containsString(doc.Topics, w) {
				t.Errorf("%q: topics %v hold %q", c.headline, doc.Topics, w)
			}
		}
	}
}
