package article

// pages15Cases are invented articles (TestForms parses them) reproducing
// layouts met on outlets the development pages do not hold: a rights
// notice written as a polite sentence ("…재배포를 금지합니다.") under a
// tip line, a byline bracket whose reporters a hyphenation point parts
// ("나은별‧한결"), a column signed by its editor-in-chief on the timestamp
// line with Hangul-vowel bars, under a share bar closed by "link"; a
// reporter's name set over its title on the next line ("나은별" / "기자")
// under a weather widget, above the lead photo's alt text ("… 기사의 사진").
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
	}
}
