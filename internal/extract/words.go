package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sosik-news/sosik/internal/korean"
)

// word is one eojeol (a space-separated unit) of the text, split into the
// core a rule looks at and the particle (josa) that marks its role in the
// clause. Korean news reads best at this level: names, titles and
// affiliations are whole eojeols, and the josa tells subject from object.
type word struct {
	s, e   int    // whole eojeol span in Text
	cs, ce int    // core: letters, digits and joiners, without quotes or brackets
	stemE  int    // end of the stem inside the core; the rest of the core is josa
	stem   string // core without josa
	josa   string // particle after the stem (also after a closing quote or bracket)
	paren  string // text of a parenthesis right after the stem: 회장(왼쪽)이 → 왼쪽
	openQ  bool   // starts with a quote mark
	closeQ bool   // a quote mark follows the stem
	comma  bool   // ends with a comma or a middle dot list separator
	quoted bool   // inside a direct quotation (beside the other flags: a word is 120 bytes, not 128)
	tok0   int    // index of the first token inside the eojeol
	tok1   int    // one past the last token
	sent   int    // sentence index
}

// isJoiner reports runes that stay inside a word core ("R&D", "소재·부품").
func isCoreRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' || r == '·' || r == 'ㆍ' || r == '-' || r == '~' || r == '.' || r == '%' || r == '+'
}

func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '「', '」', '『', '』', '《', '》', '<', '>', '〈', '〉':
		return true
	}
	return false
}

// josaList holds particles in the order they are tried: longer first, so
// "에서는" wins over "는".
var josaList = []string{
	"에서부터", "으로부터", "에서는", "에서도", "에서의", "으로는", "으로도", "으로서", "으로써", "에게서", "에게는",
	"로부터", "까지는", "부터는", "와의", "과의", "에서", "에게", "에겐", "한테", "으로", "에는", "에도", "에의", "로는", "로서", "로써",
	"까지", "부터", "처럼", "보다", "마저", "조차", "이나", "이랑", "께서", "께", "라고", "이라고",
	"은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "나", "랑",
}

// knownJosa are the particle strings a stem may end with; the analyser's
// particle tags count only when they spell one of these (it sometimes
// reads the last syllable of a name as a particle: 정의선 → 정의 + 선).
var knownJosa = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, j := range josaList {
		m[j] = true
	}
	for _, j := range []string{"에서의", "으로의", "로의", "에게도", "과도", "와도", "이나마", "만이", "만을", "만은", "까지도", "부터도", "이며", "하고", "보다도", "처럼", "의", "께서는", "에는", "에선", "와는", "과는", "이란", "란", "이든", "든", "이라도", "라도", "마다", "이야", "야", "요", "이요"} {
		m[j] = true
	}
	return m
})

// hasBatchim reports whether a Hangul syllable ends in a consonant.
func hasBatchim(r rune) bool {
	if r < 0xAC00 || r > 0xD7A3 {
		return false
	}
	return (r-0xAC00)%28 != 0
}

func finalRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// josaFits checks the phonological fit of a particle with the stem it
// follows (이/은/을/과/으로 after a consonant, 가/는/를/와/로 after a vowel);
// it rules out most false splits such as 회의 → 회 + 의. Latin and digits
// fit anything because their reading is unknown.
func josaFits(stem, josa string) bool {
	last := finalRune(stem)
	if last < 0xAC00 || last > 0xD7A3 {
		return true
	}
	b := hasBatchim(last)
	switch {
	case strings.HasPrefix(josa, "이") && josa != "이랑" && josa != "이나" && josa != "이라고", josa == "은", josa == "을", strings.HasPrefix(josa, "과"), strings.HasPrefix(josa, "으로"):
		return b
	case josa == "가", josa == "는", josa == "를", strings.HasPrefix(josa, "와"), josa == "로" || strings.HasPrefix(josa, "로"):
		return !b || (strings.HasPrefix(josa, "로") && (last-0xAC00)%28 == 8) // ㄹ batchim takes 로
	}
	return true
}

// fallbackUnsafe are particles too often the last syllable of a name or
// noun (손정의, 태도, 이만) to split off without the analyser's agreement.
var fallbackUnsafe = map[string]bool{"의": true, "도": true, "만": true, "나": true, "랑": true, "께": true, "로": true}

// safeJosa is josaList without the fallbackUnsafe particles, in the same
// order (splitJosa tries it for most words, so it is filtered once).
var safeJosa = sync.OnceValue(func() []string {
	var out []string
	for _, j := range josaList {
		if !fallbackUnsafe[j] {
			out = append(out, j)
		}
	}
	return out
})

// splitJosa separates the particle from a core. toks are the morphemes of
// the core: when the analyser marks trailing particles (J…) they decide;
// otherwise a particle from josaList that fits phonologically is split off
// a stem of at least two syllables, unless the analyser saw the whole core
// as one known noun.
func splitJosa(core string, coreStart int, toks []korean.Token) (stem, josa string) {
	cut := len(core)
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		if t.Start < coreStart || t.End > coreStart+len(core) {
			continue
		}
		if strings.HasPrefix(t.POS, "J") {
			cut = t.Start - coreStart
			continue
		}
		if strings.HasPrefix(t.POS, "E") && cut == len(core) {
			continue // an ending: look for the copula before it (이며, 이고)
		}
		if strings.HasPrefix(t.POS, "VCP") && t.Start > coreStart && i > 0 && strings.HasPrefix(toks[i-1].POS, "N") {
			// the copula on a noun ("GS리테일이며", "프로젝트인") ends the stem like a particle
			// but a three-syllable word read as noun + 인 is often a name (문재인)
			if st := core[:t.Start-coreStart]; syllables(st) >= 2 && !(syllables(core) == 3 && core[t.Start-coreStart:] == "인") {
				return st, core[t.Start-coreStart:]
			}
		}
		break
	}
	if cut > 0 && cut < len(core) && knownJosa()[core[cut:]] {
		return core[:cut], core[cut:]
	}
	if len(toks) == 1 && toks[0].Known && toks[0].Start == coreStart && toks[0].End == coreStart+len(core) && strings.HasPrefix(toks[0].POS, "NN") {
		return core, ""
	}
	for _, j := range safeJosa() {
		if strings.HasSuffix(core, j) {
			st := core[:len(core)-len(j)]
			if utf8.RuneCountInString(st) >= 2 && josaFits(st, j) {
				return st, j
			}
		}
	}
	return core, ""
}

// isWordBreak: white space, and the "=" of "[서울=뉴시스]" and "기자 =".
func isWordBreak(r rune) bool { return unicode.IsSpace(r) || r == '=' }

// appendWords appends the eojeols of text[start:end] to out.
func appendWords(out []word, text string, start, end int, toks *korean.Tokens, ti *int) []word {
	i := start
	for i < end {
		r, w := utf8.DecodeRuneInString(text[i:])
		if isWordBreak(r) {
			i += w
			continue
		}
		j := i
		for j < end {
			r2, w2 := utf8.DecodeRuneInString(text[j:])
			if isWordBreak(r2) {
				break
			}
			j += w2
			if (r2 == ']' || r2 == ')') && j < end && strings.Count(text[i:j], "[")+strings.Count(text[i:j], "(") < strings.Count(text[i:j], "]")+strings.Count(text[i:j], ")") && !(r2 == ')' && josaRunAt(text, j, end)) {
				break // "[서울=뉴시스]이도윤": the dateline glued to the next word
			}
		}
		out = append(out, makeWord(text, i, j, toks, ti))
		i = j
	}
	return out
}

// josaRunAt reports a particle standing alone after a bracket that closed
// one opened in an earlier word: in "기관(장관 김철수)는" the 는 marks the
// whole phrase and stays on the word that closes it.
func josaRunAt(text string, j, end int) bool {
	k := j
	for k < end {
		r, w := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += w
	}
	if k < end {
		if r, _ := utf8.DecodeRuneInString(text[k:]); !isWordBreak(r) && !unicode.IsPunct(r) {
			return false
		}
	}
	return k > j && knownJosa()[text[j:k]]
}

func makeWord(text string, s, e int, toks *korean.Tokens, ti *int) word {
	wd := word{s: s, e: e}
	for *ti < toks.Len() && toks.End(*ti) <= s {
		*ti++
	}
	wd.tok0 = *ti
	k := *ti
	for k < toks.Len() && toks.Start(k) < e {
		k++
	}
	wd.tok1 = k
	p := coreStart(text, s, e, &wd)
	wd.cs = p
	for p < e {
		r, w := utf8.DecodeRuneInString(text[p:])
		if !isCoreRune(r) {
			break
		}
		p += w
	}
	// a trailing dot or tilde is punctuation, not part of the core
	for p > wd.cs && (text[p-1] == '.' || text[p-1] == '~') {
		p--
	}
	wd.ce = p
	core := text[wd.cs:wd.ce]
	var buf [8]korean.Token
	stem, josa := splitJosa(core, wd.cs, toks.AppendRange(buf[:0], wd.tok0, wd.tok1))
	wd.stem, wd.josa = stem, josa
	wd.stemE = wd.cs + len(stem)
	// what follows the core: "(왼쪽)이", "<사진>", "'에", "\"며", ","
	q := wd.ce
	for q < e {
		r, w := utf8.DecodeRuneInString(text[q:])
		switch {
		case r == '(' || r == '<':
			c := strings.IndexByte(text[q:e], closerOf(r))
			if c < 0 {
				q = e
				continue
			}
			if wd.paren == "" {
				wd.paren = text[q+1 : q+c]
			}
			q += c + 1
			continue
		case isQuote(r):
			wd.closeQ = true
		case r == ',' || r == '·' || r == 'ㆍ' || r == ':':
			wd.comma = true // a colon ends the phrase too: "인민넷 조문판: 국무위원 …"
		case unicode.IsLetter(r):
			k := q
			for k < e {
				r2, w2 := utf8.DecodeRuneInString(text[k:])
				if !unicode.IsLetter(r2) {
					break
				}
				k += w2
			}
			if wd.josa == "" {
				wd.josa = text[q:k]
			}
			q = k
			continue
		}
		q += w
	}
	keepHanjaName(&wd, text, core, e)
	if strings.HasSuffix(strings.TrimRight(text[s:e], ")]'\"”’"), ",") {
		wd.comma = true
	}
	return wd
}

// keepHanjaName undoes the particle split of a name written with its hanja
// ("뤄자오후이(羅照輝)"): no particle stands before a bracket, so the
// syllable that looks like one (이) is the name's; the particle, if any,
// follows the bracket ("(羅照輝)가").
func keepHanjaName(wd *word, text, core string, e int) {
	if wd.stemE >= wd.ce || !hanjaName(wd.paren) || !strings.HasPrefix(text[wd.ce:e], "(") {
		return
	}
	wd.stem, wd.josa, wd.stemE = core, "", wd.ce
	k := wd.ce + len(wd.paren) + 2
	j := k
	for j < e {
		r, w := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += w
	}
	if j <= e && k <= j {
		wd.josa = text[k:j]
	}
}

// caseOf classifies a particle into the clause role it marks.
type role uint8

const (
	roleNone role = iota
	roleSubj      // 이/가/께서, and the topic 은/는
	roleObj       // 을/를
	roleCom       // 와/과, 와의/과의, 하고, 이랑
	roleGen       // 의
	roleLoc       // 에서, 에
	roleDir       // (으)로, 에게
	roleAlso      // 도
)

func roleOf(josa string) role {
	switch josa {
	case "이", "가", "께서", "은", "는", "께서는":
		return roleSubj
	case "을", "를":
		return roleObj
	case "와", "과", "하고", "이랑", "랑", "와의", "과의":
		return roleCom
	case "의":
		return roleGen
	case "에서", "에", "에서는", "에서도", "에는", "에도", "에서의":
		return roleLoc
	case "로", "으로", "에게", "한테", "으로는", "로는":
		return roleDir
	case "도":
		return roleAlso
	}
	return roleNone
}

// syllables counts runes of a stem.
func syllables(s string) int { return utf8.RuneCountInString(s) }

func allHangul(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return true
}

// coreStart skips what opens word text[s:e] before its core — quotes
// (marked on wd), brackets, a caption's asterisks ("*한빛군청 기획실장*")
// and a broadcast script's cue ("◀INT▶남기철") — and returns the core's
// start.
func coreStart(text string, s, e int, wd *word) int {
	p := s
	if strings.HasPrefix(text[s:e], "◀") {
		if k := strings.Index(text[s:e], "▶"); k > 0 {
			p = s + k + len("▶")
		}
	}
	for _, m := range corporateMarks {
		if rest, ok := strings.CutPrefix(text[s:e], m); ok && rest != "" {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) {
				return s + len(m) // "(주)한빛테크는": the name and its particle, after the mark
			}
		}
	}
	for p < e {
		r, w := utf8.DecodeRuneInString(text[p:])
		if isQuote(r) {
			wd.openQ = true
		} else if r != '(' && r != '[' && r != '*' {
			break
		}
		p += w
	}
	return p
}

// keepNameWhole undoes a particle split that cut a known name: "벨기에" is
// no "벨기" + 에, "파라과이" no "파라과" + 이, when the curated gazetteers
// know the whole word and not its stem.
func (d *doc) keepNameWhole(w *word) {
	if w.josa == "" || w.stemE+len(w.josa) != w.ce {
		return
	}
	if d.strongGaz(w.stem) || !d.strongGaz(w.stem+w.josa) {
		return
	}
	w.stem, w.josa, w.stemE = w.stem+w.josa, "", w.ce
}

// closerOf gives the bracket closing open: a parenthesis, or the angle
// brackets some outlets put round a photo note after a name ("홍길동<사진>").
func closerOf(open rune) byte {
	if open == '<' {
		return '>'
	}
	return ')'
}
