package extract

import "testing"

// TestAliasBeforeTitledName: a short form the story defined in brackets,
// written before a titled name, is the person's affiliation as written;
// new title rows (특임교수, 부대표) give their titles.
func TestAliasBeforeTitledName(t *testing.T) {
	checkPersonAttrs(t, []personWant{
		{"대한의대생협회(의대협)가 포럼을 연다. 의대협 이선우 비상대책위원장은 \"함께 고민하자\"고 말했다.", "이선우", "비상대책위원장", "의대협"},
		{"공중보건의협의회(공보협)도 참여한다. 공보협 이성환 회장도 참석했다.", "이성환", "회장", "공보협"},
		{"연사로는 한빛대 의과대학 조동찬 특임교수가 나선다.", "조동찬", "특임교수", ""},
		{"행사를 총괄한 가람닥터 김태훈 부대표는 \"반갑다\"고 말했다.", "김태훈", "부대표", ""},
	})
}

// TestMarketIsNoMayor: 시장 with a place particle is the market, so the
// word before it names no person; 시장 with 에게 or a subject particle
// stays a mayor's title.
func TestMarketIsNoMayor(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		text   string
		person string // "" when no person may be found
	}{
		{"그는 모바일 시장에서도 입지를 굳혔다.", ""},
		{"이 회사는 바이오 시장에 진출했다.", ""},
		{"회사는 게임 시장에서 성공을 거뒀다.", ""},
		{"주민들은 김바일 시장에게 건의서를 냈다.", "김바일"},
		{"김바일 시장은 \"예산을 늘리겠다\"고 말했다.", "김바일"},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		var got []string
		for _, e := range doc.Entities {
			if e.Type == "PERSON" {
				got = append(got, e.Name)
			}
		}
		if c.person == "" && len(got) > 0 || c.person != "" && (len(got) != 1 || got[0] != c.person) {
			t.Errorf("%q: want person %q, got %v", c.text, c.person, got)
		}
	}
}

// TestHospitalBeforeTitledName: a hospital written as one word before a
// titled name is the person's affiliation, also across a department
// (외과, 정형외과); a kind of hospital (대학병원) is none.
func TestHospitalBeforeTitledName(t *testing.T) {
	checkPersonAttrs(t, []personWant{
		{"연사로는 한빛대병원 허윤정 외과 교수가 나선다.", "허윤정", "교수", "한빛대병원"},
		{"한빛병원 최민수 원장은 \"환자를 먼저 보겠다\"고 말했다.", "최민수", "원장", "한빛병원"},
		{"가람대병원 정경원 권역외상센터장도 연단에 오른다.", "정경원", "권역외상센터장", "가람대병원"},
		{"누리대병원 이정훈 정형외과 교수가 수술을 맡았다.", "이정훈", "교수", "누리대병원"},
	})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n그는 대학병원과 요양병원, 동물병원을 오갔다. 지역 거점병원이 부족하다.", "2026-04-01"))
	for _, e := range doc.Entities {
		t.Errorf("no entity in kinds of hospital, got %+v", e)
	}
}

func TestMedicalDepartment(t *testing.T) {
	for s, want := range map[string]bool{"외과": true, "정형외과": true, "소화기내과": true, "산부인과": true, "이비인후과": true, "안과": true,
		"효과": false, "결과": false, "내과의": false, "과": false} {
		if got := medicalDepartment(s); got != want {
			t.Errorf("medicalDepartment(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestRoundLeadBracketNoAffiliation: an outlet in round brackets opening
// the lead names no affiliation of the titled name after it.
func TestRoundLeadBracketNoAffiliation(t *testing.T) {
	checkPersonAttrs(t, []personWant{
		{"(가람신문) 김민국 시장은 2일 오후 시민회관을 찾았다.", "김민국", "시장", ""},
	})
}

// TestParenHeads: an organisation written with its head in brackets
// ("누리방송(회장 김도윤)") is an organisation and the head's affiliation;
// a division in the same layout ("형사2부(부장판사 …)") is no organisation.
func TestParenHeads(t *testing.T) {
	checkPersonAttrs(t, []personWant{
		{"누리방송(회장 김도윤)이 지난 18일로 창사 10주년을 맞았다.", "김도윤", "회장", "누리방송"},
		{"한빛랩스(대표 이정훈)는 새 제품을 내놨다.", "이정훈", "대표", "한빛랩스"},
		{"가람지법 형사2부(부장판사 최민수)는 징역 2년을 선고했다.", "최민수", "부장판사", ""},
	})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n한빛랩스(대표 이정훈)는 새 제품을 내놨다.", "2026-04-01"))
	if find(doc, "ORG", "한빛랩스") == nil {
		t.Errorf("want ORG 한빛랩스, got %+v", doc.Entities)
	}
	doc = x.Extract(articleOf("제목\n\n가람지법 형사2부(부장판사 최민수)는 징역 2년을 선고했다.", "2026-04-01"))
	if e := find(doc, "ORG", "형사2부"); e != nil {
		t.Errorf("a division is no organisation, got %+v", e)
	}
}

// TestDotListWithUnknownOrg: in a middle-dot list where another part is an
// organisation by itself, an unknown name is one too, and the whole list
// is no organisation; a pair with no such part stays as it was.
func TestDotListWithUnknownOrg(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n행사는 누리닥터·한빛전공의협의회·가람보건의사협의회가 공동주최한다.", "2026-04-01"))
	for _, name := range []string{"누리닥터", "한빛전공의협의회", "가람보건의사협의회"} {
		if find(doc, "ORG", name) == nil {
			t.Errorf("want ORG %s, got %+v", name, doc.Entities)
		}
	}
	if e := find(doc, "ORG", "누리닥터·한빛전공의협의회·가람보건의사협의회"); e != nil {
		t.Errorf("the list is no organisation, got %+v", e)
	}
}
