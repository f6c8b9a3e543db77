package korean

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unsafe"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// mecab-ko-dic feature columns (after the POS, which is column 0).
const (
	featClass   = 1 // semantic class: 인명, 지명, 행위 …
	featReading = 3 // reading; the Hangul reading for hanja
	featType    = 4 // Inflect, Compound, Preanalysis or *
	featExpr    = 7 // morphemes of a compound or inflected word: "나서/VV/*+ᆫ/ETM/*"
)

// Analyze splits text into morphemes. White space is not returned as a
// token, and a number the dictionary cuts into pieces ("1,200", "3.5",
// "5000" as "500"+"0") comes back as one SN token.
//
// Base is the lemma for predicates ("나선" → "나서다", "했" → "하다") and
// the dictionary reading otherwise (so "日" has Base "일"); Parts lists the
// morphemes of compound and inflected words. Tokens of the same morpheme
// share their Parts. For long texts AppendAnalysis keeps the analysis in a
// fifth of the memory.
func (a *Analyzer) Analyze(text string) []Token {
	return a.AnalyzeTokens(text).All()
}

// AnalyzeTokens is Analyze giving the compact form.
func (a *Analyzer) AnalyzeTokens(text string) *Tokens {
	ts := NewTokens(text)
	a.AppendAnalysis(ts, 0, len(text))
	return ts
}

// arena builds many short strings in shared byte chunks, one allocation
// per chunk instead of one per string. A chunk is never written again
// once a string points into it, so the strings are immutable as usual.
type arena struct{ buf []byte }

const arenaChunk = 2048

func (a *arena) join(x, y string) string {
	n := len(x) + len(y)
	if n == 0 {
		return ""
	}
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]byte, 0, max(n, arenaChunk))
	}
	l := len(a.buf)
	a.buf = append(a.buf, x...)
	a.buf = append(a.buf, y...)
	return unsafe.String(&a.buf[l], n)
}

// partsChunk is how many Parts strings one backing allocation holds; an
// article's compound and inflected tokens need a few hundred.
const partsChunk = 256

// isPredicate reports POS tags whose first morpheme is a verb or adjective
// stem (VV, VA, VX, VCP, VCN, XSV, XSA, possibly inflected: "VV+EP").
func isPredicate(pos string) bool {
	first, _, _ := strings.Cut(pos, "+")
	switch first {
	case "VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA":
		return true
	}
	return false
}

func isBlank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// mergeNumber joins the digit pieces starting at raw[i] into one SN token
// spanning the whole number ("1,200", "3.5"); a dotted date keeps only its
// first digit run. It returns the token's offsets and the index of the
// next raw token.
func mergeNumber(text string, raw []tokenizer.Token, i int) (start, last, next int) {
	start = raw[i].Position
	end := start
	for end < len(text) && isDigit(text[end]) {
		end++
	}
	if _, e, _, _, ok := scanDecimal(text, start); ok {
		end = e
	}
	j := i
	last = start
	for j < len(raw) && raw[j].Position+len(raw[j].Surface) <= end && raw[j].Position == last {
		last = raw[j].Position + len(raw[j].Surface)
		j++
	}
	if j == i { // a piece straddles the number: keep kagome's token
		j, last = i+1, start+len(raw[i].Surface)
	}
	return start, last, j
}

// LoadUserDict reads a user dictionary: one entry per line, tab separated,
// "word<TAB>POS[<TAB>class]" (e.g. "손정의\tNNP\t인명"); '#' starts a comment.
// The analyzer prefers these words wherever they occur.
func LoadUserDict(path string) (*dict.UserDict, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("korean: user dictionary: %w", err)
	}
	defer f.Close()
	return ReadUserDict(f, path)
}

// ReadUserDict reads a user dictionary in LoadUserDict's format from r;
// name is used in error messages.
func ReadUserDict(r io.Reader, name string) (*dict.UserDict, error) {
	recs, err := readUserRecords(r, name)
	if err != nil {
		return nil, err
	}
	return buildUserDict(recs, name)
}

// readUserRecords reads the entries of a user dictionary; a malformed
// line, a word with white space or a word defined twice is an error that
// names the line.
func readUserRecords(r io.Reader, name string) (dict.UserDictRecords, error) {
	var recs dict.UserDictRecords
	seen := map[string]int{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rec, err := parseUserLine(line)
		if err != nil {
			return nil, fmt.Errorf("korean: user dictionary %s:%d: %w", name, n, err)
		}
		if prev, dup := seen[rec.Text]; dup {
			return nil, fmt.Errorf("korean: user dictionary %s:%d: %q already defined on line %d", name, n, rec.Text, prev)
		}
		seen[rec.Text] = n
		recs = append(recs, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("korean: user dictionary %s: %w", name, err)
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("korean: user dictionary %s: no entries", name)
	}
	return recs, nil
}

// parseUserLine reads "word<TAB>POS[<TAB>class]".
func parseUserLine(line string) (dict.UserDicRecord, error) {
	col := strings.Split(line, "\t")
	for k := range col {
		col[k] = strings.TrimSpace(col[k])
	}
	if len(col) < 2 || len(col) > 3 || col[0] == "" || col[1] == "" || !validPOS(col[1]) {
		return dict.UserDicRecord{}, fmt.Errorf("want word<TAB>POS[<TAB>class], got %q", line)
	}
	if strings.ContainsFunc(col[0], unicode.IsSpace) {
		return dict.UserDicRecord{}, fmt.Errorf("word %q has white space", col[0])
	}
	pos := col[1]
	if len(col) > 2 && col[2] != "" && col[2] != "*" {
		pos += "/" + col[2]
	}
	return dict.UserDicRecord{Text: col[0], Tokens: []string{col[0]}, Yomi: []string{col[0]}, Pos: pos}, nil
}

// buildUserDict indexes records for the tokenizer.
func buildUserDict(recs dict.UserDictRecords, name string) (*dict.UserDict, error) {
	ud, err := recs.NewUserDict() // sorts the records, as the index needs
	if err != nil {
		return nil, fmt.Errorf("korean: user dictionary %s: %w", name, err)
	}
	return ud, nil
}

// validPOS accepts Sejong-style tags: upper-case letters joined by '+'.
func validPOS(p string) bool {
	for _, part := range strings.Split(p, "+") {
		if part == "" {
			return false
		}
		for _, r := range part {
			if r < 'A' || r > 'Z' {
				return false
			}
		}
	}
	return true
}
