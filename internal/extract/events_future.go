package extract

import (
	"strings"
	"time"

	"github.com/sosik-news/sosik/internal/korean"
)

// Future dates: an event dated after the publication day ("오는 15일",
// "내달", "다음 달", a full date later than the article) has not happened
// yet; told in the present or prospective form it is planned.

// future reports whether date dt lies after the publication day: its text
// holds a word of future_dates.txt (오는, 다음 달, 내년), or it names its
// month and its first day is later than the publication day ("7월 2일" in June) and
// the predicate is a verb form (verbalPred).
func (d *doc) future(dt korean.Date, verbalPred bool) bool {
	for _, w := range d.lx.ev.futureWords {
		if strings.Contains(dt.Text, w) {
			return true
		}
	}
	if !verbalPred {
		return false // a headline's bare noun ("8월 31일 종료 발표") may date its object, not itself
	}
	v, _, _ := strings.Cut(dt.Value, "/")
	pub := d.pub.Format(time.DateOnly)
	if v == "" || !d.hasPub || len(v) > len(pub) || !strings.Contains(dt.Text, "월") {
		return false
	}
	return v > pub[:len(v)]
}

// pastPredicate reports whether the predicate word pe is in the past tense
// (만났다, 회동했다): a past form tells what happened, whatever date
// stands near it.
func (d *doc) pastPredicate(pe int) bool {
	for _, m := range d.morphemes(pe) {
		if m.pos == "EP" && m.lemma != "겠" && m.lemma != "시" && m.lemma != "으시" {
			return true
		}
	}
	return false
}
