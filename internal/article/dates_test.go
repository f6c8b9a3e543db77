package article

import "testing"

func TestFindPageDate(t *testing.T) {
	cases := []struct {
		in    string
		date  string
		stamp bool
	}{
		{"입력 2025.03.14 10:22", "2025-03-14", true},
		{"2025.03.14 10:22", "2025-03-14", true},
		{"2025.03.14 (금) 10:22", "2025-03-14", true},
		// The site's "today" line: chrome, no publication date.
		{"2026년 12월 7일 (월)", "", true},
		{"2026.12.07 월요일", "", true},
		{"2026.12.07 맑음 3℃", "", true},
		{"한빛시는 2025.03.14 행사를 열었다.", "", false},
		// A source line names the outlet between its label and the date.
		{"출처: 한빛통신 | 2019-10-23 10:46:04 | 편집: 도담", "2019-10-23", true},
		// An update line is a labelled witness, but a weak one.
		{"UPDATED. 2025-03-16 21:44 (일)", "2025-03-16", true},
		// A board post's stamp with its age and view counter; a wire rights line closed by 송고.
		{"2019년 10월 16일 12시 57분 55초 1달 전 | 조회수 : 129", "2019-10-16", true},
		{"<저작권자(c) 한빛뉴스, 무단 전재-재배포 금지> 2021/03/05 10:20 송고", "2021-03-05", true},
		// an age alone beside a date does not make prose a stamp
		{"3일 전 한빛시는 2025.03.14 행사를 열었다.", "", false},
	}
	for _, c := range cases {
		got := findPageDate(c.in, len([]rune(c.in)), false)
		if got.date != c.date || got.stamp != c.stamp {
			t.Errorf("findPageDate(%q) = %q stamp %v, want %q stamp %v", c.in, got.date, got.stamp, c.date, c.stamp)
		}
	}
}

// TestUpdateLineLoses checks that a page's update line, set above the
// title, does not outrank the approval line under it.
func TestUpdateLineLoses(t *testing.T) {
	up := findPageDate("UPDATED. 2025-03-16 21:44 (일)", 31, false)
	ok := findPageDate("승인 2025.03.14 15:55", 19, false)
	if up.date != "2025-03-16" || ok.date != "2025-03-14" || up.trust <= ok.trust {
		t.Errorf("update %+v, approval %+v: the approval must be trusted more", up, ok)
	}
}
