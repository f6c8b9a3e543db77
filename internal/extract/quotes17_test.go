package extract

import "testing"

// TestQuotes17Speakers: a connective 하다 verb and a partitive "X 중" are
// no part of a described speaker.
func TestQuotes17Speakers(t *testing.T) {
	checkQuotesBy(t, "", []quoteBy{
		{"이번 논란과 관련해 제작사 측은 \"사실과 다르다\"고 설명했다.", "제작사 측", "사실과 다르다"},
		{"이번 소송과 관련한 제작사 측은 \"법대로 하겠다\"고 말했다.", "제작사 측", "법대로 하겠다"},
		{"고소인들 중 하람이와 연락이 닿았다. 이후 하람이는 \"끝까지 가겠다\"고 말했다.", "하람이", "끝까지 가겠다"},
		// a side the analyser reads as a verb stays whole
		{"하지만 원스픽쳐 측은 \"그런 적이 없다\"며 반박했다.", "원스픽쳐 측", "그런 적이 없다"},
	})
}
