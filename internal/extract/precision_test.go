package extract

import (
	"slices"
	"testing"
)

// TestPrecisionKinds: sentences written for these tests, one per kind of
// false entity seen on real pages — a surname with its subject particle, an
// anonymised name, a common noun ending like an organisation, a loanword
// read as a name, a bullet glued to an affiliation, a list of names with
// their districts.
func TestPrecisionKinds(t *testing.T) {
	assertNotEntities(t, []notEntityCase{
		// a surname and the subject particle 이 before an organisation's title
		{"김이 누리제약 사장을 만났다.", []string{"김이"}},
		{"최이 한결은행 부행장과 통화했다.", []string{"최이"}},
		// an anonymised person: surname + 모 + 씨
		{"법원은 기소된 정모씨(41)에게 징역 1년을 선고했다.", []string{"정모"}},
		{"재판부는 강모(52)씨의 항소를 기각했다.", []string{"강모"}},
		// common nouns that end like an organisation (공사, 행정부)
		{"교량 건설공사는 내년 3월 끝난다.", []string{"건설공사"}},
		{"도로 보수공사가 이달 시작된다.", []string{"보수공사"}},
		{"아파트 하자보수공사가 진행 중이다.", []string{"하자보수공사"}},
		{"주한캐나다대사관 총괄공사가 청사로 들어왔다.", []string{"총괄공사"}},
		{"시는 하천 산책로 조명 설치공사 4억 원을 삭감했다.", []string{"설치공사"}},
		{"상수도 배관 통합공사 예산은 내년으로 미뤘다.", []string{"통합공사"}},
		{"정부는 좁게는 행정부를 뜻한다.", []string{"행정부"}},
		// a loanword in a chart's name
		{"그 곡은 영국 '오피셜 싱글 차트'에서 5위에 올랐다.", []string{"오피셜"}},
		// 북미 for North Korea and the United States
		{"불법도청 의혹이 제기됐다.", []string{"불법도청"}},
		{"2차 북미 정상회담을 앞두고 북미 간 협상이 늦어지고 있다.", []string{"북미"}},
	})
	assertOrgAlias(t, "북부지법 난동 선고\n\n광주북부지법은 3일 선고했다. 대구시설공단과 시설공단 직원들이 참석했다.", map[string]string{"북부지법": "광주북부지법", "시설공단": "대구시설공단"})
	assertRecall(t, []recallCase{
		{"회의에는 류이 베트남 외교부장이 참석했다.", Person, "류이", "외교부장", "베트남"},
		{"□ 해양수산부(장관 홍길순, 이하 해수부)는 항만 계획을 밝혔다.", Person, "홍길순", "", "해양수산부"},
		// titles of officials, the press and embassies
		{"나희정 주한캐나다대사관 총괄공사가 청사로 들어왔다.", Person, "나희정", "총괄공사", "주한캐나다대사관"},
		{"행사에는 오태식 국방부 제1부부장, 차영호 국방부 부부장이 동행했다.", Person, "차영호", "부부장", "국방부"},
		{"한빛통신 문재석 편집장이 강연했다.", Person, "문재석", "편집장", ""},
		{"기획팀 장우진 사무관 등이 활동한다.", Person, "장우진", "사무관", ""},
		{"지수빈 소방교가 현장 상황을 전했다.", Person, "지수빈", "소방교", ""},
		{"이번엔 상황실로 갑니다. 지수빈 소방교님! 피해는 어떻습니까?", Person, "지수빈", "소방교", ""},
		{"그날 박정호 사장님이 직접 나왔다.", Person, "박정호", "사장", ""},
		// a broadcast interview caption with asterisks
		{"남기철 *강진군청 기획실장*이 말했다.", Person, "남기철", "기획실장", "강진군청"},
		{"공무원들이 나섰습니다.\n남기철 부여군청 기획실장\n\"예산이 부족합니다.\"", Person, "남기철", "기획실장", "부여군청"},
		{"◀INT▶남기철 *부여군청 기획실장*이 말했다.", Person, "남기철", "기획실장", "부여군청"},
		{"서울과 부산 간 고속철도가 개통했다.", Place, "부산", "", ""},
		{"시의회 김민재(부산진구1), 조명구(부산진구2) 한지성(부산진구3) 시의원이 참석했다.", Person, "한지성", "시의원", ""},
		{"시의회 김민재(중구1), 박소영(중구2) 이도윤(중구3) 시의원이 자리했다.", Person, "이도윤", "", ""},
	})
}

// assertOrgAlias checks that each short organisation name of want is an
// alias of its full name's entity and no entity of its own.
func assertOrgAlias(t *testing.T, text string, want map[string]string) {
	t.Helper()
	doc := extractor(t).Extract(articleOf(text, "2025-06-11"))
	for short, full := range want {
		for _, e := range doc.Entities {
			if e.Name == short {
				t.Errorf("%q: %s is an entity of its own", text, short)
			}
		}
		e := find(doc, Org, full)
		if e == nil || !slices.Contains(e.Aliases, short) {
			t.Errorf("%q: %s not an alias of %s in %+v", text, short, full, doc.Entities)
		}
	}
}
