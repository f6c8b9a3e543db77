package store

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/sosik-news/sosik/internal/extract"
	"github.com/sosik-news/sosik/internal/korean"
	"github.com/sosik-news/sosik/internal/store/textsearch"
)

// This file is the entity-linking policy: which stored entity an article's
// entity is. It is pure: it reads the store only through candidates, so
// both backends link alike and tests need no database.
//
// Candidates share the type and a folded name or linkable alias. Each is
// scored on signals, every one kept with its weight so a link can be
// audited: the affiliation (an employer never seen with the candidate
// counts against it), the title history, the entities mentioned with it,
// the time, the country of a same-name organisation and the dated renames
// of lexicon/renames.tsv. The best candidate scoring at least linkThreshold
// is the entity; otherwise the article's entity starts a new one.

// Signal weights, set on the linking test (sosik eval linking).
const (
	linkThreshold  = 0.0
	wAffSame       = 1.0
	wAffOther      = -1.0
	wPartyOther    = -0.5 // politicians change parties; people rarely change employers
	wTitleSame     = 0.25
	wProfession    = -0.5
	wCoPerson      = 0.75
	wCoOrg         = 0.5
	wCoMore        = 0.25
	wCoCap         = 1.25
	wTimeNear      = 0.25
	wTimeFar       = -0.25
	wCountrySame   = 0.5
	wCountryNoCue  = -0.25
	wRenameEra     = -1.0
	timeNearYears  = 3
	timeFarYears   = 10
	maxLinkCands   = 10
	homeCountry    = "KR"
	vetoWeight     = -100.0
	signalName     = "name"
	signalAlias    = "alias"
	signalAff      = "affiliation"
	signalTitle    = "title"
	signalCo       = "co-mentioned"
	signalTime     = "time"
	signalCountry  = "country"
	signalRename   = "rename"
	signalFullName = "full name"
)

// Signal is one reason for or against linking an article's entity to a
// stored one, with its weight; the score is their sum.
type Signal struct {
	Kind   string  `json:"kind"`
	Detail string  `json:"detail,omitempty"`
	Weight float64 `json:"weight"`
}

// String renders a signal as "affiliation 법무부 ≠ 더불어민주당 −1.00".
func (s Signal) String() string {
	txt := s.Kind
	if s.Detail != "" {
		txt += " " + s.Detail
	}
	if s.Weight <= vetoWeight {
		return txt + " (never)"
	}
	if s.Weight == 0 {
		return txt
	}
	return txt + " " + strings.Replace(fmt.Sprintf("%+.2f", s.Weight), "-", "−", 1)
}

// candidate is a stored entity an article's entity may be.
type candidate struct {
	eid         int64
	name        string
	key         string // the folded key that found it
	byName      bool   // found by its canonical name, not an alias
	articles    int
	country     string
	first, last string // publication dates seen, "" when unknown
}

// candidateFacts is what the store knows about a person beyond its row.
type candidateFacts struct {
	affs   []string // affiliations as written
	titles []string // titles as written
}

// candidates is what the linking policy asks of the store.
type candidates interface {
	// named lists the entities of type typ whose folded name is key
	// (byName set) or that have a linkable alias folding to key.
	named(typ, key string) ([]candidate, error)
	// facts returns a person's affiliations and titles.
	facts(eid int64) (candidateFacts, error)
	// coMentioned returns, for each candidate of eids, the article's
	// co-mention keys (q.co) that name a stored PERSON or ORG entity the
	// candidate was mentioned with.
	coMentioned(eids []int64, q *linkQuery) (map[int64]map[string]bool, error)
}

// linkQuery is what an article says about one of its entities.
type linkQuery struct {
	typ, name string
	keys      []string // folded name, then linkable aliases
	aff       string   // affiliation that sets a person apart (employerKey), as written
	title     string
	country   string          // of an organisation, "" unknown
	date      string          // publication day, "" unknown
	co        map[string]bool // folded names of the article's other PERSON and ORG entities
	coType    map[string]string
	coDisplay map[string]string
	// coStored maps the stored PERSON and ORG entities named by a key of
	// co to that key (the writer fills it once per article).
	coStored map[int64]string
}

// CandidateScore is one candidate weighed for a link decision.
type CandidateScore struct {
	EntityID int64    `json:"entity_id"`
	Name     string   `json:"name"`
	Score    float64  `json:"score"`
	Signals  []Signal `json:"signals"`
	Vetoed   bool     `json:"vetoed,omitempty"`
}

// linkDecision is the outcome: the chosen candidate (EntityID 0 for a new
// entity) and every candidate weighed.
type linkDecision struct {
	chosen *CandidateScore
	all    []CandidateScore
}

// demonstrative marks aliases that refer back (이 회사, 그 회장, 해당 기업,
// 동 은행) rather than name: they mean different things in every article.
var demonstrative = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(이|그|저|해당|동|같은)\s`) })

// isPronoun reports whether an alias is a pronoun (그, 그녀, 당사): a
// mention, never a name, so it is not stored as an alias at all.
func isPronoun(alias string) bool {
	return linkLex().pronouns[strings.TrimSpace(alias)]
}

// linkable reports whether an alias may link entities across articles.
// It may not when it is one character, a demonstrative reference or a
// pronoun. A person's alias links only when it is a whole word of the
// person's full name (트럼프 of 도널드 트럼프, 기시다 of 기시다 후미오):
// 이 회장 is a different chairman in every article. Another type's alias
// links unless it is a lone common noun (회사, 그룹, 당국), which
// coreference attaches to whichever organisation the article is about.
func linkable(ana *korean.Analyzer, typ, name, alias string) bool {
	alias = strings.TrimSpace(alias)
	if textsearch.RuneLen(textsearch.Norm(alias)) < 2 || demonstrative().MatchString(alias) || isPronoun(alias) {
		return false
	}
	if typ == extract.Person {
		words := strings.Fields(name)
		if len(words) < 2 {
			return false
		}
		for _, w := range words {
			if w == alias {
				return true
			}
		}
		return false
	}
	toks := ana.Analyze(alias)
	return !(len(toks) == 1 && toks[0].POS == "NNG")
}

// linkKeys are the folded names an entity may be found by: its name, then
// its linkable aliases.
func linkKeys(ana *korean.Analyzer, e *extract.Entity) []string {
	keys := []string{textsearch.Norm(e.Name)}
	for _, a := range e.Aliases {
		if linkable(ana, e.Type, e.Name, a) {
			keys = append(keys, textsearch.Norm(a))
		}
	}
	return keys
}

// lockKey is the 64-bit key writers serialise on when they link entities
// of type typ by key (PostgreSQL advisory locks).
func lockKey(typ, key string) int64 {
	h := fnv.New64a()
	h.Write([]byte(typ))
	h.Write([]byte{0})
	h.Write([]byte(key))
	return int64(h.Sum64())
}

// gather collects the candidates every key finds, once each, those found
// by name first, at most maxLinkCands (most articles first).
func gather(q *linkQuery, c candidates) ([]candidate, error) {
	var out []candidate
	seen := map[int64]int{}
	for _, k := range q.keys {
		found, err := c.named(q.typ, k)
		if err != nil {
			return nil, err
		}
		for _, x := range found {
			x.key = k
			if i, ok := seen[x.eid]; ok {
				out[i].byName = out[i].byName || x.byName
				continue
			}
			seen[x.eid] = len(out)
			out = append(out, x)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].articles > out[j].articles })
	if len(out) > maxLinkCands {
		out = out[:maxLinkCands]
	}
	return out, nil
}

// chooseEntity weighs every candidate and returns the decision.
func chooseEntity(q *linkQuery, c candidates) (*linkDecision, error) {
	cands, err := gather(q, c)
	if err != nil {
		return nil, err
	}
	d := &linkDecision{}
	for _, x := range cands {
		cs, err := weigh(q, x, c)
		if err != nil {
			return nil, err
		}
		d.all = append(d.all, cs)
	}
	if err := weighCoMentions(q, d.all, c); err != nil {
		return nil, err
	}
	best := -1
	for i, cs := range d.all {
		if cs.Vetoed || cs.Score < linkThreshold {
			continue
		}
		if best < 0 || better(cs, cands[i], d.all[best], cands[best]) {
			best = i
		}
	}
	if best >= 0 {
		d.chosen = &d.all[best]
	}
	return d, nil
}

// better orders two eligible candidates: higher score, then found by name,
// then more articles, then the older entity.
func better(a CandidateScore, ca candidate, b CandidateScore, cb candidate) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	if ca.byName != cb.byName {
		return ca.byName
	}
	if ca.articles != cb.articles {
		return ca.articles > cb.articles
	}
	return ca.eid < cb.eid
}

// weigh scores a candidate on the signals of its row and a person's
// affiliations and titles.
func weigh(q *linkQuery, x candidate, c candidates) (CandidateScore, error) {
	cs := CandidateScore{EntityID: x.eid, Name: x.name, Signals: cheapSignals(q, x)}
	if !vetoed(cs.Signals) && q.typ == extract.Person {
		f, err := c.facts(x.eid)
		if err != nil {
			return cs, err
		}
		cs.Signals = append(cs.Signals, personSignals(q, f)...)
	}
	cs.Score, cs.Vetoed = total(cs.Signals), vetoed(cs.Signals)
	return cs, nil
}

// weighCoMentions adds the entities mentioned with the candidates (one
// read for all of them) while the choice is open: to every candidate not
// vetoed when there are several, to the only one when it is below the
// threshold.
func weighCoMentions(q *linkQuery, all []CandidateScore, c candidates) error {
	var open []int64
	for _, cs := range all {
		if !cs.Vetoed && (len(all) > 1 || cs.Score < linkThreshold) {
			open = append(open, cs.EntityID)
		}
	}
	if len(open) == 0 {
		return nil
	}
	co, err := c.coMentioned(open, q)
	if err != nil {
		return err
	}
	for i, cs := range all {
		if !cs.Vetoed && (len(all) > 1 || cs.Score < linkThreshold) {
			all[i].Signals = append(cs.Signals, coSignals(q, co[cs.EntityID])...)
			all[i].Score = total(all[i].Signals)
		}
	}
	return nil
}

func total(sigs []Signal) float64 {
	t := 0.0
	for _, s := range sigs {
		t += s.Weight
	}
	return t
}

func vetoed(sigs []Signal) bool {
	for _, s := range sigs {
		if s.Weight <= vetoWeight {
			return true
		}
	}
	return false
}

// cheapSignals are the signals of the candidate's row: how it was found,
// full names, country, renames and time.
func cheapSignals(q *linkQuery, x candidate) []Signal {
	var out []Signal
	if x.byName {
		out = append(out, Signal{Kind: signalName, Detail: x.name})
	} else {
		out = append(out, Signal{Kind: signalAlias, Detail: x.key})
	}
	if q.typ == extract.Person {
		if s, ok := fullNameSignal(q.name, x.name); ok {
			out = append(out, s)
		}
	}
	if q.typ == extract.Org {
		out = append(out, countrySignals(q, x)...)
		out = append(out, renameSignals(q, x)...)
	}
	if s, ok := timeSignal(q.date, x.first, x.last); ok {
		out = append(out, s)
	}
	return out
}

// fullNameSignal vetoes two different full names of several words (이방카
// 트럼프 is not 에릭 트럼프, 미셸 오바마 is not 버락 오바마): family members
// share a word of their names, never the whole.
func fullNameSignal(name, cand string) (Signal, bool) {
	if len(strings.Fields(name)) < 2 || len(strings.Fields(cand)) < 2 || textsearch.Norm(name) == textsearch.Norm(cand) {
		return Signal{}, false
	}
	return Signal{Kind: signalFullName, Detail: name + " ≠ " + cand, Weight: vetoWeight}, true
}

// countrySignals weigh the country of a same-name organisation: a
// different country never links; an article without any cue prefers a
// home-country candidate to a foreign one.
func countrySignals(q *linkQuery, x candidate) []Signal {
	a, b := q.country, x.country
	switch {
	case a != "" && b != "" && a != b:
		return []Signal{{Kind: signalCountry, Detail: a + " ≠ " + b, Weight: vetoWeight}}
	case a != "" && a == b:
		return []Signal{{Kind: signalCountry, Detail: a, Weight: wCountrySame}}
	case a == "" && b != "" && b != homeCountry:
		return []Signal{{Kind: signalCountry, Detail: "no cue for " + b, Weight: wCountryNoCue}}
	case b == "" && a != "" && a != homeCountry:
		return []Signal{{Kind: signalCountry, Detail: a + ", candidate unknown", Weight: wCountryNoCue}}
	}
	return nil
}

// renameSignals apply the dated renames: an article naming the new name is
// not the entity of the old one (메타 is not 페이스북); a former name links
// to the renamed entity only after the rename; a renamed name links only within its era
// (민주당 of 2013 is not the 민주당 of 2021).
func renameSignals(q *linkQuery, x candidate) []Signal {
	lx := linkLex()
	var out []Signal
	if r, ok := lx.laterNames(x.name)[textsearch.Norm(q.name)]; ok && countryFits(r, q, x) {
		out = append(out, Signal{Kind: signalRename, Detail: fmt.Sprintf("%s → %s on %s", r.from, r.to, r.date), Weight: vetoWeight})
	}
	if r, ok := lx.formerNames(x.name)[textsearch.Norm(q.name)]; ok && countryFits(r, q, x) && q.date != "" && q.date < r.date {
		out = append(out, Signal{Kind: signalRename, Detail: fmt.Sprintf("%s became %s only on %s", r.from, r.to, r.date), Weight: vetoWeight})
	}
	for _, r := range lx.byFrom[textsearch.Norm(x.name)] {
		if !x.byName || !countryFits(r, q, x) || q.date == "" {
			continue
		}
		candBefore, candAfter := x.last != "" && x.last < r.date, x.first != "" && x.first >= r.date
		if (candBefore && q.date >= r.date) || (candAfter && q.date < r.date) {
			out = append(out, Signal{Kind: signalRename, Detail: fmt.Sprintf("%s renamed %s on %s", r.from, r.to, r.date), Weight: wRenameEra})
		}
	}
	return out
}

// countryFits reports whether a rename of one country concerns the
// article's organisation and the candidate (unknown countries fit).
func countryFits(r renameRel, q *linkQuery, x candidate) bool {
	return (q.country == "" || q.country == r.country) && (x.country == "" || x.country == r.country)
}

// timeSignal weighs the gap between the article's date and the span the
// candidate was seen in: near is for, far is against.
func timeSignal(date, first, last string) (Signal, bool) {
	if date == "" || first == "" || last == "" {
		return Signal{}, false
	}
	gap := 0.0
	switch {
	case date < first:
		gap = years(date, first)
	case date > last:
		gap = years(last, date)
	}
	switch {
	case gap <= timeNearYears:
		return Signal{Kind: signalTime, Detail: fmt.Sprintf("%s, seen %s … %s", date, first, last), Weight: wTimeNear}, true
	case gap > timeFarYears:
		return Signal{Kind: signalTime, Detail: fmt.Sprintf("%.0f years apart", gap), Weight: wTimeFar}, true
	}
	return Signal{}, false
}

// years between two YYYY-MM-DD days (0 when either does not parse).
func years(a, b string) float64 {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return 0
	}
	return tb.Sub(ta).Hours() / 24 / 365.25
}

// surfaceName gives an organisation the name the article writes. An
// extractor's gazetteer may give a canonical name the text never uses
// (메타 for 페이스북 in 2015, 더불어민주당 for the 민주당 of a US story):
// then the longest alias the text does use is the name, and the canonical
// one stays an alias unless the two are names of one rename chain and the
// article predates the rename or is of another country: then they are
// different entities.
func surfaceName(e *extract.Entity, text, date, country string) *extract.Entity {
	if e.Type != extract.Org || strings.Contains(text, e.Name) {
		return e
	}
	best := ""
	for _, a := range e.Aliases {
		a = strings.TrimSpace(a)
		if strings.Contains(text, a) && !isPronoun(a) && !demonstrative().MatchString(a) &&
			textsearch.RuneLen(textsearch.Norm(a)) >= 2 && textsearch.RuneLen(a) > textsearch.RuneLen(best) {
			best = a
		}
	}
	if best == "" {
		return e
	}
	c := *e
	c.Name, c.Aliases = best, nil
	r, renamed := linkLex().renameFamily(best, e.Name)
	if !renamed || (date >= r.date && (country == "" || country == r.country)) {
		c.Aliases = append(c.Aliases, e.Name)
	}
	for _, a := range e.Aliases {
		if a = strings.TrimSpace(a); a != best {
			c.Aliases = append(c.Aliases, a)
		}
	}
	return &c
}
