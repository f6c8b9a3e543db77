package article

// pages11Cases are invented articles (TestForms parses them) reproducing
// layouts met on outlets the development pages do not hold: a wire
// service's rights line closed by its "송고" timestamp, a broadcast script
// broken into short lines with no title line whose sentences lack full
// stops, and a summary page closed by share prompts, a template's
// placeholder text and previous/next post links, and a story of one
// paragraph closed by the reporter's name with no e-mail, above a list of
// cut-off headlines, and a board page whose story of many sentences
// stands in one table cell closed by its bar, and a video story signed by
// its producer (PD) and reporter under a bracketed crew credit line, and
// an archived story signed by a name printed in hanja and an e-mail; a
// most-read list whose headlines carry a summary each, and a related
// story's headline inside the story, after which the story goes on; a
// headshot's caption (a name and a title) over a title-less story, and a
// headline about a reporter ("…유포한 기자 법정구속"), which signs nothing;
// a caption credited by the outlet and its photographer after a slash, and
// a caption signed by its photographer over the story's short first sentence.
func pages11Cases() []formCase {
	return []formCase{
		{file: "wire-rights-stamp.txt", body: []string{"어제(4일) 오후", "한빛경찰서는"},
			agency: "한빛뉴스", rights: "<저작권자(c) 한빛뉴스, 무단 전재-재배포 금지> 2021/03/05 10:20 송고", published: "2021-03-05"},
		{file: "script-short-lines.txt", body: []string{"공사비 부풀리기 의혹에 휩싸인 한빛군 도로공사에 대해 감사원이", "부풀려진 공사비는"},
			rights: "Copyright © Hanbit Broadcasting. All rights reserved."},
		{file: "share-prompts.txt", headline: `한빛FC 도담 감독 "끝까지 뛴 선수들에게 고맙다" [현장인터뷰]`,
			body: []string{"한빛FC는 주말 홈경기에서", "경기 후 기자회견에서"}},
		{file: "board-cell-story.txt", headline: "도담 감독, “결과는 아쉽지만 내용은 좋았다”", body: []string{"프로축구 한빛FC 도담 감독이"}, published: "2019-05-12"},
		{file: "producer-credit.txt", headline: `[영상] 도담 감독 "모든 걸 쏟아낸 경기였다"`, body: []string{"여자배구 결승전에서"},
			names: []string{"한결", "나은별"}, emails: []string{"star@hanbittv.co.kr"}, agency: "한빛TV", rights: "Copyright ⓒ 한빛TV. All rights reserved. 무단 전재, 재배포 금지"},
		{file: "hanja-archive.txt", body: []string{"도의회는 6일", "尹道潭의원(한빛)은"}, names: []string{"韓潔"},
			emails: []string{"hangyeol@hanbitilbo.kr"}, agency: "한빛일보", rights: "저작권자 © 한빛일보 무단전재 및 재배포 금지"},
		{file: "most-read-summaries.txt", headline: "한빛시, 청년 주택 500호 공급", body: []string{"한빛시는 청년 주택", "시는 다음 달부터"}, published: "2024-03-05"},
		{file: "related-mid-story.txt", headline: "한빛시, 청년 주택 500호 공급", body: []string{"한빛시는 청년 주택", "시는 다음 달부터", "시는 또 청년"}, published: "2024-03-05"},
		{file: "mugshot-untitled.txt", body: []string{"한빛시는 청년 주택", "도담 시장은"}, names: []string{"나은별"},
			emails: []string{"star@hanbitilbo.kr"}, photos: 1},
		{file: "reporter-headline.txt", headline: "허위사실 유포한 기자 법정구속", body: []string{"13일 한빛지법에서"}, names: []string{"나은별"},
			emails: []string{"star@hanbitilbo.kr"}, agency: "한빛일보", rights: "[ⓒ 한빛일보. 무단전재-재배포 금지]", published: "2015-03-13"},
		{file: "outlet-slash-caption.txt", headline: "한빛·새봄, 콘텐츠 교류 협력", body: []string{"한빛경제와 새봄일보는 이날"}, photos: 1},
		{file: "caption-then-story.txt", headline: "한빛·새봄 협력", body: []string{"한빛과 새봄일보가 22일 서로", "양 사는 이날"}, photos: 1},
		{file: "glued-signoff-teasers.txt", body: []string{"도담 한빛군수는 12일"}, names: []string{"나은별"}},
	}
}
