package korean

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// Analyze splits text into morphemes. White space is not returned as tokens.
func (a *Analyzer) Analyze(text string) []Token {
	raw := a.tok.Tokenize(text)
	out := make([]Token, 0, len(raw))
	for _, t := range raw {
		f := t.Features()
		if len(f) == 0 || f[0] == "SP" {
			continue
		}
		tk := Token{
			Surface: t.Surface,
			POS:     f[0],
			Base:    t.Surface,
			Start:   t.Position,
			End:     t.Position + len(t.Surface),
			Known:   t.Class == tokenizer.KNOWN,
			User:    t.Class == tokenizer.USER,
		}
		if tk.User {
			// user entries carry "POS,class" in the POS column.
			pos, class, _ := strings.Cut(f[0], "/")
			tk.POS, tk.Class = pos, class
		} else if len(f) >= 8 {
			if f[1] != "*" {
				tk.Class = f[1]
			}
			if f[3] != "*" {
				tk.Base = f[3]
			}
			if f[7] != "*" {
				tk.Parts = strings.Split(f[7], "+")
			}
		}
		out = append(out, tk)
	}
	return out
}

// LoadUserDict reads a user dictionary: one entry per line, tab separated,
// "word<TAB>POS[<TAB>class]" (e.g. "손정의\tNNP\t인명"); '#' starts a comment.
func LoadUserDict(path string) (*dict.UserDict, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("korean: user dictionary: %w", err)
	}
	defer f.Close()
	var recs dict.UserDictRecords
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) < 2 || col[0] == "" || col[1] == "" {
			return nil, fmt.Errorf("korean: user dictionary %s:%d: want word<TAB>POS[<TAB>class], got %q", path, n, line)
		}
		pos := col[1]
		if len(col) > 2 && col[2] != "" {
			pos += "/" + col[2]
		}
		recs = append(recs, dict.UserDicRecord{Text: col[0], Tokens: []string{col[0]}, Yomi: []string{col[0]}, Pos: pos})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("korean: user dictionary %s: %w", path, err)
	}
	ud, err := recs.NewUserDict()
	if err != nil {
		return nil, fmt.Errorf("korean: user dictionary %s: %w", path, err)
	}
	return ud, nil
}
