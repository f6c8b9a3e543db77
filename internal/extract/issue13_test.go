package extract

import "testing"

// The examples of issue 13 (recognition inside one article), each in a
// sentence written for this test.

type wantEntity struct {
	typ, name, title, affil string
}

// entityCase is a sentence written for a test and the entities it must
// yield, each with exactly this title and affiliation.
type entityCase struct {
	text string
	want []wantEntity
}

func assertEntities(t *testing.T, cases []entityCase) {
	t.Helper()
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2025-06-11"))
		for _, w := range c.want {
			e := find(doc, w.typ, w.name)
			if e == nil || e.Name != w.name {
				t.Errorf("%q: no %s %q in %v", c.text, w.typ, w.name, names(doc))
				continue
			}
			if e.Title != w.title || e.Affiliation != w.affil {
				t.Errorf("%q: %s title %q affiliation %q, want %q %q", c.text, w.name, e.Title, e.Affiliation, w.title, w.affil)
			}
		}
	}
}

func TestIssue13Recognition(t *testing.T) {
	cases := []entityCase{
		{"최순실 씨가 검찰에 출석했다.", []wantEntity{{Person, "최순실", "", ""}}},
		{"트럼프는 관세 인상을 예고했다.", []wantEntity{{Person, "트럼프", "", ""}}},
		{"조 바이든 대통령은 연설을 마쳤다.", []wantEntity{{Person, "조 바이든", "대통령", ""}}},
		{"시진핑 중국 국가주석은 답하지 않았다.", []wantEntity{{Person, "시진핑", "국가주석", "중국"}}},
		{"하워드 러트닉 미국 상무장관이 회견을 열었다.", []wantEntity{{Person, "하워드 러트닉", "상무장관", "미국"}}},
		{"오픈AI는 다음 달 샘 올트먼 최고경영자(CEO)가 방한한다고 밝혔다.", []wantEntity{{Person, "샘 올트먼", "최고경영자", ""}}},
		{"기시다 후미오 일본 총리가 도착했다.", []wantEntity{{Person, "기시다 후미오", "총리", "일본"}}},
		{"리즈 트러스 전 영국 총리가 사임했다.", []wantEntity{{Person, "리즈 트러스", "전 총리", "영국"}}},
		{"루스 베이더 긴즈버그 전 대법관을 추모했다.", []wantEntity{{Person, "루스 베이더 긴즈버그", "전 대법관", ""}}},
		{"에이미 코니 배럿 대법관이 취임했다.", []wantEntity{{Person, "에이미 코니 배럿", "대법관", ""}}},
		{"엔리케 페냐 니에토 전 멕시코 대통령이 방한했다.", []wantEntity{{Person, "엔리케 페냐 니에토", "전 대통령", "멕시코"}}},
		{"도요다 아키오 도요타자동차 회장이 참석했다. 아키오 회장은 웃었다.", []wantEntity{{Person, "도요다 아키오", "회장", ""}}},
		{"구광모 LG 회장과 하범종 LG 사장이 만났다.", []wantEntity{{Person, "구광모", "회장", "LG"}, {Person, "하범종", "사장", "LG"}}},
		{"홍범식 LG유플러스 대표 내정자가 인사했다.", []wantEntity{{Person, "홍범식", "대표 내정자", "LG유플러스"}}},
		{"이종걸 새정치민주연합 원내수석부대표와 새누리당 남경필 원내수석부대표가 만났다.",
			[]wantEntity{{Person, "이종걸", "원내수석부대표", "새정치민주연합"}, {Person, "남경필", "원내수석부대표", "새누리당"}}},
		{"윤석열 대통령은 축사를 보냈다.", []wantEntity{{Person, "윤석열", "대통령", ""}}},
		{"김봉규 선임기자가 현장을 찍었다.", []wantEntity{{Person, "김봉규", "선임기자", ""}}},
		{"민주당 김동연 후보가 역전승을 거뒀다.", []wantEntity{{Person, "김동연", "후보", "민주당"}}},
		{"서울남부지법은 영장을 기각했다.", []wantEntity{{Org, "서울남부지법", "", ""}}},
		{"지지자들은 플로리다와 조지아에서 모였다.", []wantEntity{{Place, "플로리다", "", ""}, {Place, "조지아", "", ""}}},
	}
	assertEntities(t, cases)
}

func TestIssue13NotEntities(t *testing.T) {
	cases := []notEntityCase{
		{"그는 연설 도중 바이든 행정부를 비판했다.", []string{"도중 바이든"}},
		{"오픈AI는 다음 달 샘 올트먼 최고경영자가 온다고 밝혔다.", []string{"달 샘"}},
		{"정부는 이민자 문제를 논의했다.", []string{"이민자"}},
		{"국내 전기·전자 업체 대표들이 모였다.", []string{"전기·전자"}},
		{"국책은행인 산업은행이 지원했다.", []string{"국책은행"}},
		{"도요다 아키오 도요타자동차 회장이 참석했다.", []string{"아키오"}},
		{"화가들을 비롯한 근현대 작가 50명의 작품이 걸렸다.", []string{"근현대"}},
	}
	assertNotEntities(t, cases)
}

// TestIssue13OnePersonManyForms: the full name, the family name with or
// without a title and the given name are one person; family members who
// share the family name stay apart; pronouns and references are mentions,
// never aliases.
func TestIssue13OnePersonManyForms(t *testing.T) {
	const text = `제목

도널드 트럼프 전 대통령은 플로리다에서 지지자들을 만났다. 딸 이방카 트럼프와 아들 에릭 트럼프도 함께했다. 트럼프 전 대통령은 연설했다. 도널드는 웃었다. 그는 "이길 것"이라고 말했다.
이재용 한빛전자 회장은 추미애 당대표를 만났다. 이 회장은 두 사람의 대화가 길었다고 말했다. 추미애 법무부 장관은 다음 날 입장을 밝혔다.`
	doc := extractor(t).Extract(articleOf(text, "2025-06-11"))
	trump := find(doc, Person, "도널드 트럼프")
	if trump == nil {
		t.Fatalf("no 도널드 트럼프 in %v", names(doc))
	}
	for _, m := range []string{"트럼프", "도널드", "그"} {
		if !hasMention(trump, m) {
			t.Errorf("도널드 트럼프 lacks the mention %q: %+v", m, trump.Mentions)
		}
	}
	if contains(trump.Aliases, "그") {
		t.Errorf("the pronoun 그 is an alias: %v", trump.Aliases)
	}
	for _, n := range []string{"이방카 트럼프", "에릭 트럼프"} {
		if e := find(doc, Person, n); e == nil || e.Name != n {
			t.Errorf("%s is not a person of its own: %v", n, names(doc))
		}
	}
	lee := find(doc, Person, "이재용")
	if lee == nil || !hasMention(lee, "이 회장") || contains(lee.Aliases, "이 회장") {
		t.Errorf("이 회장 must be a mention of 이재용, not an alias: %+v", lee)
	}
	count := 0
	for _, e := range doc.Entities {
		if e.Name == "추미애" {
			count++
		}
		if contains(e.Aliases, "두 사람") {
			t.Errorf("두 사람 is an alias of %s", e.Name)
		}
	}
	if count != 1 {
		t.Errorf("추미애 is %d entities across her two titles, want 1", count)
	}
}

// TestIssue13Lists: people in personnel, obituary and caption lists, with
// title and affiliation as written.
func TestIssue13Lists(t *testing.T) {
	const text = `부음과 인사

▲ 별세 박순자씨 모친상 = 김철수(한빛전자 대표)·김영희(누리대 교수)씨 부친상 = 12일 서울 한빛병원 장례식장, 발인 14일.
행사에는 (왼쪽부터) 이도현 한빛통신 사장, 정미라 누리은행장, 배우 한지훈 씨가 참석했다.
장례위원회는 박하늘 문화부 장관이 위원장을 맡고 부위원장은 김도윤·오세진 차관이 맡는다.
장례위원으로는 전직 장관(이민호·주태식·김영훈) 및 기관장(유상철 한빛예술원 회장·김대호 누리대 총장) 등이 참여한다.
누리오일뱅크의 김병섭, 유재범 전무는 부사장으로 승진했다. 서울서부지법 형사3부(부장판사 반정우)는 항소를 기각했다.
총참모장인 리영철은 차수로 승진했다. 한소라 김도훈 기자 = 누리시는 발표했다.`
	doc := extractor(t).Extract(articleOf(text, "2025-06-11"))
	for _, w := range []wantEntity{
		{Person, "박순자", "", ""}, {Person, "김철수", "대표", "한빛전자"}, {Person, "김영희", "교수", "누리대"},
		{Person, "이도현", "사장", "한빛통신"}, {Person, "정미라", "누리은행장", ""}, {Person, "한지훈", "배우", ""},
		{Person, "박하늘", "장관", "문화부"}, {Person, "김도윤", "차관", ""}, {Person, "오세진", "차관", ""},
		{Person, "이민호", "장관", ""}, {Person, "주태식", "장관", ""}, {Person, "김영훈", "장관", ""},
		{Person, "유상철", "회장", "한빛예술원"}, {Person, "김대호", "총장", "누리대"},
		{Person, "김병섭", "전무", "누리오일뱅크"}, {Person, "유재범", "전무", "누리오일뱅크"}, {Person, "반정우", "부장판사", ""},
		{Person, "리영철", "총참모장", ""}, {Person, "한소라", "기자", ""}, {Person, "김도훈", "기자", ""},
	} {
		e := find(doc, w.typ, w.name)
		if e == nil || e.Name != w.name {
			t.Errorf("no %s %q in %v", w.typ, w.name, names(doc))
			continue
		}
		if e.Title != w.title || e.Affiliation != w.affil {
			t.Errorf("%s: title %q affiliation %q, want %q %q", w.name, e.Title, e.Affiliation, w.title, w.affil)
		}
	}
}

func names(doc *Document) []string {
	out := make([]string, 0, len(doc.Entities))
	for _, e := range doc.Entities {
		out = append(out, e.Type+":"+e.Name)
	}
	return out
}
