package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteEndings may follow a closing quote mark when it reports speech:
// "…"라고 말했다, "…"며, "…"고 전했다, "…"라면서.
var quoteEndings = []string{"이라고", "라고", "이라며", "라며", "이라면서", "라면서", "면서", "며", "고", "하고", "하며"}

// speechVerbs report speech when they follow a quotation directly or end
// its sentence.
var speechVerbs = []string{"말했", "말한", "전했", "밝혔", "강조했", "설명했", "덧붙였", "언급했", "주장했", "지적했", "답했", "물었",
	"말하", "밝히", "전하", "강조하", "설명하", "말했다", "했다", "토로했", "당부했", "질문했", "반문했", "평가했", "촉구했", "호소했", "말을"}

// findQuotes extracts direct quotations: double-quoted text followed by a
// quotative ending or a speech verb. Quotes chained in one sentence
// ("…"며 "…"고 말했다) share the speaker, the subject of the sentence
// resolved through coreference; anonymous sources keep their description.
func (d *doc) findQuotes() []Quote {
	out := []Quote{}
	var lastSpeaker *Quote
	for si, st := range d.sents {
		spans := quoteSpans(d.text, st.s, st.e)
		var qs [][2]int
		for _, q := range spans {
			if d.speechFollows(q[1], st.e) {
				qs = append(qs, q)
			}
		}
		if len(qs) == 0 {
			continue
		}
		spk, ok := d.speaker(si, qs[0][0], qs[len(qs)-1][1])
		if !ok && lastSpeaker != nil && si > 0 && d.sentHasQuote(si-1) {
			spk, ok = *lastSpeaker, true // a quote that goes on in the next sentence keeps its speaker
		}
		if !ok {
			// "이어 "…"고 말했다": a quote without subject belongs to the
			// person the previous sentences were about
			for k := si - 1; k >= 0 && k >= si-2 && !ok; k-- {
				for _, e := range d.sentenceSubject(k) {
					if e.Type == Person {
						spk, ok = Quote{Speaker: e.Name, SpeakerEntity: e.ID, SpeakerNamed: true}, true
						break
					}
				}
			}
		}
		if !ok {
			continue
		}
		for _, q := range qs {
			t := strings.TrimSpace(d.text[q[0]:q[1]])
			if t == "" {
				continue
			}
			qq := spk
			qq.Text, qq.Start, qq.End = t, q[0], q[1]
			out = append(out, qq)
		}
		ls := spk
		lastSpeaker = &ls
	}
	return out
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
	for _, e := range quoteEndings {
		if strings.HasPrefix(rest, e) {
			after, _ := utf8.DecodeRuneInString(rest[len(e):])
			if e == "고" || e == "며" {
				// "고" must end the eojeol or be followed by speech: not "고대역폭"
				if !(after == utf8.RuneError || unicode.IsSpace(after) || after == ',' || after == '.') {
					continue
				}
			}
			return true
		}
	}
	for _, v := range speechVerbs {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

// speaker finds who says the quotes of sentence si spanning [qs, qe): the
// subject before the first quote, else one after the last.
func (d *doc) speaker(si, qs, qe int) (Quote, bool) {
	st := d.sents[si]
	try := func(i int) (Quote, bool) {
		w := &d.words[i]
		if w.quoted || roleOf(w.josa) != roleSubj {
			return Quote{}, false
		}
		if e := d.head[i]; e != nil {
			return Quote{Speaker: e.Name, SpeakerEntity: e.ID, SpeakerNamed: true}, true
		}
		if desc := d.anonSource(i, st.w0); desc != "" {
			return Quote{Speaker: desc, SpeakerNamed: false}, true
		}
		return Quote{}, false
	}
	for i := st.w0; i < st.w1 && d.words[i].e <= qs; i++ {
		if q, ok := try(i); ok {
			return q, true
		}
	}
	for i := st.w0; i < st.w1; i++ {
		if d.words[i].s >= qe {
			if q, ok := try(i); ok {
				return q, true
			}
		}
	}
	return Quote{}, false
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
		if phraseStop[pw.stem] || (d.verbal(pw) && pw.stem != "한") { // "한 관계자": one official
			break
		}
		start = k
	}
	return d.text[d.words[start].cs:w.stemE]
}
