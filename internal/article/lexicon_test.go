package article

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestLexiconLoads checks the embedded tables load, hold every kind the
// classifier reads, and that a bad row is refused with its file and line.
func TestLexiconLoads(t *testing.T) {
	lx, err := loadLexicon(lexiconFS)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []phraseKind{phraseChrome, phraseWidget, phraseTeaser, phrasePromo, phraseCrew, phraseSpeaker, phraseSummary, phraseSummaryEnd} {
		if len(lx.phrases[k]) == 0 {
			t.Errorf("no %s phrases", k)
		}
	}
	if !lx.toolbar["바로가기"] || lx.dateLabels["입력"] != 1 || lx.dateLabels["수정"] <= lx.dateLabels["승인"] {
		t.Errorf("toolbar or date labels wrong: %v %v", lx.toolbar["바로가기"], lx.dateLabels)
	}
	good := "chrome\tline\t광고닫기\n"
	tests := []struct {
		name, boilerplate, dates, want string
	}{
		{"unknown kind", "menu\tline\t홈\n", "입력\t1\tbefore\n", "boilerplate.tsv:2: unknown kind"},
		{"toolbar phrase with a space", "toolbar\tword\t글자 크기\n", "입력\t1\tbefore\n", "must be one word"},
		{"unknown match", "chrome\tregex\t광고\n", "입력\t1\tbefore\n", "unknown match"},
		{"missing field", "chrome\t광고\n", "입력\t1\tbefore\n", "2 fields, want 3"},
		{"bad trust", good, "입력\t0\tbefore\n", "datelabels.tsv:1: trust"},
		{"bad place", good, "송고\t1\tbeside\n", "datelabels.tsv:1: place"},
		{"outer space", "chrome\tline\t 광고\n", "입력\t1\tbefore\n", "outer spaces"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"lexicon/boilerplate.tsv": {Data: []byte("# comment\n" + tc.boilerplate)},
				"lexicon/datelabels.tsv":  {Data: []byte(tc.dates)},
			}
			_, err := loadLexicon(fsys)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestLineFeatures checks the features the classifier reads on lines of
// each kind of page furniture.
func TestLineFeatures(t *testing.T) {
	tests := []struct {
		line string
		want func(feature) bool
	}{
		{"크게 작게 프린트 메일", func(f feature) bool { return f.toolbar }},
		{"댓글0", func(f feature) bool { return f.toolbar }},
		{"https://www.example.com/news/1 URL 복사", func(f feature) bool { return f.toolbar }},
		{"◀ 앵커 ▶", func(f feature) bool { return f.marker }},
		{"【 앵커멘트 】", func(f feature) bool { return f.marker }},
		{"[기자]", func(f feature) bool { return f.marker }},
		{"◀INT▶도담 *주민*", func(f feature) bool { return f.speakerTag }},
		{"▶ 인터뷰 : 한결 / 시장", func(f feature) bool { return f.speakerTag }},
		{`(S/U)"현장에서 전해드렸습니다."`, func(f feature) bool { return !f.speakerTag && f.markerRest != "" }},
		{"#경제 #수출", func(f feature) bool { return f.hashtags }},
		{"[도담/한빛시 주민]", func(f feature) bool { return f.speaker == "도담 한빛시 주민" }},
		{"▶ 인터뷰 : 한결 / 시장", func(f feature) bool { return f.speaker == "한결 시장" }},
		{"▷ 전화 : 02-781-0000", func(f feature) bool { return f.speakerTag && f.speaker == "" }},
		{"<인터뷰> 한결 / 상인", func(f feature) bool { return f.speakerTag }},
		{"(영상취재 : 도담, 영상편집 : 한결)", func(f feature) bool { return f.crew }},
		{"훈훈해요 0 슬퍼요 0", func(f feature) bool { return f.toolbar }},
		{"회사소개 | 광고문의 | 개인정보처리방침", func(f feature) bool { return f.toolbar }},
		{"홈 > 정치 > 국회", func(f feature) bool { return f.toolbar }},
		{"전체댓글 0", func(f feature) bool { return f.toolbar }},
		{"도담/한빛시 문화국장", func(f feature) bool { return f.speakerTag && f.speaker == "도담 한빛시 문화국장" }},
		{"한빛/ 도담기자", func(f feature) bool { return !f.speakerTag }},
		{"서울/경기", func(f feature) bool { return !f.speakerTag }},
		{"<도담 새봄당 정책위의장>", func(f feature) bool { return f.speakerTag && f.speaker == "도담 새봄당 정책위의장" }},
		{"URL : http://www.hanbitnews.kr/article.php?aid=12", func(f feature) bool { return f.toolbar }},
		{"페이스북 트위터 카카오스토리 밴드 link", func(f feature) bool { return f.toolbar }},
		{"이 기사는 3번 공유됐고 1개의 댓글이 있습니다.", func(f feature) bool { return f.chrome }},
		{"한빛TV 제공.", func(f feature) bool { return f.chrome }},
		{"무료 급식 제공", func(f feature) bool { return !f.chrome }},
		{"한빛·푸른·새봄 합병", func(f feature) bool { return !f.toolbar }},
		{"코스피 2,731.05 ▲12.40", func(f feature) bool { return f.ticker }},
		{"3 프로야구 개막전 티켓 매진", func(f feature) bool { return f.rank == 3 }},
		{"3일 개막전 티켓이 매진됐다.", func(f feature) bool { return f.rank == 0 }},
		{"서울 12.5℃ 맑음", func(f feature) bool { return f.weather }},
		{"부산 많이본 뉴스", func(f feature) bool { return f.widget }},
		{"영상편집 : 도담", func(f feature) bool { return f.crew }},
		{"KBS뉴스 서하늘입니다.", func(f feature) bool {
			return f.signoff != nil && f.signoff.names[0] == "서하늘" && f.signoff.agency == "KBS"
		}},
		{"MBC NEWS 나은별입니다.", func(f feature) bool { return f.signoff != nil && f.signoff.names[0] == "나은별" }},
		{"TV조선 한결웁니다.", func(f feature) bool { return f.signoff != nil && f.signoff.names[0] == "한결우" }},
		{"한빛A 뉴스 나은별입니다.", func(f feature) bool {
			return f.signoff != nil && f.signoff.names[0] == "나은별" && f.signoff.agency == "한빛A"
		}},
		{"날이 갈수록 커지고 있습니다.", func(f feature) bool { return f.signoff == nil }},
		{"VOA 뉴스", func(f feature) bool { return f.outletOnly }},
		{"입력 2025.04.07 10:31", func(f feature) bool { return f.date.date == "2025-04-07" && f.date.trust == 1 }},
		{"기사입력 : 2024-1-9", func(f feature) bool { return f.date.date == "2024-01-09" }},
		{"승인 2023.02.01 수정 2023.02.03", func(f feature) bool { return f.date.date == "2023-02-01" }},
		{"홍길동 / 2022-09-05 17:29:08", func(f feature) bool { return f.date.date == "2022-09-05" && f.date.outlet == "" }},
		{"KBS 2024. 1. 29. 23:57", func(f feature) bool { return f.date.date == "2024-01-29" && f.date.outlet == "KBS" }},
		{"기자명 서하늘 기자   입력 2025.04.13 10:05", func(f feature) bool {
			return f.date.date == "2025-04-13" && f.byline != nil && f.byline.names[0] == "서하늘"
		}},
		{"2025년 04월 13일 일요일", func(f feature) bool { return f.date.stamp && f.date.date == "" }},
		{"지난 2024.3.1 시행된 법이 바뀌었다.", func(f feature) bool { return !f.date.stamp }},
		{"▲ 축사하는 한결 시장 |", func(f feature) bool { return f.caption }},
		{"▲ 주민들이 모였다. ⓒ 도담", func(f feature) bool { return f.caption && !f.rights }},
		{"두 사람이 악수하고 있다. 사진제공=외교부", func(f feature) bool { return f.caption }},
		{"(서울=연합뉴스) 나은별기자", func(f feature) bool { return f.byline != nil && f.byline.names[0] == "나은별" }},
		{"[한빛신문 서하늘]", func(f feature) bool { return f.byline != nil && f.byline.agency == "한빛신문" }},
		{"[런던(영국)=도담 한빛닷컴 기자]", func(f feature) bool {
			return f.bracketBy && f.byline != nil && f.byline.names[0] == "도담" && f.byline.dateline.Place == "런던"
		}},
		{"[한빛경제=도담 기자]", func(f feature) bool {
			return f.byline != nil && f.byline.names[0] == "도담" && f.byline.agency == "한빛경제" && f.byline.dateline == nil
		}},
		{"[한빛일보 = 도담 기자]", func(f feature) bool {
			return f.byline != nil && f.byline.names[0] == "도담" && f.byline.agency == "한빛일보" && f.byline.dateline == nil
		}},
		{"[LA=도담 특파원]", func(f feature) bool {
			return f.byline != nil && f.byline.names[0] == "도담" && f.byline.dateline != nil && f.byline.dateline.Place == "LA"
		}},
	}
	for _, tc := range tests {
		if f := measureLine(tc.line); !tc.want(f) {
			t.Errorf("%q: features %+v", tc.line, f)
		}
	}
}

// TestRightsOutlet reads the outlet a rights notice names.
func TestRightsOutlet(t *testing.T) {
	tests := map[string]string{
		"저작권자 © 한빛뉴스 무단전재 및 재배포 금지":                                  "한빛뉴스",
		"[ⓒ 푸른일보. 무단전재-재배포 금지]":                                      "푸른일보",
		"새봄신문(www.saebom.kr), 무단전재 및 수집, 재배포금지":                      "새봄신문",
		"ⓒ연합뉴스TV, 무단 전재-재배포 금지":                                      "연합뉴스TV",
		"Copyright © Hanbit Broadcasting Corp. All rights reserved.": "",
	}
	for in, want := range tests {
		if got := rightsOutlet(in); got != want {
			t.Errorf("rightsOutlet(%q) = %q, want %q", in, got, want)
		}
	}
}
