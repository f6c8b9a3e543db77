package extract

import (
	"strings"
	"unicode"
)

// leadQuote reads a quotation that opens sentence si and is attributed
// afterwards by a deictic speech phrase (speech.tsv "deictic" then a speech
// verb): "“…다.” 소설가 한동민은 이렇게 말했다." in the same sentence, or in
// the next one when the quote stands alone. The speaker is the subject of
// the attributing clause.
func (d *doc) leadQuote(si int) (Quote, bool) {
	st := d.sents[si]
	spans := quoteSpans(d.text, st.s, st.e)
	if len(spans) != 1 {
		return Quote{}, false
	}
	q := spans[0]
	head := strings.TrimLeftFunc(d.text[st.s:q[0]], unicode.IsSpace)
	if len([]rune(head)) != 1 || !isQuote([]rune(head)[0]) {
		return Quote{}, false // the quote must open the sentence
	}
	asi := si
	if !d.deicticSpeech(si, q[1]) {
		rest := strings.TrimFunc(d.text[q[1]:st.e], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || isQuote(r) })
		if rest != "" || si+1 >= len(d.sents) || !d.deicticSpeech(si+1, d.sents[si+1].s) {
			return Quote{}, false
		}
		asi = si + 1
	}
	from := q[1]
	if asi != si {
		from = d.sents[asi].s
	}
	spk, ok := d.speaker(asi, from, from)
	if !ok {
		return Quote{}, false
	}
	spk.Text, spk.Start, spk.End, spk.Kind = strings.TrimSpace(d.text[q[0]:q[1]]), q[0], q[1], QuoteDirect
	return spk, spk.Text != ""
}

// deicticSpeech reports a deictic word ("이렇게", "이같이") followed by a
// speech verb, or by an object and the verb ("이렇게 소회를 밝혔다"), in
// sentence si after offset from.
func (d *doc) deicticSpeech(si, from int) bool {
	st := d.sents[si]
	for i := st.w0; i+1 < st.w1; i++ {
		w := &d.words[i]
		if w.s < from || w.quoted {
			continue
		}
		if !hasAnyPrefix(d.text[w.cs:w.ce], d.lx.ev.speech["deictic"]) {
			continue
		}
		k := i + 1
		if o := &d.words[k]; k+1 < st.w1 && !o.quoted && (o.josa == "을" || o.josa == "를") {
			k++ // "이렇게 소회를 밝혔다": what was told, between
		}
		nx := &d.words[k]
		if hasAnyPrefix(d.text[nx.cs:nx.ce], d.lx.ev.speech["verb"]) {
			return true
		}
	}
	return false
}
