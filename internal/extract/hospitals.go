package extract

import "strings"

// hospitalKinds before 병원 make a kind of hospital, not one hospital:
// 대학병원, 요양병원, 동물병원, 거점병원, 감염병전담병원.
var hospitalKinds = setOf(`대학 요양 동물 종합 거점 치과 한방 한의 정신 재활 아동 어린이 여성 공공 민간 상급 상급종합 지방 지역
	국립 공립 시립 도립 군 야전 협력 지정 전담 수련 중소 대형 개인 협진 인근 주변 대학부속 부속 산부인과 소아과 정형외과 안과 피부과
	일반 의료 수도권 외국 해외 국내 현지 가축 애견 반려동물 야간 응급 격리 임시 생활치료 감염병`)

// hospitalKind reports the part before 병원 naming a kind of hospital,
// written alone or at the end of a longer noun (감염병전담).
func hospitalKind(prefix string) bool {
	if prefix == "" {
		return true
	}
	for k := range hospitalKinds() {
		if strings.HasSuffix(prefix, k) {
			return true
		}
	}
	return false
}

// orgWordBefore reports word p-1 a hospital written by name
// ("한빛대병원 허윤정 교수"): a name the analyser reads after a common
// noun is still a name there, and the name-before-title reading takes the
// hospital as the affiliation. (After a company the word may be its unit:
// "누리전자 반도체 부사장".)
func (d *doc) orgWordBefore(p, lo int) bool {
	return p-1 >= lo && d.hospitalWord(p-1)
}

// hospitalWord reports word k one hospital written as one word, a name
// then 병원 ("한빛대병원", "가람병원"), not a kind of hospital (대학병원).
// Only right before a titled name is it taken as an organisation: alone,
// 병원 words are too often kinds.
func (d *doc) hospitalWord(k int) bool {
	w := &d.words[k]
	prefix, ok := strings.CutSuffix(w.stem, "병원")
	return ok && w.bare() && !w.quoted && !d.claimed[k] && allHangul(prefix) && syllables(prefix) >= 2 && !hospitalKind(prefix) && !d.lx.stop[w.stem]
}

// medicalDepartment reports a hospital department named before a doctor's
// title: the short 외과, 내과, 안과 and the longer names ending in them
// (정형외과, 소화기내과, 산부인과, 이비인후과).
func medicalDepartment(s string) bool {
	if !allHangul(s) {
		return false
	}
	switch s {
	case "외과", "내과", "안과":
		return true
	}
	return syllables(s) >= 3 && endsAny(s, "외과", "내과", "부인과", "인후과", "청소년과")
}
