package extract

import (
	"unicode"
	"unicode/utf8"
)

// The hanja-names stage: older newspapers print names in hanja, with the
// title glued or apart ("丘寅鎬의원(철원)은", "崔형지의원은", "宋英集 의원은").
// A run led by a hanja surname (hanja_surnames.txt), its given name in one
// or two hanja or Hangul syllables, right before a title, is that person,
// named as written.
func (d *doc) hanjaNames() {
	for i := range d.words {
		w := &d.words[i]
		if d.claimed[i] || w.quoted {
			continue
		}
		name, rest := d.hanjaName(d.text[w.cs:w.stemE])
		if name == "" {
			continue
		}
		last, title := i, rest
		if title == "" && i+1 < len(d.words) && d.words[i+1].sent == w.sent && !d.claimed[i+1] {
			last, title = i+1, d.words[i+1].stem // "宋英集 의원은"
		}
		if !d.lx.titles[title] {
			continue
		}
		e := d.entity(Person, name)
		e.setAttrs(title, "", "")
		e.mention(d.text, w.cs, w.cs+len(name))
		d.claim(i, last, e)
	}
}

// hanjaName splits s into a name led by a hanja surname and what follows
// it; "" when s starts with none. The given name is one or two syllables,
// hanja or Hangul.
func (d *doc) hanjaName(s string) (name, rest string) {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.Is(unicode.Han, r) {
		return "", ""
	}
	sur := n
	if r2, n2 := utf8.DecodeRuneInString(s[n:]); unicode.Is(unicode.Han, r2) && d.lx.hanjaSurnames[s[:n+n2]] {
		sur = n + n2 // 南宮, 鮮于
	} else if !d.lx.hanjaSurnames[s[:n]] {
		return "", ""
	}
	end := sur
	for k := 0; k < 2 && end < len(s); k++ {
		r, n := utf8.DecodeRuneInString(s[end:])
		if !unicode.Is(unicode.Han, r) && !isHangulRune(r) {
			break
		}
		end += n
	}
	// the given name stops before the title: "崔형지의원" is 崔형지 + 의원
	for e := end; e > sur; {
		if e == len(s) || d.lx.titles[s[e:]] {
			return s[:e], s[e:]
		}
		_, n := utf8.DecodeLastRuneInString(s[:e])
		e -= n
	}
	return "", ""
}

// isHangulRune reports a Hangul syllable.
func isHangulRune(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }
