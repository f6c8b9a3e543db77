package extract

import "testing"

// Recall cases of issue 13 (second pass), each in a sentence written for
// this test.

func TestRecall2Entities(t *testing.T) {
	cases := []entityCase{
		// State bodies of North Korea and of other countries, written alone.
		{"인민무력부는 훈련 중단을 요구했다.", []wantEntity{{Org, "인민무력부", "", ""}}},
		{"외무성 대변인은 담화를 냈다.", []wantEntity{{Org, "외무성", "", ""}}},
		{"최고인민회의가 다음 주 열린다.", []wantEntity{{Org, "최고인민회의", "", ""}}},
		{"조국평화통일위원회는 비난 성명을 발표했다.", []wantEntity{{Org, "조국평화통일위원회", "", ""}}},
		{"국무부는 논평을 거부했다.", []wantEntity{{Org, "국무부", "", ""}}},
		// Districts joined by slashes or middle dots after a city, or alone.
		{"광주 북구/서구/남구 일대에 폭우가 내렸다.", []wantEntity{{Place, "광주", "", ""}, {Place, "북구", "", ""}, {Place, "서구", "", ""}, {Place, "남구", "", ""}}},
		{"인천 연수구·남동구에서는 단수가 이어졌다.", []wantEntity{{Place, "연수구", "", ""}, {Place, "남동구", "", ""}}},
		{"울산 중구ㆍ울주군은 경보를 내렸다.", []wantEntity{{Place, "중구", "", ""}, {Place, "울주군", "", ""}}},
		// A Japanese full name before a company and a title.
		{"야마다 다로 누리전자 사장은 신제품을 소개했다.", []wantEntity{{Person, "야마다 다로", "사장", "누리전자"}}},
		{"다나카 이치로 새봄상사 회장이 방한했다.", []wantEntity{{Person, "다나카 이치로", "회장", "새봄상사"}}},
		// A North Korean name, the army or the party, and a title.
		{"열병식에는 김명철 군 총참모장이 나왔다.", []wantEntity{{Person, "김명철", "총참모장", ""}}},
		{"한상훈 당 비서는 보고를 마쳤다.", []wantEntity{{Person, "한상훈", "비서", ""}}},
		{"오성남 당 부위원장도 자리했다.", []wantEntity{{Person, "오성남", "부위원장", ""}}},
		// A place and a regional state body written apart.
		{"대전 고등법원은 항소를 기각했다.", []wantEntity{{Org, "대전 고등법원", "", ""}, {Place, "대전", "", ""}}},
		{"수사는 광주 지방검찰청이 맡았다.", []wantEntity{{Org, "광주 지방검찰청", "", ""}, {Place, "광주", "", ""}}},
		{"피해는 중구·동구에 집중됐다.", []wantEntity{{Place, "중구", "", ""}, {Place, "동구", "", ""}}},
	}
	assertEntities(t, cases)
}

func TestRecall2NotEntities(t *testing.T) {
	cases := []notEntityCase{
		{"소재·부품 업체가 늘었다.", []string{"부품"}},
		{"서울 지구/학구 경계가 바뀐다.", []string{"지구"}},
		{"연구·기구 통폐합이 논의됐다.", []string{"기구"}},
		{"대전의 지방법원 두 곳이 이전한다.", []string{"대전의 지방법원"}},
		{"그는 날마다 한빛전자 사장을 만났다.", []string{"날마다"}},
		{"시위대는 서초동 지방법원 앞에 모였다.", []string{"서초동 지방법원"}},
	}
	assertNotEntities(t, cases)
}
