package extract

import "testing"

// TestCausativeLightVerb: a predicate noun with 시키다 (승진시켰다,
// 출범시켰다) is the event, as with 하다; a person of a company the
// lexicon does not know (…오일뱅크) keeps title and affiliation.
func TestCausativeLightVerb(t *testing.T) {
	checkEventActors(t, []eventActors{
		{"한빛그룹은 21일 도담 현대오일뱅크 상무를 전무로 승진시켰다.", "APPOINT", []string{"한빛그룹", "도담"}},
		{"한빛그룹은 새 법인을 출범시켰다.", "ESTABLISH", []string{"한빛그룹"}},
	})
	checkPersons(t, []personCase{{"한빛그룹은 도담 현대오일뱅크 상무를 전무로 승진시켰다.", "도담", "상무"}})
}
