package extract

import "testing"

// A place, field nouns and an organisation suffix word written apart, each
// in a sentence written for this test.

func TestSpacedOrgs(t *testing.T) {
	cases := []entityCase{
		{"아시아 배구 연맹은 대회 일정을 바꿨다.", []wantEntity{{Org, "아시아 배구 연맹", "", ""}, {Place, "아시아", "", ""}}},
		{"부산 환경 재단이 보고서를 냈다.", []wantEntity{{Org, "부산 환경 재단", "", ""}, {Place, "부산", "", ""}}},
		{"이번 결정은 한국 야구 위원회가 내렸다.", []wantEntity{{Org, "한국 야구 위원회", "", ""}, {Place, "한국", "", ""}}},
		{"일본 문화 예술 협회는 전시를 열었다.", []wantEntity{{Org, "일본 문화 예술 협회", "", ""}, {Place, "일본", "", ""}}},
	}
	assertEntities(t, cases)
}

func TestSpacedOrgsNot(t *testing.T) {
	cases := []notEntityCase{
		{"한국 축구 발전을 위해 힘쓰겠다.", []string{"한국 축구", "한국 축구 발전"}},
		{"아시아 배구 선수들이 모였다.", []string{"아시아 배구", "아시아 배구 선수"}},
		{"한국은 축구 협회와 함께 대회를 연다.", []string{"한국은 축구 협회", "한국 축구 협회"}},
		{"부산 환경을 지키는 재단이 생겼다.", []string{"부산 환경을 지키는 재단", "부산 환경 재단"}},
		{"그는 한국, 축구 협회, 연맹을 두루 거쳤다.", []string{"한국, 축구 협회", "한국 축구 협회"}},
	}
	assertNotEntities(t, cases)
}
