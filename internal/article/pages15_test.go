package article

import "testing"

// pages15Cases are invented articles (TestForms parses them) reproducing
// layouts met on outlets the development pages do not hold: a rights
// notice written as a polite sentence ("…재배포를 금지합니다.") under a
// tip line, a byline bracket whose reporters a hyphenation point parts
// ("나은별‧한결"), a column signed by its editor-in-chief on the timestamp
// line with Hangul-vowel bars, under a share bar closed by "link"; a
// reporter's name set over its title on the next line ("나은별" / "기자")
// under a weather widget, above the lead photo's alt text ("… 기사의 사진");
// a portal page whose headline is full of figures ("2024년 한빛지수 마감
// 종가 1325.40… 연간 12% 상승") above a subhead and a market ticker; a
// photo's credit left alone in the bars of its table cell ("| (사진=…) |");
// a title, bare date, byline and lead run together on one line; a
// paragraph a crawler broke where the page set a link ("다만 이날은" /
// "한빛전자(000000) 등 …"); a story signed by its outlet's desk in brackets
// ("[한빛펜=온라인뉴스팀]"), at the lead and again before a link, with a
// caption credited after a slash ("… / 사진=한빛뉴스"); a briefing's
// transcript under a skip link ("콘텐츠 영역"), each speaker labelled by a
// name and post in angle brackets; a timestamp after a bar closing a
// line that signs by a title with no name ("한빛TV 기자 | 2010.01.01 08:03");
// a lost photo's provider credit ("한빛TV 제공."), a share link ("기사퍼가기"),
// a desk signing with an address cut off ("desk@") and a rights notice with
// a toolbar word glued after it; a team's staff credited in one line
// under the story ("이동편집국= 나은별 부국장·한결 정치팀 차장·…"); a
// print page closed by its labelled address ("URL : http://…"); a title
// under a weather widget, an empty list's header ("최근기사") and a share
// count ("이 기사는 0번 공유됐고 …"); a lost photo's alt text and caption,
// one line shown twice under the timestamp, no subhead; a script broken
// into short lines whose line ends on the particle "보다", mid-sentence; a
// header of bulleted byline ("한빛/ 나은별기자"), timestamp and comment count
// over a block of short subheads, and a series tag in brackets with a dash
// ("[전국은 지금 - 축제]"), which names no outlet; leads opened by the
// outlet and reporter, or the outlet alone, before a bar ("뉴스한빛 나은별
// 기자 | …", "한빛일간신문 | …"); a column's title set again over its text;
// an author listed with a label ("• 에디터 나은별") over a link's label
// ("• 기사") and a credit alone shown twice ("사진: 한빛TV 제공").
func pages15Cases() []formCase {
	return []formCase{
		{file: "polite-rights.txt", headline: "한빛전자 주가 12% 상승..새 공장 착공 소식",
			body:  []string{"[한빛경제=나은별 기자] 한빛전자 주가가", "5일 한빛거래소에", "회사는 다음 달"},
			names: []string{"나은별"}, agency: "한빛경제", published: "2024-03-05",
			rights: "저작권자 <새봄을 여는 뉴스> ⓒ한빛경제 | 상업적 용도로 무단 전재, 재배포를 금지합니다."},
		{file: "dotted-names.txt", body: []string{"[한빛경제=나은별‧한결 기자]도담", "그러면서"},
			names: []string{"나은별", "한결"}, emails: []string{"star@hanbitecon.kr"}, agency: "한빛경제", photos: 1},
		{file: "editor-stamp.txt", headline: "[새봄에서] 창간 30주년을 맞은 새봄저널", body: []string{"새봄저널이 창간", "새봄저널은 1994년"},
			names: []string{"도담"}, emails: []string{"dodam@saebomjournal.kr"}, published: "2024-03-05"},
		{file: "name-over-title.txt", headline: "도담 한빛그룹 회장 “새 공장 올해 안에 짓겠다”", body: []string{"도담 한빛그룹 회장이", "이날 신년인사회에는"},
			names: []string{"나은별"}, published: "2024-01-03"},
		{file: "figures-title.txt", headline: "2024년 한빛지수 마감 종가 1325.40… 연간 12% 상승",
			subheads: []string{"새봄지수 640.12 마감…첫날보다 8% 올라"}, body: []string{"한빛지수가 2024년을", "장 초반"}},
		{file: "cell-credit.txt", body: []string{"[한빛TV 나은별 기자] 이날", "도담 새봄증권", "한빛제약 훨훨"}, // the first line broken at a link
			names: []string{"나은별"}, agency: "한빛TV"},
		{file: "dated-byline.txt", headline: "도담 한빛시장, 시의회 시정질문 참석", body: []string{"도담 한빛시장이 11일"},
			names: []string{"나은별"}, published: "2023-05-11"},
		{file: "desk-signed.txt", headline: "5일 성명, 시의회 간담회 발언 대해 비판",
			body: []string{"[한빛펜=온라인뉴스팀]도담", "도담 의원은 5일", "도담 의원은 이날"}, agency: "한빛펜", photos: 1},
		{file: "briefing-speaker.txt", body: []string{"언론인 여러분", "오늘 협의회에서", "첫 번째는", "당정은", "정부는 다음 달"},
			speakers: []string{"도담 새봄당 정책위의장", "한결 한빛부 차관"}},
		{file: "signed-bar-stamp.txt", headline: "[한빛온라인10년] 많이 큰 10년, 많이 클 10년",
			body: []string{"성탄절이 하루", "함박눈은 아니지만"}, published: "2010-01-01"},
		{file: "provider-credit.txt", headline: "한빛TV '저녁뉴스' 도담 앵커 이번주까지 휴가… 클로징 멘트 그립네",
			body: []string{"한빛TV '저녁뉴스'의", "도담 앵커는 지난 6일"}, agency: "한빛일보", rights: "Copyrights ⓒ 한빛일보. 무단전재 및 재배포 금지"},
		{file: "staff-list.txt", body: []string{"한빛도내에 가뭄이"}, agency: "한빛일보", rights: "저작권자 © 한빛일보 무단전재 및 재배포 금지"},
		{file: "print-page.txt", headline: "도담 한빛군수 새봄도서관서 이동군수실 운영", body: []string{"[한빛신문 = 나은별 기자] 도담", "도담 한빛군수는"},
			names: []string{"나은별"}, emails: []string{"star@hanbitnews.kr"}, agency: "한빛신문", published: "2024-10-23"},
		{file: "share-count.txt", headline: "도담 한빛군수, 군민 공감 토크콘서트", subheads: []string{"17일 새봄면 시작으로 9일 간 진행"},
			body: []string{"[한빛일보] 도담", "군에 따르면"}, agency: "한빛일보", published: "2024-01-10"},
		{file: "twice-under-stamp.txt", headline: `'한빛병원' 도담 감독 "시즌4? 장담 어렵지만 다시 모일 수 있길" [일문일답]`,
			body: []string{"[한빛데일리 나은별 기자]", "지난 17일"}, names: []string{"나은별"}, agency: "한빛데일리", published: "2023-06-22", photos: 1},
		{file: "script-than.txt", body: []string{"한빛군이 중점적으로", "한빛군이 지난 16일부터", "특히 외국인"}},
		{file: "bullet-header-subheads.txt", headline: "[축제] “역시! 한빛등불축제” 연휴 내내 관광객 북새통",
			subheads: []string{"‘한빛의 세시풍속’ 주제로 연휴 겨냥", "우천 등 악조건 속에서 연일 대성황", "7일 하루 유료입장객 6만여명 육박"},
			body:     []string{"연휴 맞춤형", "이런 결과는"}, names: []string{"나은별"}, published: "2017-10-10", photos: 1},
		{file: "bar-lead.txt", headline: "국내외 관광객 모으며‘세계축제도시’로 높아진 위상 확인",
			body: []string{"뉴스한빛 나은별 기자 | 지난 10월", "3년 만에"}, names: []string{"나은별"}, agency: "뉴스한빛"},
		{file: "outlet-bar-lead.txt", headline: "한빛군, 고향사랑기부금 기탁 받아",
			body: []string{"한빛일간신문 | 한빛군은", "기탁식은"}, agency: "한빛일간신문"},
		{file: "title-repeated.txt", headline: "시조에 대하여", body: []string{"나은별 선생은", "시조가 언제"},
			names: []string{"나은별"}, published: "2011-03-02"},
		{file: "editor-bullet.txt", headline: `'한빛병원2' 도담 "어려웠지만 얻어 가는 것 많은 현장…함께 해 영광"(일문일답)`,
			body: []string{"‘한빛병원2’ 도담이"}, names: []string{"나은별"}, published: "2023-09-11", photos: 1},
	}
}

// TestTickerWords checks that a line is read as a market ticker only when
// its words holding figures are at least as many as the others.
func TestTickerWords(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"한빛 1,325.40 ▲12.30", true},
		{"한빛 1,325.40 ▲12.30 새봄 640.12 ▼3.10", true},
		{"파일 [ 12 ]", true},
		{"언론연락처: 한빛재단 홍보팀 02-000-0000", true},
		{"2024년 한빛지수 마감 종가 1325.40… 연간 12% 상승", false},
		{"올해 한빛지수 종가 1325.40 연간 12% 상승 마감", false},
	} {
		if got := tickerWords(tc.line); got != tc.want {
			t.Errorf("tickerWords(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestSplitDatedByline checks that a title, bare date, byline and lead run
// together are cut apart, and that prose holding a date and a reporter is not.
func TestSplitDatedByline(t *testing.T) {
	for _, tc := range []struct {
		line string
		want int // parts, 0 when the line stays whole
	}{
		{"한빛시장, 시의회 시정질문 참석 2023-05-11 나은별 기자 한빛시장이 11일 오전 시의회에서 질문에 답하고 있다.", 4},
		{"경찰은 2023-05-11 나은별 기자 등을 불러 조사했다고 밝혔다.", 0},
		{"한빛시장, 시의회 시정질문 참석 2023-05-11 나은별 기자 사진", 0},
		{"한빛시는 2023-05-11 나은별 기자가 쓴 기사를 바로잡았다. 시는 사과문도 냈다.", 0},
	} {
		if got := len(splitDatedByline(tc.line)); got != tc.want {
			t.Errorf("splitDatedByline(%q) gives %d parts, want %d", tc.line, got, tc.want)
		}
	}
}

// TestBrokenAtLink checks which pairs of crawled lines are one paragraph
// cut where the page set a link inside it.
func TestBrokenAtLink(t *testing.T) {
	for _, tc := range []struct {
		prev, next string
		want       bool
	}{
		{"한빛지수는 0.01% 올랐어요. 다만 이날은", "한빛전자(000000) 등 대표주가 강세를 보였어요.", true},
		{"시는 공원을 새로 열었다. 이어 시장은", "새봄동 주민들과 만나 의견을 들었다.", true},
		{"시는 공원을 새로 열었다.", "새봄동 주민들과 만나 의견을 들었다.", false},
		{"한빛시 청년 주택 공급 계획", "시는 다음 달부터 신청을 받는다.", false},
		{"시는 공원을 새로 열었다. 공원의 이름은 새봄숲공원", "시는 다음 달부터 신청을 받는다.", false},
		{"시는 공원을 새로 열었다. 이어 시장은", "▲새봄동 주민 간담회", false},
		{"시는 공원을 새로 열었다. 이어 시장은", "[사진] 새봄동 주민들과 만나 의견을 들었다.", false},
	} {
		if got := brokenAtLink(tc.prev, tc.next); got != tc.want {
			t.Errorf("brokenAtLink(%q, %q) = %v, want %v", tc.prev, tc.next, got, tc.want)
		}
	}
}

// TestSlashSource checks the source of a caption credited after a slash.
func TestSlashSource(t *testing.T) {
	for _, tc := range []struct{ caption, source string }{
		{"도담 새봄당 의원(자료사진) / 사진=한빛뉴스", "한빛뉴스"},
		{"한빛시청 전경. 사진=한빛시", "한빛시"},
		{"도담 의원(자료사진) 사진=한빛뉴스", ""},
		{"사진: 한빛TV 제공", "한빛TV 제공"},
	} {
		if got := parsePhoto("", tc.caption).Source; got != tc.source {
			t.Errorf("source of %q = %q, want %q", tc.caption, got, tc.source)
		}
	}
}

// TestBriefingSpeaker checks which lines in angle brackets label a
// briefing's speaker.
func TestBriefingSpeaker(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"<도담 새봄당 정책위의장>", "도담 새봄당 정책위의장"},
		{"<한결 한빛부 차관>", "한결 한빛부 차관"},
		{"<한빛시 새 청사 착공>", ""},
		{"<도담>", ""},
		{"<도담 새봄당 정책위의장> 오늘 브리핑을 하겠습니다", ""},
	} {
		if got := briefingSpeaker(tc.line); got != tc.want {
			t.Errorf("briefingSpeaker(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestBroadcasterRights checks that the rights notices of broadcasters
// whose names mix Latin and Hangul letters name their outlet.
func TestBroadcasterRights(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"Copyrights ⓒ TV조선. 무단전재 및 재배포 금지", "TV조선"},
		{"ⓒ 채널A. 무단전재 및 재배포 금지", "채널A"},
		{"Copyright ⓒ 한빛방송 무단전재 및 재배포 금지", "한빛방송"},
	} {
		if got := rightsOutlet(tc.line); got != tc.want {
			t.Errorf("rightsOutlet(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestEditorTitle checks that an editor's title signs a byline standing
// apart from the name, and never as glued to a word before it: the head of
// a travelling desk ("이동편집국장") in a staff list is no reporter.
func TestEditorTitle(t *testing.T) {
	if c, ok := parseByline("도담 편집국장 dodam@hanbit.kr"); !ok || len(c.names) != 1 || c.names[0] != "도담" {
		t.Errorf("editor byline = %+v %v, want 도담", c, ok)
	}
	if c, ok := parseByline("이동편집국= 나은별 부국장(이동편집국장)·한결 정치팀 차장·도담 사회부 기자"); ok && len(c.names) > 0 {
		t.Errorf("staff list read as a byline: %+v", c)
	}
	if got := gluedTitle("이동편집국장"); got != "" {
		t.Errorf("gluedTitle(이동편집국장) = %q, want none", got)
	}
}

// TestStaffList checks which lines credit a team's staff.
func TestStaffList(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"특별취재팀= 나은별 차장·한결 기자·도담 기자", true},
		{"이동편집국= 나은별 부국장(이동편집국장)·한결 정치팀 차장·도담 사회부 기자", true},
		{"특별취재팀= 나은별 차장·한결 기자", false},
		{"[한빛=나은별 기자] 한빛시·새봄시·도담군이 협약을 맺었다.", false},
	} {
		if got := staffList(tc.line); got != tc.want {
			t.Errorf("staffList(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
