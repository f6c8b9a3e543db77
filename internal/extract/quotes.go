package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/article"
)

// findQuotes extracts quotations: double-quoted text followed by a
// quotative ending or a speech verb, broadcast soundbites (a quoted line
// under an interview label) and indirect speech (…다고 말했다, kept as
// QuoteIndirect). Quotes chained in one sentence ("…"며 "…"고 말했다)
// share the speaker, the subject of the quote's own clause resolved
// through coreference; anonymous and unnamed sources keep their
// description.
func (d *doc) findQuotes() []Quote {
	out := []Quote{}
	var last *Quote
	for si, st := range d.sents {
		if st.summary() {
			continue
		}
		var qs [][2]int
		for _, q := range quoteSpans(d.text, st.s, st.e) {
			if d.speechFollows(q[1], st.e) {
				qs = append(qs, q)
			}
		}
		if len(qs) == 0 {
			if q, ok := d.leadQuote(si); ok {
				out = append(out, q)
			} else if q, ok := d.soundbite(si); ok {
				out = append(out, q)
			} else if q, ok := d.inlineSoundbite(si); ok {
				out = append(out, q)
			} else if q, ok := d.indirectQuote(si); ok {
				out = append(out, q)
			}
			continue
		}
		spk, ok := d.quoteSpeaker(si, qs, last)
		if !ok {
			continue
		}
		for k, q := range qs {
			t := strings.TrimSpace(d.text[q[0]:q[1]])
			if t == "" {
				continue
			}
			if k > 0 {
				if s2, ok := d.clauseSpeaker(si, qs[k-1][1], q[0]); ok {
					spk = s2 // "김 씨는 “…”고 말했고, 40대 정 씨는 “…”는 바람을 전했다"
				}
			}
			qq := spk
			qq.Text, qq.Start, qq.End, qq.Kind = t, q[0], q[1], QuoteDirect
			out = append(out, qq)
		}
		ls := spk
		last = &ls
	}
	return out
}

// clauseSpeaker reads the subject of a clause between two quotations of one
// sentence, from offset from to offset to: the speaker of the second.
func (d *doc) clauseSpeaker(si, from, to int) (Quote, bool) {
	st := d.sents[si]
	lo := -1 // the clause's first word
	for i := st.w0; i < st.w1 && d.words[i].s < to; i++ {
		if d.words[i].s <= from || d.words[i].quoted || d.complementOfBecome(i, st.w1) {
			continue
		}
		if lo < 0 {
			lo = i
		}
		if q, ok := d.speakerAt(i, st.w0); ok && (q.SpeakerNamed || d.anonSource(i, st.w0) != "" || d.bareSurnameTitle(i, st.w0)) {
			return q, true
		}
		if q, ok := d.speakerAt(i, lo); ok && q.SpeakerNamed && d.alsoOpens(i, lo) {
			return q, true // "…고 말했고, 정우성 장관도 “…”": the clause's own 도 subject
		}
	}
	return Quote{}, false
}

// lastClauseEnd is the last word before offset qs of sentence si that ends
// a clause with a connective verb ("밝혔고,", "주장했으며"), or -1: the
// clause the quotation stands in begins after it.
func (d *doc) lastClauseEnd(si, qs int) int {
	st := d.sents[si]
	k := -1
	for i := st.w0; i < st.w1 && d.words[i].e <= qs; i++ {
		w := &d.words[i]
		if !w.quoted && d.verbal(w) && endsAny(w.stem, "고", "며") && (w.comma || strings.HasSuffix(w.stem, "했고") || strings.HasSuffix(w.stem, "으며") || strings.HasSuffix(w.stem, "했으며")) {
			k = i
		}
		if !w.quoted && d.verbal(w) && endsAny(w.stem, "었으나", "았으나", "였으나", "했으나", "지만") {
			k = i // "…라며 물었으나 이 시장은 “…”": a contrast opens the next clause
		}
	}
	return k
}

// quoteSpeaker finds who says the quotes qs of sentence si: the speaker of
// the sentence's own clause; else the speaker of a quote going on from the
// sentence before; else the person the previous sentences were about
// ("이어 "…"고 말했다"), or the organisation the sentence right before was.
func (d *doc) quoteSpeaker(si int, qs [][2]int, last *Quote) (Quote, bool) {
	if spk, ok := d.speaker(si, qs[0][0], qs[len(qs)-1][1]); ok {
		return spk, true
	}
	if last != nil && si > 0 && d.sentHasQuote(si-1) {
		return *last, true
	}
	for k := si - 1; k >= 0 && k >= si-2; k-- {
		for _, e := range d.sentenceSubject(k) {
			if e.Type == Org && k == si-1 || e.Type == Person && !slices.Contains(d.a.Byline.Names, e.Name) { // the reporter of "[한빛일보 = 홍길동 기자] …" says nothing
				return Quote{Speaker: e.Name, SpeakerEntity: e.ID, SpeakerNamed: true}, true // (a body, only the sentence right before: "법원은 … 기각했다. 사유에 대해 "…"고 했다")
			}
		}
	}
	return Quote{}, false
}

func (d *doc) sentHasQuote(si int) bool {
	st := d.sents[si]
	return len(quoteSpans(d.text, st.s, st.e)) > 0
}

// speechFollows checks what comes right after a closing quote mark at
// close (the offset of the mark).
func (d *doc) speechFollows(close, end int) bool {
	_, w := utf8.DecodeRuneInString(d.text[close:])
	rest := strings.TrimLeftFunc(d.text[close+w:end], unicode.IsSpace)
	for _, e := range d.lx.ev.speech["ending"] {
		if strings.HasPrefix(rest, e) {
			after, _ := utf8.DecodeRuneInString(rest[len(e):])
			if e == "고" || e == "며" {
				// "고" must end the eojeol or be followed by speech: not "고대역폭"
				// or be followed by the next quotation with no space: "…다.”며“…"
				if !(after == utf8.RuneError || unicode.IsSpace(after) || after == ',' || after == '.' || isQuote(after)) {
					continue
				}
			}
			return true
		}
	}
	for _, v := range slices.Concat(d.lx.ev.speech["verb"], d.lx.ev.speech["tweet"]) {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

// speaker finds who says the quotes of sentence si spanning [qs, qe): the
// subject before the first quote, else a source "X에 따르면", else a
// subject after the last quote.
func (d *doc) speaker(si, qs, qe int) (Quote, bool) {
	st := d.sents[si]
	if b := d.lastClauseEnd(si, qs); b >= 0 {
		if q, ok := d.clauseSpeaker(si, d.words[b].s, qs); ok {
			return q, true // "김 대표는 …다고 밝혔고, 유 대변인은 “…”는 입장을 고수했다"
		}
	}
	lo := d.afterMatter(st.w0, qs)
	for i := st.w0; i < st.w1 && d.words[i].e <= qs; i++ {
		if i < lo && !topicJosa(d.words[i].josa) || d.complementOfBecome(i, st.w1) || d.timeClauseSubject(i, st.w1) {
			continue
		}
		if q, ok := d.speakerAt(i, st.w0); ok {
			// a topic ("청와대는") stands outside any relative clause after it
			if e := d.relativeHead(i, st.w1, qs); e != nil && !topicJosa(d.words[i].josa) {
				return Quote{Speaker: e.Name, SpeakerEntity: e.ID, SpeakerNamed: true}, true
			}
			return q, true
		}
		if w := &d.words[i]; roleOf(w.josa) == roleSubj && !w.quoted && personPronouns()[w.stem] {
			return Quote{}, false // "그는 “…”고 말해 … 부족이": the pronoun is the speaker, whom the sentences before name
		}
	}
	if q, ok := d.accordingTo(st); ok {
		return q, true
	}
	if q, ok := d.subjectBeforeMatter(st, lo); ok {
		return q, true
	}
	for i := st.w0; i < st.w1; i++ {
		if d.words[i].s >= qe {
			if q, ok := d.speakerAt(i, st.w0); ok {
				return q, true
			}
		}
	}
	return Quote{}, false
}

// speakerAt reads the subject word i as a speaker: a named entity, an
// anonymous source (업계 관계자) or another noun phrase kept as a
// description (재판부, 입주자대표회의). A spokesperson speaks on behalf of
// the organisation or person they work for.
func (d *doc) speakerAt(i, lo int) (Quote, bool) {
	w := &d.words[i]
	if w.quoted || roleOf(w.josa) != roleSubj && !d.alsoOpens(i, lo) {
		return Quote{}, false
	}
	if e := d.head[i]; e != nil {
		q := Quote{Speaker: e.Name, SpeakerEntity: e.ID, SpeakerNamed: true}
		if d.spokesperson(e.Title) && e.Affiliation != "" {
			q.OnBehalfOf = e.Affiliation
		}
		return q, true
	}
	if (honorificNouns()[w.stem] || d.titleWordAt(i, lo)) && i > lo && d.words[i-1].bare() && !d.words[i-1].quoted {
		if e := d.head[i-1]; e != nil && e.Type == Person {
			return Quote{Speaker: e.Name, SpeakerEntity: e.ID, SpeakerNamed: true}, true // "정하늘 씨는"
		}
	}
	if d.bareSurnameTitle(i, lo) {
		// "이 시장은": a person named by surname and title whom the page never names in full
		return Quote{Speaker: d.words[i-1].stem + " " + w.stem}, true
	}
	if w.stem == "측" && i > lo && d.words[i-1].josa == "" && !d.words[i-1].quoted {
		if e := d.head[i-1]; e != nil && (e.Type == Person || e.Type == Org) {
			return Quote{Speaker: e.Name, SpeakerEntity: e.ID, SpeakerNamed: true}, true // "김도윤 회장 측은": the side speaks for them
		}
	}
	if desc := d.anonSource(i, lo); desc != "" {
		return Quote{Speaker: desc}, true
	}
	return d.described(i, lo)
}

// bareSurnameTitle reports word i a title after a bare surname that names
// no one found ("이 시장은").
func (d *doc) bareSurnameTitle(i, lo int) bool {
	if i <= lo || d.head[i-1] != nil || !d.titleWordAt(i, lo) {
		return false
	}
	p := &d.words[i-1]
	return p.bare() && !p.quoted && syllables(p.stem) == 1 && d.lx.surnames[p.stem] && p.stem != "한" // "한 외무장관은": a determiner
}

// timeClauseNouns close a clause that says when ("경기가 끝난 후", "회의가
// 열린 뒤", "행사가 진행되는 동안").
var timeClauseNouns = setOf(`후 뒤 다음 직후 이후 동안 도중 가운데 때 뒤에 후에 다음에 때에`)

// timeClauseSubject reports word i the subject of a clause saying when,
// "경기가 끝난 후 최재훈은 …": a verb in its adnominal form and a time
// noun follow it. It is no speaker of the sentence.
func (d *doc) timeClauseSubject(i, end int) bool {
	w := &d.words[i]
	if i+2 >= end || w.josa != "이" && w.josa != "가" || w.quoted {
		return false
	}
	v := &d.words[i+1]
	ts := d.tokRange(v.tok0, v.tok1) // the whole word: its ending too
	return len(ts) > 0 && strings.Contains(ts[len(ts)-1].POS, "ETM") && timeClauseNouns()[d.words[i+2].stem]
}

// honorificNouns follow a person's name as a separate word and take the
// name's particle: "정하늘 씨는", "강하람 군은".
var honorificNouns = setOf(`씨 군 양 옹`)

// complementOfBecome reports a noun in 이/가 before a form of 되다, "새
// 수장이 된 오세진 부문장은": the complement of the verb, no subject.
func (d *doc) complementOfBecome(i, end int) bool {
	w := &d.words[i]
	if i+1 >= end || w.josa != "이" && w.josa != "가" {
		return false
	}
	nx := d.words[i+1].stem
	for _, f := range []string{"된", "되", "돼"} {
		if strings.HasPrefix(nx, f) {
			return d.verbal(&d.words[i+1])
		}
	}
	return false
}

// alsoOpens reports a subject in 도 that opens its sentence, "한빛당도
// …고 밝혔다": the speaker joins the one before, and no earlier word can
// be the subject.
func (d *doc) alsoOpens(i, lo int) bool {
	if roleOf(d.words[i].josa) != roleAlso {
		return false
	}
	named := d.head[i] != nil && (d.head[i].Type == Person || d.head[i].Type == Org)
	for k := lo; k < i; k++ {
		w := &d.words[k]
		if w.quoted || !named && (w.josa != "" || w.comma) {
			return false
		}
		if roleOf(w.josa) == roleSubj || d.head[k] != nil && w.bare() && d.head[k].Type == Person {
			return false // "이에 대해 정우성 장관도": a named one after adverbials opens, not after another subject
		}
	}
	return true
}

// spokesperson reports whether a title is one of a spokesperson.
func (d *doc) spokesperson(title string) bool {
	f := strings.Fields(title)
	return len(f) > 0 && d.lx.ev.spokespeople[f[len(f)-1]]
}

// described keeps a subject that is no entity as the description of the
// speaker: the noun phrase it heads, or the fuller phrase met before for a
// bare noun ("통신은" after "조선중앙 통신"). A spokesperson phrase
// ("청와대 대변인") speaks for the entity inside it.
func (d *doc) described(i, lo int) (Quote, bool) {
	w := &d.words[i]
	if w.stem == "측" && i > lo && d.words[i-1].bare() {
		// "한빛전자 측은", "류승범 회장 측은": the side speaks for its owner
		e := d.head[i-1]
		if (e == nil || e.Type != Person && e.Type != Org) && d.lx.titles[d.words[i-1].stem] {
			e = d.titledPerson(i-1, lo)
		}
		if e != nil {
			return Quote{Speaker: e.Name, SpeakerEntity: e.ID, SpeakerNamed: true}, true
		}
		if np := d.sidePhrase(i, lo); np != w.stem {
			return Quote{Speaker: np}, true // "소속사 측은": 측 alone is a stop noun
		}
	}
	if w.stem == "" || slices.Contains(d.lx.ev.speech["pronoun"], w.stem) || d.lx.stop[w.stem] || isDigitStart(w.stem) || d.verbal(w) {
		return Quote{}, false
	}
	if ts := d.toksOf(w); len(ts) == 0 || !(strings.HasPrefix(ts[0].POS, "N") || strings.HasPrefix(ts[0].POS, "SL")) {
		return Quote{}, false
	}
	np := d.nounPhrase(i, lo)
	if np == "" {
		return Quote{}, false
	}
	if np == w.stem {
		np = d.fullerDescription(i, np)
	}
	q := Quote{Speaker: np}
	if d.lx.ev.spokespeople[w.stem] {
		for k := d.npStart(i, lo); k < i; k++ {
			if e := d.head[k]; e != nil {
				q.OnBehalfOf = e.Name
			}
		}
	}
	return q, true
}

// sidePhrase is the phrase of a side speaking, "한빛 소속사 측": up to three
// bare words before 측, kept where the analyser read a noun as a verb after
// a noun (소속사 as 소속 + 사다).
func (d *doc) sidePhrase(i, lo int) string {
	start := i
	for k := i - 1; k >= lo && k >= i-3; k-- {
		w := &d.words[k]
		if !w.bare() || w.quoted || w.stem == "" || phraseStop()[w.stem] || isDigitStart(w.stem) || endsAdnominal(w.stem) {
			break
		}
		if ts := d.toksOf(w); d.verbal(w) && (len(ts) == 0 || !strings.HasPrefix(ts[0].POS, "NN")) || d.connectiveWord(k) {
			break // "이에 대해 회사 측은", "수지와 관련해 스튜디오 측은": 대해, 관련해 are no part of the side
		}
		start = k
	}
	return cleanPhrase(d.text[d.words[start].cs:d.words[i].stemE])
}

// fullerDescription is the longest noun phrase headed by the same noun in
// the sentences before word i ("북한 관영매체인 '조선중앙' 통신은" … "통신은"),
// or noun itself.
func (d *doc) fullerDescription(i int, noun string) string {
	best := noun
	for k := i - 1; k >= 0 && k >= i-300; k-- {
		w := &d.words[k]
		if w.quoted || w.stem != noun {
			continue
		}
		lo := d.sents[w.sent].w0
		if s := d.npStart(k, lo); s > lo && temporalDeterminers()[d.words[s-1].stem] {
			continue // "지난 기일 재판부": the court at a past hearing, no fuller name
		}
		if np := afterPartitive(d.nounPhrase(k, lo)); syllables(np) > syllables(best) {
			best = np
		}
	}
	return best
}

// temporalDeterminers before a noun phrase make it name a time ("지난 기일
// 재판부"), not describe its head.
var temporalDeterminers = setOf(`지난 이번 다음 당시 앞선 직전 첫`)

// accordingTo reads "X에 따르면" as the source of a sentence.
func (d *doc) accordingTo(st sentence) (Quote, bool) {
	for i := st.w0; i+1 < st.w1; i++ {
		w := &d.words[i]
		if w.quoted || w.josa != "에" || !strings.HasPrefix(d.text[d.words[i+1].cs:d.words[i+1].ce], "따르면") {
			continue
		}
		if e := d.head[i]; e != nil {
			return Quote{Speaker: e.Name, SpeakerEntity: e.ID, SpeakerNamed: true}, true
		}
		if desc := d.anonSource(i, st.w0); desc != "" {
			return Quote{Speaker: desc}, true
		}
		if np := d.nounPhrase(i, st.w0); np != "" {
			return Quote{Speaker: np}, true
		}
	}
	return Quote{}, false
}

// soundbite reads a sentence that is one quotation standing alone, under
// a label line naming its speaker ("▶ 인터뷰 : 홍길동 / 시민").
func (d *doc) soundbite(si int) (Quote, bool) {
	st := d.sents[si]
	body := strings.TrimSpace(strings.TrimLeft(d.text[st.s:st.e], "-–— "))
	qs := quoteSpans(d.text, st.s, st.e)
	if len(qs) != 1 || !isQuote(finalRune(strings.TrimRight(body, ". "))) {
		return Quote{}, false
	}
	_, w := utf8.DecodeLastRuneInString(d.text[:qs[0][0]])
	if alone := strings.TrimLeft(d.text[st.s:qs[0][0]-w], "-–— ") == ""; !alone || si == 0 || !isQuote(finalRune(body)) {
		return Quote{}, false // a label on the quote's own line: inlineSoundbite
	}
	spk, ok := d.labelSpeaker(si - 1)
	if !ok {
		return Quote{}, false
	}
	t := strings.TrimSpace(d.text[qs[0][0]:qs[0][1]])
	spk.Text, spk.Start, spk.End, spk.Kind = t, qs[0][0], qs[0][1], QuoteDirect
	return spk, t != ""
}

// labelSpeaker reads a soundbite label: a label word of quote_labels.txt,
// then the speaker, optionally "/ title". The speaker is the person named
// there, else the label's last word before the title.
func (d *doc) labelSpeaker(si int) (Quote, bool) {
	st := d.sents[si]
	at := -1
	if st.kind == article.KindSpeaker {
		at = 0 // the article reader already took the label off: "홍길동 시장"
	}
	return d.labelIn(st, st.e, at)
}

// labelIn reads the label that ends at offset end of sentence st; at is
// where the speaker begins when the label word is already gone (0), else -1.
func (d *doc) labelIn(st sentence, end, at int) (Quote, bool) {
	line := d.text[st.s:end]
	for _, l := range d.lx.ev.quoteLabels {
		if i := strings.Index(line, l); at != 0 && i >= 0 && (at < 0 || i < at) {
			at = i + len(l)
		}
	}
	if at < 0 {
		return Quote{}, false
	}
	who := strings.TrimLeft(line[at:], " :：]】>)▶")
	return d.labelWho(st, who, end-len(who))
}

// labelWho reads the speaker named after a soundbite label: who, starting
// at byte whoStart of sentence st, optionally "/ title" or "(title)".
func (d *doc) labelWho(st sentence, who string, whoStart int) (Quote, bool) {
	if i := strings.IndexAny(who, "/("); i >= 0 {
		who = who[:i]
	}
	whoEnd := whoStart + len(strings.TrimSpace(who))
	for k := st.w0; k < st.w1; k++ {
		// the phrase's first word: "신동빈 / 한빛 회장" heads the person at its title
		if e := d.head[k]; e != nil && e.Type == Person && d.words[d.phrase0[k]].cs >= whoStart && d.words[d.phrase0[k]].cs < whoEnd {
			return Quote{Speaker: e.Name, SpeakerEntity: e.ID, SpeakerNamed: true}, true
		}
	}
	f := strings.Fields(cleanPhrase(who))
	if len(f) == 0 {
		return Quote{}, false
	}
	if len(f) > 1 && (d.lx.titles[f[len(f)-1]] || d.personLike(f[0]) && !d.personLike(f[len(f)-1])) {
		return Quote{Speaker: f[0]}, true // "홍길동 한빛시 시장", "홍길동 *한빛군청 예산담당*": the name first
	}
	return Quote{Speaker: f[len(f)-1]}, true // "AI 앵커 안지예"
}

// anonSource describes an unnamed source whose phrase ends at word i:
// "업계 관계자", "정부 고위 당국자", "한 관계자".
func (d *doc) anonSource(i, lo int) string {
	w := &d.words[i]
	stem := strings.TrimSuffix(w.stem, "들")
	if !d.lx.anon[stem] {
		ok := false
		for a := range d.lx.anon {
			if strings.HasSuffix(stem, a) && syllables(stem) <= syllables(a)+3 {
				ok = true
			}
		}
		if !ok {
			return ""
		}
	}
	start := i
	for k := i - 1; k >= lo && k >= i-3; k-- {
		pw := &d.words[k]
		if !pw.bare() || pw.quoted || d.claimed[k] && d.head[k] == nil || isDigitStart(pw.stem) || pw.stem == "" {
			break
		}
		if phraseStop()[pw.stem] || (d.verbal(pw) && pw.stem != "한") { // "한 관계자": one official
			break
		}
		start = k
	}
	return d.text[d.words[start].cs:w.stemE]
}

// indirectQuote reads reported speech without quote marks, "X는 …다고
// 말했다": the speaker is the sentence's first subject, the text what
// stands between it and the quotative ending.
func (d *doc) indirectQuote(si int) (Quote, bool) {
	st := d.sents[si]
	for k := st.w0 + 1; k+1 < st.w1; k++ {
		c := d.text[d.words[k].cs:d.words[k].ce]
		if !endsAny(c, "다고", "라고", "냐고") || !(hasAnyPrefix(d.text[d.words[k+1].cs:d.words[k+1].ce], d.lx.ev.speech["indirect"]) || hasAnyPrefix(d.text[d.words[k+1].cs:d.words[k+1].ce], d.lx.ev.speech["tweet"])) {
			continue
		}
		for i := st.w0; i < k; i++ {
			spk, ok := d.speakerAt(i, st.w0)
			if e := d.head[i]; i == st.w0 && e != nil && roleOf(d.words[i].josa) == roleAlso && (e.Type == Person || e.Type == Org) {
				spk, ok = Quote{Speaker: e.Name, SpeakerEntity: e.ID, SpeakerNamed: true}, true // "한빛당도 …라고 밝혔다"
			}
			if w := &d.words[i]; !ok && topicJosa(w.josa) && !w.quoted && d.lx.govHeads[w.stem] {
				spk, ok = Quote{Speaker: w.stem}, true // "정부는 사고 예방이 …하겠다고 밝혔다": the topic speaks, not the reported clause's subject
			}
			if !ok {
				continue
			}
			s, e := d.words[d.pastFrame(i+1, k)].cs, d.words[k].ce-len("고")
			if i+1 > k || s >= e {
				return Quote{}, false
			}
			spk.Text, spk.Start, spk.End, spk.Kind = strings.TrimSpace(d.text[s:e]), s, e, QuoteIndirect
			return spk, true
		}
		return Quote{}, false
	}
	return Quote{}, false
}

func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// topicJosa reports the topic particle that marks the speaker before the
// matter a quote answers ("감독은 … 지적에 관해 "…"고 말했다").
func topicJosa(j string) bool { return j == "은" || j == "는" }

// subjectBeforeMatter reads the subject opening a sentence before the
// matter its quote answers when the matter has a subject of its own: "한빛시가
// [도한결 씨가 …했다는] 보도에 대해 "…"라고 반박했다" — the city speaks; lo
// is the first word after the matter.
func (d *doc) subjectBeforeMatter(st sentence, lo int) (Quote, bool) {
	i := st.w0
	for i < lo && d.words[i].josa == "" && strings.ContainsAny(d.text[d.words[i].s:d.words[i].e], "[]=") {
		i++ // a byline bracket opening the lead ("[홍길동 기자]")
	}
	if i >= lo || roleOf(d.words[i].josa) != roleSubj || topicJosa(d.words[i].josa) {
		return Quote{}, false
	}
	for k := i + 1; k < lo; k++ {
		if w := &d.words[k]; !w.quoted && (w.josa == "이" || w.josa == "가") {
			return d.speakerAt(i, st.w0)
		}
	}
	return Quote{}, false
}

// afterMatter returns the first word of sentence words [w0, …) before the
// offset qs past the matter a quote answers: words up to a closing "about"
// word (…에 대해서는) state it, so a nominative subject among them
// ("부상이 염려되는 것에 대해서는") is not the speaker.
func (d *doc) afterMatter(w0, qs int) int {
	lo := w0
	for i := w0; i < len(d.words) && d.words[i].e <= qs; i++ {
		if slices.Contains(d.lx.ev.speech["about"], d.text[d.words[i].cs:d.words[i].ce]) {
			lo = i + 1
		}
	}
	return lo
}

// pastFrame skips, from word j up to word k, the words that open reported
// speech without being said: the day it was made ("16일", "이날") and how
// ("성명을 내고", "기자회견에서"). A day followed, not by a frame but by the reported clause's
// own subject stays: it dates that clause.
func (d *doc) pastFrame(j, k int) int {
	for j < k {
		core := d.text[d.words[j].cs:d.words[j].ce]
		if dayNumber(core) && (d.frameWords(j+1, k) > 0 || !d.subjectSoon(j+1, k)) {
			j++
			continue
		}
		n := d.frameWords(j, k)
		if n == 0 {
			break
		}
		j += n
	}
	return j
}

// subjectSoon reports a nominative subject among the few words from j
// (before k): a day right before one dates the reported clause itself
// ("24일 위원장이 회의를 지도했다고 전했다"), not the statement.
func (d *doc) subjectSoon(j, k int) bool {
	for i := j; i < k && i < j+3; i++ {
		if jo := d.words[i].josa; jo == "이" || jo == "가" {
			return true
		}
	}
	return false
}

// frameWords returns how many words from j (before k) a speech frame of
// speech.tsv covers, or 0.
func (d *doc) frameWords(j, k int) int {
	for _, f := range d.lx.ev.speech["frame"] {
		n := strings.Count(f, " ") + 1
		if j+n > k {
			continue
		}
		if d.text[d.words[j].cs:d.words[j+n-1].ce] == f {
			return n
		}
	}
	return 0
}

// dayNumber reports a day of the month written as digits: "16일".
func dayNumber(s string) bool {
	n, ok := strings.CutSuffix(s, "일")
	if !ok || n == "" || len(n) > 2 {
		return false
	}
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// personLike reports a word shaped like a Korean full name: a known
// surname and a given name of one or two syllables ("홍길동", "남궁민수";
// not "예산담당").
func (d *doc) personLike(s string) bool {
	sur := d.lx.surnameOf(s)
	given := syllables(s) - syllables(sur)
	return sur != "" && given >= 1 && given <= 2 && allHangul(s) && !d.lx.titles[s]
}

// inlineSoundbite reads a soundbite written on one line with its label:
// "<녹취> 홍길동(대변인) : "…"" or "홍길동 / 한빛시 시장 "…"", the
// quotation last.
func (d *doc) inlineSoundbite(si int) (Quote, bool) {
	st := d.sents[si]
	qs := quoteSpans(d.text, st.s, st.e)
	if len(qs) == 0 {
		return Quote{}, false
	}
	head := strings.TrimRight(d.text[st.s:qs[0][0]], " \"“'‘")
	colon := strings.TrimSuffix(strings.TrimSuffix(head, ":"), "：")
	if len(colon) == len(head) && !(strings.Contains(head, " / ") && utf8.RuneCountInString(head) <= 30) {
		return Quote{}, false // no colon, and no "홍길동 / 한빛시 시장" label either
	}
	at := -1
	for _, l := range d.lx.ev.quoteLabels {
		if i := strings.LastIndex(colon, l); i >= 0 && i+len(l) > at {
			at = i + len(l)
		}
	}
	var spk Quote
	ok := false
	if at >= 0 {
		who := strings.TrimLeft(colon[at:], " :：]】>)▶")
		spk, ok = d.labelWho(st, strings.TrimSpace(who), st.s+len(colon)-len(who))
	} else if body := strings.TrimRight(d.text[st.s:st.e], ". "); len(qs) == 1 && isQuote(finalRune(body)) && utf8.RuneCountInString(head) <= 30 {
		// the article reader took the label off: "홍길동(한빛시 대변인) : "…""
		// names a known person at once
		spk, ok = d.labelIn(st, st.s+len(strings.TrimRight(colon, " ")), 0)
		ok = ok && spk.SpeakerNamed
	}
	t := strings.TrimSpace(d.text[qs[0][0]:qs[0][1]])
	spk.Text, spk.Start, spk.End, spk.Kind = t, qs[0][0], qs[0][1], QuoteDirect
	return spk, ok && t != ""
}

// relativeHead returns the person a relative clause describes when the
// subject word i belongs to that clause: "A 씨가 … 의혹을 받았던 B 씨
// 역시 "…"라며" — B speaks, not A. It is nil when no adnominal predicate
// before the quote at byte qs is followed by a person who leads the rest.
func (d *doc) relativeHead(i, w1, qs int) *entity {
	for k := i + 1; k+1 < w1 && d.words[k+1].e <= qs; k++ {
		w := &d.words[k]
		if w.quoted || w.josa != "" || !d.adnominal(k) {
			continue
		}
		h := k + 1
		e := d.head[h]
		if e == nil || e.Type != Person {
			continue
		}
		j := h
		if h+1 < w1 && d.words[h+1].stem == "씨" {
			j = h + 1
		}
		r := roleOf(d.words[j].josa)
		if r == roleSubj || r == roleAlso || d.words[j].josa == "" && j+1 < w1 && relativeLeads()[d.words[j+1].stem] {
			return e
		}
	}
	return nil
}

// relativeLeads after a bare name make it the subject ("B 씨 역시").
var relativeLeads = setOf(`역시 또한`)
