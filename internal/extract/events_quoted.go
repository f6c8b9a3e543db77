package extract

// Reported speech: "…을 만났다"고 말했다 tells an event inside a direct
// quote. The quoted clause is read as a clause of its own; its actors are
// the entities it names plus the speaker when the clause has no subject of
// its own (a first-person quote), and a factual event becomes reported.

// quotedEvents finds the events told inside the direct quotes of sentence
// si that a speech verb introduces.
func (d *doc) quotedEvents(si int) []Event {
	st := d.sents[si]
	var out []Event
	for _, q := range quoteSpans(d.text, st.s, st.e) {
		if !d.speechFollows(q[1], st.e) {
			continue
		}
		w0, w1 := d.quoteWords(st, q)
		if w0 >= w1 {
			continue
		}
		var carried []*entity
		if sp := d.speechSubject(st, q[0]); sp != nil {
			carried = []*entity{sp}
		}
		out = append(out, d.clauseEvents(si, sentence{s: q[0], e: q[1], kind: st.kind, w0: w0, w1: w1}, carried)...)
	}
	return out
}

// quoteWords returns the word range [w0, w1) whose cores lie inside the
// quote q.
func (d *doc) quoteWords(st sentence, q [2]int) (w0, w1 int) {
	w0, w1 = -1, -1
	for i := st.w0; i < st.w1; i++ {
		w := &d.words[i]
		if w.cs >= q[0] && w.ce <= q[1] {
			if w0 < 0 {
				w0 = i
			}
			w1 = i + 1
		}
	}
	return w0, w1
}

// speechSubject returns the named person or organisation saying the quote
// opening at qs: the subject before it, else nil.
func (d *doc) speechSubject(st sentence, qs int) *entity {
	for i := st.w0; i < st.w1 && d.words[i].e <= qs; i++ {
		if e := d.head[i]; e != nil && (e.Type == Person || e.Type == Org) && roleOf(d.words[i].josa) == roleSubj {
			return e
		}
	}
	return nil
}

// clauseEvents reads the quoted clause sub of sentence si as a sentence of
// its own, with its words unquoted for the time of the reading. The events
// keep the whole sentence as evidence; a factual one becomes reported.
func (d *doc) clauseEvents(si int, sub sentence, carried []*entity) []Event {
	saved := d.sents[si]
	var out []Event
	d.unquoted(si, sub, func() { out = d.subEvents(si, sub, saved, carried) })
	return out
}

// unquoted runs fn with sentence si narrowed to the quoted clause sub and
// the clause's words unquoted, and restores both after.
func (d *doc) unquoted(si int, sub sentence, fn func()) {
	saved := d.sents[si]
	d.sents[si] = sub
	was := make([]bool, sub.w1-sub.w0)
	for i := sub.w0; i < sub.w1; i++ {
		was[i-sub.w0], d.words[i].quoted = d.words[i].quoted, false
	}
	defer func() {
		d.sents[si] = saved
		for i := sub.w0; i < sub.w1; i++ {
			d.words[i].quoted = was[i-sub.w0]
		}
	}()
	fn()
}

// subEvents reads the events of the quoted clause sub, told in sentence
// saved.
func (d *doc) subEvents(si int, sub, saved sentence, carried []*entity) []Event {
	var out []Event
	for i := sub.w0; i < sub.w1; i++ {
		tr, ok := d.triggerAt(i, sub.w1)
		if !ok {
			continue
		}
		if ev, ok := d.buildEvent(si, tr, carried); ok {
			if m := d.intention(sub); m != nil && ev.Certainty.Factual() {
				ev.Certainty, ev.Marker = Planned, m // "…만날 것"이라고: the speaker's intention
			} else if ev.Certainty == Asserted {
				ev.Certainty = Reported
			}
			ev.Evidence, ev.Start, ev.End = d.text[saved.s:saved.e], saved.s, saved.e
			ev.Mentions = []Span{{Start: saved.s, End: saved.e, Text: ev.Evidence}}
			out = append(out, ev)
		}
		i = tr.pe
	}
	return out
}

// intention returns the 것 that ends a quoted clause after a prospective
// predicate ("박영희 사장을 만날 것"이라고 말했다), nil when the clause ends
// otherwise.
func (d *doc) intention(sub sentence) *Span {
	if sub.w1-sub.w0 < 2 {
		return nil
	}
	last, prev := &d.words[sub.w1-1], &d.words[sub.w1-2]
	if last.stem != "것" || !hasRieulFinal(d.text[prev.cs:prev.ce]) {
		return nil
	}
	return &Span{Start: last.cs, End: last.stemE, Text: last.stem}
}
