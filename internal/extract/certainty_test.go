package extract

import "testing"

// TestCertaintyMarkers checks the level and the marker kept as evidence,
// with its offsets, for each kind of marker.
func TestCertaintyMarkers(t *testing.T) {
	cases := []struct {
		sentence string
		want     Certainty
		marker   string
	}{
		{"김철수 대표는 박영희 사장과 만나지 않았다고 밝혔다.", Denied, "않"},
		{"김철수 대표는 박영희 사장을 못 만났다.", Denied, "못"},
		{"김철수 대표가 박영희 사장을 만났다는 보도는 사실이 아니다.", Denied, "아니"},
		{"김철수 대표는 박영희 사장과 만났다는 보도를 부인했다.", Denied, "부인"},
		{"김철수 대표는 박영희 사장을 만나지 않을 수 없었다.", Asserted, ""},
		{"김철수 대표는 박영희 사장과 회동할 예정이었으나 취소됐다.", Denied, "취소"},
		{"김철수 대표는 오는 20일 박영희 사장과 회동할 예정이다.", Planned, "예정"},
		{"김철수 대표와 박영희 사장은 다음 달 만나기로 했다.", Planned, "기로 했"},
		{"김철수 대표가 박영희 사장을 만나면 협상이 빨라질 것이다.", Conditional, "면"},
		{"김철수 대표가 박영희 사장과 만날 예정이라는 관측이 나온다.", Speculated, "관측"},
		{"김철수 대표는 박영희 사장을 만났을까?", Speculated, "?"},
		{"김철수 대표는 박영희 사장을 만났고 합의는 없었다.", Asserted, ""},
		{"업계에 따르면 김철수 대표는 박영희 사장을 만났다.", Reported, "에 따르면"},
		{"김철수 대표는 박영희 사장을 만나 이견이 없다는 점을 확인했다.", Asserted, ""},
		{"김철수 대표는 어제 박영희 사장을 만나 20분간 면담을 한 것으로 전해졌다.", Reported, "것으로 전해"},
		{"김철수 대표는 박영희 사장을 만날 계획이 전혀 없다고 밝혔다.", Denied, "없"},
	}
	x := extractor(t)
	for _, c := range cases {
		doc := x.Extract(articleOf("제목\n\n"+c.sentence, "2025-06-11"))
		if len(doc.Events) == 0 {
			t.Errorf("%q: no event", c.sentence)
			continue
		}
		ev := doc.Events[0]
		if ev.Certainty != c.want {
			t.Errorf("%q: %s, want %s", c.sentence, ev.Certainty, c.want)
		}
		switch {
		case c.marker == "" && ev.Marker != nil:
			t.Errorf("%q: marker %+v for a plain assertion", c.sentence, ev.Marker)
		case c.marker != "" && (ev.Marker == nil || ev.Marker.Text != c.marker || doc.Text[ev.Marker.Start:ev.Marker.End] != c.marker):
			t.Errorf("%q: marker %+v, want %q at its offsets", c.sentence, ev.Marker, c.marker)
		}
		if ev.Certainty.Factual() != (c.want == Asserted || c.want == Reported) {
			t.Errorf("%q: Factual() wrong for %s", c.sentence, ev.Certainty)
		}
	}
}
