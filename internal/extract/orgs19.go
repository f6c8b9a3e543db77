package extract

import (
	"strings"
	"sync"

	"github.com/sosik-news/sosik/internal/fold"
)

// Company names that the suffix tables miss: borrowed English endings
// (한별컴퍼니, 다온픽쳐 스튜디오) and two Latin words (HL ENM).

// loadWordSet reads an embedded lexicon file of space-separated words.
func loadWordSet(name string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		err := readLines(lexiconFS, "lexicon/"+name, func(line string) error {
			for _, f := range strings.Fields(line) {
				m[f] = true
			}
			return nil
		})
		if err != nil {
			panic("extract: " + err.Error()) // embedded at build time: cannot fail at run time
		}
		return m
	})
}

var (
	companyEndings     = loadWordSet("company_endings.txt")
	companyEndingKinds = loadWordSet("company_ending_kinds.txt")
)

// companyEnding reports a company name glued to a borrowed ending
// ("한별컴퍼니", "가람인베스트먼트"), not a kind of business (벤처캐피털).
func (d *doc) companyEnding(w *word) bool {
	for suf := range companyEndings() {
		pre, ok := strings.CutSuffix(w.stem, suf)
		if !ok || syllables(pre) < 2 {
			continue
		}
		pre = afterLastDot(pre)
		return !companyEndingKinds()[pre] && !genericPrefixes()[pre] && !d.lx.stop[pre] && !d.plainNoun(w) && d.companyOwnName(pre)
	}
	return false
}

// companyOwnName reports a string that can be a company's own name before
// a borrowed ending: Hangul, or Latin letters that are no field (IT).
// Kinds of business (사진, 벤처) are in company_ending_kinds.txt.
func (d *doc) companyOwnName(s string) bool {
	if s == "" || d.isTerm(s) || fieldAbbrevs()[s] {
		return false
	}
	if b, _ := latinPrefix(s); b == s {
		return true
	}
	return allHangul(s)
}

// companyNames is the stage for the names this file adds.
func (d *doc) companyNames() {
	for i := range d.words {
		if d.claimed[i] || d.words[i].quoted {
			continue
		}
		if !d.latinPair(i) {
			d.spacedEnding(i)
		}
	}
}

// claimSpan makes words i..j one organisation named as written.
func (d *doc) claimOrgWords(i, j int) {
	s, e := d.words[i].cs, d.words[j].stemE
	ent := d.entity(Org, d.text[s:e])
	ent.mention(d.text, s, e)
	d.claim(i, j, ent)
}

// adjacent reports words i and i+1 in one sentence, one space apart, word
// i bare and word i+1 outside quotes and unclaimed.
func (d *doc) adjacent(i int) bool {
	if i+1 >= len(d.words) || d.claimed[i+1] || d.words[i+1].quoted || d.words[i+1].openQ {
		return false
	}
	a, b := &d.words[i], &d.words[i+1]
	return a.sent == b.sent && a.bare() && b.s == a.e+1 && a.e == a.ce
}

// latinPair reads a group brand and an all-capitals word as one company
// ("LX ENM", "GS ITM"), not a brand and a field (KT AI).
func (d *doc) latinPair(i int) bool {
	if !d.adjacent(i) || !latinBrands()[d.words[i].stem] {
		return false
	}
	s := d.words[i+1].stem
	if len(s) < 2 || len(s) > 5 || !allUpper(s) || fieldAbbrevs()[s] || d.isTerm(s) {
		return false
	}
	d.claimOrgWords(i, i+1)
	return true
}

// allUpper reports ASCII capitals only.
func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// spacedEnding reads a name and a borrowed company ending written apart
// ("다온픽쳐 스튜디오는") as one company: the name is a proper noun or a
// word the analyser does not know; a dictionary word before the ending
// (사진 스튜디오, 해당 스튜디오) is a kind of business, not a name.
func (d *doc) spacedEnding(i int) bool {
	if !d.adjacent(i) || !companyEndings()[d.words[i+1].stem] {
		return false
	}
	w := &d.words[i]
	if syllables(w.stem) < 2 || companyEndingKinds()[w.stem] || genericPrefixes()[w.stem] || d.lx.stop[w.stem] || !d.coinedName(w) || !d.companyOwnName(w.stem) {
		return false
	}
	if g, ok := d.lx.gaz[fold.Key(w.stem)]; ok && g.typ == Place {
		return false // 서울 스튜디오: a place and a kind of business
	}
	d.claimOrgWords(i, i+1)
	return true
}

// coinedName reports a word the analyser reads as no ordinary Korean: a
// proper noun or an unknown word alone, or pieces that are not all
// dictionary nouns (원스 + 픽 + 쳐, 씨 + 넷). A word starting with a common
// noun of a semantic class (국내총생산) or ending as a modifier (새로운)
// is ordinary.
func (d *doc) coinedName(w *word) bool {
	ts := d.toksOf(w)
	if len(ts) == 0 || ts[0].Known && strings.HasPrefix(ts[0].POS, "NNG") && ts[0].Class != "" || strings.Contains(ts[len(ts)-1].POS, "ETM") {
		return false
	}
	if len(ts) == 1 {
		return !ts[0].Known || strings.HasPrefix(ts[0].POS, "NNP")
	}
	for _, t := range ts {
		if !t.Known || !strings.HasPrefix(t.POS, "NNG") {
			return true
		}
	}
	return false
}

// staffNoun reports word i+1 naming the staff or the side of the
// organisation word i names: 관계자, or 측 after a word that is no
// person's name, as the subject of what the side says or does
// ("누리나무 측은", not "김민수 측은", nor "누리나무 측에").
func (d *doc) staffNoun(i int) bool {
	switch d.words[i+1].stem {
	case "관계자":
		return true
	case "측":
		w := &d.words[i]
		return sideJosa()[d.words[i+1].josa] && d.words[i+1].s == w.e+1 && !d.koreanName(i) && !d.hasClass(w, "인명") && d.coinedName(w)
	}
	return false
}

// sideJosa mark 측 as the subject: the side speaks or acts.
var sideJosa = setOf(`은 는 이 도 에서는 에서도`)
