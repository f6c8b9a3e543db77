package extract

// Names inside reported speech: "어제 박영희 사장과 만났다"고 말했다 names a
// person only inside the quote. Quoted words are otherwise kept from the
// recognisers (a quoted title or slogan is no sentence), so the words of a
// direct quote that a speech verb follows are read by the title pattern
// as a clause of their own, after every unquoted title was read.

// quotedTitles runs the title pattern over the speech quotes of every
// sentence.
func (d *doc) quotedTitles() {
	for si, st := range d.sents {
		for _, q := range quoteSpans(d.text, st.s, st.e) {
			if !d.speechFollows(q[1], st.e) {
				continue
			}
			w0, w1 := d.quoteWords(st, q)
			if w0 < 0 || w1-w0 < 2 {
				continue
			}
			sub := sentence{s: q[0], e: q[1], kind: st.kind, w0: w0, w1: w1}
			d.unquoted(si, sub, func() {
				for t := w0; t < w1; t++ {
					d.titlePattern(si, t)
				}
			})
		}
	}
}
