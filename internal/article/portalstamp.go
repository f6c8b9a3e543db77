package article

import "strings"

// portalClockRe is what may follow the date on a portal's stamp line: the
// clock time alone ("21:49").
var portalClockRe = lazyRE(`^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$`)

// portalNameStamp reads the reporter a portal prints alone before the
// timestamp under the title ("김하늘 2024. 6. 17. 21:49"): one word shaped
// like a Korean name, no outlet's and no date label ("입력 …"), and nothing
// after the date but the
// time; nil otherwise (loc is the date's place in s).
func portalNameStamp(s string, loc []int) *credit {
	name := strings.TrimSpace(s[:loc[0]])
	if !nameRe().MatchString(name) || strings.Contains(name, " ") || looksLikeOutlet(name) || lex().bylineLabel[name] || dateLabelRe().MatchString(name) {
		return nil
	}
	if !portalClockRe().MatchString(s[loc[1]:]) {
		return nil
	}
	return &credit{names: []string{name}}
}
