package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// maxOrdinalEventWords bounds the words between an ordinal and the meeting
// noun of a named event ("제5차 한빛 미래 전략대화": two).
const maxOrdinalEventWords = 4

// readList reads the lines of a lexicon file into dst, in order.
func readList(name string, dst *[]string) error {
	return readLines(lexiconFS, "lexicon/"+name, func(line string) error {
		*dst = append(*dst, strings.TrimSpace(line))
		return nil
	})
}

// titledEvents finds events named by a title in single quotes before an
// event noun: "‘바다의 기억’전 개막식이 열렸다" (an exhibition), "‘봄의 소리’
// 음악회". The event is the title.
func (d *doc) titledEvents() {
	for _, st := range d.sents {
		for _, q := range singleQuoteSpans(d.text, st.s, st.e) {
			if !d.eventAfterQuote(q[1]) && !d.eventTitle(d.text[q[0]:q[1]]) || !d.nameAt(q[0], q[1]) {
				continue
			}
			name := strings.TrimSpace(d.text[q[0]:q[1]])
			if syllables(name) < 2 {
				continue
			}
			e := d.entity(EventT, name)
			start := q[0] + strings.Index(d.text[q[0]:q[1]], name)
			e.mention(d.text, start, start+len(name))
			if i, j := d.wordAt(st, q[0]), d.wordAt(st, q[1]); i >= 0 && j >= i {
				d.claim(i, j, e)
			}
		}
	}
}

// eventTitle reports a quoted title of several words whose last one ends
// in an event noun: ‘2023 한빛 줄다리기 축제’, ‘새봄 청년 포럼’.
func (d *doc) eventTitle(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	for _, h := range d.lx.quotedEventHeads {
		if syllables(h) >= 2 && strings.HasSuffix(last, h) {
			return true
		}
	}
	return slices.ContainsFunc(eventSuffixes, func(s string) bool { return strings.HasSuffix(last, s) })
}

// eventAfterQuote reports an event noun right after the closing quote at
// byte p (see quoted_event_heads.txt).
func (d *doc) eventAfterQuote(p int) bool {
	_, w := utf8.DecodeRuneInString(d.text[p:])
	rest := d.text[p+w:]
	spaced := strings.TrimLeft(rest, " ")
	glued := len(spaced) == len(rest)
	word, _, _ := strings.Cut(spaced, " ")
	word = strings.TrimRight(word, ".,")
	for _, h := range d.lx.quotedEventHeads {
		tail, ok := strings.CutPrefix(word, h)
		if !ok {
			continue
		}
		if glued && (tail == "" || particles()[tail]) || !glued && syllables(h) >= 2 {
			return true
		}
	}
	return false
}

// particles are the case particles a glued event noun may carry (전이, 전을).
var particles = setOf(`이 가 을 를 은 는 에 에서 의 과 와 도 으로 로 까지`)

// ordinalRe is an ordinal that opens a named event: 제5차, 제12회.
var ordinalRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^제\d+(?:차|회)$`) })

// ordinalEvents finds events named by an ordinal, a few nouns and a
// meeting noun: "제5차 한빛 미래 전략대화", "제3회 새봄 포럼". The event's
// name is the whole phrase.
func (d *doc) ordinalEvents() {
	for _, st := range d.sents {
		for i := st.w0; i < st.w1; i++ {
			w := &d.words[i]
			if d.claimed[i] || !w.bare() || !ordinalRe().MatchString(w.stem) {
				continue
			}
			if j := d.ordinalEventEnd(i, st.w1); j > 0 {
				e := d.entity(EventT, d.text[w.cs:d.words[j].stemE])
				e.mention(d.text, w.cs, d.words[j].stemE)
				d.claim(i, j, e)
				i = j
			}
		}
	}
}

// ordinalEventEnd is the word that closes the named event opened by the
// ordinal at word i: the first within reach ending in a meeting noun of
// event_heads.txt, every word before it a bare noun; 0 when none does.
func (d *doc) ordinalEventEnd(i, end int) int {
	for j := i + 1; j < end && j <= i+maxOrdinalEventWords+1; j++ {
		w := &d.words[j]
		if d.claimed[j] || w.openQ {
			return 0
		}
		for _, h := range d.lx.eventHeads {
			if strings.HasSuffix(w.stem, h) && j > i+1 {
				return j
			}
		}
		if !w.bare() || !d.nounsOnly(w) {
			return 0
		}
	}
	return 0
}

// nounsOnly reports a word whose tokens are all nouns (or Latin letters
// and numbers).
func (d *doc) nounsOnly(w *word) bool {
	ts := d.toksOf(w)
	return len(ts) > 0 && nouny(ts)
}
