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
// morphemes of compound and inflected words.
func (a *Analyzer) Analyze(text string) []Token {
	raw := a.tok.Tokenize(text)
	// white space is most of what gets dropped; sizing out to the rest
	// saves a third of the largest allocation.
	out := make([]Token, 0, countNonBlank(raw))
	// Parts of all tokens share chunks of one backing array instead of a
	// strings.Split allocation per token; each token's slice is capped so
	// that appending to it cannot overwrite a neighbour's.
	var parts []string
	var lemmas arena
	var cols [9]string
	for i := 0; i < len(raw); i++ {
		t := &raw[i]
		if isBlank(t.Surface) {
			continue
		}
		f := a.features(t, &cols)
		pos, _ := f.at(0)
		if pos == "SP" || pos == "" {
			continue
		}
		if pos == "SN" && isDigit(t.Surface[0]) {
			tk, next := mergeNumber(text, raw, i)
			out = append(out, tk)
			i = next - 1
			continue
		}
		tk := Token{
			Surface: t.Surface,
			POS:     pos,
			Base:    t.Surface,
			Start:   t.Position,
			End:     t.Position + len(t.Surface),
			Known:   t.Class == tokenizer.KNOWN || t.Class == tokenizer.USER,
			User:    t.Class == tokenizer.USER,
		}
		if tk.User {
			// user entries carry "POS/class" in the POS column.
			tk.POS, tk.Class, _ = strings.Cut(pos, "/")
		} else {
			if c, ok := f.at(featClass); ok && c != "*" {
				tk.Class = c
			}
			if r, ok := f.at(featReading); ok && r != "*" {
				tk.Base = r
			}
			if e, ok := f.at(featExpr); ok && e != "*" {
				k := strings.Count(e, "+") + 1
				if cap(parts)-len(parts) < k {
					parts = make([]string, 0, max(k, partsChunk))
				}
				l := len(parts)
				for {
					m, rest, more := strings.Cut(e, "+")
					parts = append(parts, m)
					if !more {
						break
					}
					e = rest
				}
				tk.Parts = parts[l:len(parts):len(parts)]
			}
			if isPredicate(pos) {
				stem := tk.Base
				if len(tk.Parts) > 0 {
					if typ, _ := f.at(featType); typ == "Inflect" {
						stem, _, _ = strings.Cut(tk.Parts[0], "/")
					}
				}
				tk.Base = lemmas.join(stem, "다")
			}
		}
		out = append(out, tk)
	}
	return out
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

func countNonBlank(raw []tokenizer.Token) int {
	n := 0
	for i := range raw {
		if !isBlank(raw[i].Surface) {
			n++
		}
	}
	return n
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
// first digit run. It returns the token and the index of the next raw token.
func mergeNumber(text string, raw []tokenizer.Token, i int) (Token, int) {
	start := raw[i].Position
	end := start
	for end < len(text) && isDigit(text[end]) {
		end++
	}
	if _, e, _, _, ok := scanDecimal(text, start); ok {
		end = e
	}
	j := i
	last := start
	for j < len(raw) && raw[j].Position+len(raw[j].Surface) <= end && raw[j].Position == last {
		last = raw[j].Position + len(raw[j].Surface)
		j++
	}
	if j == i { // a piece straddles the number: keep kagome's token
		j, last = i+1, start+len(raw[i].Surface)
	}
	return Token{Surface: text[start:last], POS: "SN", Base: text[start:last], Start: start, End: last}, j
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
