package extract

import (
	"slices"
	"testing"
)

// TestYeoyaPairGroup: "여야" stands for the two parties the sentence before
// named; alone, unnamed, it gives no event. The sentences are invented for
// this test.
func TestYeoyaPairGroup(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text string
		want       []string // actors of the last AGREE; nil: no AGREE
	}{
		{"after the two parties", "더불어민주당과 국민의힘은 10일 추경안 처리에 합의했다. 여야는 또 11일 본회의를 열기로 합의했다.", []string{"더불어민주당", "국민의힘"}},
		{"unnamed", "여야는 9일 국회 본회의를 다시 열기로 합의했다.", nil},
	}
	for _, tc := range tests {
		doc := x.Extract(articleOf("제목\n\n"+tc.text, "2025-06-13"))
		var got []*Event
		for i := range doc.Events {
			if doc.Events[i].Type == Agree {
				got = append(got, &doc.Events[i])
			}
		}
		switch {
		case tc.want == nil && len(got) > 0:
			t.Errorf("%s: AGREE %v from an unnamed group", tc.name, got[0].Actors)
		case tc.want != nil && len(got) != 2:
			t.Errorf("%s: %d AGREE events, want 2: %+v", tc.name, len(got), doc.Events)
		case tc.want != nil:
			a := slices.Clone(got[1].Actors)
			slices.Sort(a)
			w := slices.Clone(tc.want)
			slices.Sort(w)
			if !slices.Equal(a, w) {
				t.Errorf("%s: actors %v, want %v", tc.name, got[1].Actors, tc.want)
			}
		}
	}
}
