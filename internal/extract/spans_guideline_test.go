package extract

import (
	"reflect"
	"testing"
)

// spanTexts lists "LABEL:surface" of the spans Spans finds in text.
func spanTexts(x *Extractor, text string) []string {
	var out []string
	for _, s := range x.Spans(text) {
		out = append(out, s.Label+":"+text[s.Start:s.End])
	}
	return out
}

func TestSpansGuideline(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		text string
		want []string
	}{
		// a surname or initial before 씨 is the person; 모 and the age stay out
		{"경찰은 회사원 박모(41)씨를 불러 조사했다.", []string{"ORG:경찰", "PERSON:박", "QUANTITY:41"}},
		// an institution that speaks acts; one that is only a place to go does not
		{"경찰에 따르면 그는 자백했다.", []string{"ORG:경찰"}},
		{"그는 경찰에 출석했다.", nil},
		{"A씨는 이 씨와 정 모 씨를 만났다.", []string{"PERSON:A", "PERSON:이", "PERSON:정"}},
		{"피해자 최모 씨(28)는 두번 병원을 찾았다.", []string{"PERSON:최", "QUANTITY:28", "QUANTITY:두번"}},
		// 씨 ending a common word is no honorific
		{"날씨가 좋아 아저씨는 솜씨를 뽐냈다.", nil},
		// periods: hours are TIME, days and longer DATE
		{"그는 징역 2년을 선고받고 1970년대부터 사흘간 머물렀다.", []string{"DATE:2년", "DATE:1970년대", "DATE:사흘간"}},
		{"회의는 3시간 동안, 토론은 1시간 20분 이어졌다.", []string{"TIME:3시간", "TIME:1시간 20분"}},
		{"행사는 오전 9시∼11시 30분에 열린다.", []string{"TIME:오전 9시∼11시 30분"}},
		// counters close their word: 3개월 is no 3개, 세대 no count, 1분기 a date
		{"주민 3층 8강 2~4위 3개월 세대 1분기 실적", []string{"QUANTITY:3층", "QUANTITY:8강", "QUANTITY:2~4위", "DATE:3개월", "DATE:1분기"}},
		{"두 골을 넣은 그는 한가지 질문에 답했다.", []string{"QUANTITY:두 골", "QUANTITY:한가지"}},
		// digits inside a name are no count
		{"A380 여객기 3대와 B52기가 떴다.", []string{"QUANTITY:3대"}},
		// a count glued to a word is none, but 총 and 약 open a count
		{"형사21부는 총16명을 기소했다.", []string{"QUANTITY:16명"}},
		// the analyser's person names standing alone in brackets or after a symbol
		{"영화에서 주인공(송강호)의 친구로 나온다.", []string{"PERSON:송강호"}},
		{"응원♡이병헌은 멋졌다.", []string{"PERSON:이병헌"}},
		// the analyser's place names of three syllables or more
		{"관광객들은 청계천을 걸었다.", []string{"PLACE:청계천"}},
		// a country glued to a common noun is a place; a body named after it is not
		{"그는 일본영화를 좋아한다.", []string{"PLACE:일본"}},
		{"한국수력원자력 관계자가 말했다.", []string{"ORG:한국수력원자력"}}, // the employer of an official, never the place
	}
	for _, c := range cases {
		if got := spanTexts(x, c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

func TestForeignGivenNames(t *testing.T) {
	assertEntities(t, []entityCase{
		{"시상식에는 톰 행크스와 벤 킹슬리가 함께 올랐다.", []wantEntity{{typ: Person, name: "톰 행크스"}, {typ: Person, name: "벤 킹슬리"}}},
		{"오픈AI를 이끄는 샘 올트먼은 새 모델을 공개했다.", []wantEntity{{typ: Person, name: "샘 올트먼"}}},
		// two Korean names side by side are two people
		{"배우 이병헌 송강호 주연의 영화가 개봉했다.", []wantEntity{{typ: Person, name: "이병헌"}, {typ: Person, name: "송강호"}}},
	})
	assertNotEntities(t, []notEntityCase{
		// a given name before a dictionary common noun stays apart
		{"제품의 마크 디자인이 바뀌었다.", []string{"마크 디자인"}},
		{"빌 게이츠 재단과 존 홉킨스 병원이 협력한다.", []string{"존 홉킨스"}},
		{"배우 이병헌 송강호 주연의 영화가 개봉했다.", []string{"이병헌 송강호"}},
	})
}

func TestLocalBodies(t *testing.T) {
	assertEntities(t, []entityCase{
		{"강남경찰서는 용의자를 붙잡았다고 밝혔다.", []wantEntity{{typ: Org, name: "강남경찰서"}}},
		{"울산 남부경찰서에 따르면 사고는 새벽에 났다.", []wantEntity{{typ: Org, name: "울산 남부경찰서"}}},
		{"부산시의회는 조례안을 통과시켰다.", []wantEntity{{typ: Org, name: "부산시의회"}}},
	})
	assertNotEntities(t, []notEntityCase{
		// a common noun before the office is no place
		{"인근경찰서에 신고가 들어왔다.", []string{"인근경찰서"}},
	})
}

func TestSpansPlaceGovernments(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		text string
		want []string
	}{
		{"미국 정부는 중국 당국과 달리 제재를 발표했다.", []string{"ORG:미국 정부", "ORG:중국 당국"}},
		// the country acting alone stays a place
		{"미국은 반대했다.", []string{"PLACE:미국"}},
		// the longer entity wins over the place inside it
		{"울산 남부경찰서는 수사에 나섰다.", []string{"ORG:울산 남부경찰서"}},
	}
	for _, c := range cases {
		if got := spanTexts(x, c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

func TestKeepNameWhole(t *testing.T) {
	// a name ending in a syllable that spells a particle keeps it
	assertEntities(t, []entityCase{
		{"벨기에 대표단이 도착했다.", []wantEntity{{typ: Place, name: "벨기에"}}},
	})
	assertNotEntities(t, []notEntityCase{
		{"벨기에 대표단이 도착했다.", []string{"벨기"}},
	})
}

func TestNationalAgencies(t *testing.T) {
	assertEntities(t, []entityCase{
		{"기상청은 주말에 비가 온다고 예보했다.", []wantEntity{{typ: Org, name: "기상청"}}},
		// the short form is an alias of the agency
		{"국정원에 따르면 발사는 새벽에 있었다.", []wantEntity{{typ: Org, name: "국가정보원"}}},
	})
}
