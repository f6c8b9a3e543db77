package extract

import (
	"strings"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/korean"
)

// certHit is one certainty marker found around a predicate.
type certHit struct {
	level      Certainty
	start, end int // offsets in Text
}

// occasion reports the event types at which plans are told: a visit or a
// meeting that took place ("공장을 찾아 증설 계획을 밝혔다") is not planned
// by the plan of another noun.
func occasion(t EventType) bool {
	return t == Meet || t == Travel || t == Visit || t == Discuss
}

// ownPlans drops the plan markers of hs that begin an eojeol right after
// a bare noun other than the predicate: "증설 계획" plans the 증설, while
// "방문 계획", "만날 계획" plan the event of tr.
func (d *doc) ownPlans(hs []certHit, tr trigger) []certHit {
	out := hs[:0]
	for _, h := range hs {
		k := tr.pe
		for k < len(d.words) && d.words[k].e <= h.start {
			k++
		}
		if k > tr.pe && k < len(d.words) && d.words[k].cs == h.start {
			if p := &d.words[k-1]; p.josa == "" && !p.quoted && !p.comma && !d.verbal(p) {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// certaintyOf reads how firmly sentence si states the event of trigger tr,
// from the markers of certainty.tsv, and returns the deciding marker.
//
// The markers are read from the predicate outwards, over its clause chain
// (see chainEnd). Negations (않다, 못하다, 없다, 아니다, 안/못) and
// denials (부인했다, 사실무근, 취소됐다) flip the polarity, so a double
// negation (만나지 않을 수 없었다) is an assertion. Of the modal markers
// (speculated, planned, conditional) the outermost wins: the author's
// stance on "만날 예정이라는 관측" is a guess. Then:
//   - a negative predicate is denied, unless it is only guessed at or
//     conditional;
//   - else the modal level, if any;
//   - else reported when the sentence attributes the statement;
//   - else asserted.
func (d *doc) certaintyOf(si int, tr trigger) (Certainty, *Span) {
	st := d.sents[si]
	ce, broke := d.chainEnd(st, tr)
	hits := d.certHits(st, tr, ce, broke)
	given, done := d.givenEnd(st, tr, ce)
	var neg, modal, report, denial *certHit
	flips := 0
	for i := range hits {
		h := &hits[i]
		if h.start >= given && (done || h.level == negation || h.level == Denied || h.level == Reported) {
			continue // "체포된 이후 혐의를 부인했다": the arrest is a given
		}
		switch h.level {
		case negation:
			if d.negates(tr, h.start) {
				flips++
				neg = h
			}
		case Denied:
			if denial == nil || h.start < denial.start {
				denial = h
			}
		case Reported:
			report = h
		default:
			if modal == nil || h.end >= modal.end {
				modal = h
			}
		}
	}
	// a denial verb flips the polarity once (사실무근이라고 선을 그었다),
	// and not at all when it only reports a negative statement
	// (만난 사실이 없다고 반박했다); a negation of the denial itself
	// (부인하지 않았다) still flips it back
	if denial != nil && (neg == nil || neg.start > denial.start) {
		flips++
		if neg == nil || neg.start < denial.start {
			neg = denial
		}
	}
	negative := flips%2 == 1
	span := func(h *certHit) *Span {
		return &Span{Start: h.start, End: h.end, Text: d.text[h.start:h.end]}
	}
	if h := d.deniedReport(st, tr); h != nil && !negative {
		return Denied, span(h)
	}
	switch {
	case negative && (modal == nil || modal.level == Planned):
		return Denied, span(neg)
	case modal != nil:
		return modal.level, span(modal)
	case d.rumourNoun(tr) >= 0:
		p := d.rumourNoun(tr)
		return Speculated, &Span{Start: p, End: p + len("설"), Text: "설"}
	case d.prospectiveOnName(st, tr):
		pe := &d.words[tr.pe]
		return Planned, &Span{Start: pe.cs, End: pe.ce, Text: d.text[pe.cs:pe.ce]}
	case report != nil:
		return Reported, span(report)
	}
	return Asserted, nil
}

// givenEnd is the offset where the clause of tr stops being a given
// background of the main clause: after an adnominal predicate of its chain
// followed by a bound noun of given_clauses.txt ("체포된 이후", "기소할
// 때", "발표한 데 대해", glued "발표한데 대해"); the end of the text when
// there is none. done says the given is a completed event no marker of
// the main clause reaches: a past predicate before 데 ("인수한 데 이어 …
// 세울 계획이다", "발표한 데 대해").
func (d *doc) givenEnd(st sentence, tr trigger, ce int) (int, bool) {
	for k := tr.pe; k+1 < ce; k++ {
		w, nx := &d.words[k], &d.words[k+1]
		if w.quoted || w.josa != "" || w.comma {
			break
		}
		c := d.text[w.cs:w.ce]
		if strings.HasSuffix(c, "데") && strings.HasPrefix(d.text[nx.cs:nx.ce], "대해") {
			return nx.s, true
		}
		if d.adnominal(k) && d.lx.ev.givenNouns[nx.stem] {
			return nx.s, nx.stem == "데" && !hasRieulFinal(c)
		}
		if !d.auxiliary(k + 1) {
			break
		}
	}
	return len(d.text), false
}

// rumourNoun is the offset of 설 on a predicate noun told as a rumour
// ("인수설로 주가가 출렁이자", "합병설이 돌았다"), or -1.
func (d *doc) rumourNoun(tr trigger) int {
	w := &d.words[tr.t]
	if tr.noun == "" || tr.pe != tr.t || w.quoted || !strings.HasSuffix(w.stem, tr.noun+"설") {
		return -1
	}
	return w.stemE - len("설")
}

// prospectiveOnName reports a predicate in the prospective adnominal form
// describing a named thing ("조만간 발표될 김 시장의 개편안"): an event
// still to come.
func (d *doc) prospectiveOnName(st sentence, tr trigger) bool {
	pe := &d.words[tr.pe]
	return pe.josa == "" && !pe.quoted && endsProspective(d.text[pe.cs:pe.ce]) && tr.pe+1 < st.w1 && d.isEntityPhraseStart(tr.pe+1, st.w1)
}

// negates reports whether a negation at offset p is in the scope of the
// predicate of tr: on the predicate's own eojeol (만나지 않았다), or after
// it through auxiliaries and the nouns of negation_scope.txt only (만난
// 적이 없다, 만났다는 보도는 사실이 아니다, 만날 수 없었다). A predicate that ends in a connective
// (만나 이견이 없다) has closed its clause; another verb in between
// (만나 이견을 좁히지 못했다) takes the negation.
func (d *doc) negates(tr trigger, p int) bool {
	if p < d.words[tr.pe].e {
		return true
	}
	if ms := d.morphemes(tr.pe); len(ms) > 0 {
		if last := ms[len(ms)-1]; strings.HasPrefix(last.pos, "EC") && last.lemma != "지" && last.lemma != "다는" && last.lemma != "기" {
			return false
		}
	}
	for k := tr.pe + 1; k < len(d.words) && d.words[k].e <= p; k++ {
		verb, adverb := false, true
		for _, m := range d.morphemes(k) {
			adverb = adverb && (m.pos == "MAG" || strings.HasPrefix(m.pos, "S"))
			if m.pos == "VV" || m.pos == "VA" || m.pos == "XSV" || m.pos == "XSA" {
				return false
			}
			verb = verb || strings.HasPrefix(m.pos, "VX") || strings.HasPrefix(m.pos, "VC") || strings.HasPrefix(m.pos, "E")
		}
		if w := &d.words[k]; !verb && !adverb && !d.lx.ev.negScope[w.stem] && !strings.HasSuffix(w.stem, "설") {
			return false // "제재하는 규정이 없다": the negation is the noun's
		}
	}
	return true
}

// certHits collects the markers of every scope for the predicate of tr,
// whose chain is words [tr.pe, ce).
func (d *doc) certHits(st sentence, tr trigger, ce int, broke bool) []certHit {
	var hits []certHit
	for _, m := range d.lx.ev.markers {
		switch m.scope {
		case scopePred:
			hits = d.matchWords(hits, m, tr.pe, tr.pe+1)
		case scopeBefore:
			if tr.t > st.w0 {
				hits = d.matchWords(hits, m, tr.t-1, tr.t)
			}
		case scopeChain:
			n := len(hits)
			hits = d.matchWords(hits, m, tr.pe, ce)
			if m.level == Planned && occasion(tr.typ) {
				hits = append(hits[:n], d.ownPlans(hits[n:], tr)...)
			}
		case scopeOwn:
			hits = d.matchOwn(hits, m, tr.pe, ce)
		case scopeRieul:
			hits = d.matchRieul(hits, m, tr.pe, ce)
		case scopeCancel:
			// only after a contrast: "예정이었으나 취소됐다", not "열릴 예정이며, … 일정을 취소했다"
			if broke && endsAny(strings.TrimRight(d.text[d.words[ce-1].s:d.words[ce-1].e], ",. "), "으나", "지만", "는데", "은데", "나") {
				hits = d.matchWords(hits, m, ce, d.clauseEnd(st, ce))
			}
		case scopeSentence:
			hits = d.matchWords(hits, m, st.w0, st.w1)
		case scopeEnd:
			if !broke && ce > tr.pe {
				hits = d.matchEnd(hits, m, st, ce)
			}
		}
	}
	return hits
}

// matchWords adds the hits of marker m over the unquoted words [a, b):
// text markers on the surface (one space between words), morph markers on
// the morphemes of the analyser.
func (d *doc) matchWords(hits []certHit, m certMarker, a, b int) []certHit {
	if a >= b {
		return hits
	}
	if m.pos != "" {
		for k := a; k < b; k++ {
			w := &d.words[k]
			if w.quoted {
				continue
			}
			for ti, t := range d.tokRange(w.tok0, w.tok1) {
				if hasMorpheme(t, m.text, m.pos) && !d.contrastNegation(k, m) && (m.pos != "EC" || d.endsWord(k, w.tok0+ti)) {
					hits = append(hits, certHit{level: m.level, start: t.Start, end: t.End})
				}
			}
		}
		return hits
	}
	s, e := d.words[a].s, d.words[b-1].e
	span := d.text[s:e]
	for off := 0; ; {
		i := strings.Index(span[off:], m.text)
		if i < 0 {
			return hits
		}
		p := s + off + i
		off += i + len(m.text)
		if d.quotedAt(p, a, b) || m.noun && !d.predicateNounAt(p, len(m.text), b) {
			continue
		}
		hits = append(hits, certHit{level: m.level, start: p, end: p + len(m.text)})
	}
}

// predicateNounAt reports whether the noun of n bytes at offset p is used
// as a predicate: it begins an eojeol and a light verb follows in it
// (부인했다, 부인하며), or it stands bare as the last word before b (a
// headline's "회동설 부인"). "부인 김 여사", "부인과 함께" and "안부인사"
// are other words.
func (d *doc) predicateNounAt(p, n, b int) bool {
	for k := range b {
		w := &d.words[k]
		if p < w.cs || p >= w.ce {
			continue
		}
		if p != w.cs {
			return false
		}
		rest := d.text[p+n : w.ce]
		return rest != "" && hasLightPrefix(rest) || rest == "" && w.josa == "" && k == b-1
	}
	return false
}

// headline reports whether sentence si is a headline or subhead.
func (d *doc) headline(si int) bool {
	k := d.sents[si].kind
	return k == article.KindHeadline || k == article.KindSubhead
}

// contrastNegation: "A가 아니라 B와" contrasts two things and negates no
// predicate.
func (d *doc) contrastNegation(k int, m certMarker) bool {
	w := &d.words[k]
	return m.pos == "VCN" && strings.HasSuffix(d.text[w.cs:w.ce], "아니라")
}

// quotedAt reports whether offset p falls in a quoted word of [a, b).
func (d *doc) quotedAt(p, a, b int) bool {
	for k := a; k < b; k++ {
		w := &d.words[k]
		if p >= w.s && p < w.e {
			return w.quoted
		}
	}
	return false
}

// hasMorpheme reports whether token t holds morpheme lemma/pos; compound
// tokens (못했 = 못하/VX + 았/EP) are read through their parts.
func hasMorpheme(t korean.Token, lemma, pos string) bool {
	if len(t.Parts) == 0 {
		p, _, _ := strings.Cut(t.POS, "+")
		return p == pos && t.Surface == lemma
	}
	for _, part := range t.Parts {
		f := strings.Split(part, "/")
		if len(f) >= 2 && f[0] == lemma && f[1] == pos {
			return true
		}
	}
	return false
}

// matchRieul adds marker m where it starts the eojeol after a prospective
// predicate of the chain (만날 것이다, 합의할 것으로).
func (d *doc) matchRieul(hits []certHit, m certMarker, a, b int) []certHit {
	for k := a; k+1 < b; k++ {
		w, nx := &d.words[k], &d.words[k+1]
		if w.quoted || nx.quoted || !hasRieulFinal(d.text[w.cs:w.ce]) {
			continue
		}
		if strings.HasPrefix(d.text[nx.cs:nx.ce], m.text) {
			hits = append(hits, certHit{level: m.level, start: nx.cs, end: nx.cs + len(m.text)})
		}
	}
	return hits
}

// matchEnd adds marker m when it ends the sentence: a question mark, a
// headline's 듯.
func (d *doc) matchEnd(hits []certHit, m certMarker, st sentence, ce int) []certHit {
	last := &d.words[ce-1]
	tail := strings.TrimRight(d.text[last.s:last.e], " .\"'”’")
	if last.quoted || !strings.HasSuffix(tail, m.text) {
		return hits
	}
	p := last.s + len(tail) - len(m.text)
	return append(hits, certHit{level: m.level, start: p, end: p + len(m.text)})
}

// chainEnd is one past the last word of the predicate's clause chain: the
// chain runs from the light verb to the sentence end, or to a clause
// closed by a past or completed predicate and a connective (했는데, 만났고,
// 한 바 있어, 나선 만큼), or to a conditional (만나면). broke says the
// chain stopped before the sentence end.
func (d *doc) chainEnd(st sentence, tr trigger) (int, bool) {
	for k := tr.pe; k < st.w1; k++ {
		w := &d.words[k]
		if w.quoted {
			continue
		}
		c := strings.TrimRight(d.text[w.s:w.e], ",.")
		if w.stem == "바" && k+1 < st.w1 && strings.HasPrefix(d.text[d.words[k+1].cs:], "있") {
			return k, true // "~한 바 있다": done before
		}
		if k == tr.pe && k+1 < st.w1 && endsAdnominal(c) && !d.words[k].comma && !complementNouns()[d.words[k+1].stem] && d.head[k+1] != nil {
			return k + 1, true // "시가 발표한 부산 원도심 …": the predicate describes a named thing
		}
		if d.closesClause(k, k == tr.pe, c) {
			return k + 1, k+1 < st.w1
		}
		if strings.HasPrefix(strings.TrimLeft(d.text[w.e:min(w.e+4, len(d.text))], " "), "만큼") && endsAdnominal(c) {
			return k + 1, true
		}
	}
	return st.w1, false
}

// closesClause reports whether word k (c its text) ends a clause: a
// contrastive or causal connective, or a past or conditional predicate
// with a connective ending (만났고, 합의했으며, 만나면).
func (d *doc) closesClause(k int, isPred bool, c string) bool {
	if endsAny(c, "는데", "은데", "지만", "으나", "했고", "했으며", "했는데") {
		return true
	}
	if !isPred && endsAny(c, "만큼", "있어", "아니라", "였고", "였으며", "었고", "었으며", "았고", "았으며") {
		return true
	}
	w := &d.words[k]
	if w.stem == "경우" {
		return true // "투자할 경우": a condition
	}
	ms := d.morphemes(k)
	for i, m := range ms {
		if !strings.HasPrefix(m.pos, "EC") {
			continue
		}
		switch {
		case m.lemma == "고" || m.lemma == "며" || m.lemma == "으나" || m.lemma == "나" || m.lemma == "으며":
			if i > 0 && (ms[i-1].pos == "EP" || ms[i-1].pos == "VCP" && d.lx.ev.negScope[d.words[k].stem]) {
				return true // 만났고, 열릴 예정이며 (a modal noun with the copula ends its clause)
			}
		case strings.HasSuffix(m.lemma, "면") && i == lastContent(ms):
			return true
		}
	}
	return false
}

// lastContent is the index of the last morpheme that is no punctuation
// or particle (the ending that closes the eojeol).
func lastContent(ms []morpheme) int {
	for i := len(ms) - 1; i >= 0; i-- {
		if !strings.HasPrefix(ms[i].pos, "S") && !strings.HasPrefix(ms[i].pos, "J") {
			return i
		}
	}
	return -1
}

// endsWord reports whether token ti is the last of word k but for
// punctuation: a connective ending inside a word (a misread "면담") is no
// ending of it.
func (d *doc) endsWord(k, ti int) bool {
	w := &d.words[k]
	for _, t := range d.tokRange(ti+1, w.tok1) {
		if !strings.HasPrefix(t.POS, "S") {
			return false
		}
	}
	return true
}

// morpheme is one morpheme of the analysis: its lemma and tag.
type morpheme struct{ lemma, pos string }

// morphemes lists the morphemes of word k, reading compound tokens
// (했으며 = 하/XSV + 았/EP + 으며/EC) through their parts.
func (d *doc) morphemes(k int) []morpheme {
	w := &d.words[k]
	var out []morpheme
	for _, t := range d.tokRange(w.tok0, w.tok1) {
		if len(t.Parts) == 0 {
			out = append(out, morpheme{t.Surface, t.POS})
			continue
		}
		for _, p := range t.Parts {
			if f := strings.Split(p, "/"); len(f) >= 2 {
				out = append(out, morpheme{f[0], f[1]})
			}
		}
	}
	return out
}

// clauseEnd is one past the last word of the clause starting at word a.
func (d *doc) clauseEnd(st sentence, a int) int {
	for k := a; k < st.w1; k++ {
		w := &d.words[k]
		if !w.quoted && d.closesClause(k, false, strings.TrimRight(d.text[w.s:w.e], ",.")) {
			return k + 1
		}
	}
	return st.w1
}

// matchOwn adds the hits of marker m that start on the predicate's own
// eojeol or on the auxiliaries right after it (만나기로 했다, 투자하지
// 않기로 했다): "만나 … 짓기로 했다" plans the building, not the meeting.
func (d *doc) matchOwn(hits []certHit, m certMarker, pe, ce int) []certHit {
	end := pe + 1
	for end < ce && d.auxiliary(end) {
		end++
	}
	for _, h := range d.matchWords(nil, m, pe, ce) {
		if h.start < d.words[end-1].e {
			hits = append(hits, h)
		}
	}
	return hits
}

// auxiliary reports whether word k begins with an auxiliary verb (않기로,
// 못하게): it belongs to the predicate before it.
func (d *doc) auxiliary(k int) bool {
	ms := d.morphemes(k)
	return len(ms) > 0 && strings.HasPrefix(ms[0].pos, "VX")
}

// deniedReport finds the denial of a report the event is told in: the
// predicate ends its clause in 다는 before a report noun ("사임했다는
// 보도", report_nouns.txt), or is a rumour noun (사임설), and a denial of
// certainty.tsv follows later in the sentence, quoted or not ("… 보도에
// 대해 회사 측은 \"사실무근\"이라고 밝혔다").
func (d *doc) deniedReport(st sentence, tr trigger) *certHit {
	r := d.rumourNoun(tr)
	if r >= 0 {
		r = tr.t
	} else if pe := &d.words[tr.pe]; tr.pe+1 < st.w1 && !pe.quoted && strings.HasSuffix(d.text[pe.cs:pe.ce], "다는") && d.lx.ev.reportNouns[d.words[tr.pe+1].stem] {
		r = tr.pe + 1
	}
	if r < 0 || r+1 >= st.w1 {
		return nil
	}
	s, e := d.words[r+1].s, d.words[st.w1-1].e
	for _, m := range d.lx.ev.markers {
		if m.level != Denied || m.scope != scopeChain || m.pos != "" || d.cancelMarker(m.text) {
			continue // 취소, 무산: the report may be true and a plan called off
		}
		for off := s; ; {
			i := strings.Index(d.text[off:e], m.text)
			if i < 0 {
				break
			}
			p := off + i
			off = p + len(m.text)
			if !m.noun || d.predicateNounAt(p, len(m.text), st.w1) {
				return &certHit{level: Denied, start: p, end: p + len(m.text)}
			}
		}
	}
	return nil
}

// cancelMarker reports a denial marker that also calls a plan off (취소,
// 무산: it has a cancel row in certainty.tsv).
func (d *doc) cancelMarker(text string) bool {
	for _, m := range d.lx.ev.markers {
		if m.scope == scopeCancel && m.text == text {
			return true
		}
	}
	return false
}
