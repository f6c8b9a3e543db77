package korean

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/ikawaha/kagome/v2/tokenizer"
)

// Tokens is the analysis of one text in compact form: 12 bytes a token
// (its offsets and an index into a table of the distinct morphemes met)
// instead of the 112 of a Token, whose strings the table holds once. A
// megabyte of Korean has about 220,000 tokens; as []Token they take 24 MB,
// as Tokens under 3 MB. At and AppendRange give Tokens equal to the ones
// Analyze gives. Fill it with Analyzer.AppendAnalysis; it is not safe for
// concurrent writes, and safe for concurrent reads once filled.
type Tokens struct {
	text  string
	toks  []ctoken
	infos []tokInfo
	// seen indexes infos by the analyser's (class, id) when a token's
	// fields depend on its dictionary entry only.
	seen   map[infoKey]int32
	parts  []string // backing chunk of the infos' Parts
	lemmas arena
}

// ctoken is one token: text[start:end] and infos[info].
type ctoken struct {
	start, end, info int32
}

// tokInfo is what a token has besides its offsets. Base is the surface
// when baseSurface is set.
type tokInfo struct {
	pos, class, base string
	parts            []string
	baseSurface      bool
	known, user      bool
}

type infoKey struct {
	class tokenizer.TokenClass
	id    int
}

// numberKey is the key of the merged numbers' info (no analyser id is
// negative).
var numberKey = infoKey{class: tokenizer.DUMMY, id: -1}

// NewTokens returns an empty analysis of text, to be filled by
// Analyzer.AppendAnalysis. Texts of 2 GiB and over are refused by a panic:
// the offsets are 32-bit.
func NewTokens(text string) *Tokens {
	if len(text) > math.MaxInt32 {
		panic(fmt.Sprintf("korean: text of %d bytes is too long to analyse", len(text)))
	}
	return &Tokens{text: text}
}

// Text returns the text the tokens point into.
func (ts *Tokens) Text() string {
	if ts == nil {
		return ""
	}
	return ts.text
}

// Len is the number of tokens; 0 for a nil *Tokens.
func (ts *Tokens) Len() int {
	if ts == nil {
		return 0
	}
	return len(ts.toks)
}

// Start returns token i's start byte offset in the text.
func (ts *Tokens) Start(i int) int { return int(ts.toks[i].start) }

// End returns token i's end byte offset in the text (exclusive).
func (ts *Tokens) End(i int) int { return int(ts.toks[i].end) }

// At returns token i. Its Parts may be shared with other tokens of the
// same morpheme: do not write to it.
func (ts *Tokens) At(i int) Token {
	c := ts.toks[i]
	f := &ts.infos[c.info]
	t := Token{
		Surface: ts.text[c.start:c.end],
		POS:     f.pos,
		Class:   f.class,
		Base:    f.base,
		Parts:   f.parts,
		Start:   int(c.start),
		End:     int(c.end),
		Known:   f.known,
		User:    f.user,
	}
	if f.baseSurface {
		t.Base = t.Surface
	}
	return t
}

// AppendRange appends tokens [i, j) to dst.
func (ts *Tokens) AppendRange(dst []Token, i, j int) []Token {
	for k := i; k < j; k++ {
		dst = append(dst, ts.At(k))
	}
	return dst
}

// All returns every token as a new slice.
func (ts *Tokens) All() []Token {
	n := ts.Len()
	if n == 0 {
		return []Token{}
	}
	return ts.AppendRange(make([]Token, 0, n), 0, n)
}

// bytesPerToken sizes a text's tokens from its length once, a little over
// the count: Korean news has about one token per 4.7 bytes.
const bytesPerToken = 4

// AppendAnalysis analyses ts.Text()[start:end] and appends its tokens to
// ts (offsets into the whole text). Cut the text only where no morpheme
// spans (at line breaks) and in order, and the tokens are those of one
// pass over the whole.
func (a *Analyzer) AppendAnalysis(ts *Tokens, start, end int) {
	if ts.toks == nil {
		ts.toks = make([]ctoken, 0, len(ts.text)/bytesPerToken+8)
		// about one distinct morpheme a 16 bytes of a news article
		n := min(len(ts.text)/16+8, 4096)
		ts.infos = make([]tokInfo, 0, n)
		ts.seen = make(map[infoKey]int32, n)
	}
	text := ts.text[start:end]
	raw := a.tok.Tokenize(text)
	var cols [9]string
	for i := 0; i < len(raw); i++ {
		t := &raw[i]
		if isBlank(t.Surface) {
			continue
		}
		if info, ok := ts.seen[infoKey{t.Class, t.ID}]; ok {
			ts.add(start+t.Position, start+t.Position+len(t.Surface), info)
			continue
		}
		f := a.features(t, &cols)
		pos, _ := f.at(0)
		if pos == "SP" || pos == "" {
			continue
		}
		if pos == "SN" && isDigit(t.Surface[0]) {
			s, e, next := mergeNumber(text, raw, i)
			ts.add(start+s, start+e, ts.info(numberKey, func() tokInfo {
				return tokInfo{pos: "SN", baseSurface: true}
			}))
			i = next - 1
			continue
		}
		info, bySurface := ts.tokenInfo(t, f, pos)
		if bySurface || pos == "SN" {
			// an unknown SN token of another surface may start with a digit
			// and be merged: the cache above must not take it.
			ts.infos = append(ts.infos, info)
			ts.add(start+t.Position, start+t.Position+len(t.Surface), int32(len(ts.infos)-1))
			continue
		}
		ts.add(start+t.Position, start+t.Position+len(t.Surface), ts.info(infoKey{t.Class, t.ID}, func() tokInfo { return info }))
	}
}

// Finish drops what AppendAnalysis keeps to find the morphemes already
// met (a map as large as their number): call it when the analysis is
// complete and will be kept. Appending after it still works, storing the
// morphemes met again once more.
func (ts *Tokens) Finish() {
	ts.seen = nil
	ts.parts = ts.parts[:len(ts.parts):len(ts.parts)]
	ts.lemmas = arena{}
}

func (ts *Tokens) add(s, e int, info int32) {
	ts.toks = append(ts.toks, ctoken{start: int32(s), end: int32(e), info: info})
}

// info returns the index of key's info, making it with mk the first time.
func (ts *Tokens) info(key infoKey, mk func() tokInfo) int32 {
	if k, ok := ts.seen[key]; ok {
		return k
	}
	if ts.seen == nil {
		ts.seen = make(map[infoKey]int32)
	}
	ts.infos = append(ts.infos, mk())
	k := int32(len(ts.infos) - 1)
	ts.seen[key] = k
	return k
}

// tokenInfo reads token t's fields besides its offsets from its features
// f, pos being its first. bySurface reports an info that depends on the
// token's surface, not only on its dictionary entry (a predicate the
// dictionary gives no reading for), which must not be shared.
//
// Base is the lemma for predicates ("나선" → "나서다", "했" → "하다") and
// the dictionary reading otherwise (so "日" has Base "일"); Parts lists the
// morphemes of compound and inflected words.
func (ts *Tokens) tokenInfo(t *tokenizer.Token, f tokenFeatures, pos string) (info tokInfo, bySurface bool) {
	info = tokInfo{pos: pos, baseSurface: true,
		known: t.Class == tokenizer.KNOWN || t.Class == tokenizer.USER, user: t.Class == tokenizer.USER}
	if info.user {
		// user entries carry "POS/class" in the POS column.
		info.pos, info.class, _ = strings.Cut(pos, "/")
		return info, false
	}
	if c, ok := f.at(featClass); ok && c != "*" {
		info.class = c
	}
	if r, ok := f.at(featReading); ok && r != "*" {
		info.base, info.baseSurface = r, false
	}
	if e, ok := f.at(featExpr); ok && e != "*" {
		info.parts = ts.splitParts(e)
	}
	if !isPredicate(pos) {
		return info, false
	}
	stem := info.base
	if info.baseSurface {
		stem, bySurface = t.Surface, true
	}
	if len(info.parts) > 0 {
		if typ, _ := f.at(featType); typ == "Inflect" {
			stem, _, _ = strings.Cut(info.parts[0], "/")
			bySurface = false
		}
	}
	info.base, info.baseSurface = ts.lemmas.join(stem, "다"), false
	return info, bySurface
}

// splitParts splits a dictionary expression on '+' into a slice of a
// shared chunk, capped so that appending to it cannot overwrite a
// neighbour's.
func (ts *Tokens) splitParts(e string) []string {
	k := strings.Count(e, "+") + 1
	if cap(ts.parts)-len(ts.parts) < k {
		ts.parts = make([]string, 0, max(k, partsChunk))
	}
	l := len(ts.parts)
	for {
		m, rest, more := strings.Cut(e, "+")
		ts.parts = append(ts.parts, m)
		if !more {
			break
		}
		e = rest
	}
	return ts.parts[l:len(ts.parts):len(ts.parts)]
}

// Sub returns the analysis of ts.Text()[start:end] as its own Tokens: the
// tokens inside it, with offsets into that stretch, sharing ts's table of
// morphemes (12 bytes a token are copied, nothing else). Cut only where no
// token spans (line breaks), as in AppendAnalysis; a token crossing start
// or end is left out. The result is for reading: do not append to it.
func (ts *Tokens) Sub(start, end int) *Tokens {
	i, _ := slices.BinarySearchFunc(ts.toks, start, func(c ctoken, s int) int { return cmp.Compare(int(c.start), s) })
	j := i
	for j < len(ts.toks) && int(ts.toks[j].end) <= end {
		j++
	}
	toks := make([]ctoken, j-i)
	for k, c := range ts.toks[i:j] {
		toks[k] = ctoken{start: c.start - int32(start), end: c.end - int32(start), info: c.info}
	}
	return &Tokens{text: ts.text[start:end], toks: toks, infos: ts.infos[:len(ts.infos):len(ts.infos)]}
}

// AppendCopy appends tokens [i, j) of src to ts with their offsets moved
// by shift, so that text the caller assembled from pieces of analysed
// texts gets their analysis without the tokenizer. Analysis cut at line
// breaks is the analysis of the whole (AppendAnalysis), so lines copied
// whole, in order, give the tokens Analyze gives for the assembled text.
// It reports false and appends nothing when ts's text does not hold the
// tokens' text at the moved offsets.
func (ts *Tokens) AppendCopy(src *Tokens, i, j, shift int) bool {
	if i >= j {
		return true
	}
	s, e := src.Start(i), src.End(j-1)
	if s+shift < 0 || e+shift > len(ts.text) || ts.text[s+shift:e+shift] != src.text[s:e] {
		return false
	}
	if len(ts.text) > 0 && ts.toks == nil {
		ts.toks = make([]ctoken, 0, len(ts.text)/bytesPerToken+8)
	}
	moved := make(map[int32]int32, j-i)
	for k := i; k < j; k++ {
		c := src.toks[k]
		info, ok := moved[c.info]
		if !ok {
			ts.infos = append(ts.infos, src.infos[c.info])
			info = int32(len(ts.infos) - 1)
			moved[c.info] = info
		}
		ts.add(int(c.start)+shift, int(c.end)+shift, info)
	}
	return true
}
