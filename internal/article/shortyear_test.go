package article

import "testing"

func TestShortYearStamp(t *testing.T) {
	cases := []struct{ line, want string }{
		{"기사입력시간 25.12.02 15:15최종 업데이트 25.12.02 15:15", "2025-12-02"},
		{"입력 24.03.05 09:10 수정 24.03.06 10:00", "2024-03-05"},
		{"스코어 25.12.02 15:15", ""},    // no label
		{"기사입력 2025.12.02 15:15", ""}, // four digits: findPageDate's own reading
	}
	for _, c := range cases {
		if got := shortYearStamp(c.line, len([]rune(c.line))); got.date != c.want {
			t.Errorf("%q: got %q, want %q", c.line, got.date, c.want)
		}
	}
}
