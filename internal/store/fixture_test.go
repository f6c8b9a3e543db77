package store

import "github.com/sosik-news/sosik/internal/extract"

// corpus is a small hand-written corpus (not from any real article) that
// exercises linking, search and filters. Fresh documents on every call.
func corpus() []*extract.Document {
	lee := func(title string) ent {
		return ent{id: "e1", typ: extract.Person, name: "이재용", title: title, aff: "삼성전자", aliases: []string{"이 회장", "이 부회장"}}
	}
	return []*extract.Document{
		doc("삼성전자, 반도체 투자 확대", "[서울=뉴시스] 이재용 삼성전자 회장이 1일 서울 총리공관에서 한덕수 국무총리를 만났다. "+
			"이 회장은 \"반도체 투자를 늘리겠다\"고 말했다. 삼성전자가 올해 투자 계획을 밝힌 것은 처음이다.", "2025-04-01", "뉴시스",
			[]ent{lee("회장"), {id: "e2", typ: extract.Org, name: "삼성전자"}, {id: "e3", typ: extract.Person, name: "한덕수", title: "국무총리"}, {id: "e4", typ: extract.Place, name: "서울"}},
			extract.Event{Type: "MEET", Actors: []string{"이재용", "한덕수"}, Place: "총리공관", Date: "2025-04-01", Certainty: extract.Asserted, Evidence: "만났다"}),
		doc("국회, 인공지능 기본법 통과", "국회는 2일 본회의를 열어 인공지능 기본법을 통과시켰다. 오픈AI 등 해외 기업도 법의 적용을 받는다. "+
			"이재용 삼성전자 회장은 환영의 뜻을 밝혔다.", "2025-04-02", "연합뉴스",
			[]ent{lee("회장"), {id: "e2", typ: extract.Org, name: "오픈AI"}, {id: "e3", typ: extract.Org, name: "국회"}}),
		doc("김민수 삼성전자 상무, 신제품 공개", "김민수 삼성전자 상무는 5일 새 스마트폰을 공개했다. 김 상무는 배터리 수명이 길어졌다고 설명했다.", "2024-11-05", "뉴시스",
			[]ent{{id: "e1", typ: extract.Person, name: "김민수", title: "상무", aff: "삼성전자", aliases: []string{"김 상무"}}, {id: "e2", typ: extract.Org, name: "삼성전자"}}),
		doc("김민수 LG전자 부장 인터뷰", "김민수 LG전자 부장은 가전 사업의 해외 매출이 늘었다고 말했다. 김 부장은 유럽 시장을 다음 목표로 꼽았다.", "2024-12-10", "한국경제",
			[]ent{{id: "e1", typ: extract.Person, name: "김민수", title: "부장", aff: "LG전자", aliases: []string{"김 부장"}}, {id: "e2", typ: extract.Org, name: "LG전자"}}),
		doc("이재용 부회장 검찰 출석", "이재용 삼성전자 부회장이 10일 서울중앙지검에 출석했다. 검찰은 이 부회장을 상대로 합병 과정을 조사했다.", "2022-05-10", "연합뉴스",
			[]ent{lee("부회장"), {id: "e2", typ: extract.Org, name: "검찰"}, {id: "e3", typ: extract.Org, name: "삼성전자"}}),
		doc("오픈 AI, 한국 지사 설립", "오픈 AI가 서울에 한국 지사를 세운다. 회사는 국내 기업과 협력을 넓히겠다고 밝혔다.", "2025-05-20", "뉴시스",
			[]ent{{id: "e1", typ: extract.Org, name: "오픈 AI", aliases: []string{"회사"}}, {id: "e2", typ: extract.Place, name: "서울"}},
			extract.Event{Type: "ESTABLISH", Actors: []string{"오픈 AI"}, Object: "한국 지사", Place: "서울", Certainty: extract.Reported}),
		doc("전국회의 열려", "교사 단체가 3일 대전에서 전국회의를 열고 처우 개선을 요구했다.", "2025-04-03", "지역일보",
			[]ent{{id: "e1", typ: extract.Place, name: "대전"}}),
		doc("삼성 김민수 상무 승진", "삼성의 김민수 상무가 전무로 승진했다.", "2025-01-02", "한국경제",
			[]ent{{id: "e1", typ: extract.Person, name: "김민수", title: "전무", aff: "삼성"}}),
	}
}
