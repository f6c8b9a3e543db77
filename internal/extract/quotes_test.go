package extract

import (
	"testing"

	"github.com/sosik-news/sosik/internal/article"
)

// TestQuoteSpeakers covers the ways a quote names its speaker, on
// sentences written for this test.
func TestQuoteSpeakers(t *testing.T) {
	cases := []struct {
		name, text    string
		speaker, kind string
		named         bool
		onBehalf      string
		quote         string
	}{
		{"unnamed body as description", "재판부는 피고인에 대해 \"반성하는 태도가 보이지 않는다\"며 항소를 기각했다.",
			"재판부", QuoteDirect, false, "", "반성하는 태도가 보이지 않는다"},
		{"bare noun takes the fuller phrase met before", "관영 매체인 '조선중앙' 통신은 25일 회의 소식을 전했다. 통신은 \"새 방침이 제시됐다\"고 밝혔다.",
			"조선중앙 통신", QuoteDirect, false, "", "새 방침이 제시됐다"},
		{"residents' council as subject", "이날 집회에 참가한 한마음아파트입주자대표회의는 \"주민 대부분이 반대한다\"라며 철회를 요구했다.",
			"한마음아파트입주자대표회의", QuoteDirect, true, "", "주민 대부분이 반대한다"},
		{"soundbite under an interview label", "기자입니다.\n▶ 인터뷰 : 김철수 / 한빛전자 대표\n- \"올해 안에 공장을 짓겠습니다.\"",
			"김철수", QuoteDirect, true, "", "올해 안에 공장을 짓겠습니다."},
		{"spokesperson speaks for the office", "김민수 청와대 대변인은 \"대통령이 다음 주 임명을 진행할 예정이다\"라고 말했다.",
			"김민수", QuoteDirect, true, "청와대", "대통령이 다음 주 임명을 진행할 예정이다"},
		{"anonymous source", "업계 관계자는 \"당분간 가격 인상은 없다\"고 전했다.",
			"업계 관계자", QuoteDirect, false, "", "당분간 가격 인상은 없다"},
		{"opening quote attributed by 이렇게 in the same sentence", "“한강은 바다다.” 최민호 작가는 한때 이렇게 말했다. 뜻은 분명하지 않다.",
			"최민호", QuoteDirect, true, "", "한강은 바다다."},
		{"quote standing alone, attributed by 이같이 in the next sentence", "“공장은 내년에 짓는다.”\n\n오세진 한빛전자 대표는 12일 기자들에게 이같이 밝혔다.",
			"오세진", QuoteDirect, true, "", "공장은 내년에 짓는다."},
		{"according to", "외신에 따르면 \"협상이 이번 주 재개된다\"고 한다.",
			"외신", QuoteDirect, false, "", "협상이 이번 주 재개된다"},
		{"그는 after a subject marked by 도", "앞서 배우 한도윤 씨는 의혹을 부인했다. 트레이너 정민아 씨도 최동수 씨 측근 박재성 감독과의 친분설을 부인했다. 그는 블로그를 통해 \"참을 수가 없었다\"고 밝혔다.",
			"정민아", QuoteDirect, true, "", "참을 수가 없었다"},
		{"soundbite with its label on one line", "야당은 사퇴를 요구했습니다. <녹취> 한지석(대변인) : \"즉각 물러나야 한다\" 여당은 반박했습니다.",
			"한지석", QuoteDirect, true, "", "즉각 물러나야 한다"},
		{"indirect speech of a subject marked by 도", "정의당도 근거가 없는 주장이라고 밝혔습니다.",
			"정의당", QuoteIndirect, true, "", "근거가 없는 주장이라"},
		{"the side of a person speaks for them", "김도윤 한빛전자 회장 측은 \"사실이 아니다\"고 밝혔다.",
			"김도윤", QuoteDirect, true, "", "사실이 아니다"},
		{"a company named after its kind speaks through its side", "가수 한지훈이 입장을 밝혔다. 소속사 누리뮤직 측은 25일 “해당 내용은 사실이 아닙니다”라고 밝혔다.",
			"누리뮤직", QuoteDirect, true, "", "해당 내용은 사실이 아닙니다"},
		{"the person a relative clause describes speaks, not the clause's subject", "최동수 씨가 구단에 입단하도록 도왔다는 의혹을 받았던 한도윤 씨 역시 28일 소속사를 통해 “단순한 지인이다”라며 선을 그었다.",
			"한도윤", QuoteDirect, true, "", "단순한 지인이다"},
		{"a bound noun before the fuller phrase is no part of it", "그는 자전거를 타다가 쓰러진 채 소방대에 구조됐다. 소방대는 \"부상은 가볍다\"고 말했다.",
			"소방대", QuoteDirect, false, "", "부상은 가볍다"},
		{"a tweet", "김철수 대표는 자신의 트위터에 공장을 곧 짓겠다고 썼다.",
			"김철수", QuoteIndirect, true, "", "자신의 트위터에 공장을 곧 짓겠다"},
		{"indirect speech", "박영희 사장은 올해 실적이 크게 좋아졌다고 말했다.",
			"박영희", QuoteIndirect, true, "", "올해 실적이 크게 좋아졌다"},
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
			if q.Speaker != c.speaker || q.Kind != c.kind || q.SpeakerNamed != c.named || q.OnBehalfOf != c.onBehalf {
				t.Errorf("%s: got %+v, want speaker %q kind %s named %v on behalf of %q", c.name, q, c.speaker, c.kind, c.named, c.onBehalf)
			}
			if doc.Text[q.Start:q.End] != q.Text {
				t.Errorf("%s: offsets %d-%d do not hold %q", c.name, q.Start, q.End, q.Text)
			}
		}
		if !found {
			t.Errorf("%s: no quote %q in %+v", c.name, c.quote, doc.Quotes)
		}
	}
}

// TestNoQuoteFromPronounOrTerm: a pronoun subject is no description, and
// single-quoted terms are no quotes.
func TestNoQuoteFromPronoun(t *testing.T) {
	doc := extractor(t).Extract(articleOf("제목\n\n그는 \"괜찮다\"고 말했다.", "2025-06-11"))
	for _, q := range doc.Quotes {
		if q.Speaker == "그" {
			t.Errorf("pronoun as speaker: %+v", q)
		}
	}
}

// TestSpeakerSection: the article reader hands a soundbite label over as
// a speaker section without its "▶ 인터뷰 :" marker.
func TestSpeakerSection(t *testing.T) {
	for _, c := range []struct{ label, want string }{
		{"박영희 한빛시 시장", "박영희"},
		{"AI 앵커 누리", "누리"},
	} {
		quote := "\"올해 안에 공장을 짓겠습니다.\""
		a := &article.Article{Language: "ko", Text: c.label + "\n" + quote}
		a.Sections = []article.Section{
			{Kind: article.KindSpeaker, Start: 0, End: len(c.label), Photo: -1},
			{Kind: article.KindBody, Start: len(c.label) + 1, End: len(a.Text), Photo: -1},
		}
		doc := extractor(t).Extract(a)
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker != c.want || doc.Quotes[0].Text != "올해 안에 공장을 짓겠습니다." {
			t.Errorf("%s: quotes %+v, want one by %s", c.label, doc.Quotes, c.want)
		}
	}
}

// TestLeadQuoteNeedsWholeSentence: a quoted term that opens a sentence is
// no quotation even when the next sentence says "이렇게 말했다".
func TestLeadQuoteNeedsWholeSentence(t *testing.T) {
	doc := extractor(t).Extract(articleOf("제목\n\n“상생”이 올해의 화두다. 오세진 한빛전자 대표는 이렇게 말했다.", "2025-06-11"))
	for _, q := range doc.Quotes {
		if q.Text == "상생" {
			t.Errorf("a quoted term as quote: %+v", q)
		}
	}
}
