package article

// pages22Cases are invented articles (TestForms parses them) reproducing a
// portal copy laid out as news.nate.com prints it: the outlet alone under
// the title, the stamp labelled "기사전송" (a date label dating the copy,
// no reporter's name) over a later "최종수정", a row of one-letter
// font-size buttons and the "글자 크기 조절" control (chrome, no subhead)
// above a bracketed byline lead; and a portal copy whose header links to
// the original ("누리신문 원문 보기"): a toolbar line after the outlet's
// name, no subhead.
func pages22Cases() []formCase {
	return []formCase{
		{file: "portal-nate.txt", headline: "누리시, 옛 철길에 산책로 연다",
			body:  []string{"[가람일보 한결 기자] 누리시는", "시는 철길 양옆에"},
			names: []string{"한결"}, agency: "가람일보",
			rights: "Copyright ⓒ 가람일보. 무단 전재 및 재배포 금지", published: "2024-11-05"},
		{file: "portal-source-link.txt", headline: "누리군, 마을버스 요금 500원으로 내린다",
			body:  []string{"누리군은 다음 달부터", "군은 이를 위해"},
			names: []string{"서하늘"}, emails: []string{"sky@nurinews.kr"}, agency: "누리신문",
			rights: "<저작권자 © 누리신문, 무단 전재 및 재배포 금지>", published: "2025-02-18"},
	}
}
