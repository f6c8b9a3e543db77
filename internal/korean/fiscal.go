package korean

import "strings"

// fiscalKinds are the companies a "N월 결산" describes: "12월 결산법인",
// "3월 결산 상장사", "12월결산 기업". There "N월" is the month a fiscal
// year closes, not a date; "5월 결산을 마쳤다" stays one.
var fiscalKinds = []string{"법인", "상장", "기업", "회사", "업체"}

// fiscalMonth reports whether the "N월" ending at s[:i] names the closing
// month of a fiscal year.
func fiscalMonth(s string, i int) bool {
	rest, ok := strings.CutPrefix(strings.TrimPrefix(s[i:], " "), "결산")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, " ")
	for _, w := range fiscalKinds {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}
