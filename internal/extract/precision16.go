package extract

import (
	"slices"
	"strings"
	"sync"

	"github.com/sosik-news/sosik/internal/fold"
)

// pressListStop reports a word k that cannot be one more reporter of a
// list written without commas before a press title ("박소은 김승준 기자"):
// a word the analyser knows as one common noun or adverb ("금명간 이영춘
// 앵커가": soon, no name), or a word right before an opening quote
// ("박하늘 “최나래 기자, …”": the speaker, not a second reporter).
func (d *doc) pressListStop(k int) bool {
	if k+1 < len(d.words) && d.words[k+1].openQ {
		return true
	}
	ts := d.toksOf(&d.words[k])
	return len(ts) == 1 && ts[0].Known && ts[0].Class != "인명" && (strings.HasPrefix(ts[0].POS, "NNG") || strings.HasPrefix(ts[0].POS, "MAG"))
}

// haeVerbForms are forms of 하다 written apart from the noun they make a
// verb of ("이원화 해", "일원화 하여").
var haeVerbForms = setOf(`해 하여 해서 했다 했고 했으며 한다 하며 하는 할 한 된 되어 돼 됐다 된다 되는`)

// spacedHaVerb reports a bare word i followed in its sentence by a form of
// 하다 or 되다 written apart ("편집으로 이원화 해"): a Sino-Korean action
// noun, never a name, even when it starts with a surname syllable.
func (d *doc) spacedHaVerb(i int) bool {
	w := &d.words[i]
	if !w.bare() || i+1 >= len(d.words) || d.words[i+1].sent != w.sent || d.words[i+1].openQ {
		return false
	}
	return haeVerbForms()[d.text[d.words[i+1].s:d.words[i+1].e]]
}

// townSuffixes end the names of the smallest units of local government:
// 면 and 읍 never end a Korean given name; 동 and 리 do, so they count only
// when the whole list is of such units.
var townSuffixes = setOf(`면 읍`)
var quarterSuffixes = setOf(`동 리 면 읍`)

// landmarkEndings make a landmark of a known place's name: a castle, a
// river, a mountain or a stream ("진주성", "한빛강", "한빛산").
var landmarkEndings = setOf(`성 강 산 천 교 항`)

// placeListPart reports a part of a middle-dot list that names a place,
// not a person: a township (신서면, 연천읍), a known place and a landmark
// ending (진주성), or a place of the gazetteer. A quarter (동, 리) counts
// only in a list of quarters written after a date or a place (quarters).
func (d *doc) placeListPart(p string, all []string, quarters bool) bool {
	last := lastSyllable(p)
	if townSuffixes()[last] && syllables(p) >= 2 {
		return true
	}
	if quarters && quarterSuffixes()[last] && syllables(p) >= 2 {
		every := true
		for _, q := range all {
			every = every && quarterSuffixes()[lastSyllable(q)]
		}
		if every {
			return true
		}
	}
	return d.landmark(p)
}

// landmark reports a known place with a landmark ending ("진주성") or a
// landmark of the gazetteer (a river, a mountain: "남강").
func (d *doc) landmark(p string) bool {
	if g, ok := d.lx.gaz[fold.Key(p)]; ok && g.typ == Place && !g.weak {
		return true
	}
	last := lastSyllable(p)
	if !landmarkEndings()[last] || syllables(p) < 3 {
		return false
	}
	g, ok := d.lx.gaz[fold.Key(strings.TrimSuffix(p, last))]
	return ok && g.typ == Place && !g.weak
}

// lastSyllable returns the last rune of s as a string.
func lastSyllable(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}

// leadBracket reports a word written wholly in square brackets ("[한빛일보]
// 홍길동 군수가"), or in round ones opening a sentence ("(한빛신문) 도담
// 시장은"): the outlet's or section's tag that opens a story, never the
// affiliation of the name after it.
func (d *doc) leadBracket(k int) bool {
	raw := strings.TrimSpace(d.text[d.words[k].s:d.words[k].e])
	if strings.HasPrefix(raw, "(") && strings.HasSuffix(raw, ")") {
		return d.sents[d.words[k].sent].w0 == k // "(한빛신문) 도담 시장은": the outlet opening the lead
	}
	return strings.HasPrefix(raw, "[") && strings.HasSuffix(raw, "]")
}

// deskHeads end a newsroom or office title written as one word with its
// desk or bureau: 편집부장, 사회부차장, 경제부차장대우, 문화관광국장.
var deskHeads = []string{"부장대우", "차장대우", "장대우", "부차장", "차장", "장"}

// deskTitle reports a word written as a desk or bureau (two syllables or
// more and 부 or 국) and its head ("편집부장", "교육체육부차장대우",
// "문화체육관광국장").
func deskTitle(stem string) bool {
	if !allHangul(stem) {
		return false
	}
	for _, h := range deskHeads {
		b, ok := strings.CutSuffix(stem, h)
		if !ok {
			continue
		}
		for _, unit := range []string{"부", "국"} {
			if p, ok := strings.CutSuffix(b, unit); ok && syllables(p) >= 2 {
				return true
			}
		}
	}
	return false
}

// formerOrgNames maps a company's current name to the names it had before
// a rename (lexicon/org_renames.txt): the story's name as written stays.
var formerOrgNames = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	if err := readLines(lexiconFS, "lexicon/org_renames.txt", func(line string) error {
		f := strings.Fields(line)
		if len(f) >= 2 {
			m[f[0]] = append(m[f[0]], f[1:]...)
		}
		return nil
	}); err != nil {
		panic(err) // an embedded table: a broken one is a bug of the build
	}
	return m
})

// keepFormerNames names an organisation the story calls only by a former
// name ("페이스북" in a story before the rename to 메타) as written.
func (d *doc) keepFormerNames() {
	for _, e := range d.ents {
		olds := formerOrgNames()[e.Name]
		if e.Type != Org || len(olds) == 0 || len(e.Mentions) == 0 {
			continue
		}
		written := ""
		for _, m := range e.Mentions {
			t := strings.ReplaceAll(m.Text, " ", "")
			switch {
			case !slices.Contains(olds, t):
				written = ""
			case written == "":
				written = t
			}
			if written == "" {
				break
			}
		}
		if written == "" {
			continue
		}
		aliases := e.Aliases[:0]
		for _, a := range e.Aliases {
			if a != written {
				aliases = append(aliases, a)
			}
		}
		e.Name, e.Aliases = written, aliases
	}
}

// meetingCouncils reads lexicon/meeting_councils.txt: names ending in
// 협의회 that are meetings ("고위당정협의회"), not councils.
var meetingCouncils = sync.OnceValue(func() []string {
	var l []string
	if err := readList("meeting_councils.txt", &l); err != nil {
		panic(err) // an embedded table: a broken one is a bug of the build
	}
	return l
})

// meetingEvents finds meetings named like councils ("제3차
// 고위당정협의회에서"): events, not organisations.
func (d *doc) meetingEvents() {
	for i := range d.words {
		w := &d.words[i]
		if d.claimed[i] || w.stem == "" {
			continue
		}
		for _, m := range meetingCouncils() {
			if strings.HasSuffix(w.stem, m) && allHangul(w.stem) {
				d.addNamed(EventT, i)
				break
			}
		}
	}
}

// placeEndings end a word that may name a place in a list with a known one
// ("진주성·남강"): a landmark, a township or a local government.
var placeEndings = setOf(`성 강 산 천 교 항 동 리 면 읍 시 군 구 도`)

// placeDotList reads word i, split at its middle dots into parts at offs,
// as a list of places when one part surely names a place (a township, a
// landmark of a known place) and every other ends like one: "신서면·연천읍",
// "진주성·남강". It reports whether it did.
func (d *doc) placeDotList(i int, parts []string, offs []int) bool {
	w := &d.words[i]
	if i+1 < len(d.words) && d.words[i+1].sent == w.sent && w.bare() {
		if t0, _ := d.titleAt(i+1, i+1); t0 == i+1 {
			return false // "김정동·이재리 교수": names with their title
		}
	}
	quarters := i > 0 && d.words[i-1].sent == w.sent && (d.inDate(i-1) || d.head[i-1] != nil && d.head[i-1].Type == Place)
	sure := false
	for _, p := range parts {
		if !allHangul(p) || syllables(p) < 2 {
			return false
		}
		if d.placeListPart(p, parts, quarters) {
			sure = true
		} else if !placeEndings()[lastSyllable(p)] {
			return false
		}
	}
	if !sure {
		return false
	}
	for k, p := range parts {
		d.entity(Place, p).mention(d.text, w.cs+offs[k], w.cs+offs[k]+len(p))
	}
	d.claim(i, i, nil)
	return true
}
