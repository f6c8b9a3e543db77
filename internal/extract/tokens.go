package extract

import "github.com/sosik-news/sosik/internal/korean"

// The analysis is kept compact (korean.Tokens, 12 bytes a token) for the
// whole extraction; the rules read the few tokens of a word at a time as
// []korean.Token through tokRange. An article of up to expandLimit tokens
// (about 20 KB of text, most news) is expanded once instead, at most
// 460 KB: reading it costs nothing more then.

// expandLimit is the most tokens an analysis is expanded for (a variable
// so that tests can read every article both ways).
var expandLimit = 4096

// tokMemo remembers the last ranges tokRange made, by their first token,
// so the stages that read a word's tokens one after another share one
// copy; tokens are copied into chunks of tokChunk that are never written
// again once handed out.
type tokMemo struct {
	all  []korean.Token // every token, when expanded
	buf  []korean.Token
	memo [tokMemoSize]tokSpan
}

type tokSpan struct {
	i, j int
	ts   []korean.Token
}

const (
	tokMemoSize = 256 // a power of two
	tokChunk    = 256
)

// tokRange returns tokens [i, j) of the analysis. The slice is shared with
// other readers of the same range: read it, never write to it.
func (d *doc) tokRange(i, j int) []korean.Token {
	if i >= j {
		return nil
	}
	m := &d.tokMemo
	if m.all != nil {
		return m.all[i:j:j]
	}
	sp := &m.memo[i&(tokMemoSize-1)]
	if sp.ts != nil && sp.i == i && sp.j == j {
		return sp.ts
	}
	if n := j - i; cap(m.buf)-len(m.buf) < n {
		m.buf = make([]korean.Token, 0, max(n, tokChunk))
	}
	l := len(m.buf)
	m.buf = d.toks.AppendRange(m.buf, i, j)
	ts := m.buf[l:len(m.buf):len(m.buf)]
	*sp = tokSpan{i: i, j: j, ts: ts}
	return ts
}

// expandTokens expands the analysis for tokRange when it is short.
func (d *doc) expandTokens() {
	if n := d.toks.Len(); n > 0 && n <= expandLimit {
		d.tokMemo.all = d.toks.All()
	}
}

// allTokens returns every token of the analysis.
func (d *doc) allTokens() []korean.Token {
	if d.tokMemo.all != nil {
		return d.tokMemo.all
	}
	return d.toks.All()
}
