package extract

import "testing"

// TestRelativeClauseOnThing: an announcement predicate in a relative clause
// that modifies a thing is no event of its own; the main predicate and a
// clause before a complement noun ("발표한 바 있다") still are. The sentences are invented for
// this test.
func TestRelativeClauseOnThing(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text string
		want       []string // actors of the ANNOUNCE event; nil: none
	}{
		{"clause on a plan", "한빛당 대구시당은 16일 성명을 내고 대구시가 발표한 대구 도심 재생 계획에 반대한다고 밝혔다.", nil},
		{"clause before a complement noun", "한빛전자는 지난해 대구 공장 증설 계획을 발표한 바 있다.", []string{"한빛전자"}},
		{"main predicate", "한빛전자는 12일 새 회계 앱을 발표했다.", []string{"한빛전자"}},
	}
	for _, tc := range tests {
		doc := x.Extract(articleOf("제목\n\n"+tc.text, "2025-06-13"))
		got := lastEvent(doc, Announce)
		switch {
		case tc.want == nil && got != nil:
			t.Errorf("%s: ANNOUNCE %v from a relative clause", tc.name, got.Actors)
		case tc.want != nil && got == nil:
			t.Errorf("%s: no ANNOUNCE in %+v", tc.name, doc.Events)
		case tc.want != nil:
			for _, a := range tc.want {
				if !contains(got.Actors, a) {
					t.Errorf("%s: actors %v, want %s", tc.name, got.Actors, a)
				}
			}
		}
	}
}
