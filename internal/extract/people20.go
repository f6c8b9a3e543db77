package extract

import (
	"strings"

	"github.com/sosik-news/sosik/internal/fold"
)

// People that pages name in shapes the title patterns read too short or
// too long: a spaced Japanese name whose family name the analyser splits
// into function words, and an unknown company written right before a
// Korean name.

// loadFamilyFirst reads family_first_countries.txt.
func (lx *lexicon) loadFamilyFirst() error {
	lx.familyFirst = map[string]bool{}
	return readLines(lexiconFS, "lexicon/family_first_countries.txt", func(line string) error {
		for _, f := range strings.Fields(line) {
			lx.familyFirst[f] = true
		}
		return nil
	})
}

// familyBefore reports word k, right before the one-word name at k+1, as
// the family name of a person of a family-first country written after the
// name ("이와야 다케시 일본 외무상"): a bare Hangul word of two to four
// syllables, unclaimed and in no date, no title, kind of person, stop word
// or known entry, that is a foreign name part or that
// the analyser reads alone as one proper noun, or breaks into a pronoun
// and particles only (이 + 와 + 야) with no particle a phrase ends in at
// its end.
func (d *doc) familyBefore(m *titleMatch, k int) bool {
	if k < m.st.w0 || !d.lx.familyFirst[m.affil] || d.claimed[k] || d.inDate(k) {
		return false
	}
	w := &d.words[k]
	if w.sent != d.words[k+1].sent || w.comma || w.closeQ || w.paren != "" || w.quoted != d.words[k+1].quoted {
		return false
	}
	raw := d.text[w.cs:w.ce]
	if n := syllables(raw); !allHangul(raw) || n < 2 || n > 4 || d.isTitleWord(raw) || d.lx.stop[raw] || d.lx.kinds[raw] || notNameWords()[raw] {
		return false
	}
	if _, ok := d.lx.gaz[fold.Key(raw)]; ok {
		return false
	}
	if d.foreignPart(k) {
		return true
	}
	ts := d.x.an.Analyze(raw)
	if len(ts) == 1 && ts[0].POS == "NNP" && ts[0].Surface == raw {
		return true // alone the analyser knows the word as a proper noun
	}
	if len(ts) < 2 || !strings.HasPrefix(ts[0].POS, "NP") || syllables(raw) < 3 {
		return false
	}
	for _, t := range ts[1:] {
		if !strings.HasPrefix(t.POS, "J") {
			return false
		}
	}
	return !phraseEndParticles()[ts[len(ts)-1].Surface]
}

// phraseEndParticles end a phrase, not a family name: "그와도", "이것은".
var phraseEndParticles = setOf(`와 과 도 는 은 를 을 의 에 가 이 로 만 께 에서 으로 까지 부터 처럼 보다`)

// companyWordBefore reports the word before a three-syllable Korean name
// at p as an organisation the lexicon does not know ("메디스태프 기동훈
// 대표"): a bare Hangul word of three or more syllables with no bracket or
// quote around it ("[한빛, 누리스타디움] 김민수 기자": a dateline), unclaimed and
// unquoted, no title, kind of person, stop word, date or known entry, that
// the analyser reads as a proper noun, or a proper noun and a common noun
// (메디 + 스태프), not as common nouns only ("기자재 업체").
func (d *doc) companyWordBefore(p, lo int) bool {
	k := p - 1
	if k < lo || syllables(d.words[p].stem) != 3 || !d.koreanName(p) {
		return false
	}
	w := &d.words[k]
	if !w.bare() || w.quoted || d.claimed[k] || d.inDate(k) || w.sent != d.words[p].sent || !allHangul(w.stem) || syllables(w.stem) < 3 || w.s != w.cs || w.e != w.ce {
		return false
	}
	if d.isTitleWord(w.stem) || d.lx.kinds[w.stem] || d.lx.stop[w.stem] || notNameWords()[w.stem] || genericNouns()[w.stem] || d.lx.givenNames[w.stem] || d.koreanName(k) {
		return false
	}
	if _, ok := d.lx.gaz[fold.Key(w.stem)]; ok {
		return false
	}
	ts := d.toksOf(w)
	if len(ts) < 2 || !strings.HasPrefix(ts[0].POS, "NNP") {
		return false
	}
	for _, t := range ts {
		if !strings.HasPrefix(t.POS, "NN") {
			return false
		}
	}
	return true
}

// gluedOrgTitle splits word t into an organisation and a corporate title
// written as one word ("삼성전자회장", "한빛그룹부회장"): the title is the
// longest corporate title of the table the word ends in, and what stands
// before it a known organisation, an organisation met before in the
// story, or a group the gazetteer knows with 그룹 ("삼성회장"). It returns
// the organisation as written, its canonical name and the title.
func (d *doc) gluedOrgTitle(t int) (org, canon, title string) {
	w := &d.words[t]
	if !allHangul(w.stem) || w.openQ || w.quoted || syllables(w.stem) < 3 {
		return "", "", ""
	}
	for i := range w.stem {
		if i == 0 {
			continue
		}
		prefix, suffix := w.stem[:i], w.stem[i:]
		if syllables(prefix) < 2 || d.lx.titleTab.class(suffix) != TitleCorporate || !d.lx.titles[suffix] {
			continue
		}
		if c := d.gluedOrgName(prefix); c != "" {
			return prefix, c, suffix
		}
	}
	return "", "", ""
}

// gluedOrgName returns the canonical name of organisation s: in the gazetteer,
// found before in the story, or a gazetteer group written without 그룹.
func (d *doc) gluedOrgName(s string) string {
	for _, k := range []string{s, s + "그룹"} {
		if g, ok := d.lx.gaz[fold.Key(k)]; ok && g.typ == Org && !g.weak {
			return g.canon
		}
	}
	if d.knownOrg(s) {
		return d.byKey[Org+"\x00"+fold.Key(s)].Name
	}
	return ""
}
