package extract

import "testing"

// TestFamilyFirstSpacedName: after a one-word name with a family-first
// country and a title ("일본 외무상"), the word before is the family name,
// also when the analyser splits it into a pronoun and particles; without
// the country, or before a word that ends a phrase, it stays apart.
func TestFamilyFirstSpacedName(t *testing.T) {
	checkPersonAttrs(t, []personWant{
		{"김민호 외교부 장관과 이와야 다로 일본 외무상이 서울에서 회담을 가졌다.", "이와야 다로", "외무상", "일본"},
		{"이와야 다로 일본 외무상은 이날 기자회견을 열었다.", "이와야 다로", "외무상", "일본"},
		{"스즈키 히로시 일본 총리가 담화를 냈다.", "스즈키 히로시", "총리", "일본"},
	})
	x := extractor(t)
	cases := []struct{ text, want, not string }{
		// a phrase ending in a particle is no family name
		{"양국은 그와도 다로 일본 외무상과도 협의했다.", "", "그와도 다로"},
		// a date before the name is no part of it
		{"어제 다로 일본 외무상이 방한했다.", "", "어제 다로"},
		// the family name before a Korean affiliation is a foreign reading
		{"이와야 다로 한빛전자 사장이 말했다.", "", "이와야 다로 한빛전자"},
		// a title before the name is no part of it
		{"대변인 다로 일본 외무상이 말했다.", "", "대변인 다로"},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		if find(doc, "PERSON", c.not) != nil {
			t.Errorf("%q: want no person %q", c.text, c.not)
		}
		if c.want != "" && find(doc, "PERSON", c.want) == nil {
			t.Errorf("%q: want person %q, got %+v", c.text, c.want, doc.Entities)
		}
	}
}

// TestFamilyFirstMeeting: with the family name joined, the coordinated
// subject of 회담을 가졌다 meets the other side.
func TestFamilyFirstMeeting(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n김민호 외교부 장관과 이와야 다로 일본 외무상이 서울에서 회담을 가졌다.", "2026-04-01"))
	ev := firstEvent(doc, "MEET")
	if ev == nil {
		t.Fatalf("no MEET event: %+v", doc.Events)
	}
	names := map[string]bool{}
	for _, a := range ev.Actors {
		names[a] = true
	}
	if !names["김민호"] || !names["이와야 다로"] {
		t.Errorf("MEET actors: want 김민호 and 이와야 다로, got %v", ev.Actors)
	}
}

// TestUnknownCompanyBeforeKoreanName: an unknown proper-noun word right
// before a three-syllable Korean name with a title is the person's
// organisation, not part of a foreign name; common nouns, a dateline in
// brackets and a foreign given name stay out.
func TestUnknownCompanyBeforeKoreanName(t *testing.T) {
	checkPersonAttrs(t, []personWant{
		{"메디스태프 기동훈 대표는 입장문을 냈다.", "기동훈", "대표", "메디스태프"},
		{"한빛테크 김민수 대표는 \"성장하겠다\"고 말했다.", "김민수", "대표", "한빛테크"},
		{"지역 기자재 업체 대표는 말을 아꼈다. 장비업체 김민수 대표가 말했다.", "김민수", "대표", ""},
	})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n메디스태프 기동훈 대표는 입장문을 냈다.", "2026-04-01"))
	if find(doc, "PERSON", "메디스태프 기동훈") != nil {
		t.Errorf("company and name read as one foreign name: %+v", doc.Entities)
	}
	for _, text := range []string{
		"[누리일보, 가람스타디움] 이성모 기자 = 경기가 열렸다.", // a dateline in brackets
		"행사는 <가람스타디움> 김민수 대표가 맡았다.",        // a word in angle brackets
		"대표단은 \"가람스타디움\" 김민수 대표를 만났다.",     // a quoted word
	} {
		doc := x.Extract(articleOf("제목\n\n"+text, "2026-04-01"))
		if find(doc, "ORG", "가람스타디움") != nil {
			t.Errorf("%q: want no organisation 가람스타디움, got %+v", text, doc.Entities)
		}
	}
}

// TestOrgGluedToTitle: a known organisation written glued to a corporate
// title ("삼성전자회장") gives the title and the organisation as written;
// an unknown word before the title, a place's office and a title that is
// no corporate one are not split.
func TestOrgGluedToTitle(t *testing.T) {
	checkPersonAttrs(t, []personWant{
		{"그는 이날 말했다. 김민수 전 삼성전자회장은 별세했다.", "김민수", "전 회장", "삼성전자"},
		{"그는 이날 말했다. 박영수 현대자동차부회장이 참석했다.", "박영수", "부회장", "현대자동차"},
		{"그는 이날 말했다. 이건우 전 삼성회장은 별세했다.", "이건우", "전 회장", "삼성"},
	})
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n그는 이날 말했다. 김민수 전 삼성전자회장은 별세했다.", "2026-04-01"))
	if o := find(doc, "ORG", "삼성전자"); o == nil || len(o.Mentions) != 1 || o.Mentions[0].Text != "삼성전자" {
		t.Errorf("want organisation 삼성전자 mentioned as written, got %+v", o)
	}
	for _, text := range []string{
		"그는 이날 말했다. 김민수 가람마을회장은 인사했다.", // an organisation the story does not know
		"그는 이날 말했다. 김민수 삼성전자직원은 인사했다.", // 직원 is no corporate title
	} {
		doc := x.Extract(articleOf("제목\n\n"+text, "2026-04-01"))
		if e := find(doc, "PERSON", "김민수"); e != nil && e.Title != "" {
			t.Errorf("%q: want no title, got %+v", text, e)
		}
	}
}

// TestProfessionAfterName: a medical profession written after a name is
// the person's title (김철수 전문의, 이민수 한의사); 의사, also an intention
// after a common noun, is no title row and names no one there.
func TestProfessionAfterName(t *testing.T) {
	checkPersonAttrs(t, []personWant{
		{"이민수 한의사는 방송에 출연했다.", "이민수", "한의사", ""},
		{"김철수 전문의는 \"조기 검진이 중요하다\"고 설명했다.", "김철수", "전문의", ""},
		{"박영희 약사가 복약 지도를 했다.", "박영희", "약사", ""},
	})
	x := extractor(t)
	for _, text := range []string{
		"그는 참여 의사를 밝혔다.",
		"의원은 사퇴 의사가 없다고 말했다.",
		"양측은 협상 의사를 전했다.",
	} {
		doc := x.Extract(articleOf("제목\n\n"+text, "2026-04-01"))
		for _, e := range doc.Entities {
			if e.Type == "PERSON" {
				t.Errorf("%q: want no person, got %+v", text, e)
			}
		}
	}
}
