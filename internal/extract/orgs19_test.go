package extract

import (
	"slices"
	"testing"
)

// TestCompanyNames19: borrowed company endings glued or apart and two
// Latin words of one company, and a coined name as the subject side (측은)
// make organisations; kinds of business, fields (IT, AI), person names
// and common nouns before 측 do not.
func TestCompanyNames19(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		text string
		want string // the organisation expected, "" for none
		not  string // an organisation that must not be found
	}{
		{"사모펀드 운용사 한별컴퍼니가 태양정밀을 인수했다.", "한별컴퍼니", ""},
		{"가람인베스트먼트가 공동 투자했다.", "가람인베스트먼트", ""},
		{"영상 제작사 다온픽쳐 스튜디오는 소송을 냈다.", "다온픽쳐 스튜디오", ""},
		{"HL ENM이 웹툰 지분 인수를 검토한다.", "HL ENM", "HL"},
		{"벤처캐피털 업계가 술렁였다.", "", "벤처캐피털"},
		{"창업인베스트먼트 시장이 커졌다.", "", "창업인베스트먼트"},
		{"그는 사진 스튜디오를 열었다.", "", "사진 스튜디오"},
		{"해당 스튜디오 측은 말을 아꼈다.", "", "해당 스튜디오"},
		{"새로운 스튜디오가 문을 열었다.", "", "새로운 스튜디오"},
		{"KT AI 사업이 커졌다.", "", "KT AI"},
		{"모바일 시장에서도 1등 IT미디어의 입지를 굳혔다.", "", "IT미디어"},
		{"이에 대해 누리솔 측은 \"사실무근\"이라고 밝혔다.", "누리솔", ""},
		{"진두테크 관계자는 \"검토 중\"이라고 말했다.", "진두테크", ""},
		{"이에 대해 김민수 측은 \"사실무근\"이라고 밝혔다.", "", "김민수"},
		{"이에 대해 회사 측은 답하지 않았다.", "", "회사"},
		{"이에 대해 원고 측은 항소했다.", "", "원고"},
		{"기자는 누리솔 측에 문의했다.", "", "누리솔"},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		var orgs []string
		for _, e := range doc.Entities {
			if e.Type == "ORG" {
				orgs = append(orgs, e.Name)
			}
		}
		if c.want != "" && !slices.Contains(orgs, c.want) || c.not != "" && slices.Contains(orgs, c.not) {
			t.Errorf("%q: organisations %q, want %q and not %q", c.text, orgs, c.want, c.not)
		}
	}
}

// TestCompanyEndingEvent19: a company found by its ending is the party of
// the event it is the subject of.
func TestCompanyEndingEvent19(t *testing.T) {
	doc := extractor(t).Extract(articleOf("제목\n\n사모펀드 한별컴퍼니가 중견 제조사 태양정밀을 인수한다고 3일 밝혔다.", "2026-04-01"))
	ev := firstEvent(doc, "ACQUIRE")
	if ev == nil || !slices.Contains(ev.Actors, "한별컴퍼니") {
		t.Fatalf("ACQUIRE event %+v, want actor 한별컴퍼니", ev)
	}
}
