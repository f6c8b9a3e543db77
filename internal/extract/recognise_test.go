package extract

import "testing"

// recallCase is a sentence written for these tests and an entity it must
// yield, with the title and affiliation where they are given.
type recallCase struct {
	text, typ, name, title, affil string
}

func assertRecall(t *testing.T, cases []recallCase) {
	t.Helper()
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2025-06-11"))
		e := find(doc, c.typ, c.name)
		if e == nil {
			t.Errorf("%q: no %s %s in %+v", c.text, c.typ, c.name, doc.Entities)
			continue
		}
		if c.title != "" && e.Title != c.title || c.affil != "" && e.Affiliation != c.affil {
			t.Errorf("%q: %s title %q affil %q, want %q %q", c.text, c.name, e.Title, e.Affiliation, c.title, c.affil)
		}
	}
}

// TestGazetteerKinds: regions, counties, world cities, agencies and
// universities of the gazetteers, each in a sentence of its own.
func TestGazetteerKinds(t *testing.T) {
	assertRecall(t, []recallCase{
		{"영남과 충청에서 지지율이 올랐다.", Place, "영남", "", ""},
		{"이번 폭우로 충청 지역 피해가 컸다.", Place, "충청", "", ""},
		{"조사단은 예산군 농가를 찾았다.", Place, "예산군", "", ""},
		{"그는 보은 출신으로 교사가 됐다.", Place, "보은군", "", ""},
		{"공장은 충남 당진에 들어선다.", Place, "당진", "", ""},
		{"대표단은 나이로비에서 회의를 열었다.", Place, "나이로비", "", ""},
		{"장관은 다음 주 케이프타운으로 떠난다.", Place, "케이프타운", "", ""},
		{"신화통신은 회담이 열렸다고 전했다.", Org, "신화통신", "", ""},
		{"북한 관영 조선중앙통신은 발사 소식을 보도했다.", Org, "조선중앙통신", "", ""},
		{"그는 경희대를 졸업하고 유학을 떠났다.", Org, "경희대", "", ""},
		{"행사에는 숭실대 학생들이 참석했다.", Org, "숭실대", "", ""},
	})
}

// TestAmbiguousPlaceWords: place names that are also common words count
// only with a place context.
func TestAmbiguousPlaceWords(t *testing.T) {
	assertRecall(t, []recallCase{
		{"두 사람은 2014년 부여 재보궐 선거사무소에서 만났다.", Place, "부여군", "", ""},
		{"음성 주민들이 반대 집회를 열었다.", Place, "음성군", "", ""},
	})
	assertNotEntities(t, []notEntityCase{
		{"정부는 지자체에 권한을 부여했다.", []string{"부여", "부여군"}},
		{"내년 예산이 국회를 통과했다.", []string{"예산", "예산군"}},
		{"그는 음성 메시지를 남겼다.", []string{"음성", "음성군"}},
		{"국방 역량 강화 방안을 논의했다.", []string{"강화", "강화군"}},
		{"목표를 달성 했다고 밝혔다.", []string{"달성", "달성군"}},
		{"그는 마라톤을 완주 했다.", []string{"완주", "완주군"}},
	})
}

// TestVillagesAfterPlace: villages, towns and new towns written after the
// place they belong to.
func TestVillagesAfterPlace(t *testing.T) {
	assertRecall(t, []recallCase{
		{"주민들은 괴산 송정리 폐기물 시설에 반대했다.", Place, "송정리", "", ""},
		{"주민들은 괴산 송정리 폐기물 시설에 반대했다.", Place, "괴산군", "", ""},
		{"충북 진천군 덕산읍 주민들이 모였다.", Place, "덕산읍", "", ""},
		{"그는 서울 양재동 본사로 출근했다.", Place, "양재동", "", ""},
		{"경기 화성시 해솔신도시에 학교가 문을 연다.", Place, "해솔신도시", "", ""},
	})
	assertNotEntities(t, []notEntityCase{
		{"서울 이동 중에 전화를 받았다.", []string{"이동"}},
		{"한국 노동 시장이 변했다.", []string{"노동"}},
		{"정부는 계획신도시 건설을 발표했다.", []string{"계획신도시"}},
	})
}

// TestPlaceOffices: a place written inside a local office word is a place
// when the office stands alone, and the word is a person's title after a
// name.
func TestPlaceOffices(t *testing.T) {
	assertRecall(t, []recallCase{
		{"전남과 전북도지사 선거 모두 접전이었다.", Place, "전북", "", ""},
		{"이번 울산시장 선거는 박빙이다.", Place, "울산", "", ""},
		{"서울시교육감 후보 등록이 끝났다.", Place, "서울", "", ""},
		{"박철민 대구시장은 회견을 열었다.", Person, "박철민", "대구시장", ""},
		{"정미숙 부여군수가 현장을 찾았다.", Person, "정미숙", "부여군수", ""},
	})
	assertNotEntities(t, []notEntityCase{
		{"주식시장이 크게 흔들렸다.", []string{"주식", "주식시장"}},
		{"박철민 대구시장은 회견을 열었다.", []string{"대구"}},
	})
}

// TestNamesBeforeTitles: names the title pattern must read in shapes the
// analyser splits or the writer glosses.
func TestNamesBeforeTitles(t *testing.T) {
	assertRecall(t, []recallCase{
		{"회의에는 왕이 중국 외교부장이 참석했다.", Person, "왕이", "외교부장", "중국"},
		{"어제 (제임스) 밴스 부통령과 통화했다.", Person, "제임스 밴스", "부통령", ""},
		{"그는 \"어제 (스콧) 베선트 재무장관과 만났다\"고 말했다.", Person, "스콧 베선트", "재무장관", ""},
		{"장관은 \"오늘 하비에르 로드리게스 외무장관을 만난다\"고 밝혔다.", Person, "하비에르 로드리게스", "", ""},
	})
	assertNotEntities(t, []notEntityCase{
		{"박이 한빛전자 사장을 만났다.", []string{"박이"}},
	})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n어제 (제임스) 밴스 부통령과 통화했다.", "2025-06-11"))
	if e := find(doc, Person, "제임스 밴스"); e == nil || len(e.Mentions) != 1 || e.Mentions[0].Text != "밴스" {
		t.Errorf("(제임스) 밴스: want one mention 밴스, got %+v", e)
	}
}

// TestSiteBetweenOrgAndTitle: a site or unit written between the
// organisation and the title leaves the organisation the affiliation.
func TestSiteBetweenOrgAndTitle(t *testing.T) {
	assertRecall(t, []recallCase{
		{"정다운 한빛전자 천안 배터리공장 공장장이 말했다.", Person, "정다운", "공장장", "한빛전자"},
		{"정다운 한빛전자 천안 배터리공장 공장장이 말했다.", Place, "천안", "", ""},
		{"오세린 누리제약 울산 캠퍼스 센터장은 설명했다.", Person, "오세린", "센터장", "누리제약"},
	})
}

// TestBylineReportersInLead: every reporter of a byline written into the
// lead, also a name the analyser splits as a particle.
func TestBylineReportersInLead(t *testing.T) {
	assertRecall(t, []recallCase{
		{"(서울=뉴스1) 김하은 이철민 기자 = 정부는 7일 대책을 발표했다.", Person, "김하은", "기자", ""},
		{"(서울=뉴스1) 김하은 이철민 기자 = 정부는 7일 대책을 발표했다.", Person, "이철민", "기자", ""},
	})
}

// TestSpacedNamedEvents: a place or an acronym and a compound meeting noun
// name an event; the acronym is not read as the summit the gazetteer knows.
func TestSpacedNamedEvents(t *testing.T) {
	assertRecall(t, []recallCase{
		{"총리는 다보스 경제포럼에 이어 G7 재무장관회의에 참석한다.", EventT, "다보스 경제포럼", "", ""},
		{"총리는 다보스 경제포럼에 이어 G7 재무장관회의에 참석한다.", EventT, "G7 재무장관회의", "", ""},
		{"내년에는 청년 창업 경진대회 'VR 월드컵'을 연다.", EventT, "VR 월드컵", "", ""},
	})
	assertNotEntities(t, []notEntityCase{
		{"서울 국제회의장에서 만났다.", []string{"서울 국제회의장"}},
		{"총리는 G7 재무장관회의에 참석한다.", []string{"G7 정상회의"}},
	})
}

// TestLetterOutlets: capitals and a media word written as one word name an
// outlet, unless the letters are a field.
func TestLetterOutlets(t *testing.T) {
	assertRecall(t, []recallCase{
		{"KNN뉴스는 사고 소식을 보도했다.", Org, "KNN뉴스", "", ""},
		{"OBS방송에 따르면 불이 났다.", Org, "OBS방송", "", ""},
	})
	assertNotEntities(t, []notEntityCase{
		{"그는 매일 IT뉴스를 읽는다.", []string{"IT뉴스"}},
	})
}

// TestAgencyOrg: the outlet an article names as its source is an
// organisation where the text writes it as a word, not inside another.
func TestAgencyOrg(t *testing.T) {
	x := extractor(t)
	a := articleOf("제목\n\n시장이 크게 올랐다.\n\n가람뉴스 / 김하늘 기자\n\n[ⓒ 가람뉴스. 무단전재 금지]", "2025-06-11")
	a.Agency = "가람뉴스"
	doc := x.Extract(a)
	e := find(doc, Org, "가람뉴스")
	if e == nil {
		t.Fatalf("가람뉴스: no ORG in %+v", doc.Entities)
	}
	exact := 0
	for _, m := range e.Mentions {
		if m.Text == "가람뉴스" {
			exact++
		}
	}
	if exact != 2 {
		t.Errorf("가람뉴스: want 2 mentions of the bare name, got %+v", e.Mentions)
	}
	a = articleOf("제목\n\n가람뉴스레터 구독자가 늘었다.", "2025-06-11")
	a.Agency = "가람뉴스"
	if e := find(x.Extract(a), Org, "가람뉴스"); e != nil {
		t.Errorf("가람뉴스 inside 가람뉴스레터 is no mention: %+v", e)
	}
}
