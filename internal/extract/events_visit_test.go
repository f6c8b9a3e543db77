package extract

import "testing"

// TestVisitedPlace: the place of a visit written "X를 찾아" or "X 현장을
// 방문": the whole compound before it, with a noun that reads as a verb
// inside ("피해"), or an organisation's site. The sentences are invented
// for this test.
func TestVisitedPlace(t *testing.T) {
	x := extractor(t)
	tests := []struct{ name, text, place string }{
		{"damage site", "윤서진 총리는 4일 포항 지진 피해 현장을 방문했다.", "포항 지진 피해 현장"},
		{"site after 찾아", "한동민 장관은 7일 강원 산불 피해 현장을 찾아 복구 상황을 점검했다.", "강원 산불 피해 현장"},
		{"organisation's campus", "오세진 회장은 6일 삼성전자 평택캠퍼스를 찾았다.", "삼성전자 평택캠퍼스"},
		{"clause before the site", "김도윤 장관은 공사가 진행 중인 울산 건설현장을 시찰했다.", "울산 건설현장"},
	}
	for _, tc := range tests {
		doc := x.Extract(articleOf("제목\n\n"+tc.text, "2025-06-13"))
		got, found := "", false
		for _, e := range doc.Events {
			if e.Type == Travel || e.Type == Visit {
				got, found = e.Place, true
			}
		}
		if !found || got != tc.place {
			t.Errorf("%s: place %q (event found %v), want %q", tc.name, got, found, tc.place)
		}
	}
}
