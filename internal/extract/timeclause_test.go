package extract

import "testing"

// TestTimeClauseSubjectSpeaksNot: the subject of a clause saying when
// ("경기가 끝난 후", "행사가 진행되는 동안") is no speaker; the subject after
// it is.
func TestTimeClauseSubjectSpeaksNot(t *testing.T) {
	checkOneQuote(t, []quoteCase{
		{"경기가 끝난 후 최재훈은 \"정말 잘해야겠다는 마음으로 임했다\"고 전했다.", "최재훈"},
		{"행사가 진행되는 동안 도담 시장은 \"안전이 최우선\"이라고 밝혔다.", "도담"},
		{"회의가 열린 뒤 윤태호 한빛전자 사장은 \"투자를 늘리겠다\"고 말했다.", "윤태호"},
		{"한빛전자가 \"공장을 짓겠다\"고 밝혔다.", "한빛전자"},
	})
}

// quoteCase is a text holding one quote and who says it.
type quoteCase struct{ text, speaker string }

// checkOneQuote extracts each text and wants one quote, of the speaker.
func checkOneQuote(t *testing.T, cases []quoteCase) {
	t.Helper()
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker != c.speaker {
			t.Errorf("%q: want one quote of %s, got %+v", c.text, c.speaker, doc.Quotes)
		}
	}
}

// TestQuoteCarriedFromOrganisation: a quote whose sentence names no
// speaker is the organisation's that the sentence right before was about
// ("법원은 … 기각했다. 사유에 대해선 "…"고 했다"); two sentences back it is a
// person's only.
func TestQuoteCarriedFromOrganisation(t *testing.T) {
	checkOneQuote(t, []quoteCase{
		{"서울중앙지법은 21일 두 사람의 구속영장을 기각했다. 기각 사유에 대해선 \"다퉈볼 여지가 있다\"고 했다.", "서울중앙지법"},
		{"도담 장관은 회의를 열었다. 서울중앙지법은 21일 영장을 기각했다. 기각 사유에 대해선 \"다퉈볼 여지가 있다\"고 했다.", "서울중앙지법"},
		{"도담 장관은 회의를 열었다. 회의에는 100명이 왔다. 이어 \"잘 하겠다\"고 했다.", "도담"},
	})
}

// TestPressTeamsAreNoOrganisations: a press team signing a wire story
// ("특별취재단 =") is no organisation of the story.
func TestPressTeamsAreNoOrganisations(t *testing.T) {
	x := extractor(t)
	for _, text := range []string{
		"(경주=한빛뉴스) 특별취재단 = 양국 외교수장이 29일 경주에서 만났다.",
		"(서울=한빛뉴스) 공동취재단 = 도담 장관은 29일 서울에서 기자회견을 열었다.",
	} {
		doc := x.Extract(articleOf("제목\n\n"+text, "2026-04-01"))
		for _, e := range doc.Entities {
			if e.Name == "특별취재단" || e.Name == "공동취재단" {
				t.Errorf("%q: press team as entity %+v", text, e)
			}
		}
	}
}
