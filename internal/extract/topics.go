package extract

import (
	"sort"
	"strings"

	"github.com/sosik-news/sosik/internal/article"
	"github.com/sosik-news/sosik/internal/fold"
	"github.com/sosik-news/sosik/internal/korean"
)

// maxTopics bounds the topic list.
const maxTopics = 15

// maxCompoundSyllables bounds a compound noun kept whole as a topic: a
// charge name such as 특수건조물침입 is seven syllables.
const maxCompoundSyllables = 8

// isListDot reports the middle dots that list nouns in one eojeol.
func isListDot(r rune) bool { return r == '·' || r == 'ㆍ' }

// topics ranks the article's salient domain terms: noun stems (whole
// eojeol stems made only of nouns, and the longer nouns inside them)
// counted over headline, subheads and body, with known domain terms first
// and entity names and general nouns left out. A term met once that is
// not in the domain lexicon is not salient.
func (d *doc) topics() []string {
	return d.topicCounts().topics(append(categoryTopics(d.lx.cats, d.bodyText()), d.namedTopics()...))
}

// namedTopics are the products the story launches, and the institutions
// named by a common noun ("검찰 출석") and the named events the headline
// names: what the story is about, topics though they are entities.
// People, places and companies are not topics.
func (d *doc) namedTopics() []string {
	var out []string
	for _, e := range d.ents {
		switch e.Type {
		case Product:
			out = append(out, e.Name)
		case Org, EventT:
			for _, m := range e.Mentions {
				k := d.secKindAt(m.Start)
				if (k == article.KindHeadline || k == article.KindSubhead) && (e.Type != Org || d.commonNounAt(m.Start, m.End)) {
					out = append(out, e.Name)
					break
				}
			}
		}
	}
	return out
}

// commonNounAt reports whether text[s:e] is one common noun of the
// dictionary (검찰, 국회), not a proper name.
func (d *doc) commonNounAt(s, e int) bool {
	i := sort.Search(d.toks.Len(), func(i int) bool { return d.toks.Start(i) >= s })
	return i < d.toks.Len() && d.toks.Start(i) == s && d.toks.End(i) == e && d.toks.At(i).POS == "NNG"
}

// topicCounts counts the candidate topic terms of the article.
func (d *doc) topicCounts() *topicCounter {
	tc := &topicCounter{d: d, tf: map[string]int{}, first: map[string]int{}, names: map[string]bool{},
		coined: map[string]bool{}, headNouns: d.headlineNouns()}
	for _, e := range d.ents {
		tc.names[fold.Key(e.Name)] = true
		for _, a := range e.Aliases {
			tc.names[fold.Key(a)] = true
		}
	}
	for _, dt := range d.out.Dates {
		tc.names[fold.Key(dt.Text)] = true // "내일", "이날": days, not topics
	}
	for _, st := range d.sents {
		if st.kind == article.KindCaption || st.summary() {
			continue
		}
		tc.spacedTerms(st)
		tc.quotedTerms(st)
		for i := st.w0; i < st.w1; i++ {
			if d.head[i] != nil && d.phrase0[i] == i {
				continue
			}
			tc.word(&d.words[i])
		}
	}
	return tc
}

// topics returns the topic categories and the named topics first, then
// the best ranked terms, maxTopics in all.
func (tc *topicCounter) topics(cats []string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, c := range cats {
		out, seen[c] = append(out, c), true
	}
	for _, t := range tc.ranked() {
		if len(out) >= maxTopics {
			break
		}
		if !seen[t] {
			out, seen[t] = append(out, t), true
		}
	}
	return out
}

// topicCounter counts the candidate topic terms of an article and where
// each first occurs.
type topicCounter struct {
	d     *doc
	tf    map[string]int
	first map[string]int
	names map[string]bool // folded entity names and aliases, date phrases: never topics
	// coined are the terms written in single quotes: salient as domain terms.
	coined map[string]bool
	// headNouns are the headline's common nouns (see headlineNouns).
	headNouns map[string]bool
}

// add counts term at byte offset pos unless it is a name, a stop word, a
// title or too short; a domain term counts under its canonical form.
func (tc *topicCounter) add(term string, pos int) {
	d := tc.d
	term = strings.TrimSuffix(term, "들")
	if term == "" || tc.names[fold.Key(term)] || d.anonymousPerson(term) || d.lx.stop[term] || notNameWords()[term] || genericNouns()[term] || d.lx.titles[term] || d.lx.anon[term] {
		return
	}
	if t, ok := d.lx.terms[fold.Key(term)]; ok {
		term = t
	} else if syllables(term) < 2 || isDigitStart(term) {
		return
	}
	tc.tf[term]++
	if _, ok := tc.first[term]; !ok {
		tc.first[term] = pos
	}
}

// spacedTerms counts the domain terms written with spaces in sentence st.
func (tc *topicCounter) spacedTerms(st sentence) {
	d := tc.d
	for _, x := range d.lx.spacedTerms {
		for off := 0; ; {
			j := strings.Index(d.text[st.s+off:st.e], x)
			if j < 0 {
				break
			}
			tc.add(d.lx.terms[fold.Key(x)], st.s+off+j)
			off += j + len(x)
		}
	}
}

// nouny reports a stem made of nouns only (and Latin letters, numbers,
// noun suffixes, list dots or unknown words).
func nouny(ts []korean.Token) bool {
	for _, t := range ts {
		p, _, _ := strings.Cut(t.POS, "+")
		if !(strings.HasPrefix(p, "NN") || strings.IndexFunc(t.Surface, isListDot) == 0 || p == "SL" || p == "SN" || p == "XSN" || (!t.Known && p != "SY")) {
			return false
		}
	}
	return true
}

// word counts the terms of one word: its stem when it is a domain term or
// a noun, else the listed compounds, Latin words and domain terms in it.
func (tc *topicCounter) word(w *word) {
	ts := tc.d.toksOf(w)
	if len(ts) == 0 {
		return
	}
	nouns := nouny(ts)
	stem := strings.Trim(w.stem, ".-~·")
	if _, known := tc.d.lx.terms[fold.Key(stem)]; known {
		tc.add(stem, w.cs)
		return
	}
	if nouns && len(ts) > 1 {
		for _, part := range strings.FieldsFunc(stem, isListDot) {
			if syllables(part) <= maxCompoundSyllables {
				tc.add(part, w.cs) // "특수건조물침입·특수재물손괴": each listed compound
			}
		}
	}
	tc.innerTerms(ts, stem, nouns)
	if len(ts) == 1 && strings.HasPrefix(ts[0].POS, "NN") {
		tc.add(stem, w.cs)
	}
	if len(ts) > 1 && ts[0].POS == "NNG" && strings.HasPrefix(ts[1].POS, "XSV") && tc.headNouns[ts[0].Surface] {
		tc.add(ts[0].Surface, w.cs) // "출석했다" after a headline's "검찰 출석": the act the story is about
	}
}

// headlineNouns are the common nouns of two syllables or more in the
// headline and subheads.
func (d *doc) headlineNouns() map[string]bool {
	out := map[string]bool{}
	for _, st := range d.sents {
		if st.kind != article.KindHeadline && st.kind != article.KindSubhead {
			continue
		}
		for i := st.w0; i < st.w1; i++ {
			for _, t := range d.toksOf(&d.words[i]) {
				if t.POS == "NNG" && syllables(t.Surface) >= 2 {
					out[t.Surface] = true
				}
			}
		}
	}
	return out
}

// maxCoinedWords bounds a term written in single quotes ('성완종 리스트').
const maxCoinedWords = 4

// quotedTerms counts the terms sentence st writes in single quotes: a
// name the story coins for its affair ('성완종 리스트', 'AI 국가전략'),
// salient like a domain term. A quoted clause (one ending in a verb, or
// too long) is no term.
func (tc *topicCounter) quotedTerms(st sentence) {
	d := tc.d
	for _, q := range singleQuoteSpans(d.text, st.s, st.e) {
		t := strings.TrimSpace(d.text[q[0]:q[1]])
		if n := len(strings.Fields(t)); n == 0 || n > maxCoinedWords || syllables(t) < 2 || !d.nounPhraseAt(q[0], q[1]) {
			continue
		}
		tc.coined[t] = true
		tc.add(t, q[0])
	}
}

// nounPhraseAt reports whether the tokens of text[s:e] are all nouns
// (or Latin letters and numbers), so that the span names a thing; a
// quantity ('징역 2년', '3명') names none.
func (d *doc) nounPhraseAt(s, e int) bool {
	i := sort.Search(d.toks.Len(), func(i int) bool { return d.toks.Start(i) >= s })
	prev := ""
	for ; i < d.toks.Len() && d.toks.Start(i) < e; i++ {
		t := d.toks.At(i)
		if !nouny([]korean.Token{t}) || prev == "SN" && strings.HasPrefix(t.POS, "NNB") {
			return false
		}
		prev = t.POS
	}
	return prev != ""
}

// innerTerms counts the Latin words and the domain terms inside a word's
// tokens.
func (tc *topicCounter) innerTerms(ts []korean.Token, stem string, nouns bool) {
	for k := 0; k < len(ts); k++ {
		t := ts[k]
		if latinToken(t) {
			// glue the analyser's per-letter pieces of Latin words back: A+I → AI
			j := k
			for j+1 < len(ts) && (latinToken(ts[j+1]) || ts[j+1].Surface == "&") && ts[j+1].Start == ts[j].End {
				j++
			}
			s := tc.d.text[ts[k].Start:ts[j].End]
			if !isDigitStart(s) && len(s) >= 2 && (s != stem || !nouns || len(ts) == 1) {
				tc.add(s, ts[k].Start)
			}
			k = j
			continue
		}
		if _, ok := tc.d.lx.terms[fold.Key(t.Surface)]; ok && strings.HasPrefix(t.POS, "NN") && t.Surface != stem {
			tc.add(t.Surface, t.Start) // a domain term inside a compound: 반도체 in 차량용반도체
		}
	}
}

// latinToken reports Latin letters or a number.
func latinToken(t korean.Token) bool { return t.POS == "SL" || t.POS == "SN" }

// ranked returns the salient terms, best first: domain terms score 3 more,
// other terms need two occurrences; ties go to the earlier term.
func (tc *topicCounter) ranked() []string {
	type kv struct {
		t     string
		score int
	}
	var all []kv
	for t, n := range tc.tf {
		_, known := tc.d.lx.terms[fold.Key(t)]
		known = known || tc.coined[t]
		if !known && n < 2 {
			continue
		}
		sc := n
		if known {
			sc += 3
		}
		all = append(all, kv{t, sc})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].score != all[j].score {
			return all[i].score > all[j].score
		}
		if tc.first[all[i].t] != tc.first[all[j].t] {
			return tc.first[all[i].t] < tc.first[all[j].t]
		}
		return all[i].t < all[j].t // terms starting at one offset ("JR", "JR동일본"): a fixed order, not the map's
	})
	out := make([]string, len(all))
	for i, x := range all {
		out[i] = x.t
	}
	return out
}

// bodyText is the text of every sentence but captions and portal summaries, one a line: what
// topic categories are read from.
func (d *doc) bodyText() string {
	var b strings.Builder
	for _, st := range d.sents {
		if st.kind == article.KindCaption || st.summary() {
			continue
		}
		b.WriteString(d.text[st.s:st.e])
		b.WriteByte('\n')
	}
	return b.String()
}

// anonymousPerson reports a person the story does not name: a surname and
// 씨 or 모 ("김씨", "김모"), or a capital letter and 씨, 군 or 양 ("A씨",
// "B군"), never a topic.
func (d *doc) anonymousPerson(s string) bool {
	if len(s) > 1 && s[0] >= 'A' && s[0] <= 'Z' {
		switch s[1:] {
		case "씨", "군", "양", "모씨":
			return true
		}
	}
	sur := d.lx.surnameOf(s)
	if sur == "" || syllables(sur) != 1 {
		return false
	}
	rest := s[len(sur):]
	return rest == "모" || rest == "씨" || rest == "모씨"
}
