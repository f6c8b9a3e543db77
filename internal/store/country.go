package store

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/extract"
)

// countryOf finds the country an article gives an organisation: the word
// right before one of its mentions when it names a country (미국 민주당);
// for a political party (민주당, 녹색당: names shared across countries)
// also the country most cue words of its sentences point to (상원, 중의원,
// 오바마 …), else the one country all cue words of the article point to
// (article: cueVotes of the whole text, counted once per article). "" when
// the article says nothing or its cues disagree.
func countryOf(lx *linkLexicon, text string, article map[string]int, e *extract.Entity) string {
	votes := map[string]int{}
	for _, m := range e.Mentions {
		if m.Start < 0 || m.End > len(text) || m.Start > m.End {
			continue
		}
		if c := lx.prefixes[lastWord(text[:m.Start])]; c != "" {
			return c
		}
		if !isParty(e.Name) {
			continue // a company is no more American for a 상원 nearby
		}
		s, t := sentenceAround(text, m.Start, m.End)
		for c, n := range cueVotes(lx, text[s:m.Start]+" "+text[m.End:t]) {
			votes[c] += n
		}
	}
	if c := winner(votes); c != "" {
		return c
	}
	if len(article) == 1 && isParty(e.Name) {
		return winner(article)
	}
	return ""
}

// winner is the country with strictly most votes, "" on a tie or none.
func winner(votes map[string]int) string {
	best, n, tie := "", 0, false
	for c, v := range votes {
		switch {
		case v > n:
			best, n, tie = c, v, false
		case v == n:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// cueVotes counts the cue words of s by country; a cue counts at the start
// of a word (상원 in 상원에서, never inside another word).
func cueVotes(lx *linkLexicon, s string) map[string]int {
	votes := map[string]int{}
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '·' })
	for i, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		for _, cue := range lx.cuesByFirst[first] {
			if strings.HasPrefix(w, cue) || (strings.Contains(cue, " ") && i+1 < len(words) && strings.HasPrefix(w+" "+words[i+1], cue)) {
				votes[lx.cues[cue]]++
			}
		}
	}
	return votes
}

// lastWord is the last space-separated word of s, without punctuation.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		s = s[i+1:]
	}
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
}

// sentenceAround returns the byte span of the sentence holding
// text[start:end]: from after the previous sentence end (., ?, ! before a
// space, or a line break) to the next.
func sentenceAround(text string, start, end int) (int, int) {
	s := 0
	for i := start - 1; i > 0; i-- {
		if text[i] == '\n' || (text[i] == ' ' && strings.ContainsRune(".?!", rune(text[i-1]))) {
			s = i + 1
			break
		}
	}
	t := len(text)
	for i := end; i < len(text); i++ {
		if text[i] == '\n' || (strings.ContainsRune(".?!", rune(text[i])) && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n')) {
			t = i
			break
		}
	}
	return s, t
}
