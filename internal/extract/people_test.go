package extract

import (
	"testing"

	"github.com/sosik-news/sosik/internal/article"
)

// TestPeoplePrecision: sentences written for these tests, one per kind of
// false person or place seen on pages of outlets the rules had not seen.
func TestPeoplePrecision(t *testing.T) {
	assertNotEntities(t, []notEntityCase{
		// a connective verb ending before a comma and a titled name is no
		// name of a list sharing the title (하 + 며 reads like 河 + given name)
		{"그는 \"반드시 처벌해야 하며, 김민수 장관은 물러나야 한다\"고 말했다.", []string{"하며"}},
		{"조사는 계속해야 하고, 오세진 의원은 사과해야 한다.", []string{"하고"}},
		// an agency ending inside a word with the particle 처럼
		{"교통안전처럼 중요한 것은 없다.", []string{"교통안전처", "교통안전처럼"}},
	})
}

// TestPeopleOrgEndings: organisations known by an ending the suffix rule
// did not cover — a regional civic movement (…운동연합), a regional
// environment office (…환경청), a central agency named 처.
func TestPeopleOrgEndings(t *testing.T) {
	assertRecall(t, []recallCase{
		{"청림환경운동연합은 9일 성명을 냈다.", Org, "청림환경운동연합", "", ""},
		{"주민들은 한강유역환경청 앞에서 집회를 열었다.", Org, "한강유역환경청", "", ""},
		{"남해지방환경청은 사업 계획을 반려했다.", Org, "남해지방환경청", "", ""},
		{"국민안전처는 그 지역을 특별재난지역으로 선포했다.", Org, "국민안전처", "", ""},
		{"인사혁신처가 시험 일정을 발표했다.", Org, "인사혁신처", "", ""},
	})
}

// TestPeopleDistrictLists: districts listed with commas and 와, some of
// which alone could be common words (서구, 동구); words ending in 구 that
// are no districts stay out.
func TestPeopleDistrictLists(t *testing.T) {
	assertRecall(t, []recallCase{
		{"시는 중구와 서구, 동구, 남구 등 옛 도심을 되살린다.", Place, "서구", "", ""},
		{"시는 중구와 서구, 동구, 남구 등 옛 도심을 되살린다.", Place, "동구", "", ""},
		{"구청장들은 \"수성구, 달서구, 북구는 함께 간다\"고 말했다.", Place, "북구", "", ""},
	})
	assertNotEntities(t, []notEntityCase{
		{"지역구, 선거구, 출입구 모두 바뀌었다.", []string{"지역구", "선거구", "출입구"}},
		{"서구 문화와 동구 문화가 만났다.", []string{"서구", "동구"}},
	})
}

// TestPeopleReporterIntro: a broadcast introduces its reporter in the body
// ("보도에 … 기잡니다"); the byline name the structure reads gets the press
// title there.
func TestPeopleReporterIntro(t *testing.T) {
	for _, c := range []struct{ text, name, title, affil string }{
		{"◀ANC▶\n한빛군이 내년 예산을 늘렸습니다.\n보도에 도하람 기잡니다.\n◀END▶\n◀VCR▶\n예산이 크게 늘었습니다.\n", "도하람", "기자", ""},
		{"예산이 늘었습니다.\n◀INT▶ 한상민 기획조정실장/충청남도\n\"세입은 전년 수준입니다\"\n", "한상민", "기획조정실장", "충청남도"},
		// a reporter whose name is also a common word, with the outlet before the title
		{"제목\n\n[런던=이건 스포츠한빛닷컴 기자]박서준(토트넘)이 두 골을 넣었다.\n", "이건", "기자", "스포츠한빛닷컴"},
	} {
		a, err := article.Parse("intro.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		e := find(extractor(t).Extract(a), Person, c.name)
		if e == nil || e.Title != c.title || e.Affiliation != c.affil {
			t.Errorf("%q: %s = %+v, want title %q affiliation %q", c.text, c.name, e, c.title, c.affil)
		}
	}
}

// TestPeopleCaptionTitles: interview captions of broadcasts write the
// affiliation after the title and a slash; office titles are written as
// one word with the office's field (예산담당관, 홍보팀장, 도로과장).
func TestPeopleCaptionTitles(t *testing.T) {
	assertRecall(t, []recallCase{
		{"예산이 늘었습니다.\n◀INT▶ 한상민 기획조정실장/충청남도\n\"세입은 전년 수준입니다\"", Person, "한상민", "기획조정실장", "충청남도"},
		{"예산이 늘었습니다.\n◀INT▶ 한상민 예산담당관/충청남도\n\"세입은 전년 수준입니다\"", Person, "한상민", "예산담당관", "충청남도"},
		{"노은재 한빛시 도로과장은 \"공사를 서두르겠다\"고 말했다.", Person, "노은재", "도로과장", ""},
		{"나도윤 홍보팀장이 일정을 설명했다.", Person, "나도윤", "홍보팀장", ""},
	})
	assertNotEntities(t, []notEntityCase{
		{"업체의 허위과장 광고가 적발됐다.", []string{"허위과장", "허위"}},
		{"그 주장은 과장이다. 심한 효과과장도 있다.", []string{"효과과장"}},
	})
}

// TestPeoplePartyDepartments: a department of the party between a name
// and its title ("… 당 조직지도부 부부장").
func TestPeoplePartyDepartments(t *testing.T) {
	assertRecall(t, []recallCase{
		{"시찰에는 리명철 당 조직지도부 제1부부장과 김태성이 동행했다.", Person, "리명철", "제1부부장", "당 조직지도부"},
		{"현철민 당 국제부 부장이 수행했다.", Person, "현철민", "부장", ""},
	})
}

// TestPeopleKindForeignNames: a foreign name after a noun for a kind of
// person; common nouns after such a noun stay out.
func TestPeopleKindForeignNames(t *testing.T) {
	assertRecall(t, []recallCase{
		{"대표팀 미드필더 오세르트 바카리는 대회 불참을 주장했다.", Person, "오세르트 바카리", "", ""},
		{"전시는 화가 오렐리앙 바르동의 작품으로 채워졌다.", Person, "오렐리앙 바르동", "", ""},
		{"대표팀의 미드필더 크리스티아나 바카리는 불참을 주장했다.", Person, "크리스티아나 바카리", "", ""},
	})
	assertNotEntities(t, []notEntityCase{
		{"감독은 선수 교체 명단을 발표했다.", []string{"교체 명단"}},
		{"그 투수 부상 소식에 팬들이 놀랐다.", []string{"부상 소식"}},
		{"이 배우 인터뷰 영상이 화제가 됐다.", []string{"인터뷰 영상"}},
	})
}

// TestPeopleJapaneseReadings: a Japanese place read like a Korean name,
// its hanja in brackets fewer than its syllables; a Korean name with one
// hanja per syllable stays a person.
func TestPeopleJapaneseReadings(t *testing.T) {
	assertNotEntities(t, []notEntityCase{
		{"폭설로 도야마(富山), 오가와(小川) 일대의 열차가 멈췄다.", []string{"도야마", "오가와"}},
	})
	assertRecall(t, []recallCase{
		{"회의에서 홍길표(洪吉杓) 위원이 발언했다.", Person, "홍길표", "", ""},
	})
}

// TestPeopleTitleBeforeName: an organisation and a title written before a
// name the rules know without a title.
func TestPeopleTitleBeforeName(t *testing.T) {
	assertRecall(t, []recallCase{
		{"한빛전자 사장 이도현은 신제품을 공개했다.", Person, "이도현", "사장", "한빛전자"},
	})
}

// TestPeopleWellKnownOrgs: civic groups, unions, business associations,
// former agencies and football clubs of the gazetteer, by full and short
// name.
func TestPeopleWellKnownOrgs(t *testing.T) {
	assertRecall(t, []recallCase{
		{"참여연대는 성명을 내고 재조사를 요구했다.", Org, "참여연대", "", ""},
		{"민주노총과 한국노총이 공동 집회를 열었다.", Org, "전국민주노동조합총연맹", "", ""},
		{"민주노총과 한국노총이 공동 집회를 열었다.", Org, "한국노동조합총연맹", "", ""},
		{"경실련은 분양가 자료를 공개했다.", Org, "경제정의실천시민연합", "", ""},
		{"대한상의는 투자 전망을 내놨다.", Org, "대한상공회의소", "", ""},
		{"그는 토트넘에서 두 골을 넣었다.", Org, "토트넘 홋스퍼", "", ""},
	})
}

// TestPeopleNotNames: an electoral district before 후보, the army of the
// North between a name and a title, a platform before 시장 (market).
func TestPeopleNotNames(t *testing.T) {
	assertNotEntities(t, []notEntityCase{
		{"그는 한빛당 부천병 후보에게 질의했다.", []string{"부천병"}},
		{"강남을 후보로 나선 그는 공약을 냈다.", []string{"강남을"}},
		{"변호사는 \"빛나는 유튜브 시장은 착취로 만들어졌다\"고 말했다.", []string{"유튜브 시장"}},
	})
	assertRecall(t, []recallCase{
		{"한명철 인민군 총참모장이 군단을 시찰했다.", Person, "한명철", "총참모장", "인민군"},
	})
}

// TestPeopleVerbsBeforeTitles: a connective (통해, 위해) or a nominalised
// verb (참석하기) before a title is no part of a foreign name.
func TestPeopleVerbsBeforeTitles(t *testing.T) {
	assertNotEntities(t, []notEntityCase{
		{"정부는 성명을 통해 마크롱 대통령의 뜻을 전했다.", []string{"통해 마크롱", "통해"}},
		{"추모식에 참석하기 위해 대통령 일행이 떠났다.", []string{"참석하기 위해", "위해"}},
	})
	assertRecall(t, []recallCase{
		{"정부는 성명을 통해 마크롱 대통령의 뜻을 전했다.", Person, "마크롱", "대통령", ""},
	})
}

// TestPeopleAmbiguousOrgs: an outlet's name that is also a common noun
// counts only after a place.
func TestPeopleAmbiguousOrgs(t *testing.T) {
	assertNotEntities(t, []notEntityCase{
		{"경찰은 상가 입구에 설치된 CCTV를 분석했다.", []string{"CCTV"}},
	})
	assertRecall(t, []recallCase{
		{"중국 CCTV는 회담 소식을 전했다.", Org, "CCTV", "", ""},
	})
}

// TestPeopleKindLists: kinds of institution listed with a middle dot are
// no organisation.
func TestPeopleKindLists(t *testing.T) {
	assertNotEntities(t, []notEntityCase{
		{"지난달 신용·체크카드 사용액이 늘었다.", []string{"신용·체크카드"}},
		{"시중·지방은행 대출이 줄었다.", []string{"시중·지방은행"}},
	})
}

// TestPeopleSuffixInsideWord: a company ending (화재) that is the end of
// another word (문화재) makes no organisation; a company with it does.
func TestPeopleSuffixInsideWord(t *testing.T) {
	assertNotEntities(t, []notEntityCase{
		{"이 건물은 국가지정문화재로 지정됐다.", []string{"국가지정문화재"}},
	})
	assertRecall(t, []recallCase{
		{"삼성화재는 보험료를 올렸다.", Org, "삼성화재", "", ""},
		{"한빛화재는 보험료를 올렸다.", Org, "한빛화재", "", ""},
		{"누리전자는 신제품을 냈다.", Org, "누리전자", "", ""},
		{"롯데카드는 수수료를 내렸다.", Org, "롯데카드", "", ""},
	})
}
