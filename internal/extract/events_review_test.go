package extract

import (
	"strings"
	"testing"

	"github.com/sosik-news/sosik/internal/article"
)

// TestReviewQuoteKinds covers quote errors seen in a review of real pages,
// on sentences written for this test: a subject inside the matter a quote
// answers ("…에 대해서는") is not its speaker, and reported speech does not
// begin with the day or the way it was made ("16일 성명을 내고").
func TestReviewQuoteKinds(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
	}{
		{"subject of the matter is no speaker",
			"박지훈 선수는 경기 뒤 인터뷰에 나섰다. 또 발목 통증이 심해진 것에 대해서는 \"뛰는 데 문제는 없다\"라고 답했다.",
			"뛰는 데 문제는 없다", "박지훈"},
		{"matter with 관해 in the same sentence",
			"최민서 감독은 교체 시점이 늦었다는 지적에 관해 \"선수들을 믿었다\"고 말했다.",
			"선수들을 믿었다", "최민서"},
		{"day and statement frame are not said",
			"정의당 경기도당은 21일 성명을 내고 도가 추진하는 버스 준공영제 확대에 적극 협조하겠다고 밝혔다.",
			"도가 추진하는 버스 준공영제 확대에 적극 협조하겠다", "정의당 경기도당"},
		{"day alone is not said",
			"한빛전자 김철수 대표는 9일 내년 설비 투자를 두 배로 늘리겠다고 말했다.",
			"내년 설비 투자를 두 배로 늘리겠다", "김철수"},
		{"a day before the reported subject dates the reported clause",
			"관영 통신은 3일 위원장이 공장을 시찰했다고 전했다.",
			"3일 위원장이 공장을 시찰했다", "관영 통신"},
		{"press conference frame",
			"이수진 의원은 기자회견을 열고 법안 처리를 서두르겠다고 밝혔다.",
			"법안 처리를 서두르겠다", "이수진"},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2025-06-11"))
		found := false
		for _, q := range doc.Quotes {
			if q.Text != c.quote {
				continue
			}
			found = true
			if q.Speaker != c.speaker {
				t.Errorf("%s: speaker %q, want %q", c.name, q.Speaker, c.speaker)
			}
		}
		if !found {
			t.Errorf("%s: no quote %q in %+v", c.name, c.quote, doc.Quotes)
		}
	}
}

// TestReviewCertaintyKinds: an event told as what someone stated or
// alleged ("만났다는 진술") is reported or speculated, not asserted.
func TestReviewCertaintyKinds(t *testing.T) {
	cases := []struct {
		name, text string
		typ        EventType
		want       Certainty
	}{
		{"statement secured", "경찰은 박영수 전 시장과 최동훈 회장이 2019년 5월 강릉에서 만났다는 진술을 확보했다.", "MEET", "reported"},
		{"allegation", "야당은 김성호 장관이 지난달 도쿄에서 이토 히로시 대표를 만났다는 의혹을 제기했다.", "MEET", "reported"},
		{"plain meeting stays asserted", "박영수 전 시장과 최동훈 회장은 지난달 강릉에서 만났다.", "MEET", "asserted"},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2025-06-11"))
		found := false
		for _, e := range doc.Events {
			if e.Type != c.typ {
				continue
			}
			found = true
			if e.Certainty != c.want {
				t.Errorf("%s: certainty %s, want %s (%+v)", c.name, e.Certainty, c.want, e)
			}
		}
		if !found {
			t.Errorf("%s: no %s event in %+v", c.name, c.typ, doc.Events)
		}
	}
}

// TestReviewDateAcrossContrast: a date in a clause closed by a contrast
// ("…했지만") belongs to that clause, not to the event of a new subject
// after it.
func TestReviewDateAcrossContrast(t *testing.T) {
	x := extractor(t)
	text := "지난 2014년 선거 때는 정의당이 크게 밀렸지만, 이번엔 진보당이 여러 곳에서 당선됐다.\n\n" +
		"김철수 대표는 7일 서울에서 박영희 사장을 만났지만 합의는 이루지 못했다."
	doc := x.Extract(articleOf("제목\n\n"+text, "2025-06-11"))
	var got []string
	for _, e := range doc.Events {
		got = append(got, string(e.Type)+":"+strings.Join(e.Actors, ",")+":"+e.Date)
	}
	want := map[string]bool{"ELECT:진보당:": false, "MEET:김철수,박영희:2025-06-07": false}
	for _, g := range got {
		if _, ok := want[g]; ok {
			want[g] = true
		}
	}
	for w, ok := range want {
		if !ok {
			t.Errorf("no event %s in %v", w, got)
		}
	}
}

// TestReviewVisitedPlace: the object of an inspection or visit predicate is
// where it happened ("양식장을 시찰했다").
func TestReviewVisitedPlace(t *testing.T) {
	x := extractor(t)
	cases := []struct{ text, place string }{
		{"김철수 위원장은 강원도 고성군 양식장을 두 달 만에 다시 시찰했다고 관영 매체가 보도했다.", "강원도 고성군 양식장"},
		{"김철수 위원장은 평안북도의 한 온실농장을 올해 들어 세 번째 시찰했다.", ""},
	}
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2025-06-11"))
		found := false
		for _, e := range doc.Events {
			if e.Type == Visit {
				found = true
				if c.place != "" && e.Place != c.place {
					t.Errorf("%q: place %q, want %q", c.text, e.Place, c.place)
				}
				if c.place == "" && e.Place == "" {
					t.Errorf("%q: no place", c.text)
				}
			}
		}
		if !found {
			t.Errorf("%q: no VISIT in %+v", c.text, doc.Events)
		}
	}
}

// TestReviewRelativeWithOwnSubject: a relative clause with its own subject
// ("부가 발표한 경기 북부 개발계획") is that subject's event, not the
// modified noun's, and its certainty is its own, not the main clause's.
func TestReviewRelativeWithOwnSubject(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n정의당 경기도당은 국토교통부가 발표한 경기 북부 개발계획에 적극 협조하겠다고 밝혔다.", "2025-06-11"))
	for _, e := range doc.Events {
		if e.Type != "ANNOUNCE" {
			continue
		}
		if strings.Join(e.Actors, ",") == "경기" {
			t.Errorf("the modified noun is no actor: %+v", e)
		}
		if e.Certainty == "planned" {
			t.Errorf("the main clause's plan is not the announcement's: %+v", e)
		}
	}
}

// TestReviewProspectiveRelative: "조만간 발표될 박영희 시장 쪽의 개편안" is
// the named person's event still to come, not an asserted event of the
// person the text spoke of before.
func TestReviewProspectiveRelative(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n김철수는 시인이다. 그는 많은 시를 남겼다.\n\n조만간 발표될 박영희 시장 쪽의 조직 개편안은 효율에 초점을 두고 있다.", "2025-06-11"))
	found := false
	for _, e := range doc.Events {
		if e.Type != "ANNOUNCE" {
			continue
		}
		found = true
		if strings.Join(e.Actors, ",") != "박영희" || e.Certainty != "planned" {
			t.Errorf("want 박영희, planned: %+v", e)
		}
	}
	if !found {
		t.Errorf("no ANNOUNCE in %+v", doc.Events)
	}
}

// TestReviewChainedTopic: "A와 양당 원내대표는 만나 법안은 상정하기로
// 합의했다" — the topic "법안은" is what was agreed; the agreement is the
// meeting's sides'.
func TestReviewChainedTopic(t *testing.T) {
	x := extractor(t)
	doc := x.Extract(articleOf("제목\n\n이수진 의원과 양당 원내대표는 이날 국회에서 만나 법안은 다음 달 본회의에 상정하기로 합의했다.", "2025-06-11"))
	got := map[EventType]string{}
	for _, e := range doc.Events {
		got[e.Type] = strings.Join(e.Actors, ",")
	}
	for typ, want := range map[EventType]string{"MEET": "이수진,양당 원내대표", "AGREE": "이수진,양당 원내대표"} {
		if got[typ] != want {
			t.Errorf("%s actors %q, want %q (all %v)", typ, got[typ], want, got)
		}
	}
}

// TestReviewLabelSpeaker: a broadcast interview label "이름 *기관 직무*"
// names the person first, even when the duty is no known title.
func TestReviewLabelSpeaker(t *testing.T) {
	x := extractor(t)
	for _, label := range []string{"◀INT▶길장용 *해남군청 세무담당*", "◀INT▶길장용 *해남군청 예산담당*", "◀INT▶장보람 *해남군청 세무팀장*"} {
		a, err := article.Parse("label.txt", []byte("제목\n\n기자입니다.\n\n"+label+"\n\"..세금이 너무 많이 늘어서..\"\n"))
		if err != nil {
			t.Fatal(err)
		}
		doc := x.Extract(a)
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker != strings.Fields(strings.TrimPrefix(label, "◀INT▶"))[0] {
			t.Errorf("%s: quotes %+v, want one by the named person", label, doc.Quotes)
		}
	}
}
