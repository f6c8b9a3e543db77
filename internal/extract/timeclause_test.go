package extract

import "testing"

// TestTimeClauseSubjectSpeaksNot: the subject of a clause saying when
// ("경기가 끝난 후", "행사가 진행되는 동안") is no speaker; the subject after
// it is.
func TestTimeClauseSubjectSpeaksNot(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct{ text, speaker string }{
		{"경기가 끝난 후 최재훈은 \"정말 잘해야겠다는 마음으로 임했다\"고 전했다.", "최재훈"},
		{"행사가 진행되는 동안 도담 시장은 \"안전이 최우선\"이라고 밝혔다.", "도담"},
		{"회의가 열린 뒤 윤태호 한빛전자 사장은 \"투자를 늘리겠다\"고 말했다.", "윤태호"},
		{"한빛전자가 \"공장을 짓겠다\"고 밝혔다.", "한빛전자"},
	} {
		doc := x.Extract(articleOf("제목\n\n"+c.text, "2026-04-01"))
		if len(doc.Quotes) != 1 || doc.Quotes[0].Speaker != c.speaker {
			t.Errorf("%q: want one quote of %s, got %+v", c.text, c.speaker, doc.Quotes)
		}
	}
}
