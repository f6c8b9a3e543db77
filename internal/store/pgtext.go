package store

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// The PostgreSQL full-text index holds exactly the tokens SQLite's FTS5
// holds: sosik's morphemes and bigrams, split and folded the way FTS5's
// unicode61 tokenizer does (remove_diacritics 0), so both backends match
// the same articles. tsvectors are built here, not by to_tsvector, whose
// parser would split Korean and mixed tokens its own way.

// maxLexeme is PostgreSQL's longest lexeme, in bytes (2 KB less a little).
const maxLexeme = 2046

// ftsTokens splits s like FTS5's unicode61 tokenizer: runs of letters,
// numbers and private-use characters, lower-cased.
func ftsTokens(s string) []string {
	var out []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			if t := strings.ToLower(s[start:end]); len(t) <= maxLexeme {
				out = append(out, t)
			}
			start = -1
		}
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	return out
}

// quoteLexeme quotes a lexeme for tsvector and tsquery input.
func quoteLexeme(t string) string {
	return "'" + strings.ReplaceAll(strings.ReplaceAll(t, `\`, `\\`), "'", "''") + "'"
}

// tsvectorText is the tsvector input of an article's morphemes: headline
// tokens at positions 1… with weight A, text tokens after a gap (so no
// phrase spans the two) with weight B. PostgreSQL keeps positions up to
// 16383 (later ones count there) and 256 positions per lexeme.
func tsvectorText(head, body []string) string {
	pos := map[string][]string{}
	var order []string
	add := func(t string, p int, w byte) {
		if _, ok := pos[t]; !ok {
			order = append(order, t)
		}
		pos[t] = append(pos[t], strconv.Itoa(min(p, 16383))+string(w))
	}
	for i, t := range head {
		add(t, i+1, 'A')
	}
	for i, t := range body {
		add(t, len(head)+2+i, 'B')
	}
	var b strings.Builder
	for i, t := range order {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(quoteLexeme(t))
		b.WriteByte(':')
		b.WriteString(strings.Join(pos[t], ","))
	}
	return b.String()
}

// phraseTSQuery is the tsquery of a phrase of morphemes: their tokens in
// sequence, in the headline only (weight A) when headOnly. ok is false when
// the phrase has no token (it matches nothing).
func phraseTSQuery(morphs []string, headOnly bool) (q string, toks []string, ok bool) {
	toks = ftsTokens(strings.Join(morphs, " "))
	if len(toks) == 0 {
		return "", nil, false
	}
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = quoteLexeme(t)
		if headOnly {
			parts[i] += ":A"
		}
	}
	return strings.Join(parts, " <-> "), toks, true
}

// gramTSQuery is the tsquery of a term's bigrams: all of them, the last as
// a prefix when prefix is set.
func gramTSQuery(grams []string, prefix bool) (string, bool) {
	var parts []string
	for i, g := range grams {
		toks := ftsTokens(g)
		for j, t := range toks {
			p := quoteLexeme(t)
			if prefix && i == len(grams)-1 && j == len(toks)-1 {
				p += ":*"
			}
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return "", false
	}
	return strings.Join(parts, " & "), true
}

// gramLexemes are the distinct lexemes of an article's bigrams.
func gramLexemes(gram string) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range ftsTokens(gram) {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// lexemePos is one lexeme's positions in an article and whether each is
// in the headline.
type lexemePos struct {
	pos  []int
	head []bool
}

// phraseHits counts the occurrences of the phrase toks in an article whose
// lexemes' positions are given, weighting a headline occurrence by
// headWeight and a text one by 1 (as FTS5's bm25() weights columns).
func phraseHits(toks []string, lex map[string]lexemePos, headWeight float64) float64 {
	first, ok := lex[toks[0]]
	if !ok {
		return 0
	}
	at := make([]map[int]bool, len(toks))
	for i, t := range toks {
		at[i] = map[int]bool{}
		for _, p := range lex[t].pos {
			at[i][p] = true
		}
	}
	w := 0.0
	for k, p := range first.pos {
		all := true
		for i := 1; i < len(toks) && all; i++ {
			all = at[i][p+i]
		}
		if !all {
			continue
		}
		if first.head[k] {
			w += headWeight
		} else {
			w++
		}
	}
	return w
}

// bm25 is FTS5's bm25() for one phrase: freq is its weighted occurrences
// in the article, docLen the article's tokens, df the articles holding
// it, rows the articles and avgLen their mean length (k1 = 1.2, b = 0.75).
func bm25(freq float64, docLen, df, rows int64, avgLen float64) float64 {
	const k1, b = 1.2, 0.75
	idf := math.Log((float64(rows) - float64(df) + 0.5) / (float64(df) + 0.5))
	if idf <= 0 {
		idf = 1e-6
	}
	if avgLen <= 0 {
		avgLen = 1
	}
	return idf * (freq * (k1 + 1)) / (freq + k1*(1-b+b*float64(docLen)/avgLen))
}
