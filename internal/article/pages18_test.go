package article

// pages18Cases are invented articles (TestForms parses them) reproducing
// layouts of trade and regional weekly sites: a byline bracket of an outlet
// named with an ending the list lacked ("[누리업저버 김민지 기자]"); a header
// that lists the outlet, not a reporter, in the bulleted author item over
// the timestamp ("• 가람리뷰", "• 승인 2012.10.24 00:00"); a labelled
// timestamp with a two-digit year ("기사입력시간 25.12.02 15:15"); a lead
// opened by the outlet in round brackets under a weather widget
// ("(가람신문) 김민국 시장은 …"); a magazine's byline line under a box mark
// ("▣ 김하늘 기자 sky@…") above an interview, which is no headline; a page
// opening on its labelled timestamp, then a tip link, the title and its
// subhead; a portal copy of a regional broadcast, its reporter alone
// before the timestamp ("김하늘 2024. 6. 17. 21:49") and the station's tag
// before the anchor's label ("[KBS 가람] [앵커]"), which is no subhead.
func pages18Cases() []formCase {
	return []formCase{
		{file: "observer-bracket.txt", headline: "한빛의사회, 새 진료 지침 발표",
			body:  []string{"[누리업저버 김민지 기자] 한빛의사회가", "지침은 내년부터"},
			names: []string{"김민지"}, agency: "누리업저버"},
		{file: "bulleted-outlet.txt", headline: "[기획] 누리방송 창사 10주년",
			body: []string{"누리방송(회장 김도윤)이"}, agency: "가람리뷰", published: "2012-10-24"},
		{file: "short-year-stamp.txt", headline: "누리포럼 열린다",
			body:  []string{"[누리뉴스 박민식 기자] 누리포럼이"},
			names: []string{"박민식"}, agency: "누리뉴스", published: "2025-12-02"},
		{file: "stamp-first-title.txt", headline: "누리포럼 열린다…젊은 연구자 미래 모색",
			subheads: []string{"12월 27일 한빛대 강당서 개최…주요 인사 강연부터 박람회까지"},
			body:     []string{"[누리뉴스 박민식 기자] 누리포럼이", "포럼은 오후 1시"},
			names:    []string{"박민식"}, agency: "누리뉴스", published: "2025-12-02"},
		{file: "portal-regional-cue.txt", headline: "주민 곁으로 한 걸음 더…지역과 함께하는 방송",
			body:  []string{"가람도민들의 삶을", "김하늘 기자가 소개합니다.", "생방송 20분 전"},
			names: []string{"김하늘"}, published: "2024-06-17"},
		{file: "round-outlet-lead.txt", headline: "전시회 찾은 김민국 시장",
			body: []string{"(가람신문) 김민국 시장은", "사진전은 가람사진협회가"}, agency: "가람신문"},
		{file: "boxed-mark-byline.txt",
			body:  []string{"대학생 박누리(20)씨는", "1. 당신은 누구?", "서울의 한 대학에"},
			names: []string{"김하늘"}, emails: []string{"sky@example.co.kr"}},
	}
}
