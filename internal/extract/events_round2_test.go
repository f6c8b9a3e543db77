package extract

import "testing"

// TestReportedClaimMeetings: a meeting told as the content of a claim
// ("…만났다는 진술") is a reported meeting, and the determiner "한"
// ("강릉의 한 식당") is no relative clause hiding its subject.
func TestReportedClaimMeetings(t *testing.T) {
	checkMeets(t, "2026-03-10", []meetCase{
		{name: "statement with determiner", text: "경찰은 정우성 대표와 한지민 사장이 속초의 한 카페에서 만났다는 진술을 받아냈다.",
			actors: []string{"정우성", "한지민"}, place: "카페", cert: Reported},
		{name: "allegation", text: "검찰은 오세훈 의원이 지난달 대구에서 문채원 회장과 회동했다는 의혹을 수사하고 있다.",
			actors: []string{"오세훈", "문채원"}, place: "대구", cert: Reported},
		{name: "testimony before place adjunct", text: "검찰은 류승범 회장이 한 호텔에서 배두나 의원을 만났다는 증언을 확보했다.",
			actors: []string{"류승범", "배두나"}, place: "호텔", cert: Reported},
		{name: "han as 하다 adnominal", text: "배두나 사장이 한 말을 류승범 대표가 반박했다.", actors: nil},
	})
}
