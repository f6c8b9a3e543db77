package article

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestForms parses one short invented article per form and page layout
// under testdata/forms (wire copy, broadcast scripts, interviews, photo
// news, columns, personnel and obituary items, portal pages) and checks
// the anatomy: headline, subheads, the start of every body paragraph,
// byline, agency, dateline, rights and published.
func TestForms(t *testing.T) {
	for _, tc := range slices.Concat(formCases(), freshCases(), pagesKCases(), pages11Cases(), pages15Cases(), lead14Cases(), pages18Cases(), pages22Cases()) {
		t.Run(tc.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "forms", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(tc.file, raw)
			if err != nil {
				t.Fatal(err)
			}
			checkSections(t, a)
			tc.check(t, a)
		})
	}
}

// formCase is what one invented article of testdata/forms must give.
type formCase struct {
	file      string
	headline  string
	subheads  []string
	body      []string // the start of each body paragraph
	names     []string
	emails    []string
	agency    string
	dateline  *Dateline
	rights    string
	published string
	photos    int
	speakers  []string // the speaker labels kept as speaker sections
}

func formCases() []formCase {
	return []formCase{
		{file: "wire-old-style.txt", body: []string{"(거제=연합뉴스) 한결 조선업계가", "한빛조선은 13일", "회사 관계자는"},
			names: []string{"나은별"}, agency: "연합뉴스", dateline: &Dateline{Place: "거제", Agency: "연합뉴스"}, photos: 1},
		{file: "wire-glued-rights.txt", headline: "도심 재개발 조합 비리 항소심…2명 감형", subheads: []string{"조합 자금 횡령 혐의"},
			body: []string{"[부산=뉴시스]서하늘 도담 기자 =", "재판부는"}, names: []string{"서하늘", "도담"},
			emails: []string{"sky@newsis.com", "dodam@newsis.com"}, agency: "뉴시스", dateline: &Dateline{Place: "부산", Agency: "뉴시스"},
			rights: "저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지", published: "2023-06-05"},
		{file: "broadcast-bracket.txt", headline: `강변 산책로 낙석 사고…"안전망 설치 서둘러야"`,
			body:  []string{"오늘 오후 강변 산책로에", "사고는 오후 3시쯤", "주민들은"},
			names: []string{"서하늘"}, agency: "연합뉴스TV", rights: "ⓒ연합뉴스TV, 무단 전재-재배포 금지", published: "2024-05-09"},
		{file: "broadcast-arrow.txt", headline: "도심 공원 야간 개방…첫날 시민 수천 명 몰려",
			body:  []string{"시가 도심 공원을", "서하늘 기자가 다녀왔습니다", "해가 진 뒤에도", "시는 가로등"},
			names: []string{"서하늘"}, agency: "MBC", published: "2023-08-01"},
		{file: "broadcast-corner.txt", headline: `전통시장 화재 경보기 무상 설치…"초기 진화에 도움"`,
			body:  []string{"겨울철 전통시장 화재가", "나은별 기자입니다", "좁은 골목에", `"불이 나면`, "구청은 올해 안에"},
			names: []string{"나은별"}, emails: []string{"star@mbn.co.kr"}, agency: "MBN", published: "2021-02-03", speakers: []string{"서하늘 상인회장"}},
		{file: "broadcast-script.txt", headline: "새 학기 통학버스 부족..학부모 불만(R)",
			body:  []string{"새 학기가 시작됐지만 농촌 학교들은 아직도 통학버스가", "한 초등학교 앞에서는", `"..매일 아침`, "교육청은 다음 달까지"},
			names: []string{"서하늘"}, agency: "MBC", rights: "Copyright © Hanbit Munhwa Broadcasting Corp. All rights reserved.", published: "2012-03-05",
			speakers: []string{"도담 학부모"}},
		{file: "broadcast-fragments.txt", body: []string{"한빛군이 내년 예산으로 올해보다 8% 늘어난 4천 2백억 원을 편성했습니다.", "보도에 도담 기잡니다.",
			"한빛군은 내년 예산의 절반을 복지와", `"주민 생활과 가까운 사업부터 챙기겠습니다."`, "한빛군은 다음 달 군의회에 예산안을"},
			names: []string{"도담"}, agency: "MBC", speakers: []string{"서하늘 한빛군 기획예산실장"}},
		{file: "interview-qa.txt", headline: `[인터뷰] 신인 작곡가 도담 "첫 앨범은 일기 같은 노래"`,
			body:  []string{"[서울=뉴시스]나은별 기자 =", "-앨범 제목은", "▶작업실 창문에서", "-다음 계획은", "▶겨울에"},
			names: []string{"나은별"}, emails: []string{"star@newsis.com"}, agency: "뉴시스", dateline: &Dateline{Place: "서울", Agency: "뉴시스"}, published: "2020-10-20"},
		{file: "foreign-dateline.txt", body: []string{"[도르트문트(독일 서부)=나은별", "세리머니에 대해서는", "-시즌 첫 골을", "▶기쁘다.", "-팀이 3위까지", "▶아직 시즌은"},
			names: []string{"나은별"}, agency: "한빛스포츠닷컴", dateline: &Dateline{Place: "도르트문트", Agency: "한빛스포츠닷컴"}},
		{file: "broadcast-soundbite-box.txt", headline: "한빛시, 야간 버스 노선 신설",
			body:  []string{"한빛시가 다음 달부터", "서하늘 기자입니다.", "자정이 넘은 시각", `"택시를 잡기가 너무 어려워요."`, "한빛시는 다음 달 1일부터", `"밤에도 승객이`},
			names: []string{"서하늘"}, published: "2024-03-05", speakers: []string{"도담 한빛시 주민", "한결 버스 기사"}},
		{file: "photo-news.txt", body: []string{"한빛시는 꽃 축제를", "축제 기간에는"}, photos: 2},
		{file: "column.txt", headline: "[칼럼] 골목 상권의 겨울 / 나은별", body: []string{"골목 상점들이", "정책은 늘 한발"},
			names: []string{"나은별"}, published: "2017-12-01"},
		{file: "personnel.txt", body: []string{"한빛은행은 5일", "이번 인사에서", "◇부행장 ▲디지털그룹"}},
		{file: "obituary.txt", body: []string{"지난 9일 별세한", "빈소는"}, agency: "새봄일보", rights: "새봄일보(www.saebom.kr), 무단전재 및 수집, 재배포금지"},
		{file: "portal-summary.txt", headline: `한빛전자·푸른바이오 손잡았다…"의료 AI 공동 개발"`,
			body:  []string{"(서울=뉴스1) 도담 기자 =", "두 회사는 3년 동안"},
			names: []string{"도담"}, agency: "뉴스1", dateline: &Dateline{Place: "서울", Agency: "뉴스1"}},
		{file: "portal-bracket-byline.txt", headline: `"주차장 부족" 신도시 주민 집회…시청 앞 200명`,
			body: []string{"주민 200여 명이", "주민들은"}, names: []string{"서하늘"}, agency: "한빛신문", photos: 1},
		{file: "foreign-photo-credit.txt", body: []string{"외교장관이 내일(11일)", "외교부 당국자는"},
			names: []string{"나은별"}, emails: []string{"star@yna.co.kr"}, agency: "연합뉴스TV",
			rights: "ⓒ연합뉴스TV, 무단 전재-재배포, AI 학습 및 활용 금지", photos: 1},
		{file: "ranking-ticker.txt", headline: "시중은행 예금금리 석 달 만에 반등", body: []string{"은행들이 예금 금리를", "한빛은행은 1년 만기"}},
		{file: "da-headline.txt", headline: "한빛전자 3분기 영업이익 10조 돌파했다", body: []string{"한빛전자의 3분기", "회사는 반도체"}},
		{file: "title-twice.txt", headline: "한빛시, 청년 월세 지원 대상 두 배로 확대", subheads: []string{"소득 기준 완화…3월부터 신청"},
			body: []string{"한빛시가 청년 월세", "신청은 다음 달"}, published: "2024-02-01"},
		{file: "wire-site.txt", headline: `한빛전자, 베트남에 2조 투자…"생산기지 확대"`, subheads: []string{"공장 두 곳 새로 짓기로"},
			body: []string{"(서울=연합뉴스) 도담 기자 =", "회사는 3일"}, names: []string{"도담"}, emails: []string{"dodam@yna.co.kr"},
			agency: "연합뉴스", dateline: &Dateline{Place: "서울", Agency: "연합뉴스"}, published: "2025-04-03",
			rights: "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지> 2025/04/03 06:00 송고"},
		{file: "local-site.txt", headline: "한빛군, 봄꽃 축제 19일 개막…사흘간 공연·체험",
			body:  []string{"한빛군은 오는 19일부터", "축제에는 지역 예술인", "군 관계자는"},
			names: []string{"서하늘"}, emails: []string{"sky@hanbitnews.kr"}, agency: "한빛뉴스", rights: "저작권자 © 한빛뉴스 무단전재 및 재배포 금지", published: "2025-04-13"},
		{file: "portal-naver.txt", headline: "한빛전자, 2분기 영업익 5조…전년比 20%↑", body: []string{"(서울=연합뉴스) 도담 기자 =", "회사는 8일"},
			names: []string{"도담"}, emails: []string{"dodam@yna.co.kr"}, agency: "연합뉴스", dateline: &Dateline{Place: "서울", Agency: "연합뉴스"},
			rights: "Copyright ⓒ 연합뉴스. All rights reserved. 무단 전재-재배포, AI 학습 및 활용 금지.", published: "2025-07-08"},
		{file: "press-release.txt", headline: "한빛재단, 청소년 코딩 캠프 참가자 모집", body: []string{"서울--(뉴스와이어)--한빛재단이", "캠프는 8월"},
			agency: "뉴스와이어", dateline: &Dateline{Place: "서울", Agency: "뉴스와이어"}},
		{file: "portal-broadcast.txt", headline: "이 시각 도로 교통 상황", body: []string{"주말 아침 도로 상황", "네, 서울 방향"},
			agency: "KBS", published: "2023-12-02"},
		{file: "glued-byline-end.txt", body: []string{"한빛시의회가 29일", "시의회는 다음 달"}, names: []string{"도담"},
			emails: []string{"dodam@hanbitilbo.kr"}, agency: "한빛일보", rights: "한빛일보(www.hanbitilbo.kr), 무단전재 및 수집, 재배포금지", photos: 2},
		{file: "glued-one-line.txt", body: []string{"한빛자동차가 올해 판매 목표로 120만대를 제시했습니다. 이는 지난해보다 5만대 늘어난 규모입니다. 내수는"},
			names: []string{"서하늘"}, emails: []string{"sky@hanbittv.co.kr"}, agency: "한빛TV", rights: "ⓒ 한빛TV, 무단 전재 및 재배포 금지"},
		{file: "photo-one-line.txt", headline: "[포토] 한빛시장, 폭설 피해 농가 찾아 복구 지원", body: []string{"한결 한빛시장이 폭설로"},
			names: []string{"나은별"}, agency: "새봄신문", rights: "Copyright ⓒ 새봄신문. All rights reserved. 무단 전재-재배포 금지", published: "2019-01-14"},
		{file: "slogan-title.txt", headline: `"하천 정비 계획, 주민 의견부터 들어야"`,
			subheads: []string{`한빛환경연대 "공청회 다시 열라" ... 주민 30여 명, 시청 앞 1인 시위`},
			body:     []string{"한빛환경연대는 11일", "단체는"}, published: "2021-05-11", photos: 1},
		{file: "subhead-label.txt", subheads: []string{"역 앞 공영주차장 개장으로 주차난 해소 기대"}, body: []string{"한빛시는 한빛역 앞", "주차장은 지상", "시는 주변"}},
		{file: "wire-rank.txt", headline: "한빛항만 하역 장비 고장…선적 하루 지연", body: []string{"[한빛=뉴시스]서하늘 도담 수습 기자 =", "항만공사는"},
			names: []string{"서하늘", "도담"}, agency: "뉴시스", dateline: &Dateline{Place: "한빛", Agency: "뉴시스"}},
		{file: "broadcast-programme.txt", headline: "한빛밴드 새 앨범 ‘봄날’ 차트 정상", body: []string{"밴드 한빛이", "한빛은 지난 14일"}, published: "2020-03-16"},
		{file: "ministry-board.txt", headline: "한빛형 수소 버스 첫 시범 운행 시작", subheads: []string{"친환경 대중교통 시대 성큼!", "도심 노선 세 곳에서 석 달간 시범 운행"},
			body: []string{"□ 한빛부는", "ㅇ 시범 운행은"}, published: "2023-03-14"},
		{file: "press-release-about.txt", headline: "새봄소프트, 중소기업용 회계 앱 무료 공개", body: []string{"서울--(뉴스와이어)--새봄소프트가", "앱은 영수증"},
			agency: "뉴스와이어", dateline: &Dateline{Place: "서울", Agency: "뉴스와이어"}},
		{file: "broadcast-tips.txt", headline: "이 시각 교통 상황실", body: []string{"교통 상황실", "서하늘 주무관님!", "네, 주말 아침", "다만 오후부터", "지금까지"},
			agency: "KBS", published: "2023-11-04"},
		{file: "broadcast-intro.txt", headline: "한빛시 새 청사 착공…2년 뒤 완공", body: []string{"한빛시가 새", "나은별 기자가 보도합니다", "새 청사는", "시는 남는"},
			names: []string{"나은별"}, published: "2021-09-06"},
		{file: "bracket-outlet-place.txt", headline: `'역전승' 한빛FC 주장 "끝까지 믿었다" [현장인터뷰]`,
			body: []string{"[한빛닷컴, 새봄경기장] 도담 기자 =", "한빛FC 주장", "그는"}, names: []string{"도담"}, agency: "한빛닷컴",
			dateline: &Dateline{Place: "새봄경기장", Agency: "한빛닷컴"}},
		{file: "broadcast-graphic.txt", headline: "한빛군 내년 예산 확보 총력(R)", body: []string{"한빛군이 내년도", "군은 이달에만 다섯 차례 중앙 부처를 찾았습니다.", "군 관계자는"},
			names: []string{"서하늘"}, rights: "Copyright © Hanbit Broadcasting Corp. All rights reserved.", published: "2013-11-20"},
		{file: "section-headings.txt", headline: "한빛시, 새 복합문화센터 내년 3월 개관", subheads: []string{"주요 시설", "향후 일정", "전문가 진단"},
			body: []string{"한빛시는 새 복합문화센터를", "센터에는 공연장과", "시는 다음 달", "● 개관식은", "지역 문화계는"}, names: []string{"나은별"}},
		{file: "url-id.txt", headline: "정치 [포토] 한빛시장, 수해 현장 점검", body: []string{"한결 시장이 4일"}, published: "2016-07-04"},
	}
}

// check compares an article with the case.
func (tc formCase) check(t *testing.T, a *Article) {
	t.Helper()
	if a.Headline != tc.headline || !slices.Equal(a.Subheads, orEmpty(tc.subheads)) {
		t.Errorf("headline %q subheads %q, want %q %q", a.Headline, a.Subheads, tc.headline, tc.subheads)
	}
	if len(a.Body) != len(tc.body) {
		t.Errorf("%d body paragraphs %q, want %d", len(a.Body), a.Body, len(tc.body))
	}
	for i := 0; i < len(a.Body) && i < len(tc.body); i++ {
		if !strings.HasPrefix(a.Body[i], tc.body[i]) {
			t.Errorf("body[%d] = %q, want it to start %q", i, a.Body[i], tc.body[i])
		}
	}
	if !slices.Equal(a.Byline.Names, orEmpty(tc.names)) || !slices.Equal(a.Byline.Emails, orEmpty(tc.emails)) {
		t.Errorf("byline %+v, want %q %q", a.Byline, tc.names, tc.emails)
	}
	if a.Agency != tc.agency || a.Rights != tc.rights || a.Published != tc.published || len(a.Photos) != tc.photos {
		t.Errorf("agency %q rights %q published %q photos %d", a.Agency, a.Rights, a.Published, len(a.Photos))
	}
	if (a.Dateline == nil) != (tc.dateline == nil) || a.Dateline != nil && *a.Dateline != *tc.dateline {
		t.Errorf("dateline %+v, want %+v", a.Dateline, tc.dateline)
	}
	var speakers []string
	for _, s := range a.Sections {
		if s.Kind == KindSpeaker {
			speakers = append(speakers, a.Text[s.Start:s.End])
		}
	}
	if !slices.Equal(orEmpty(speakers), orEmpty(tc.speakers)) {
		t.Errorf("speakers %q, want %q", speakers, tc.speakers)
	}
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
