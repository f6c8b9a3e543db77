package article

// lead14Cases are invented pages (TestForms parses them) reproducing
// layouts met on outlets the development pages do not hold: a reporter's
// profile link ("홍길동기자 기사모음") above the headline and a caption
// printed twice, the second time opened by ▲; a timestamp line signed
// by two reporters; and an outlet, a place and a reporter together in
// parentheses before the first sentence; a caption marked by arrows
// ("↑↑ 왼쪽부터 …") and an ad's placeholder line ("광고 로드중"); a
// picture's source in brackets ("[사진 출처 : …]", no one's soundbite)
// and the page's own address after 출처: under a broadcast story; a wire
// story signed by a name in parentheses over the reporter's address; a
// site's name before a bar and the timestamp ("한빛경제신문 | 입력 …"); a
// bracket byline of a financial daily ("[한빛파이낸스 홍길동 기자]"); the
// items of a news roundup opened by a triangle ("▲ 제목 = 본문"), no captions;
// a slash sign-off with an e-mail under a story's last paragraph that ends
// on a quote ("/홍길동기자 e-mail"), no caption's credit; a news desk (…뉴스국)
// signing with an intern reporter in brackets.
func lead14Cases() []formCase {
	return []formCase{
		{file: "profile-link-stamp.txt", headline: "한빛전자 3분기 영업익 20%↑…반도체가 견인",
			body: []string{"한빛전자의 3분기", "회사는 4분기에도"}, names: []string{"나은별"}, emails: []string{"star@saebom.kr"},
			published: "2025-11-16", photos: 1},
		{file: "stamp-two-reporters.txt", headline: "한빛전자, 3분기 영업이익 10조 돌파",
			body: []string{"한빛전자는 18일", "회사는 4분기에도"}, names: []string{"도담", "한결"}, published: "2025-11-18"},
		{file: "paren-outlet-place-reporter.txt", headline: `한빛FC 도담 감독 "선수들이 해냈다" [새봄에서]`,
			body: []string{"(한빛스포츠, 새봄 나은별 기자)", "도담 감독은"}, names: []string{"나은별"}, agency: "한빛스포츠",
			dateline: &Dateline{Place: "새봄", Agency: "한빛스포츠"}},
		{file: "arrow-caption-ad-placeholder.txt", headline: "도담 한빛시장, 새봄군수 만나 협력 논의",
			body: []string{"도담 한빛시장이 22일", "도담 시장은"}, names: []string{"나은별"}, published: "2025-01-22", photos: 1},
		{file: "photo-source-tail.txt", headline: "도담 장관, 새봄국 외교장관과 회담",
			body: []string{"도담 외교부 장관이", "외교부는 양측이"}},
		{file: "wire-paren-name-mail.txt", body: []string{"(서울=한빛뉴스) 특별취재단 =", "양측은 협력"},
			names: []string{"도담"}, emails: []string{"dodam@hanbit.co.kr"}, agency: "한빛뉴스",
			dateline: &Dateline{Place: "서울", Agency: "한빛뉴스"}, rights: "<저작권자(c) 한빛뉴스, 무단 전재-재배포 금지>"},
		{file: "outlet-bar-stamp.txt", headline: "한빛전자 3분기 영업익 20%↑…반도체가 견인",
			body: []string{"한빛전자의 3분기", "회사는 4분기에도"}, published: "2025-11-16"},
		{file: "bracket-finance-byline.txt", headline: "한빛그룹, 임원 승진 20명…상무보 폐지",
			body: []string{"[한빛파이낸스 나은별 기자]", "그룹은 다음 달"}, names: []string{"나은별"}, agency: "한빛파이낸스"},
		{file: "brief-roundup-items.txt", headline: "[가요소식] 도담, 내달 두 번째 솔로음반",
			body: []string{"(서울=한빛뉴스) 나은별 기자 =", "음반 이름을", "▲ 한결 앙코르 콘서트"}, names: []string{"나은별"}, agency: "한빛뉴스",
			dateline: &Dateline{Place: "서울", Agency: "한빛뉴스"}},
		{file: "slash-signoff-after-quote.txt", headline: "한빛시 상가 화재로 1명 숨져",
			body: []string{"한빛시 상가 2층에서", "경찰과 소방당국은 화재"}, names: []string{"나은별"}, emails: []string{"star@hanbiteco.kr"},
			agency: "한빛경제", rights: "< 저작권자 ⓒ 한빛경제, 무단 전재 및 재배포 금지 >"},
		{file: "bracket-newsdesk-intern.txt", headline: "한빛시 주택 화재로 2명 숨져",
			body: []string{"소방당국은 건물이", "경찰과 소방당국은"}, names: []string{"나은별"}, agency: "한빛경제",
			rights: "[ⓒ 한빛경제 & hanbit.kr, 무단전재 및 재배포 금지]"},
	}
}
