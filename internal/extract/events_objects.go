package extract

import "strings"

// complementStart is the first word of an AGREE's "-기로" complement that
// ends at word k, reading from word from: the dates and clock times that
// open the clause tell when the parties agreed ("25일 오전 …하기로"), a
// "… 끝에" phrase how they came to it ("양당 협의 끝에"), and a clause
// closed by another event's predicate what they did first ("국회에서 만나
// 쟁점 법안은 …하기로"); none of them is what was agreed.
func (d *doc) complementStart(from, k int) int {
	b := from
	for b < k && d.adjunct(b) {
		b++
	}
	for j := k - 1; j > b; j-- {
		if w := &d.words[j]; w.stem == "끝" && w.josa == "에" {
			return j + 1
		}
	}
	for j := k - 1; j >= b; j-- {
		if d.words[j].quoted {
			continue
		}
		if tr, ok := d.triggerAt(j, k); ok && tr.pe < k && d.connective(tr.pe) {
			b = tr.pe + 1
			break
		}
	}
	for b < k && d.adjunct(b) {
		b++
	}
	return b
}

// adjunct reports a word that only says when: inside a date ("이날",
// "25일"), a clock time ("오전", "4시"), a time adverb of phraseStop
// ("이날", "앞서") or any other adverb ("조만간").
func (d *doc) adjunct(k int) bool {
	w := &d.words[k]
	if d.inDate(k) || phraseStop()[w.stem] || d.datePeriod(k) {
		return true
	}
	core := d.text[w.cs:w.ce]
	if m := timeRe().FindString(core); m != "" && m == strings.TrimSuffix(core, w.josa) {
		return true
	}
	ts := d.toksOf(w)
	for _, t := range ts {
		if !strings.HasPrefix(t.POS, "MA") {
			return false
		}
	}
	return len(ts) > 0
}

// connective reports a predicate word that ends in a connective ending
// and so chains its clause to the next one ("만나", "열고").
func (d *doc) connective(k int) bool {
	ts := d.toksOf(&d.words[k])
	if len(ts) == 0 {
		return false
	}
	pos := ts[len(ts)-1].POS
	return strings.HasSuffix(pos, "EC") && !strings.HasSuffix(d.text[d.words[k].cs:d.words[k].ce], "기로")
}
