package extract

import (
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/sosik-news/sosik/internal/fold"
	"github.com/sosik-news/sosik/internal/korean"
)

// entity is an Entity under construction.
type entity struct {
	Entity
	titles    map[string]bool // every title met, incl. "(CEO)" after 최고경영자
	aliasSeen map[string]bool
	spans     map[[2]int]bool
	first     int
}

func (d *doc) entity(typ, name string) *entity {
	key := typ + "\x00" + fold.Key(name)
	if e, ok := d.byKey[key]; ok {
		return e
	}
	if f := strings.Fields(name); typ == Person && len(f) == 2 {
		// "야노쉬 아데르" after "아데르 야노쉬": one foreign name written in
		// both orders (family name first, as its country writes it, or last)
		if e, ok := d.byKey[typ+"\x00"+fold.Key(f[1]+" "+f[0])]; ok {
			e.alias(name)
			d.byKey[key] = e
			return e
		}
	}
	e := &entity{Entity: Entity{Type: typ, Name: name, Aliases: []string{}, Mentions: []Mention{}},
		aliasSeen: map[string]bool{fold.Key(name): true}, spans: map[[2]int]bool{}, first: 1 << 30, titles: map[string]bool{}}
	d.byKey[key] = e
	d.ents = append(d.ents, e)
	return e
}

func (e *entity) alias(a string) {
	a = strings.TrimSpace(a)
	if a == "" || e.aliasSeen[a] || a == e.Name {
		return
	}
	e.aliasSeen[a] = true
	e.Aliases = append(e.Aliases, a)
}

func (e *entity) mention(text string, s, end int) {
	if s >= end || e.spans[[2]int{s, end}] {
		return
	}
	e.spans[[2]int{s, end}] = true
	e.Mentions = append(e.Mentions, Mention{Start: s, End: end, Text: text[s:end]})
	if s < e.first {
		e.first = s
	}
	if m := text[s:end]; m != e.Name && !isPronounOrReference(m) {
		e.alias(m)
	}
}

// isPronounOrReference reports a mention that points to an entity without
// naming it — 그, 이들, 두 사람, 이 회장 — and so is never an alias.
func isPronounOrReference(m string) bool {
	return personPronouns()[m] || groupPronouns()[m] || isReference(m)
}

func (e *entity) setAttrs(title, affil, role string) {
	if title != "" {
		e.titles[title] = true
	}
	if e.Title == "" || longerTitle(title, e.Title) {
		e.Title = title
	}
	if e.Affiliation == "" {
		e.Affiliation = affil
	}
	if e.Role == "" {
		e.Role = role
	}
}

// longerTitle reports a title that spells out a shorter one: "전
// 국무총리" for "전 총리", "경제부총리" for "부총리".
func longerTitle(long, short string) bool {
	l, lf := strings.CutPrefix(long, "전 ")
	s, sf := strings.CutPrefix(short, "전 ")
	return lf == sf && len(l) > len(s) && strings.HasSuffix(l, s)
}

// adverbs and other words that are never part of a name before a title.
var notNameWords = setOf(`먼저 앞서 또 또한 최근 이번 당시 특히 한편 이어 이어서 현재 지난 오는 이날 전날 이후 다만 이에 그러나 하지만 그리고 이와 함께 및 등
	한 전 현 前 現 신임 새 각 모든 여러 몇 두 세 네 전직 현직 역대 해당 관련 국내 해외 글로벌 주요 세계 차기 초대 역대 공동 고위 정부 당국 업계 기업 회사 그룹 측 당 국 도 시 군 구`)

// setOf returns the set of the space-separated words of s, built on first
// use: programs that never extract (sosik version, help) should not pay
// for the package's word sets at start.
func setOf(s string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(s) {
			m[w] = true
		}
		return m
	})
}

// toksOf returns the analyser's tokens inside a word's stem, as a
// sub-slice (tokens are in text order, so they are contiguous).
func (d *doc) toksOf(w *word) []korean.Token {
	i, j := w.tok0, w.tok1
	for i < j && d.toks.Start(i) < w.cs {
		i++
	}
	for j > i && d.toks.End(j-1) > w.stemE {
		j--
	}
	return d.tokRange(i, j)
}

// commonNoun reports whether the analyser reads a stem as an ordinary noun
// with a semantic class (행위, 장소 …) or as a compound of known nouns —
// evidence against reading it as a name.
func (d *doc) commonNoun(w *word) bool {
	ts := d.toksOf(w)
	if len(ts) == 0 {
		return false
	}
	if len(ts) == 1 {
		t := ts[0]
		return t.Known && strings.HasPrefix(t.POS, "NNG") && t.Class != ""
	}
	for _, t := range ts {
		if !t.Known || !strings.HasPrefix(t.POS, "NNG") {
			return false
		}
	}
	return true
}

func (d *doc) hasClass(w *word, class string) bool {
	ts := d.toksOf(w)
	return len(ts) == 1 && ts[0].Class == class && strings.HasPrefix(ts[0].POS, "NNP")
}

// surnameOf returns the surname prefix of a Korean-looking name.
func (lx *lexicon) surnameOf(s string) string {
	r := []rune(s)
	if len(r) >= 3 && lx.surnames[string(r[:2])] {
		return string(r[:2])
	}
	if len(r) >= 2 && lx.surnames[string(r[:1])] {
		return string(r[:1])
	}
	return ""
}

// bare reports a word that can sit inside a noun phrase: no particle, no
// comma, not closing a quote.
func (w *word) bare() bool {
	return w.stem != "" && w.josa == "" && !w.comma && !w.closeQ && w.stemE == w.ce
}

// formerWords qualify a title: 전 (former), 현 (current), 신임 (new), 전임
// (predecessor).
var formerWords = setOf(`전 현 前 現 신임 전임 초대 차기 당시 고 故`)

// titleAt matches a title (possibly two words, "이사회 의장") ending at word
// t and returns its first word.
func (d *doc) titleAt(t int, lo int) (int, string) {
	w := &d.words[t]
	if w.openQ {
		return -1, "" // "'사장'이라는 자리": a title named, not held; inside a quote a titled name is one
	}
	if t-1 >= lo && d.lx.titleLast[w.stem] && d.words[t-1].bare() && d.lx.titles[d.words[t-1].stem+" "+w.stem] {
		return t - 1, d.words[t-1].stem + " " + w.stem
	}
	if d.lx.titles[w.stem] {
		return t, w.stem
	}
	if b, ok := strings.CutSuffix(w.stem, "님"); ok && d.lx.titles[b] {
		return t, b // "사장님", "소방교님": a title with the honorific 님
	}
	// "재무장관", "경제부총리", "법무차관": a field and a title written as one word
	if allHangul(w.stem) && d.lx.titleTab.compound(w.stem) != "" {
		return t, w.stem
	}
	if c, _ := d.placeOffice(w.stem); c != "" {
		return t, w.stem // "대구시장": a place and its local office
	}
	if deskTitle(w.stem) {
		return t, w.stem // "편집부장", "문화체육관광국장": a desk or bureau and its head
	}
	return -1, ""
}

// claim marks words i..j (inclusive) as taken by a recogniser, so later
// ones leave them alone. With an entity, word j (the one that carries the
// particle) becomes the head of the entity's phrase, which starts at i.
func (d *doc) claim(i, j int, e *entity) {
	for k := i; k <= j; k++ {
		d.claimed[k] = true
	}
	if e != nil {
		d.head[j] = e
		d.phrase0[j] = i
	}
}

// plainNoun: one dictionary common noun (영화, 스키).
func (d *doc) plainNoun(w *word) bool {
	ts := d.toksOf(w)
	return len(ts) == 1 && ts[0].Known && strings.HasPrefix(ts[0].POS, "NNG")
}

// nameLikeOrg: an unknown word that can name an organisation — a proper
// noun, an unknown word, or a coinage the analyser splits (푸른에너지), but
// not one dictionary common noun (뮤지컬).
func (d *doc) nameLikeOrg(w *word) bool {
	ts := d.toksOf(w)
	if len(ts) == 1 && ts[0].Known && strings.HasPrefix(ts[0].POS, "NNG") {
		return false
	}
	return !d.commonNoun(w)
}

// strongGaz reports a name in the curated gazetteers.
func (d *doc) strongGaz(s string) bool {
	g, ok := d.lx.gaz[fold.Key(s)]
	return ok && !g.weak
}

// entityList numbers the entities in order of first mention and renders
// them; quotes and events refer to these IDs.
func (d *doc) entityList() []Entity {
	live := d.ents[:0:0]
	for _, e := range d.ents {
		if len(e.Mentions) > 0 {
			live = append(live, e)
		}
	}
	sort.SliceStable(live, func(i, j int) bool { return live[i].first < live[j].first })
	out := make([]Entity, 0, len(live))
	for i, e := range live {
		e.ID = "e" + strconv.Itoa(i+1)
		sortMentions(e.Mentions)
		out = append(out, e.Entity)
	}
	return out
}

func sortMentions(ms []Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// isTerm reports a topic term (코로나, 반도체): never part of a name.
func (d *doc) isTerm(s string) bool {
	_, ok := d.lx.terms[fold.Key(s)]
	return ok
}

// academic reports a title held at a school, whose name may be shortened
// to …대 ("노스웨스턴대 교수").
func (lx *lexicon) academic(title string) bool {
	return lx.titleTab.class(title) == TitleAcademic
}

// isDepartment: "화학과", "경영학부", "의과대학" — a department name.
func isDepartment(s string) bool {
	if medicalDepartment(s) {
		return true // "한빛대병원 허윤정 외과 교수"
	}
	if !allHangul(s) || syllables(s) < 3 {
		return false
	}
	return endsAny(s, "학과", "학부", "대학원", "공학과", "과학과") || syllables(s) == 3 && strings.HasSuffix(s, "과") && !strings.HasSuffix(s, "효과") && !strings.HasSuffix(s, "결과")
}

// schoolAbbrev reports "노스웨스턴대", "스트라부르대": a word of three or more
// Hangul syllables ending in 대 that the analyser does not know as one
// common noun (시대, 세대, 기대 are never schools here: they are short or
// known).
func (d *doc) schoolAbbrev(p int) bool {
	w := &d.words[p]
	if !w.bare() || d.claimed[p] || !allHangul(w.stem) || syllables(w.stem) < 3 || !strings.HasSuffix(w.stem, "대") {
		return false
	}
	if d.plainNoun(w) || d.lx.stop[w.stem] || genericNouns()[strings.TrimSuffix(w.stem, "대")] {
		return false
	}
	b := strings.TrimSuffix(w.stem, "대")
	if g, ok := d.lx.gaz[fold.Key(b)]; ok && g.typ != Place && g.typ != Org {
		return false
	}
	return !d.commonNoun(w)
}

// inDate reports a word inside a date expression ("지난달", "3월").
func (d *doc) inDate(k int) bool {
	w := &d.words[k]
	for _, dt := range d.dates {
		if dt.Start < w.e && w.cs < dt.End {
			return true
		}
	}
	return false
}
