package article

import (
	"strings"
	"unicode/utf8"
)

// maxSectionRunes bounds a section heading inside the body ("■ 주요 시설").
const maxSectionRunes = 20

// labelSections makes a section heading inside the body a subhead: a short
// unfinished line led by a section mark of the lexicon ("■ 주요 시설", "◆
// 향후 일정"), or a bracketed title of two words or more that holds no
// broadcast cue ("[전문가 진단]"), standing between body paragraphs. The
// mark or the brackets go.
func labelSections(fs []feature, labels []label) {
	for i := range fs {
		var (
			rest string
			ok   bool
		)
		switch {
		case labels[i] == labelBody:
			rest, ok = sectionHeading(fs[i].text)
		case labels[i] == labelDrop && fs[i].marker:
			rest, ok = bracketHeading(fs[i].text)
		}
		if !ok || !bodyAround(fs, labels, i) {
			continue
		}
		fs[i].text, labels[i] = rest, labelSubhead
	}
}

// sectionHeading reads a heading line: its text after the section mark,
// and whether it is one.
func sectionHeading(s string) (string, bool) {
	mark, w := utf8.DecodeRuneInString(s)
	if w == 0 || !lex().phraseIn(phraseSection, string(mark)) {
		return "", false
	}
	rest := strings.TrimSpace(s[w:])
	n := utf8.RuneCountInString(rest)
	if n < 2 || n > maxSectionRunes || endsSentence(rest) || strings.ContainsAny(rest, ":：=/|") {
		return "", false
	}
	return rest, true
}

// bodyAround reports whether the nearest kept lines before and after line
// i are body paragraphs (dropped and empty lines are skipped).
func bodyAround(fs []feature, labels []label, i int) bool {
	near := func(from, step int) bool {
		for j := from; j >= 0 && j < len(fs); j += step {
			if labels[j] == labelDrop || labels[j] == labelDate || strings.TrimSpace(fs[j].text) == "" {
				continue
			}
			return labels[j] == labelBody
		}
		return false
	}
	return near(i-1, -1) && near(i+1, 1)
}

// bracketHeading reads a whole-line bracketed heading, "[전문가 진단]": at
// least two words, none a broadcast cue of the lexicon ("[앵커 멘트]").
func bracketHeading(s string) (string, bool) {
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
		return "", false
	}
	rest := strings.TrimSpace(s[1 : len(s)-1])
	if len(strings.Fields(rest)) < 2 || lex().phraseIn(phraseCue, rest) {
		return "", false
	}
	return sectionHeading("■ " + rest)
}
